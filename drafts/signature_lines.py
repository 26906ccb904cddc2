"""Reading a signature's lines: signers' columns set side by side, an "i.A." line, a motto, an
office signed for or held, a phone's footer, a job title, and a signature that is a team's, a
persona's or an organisation's rather than a person's.
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.lexicon import DEPARTMENT_WORDS, TITLE_OR_JOB_WORDS, fold, is_title_compound
from onward.drafts.layout import Layout
from onward.drafts.name_shape import COLLECTIVE_WORDS, ON_BEHALF, PREFIX_ONLY, person_name


# What a job title is told by (holds_a_title) besides the job words: no team's word, and a woman's
# title or a workplace's word counts too.
TEAM_WORDS = tables.all_words("team_words")
_FEMININE_TITLES = tables.all_words("feminine_titles")
_OFFICE_WORDS = tables.all_words("not_person_words")  # "Büro", "Secrétariat": where the signer works
# Joined once, not at each call (a union inside a function is built anew each time).
_TITLE_WORDS_OF_A_LINE = TITLE_OR_JOB_WORDS | DEPARTMENT_WORDS | _FEMININE_TITLES | _OFFICE_WORDS
_DEPARTMENT_OR_COLLECTIVE_WORDS = DEPARTMENT_WORDS | COLLECTIVE_WORDS


@functools.cache
def _device_footer() -> re.Pattern:
    """A mail app's line under a message written on the phone ("Sent from my iPhone", "Gesendet von
    Outlook für Android"): the tables' `device_footers`, at the start of a line."""
    phrases = sorted(tables.all_phrases("device_footers"), key=len, reverse=True)
    return re.compile(r"^[\s\-–—_]*(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")",
                      re.IGNORECASE)


def is_device_footer(line: str) -> bool:
    return bool(_device_footer().match(line))


_TITLE_GAPS = re.compile(r"[\s,|/·•:()&–-]+")


def holds_a_title(line: str) -> bool:
    """ "Campus Recruiting Lead", "Recruteuse – Mosaïk Games", "Lehrlingsbeauftragte": a job title or a
    department, not a team ("Hiring Team") nor an address."""
    words = {fold(w) for w in _TITLE_GAPS.split(line) if w}
    if words & TEAM_WORDS:
        return False
    return bool(words & _TITLE_WORDS_OF_A_LINE) or any(map(is_title_compound, words))


# A motto in quotes above the name ('"Sufragio Efectivo. No Reelección."'), and the office the signer
# holds, on its own line ending in a comma under an office signed for ("Pour le Maire et par délégation,
# / La Directrice générale des services, / Anne Perrot"): neither is the name.
_MOTTO = re.compile(r"^[\"“„«].*[\"”“»]$")
_OFFICE_HELD = re.compile(r"^(?:le|la|l['’]|les|the|el|der|die)\s.+,$", re.IGNORECASE)
# The office written with its article and no comma ("La Directrice des ressources humaines", "Par
# délégation, la Directrice Générale des Services"): an office when a title word says so.
_OFFICE_WITH_ARTICLE = re.compile(r"^(?:par d[ée]l[ée]gation,?\s+)?(?P<office>(?:le|la|l['’]|the|el|der|die)\s.+)$",
                                  re.IGNORECASE)


def is_office_held(line: str) -> bool:
    """ "Le Directeur Général des Services", "La Directrice des ressources humaines,": the office the
    signer holds, on its own line above their name; never the name."""
    line = line.strip()
    if _OFFICE_HELD.match(line):
        return True
    found = _OFFICE_WITH_ARTICLE.match(line)
    return found is not None and holds_a_title(found["office"])


# Signers side by side, as a letter's template sets them ("Tobias Feldkamp          Dr. Ines Rathgeber"
# above "Leiter Personal          Geschäftsführerin"): columns apart by three spaces or a tab.
COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def first_column(line: str) -> str:
    """The first of signature columns set side by side: the first signer, who writes to the applicant."""
    return COLUMN_GAP.split(line.strip(), maxsplit=1)[0]


def signing_rows(layout: Layout, skip_offices: bool) -> list[str]:
    """The signature's lines, columns and all, without an "i.A." line of its own, and
    (`skip_offices`) without the line of an office signed for ("Für den Rektor:")."""
    return [row for row, line in ((row, first_column(row)) for row in layout.signature)
            if not PREFIX_ONLY.match(line) and not _MOTTO.match(line) and not is_device_footer(line)
            and not (skip_offices and (ON_BEHALF.match(line) or is_office_held(line)))]


def _signing_lines(layout: Layout, skip_offices: bool) -> list[str]:
    """The signature's lines as `signing_rows`, each its first column."""
    return [first_column(row) for row in signing_rows(layout, skip_offices)]


_PERSONA = re.compile(r"^[^\W\d_][\w'’-]*[ \t]+(?:at|from|@|bei|von|chez|de|en)[ \t]+\S", re.IGNORECASE)


def signs_as_persona(layout: Layout) -> bool:
    """ "Aoife at Kestrel Outdoor": a first name and the company on the signing line, as recruiting
    systems' templates sign; without a surname, a persona as often as a person."""
    if layout.inline_signer:
        return bool(_PERSONA.match(layout.inline_signer.strip()))
    lines = _signing_lines(layout, skip_offices=False)
    return bool(lines) and bool(_PERSONA.match(lines[0].strip()))


_TEAM_AFTER = re.compile(r"[\s,|·•/–—-]+(?:[\w&'’-]+\s+){0,3}(?:team|teams|[ée]quipe|equipo)\b", re.IGNORECASE)


def signs_as_organisation(signed: str, layout: Layout, display: str, automated: bool) -> bool:
    """ "Cóndor Seguros – Talent Team" signed, "Cóndor Seguros <no-reply@...>" sending: an
    organisation's name before its team's, from an address no person reads; not a person."""
    lines = [layout.inline_signer] if layout.inline_signer else list(layout.signature[:1])
    if not (signed and automated and lines and lines[0].strip().startswith(signed)):
        return False
    return (fold(display.split("–")[0].split(" - ")[0].strip()) == fold(signed)
            and bool(_TEAM_AFTER.match(lines[0].strip()[len(signed):])))


_TEAM_LINE_GAPS = re.compile(r"[\s,|/·•:]+")


def signed_by_team(layout: Layout) -> bool:
    """Whether the mail is signed by a team or a department ("Recruitment Services", "Ihr
    Campus-Recruiting-Team", "HR-Services") rather than by a person."""
    if layout.inline_signer:
        return False
    lines = _signing_lines(layout, skip_offices=True)
    if not lines or person_name(lines[0], strict=True):
        return False
    words = {part for word in _TEAM_LINE_GAPS.split(fold(lines[0])) for part in [word, *word.split("-")]}
    return bool(words & _DEPARTMENT_OR_COLLECTIVE_WORDS)
