"""Subject lines: the reply prefix mail clients add in each language, taken off before adding ours."""

from __future__ import annotations

import re

# Re (most clients), AW/Antw (German Outlook), SV/VS (Nordic), Réf./Ref, RIF/R (Italian),
# RV/RES (Spanish/Portuguese Outlook), Odp (Polish), YNT (Turkish), with "Re[2]:" counters.
_REPLY = r"re|aw|antw|antwort|sv|vs|r[ée]f\.?|rif|r|rv|res|odp|ynt"
_FORWARD = r"fwd?|wg|tr|enc|rv"
_PREFIXES = re.compile(rf"^\s*(?:(?:{_REPLY})\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+", re.IGNORECASE)
_ANY_PREFIXES = re.compile(rf"^\s*(?:(?:{_REPLY}|{_FORWARD})\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+",
                           re.IGNORECASE)


def without_reply_prefixes(subject: str) -> str:
    """ "AW: RE: Réf. : Your application" -> "Your application"."""
    return _PREFIXES.sub("", subject or "").strip()


def topic(subject: str) -> str:
    """The subject without any reply or forward prefixes, for reading company and role from it."""
    return _ANY_PREFIXES.sub("", subject or "").strip()


def reply_subject(subject: str, fallback: str) -> str:
    """One "Re: " in front of the original subject, however many prefixes it already had."""
    return f"Re: {without_reply_prefixes(subject) or fallback}"
