"""Abbreviations written with dots inside a title ("Duales Studium B.Eng. Elektrotechnik 2027",
"Analista Sr. de Riesgos", "Wiss. Mitarbeiterin", "Convocatoria CAS N.° 014"): their dots end no
sentence. The phrases about the post stop at a dot, so these dots are hidden behind a look-alike
while the phrases read, and put back in what they read: the title is read whole, not cut at "B".
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.lexicon import fold
from onward.drafts.role_title import OPENERS, STOP

# ONE DOT LEADER: one character for one, so that spans read in the hidden text hold in the mail's.
DOT_HIDDEN = "\u2024"
# A degree's or a compound's initials, each with its dot: "B.Eng.", "M.A.", "Ph.D.", "Dipl.-Ing.".
_DOTTED_INITIALS = r"[A-Z][a-z]{0,3}\.(?:-?[A-Z][a-z]{0,3}\.)+"


@functools.cache
def _abbreviation() -> re.Pattern:
    """Initials (group i), a rank that may close a title (group r: tables' `rank_abbreviations`, "Sr.")
    or a word that never does (`title_abbreviations`: "Wiss.", "N.°"), as written, and the word after it
    on the same line (group n): a dot at a line's end may end the sentence."""
    def choice(name: str) -> str:
        return "|".join(map(re.escape, sorted(tables.all_phrases(name), key=len, reverse=True)))
    return re.compile(rf"(?<![\w.])(?:(?P<i>{_DOTTED_INITIALS})|(?P<r>{choice('rank_abbreviations')})|"
                      rf"{choice('title_abbreviations')})(?=[ \t]*(?P<n>\w+))")


_WORD_BEFORE = re.compile(r"(\w+)[ \t]*$")


def _inside_a_title(found: re.Match, text: str) -> bool:
    """Whether the abbreviation is written inside a title, not at the end of one whose sentence ends
    there: never before a word that opens a sentence ("Duales Studium B.A. Leider ..."). A rank goes on
    into the title before a lower-case word or a figure ("Analista Sr. de Riesgos") or where it opens
    the title ("the Sr. Data Analyst"); after a capitalised word and before one ("Analista de Datos Sr.
    Lamentamos ...") the next sentence may begin."""
    after = found.group("n")
    if fold(after) in OPENERS or fold(after) in STOP:
        return False
    if not found.group("r") or not after[:1].isupper():
        return True
    before = _WORD_BEFORE.search(text, 0, found.start())
    return before is None or not before.group(1)[:1].isupper()


def hide_abbreviation_dots(text: str) -> str:
    """The text with the dots of its abbreviations hidden (DOT_HIDDEN): no phrase ends a title there."""
    return _abbreviation().sub(lambda found: _hidden(found, text), text)


def _hidden(found: re.Match, text: str) -> str:
    abbreviation = found.group()
    # "Konzernrevision | Ref.-Nr. 2026-204": a reference's marker before its number, not a title's word.
    if found.group("i") and found.group("n")[:1].isdigit():
        return abbreviation
    if _inside_a_title(found, text):
        return abbreviation.replace(".", DOT_HIDDEN)
    if found.group("i"):  # its last dot may end the sentence, the ones within it end none: "B.A"
        return abbreviation[:-1].replace(".", DOT_HIDDEN) + "."
    return abbreviation


def with_dots(text: str) -> str:
    """What was read from a hidden text, with its abbreviations' dots back."""
    return text.replace(DOT_HIDDEN, ".")
