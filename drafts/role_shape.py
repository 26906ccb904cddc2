"""Whether a phrase a rule caught has the shape of one job title: not a list or a clause ("group
exercise, written task and partner"), not alternatives ("Manager o Senior Manager"), not a
reference's abbreviation ("Nr"), not half of a pair of declined words ("Beamtin/eines Beamten");
and whether a role joins two posts the mail names apart ("Médico Cirujano y Médico Especialista").
"""

from __future__ import annotations

import functools
import re

from onward.drafts import tables
from onward.drafts.company import is_place, names_organisation
from onward.drafts.company import keys as company_keys
from onward.drafts.lexicon import PROGRAMME_WORDS, ROLE_NOUNS, fold
from onward.drafts.role_comma import field_word
from onward.drafts.role_title import (ARTICLES, CONJUNCTIONS, GENERIC, JOINING, OPENERS, STOP, TITLE_CONNECTORS,
                                      job_word, looks_like_role, only_a_status, whole_word_ends)

# "Manager o Senior Manager", "Analyst or Associate": a choice between titles is no one title.
_ALTERNATIVES = {"or", "o", "ou", "oder"}
# "Stellenausschreibung Nr. 41/2026": the abbreviation a reference number is written after.
_REFERENCE_WORDS = tables.all_words("reference_words")
# English and German write a title's words capitalised: a comma then a lower-case word is a list
# or the sentence going on ("group exercise, written task and partner").
_COMMA_THEN_LOWER = re.compile(r",\s*[a-zäöüß]")
_TITLE_CASE = {"en", "de"}


def reads_as_title(role: str, language: str) -> bool:
    """Whether the phrase can be one title: brackets closed, no alternatives, no list or clause
    after a comma (English, German), no declined article after a slash, not a reference's
    abbreviation alone."""
    words = role.split()
    if not words or role.count("(") != role.count(")"):
        return False
    folded = [fold(w.strip(",.")) for w in words]
    if any(w in _ALTERNATIVES for w in folded[1:-1]):
        return False
    if language in _TITLE_CASE and _COMMA_THEN_LOWER.search(role):
        return False
    # "Beamtin/eines Beamten": a slash between declined phrases, not an inclusive ending ("Técnico/a").
    if any(len(part) >= 3 and part in STOP for w in folded for part in w.split("/")[1:]):
        return False
    if tables.table(language).get("nouns_capitalised") and _sentence_words(words, language):
        return False
    return not (len(words) == 1 and folded[0] in _REFERENCE_WORDS)


def _lower(word: str) -> bool:
    return word.isalpha() and word.islower()


def _sentence_words(words: list[str], language: str) -> bool:
    """In a language that writes every noun capitalised (tables' `nouns_capitalised`), whether the
    words are a sentence's, not a title: a title opens with a noun, or with describing words
    right before one ("studentische Hilfskraft"), not with a verb or a small word ("läuft bis Ende
    Januar", "mit einem internen Bewerber", "aber schon"), and, so opened, ends in a noun, not in a
    lower-case word ("hervorragenden Kandidaten erlebt", "Bewerbungen erhalten")."""
    if _lower(words[-1]):
        return True  # what without_lower_case_tail left: no title before the sentence's words
    if not _lower(words[0]):
        return False
    return fold(words[0]) in _small_words(language) or len(words) == 1 or not words[1][:1].isupper()


@functools.lru_cache(maxsize=8)
def _small_words(language: str) -> frozenset[str]:
    """Articles, prepositions, pronouns: every language's and this one's (built once per language)."""
    return frozenset(STOP) | tables.words(language, "stopwords")


def without_lower_case_tail(role: str, language: str) -> str:
    """ "Schadenregulierer Kfz informieren" -> "Schadenregulierer Kfz": in a language that writes every
    noun capitalised, a title opening with one ends in one; the lower-case words after the last are
    the sentence going on ("... (m/w/d) informieren", a gender marker taken out before)."""
    words = role.split()
    if not (words and tables.table(language).get("nouns_capitalised") and words[0][:1].isupper()):
        return role
    head = list(words)
    while len(head) > 1 and _lower(head[-1]):
        head.pop()
    # One noun left is a title only with a job word ("Bewerbungen erhalten" is no "Bewerbungen").
    return " ".join(head) if len(head) > 1 or looks_like_role(head[0]) else role


_JOINED = re.compile(r"\s+(?:and|y|et|und|&)\s+")


def names_two_posts(role: str, body: str) -> bool:
    """Whether the role is two titles joined ("Médico Cirujano y Médico Especialista en Medicina
    Interna") that the body also names each on its own: two posts, of which the mail does not say
    which one this is about. One title with a conjunction ("Gerente de Alimentos y Bebidas") has no
    second job word, or is never written apart."""
    parts = _JOINED.split(role)
    if len(parts) != 2 or not all(looks_like_role(p) and p[:1].isupper() for p in parts):
        return False
    return all(_written_alone(part, role, body) for part in parts)


def _written_alone(part: str, role: str, body: str) -> bool:
    """Whether the body writes the part somewhere outside the joined role."""
    joined = {end - len(role) + offset for end in whole_word_ends(role, body)
              for offset in (len(part), len(role))}
    return any(end not in joined for end in whole_word_ends(part, body))


# "barista au Café Ristretto de la Croix-Rousse", "Koch bei Gasthaus Adler": the connector and a
# capitalised name say where the job is, not which one (French fields go on in lower case: "à la
# clientèle"; German ones with "im", "für").
_WORKPLACE_AFTER = {
    "fr": re.compile(r"^(?P<head>.+?)[ \t]+(?:au|aux|à|chez)[ \t]+(?=[A-ZÀ-Þ])"),
    "de": re.compile(r"^(?P<head>.+?)[ \t]+(?:bei|beim)[ \t]+(?=[A-ZÀ-ÞÄÖÜ])"),
}


def without_workplace(role: str, language: str) -> str:
    """The title without the workplace the mail names after it, when the rest is a title."""
    found = _WORKPLACE_AFTER.get(language, _NO_MATCH).match(role)
    if found and looks_like_role(found.group("head")):
        return found.group("head")
    return role


_NO_MATCH = re.compile(r"(?!)")


# "Sommelier y Guía de Turismo Enológico", "Brauer und Mälzer", "Directeur Administratif et
# Financier": a conjunction and capitalised words that carry one title on.
_JOINED_AFTER = re.compile(r"[ \t]+(?P<c>and|y|et|und|&)[ \t]+(?P<w>[A-ZÀ-Þ][\w'’/-]*(?:[ \t]+(?:(?:de|del|of|des|du|"
                           r"für|la)[ \t]+)?[A-ZÀ-Þ][\w'’/-]*){0,3})(?![\w'’/-])")


_BRACKET_AFTER = re.compile(r"[ \t]*\(")


def with_joined_part(role: str, body: str, language: str, not_these: set[str] | frozenset[str]) -> str:
    """The role with the part the body joins to it by a conjunction, when that part carries a
    field on ("Alimentos y Bebidas") or, after a job word, names one (`field_words`: "Sommelier y
    Guía de Turismo") or is closed by a bracket with it; and when it is no title of its own ("Data Analyst and Data Engineer", "Editor/a y Coordinador/a de Contenidos" are two
    posts), no workplace, and the body never writes it apart."""
    for end in whole_word_ends(role, body) if role else ():
        found = _JOINED_AFTER.match(body, end)
        if not found:
            continue
        part = found.group("w")
        words = part.split()
        folded = [fold(w) for w in words]
        # A title's head word: first in French and Spanish, last in English and German.
        head = words[-1] if language in {"en", "de"} else words[0]
        # Right after a job word ("Store Manager and Deputy") the conjunction starts a second post
        # or a clause, unless the part names a field ("Sommelier y Guía de Turismo") or a bracket
        # after both parts closes them as one title ("Brauer und Mälzer (m/w/d)"). After a field's
        # word it goes on with the field ("Gerente de Alimentos y Bebidas", "Física y Química").
        if job_word(role.split()[-1]) and not (any(field_word(w) for w in folded)
                                               or _BRACKET_AFTER.match(body, found.end())):
            return role
        if (job_word(head) or any(w in STOP or is_place(w) for w in folded) or names_organisation(part)
                or company_keys(part) & not_these or any(c.isdigit() for c in part)):
            return role
        joined = body[end - len(role):found.end()]
        if all(at in {e - len(joined) + len(joined) for e in whole_word_ends(joined, body)}
               for at in whole_word_ends(part, body)):
            return f"{role} {found.group('c')} {part}"
    return role


_LETTERS = re.compile(r"[^\W\d_]+")
# The programme words of several words, and the endings of a compound a long one makes ("-praktikum"):
# gathered once, not for each word of each text.
_PROGRAMME_PHRASES = tuple(p for p in PROGRAMME_WORDS if " " in p)
_PROGRAMME_ENDINGS = tuple(ending for p in PROGRAMME_WORDS if len(p) >= 6 for ending in (p, p + "s"))


def names_a_programme(text: str) -> bool:
    """Whether the text holds a word of a scheme one applies to rather than a post (the tables'
    `programme_words`), alone or ending a compound ("Traineeprogramms", "Pflichtpraktikum",
    "programa de prácticas")."""
    folded = fold(text)
    words = _LETTERS.findall(folded)
    spaced = f" {' '.join(words)} "
    return any(f" {p} " in spaced for p in _PROGRAMME_PHRASES) or any(
        word in PROGRAMME_WORDS or word.endswith(_PROGRAMME_ENDINGS) for word in words)


def another_post_than_the_programme(role: str, subject: str) -> bool:
    """Whether the subject names a programme applied to ("Ihre Bewerbung für das Traineeprogramm
    Technik & Produktion 2027") while the role is no programme and the subject does not write it:
    the body's title is another post it mentions ("unsere Direkteinstiegspositionen ... etwa als
    Junior Prozessingenieur"), not the one applied for."""
    return bool(role) and names_a_programme(subject) and not names_a_programme(role) and not whole_word_ends(
        role, subject)


# The word after a role, and the words that do not carry a title on: a sentence's, a connector, the
# noun for the opening or the scheme, a season ("Werkstudent in München", "an Apprentice this year",
# "postdoc position", "our Apprentice programme", "an Intern at our Leeds office"). Of the tables'
# stopwords, not those that join a title's parts ("stagiaire en comptabilité", "becario del área").
_NEXT_WORD = re.compile(r"[ \t]+(?P<w>[^\W\d_][\w'’/-]*)")
_NOT_CARRYING_ON = (STOP | ARTICLES | OPENERS | GENERIC | ROLE_NOUNS | CONJUNCTIONS | TITLE_CONNECTORS
                    | PROGRAMME_WORDS | tables.all_words("season_words") | (tables.all_words("stopwords") - JOINING))


def _a_trade_follows(text: str, at: int, language: str) -> bool:
    """Whether a capitalised word follows that names no time: the trade ("zur Kauffrau"), not a date
    ("zum 1. März"), the sentence ("zum nächstmöglichen Termin") nor a start or a term, which German
    writes capitalised too ("zum Herbst", "zum Ausbildungsjahr 2027": tables' `start_words`,
    `season_words`, `intake_words`)."""
    found = _NEXT_WORD.match(text, at)
    if found is None or not found.group("w")[:1].isupper():
        return False
    return fold(found.group("w")) not in _time_words(language)


@functools.lru_cache(maxsize=8)
def _time_words(language: str) -> frozenset[str]:
    """The language's words of a start, a season or an intake (built once per language)."""
    return (tables.words(language, "start_words") | tables.words(language, "season_words")
            | tables.words(language, "intake_words"))


def a_status_cut_short(role: str, texts: tuple[str, ...], language: str) -> bool:
    """Whether the role is a word of the kind of contract alone ("Apprentice") that the mail writes
    with more of the title after it ("Re: Apprentice joiner"): the status, not the post. In a language
    that writes every noun capitalised (tables' `nouns_capitalised`), a lower-case word after it is
    the sentence's ("als Praktikant ab März", "als Praktikantin hat uns gefreut"), no more of a title;
    a connector to a trade (tables' `trade_connectors`: "als Auszubildende zur Kauffrau") leads to it."""
    if not only_a_status(role):
        return False
    lower_case_ends_it = bool(tables.table(language).get("nouns_capitalised"))
    trade_connectors = tables.words(language, "trade_connectors")
    for text in texts:
        for end in whole_word_ends(role, text):
            found = _NEXT_WORD.match(text, end)
            if found and fold(found.group("w")) in trade_connectors and _a_trade_follows(text, found.end(), language):
                return True  # "als Auszubildende zur Kauffrau für Büromanagement": the trade is the title
            if not found or fold(found.group("w")) in _NOT_CARRYING_ON:
                continue
            if not (lower_case_ends_it and found.group("w")[:1].islower()):
                return True
    return False
