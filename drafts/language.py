"""Which language a rejection is written in, and whether it says "Sie"/"vous".

Counting frequent function words (each language's `stopwords` in drafts/languages/) is enough to
tell the languages apart in a mail of a few sentences; no model is needed. Languages onward knows
but has no templates for (Italian...) are detected too, so that their mail is answered in English
rather than in whichever supported language shares a few words (Italian is not Spanish).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from onward.drafts import tables

SUPPORTED = tables.supported()
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    # Not folded: "für" and "fur" are different evidence.
    return {code: frozenset(tables.phrases(code, "stopwords")) for code in tables.tables()}


@functools.cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Each function word's languages, in the tables' order: one lookup a word, not one a language."""
    found: dict[str, tuple[str, ...]] = {}
    for code, words in _stopwords().items():
        for word in words:
            found[word] = found.get(word, ()) + (code,)
    return found


@functools.lru_cache(maxsize=8)  # a mail's text is scored by detect and confidence both
def scores(text: str) -> tuple[str, int, int]:
    """The best language, its count of function words, and the runner-up's count."""
    known = _stopwords()
    languages_of = _languages_of_word()
    counts = {code: 0 for code in known}
    words = Counter(_WORD.findall(text.lower()))
    # Only the function words among the mail's words are looked at (a set intersection in C): most
    # of a mail's different words are none, and the counts are sums, whatever the order.
    for word in words.keys() & languages_of.keys():
        times = words[word]
        for code in languages_of[word]:
            counts[code] += times
    ranked = sorted(known, key=lambda code: -counts[code])  # a tie: the tables' order
    return ranked[0], counts[ranked[0]], counts[ranked[1]] if len(ranked) > 1 else 0


def detect(text: str) -> str:
    """A supported language; English when the text gives too little to go on, or is in a
    language onward cannot answer in."""
    best, count, _ = scores(text)
    return best if count >= 3 and best in SUPPORTED else "en"


def confidence(text: str) -> float:
    """How sure detect() is: many function words of one language and few of the next are sure;
    English chosen for lack of evidence is not."""
    best, count, runner_up = scores(text)
    if count < 3 or best not in SUPPORTED:
        return 0.4
    margin = (count - runner_up) / count
    return round(min(0.99, 0.5 + 0.05 * min(count, 8) + 0.1 * margin), 2)


def is_formal(text: str, language: str) -> bool:
    """Whether the sender used the polite form; a reply should never be less formal than that."""
    formal = tables.pattern(language, "formal_markers")
    informal = tables.pattern(language, "informal_markers")
    if formal is None or informal is None:
        return True
    return len(formal.findall(text)) >= len(informal.findall(text))
