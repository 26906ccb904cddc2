"""The per-language tables in drafts/languages/*.toml, read once: the only place that knows which
languages exist. Code elsewhere asks for a table's entry by name and stays language-agnostic, so
adding a language or fixing a miss is a change to a .toml file (plus templates, to answer in it).
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

LANGUAGES_DIR = Path(__file__).resolve().parent / "languages"


def fold(text: str) -> str:
    """Lower-case and strip accents, for comparing words ("Équipe" == "equipe")."""
    folded = _FOLDED_WORDS.get(text)
    if folded is not None:
        return folded
    folded = _FOLDED_TEXTS.get(text)
    if folded is not None:
        return folded
    folded = _fold(text)
    _remember(text, folded)
    return folded


def _fold(text: str) -> str:
    text = text.casefold()
    if text.isascii():  # most words: nothing to strip
        return text
    return unicodedata.normalize("NFKD", text).translate(_NOT_COMBINING)


# fold ran some 500 times a rejection read, mostly on the same few hundred words of the tables and
# of the mail's names (a fifteenth of the calls were new words), and on the whole mail's text up to
# five times (each of the facts' rules folds it): the answers are kept. Words, a bounded number of
# them across messages (the common ones come back at once after a clear); whole texts, only the
# last few, so that neither a long mail nor a hostile mailbox grows the memory.
_FOLDED_WORDS: dict[str, str] = {}
_FOLDED_TEXTS: dict[str, str] = {}
_WORD_LONGEST, _WORDS_KEPT, _TEXTS_KEPT = 100, 8192, 4


def _remember(text: str, folded: str) -> None:
    kept, most = (_FOLDED_WORDS, _WORDS_KEPT) if len(text) <= _WORD_LONGEST else (_FOLDED_TEXTS, _TEXTS_KEPT)
    if len(kept) >= most:
        kept.clear()
    kept[text] = folded


class _CombiningTable(dict[int, "int | None"]):
    """str.translate's table that drops the combining marks (unicodedata.combining): each code
    point is judged once and remembered, so that a whole mail's text is folded in C rather than
    character by character in Python (fold ran tens of thousands of times a scan)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if len(self) < _CODES_REMEMBERED:  # a hostile mail of every code point must not grow it on
            self[code] = kept
        return kept


_CODES_REMEMBERED = 8192  # far more than the scripts of a mailbox use (a few hundred code points)


_NOT_COMBINING = _CombiningTable()


@functools.cache
def tables() -> dict[str, dict[str, Any]]:
    """Every language's table by code ("en", "de", ...), in each table's `order`."""
    loaded = {}
    for path in sorted(LANGUAGES_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            table = tomllib.load(handle)
        loaded[table.get("code", path.stem)] = table
    return dict(sorted(loaded.items(), key=lambda item: (item[1].get("order", 99), item[0])))


def supported() -> tuple[str, ...]:
    """Languages the shipped templates answer in."""
    return tuple(code for code, table in tables().items() if table.get("supported"))


def table(code: str) -> dict[str, Any]:
    """One language's table; {} for a language onward knows nothing about."""
    return tables().get(code, {})


def words(code: str, name: str) -> frozenset[str]:
    """A word list of one language, folded (lower case, no accents). Lists may be a TOML array or
    one whitespace-separated string."""
    value = table(code).get(name, ())
    items = value.split() if isinstance(value, str) else value
    return frozenset(fold(item) for item in items)


def phrases(code: str, name: str) -> tuple[str, ...]:
    """A list of phrases of one language, as written (not folded)."""
    value = table(code).get(name, ())
    return tuple(value.split() if isinstance(value, str) else value)


def all_words(name: str) -> frozenset[str]:
    """The union of one word list over every language: for rules that apply whatever the language."""
    return frozenset().union(*(words(code, name) for code in tables()))


def all_phrases(name: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for code in tables():
        seen.update(dict.fromkeys(phrases(code, name)))
    return tuple(seen)


def phrase_alternatives(phrases: Iterable[str]) -> str:
    """A pattern's alternatives for phrases, longest first: each phrase's words taken literally, any
    blanks between them ("Portal de Empleo" across a line break)."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=len, reverse=True))


@functools.cache
def pattern(code: str, name: str) -> re.Pattern | None:
    """A regular expression entry of one language ("formal_markers"), or None when it has none."""
    source = table(code).get(name)
    if not source:
        return None
    flags = 0 if table(code).get("formal_ignore_case") is False else re.IGNORECASE
    return re.compile(source, flags)
