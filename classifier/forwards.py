"""The marks of a forward, shared by the classifier's text, the first stage and the drafts.

The per-language words live in screen/forwards.toml; this module only turns them into patterns, so
that a prefix added there is seen by all three readers at once.
"""

from __future__ import annotations

import re
import tomllib
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

# A note's greeting words that name a group ("all", "alle", "tous", "todos"), not a person.
GROUP_WORDS = frozenset(_words("group_words"))
# Local parts of shared or role mailboxes ("jobs", "bewerbung", "seleccion", "noreply").
ROLE_MAILBOXES = frozenset(_words("role_mailboxes"))
