"""A rejection the applicant forwarded ("Salut papa, je te transfère la réponse …"): the person it
came from is whoever signed the forwarded mail, never the note's writer (the applicant).

Told apart from the look-alikes, whose writer is the contact: a recruiter's reply above the
applicant's quoted mail (a quote, not a forward), an adviser or an agency passing an employer's
answer on (their note is signed with a title and a company, or greets the one the answer is about),
and an employer's internal mail forwarded by a colleague at the same domain.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from email.utils import parseaddr

from onward.classifier.forwards import (CC_KEYS, DRAFTS_DATE_KEYS, DRAFTS_FORWARD_HEADINGS, DRAFTS_SENDER_KEYS,
                                        FORWARD_MARKS, FORWARD_SUBJECT, SUBJECT_KEYS, TO_KEYS,
                                        accent_optional_alternation, alternation, without_colon)
from onward.drafts import tables
from onward.drafts.addresses import addresses_in_text
from onward.drafts.company_keys import company_domains
from onward.drafts.company_clues import names_domain
from onward.drafts.layout import split
from onward.drafts.lexicon import NOT_NAMES, fold
from onward.drafts.name_shape import display_as_name
from onward.drafts.signer import complete, signer
from onward.drafts.unsigned import unsigned_signer

_FORWARD_MARK = re.compile(
    rf"^[-\s]*{accent_optional_alternation(FORWARD_MARKS + without_colon(DRAFTS_FORWARD_HEADINGS))}[-\s:]*$",
    re.IGNORECASE)
_HEADER_KEYS = DRAFTS_SENDER_KEYS + TO_KEYS + DRAFTS_DATE_KEYS + SUBJECT_KEYS + CC_KEYS
_HEADER = re.compile(rf"^(?P<key>{alternation(_HEADER_KEYS)})\s*:\s*(?P<value>.*)$", re.IGNORECASE)
# Whom a note greets: "Hallo Herr Wolf," -> "Herr Wolf".
_NOTE_GREETING = re.compile(r"^(?:hallo|hello|hi|hey|dear|liebe[rs]?|guten tag|sehr geehrte[rs]?|bonjour|salut|"
                            r"cher|chère|hola|estimad[oa]s?|buenos días|buen día|moin|servus|grüezi)\b[ \t]*"
                            r"(?P<who>[^,:;!.\n]{2,40})", re.IGNORECASE)


_HONORIFICS = tables.all_words("honorifics_female") | tables.all_words("honorifics_male")
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")


@dataclass(frozen=True)
class Forward:
    """A rejection the applicant forwarded: the forwarded mail's body, and its headers as written."""

    body: str
    from_line: str  # the forwarded headers' From value ("Alex Martin <alex.martin@…>")
    subject: str  # the forwarded headers' Subject, "" when they give none
    note: str  # the applicant's note above it

    @property
    def sender(self) -> tuple[str, str]:
        """The forwarded mail's sender as (display name, address), the address checked as any
        address from a mail; ("", "") when the From line gives none."""
        addresses = addresses_in_text(self.from_line)
        if not addresses:
            return "", ""
        name = parseaddr(self.from_line)[0] or self.from_line.split("<")[0]
        return name.strip(' "\''), addresses[0]


_NAME_GAPS = re.compile(r"[\s,]+")
_WORDS = re.compile(r"[^\W\d_]+")
_LONG_WORDS = re.compile(r"[^\W\d_]{3,}")


def find_forward(text: str, subject: str, sender_name: str, sender: str) -> Forward | None:
    """The forwarded mail when `text` is a note above a mail that was sent to the note's
    writer ("Salut papa, je te transfère la réponse …"): the applicant passing a rejection on. The
    person it came from is then whoever signed the forwarded mail, never the note's writer. None
    for any other mail, among them a recruiter's reply above the applicant's quoted mail (a quote,
    not a forward) and a forward with nothing above it (the rejection itself)."""
    # A mail client that quotes what it forwards ("> Von: …", "> Début du message réexpédié :"):
    # the forwarded mail, one level of quoting off, reads as any forwarded mail.
    lines = [_QUOTE_MARK.sub("", line) for line in text.split("\n")]
    at = next((i for i, line in enumerate(lines) if _FORWARD_MARK.match(line.strip()) or (
        FORWARD_SUBJECT.match(subject or "") and (m := _HEADER.match(line.strip())) and
        fold(m["key"]) in DRAFTS_SENDER_KEYS)), None)
    if at is None or not "\n".join(lines[:at]).strip():
        return None
    if len(split("\n".join(lines[:at]), words_after_closing=True).signature) >= 2:
        # A note signed with a title and a company ("Arnaud Petitjean / Consultant – RH Partenaires"):
        # a recruiter or an adviser passing an employer's answer on to the applicant; they are the contact.
        return None
    headers: dict[str, str] = {}  # the first of each key, as written
    body_at = at + 1 if _FORWARD_MARK.match(lines[at].strip()) else at
    while body_at < len(lines) and not lines[body_at].strip():  # Apple Mail: a blank line, then the headers
        body_at += 1
    while body_at < len(lines) and (found := _HEADER.match(lines[body_at].strip())):
        headers.setdefault(fold(found["key"]), found["value"])
        body_at += 1
    body = "\n".join(lines[body_at:])
    writer = {fold(part) for part in _NAME_GAPS.split(display_as_name(sender_name)) if len(part) > 2}
    addressed = " ".join(v for k, v in headers.items() if k in TO_KEYS)
    from_line = next((v for k, v in headers.items() if k in DRAFTS_SENDER_KEYS), "")
    opening = " ".join(line for line in body.strip().split("\n")[:2])
    inner_from = from_line.lower()
    to_writer = (bool(sender) and sender.lower() in addressed.lower()) or bool(
        writer & {fold(w) for w in _WORDS.findall(f"{addressed} {opening}")})
    # "Hallo Herr Wolf, unten die Rückmeldung …" above "danke für den Vorschlag von Herrn Wolf": the
    # note's addressee is the one the forwarded mail is about; its writer is an intermediary, the contact.
    greeted = _NOTE_GREETING.match(next((line.strip() for line in lines[:at] if line.strip()), ""))
    addressee = {fold(w) for w in _LONG_WORDS.findall(greeted["who"]) if w[0].isupper()} if greeted else set()
    # "Hallo Herr Dornseif" above "Sehr geehrter Herr Solberg": "Herr" names nobody in particular.
    if (addressee - NOT_NAMES - _HONORIFICS - writer) & {fold(w) for w in _LONG_WORDS.findall(body)}:
        return None
    # From a colleague at the writer's own domain, it is an employer's internal mail passed on
    # ("Je vous transfère le retour de notre directeur"): the note's writer is the contact.
    own_domain = sender.rpartition("@")[2].lower()
    internal = bool(own_domain) and f"@{own_domain}" in inner_from
    if to_writer and not internal and not (sender and sender.lower() in inner_from):
        inner_subject = next((v for k, v in headers.items() if k in SUBJECT_KEYS), "")
        return Forward(body, from_line, inner_subject, "\n".join(lines[:at]))
    return None


# The lines below a note within which a quoted or forwarded mail gives its headers (a mark, a blank line,
# "De :", "Date :", "À :"...).
_HEADERS_WITHIN = 8


def quoted_sender(below: str) -> tuple[str, str]:
    """The sender of the earlier mail quoted or forwarded below a note (`below`: the text under the
    note's own words; "De : Recrutement Groupe Valdor <recrutement@…>") as (display name, address);
    ("", "") when its headers give none."""
    for line in below.strip("\n").split("\n")[:_HEADERS_WITHIN]:
        found = _HEADER.match(_QUOTE_MARK.sub("", line).strip())
        if found and fold(found["key"]) in DRAFTS_SENDER_KEYS:
            return Forward("", found["value"], "", "").sender
    return "", ""


def forwarded_signer(forward: Forward, not_these: AbstractSet[str]) -> str:
    """Who signed the rejection the note's writer forwarded: "" when a team did."""
    body = forward.body
    inner = split(body, words_after_closing=True)
    name = signer(inner, set(not_these), strict=True)
    if not name and not inner.signature and not inner.inline_signer:
        name = unsigned_signer(body, not_these)
    # "Bermúdez Alimentos – Human Resources" from careers@bermudezalimentos: the company signed.
    if name and names_domain(name, company_domains(addresses_in_text(forward.note + "\n" + forward.from_line))):
        return ""
    return complete(name, inner, "", set(not_these)) if name else ""
