"""The marks of a forward, shared by the classifier's text, the first stage and the drafts.

The per-language words live in screen/forwards.toml; this module only turns them into patterns, so
that a prefix added there is seen by all three readers at once.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

FORWARDS_PATH = Path(__file__).parent / "screen" / "forwards.toml"


def _words(table: str) -> tuple[str, ...]:
    data = tomllib.loads(FORWARDS_PATH.read_text(encoding="utf-8"))
    # Longest first: an alternation takes its first match ("fwd" before "fw").
    return tuple(sorted({w for words in data[table].values() for w in words}, key=lambda w: (-len(w), w)))


SUBJECT_PREFIXES = _words("subject_prefixes")
# The alternation of the prefixes, for patterns that embed it (prefilter's reply subjects).
SUBJECT_PREFIX = "(?:" + "|".join(map(re.escape, SUBJECT_PREFIXES)) + ")"
# A subject that says the mail is a forward ("Fwd:", "WG:", "TR:", "RV:", "ENC:").
FORWARD_SUBJECT = re.compile(rf"^\s*{SUBJECT_PREFIX}\s*:", re.IGNORECASE)
RECIPIENT_KEYS = _words("recipient_keys")
SENDER_KEYS = _words("sender_keys")
# A note's greeting words that name a group ("all", "alle", "tous", "todos"), not a person.
GROUP_WORDS = frozenset(_words("group_words"))
# Local parts of shared or role mailboxes ("jobs", "bewerbung", "seleccion", "noreply").
ROLE_MAILBOXES = frozenset(_words("role_mailboxes"))
