"""What a role candidate's mail says against it that its own look does not: the confidence model's
ROLE_SCHEME_FEATURES (drafts/fact_model.py).

A new round's wrong roles came with high confidence: a scheme's name or its season taken for the
title ("Pflichtpraktikum Sommersemester", "alternance Assistant(e) Juridique"), a title cut short
where the mail goes on ("Tecnólogo Médico" of "... con mención en Imagenología"), the client's name
read as the role in an agency's mail ("Aseguradora Cantábrica"), a subject that names another
role than the body ("Trainee Solicitor" / "a Training Contract"), a post the mail suggests
instead of the programme applied to. Each is read from what the rules know, in any language: the
word lists are the language tables' (drafts/lexicon.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from onward.drafts import tables
from onward.drafts.company_keys import key as company_key
from onward.drafts.lexicon import INTAKE_WORDS, LEGAL_FORM, NOT_NAMES, PROGRAMME_WORDS, ROLE_NOUNS, fold
from onward.drafts.role import RoleReading, post_phrases, choose_role  # where the body names the post
from onward.drafts.role_title import lowered
from onward.drafts.role_wordings import written_within
from onward.drafts.subjects import topic

ROLE_SCHEME_FEATURES = ("a scheme's, term's or contract's word or a slash at its edge", "the mail writes it longer",
                        "an organisation's name", "the subject and the body name another role",
                        "the application names a programme, not it")

_WORD = re.compile(r"\w+")
# A scheme's words, whole ("Summer", "alternance") or closing a compound ("Pflichtpraktikum",
# "Traineeprogramms"): the short ones ("vie", "term", "été") only whole.
_SCHEME_WORDS = PROGRAMME_WORDS | INTAKE_WORDS


def _endings(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(w for w in words if len(w) >= 6 and " " not in w)


_SCHEME_ENDINGS, _PROGRAMME_ENDINGS = _endings(_SCHEME_WORDS), _endings(PROGRAMME_WORDS)
# What may be cut off a role's edge: a slash or a dash with nothing after it ("Sachbearbeiterin /").
_LOOSE_EDGE = "/-–—"


def role_scheme_risk(role: str, subject: str, body: str, language: str,
                     organisations: Sequence[str] = (), reading: RoleReading | None = None) -> list[float]:
    """ROLE_SCHEME_FEATURES of the role candidate `role`; `organisations` are the names the mail
    gives its sender and employer (the company candidates, the sender's display name, its domain's
    labels); `reading` the mail's readings of the role (RoleEvidence.reading), when it has them."""
    return [float(at_a_schemes_edge(role)), float(written_longer(role, body, language)),
            float(an_organisations_name(role, organisations)),
            float(subject_and_body_differ(role, subject, body, language, reading)),
            float(applies_to_a_programme(role, subject, body))]


def scheme_word(word: str, programme_only: bool = False) -> bool:
    """A folded word is a programme's, an intake's or a contract's (a programme's only, if asked),
    or a compound ending in one, a genitive's "s" after it allowed ("Traineeprogramms"); never a
    longer word that starts so ("Programmer")."""
    words, endings = (PROGRAMME_WORDS, _PROGRAMME_ENDINGS) if programme_only else (_SCHEME_WORDS, _SCHEME_ENDINGS)
    return word in words or (len(word) > 8 and (word.endswith(endings) or word[:-1].endswith(endings)
                                                and word.endswith("s")))


def at_a_schemes_edge(role: str) -> bool:
    """The first or last word of the role is a scheme's, a season's or a contract's ("alternance
    Assistant(e)", "Pflichtpraktikum Sommersemester", "Summer Product Internship"), or the role
    begins or ends with a slash or a dash: the scheme's name, or a title cut at its gender part."""
    stripped = role.strip()
    if not stripped:
        return False
    if stripped[0] in _LOOSE_EDGE or stripped[-1] in _LOOSE_EDGE:
        return True
    words = _WORD.findall(fold(stripped))
    return bool(words) and (scheme_word(words[0]) or scheme_word(words[-1]))


@functools.cache
def _sentence_words() -> frozenset[str]:
    """Words that end a title where they follow it: any language's function words and
    determiners ("nuestra", "unsere"), and the words for the post ("position", "Stelle")."""
    return frozenset(fold(w) for w in tables.all_words("stopwords")) | NOT_NAMES | ROLE_NOUNS


@functools.cache
def _word_after() -> re.Pattern:
    """A word after the role, right after it or after a connector ("con mención")."""
    connectors = "|".join(sorted((re.escape(c) for c in tables.all_phrases("goes_on_connectors")),
                                 key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:(?:{connectors})[ \t]+)?([^\W\d_][\w-]*)(?!['’])", re.IGNORECASE)


def written_longer(role: str, body: str, language: str) -> bool:
    """Where the body's phrase about the post writes the role ("au poste de X", "el cargo de X"), a
    title's word follows it in that phrase, right after it or after a connector ("crèche |
    municipale", "Tecnólogo Médico | con mención"): the candidate is a cut of a longer title. A
    sentence's word ("en nuestra planta"), a word for the post ("position"), a capitalised word (a
    place, a name) or punctuation is no sign."""
    if len(role) < 3:
        return False
    after = _word_after()
    folded_role = role.lower()
    for start, end in post_phrases(body, language):
        at = lowered(body).find(folded_role, start, end)
        if at < 0 or (at + len(role) < len(body) and (body[at + len(role)].isalnum() or body[at + len(role)] == "_")):
            continue
        found = after.match(body, at + len(role))
        if found and found.group(1)[:1].islower() and fold(found.group(1)) not in _sentence_words():
            return True
    return False


def an_organisations_name(role: str, organisations: Sequence[str]) -> bool:
    """The role is a name the mail gives an organisation (a company candidate, the sender's display
    name, a domain's label), or ends with a legal form: the client an agency names ("Aseguradora
    Cantábrica"), not a title. (Holding such a name was tried too: company candidates often hold
    a title, "Candidature Conducteur SPL", and it fired as often on right roles as on wrong ones.)"""
    words = role.split()
    if words and LEGAL_FORM.fullmatch(words[-1].strip(",.")) and len(words) >= 2:
        return True
    role_key = company_key(role)
    return len(role_key) >= 4 and any(company_key(o) == role_key for o in organisations if o)


def subject_and_body_differ(role: str, subject: str, body: str, language: str,
                            reading: RoleReading | None = None) -> bool:
    """The subject alone and the body alone each name a role, and neither holds the other: the
    mail words what was applied for in two ways, and which the writer meant is a guess."""
    if not role or not subject or not body:
        return False
    from_subject = choose_role("", subject, language, set(), reading)[0]
    if not from_subject:
        return False  # before the body's reading: the dearer one, for a long body
    from_body = choose_role(body, "", language, set(), reading)[0]
    if not from_body:
        return False
    return not (written_within(from_subject, from_body) or written_within(from_body, from_subject)
                or fold(from_subject) in fold(from_body) or fold(from_body) in fold(from_subject))


def applies_to_a_programme(role: str, subject: str, body: str) -> bool:
    """The subject or the mail's opening (where it says what was applied for) names a programme
    ("Traineeprogramm", "Graduate Scheme", "programa de becas") while the role has none of its
    words: a post the mail suggests instead, or the scheme's unit, not what was applied for."""
    if not role or any(scheme_word(w) for w in _WORD.findall(fold(role))):
        return False
    words = _WORD.findall(fold(f"{topic(subject)}\n{body[:400]}"))
    # scheme_word's two tests, the set's for all the words at once: a compound is a long word.
    return not PROGRAMME_WORDS.isdisjoint(words) or any(
        len(w) > 8 and scheme_word(w, programme_only=True) for w in words)
