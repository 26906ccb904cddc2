"""An internship named by its field ("Stage en actuariat", "Stage Actuariat (6 mois)", "stage en génie
mécanique"). "Stage" is a word for a post, as "poste" is, so no phrase reads a
title in it and no title may open with it; with its field after it, it names the post applied for as a title
does. Only the field's words follow it: not its length, its season, its place or the sentence ("stage de 6
mois", "stage d'été", "stage cette année", "stage au sein de notre équipe").
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.company import is_place
from onward.drafts.company import keys as company_keys
from onward.drafts.lexicon import fold
from onward.drafts.role_title import GENERIC, OPENERS, STOP

_WORD = r"[^\W\d_][\w'’-]*"
# Up to four words of the field, with the small words of a noun's complement between them.
_FIELD = rf"(?P<f>{_WORD}(?:[ \t]+(?:(?:de|des|du|et|&)[ \t]+|d['’])?{_WORD}){{0,3}}?)"


@functools.lru_cache(maxsize=8)
def _pattern(language: str, end: str) -> re.Pattern | None:
    """The language's internship nouns (tables' `internship_nouns`), then its field: after "en" (any
    case), right after the noun when capitalised ("Stage Actuariat"), or in lower case only where nothing
    follows on the line ("Re: stage communication"), up to where a title ends (`end`). Not after a dash:
    the employer or the place is written there as often ("stage – Verbeke Audit Anvers")."""
    nouns = tables.phrases(language, "internship_nouns")
    if not nouns:
        return None
    noun = "|".join(map(re.escape, nouns))
    return re.compile(rf"(?<![\w'’])(?P<n>(?i:{noun}))(?:[ \t]+(?i:en)[ \t]+|[ \t]+(?=[A-ZÀ-Þ]))"
                      rf"{_FIELD}{end}|(?<![\w'’])(?P<m>(?i:{noun}))[ \t]+(?P<l>{_WORD}(?:[ \t]+{_WORD})?)[ \t]*$",
                      re.MULTILINE)


@functools.lru_cache(maxsize=8)
def _not_field(language: str) -> frozenset[str]:
    """The words no field is made of: a sentence's, a generic word, a season, a month, the terms, a length."""
    return frozenset(STOP | GENERIC | OPENERS | tables.words(language, "season_words")
                     | tables.words(language, "start_words") | tables.words(language, "terms_words")
                     | tables.words(language, "internship_not_fields"))


def _a_field(words: str, language: str) -> bool:
    """Whether the words can be a field: none a sentence's, a generic word, a season, a month, the terms or
    a length."""
    not_field = _not_field(language)
    written = re.findall(r"[\w'’-]+", words)
    folded = [fold(w) for w in written]
    # "stage en Belgique", "stage Paris": the place, not the field.
    return bool(folded) and not any(w in not_field for w in folded if w not in {"de", "des", "du", "et"}) and not any(
        map(is_place, written))


def internship_titles(text: str, language: str, end: str) -> list[str]:
    """The internships the text names by their field, as written ("Stage en actuariat")."""
    pattern = _pattern(language, end)
    found = []
    for match in pattern.finditer(text) if pattern else ():
        field = match.group("f") or match.group("l")
        if _a_field(field, language):
            found.append(text[(match.start("n") if match.group("n") else match.start("m")):match.end(
                "f" if match.group("f") else "l")])
    return found


def is_internship_title(role: str, language: str, not_these: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether the role is an internship's noun and its field, as internship_titles reads one; not the
    noun and the company's name ("Candidature stage Atelier Morel")."""
    found = internship_titles(role, language, r"(?=[ \t]*$)")[:1] == [role]
    return found and not company_keys(role.split(None, 1)[-1]) & not_these


def as_the_subject_writes_it(role: str, subject: str, language: str) -> str:
    """ "stage en expertise comptable" -> "Stage Expertise Comptable": where the subject writes the body's
    internship without "en", its form is the posting's title. Nothing is reworded: the subject's words as
    written, or the role unchanged."""
    found = re.fullmatch(r"(?P<n>\S+)[ \t]+(?i:en)[ \t]+(?P<f>.+)", role)
    # An internship only: "Collaborateur droit social" in a subject is a short form of the body's title.
    if not found or not is_internship_title(role, language):
        return role
    written = re.search(rf"(?<![\w'’]){re.escape(found.group('n'))}[ \t]+{re.escape(found.group('f'))}(?![\w'’])",
                        subject, re.IGNORECASE)
    return written.group() if written else role
