"""The whole title where the body writes more of it than a phrase caught: the capitalised words in
front of it ("Specialist Clinical Pharmacist"), the field after it ("Lecturer in Environmental
Science") and the small words a subject left out ("Médico General de Urgencias").
"""

from __future__ import annotations

import functools
import re

from onward.drafts.case_blind import lacks_a_word
from onward.drafts.company import is_place
from onward.drafts.company import keys as company_keys
from onward.drafts.lexicon import LEGAL_FORM, ROLE_NOUNS, TITLE_VOCABULARY, fold
from onward.drafts.role_comma import GENDER_MARKER
from onward.drafts.role_shape import names_a_programme
from onward.drafts.role_title import (ARTICLES, GENERIC, GREETINGS, OPENERS, STOP, SUBJECT_FILLER,
                                      TITLE_CONNECTORS, clean_markers, in_a_phrase, lowered, whole_word_ends)



# A capitalised word in front of a title where the body writes it: "Biomedical Engineering
# Internship" for the subject's "Internship", "Specialist Clinical Pharmacist" for "Clinical Pharmacist".
_WORD_BEFORE = re.compile(r"([A-ZÀ-Þ][\w&'’/-]*)[ \t]+$")
# "le poste R-0048812 Ingénieur Méthodes": a requisition number, no word of the title.
_REFERENCE_WORD = re.compile(r"[A-Z]{0,4}-?\d{3,}[\w/-]*")


def with_qualifiers(role: str, body: str, not_these: set[str] | frozenset[str] = frozenset()) -> str:
    """The role with the capitalised words the body writes right in front of it (at most three):
    the whole title, not its head word. Not a sentence's first word, a company, a greeting."""
    words = role.split()
    if not words or len(words) > 5 or not words[0][:1].isupper() or len(body) > 20_000:
        return role
    ends = whole_word_ends(role, body)
    longer = [(end, title) for end in ends for added, title in [_words_in_front(role, body, end, not_these)] if added]
    if not longer:
        return role
    alone = [end for end in ends if _written_alone(role, body, end)]
    # "the Head Concierge role ... a couple of Assistant Head Concierge roles": where the body writes
    # the role alone too, after a lower-case word inside a sentence, it names two posts.
    return _the_post_decided(role, longer[0][1], body, alone, [end for end, _ in longer]) if alone else longer[0][1]


def _sentence_start(body: str, at: int) -> int:
    return max(body.rfind(stop, 0, at) for stop in ".!?\n") + 1


def _the_post_decided(role: str, longer: str, body: str, alone: list[int], longer_ends: list[int]) -> str:
    """Of two posts the body names, the title and a longer one with words in front ("Stock Controller",
    "Senior Stock Controller"), the one its first sentence naming one of them alone names: the mail
    answers the post it opens on ("about the Site Manager role ... a Deputy Site Manager opening").
    A sentence naming both ("for both the Stock Controller and the Senior Stock Controller roles")
    tells none apart; where every sentence names both, which post the decision is on is a guess: ""."""
    named: dict[int, set[str]] = {}
    for title, title_ends in ((role, alone), (longer, longer_ends)):
        for end in title_ends:
            named.setdefault(_sentence_start(body, end - len(role)), set()).add(title)
    return next((titles.pop() for _, titles in sorted(named.items()) if len(titles) == 1), "")


# The start of a line or a sentence, where any word is capitalised.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s*|\n\s*)$")


def _written_alone(role: str, body: str, end: int) -> bool:
    """Whether the body writes the role ending at `end` after a lower-case word or a sign inside a
    sentence ("about the Head Concierge role"): nothing capitalised in front of it that could be the
    title's."""
    start = end - len(role)
    return (start > 0 and not _WORD_BEFORE.search(body, max(0, start - 40), start)
            and not _SENTENCE_START.search(body[max(0, start - 3):start]))


def _words_in_front(role: str, body: str, end: int, not_these: set[str] | frozenset[str]) -> tuple[list[str], str]:
    """The capitalised words the body writes right in front of the role ending at `end` (with_qualifiers),
    and the title with them; ([], role) where it writes none."""
    start = end - len(role)
    added: list[str] = []
    at = start
    while len(added) < 3:
        found = _WORD_BEFORE.search(body, max(0, at - 40), at)
        if not found:
            break
        word = found.group(1)
        folded = fold(word)
        if (folded in OPENERS or folded in STOP or folded in ARTICLES or folded in GREETINGS
                or folded in ROLE_NOUNS or folded in GENERIC or SUBJECT_FILLER.fullmatch(word)
                or company_keys(word) & not_these or _REFERENCE_WORD.fullmatch(word)):
            break
        added.insert(0, word)
        at = found.start(1)
    # A sentence's first word is capitalised whatever it is: only words inside a line count.
    while added and (at == 0 or _SENTENCE_START.search(body[max(0, at - 3):at])):
        at += len(added.pop(0))
        at += len(body[at:]) - len(body[at:].lstrip(" \t"))
    if added and not company_keys(" ".join(added)) & not_these:
        return added, " ".join(added + [body[start:end]])
    return [], role


# What follows a title and belongs to it: "Lecturer in Environmental Science", "Técnico/a en
# Farmacia", "Assistant Professor of Physical Chemistry", "Pflichtpraktikum im Bereich
# Verfahrenstechnik": a connector, then capitalised words. The phrases stop a role at "in"/"en"
# ("Analyst in our team"), which cut such titles to their job word.
# Each language's own ("in München" is a place, "im Bereich Controlling" a field).
_SPECIALTY_CONNECTORS = {
    "en": re.compile(GENDER_MARKER + r"\s+(?:in|of)\s+(?=[A-ZÀ-Þ])"),
    "de": re.compile(GENDER_MARKER + r"\s+(?:im Bereich|f[üu]r)\s+(?=[A-ZÀ-Þ])"),
    "fr": re.compile(GENDER_MARKER + r"\s+(?:en|de|d['’]|des|du)\s*(?=[A-ZÀ-Þ])"),
    # "Tecnólogo Médico con mención en Imagenología": the specialty a Spanish title names so.
    "es": re.compile(GENDER_MARKER + r"\s+(?:con menci[óo]n en|en|de|del)\s+(?=[A-ZÀ-Þ])"),
}
_SPECIALTY_WORD = re.compile(r"[A-ZÀ-Þ][\w&'’/-]*")
_SPECIALTY_JOIN = {"and", "&", "y", "et", "und", "de", "del", "of", "du", "des"}
_NO_SPECIALTY_AFTER = TITLE_CONNECTORS | _SPECIALTY_JOIN  # joined once, not at each call


def with_specialty(role: str, body: str, not_these: set[str] | frozenset[str] = frozenset(),
                   language: str = "en") -> str:
    """The role with the field the body names right after it, capitalised, when the body writes
    the role so; unchanged otherwise. Never adds the company's name or more than four words."""
    words = role.split()
    if not words or len(words) > 5 or fold(words[-1]) in _NO_SPECIALTY_AFTER or len(body) > 20_000:
        return role
    for end in whole_word_ends(role, body):
        connector = _SPECIALTY_CONNECTORS.get(language, _SPECIALTY_CONNECTORS["en"]).match(body, end)
        if not connector:
            continue
        added: list[str] = []
        at = connector.end()
        while len([w for w in added if w not in _SPECIALTY_JOIN]) < 4:
            word = _SPECIALTY_WORD.match(body, at)
            if word:
                added.append(word.group(0))
                at = word.end()
            join = re.match(r"[ \t]+(\S+)[ \t]+(?=[A-ZÀ-Þ])", body[at:at + 20])
            if word and join and fold(join.group(1)) in _SPECIALTY_JOIN:
                added.append(join.group(1))
                at += join.end()
                continue
            if not word or not re.match(r"[ \t]+[A-ZÀ-Þ]", body[at:at + 3]):
                break
            at += len(body[at:at + 3]) - len(body[at:at + 3].lstrip(" \t"))
        while added and added[-1] in _SPECIALTY_JOIN:
            added.pop()
        if not added or any(company_keys(w) & not_these for w in added) or company_keys(" ".join(added)) & not_these:
            return role
        if any(fold(w) in OPENERS or fold(w) in STOP for w in added):
            return role
        if _a_firm_s_name(added, body[at:at + 12]) or _a_programme_s_place(words, body[end:connector.end()], added):
            return role
        return clean_markers(f"{role}{body[end:connector.end()]}{' '.join(added)}".replace("\n", " "))
    return role


def _a_programme_s_place(words: list[str], connector: str, added: list[str]) -> bool:
    """ "Summer Associate Program in Washington": a programme, then "in"/"en" and one word that names
    no field the tables know (`field_words`, `title_vocabulary`): where the programme is held, not
    what it is in ("Graduate Program in Finance", "programa de prácticas en Auditoría" keep theirs)."""
    if len(added) != 1 or fold(connector.strip()) not in {"in", "en"}:
        return False
    # A well-known town after any title is where it is ("Jefe de Almacén en Tegucigalpa").
    return is_place(added[0]) or (names_a_programme(words[-1]) and fold(added[0]) not in TITLE_VOCABULARY)


# A legal form after a blank, written with its capital ("S.A.", "GmbH"): compiled once, not each call.
_CAPITALISED_LEGAL_FORM = re.compile(rf"\s(?=(?-i:[A-ZÀ-Þ]))(?:{LEGAL_FORM.pattern})(?!\w)", re.IGNORECASE)


def _a_firm_s_name(added: list[str], after: str) -> bool:
    """ "Actuario/a Senior en Seguros Austral S.A.": the words after the connector end in a legal
    form, so they are the employer's name, not the title's field."""
    name = " ".join(added) + after
    return bool(_CAPITALISED_LEGAL_FORM.search(name))


# for "Médico General de Urgencias", "Associate Corporate/M&A" for "Associate (m/w/d) im Bereich
# Corporate/M&A".
_LEFT_OUT = (r"(?:\s+(?:de|del|de la|en|of|in|im|für|du|des|d['’]|la|el|der|bereich|"
             r"\((?:[mwdfhx]\s*/\s*)+[mwdfhx]\)|[mwdfhx]/[mwdfhx](?:/[mwdfhx])?))")


def as_the_body_writes_it(role: str, body: str) -> str:
    """The role with the small words the body writes between its words, when the body writes it
    so: a title shortened in a subject reads wrong ("Médico General Urgencias")."""
    words = role.split()
    lower = lowered(body)
    if len(words) < 2 or len(body) > 20_000 or role.lower() in lower:
        return role  # one word, or the body writes it so already
    first = words[0].lower()
    start = lower.find(first)
    if start < 0:
        return role  # the first word is nowhere: most bodies, for which no pattern is compiled
    if lacks_a_word(body, words[1:]):
        return role  # nor is a later word anywhere: the pattern, costly to compile, would find nothing
    pattern = _with_words_left_out(tuple(words))
    while start >= 0:  # tried only where the first word stands: the pattern is slow to scan with
        found = pattern.match(body, start)
        if found and (start == 0 or not body[start - 1].isalnum()):
            if len(found.group(0).split()) == len(words):
                return role
            return re.sub(r"\s+", " ", clean_markers(found.group(0))).strip()
        start = lower.find(first, start + 1)
    return role


@functools.lru_cache(maxsize=64)
def _with_words_left_out(words: tuple[str, ...]) -> re.Pattern:
    """The role's words with up to three small words between each two (as_the_body_writes_it)."""
    return re.compile(r"".join(re.escape(w) + (_LEFT_OUT + r"{0,3}\s+" if i < len(words) - 1 else "")
                               for i, w in enumerate(words)) + r"(?!\w)", re.IGNORECASE)


# A word that ends in another, with letters in front of it: "Schülerpraktikum" for "Praktikum".
_WORD = re.compile(r"[^\W\d_]+")


def as_the_compound_written(role: str, body: str, phrases: tuple[tuple[int, int], ...]) -> str:
    """A one-word role that the body writes only as the end of one longer word, in a phrase about the
    post applied for ("Praktikum" of the subject, "Bewerbung für das Schülerpraktikum" of the body):
    that compound, as the body writes it, is the title. Unchanged when the body writes the role
    alone, or more than one such compound, or the compound elsewhere: "für einen Softwareentwickler
    mit mehr Erfahrung", "unser Personalberater" name the one hired, the reviewer."""
    if len(role.split()) != 1 or not role.isalpha() or len(body) > 20_000 or whole_word_ends(role, body):
        return role
    tail = role.lower()
    compounds = {word.group() for word in _WORD.finditer(body)
                 if word.group().lower().endswith(tail) and len(word.group()) >= len(role) + 3
                 and word.group()[:1].isupper() and in_a_phrase(word.start(), phrases)}
    return compounds.pop() if len(compounds) == 1 else role
