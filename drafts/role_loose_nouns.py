"""Titles before a noun that is no word for a post but speaks of one: "the Quality Engineer interview",
"the CNC Machinist spot". Looser than "the X position", so read only where the run reads as a title
(a job word in it), is written in Title Case and holds no list ("the written exercise and Partner
interview").
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.role_title import JOINING, clean, looks_like_role
from onward.drafts.tables import fold

# The run never crosses another article back into the sentence, nor a comma, a bracket or a sentence's end.
_RUN = r"(?P<r>(?:(?!\s(?i:the|our|your|this|a|an)\s)[^\n.;:!?()\"“”«»„,]){2,60}?)"
_WORD = re.compile(r"\w+")
_LIST_WORDS = re.compile(r"(?i:\b(?:and|or|position|role|post|job|vacancy)\b)")


@functools.lru_cache(maxsize=8)
def _pattern(language: str) -> re.Pattern | None:
    nouns = tables.phrases(language, "loose_title_nouns")
    if not nouns:
        return None
    return re.compile(rf"(?i:\bthe|\bour|\byour|\bthis)\s+{_RUN}\s+(?=(?i:"
                      + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r")\b)")


def _capitalised(title: str) -> bool:
    """Every word capitalised but the joining ones ("Head of Sales"). In lower case the run is a stage
    of the process ("the partner interview") or the body's casual wording of a title the subject
    capitalises ("the assistant manager spot"), which would outvote the subject's form."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in JOINING for w in title.split())


def _names_an_interviewer(title: str, language: str) -> bool:
    """Whether the run ends with who holds the interview (tables' `interviewer_titles`): "the Hiring
    Manager interview" is a stage of the process, written in Title Case as a post would be."""
    words = tuple(_WORD.findall(fold(title)))
    return any(words[len(words) - len(who):] == who for who in _interviewers(language) if who)


@functools.lru_cache(maxsize=8)
def _interviewers(language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_WORD.findall(fold(who))) for who in tables.phrases(language, "interviewer_titles"))


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def names_a_stage(run: str, text: str, end: int, language: str) -> bool:
    """Whether a title a phrase read, its run ending at `end`, is who holds an interview (tables'
    `interviewer_titles`) and a loose noun follows it ("Thanks for your time at the Hiring Manager
    interview", "your Panel interview"): the stage of the process, named by its interviewer, not the
    post. The whole title only: "your Sales Director interview" may name the post applied for."""
    after = _NEXT_WORD.match(text, end)
    return (after is not None and fold(after.group(1)) in _loose_nouns(language)
            and tuple(_WORD.findall(fold(clean(run)))) in _interviewers(language))


@functools.lru_cache(maxsize=8)
def _loose_nouns(language: str) -> frozenset[str]:
    return frozenset(fold(n) for n in tables.phrases(language, "loose_title_nouns"))


def loose_noun_titles(text: str, language: str) -> list[str]:
    """The titles the text writes before the language's loose nouns (tables' `loose_title_nouns`)."""
    pattern = _pattern(language)
    return [match.group("r") for match in (pattern.finditer(text) if pattern else ())
            if looks_like_role(match.group("r").strip()) and not _LIST_WORDS.search(match.group("r"))
            and _capitalised(match.group("r").strip()) and not _names_an_interviewer(match.group("r"), language)]
