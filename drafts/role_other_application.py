"""A title named in a clause about an application someone may yet make ("au cas où tu postules aussi
pour le poste de chef de zone", "if you apply for the Store Manager role next spring", "falls du dich
als Filialleiterin bewirbst"): the post of a possible application, not the one this mail decides on.
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.tables import fold

# The clause around a title: a comma, a semicolon or a colon ends the conditional's clause ("Si votre
# candidature au poste de X n'a pas été retenue, nous vous invitons à postuler": the concessive "si" and
# the invitation to apply are two clauses, and X is the post applied for).
_CLAUSE_MARKS = ".!?\n,;:"
_CLAUSE_END = re.compile(r"[.!?\n,;:]")
_WORD = re.compile(r"\w+")


@functools.cache
def _conditionals(language: str) -> tuple[tuple[str, ...], ...]:
    """The language's conditional phrases (tables' `conditional_phrases`), each as its folded words."""
    return tuple(tuple(_WORD.findall(fold(phrase))) for phrase in tables.phrases(language, "conditional_phrases"))


def _conditional_ends(words: list[str], language: str) -> list[int]:
    """Where, in the words, each conditional phrase ends (the index after its last word)."""
    ends = []
    for phrase in _conditionals(language):
        for at in range(len(words) - len(phrase) + 1):
            if tuple(words[at:at + len(phrase)]) == phrase:
                ends.append(at + len(phrase))
    return ends


def _clause_start(text: str, at: int) -> int:
    """Where the clause that holds `at` starts: after the last mark before it, looked for from `at`
    backwards (a pattern anchored at `at` tried every mark of a long mail from its start). A line
    break right before `at` is passed over, as the pattern's `$` did ("for the\nData Analyst role")."""
    before = at - 1 if at and text[at - 1] == "\n" else at
    last = max(text.rfind(mark, 0, before) for mark in _CLAUSE_MARKS)
    return last + 1 if last >= 0 else at if before < at else 0


def in_a_possible_application(text: str, at: int, language: str) -> bool:
    """Whether the title at `at` stands in a clause that a conditional phrase before it opens, with a
    verb of applying in the present or the infinitive (tables' `possible_application_verbs`,
    before or after the title: German puts its verb last). A past form ("applied", "postulé",
    "beworben") names the application made and is in no such list."""
    verbs = tables.words(language, "possible_application_verbs")
    if not verbs or not _conditionals(language):
        return False
    end = _CLAUSE_END.search(text, at)
    before = _WORD.findall(fold(text[_clause_start(text, at):at]))
    after = _WORD.findall(fold(text[at:end.start() if end else len(text)]))
    words = before + after
    return any(set(words[end_at:]) & verbs for end_at in _conditional_ends(before, language))
