"""Collect the company votes from every part of a rejection (see company.py for the weighing)."""

from __future__ import annotations

import re

from onward.drafts import company_phrases as phrases
from onward.drafts.company import (CONTACT_LINE, Choice, key, matches_label, SIGNATURE_SEGMENTS, Votes, label_words, company_domains, domain_label,
                            keys)
from onward.drafts.layout import Layout
from onward.drafts.company import acronym_labels, clean
from onward.drafts.lexicon import DEPARTMENT_WORDS, JOB_WORDS, ORG_WORDS, TITLE_WORDS, fold, is_title_compound
from onward.drafts.people import looks_personal, person_name
from onward.drafts.subjects import topic

_TITLE_LIKE = TITLE_WORDS | DEPARTMENT_WORDS | JOB_WORDS
_DISPLAY_PARTS = re.compile(r"\s+(?:at|from|@|bei|von|chez)\s+|\s*\|\s*|\s+[-–—]\s+", re.IGNORECASE)
_VIA = re.compile(r"\s*\((?:via\s+)?[^)]*\)|\s+(?:via|über|par|vía|por medio de)\s+.*$", re.IGNORECASE)
_WORDS = re.compile(r"[\w&'’]+")


def _is_title(segment: str) -> bool:
    words = {fold(w) for w in re.split(r"[\s/]+", segment) if w}
    return bool(words & _TITLE_LIKE or any(is_title_compound(w) for w in words)) and not words & ORG_WORDS


def _is_person_title(segment: str) -> bool:
    """A job title ("Gerente", "Pflegedirektor", "Marketing Manager"), not only a department."""
    words = {fold(w) for w in re.split(r"[\s/,]+", segment) if w}
    return bool(words & (TITLE_WORDS | JOB_WORDS) or any(is_title_compound(w) for w in words))


def _team_then_company(lines: list[str], index: int, labels: list[str]) -> bool:
    """A team line followed by the employer's own line ("The Graduate Recruitment Team" then
    "Ironbark Engineering", "Equipo de Employer Branding" then "Energías del Cantábrico"): the
    team phrase names a department there, the next line the company."""
    if index + 1 >= len(lines) or CONTACT_LINE.search(lines[index + 1]):
        return False
    following = lines[index + 1]
    if any(pattern.search(following) for pattern in phrases.TEAM) or _is_title(following):
        return False
    name = clean(following)
    return bool(name) and (len(name.split()) >= 2 or any(matches_label(name, label) for label in labels))


def _is_signer(segment: str, signer: str) -> bool:
    name = person_name(segment)
    return bool(name) and bool(signer) and fold(name.split()[0]) == fold(signer.split()[0])


def _signature_votes(votes: Votes, layout: Layout, signer: str, labels: list[str]) -> None:
    lines = list(layout.signature)
    for index, line in enumerate(lines):
        if not _team_then_company(lines, index, labels):
            for pattern in phrases.TEAM:
                votes.add_matches(pattern, line, 3, "signature")
        if CONTACT_LINE.search(line):
            continue
        words = line.split()
        if words and fold(words[0]) in ORG_WORDS and len(words) <= 6:
            # "Universidad de Salamanca", "University of York": the connector is part of the name.
            votes.add(line, 3, "signature")
            continue
        segments = SIGNATURE_SEGMENTS.split(line)
        # "Gerente de Proyecto", "Director, Departamento de Economía", "Marketing Manager | Acme":
        # beside a person's job title, a segment is the title's field as often as the employer.
        beside_title = len(segments) > 1 and any(_is_person_title(s) for s in segments)
        for segment in segments:
            if not segment[:1].isupper() and not segment[:1].isdigit():
                continue
            if _is_signer(segment, signer) or _is_title(segment) or re.search(r"\w\.[a-z]{2,}$", segment):
                continue
            if index == 0 and person_name(segment) and not signer and not names_domain(segment, labels):
                continue  # a lone name where a signer would stand, that people.py did not accept
            if beside_title:
                votes.add(segment, 1.5, "signature-title")
            else:
                votes.add(segment, 3, "signature")


def _display_votes(votes: Votes, display: str, address: str, signer: str, weight: float) -> None:
    for part in _DISPLAY_PARTS.split(_VIA.sub("", display or "")):
        if part and not looks_personal(part, address) and not _is_signer(part, signer):
            votes.add(part, weight, "display")


def _subject_votes(votes: Votes, subject: str) -> None:
    subject = topic(subject)
    for pattern in phrases.SUBJECT:
        votes.add_matches(pattern, subject, 3, "subject")
    votes.add_matches(phrases.SUBJECT_TAIL, subject, 2, "subject")
    segments = phrases.SUBJECT_SEPARATOR.split(subject)
    if len(segments) > 1:
        votes.add(segments[0], 1, "subject")


def names_domain(name: str, labels: list[str]) -> bool:
    """Whether a name spells one of the employer's domains from its first word on ("Stadtsparkasse
    Ried" for stadtsparkasse-ried.de): a signature that is the company, not a person. "Max Lindner"
    at lindner-recruiting.de is a person: his first name is not in the domain."""
    first = key(name.split()[0]) if name.split() else ""
    return bool(first) and any(first in label and matches_label(name, label) for label in labels)


def label_mentions(label: str, text: str) -> list[str]:
    """Places where the text spells a domain's name: "sprout-and-stone" -> "Sprout & Stone"."""
    found = []
    tokens = list(_WORDS.finditer(text))
    for i in range(len(tokens)):
        joined = ""
        for j in range(i, min(i + 5, len(tokens))):
            joined += min(keys(tokens[j].group()), key=lambda k: (k not in label, k)) or ""
            if joined == label:
                start, end = tokens[i].start(), tokens[j].end()
                # "www.openhandsintl.org", "QLD/DCI/2291/25", "jobs@acme.com": part of an address,
                # a link or a reference code, not the name as people write it.
                before, after = text[start - 1:start], text[end:end + 2]
                if not (before in {".", "@", "/", "\\"} or after[:1] in {"/", "@", "\\"}
                        or (after[:1] == "." and after[1:2].isalnum())):
                    found.append(text[start:end])
                break
            if not label.startswith(joined):
                break
    return found


def find_company(layout: Layout, subject: str, senders: list[tuple[str, str]], text_addresses: list[str],
                 signer: str, not_these: set[str]) -> str:
    """The employer's name, or "" when nothing in the mail names it."""
    return choose_company(layout, subject, senders, text_addresses, signer, not_these).name


def choose_company(layout: Layout, subject: str, senders: list[tuple[str, str]], text_addresses: list[str],
                   signer: str, not_these: set[str]) -> Choice:
    """The employer's name and the clues behind it (see facts.company_confidence)."""
    votes = Votes(not_these)
    labels = company_domains([address for _, address in senders] + text_addresses)
    _signature_votes(votes, layout, signer, labels)
    for pattern in phrases.TEAM[:3] + phrases.TEAM[4:]:
        votes.add_matches(pattern, layout.body, 3, "team")
    for pattern in phrases.ANCHORED:
        votes.add_matches(pattern, layout.body, 3, "anchored")
    votes.add_matches(phrases.LOOSE, layout.body, 1, "loose")
    _subject_votes(votes, subject)
    for weight, (display, address) in zip((2, 1, 1), senders):
        _display_votes(votes, display, address, signer, weight)
    everything = "\n".join([subject, layout.body, *layout.signature, *(d for d, _ in senders)])
    for label in labels:
        for mention in label_mentions(label, everything):
            votes.add(mention, 2, "domain")
    if not votes.weights and labels:
        # Last resort: the domain itself, "jobs.transportes-olmedo.es" -> "Transportes Olmedo".
        for addr in [address for _, address in senders] + text_addresses:
            words = label_words(domain_label(addr.rpartition("@")[2]))
            if "".join(words) == labels[0]:
                votes.add(" ".join(w.capitalize() for w in words), 0.5, "domain-only")
                break
    return votes.choose(labels, acronym_labels([address for _, address in senders] + text_addresses))
