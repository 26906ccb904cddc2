"""Two wordings of the role in one mail: the subject's "Supervisor/a de Enfermería Quirófano" beside
the body's "Supervisora de Enfermería del Bloque Quirúrgico", "mozo/a de almacén turno noche" beside
"mozo/a de almacén con carretilla". Where neither holds the other, the mail does not say which is
the title; what both say is stated only when it is a whole title, else none. Where one holds the
other ("Summer 2025 Internship" in "Summer 2025 Supply Chain Analyst Internship"), the longer is it.
"""

from __future__ import annotations

import re

from onward.drafts import tables
from onward.drafts.company import is_place
from onward.drafts.company import keys as company_keys
from onward.drafts.lexicon import fold
from onward.drafts.role_title import (MARKED_ENDING, TITLE_CASE_LANGUAGES, TITLE_CONNECTORS, any_of, ARTICLES,
                                      GENERIC, OPENERS, STOP, same_word, unbracket_endings, in_a_phrase,
                                      looks_like_role, only_job_words, whole_word_ends)


def written_within(short: str, long: str) -> bool:
    """Whether every word of `short` is one of `long`'s, in order ("Assistant Professor of Chemistry"
    within "Assistant Professor of Physical Chemistry"), or the first letters of one ("Teamleitung
    Zoll" within "Teamleitung Zollabwicklung"), or the initials of a run of them ("Réceptionniste
    BTS MHR" within "... BTS Management en Hôtellerie-Restauration"): the longer says the same and more."""
    # "Assistant(e)": an inclusive ending in brackets is the word's own, not a bracket to split at.
    long_words = unbracket_endings(long).replace("(", " ").replace(")", " ").split()
    at = 0
    for word in unbracket_endings(short).replace("(", " ").replace(")", " ").split():
        for j in range(at, len(long_words)):
            if _shortens(word, long_words[j]):
                at = j + 1
                break
            run = _initials_run(word, long_words, j)
            if run:
                at = run
                break
        else:
            return False
    return True


def _shortens(short: str, long: str) -> bool:
    """One word but for a gender or plural ending ("Supervisor/a", "Supervisora"), or its first
    letters, four at least ("Zoll", "Zollabwicklung")."""
    a, b = (fold(MARKED_ENDING.sub("", word)).strip(",;") for word in (short, long))
    return same_word(short, long) or (len(a) >= 4 and b.startswith(a))


# Small words initials leave out besides the title connectors (tables' `initials_skip_words`).
_INITIALS_SKIP = tables.all_words("initials_skip_words")
_NO_INITIAL = TITLE_CONNECTORS | _INITIALS_SKIP  # joined once, not at each call
_STOP_OR_TITLE_CONNECTORS = STOP | TITLE_CONNECTORS


def _initials_run(acronym: str, words: list[str], start: int) -> int:
    """Where a run of words from `start` ends whose initials, small words left out, spell the
    acronym ("MHR": "Management en Hôtellerie-Restauration"); 0 when none does."""
    if not (len(acronym) >= 2 and acronym.isupper() and acronym.isalpha()):
        return 0
    letters = ""
    for j in range(start, len(words)):
        for part in words[j].split("-"):
            if fold(part) and fold(part) not in _NO_INITIAL:
                letters += fold(part)[0]
        if letters == fold(acronym):
            return j + 1
        if not fold(acronym).startswith(letters):
            return 0
    return 0


def is_whole_title(head: str) -> bool:
    """Whether what two wordings share is a title on its own: a job word, not job and rank words
    alone ("Supervisor/a de Enfermería", not "Senior Analyst"), no connector left at its end."""
    words = head.split()
    return bool(words) and looks_like_role(head) and not only_job_words(head) and (
        fold(words[-1]) not in TITLE_CONNECTORS)


# After a title's words, the body going on with another field: "con carretilla", "in Logistik",
# "de nuit"; a connector, then a word that is no sentence's, article's or term's.
# The connectors are the tables' `goes_on_connectors`, of every language.
_GOES_ON = re.compile(rf"[ \t]+(?:{any_of(tables.all_phrases('goes_on_connectors'))})[ \t]+"
                      r"(?P<w>[^\W\d_][\w'’/-]*)")


def body_words_it_otherwise(role: str, body: str, not_these: set[str] | frozenset[str],
                            phrases: tuple[tuple[int, int], ...]) -> str | None:
    """When the body never writes the role but writes its first words, in a phrase about the post
    applied for, and goes on with others ("el puesto de mozo/a de almacén con carretilla" for the
    subject's "mozo/a de almacén turno noche"), and no other word of the role stands in the body:
    the shared words if they are a whole title, else "". None when the body does not word the role
    otherwise; the same words outside such a phrase describe the one hired or wanted ("a Data
    Analyst with two years of experience"), not the post."""
    words = role.split()
    if len(words) < 2 or whole_word_ends(role, body):
        return None
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        ends = whole_word_ends(head, body)
        if not ends:
            continue
        if any(whole_word_ends(word, body) for word in words[n:] if fold(word) not in _STOP_OR_TITLE_CONNECTORS):
            return None  # the body writes the role's other words too: one wording, written apart
        for end in ends:
            if body[end - len(head):end] != head or not in_a_phrase(end - len(head), phrases):
                continue  # "un residente con más años": a word of the sentence, not the title written so
            found = _GOES_ON.match(body, end)
            if not found:
                continue
            word = fold(found.group("w"))
            if (word in STOP or word in ARTICLES or word in OPENERS or word in GENERIC or is_place(word)
                    or company_keys(found.group("w")) & not_these or same_word(found.group("w"), words[n])):
                continue
            return head if is_whole_title(head) else ""
        return None
    return None


# Capitalised words a subject leaves out of a title ("Summer 2025 Supply Chain Analyst Internship"
# for "Summer 2025 Internship"): at most four, on one line.
_INSERTED = r"(?:[ \t]+[A-ZÀ-Þ][\w&/-]*){1,4}"


def written_in_full(role: str, body: str, language: str, phrases: tuple[tuple[int, int], ...]) -> str:
    """The role as the body writes it with capitalised words inside it, in a phrase about the post
    applied for, where the body never writes it as it stands: the subject's short form of the whole
    title. English and German only, whose titles write every word capitalised; unchanged elsewhere,
    when the body writes it so in more than one way, or outside such a phrase ("I'm Tom, the Sales
    Hiring Manager for this search" is the sender's title, not the "Sales Manager" applied for)."""
    words = role.split()
    if language not in TITLE_CASE_LANGUAGES or len(words) < 2 or len(body) > 20_000 or whole_word_ends(role, body):
        return role
    if not all(word in body for word in words):
        return role  # the pattern below writes each word as it stands: it cannot match
    pattern = r"(?<![\w-])" + re.escape(words[0]) + "".join(
        rf"(?:{_INSERTED})?[ \t]+{re.escape(word)}" for word in words[1:]) + r"(?![\w-])"
    found = {match.group(0) for match in re.finditer(pattern, body) if in_a_phrase(match.start(), phrases)}
    return found.pop() if len(found) == 1 else role
