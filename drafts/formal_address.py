"""How a formal greeting names the person to thank: "Frau Vogel", "Mrs Vogel", "Sra. Olvera" when
the mail itself says the person's gender (an honorific, a woman's job title), "Anna Vogel" else.
Never guessed from a first name."""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.layout import Layout
from onward.drafts.lexicon import TITLE_OR_JOB_WORDS, fold
from onward.drafts.name_shape import NAME_PARTICLES, person_name
from onward.drafts.signature_lines import is_office_held

@functools.cache
def _honorific(gender: str) -> re.Pattern | None:
    """Any language's honorific for the gender, its dot, and titles after it ("Frau Dr. ")."""
    honorifics = "|".join(re.escape(h) for h in tables.all_phrases(f"honorifics_{gender}"))
    return re.compile(rf"\b(?:{honorifics})\.?[ \t]+(?:(?:dr|prof)\.[ \t]+)*", re.IGNORECASE) if honorifics else None


_TITLE_WORD_GAPS = re.compile(r"[\s,|/·•–-]+")


def _gender(name: str, text: str, layout: Layout, language: str) -> str:
    """"female", "male" or "" from what the mail itself says: an honorific before the surname
    ("Frau Vogel", "Mrs Vogel", "Madame Vogel", "Dra. Olvera") or a woman's job title in the
    signature ("Personalreferentin", "Chargée de recrutement", "Jefa de Selección"); where the
    language's table says so (German), a man's title too ("Personalreferent"). Never guessed from
    the first name: "Bonjour Alex Martin" is right for anyone, "Bonjour Madame Martin" is not."""
    parts = name.split()
    for gender in ("female", "male"):
        honorific = _honorific(gender)
        # The honorifics' pattern is built once; the name's own short one only where one stands
        # (one pattern of both per call cost milliseconds to compile, for every rejection).
        if honorific and any(_names_here(text[m.end():m.end() + 80], parts, not _in_signature(text, m.start(), layout))
                             for m in honorific.finditer(text)):
            return gender
    # The signer's own title's words, but the name's own: "Stefanie Koch" is no cook, "Tanja Meister" no master.
    own = {fold(part) for part in parts}
    words = [folded for line in _own_title(name, layout) for word in _TITLE_WORD_GAPS.split(line)
             if (folded := fold(word)) not in own]
    if set(words) & tables.words(language, "feminine_titles"):
        return "female"
    suffix = tables.table(language).get("feminine_title_suffix", "")
    if not suffix:
        return ""
    neutral = tables.words(language, "neutral_titles")
    for folded in words:
        if folded in TITLE_OR_JOB_WORDS and folded.endswith(suffix) and folded[:-len(suffix)] in TITLE_OR_JOB_WORDS:
            return "female"
        if folded in TITLE_OR_JOB_WORDS and folded + suffix in TITLE_OR_JOB_WORDS and folded not in neutral:
            return "male"
    return ""


# Where a title line goes on to someone else ("Assistent von Frau Dr. Schulz", "Asistente de la
# Directora", "Responsable RH, sous la direction de …", "Assistante : Julie Petit"): only the words
# before are the signer's. The employer after a dash ("Chargée de recrutement – Intérim Plus") is cut first.
_OTHERS_FROM = re.compile(r"[ \t]+(?:von|vom|de|del|du|des|of|to|für|pour|para|sous|unter)[ \t]|[:,;(]")
_EMPLOYER_AFTER = re.compile(r"[ \t]+[–—|·•][ \t].*$|[ \t]+-[ \t].*$")


def _own_title(name: str, layout: Layout) -> list[str]:
    """The signer's own title: the rest of the name's line, the next line that is not the name again
    ("Dr. Tim Albers") and an office held just above it ("La Directrice générale des services,"),
    each cut before words that go on to someone else; a line going on to another person's name or
    holding an honorific is nobody's title here. Unsure means no gendered title: lines further down
    are not read."""
    lines = [line.strip() for line in layout.signature[:4]]
    at = next((i for i, line in enumerate(lines) if name and name in line), None)
    if at is None:
        candidates = lines[:1]
    else:
        below = next((line for line in lines[at + 1:] if name not in line), "")
        above = [lines[at - 1]] if at and is_office_held(lines[at - 1]) else []
        candidates = [lines[at][lines[at].find(name) + len(name):].lstrip(" ,;|/·•–-"), below, *above]
    titles = []
    for line in candidates:
        line = _EMPLOYER_AFTER.sub("", line)
        if any(h and h.search(line) for h in (_honorific("female"), _honorific("male"))):
            continue
        own, *rest = _OTHERS_FROM.split(line, maxsplit=1)
        other = person_name(rest[0].strip(), strict=True) if rest else ""
        if other and " " in other and other != name:
            continue
        titles.append(own)
    return titles


def _in_signature(text: str, at: int, layout: Layout) -> bool:
    """Whether the line of `text` at `at` is one of the signature's (or the closing's, with its name)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    return bool(line) and (line in {s.strip() for s in layout.signature} or line == (layout.inline_signer or "").strip()
                           or bool(layout.inline_signer) and layout.inline_signer.strip() in line)


def _names_here(after: str, parts: list[str], first_needed: bool = False) -> bool:
    """Whether the words after an honorific are this person's: an optional first name, then the
    surname ("Frau Vogel", "Dra. Mariana Olvera", "Dª. Elvira Santamaría de la Fuente"). Outside the
    signature (`first_needed`) the first name must be there: "an meinen Kollegen Herrn Vogel" may be
    anyone sharing the signer's surname ("Anna Vogel"), as may the applicant greeted."""
    words = after.split()
    if words and fold(words[0]) == fold(parts[0]):
        words = words[1:]
    elif first_needed:
        return False
    return bool(words) and fold(words[0].strip(",.:;")) in {fold(p) for p in parts[1:] if p.lower() not in NAME_PARTICLES}


def surname(name: str, language: str) -> str:
    """The part of a full name a title goes with: "Vogel" of "Anna Vogel", "El Amrani" of "Nadia El
    Amrani", "de la Torre" of "Ana de la Torre". "" when it cannot tell ("Anna Maria Vogel": a second first name or
    a first surname): the reply then says the full name, which is right either way. Where the
    language puts the title before the full name ("Sra. Paola Cevallos Ruiz"), the full name."""
    parts = name.split()
    if len(parts) < 2:
        return ""
    if tables.table(language).get("title_with_full_name"):
        return name
    start = len(parts) - 1
    while start > 1 and parts[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    return " ".join(parts[1:]) if start == 1 else ""


def formal_address(name: str, text: str, layout: Layout, language: str) -> str:
    """How a formal reply addresses the person: the language's title and the surname ("Frau
    Vogel", "Frau Dr. Vogel", "Madame El Amrani", "Sra. Paola Cevallos Ruiz") when the mail tells which
    title is right, else the full name ("Anna Vogel", "Alex Martin": right whoever they are); ""
    when only a first name is known (a formal reply never greets by first name)."""
    parts = name.split()
    if len(parts) < 2:
        return ""
    title = tables.table(language).get("address", {}).get(_gender(name, text, layout, language), "")
    last = surname(name, language)
    if not title or not last:
        return name
    doctor = "Dr." in text and re.search(  # most mail has no "Dr.": no pattern compiled for its name
        rf"\bDr\.[ \t]+(?:{re.escape(parts[0])}[ \t]+)?{re.escape(parts[-1])}\b", text)
    return f"{title} {'Dr. ' if doctor and language == 'de' else ''}{last}"
