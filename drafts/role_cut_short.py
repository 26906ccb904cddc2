"""A role read as less than the title the mail names for the same post, or as more than it: a job
word where the body writes the title on ("Ärztin" for "Ärztin in Weiterbildung"), the act on the
post written before its title ("Besetzung des Dienstpostens Sachgebietsleitung Haushalt"), a title
the body names as a place within the programme the subject names ("una plaza de Junior Auditor/a en
el programa"). Each gives the whole title where the mail writes it, else nothing: a wrong role in a
draft is worse than none.
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.lexicon import fold
from onward.drafts.role_comma import GENDER_MARKER
from onward.drafts.role_shape import another_post_than_the_programme, names_a_programme
from onward.drafts.role_title import only_job_words, whole_word_ends


@functools.lru_cache(maxsize=64)
def _as_written(role: str, language: str) -> re.Pattern:
    """The role, in any of its inclusive forms ("Mitarbeiter/in" is written "Mitarbeiterin",
    "Mitarbeiter:in", "Mitarbeiter*in" too: tables' `feminine_title_suffix`), past its gender marker;
    then, where the line goes on, the connector that carries a title on (`title_goes_on_after`) and a
    capitalised noun."""
    written = re.escape(role)
    suffix = tables.table(language).get("feminine_title_suffix", "")
    if suffix:
        written = re.sub(rf"/{suffix}\b", lambda _: rf"(?:/{suffix}|:{suffix}|\*{suffix}|{suffix})", written)
    connector = re.escape(tables.table(language).get("title_goes_on_after", ""))
    return re.compile(rf"(?i:{written})(?!\w){GENDER_MARKER}(?:[ \t]+{connector}[ \t]+(?P<w>[A-ZÄÖÜ][\w-]*))?")


# After the working terms, what carries the title's line on: the hours ("in Teilzeit 25 Std.") or a
# dash and a field ("in Teilzeit – Frischetheke"). A sentence's end, a bracket or a lower-case word
# after the terms ends the line there: the terms are then a qualifier (role_qualifiers.says_terms).
_LINE_GOES_ON = re.compile(r"[ \t]*(?:\d|[-–—][ \t]*\w)")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_around(text: str, at: int) -> str:
    """The sentence of the text that holds the position `at` (from the stop before it to the next)."""
    start = max(text.rfind(stop, 0, at) for stop in ".!?\n") + 1
    found = _SENTENCE_END.search(text, at)
    return text[start:found.start() if found else len(text)]


def _reading(role: str, body: str, at: int, language: str) -> str | None:
    """How the body writes the role where a post phrase reads it at `at`: "" for the job word alone,
    "?" where its line goes on past its terms, the noun that carries the title on, or None where no
    such phrase reads the role there or its sentence says whom the employer seeks or can hire ("wir
    suchen nur einen Koch in Ausbildung": tables' `seeking_words`), which names no post applied for."""
    found = _as_written(role, language).match(body, at)
    if not found:
        return None
    seeking = tables.words(language, "seeking_words")
    if seeking & {fold(word) for word in re.findall(r"\w+", _sentence_around(body, at))}:
        return None
    word = found.group("w")
    if word is None:
        return ""
    if fold(word) in tables.words(language, "title_goes_on_in"):
        return word
    if fold(word) in tables.words(language, "terms_words") and _LINE_GOES_ON.match(body, found.end()):
        return "?"
    return ""


def whole_where_written_on_or_none(role: str, body: str, language: str, read_at: tuple[tuple[int, int], ...]) -> str:
    """A role of job words alone, where the body's phrases about the post applied for (`read_at`, the
    spans role.post_phrases gives) read it as a longer title. Where they write its title on after
    "in" (tables' `title_goes_on_in`: "Bewerbung als Ärztin in Weiterbildung"), the role is that
    title; where they write it on with its terms and past them (`terms_words`: "Verkäuferin (m/w/d)
    in Teilzeit 25 Std. – Frischetheke"), the job word is a shorter form of a title whose end is a
    guess: none. Terms that end the line ("Verkäuferin (m/w/d) in Teilzeit.") qualify the job word, and
    a place ("Verkäuferin in Hamburg") is no word of the title: the role. So is it where the phrases
    write it both alone and on ("Bewerbung als Koch ... Stelle als Koch in Ausbildung"): which was
    applied for is unsure. A sentence about whom the employer seeks names no post applied for."""
    connector = tables.table(language).get("title_goes_on_after")
    if not role or not connector or not only_job_words(role):
        return role
    readings = {_reading(role, body, start, language) for start, _ in read_at} - {None}
    if "?" in readings:
        return ""
    if len(readings) == 1 and "" not in readings:
        return f"{role} {connector} {readings.pop()}"
    return role


@functools.lru_cache(maxsize=8)
def _acts(language: str) -> str | None:
    """The language's phrases for the act on a post (tables' `act_phrases`), as a pattern's choice."""
    acts = tables.phrases(language, "act_phrases")
    return "(?:" + "|".join(re.escape(a) for a in sorted(acts, key=len, reverse=True)) + ")" if acts else None


@functools.lru_cache(maxsize=8)
def _act_opening(language: str) -> re.Pattern | None:
    """A role that opens with the act (_acts), compiled once a language: in re's own cache the mail's
    own words' patterns pushed it out, and it was compiled again."""
    acts = _acts(language)
    return re.compile(rf"{acts}[ \t]+(?=\w)", re.IGNORECASE) if acts else None


def without_the_act(role: str, body: str, language: str) -> str:
    """ "Besetzung des Dienstpostens X", "Remplacement infirmière auxiliaire": the act on the post is no
    word of its title. A role read with the act in front is a subject's heading the post phrases did not
    read ("Besetzung der Stelle X" they read as "X"): the title after the act is the role where the body
    writes it too; else the heading is all that names it, often in the administration's own form
    ("Sachgebietsleitung" for the body's "Sachgebietsleiterin / Sachgebietsleiter"): none."""
    opening = _act_opening(language)
    found = opening.match(role) if opening is not None and role else None
    if not found:
        return role
    title = role[found.end():].strip()
    return title if whole_word_ends(title, body) else ""


@functools.lru_cache(maxsize=8)
def _within(language: str) -> re.Pattern | None:
    """After a title, the words that place it within a programme: a preposition of the language
    (tables' `within_words`: "en el programa", "in the programme", "dans le programme"), perhaps an
    article, then a programme's word."""
    words = tables.phrases(language, "within_words")
    if not words:
        return None
    return re.compile(rf"[ \t]+(?:{'|'.join(re.escape(w) for w in words)})[ \t]+(?:[^\W\d_]+[ \t]+)?"
                      r"(?P<w>[^\W\d_]+)")


def a_place_in_the_programme(role: str, body: str, subject: str, language: str) -> bool:
    """Whether the body writes the role as a place within a programme ("una plaza de Junior Auditor/a
    en el programa") while the subject names the programme applied to and not the role: the
    programme's title, not the role, is what was applied for; the place in it is one of its grades."""
    within = _within(language)
    if within is None or not another_post_than_the_programme(role, subject):
        return False
    for end in whole_word_ends(role, body):
        found = within.match(body, end)
        if found and names_a_programme(found.group("w")):
            return True
    return False
