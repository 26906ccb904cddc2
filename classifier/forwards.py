"""The marks of a forward, shared by the classifier's text, the first stage and the drafts.

The per-language words live in screen/forwards.toml; this module only turns them into patterns, so
that a prefix added there is seen by all three readers at once.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

FORWARDS_PATH = Path(__file__).parent / "screen" / "forwards.toml"


_TABLES = tomllib.loads(FORWARDS_PATH.read_text(encoding="utf-8"))


def _words(*tables: str) -> tuple[str, ...]:
    # Longest first: an alternation takes its first match ("fwd" before "fw").
    words = {w for table in tables for words in _TABLES[table].values() for w in words}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def alternation(words: tuple[str, ...]) -> str:
    """A non-capturing group matching any of `words` as written, for patterns that embed it."""
    return "(?:" + "|".join(map(re.escape, words)) + ")"


def accent_optional_alternation(words: tuple[str, ...]) -> str:
    """Like alternation(words), each accented letter also matching its letter without the accent
    ("urspr[üu]ngliche"): for readers that take a mark typed on a keyboard without accents."""
    return "(?:" + "|".join("".join(map(_accent_optional, word)) for word in words) + ")"


def _accent_optional(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return f"[{char}{base}]" if base != char else re.escape(char)


def heading_alternation(headings: tuple[str, ...]) -> str:
    """A non-capturing group matching any of `headings` with its colon; a space written before the
    colon (French typography) may be left out."""
    return "(?:" + "|".join(re.escape(heading.rstrip(" :")) + (r"\s?:" if heading.endswith(" :") else ":")
                            for heading in headings) + ")"


def without_colon(headings: tuple[str, ...]) -> tuple[str, ...]:
    """The headings' words alone, for readers that take any colon and dashes around them."""
    return tuple(heading.rstrip(" :") for heading in headings)


SUBJECT_PREFIXES = _words("subject_prefixes")
# The alternation of the prefixes, for patterns that embed it (prefilter's reply subjects).
SUBJECT_PREFIX = alternation(SUBJECT_PREFIXES)
# A subject that says the mail is a forward ("Fwd:", "WG:", "TR:", "RV:", "ENC:").
FORWARD_SUBJECT = re.compile(rf"^\s*{SUBJECT_PREFIX}\s*:", re.IGNORECASE)

# The keys of a forwarded or quoted block's headers (see forwards.toml): who wrote it, whom it went
# to (To, and with Cc), when, what about; the drafts' reading also takes a few more spellings.
SENDER_KEYS = _words("sender_keys")
TO_KEYS = _words("to_keys")
RECIPIENT_KEYS = _words("to_keys", "cc_keys")
CC_KEYS = _words("cc_keys")
DATE_KEYS = _words("date_keys")
SUBJECT_KEYS = _words("subject_keys")
DRAFTS_SENDER_KEYS = _words("sender_keys", "drafts_sender_keys")
DRAFTS_DATE_KEYS = _words("date_keys", "drafts_date_keys")

# The lines that open a quoted earlier mail ("-----Original Message-----") or a forwarded one
# ("---------- Forwarded message ---------", "Begin forwarded message:"); see forwards.toml. The
# classifier's text matches them as written (its model was shipped with what that cut leaves); the
# HTML reader and the drafts take them with accent_optional_alternation, typed without accents too.
ORIGINAL_MARKS = _words("original_marks")
FORWARD_MARKS = _words("forward_marks")
FORWARD_HEADINGS = _words("forward_headings")
DRAFTS_FORWARD_HEADINGS = _words("forward_headings", "drafts_forward_headings")

# A note's greeting words that name a group ("all", "alle", "tous", "todos"), not a person.
GROUP_WORDS = frozenset(_words("group_words"))
# Local parts of shared or role mailboxes ("jobs", "bewerbung", "seleccion", "noreply").
ROLE_MAILBOXES = frozenset(_words("role_mailboxes"))
