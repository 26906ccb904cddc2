"""The people a mail names besides its signer: the contact it gives, and whether the sender's display
name is a person's.

Who signed is read by name_shape (does a line read as a person's name), signature_lines (the
signature's lines: columns, offices, teams), signer (whom to greet) and unsigned (a mail without a
closing the tables know).
"""

from __future__ import annotations

import re

from onward.drafts.lexicon import fold
from onward.drafts.name_shape import display_as_name, person_name, transliterations


_CONTACT_CUE = re.compile(
    r"(?<!\w)(?i:contact|reach out to|write to|get in touch with|your recruiter|recruiter|"
    r"ansprechpartner(?:in)?|wenden? (?:sie sich|dich)(?: gerne| gern)? an|kontaktier\w*|"
    r"contacter|[ée]crire [àa]|joindre|escribir(?:le)? a|escribirle a|contactar(?: con)?|"
    r"comunicarte con|comunicarse con)"
)
# "Olivia Brandt", "Sabine Krüger", "Ana de la Torre": capitalised words, small particles between.
_FULL_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}")
_ADDRESS = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_LOCAL_PARTS = re.compile(r"[._+-]")
_TWO_WORDS = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+[ \t\n]+[A-ZÀ-ÖØ-Þ][\w'’-]+")


def named_contact(text: str, not_these: set[str]) -> str:
    """A person the mail names as the contact: after a cue like "contact", or next to their address."""
    for cue in _CONTACT_CUE.finditer(text):
        window = text[cue.end():cue.end() + 80]
        for match in _FULL_NAME.finditer(window):
            name = person_name(match.group(0), not_these)
            if len(name.split()) >= 2:
                return name
    for address in _ADDRESS.finditer(text):
        local = {fold(p) for p in _LOCAL_PARTS.split(address.group(1)) if len(p) > 1}
        before = text[max(0, address.start() - 120):address.start()]
        for match in _TWO_WORDS.finditer(before):
            name = person_name(match.group(0).replace("\n", " "), not_these)
            if name and any(transliterations(part) & local for part in name.split()):
                return name
    return ""


def looks_personal(display: str, address: str) -> bool:
    """A sender display name that is a person: a name whose parts appear in the mailbox name."""
    name = person_name(display_as_name(display))
    if not name:
        return False
    local = fold(address.rpartition("@")[0])
    return any(t & {local} or any(v in local for v in t if len(v) >= 3)
               for t in (transliterations(part) for part in name.split()))
