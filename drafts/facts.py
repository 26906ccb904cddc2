"""How sure the extractor is of each fact it read, and the thresholds below which a draft leaves
the fact out and says it generally ("the role", "your team", "Hello,").

In a reply draft a wrong fact is worse than none: each confidence comes from how the fact was
found, not from how often it was seen. The numbers are a ranking, not probabilities; the
thresholds were set on the labelled examples in tests/data/drafts/facts/ (never on a held-out set).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onward.drafts import tables
from onward.drafts.company import Choice
from onward.drafts.company import key as company_key
from onward.drafts.lexicon import fold
from onward.drafts.people import person_name

# One threshold per fact. A company or role below its threshold is left out of the draft (the
# templates then say "the position", "your team"); a contact below it is not greeted by name;
# a stage below it is taken as "application" (thanks for considering, never for interviews that
# may not have happened); a language below it is answered in English.
THRESHOLDS = {"company": 0.6, "role": 0.6, "contact": 0.6, "stage": 0.5, "language": 0.5}
FACTS = tuple(THRESHOLDS)

_STRONG = {"signature", "team", "anchored"}  # clues that name the employer in a known phrase


@dataclass(frozen=True)
class Fact:
    """One extracted fact, its confidence in [0, 1], and in a few words how it was found."""

    value: str
    confidence: float
    how: str = ""

    def kept(self, name: str) -> bool:
        return bool(self.value) and self.confidence >= THRESHOLDS[name]


# Words that end a domain made of several words glued together ("acmelawgroup", "brightpathtech").
_GLUED_ENDINGS = ("group", "law", "labs", "lab", "tech", "consulting", "partners", "media", "systems",
                  "solutions", "health", "bank", "dental", "studio", "design", "legal", "capital", "digital",
                  "software", "services", "staffing", "recruiting", "hr", "bau", "gruppe", "conseil",
                  "grupo", "abogados")


def _glued(name: str) -> bool:
    """A one-word name from a domain that is likely several words run together: long, or ending in a
    word of its own ("Acmelawgroup")."""
    folded = fold(name)
    return len(folded) > 10 or any(folded.endswith(e) and len(folded) > len(e) + 2 for e in _GLUED_ENDINGS)


def _agency_cue(text: str) -> bool:
    folded = fold(text)
    return any(re.search(rf"\b{re.escape(fold(cue))}\b", folded) for cue in tables.all_phrases("agency_cues"))


def company_confidence(choice: Choice, text: str, sender_name: str, senders_personal: bool,
                       signer: str) -> Fact:
    """The company's confidence from the clues behind it.

    Named in the signature or a known phrase ("interest in X", "the X team") and agreeing with the
    sender's domain: high. Named only loosely ("at X", the subject, the display name): medium,
    higher when the domain agrees. Guessed from the domain alone ("acmelawgroup.com"): low, unless
    the domain splits the words itself ("pemberton-dental.co.uk").
    Then: a staffing agency writing about "our client" is not the employer; a person's name
    ("working with Oliver Grant") and a bare "University" are not a company name.
    """
    if not choice.name:
        return Fact("", 0.0)
    strong = choice.sources & _STRONG
    if choice.sources <= {"domain-only"} and len(choice.name.split()) >= 2:
        # "pemberton-dental.co.uk": the company itself wrote where its words split.
        confidence, how = 0.65, "spelled out by the sender's domain (words split by hyphens)"
    elif choice.sources <= {"domain-only"} and not _glued(choice.name):
        confidence, how = 0.6, "the sender's domain, one short word"
    elif choice.sources <= {"domain-only"}:
        # "acmelawgroup.com": where the words split, and how they are written, is a guess.
        confidence, how = 0.3, "guessed from the sender's domain alone"
    elif strong and choice.agrees_with_domain:
        confidence, how = 0.95, "named in the mail and matching the sender's domain"
    elif len(strong) >= 2:
        confidence, how = 0.85, "named in the mail in several places"
    elif strong:
        confidence, how = 0.75, "named in the mail"
    elif choice.agrees_with_domain:
        confidence, how = 0.7, "named loosely, matching the sender's domain"
    elif not choice.domain_known:
        # Sent by a recruiting system or from webmail: nothing to agree or disagree with.
        confidence, how = 0.6, "named loosely, no employer domain to check it against"
    else:
        confidence, how = 0.45, "named loosely, and not the sender's domain"
    name_key = company_key(choice.name)
    as_person = person_name(choice.name)
    if as_person and len(as_person.split()) >= 2 and (
            (senders_personal and company_key(sender_name) == name_key)
            or (signer and company_key(signer) == name_key)):
        return Fact(choice.name, 0.1, "a person's name, not a company")
    if _agency_cue(text) and not (strong - {"signature"} and not choice.agrees_with_domain):
        return Fact(choice.name, 0.2, "a staffing agency writing about its client")
    if choice.short_generic:
        return Fact(choice.name, 0.2, "a kind of organisation, not its name")
    return Fact(choice.name, confidence, how)


def role_confidence(role: str, weight: float, looks_like_title: bool) -> Fact:
    """A role inside a known phrase ("for the X position", "au poste de X") is likely right; a
    bare "als X" or a subject segment less so; a title-like word (a job word) adds to it.
    Candidates with generic words ("the above role") never get here: role.plausible drops them."""
    if not role:
        return Fact("", 0.0)
    confidence = min(0.95, 0.35 + 0.15 * weight + (0.1 if looks_like_title else 0.0))
    if len(role.split()) == 1 and role.islower() and not looks_like_title:
        confidence *= 0.5  # "ya", "above": one lower-case word is rarely a title
    how = "in a known phrase" if weight >= 3 else "in a loose phrase or the subject"
    return Fact(role, round(confidence, 2), how)


def contact_confidence(name: str, how: str) -> Fact:
    """Who signed (0.9; 0.95 when the display name completes it), a contact the mail names
    (0.8), or a sender whose display name and address are plainly one person (0.7)."""
    if not name:
        return Fact("", 0.0)
    scores = {"signed": 0.9, "signed, full name from the sender": 0.95, "named as the contact": 0.8,
              "the sender's own name": 0.7}
    return Fact(name, scores.get(how, 0.6), how)


def stage_confidence(stage: str) -> Fact:
    """"interview" is only said when the mail refers to a conversation that took place."""
    return Fact(stage, 0.85 if stage == "interview" else 0.8,
                "a past conversation is mentioned" if stage == "interview" else "the default")
