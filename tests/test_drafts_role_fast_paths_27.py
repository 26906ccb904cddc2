"""The role's fast paths of session 26 give exactly what the general code gives (issue 17: a
rejection read for its draft in 1 ms at most).

- `role._patterns`' first words: a phrase is tried only where one of them starts; every match of
  the phrase starts so, in any case and look-alike letter re's IGNORECASE takes, and the matches
  found so are finditer's. Every phrase of the table, in every language, is held to the first words
  its own source opens with: a phrase edited without its first words fails here, not in a reading.
- `role_other_application`'s clause start, looked for backwards from the title: where the pattern
  anchored at the title found it.
- `role_title.whole_word_ends` and `role_subject.subject_segments`, kept for the last few texts:
  the same answers, asked in any order.
The whole readings before and after: bench/record_identity.py --dump / --against, and
bench/worker_cost.py --against.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from onward.drafts import role, role_other_application, role_subject, role_title
from tests.support.letter_case import any_case

# The words the phrases about the post are made of and start with, with titles and punctuation between them.
_PHRASE_PIECES = st.sampled_from([
    "for the position of", "to the role of", "in the post of", "the", "our", "your", "this", "position", "role",
    "opening", "job", "post", "applying", "application", "candidacy", "interest", "interviewing", "for", "as",
    "as an", "to be a", "at", "with", "job title", "poste", "stelle", "puesto", "posición", "vacante", "rol",
    "plaza", ":", "Bewerbung", "beworben", "Interesse", "dich", "Einstieg", "als", "die Stelle", "der Position",
    "unsere Rolle", "zur", "zum", "für die", "fur die", "auf die", "rôle", "emploi", "offre", "stage",
    "alternance", "de", "d'", "postulé", "candidature", "pour", "au", "chez", "au sein", "oferta", "cargo",
    "candidatura", "postulación", "solicitud", "presentarte", "postulaste", "aplicaste", "aplicar", "para",
    "el", "en", "proceso", "en el que", "como", "Data Analyst", "Referent/in", "Chargé(e)", "Jefa de Tienda",
    " ", "\n", ". ", ", ", "wo du ",
])

_LANGUAGES = st.sampled_from(["en", "de", "fr", "es"])


def _lowered(text: str) -> str:
    return text.lower().replace("ı", "i").replace("ſ", "s")


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PHRASE_PIECES.flatmap(any_case), max_size=10).map(" ".join), _LANGUAGES)
@example("Thank you for applying for the Data Analyst position.", "en")
@example("YOUR DATA ANALYST APPLİCATİON", "en")
@example("au poſte de Chargé de communication", "fr")
@example("FÜR DIE Buchhalter-Stelle", "de")
def test_a_phrase_matches_only_where_its_first_words_are(text, language):
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return  # read by finditer itself
    for pattern, _, _, starts in role._patterns(language):
        for match in pattern.finditer(text):
            assert lowered.startswith(starts, match.start()), (pattern.pattern[:60], text, match.start())


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PHRASE_PIECES.flatmap(any_case), max_size=12).map(" ".join), _LANGUAGES)
@example("Thank you for your interest in the Data Analyst role and the QA role at Acme.", "en")
@example("Ihre Bewerbung als Aktuar, als Referent/in Presse", "de")
@example("YOUR DATA ANALYST APPLİCATİON for the İnterim role", "en")
def test_the_post_matches_are_finditer_s(text, language):
    each = [(m.span(), m.groupdict(), w) for p, w, cues, _ in role._patterns(language)
            if all(any(cue in role._cue_text(text) for cue in group) for group in cues) for m in p.finditer(text)]
    assert [(m.span(), m.groupdict(), w) for m, w in role._post_matches.__wrapped__(text, language)] == each


def _written_out(source: str, i: int) -> tuple[set[str], int]:
    r"""The texts a piece of a phrase's source matches, from `i` to its group's ")": alternatives,
    "(?:...)" groups, "[óo]" classes and "?", "*", "+" written out, "\b" dropped, "\s" as a space or
    a line break (a phrase's first words hold only what letters.find finds)."""
    alternatives: set[str] = set()
    texts = {""}
    while i < len(source) and source[i] != ")":
        if source[i] == "|":
            alternatives, texts, i = alternatives | texts, {""}, i + 1
            continue
        if source.startswith("(?:", i):
            piece, i = _written_out(source, i + 3)
            i += 1
        elif source[i] == "[":
            letters = source[i + 1:source.index("]", i)]
            assert not set(letters) & set("^-\\"), letters  # a range or a negated class: not read here
            piece, i = set(letters), i + len(letters) + 2
        elif source[i] == "\\":
            assert source[i + 1] in "bs" or not source[i + 1].isalnum(), source[i:i + 20]  # \w, \d: not read
            piece, i = {"b": {""}, "s": {" ", "\n"}}.get(source[i + 1], {source[i + 1]}), i + 2
        else:
            assert source[i] not in "(.{^$", source[i:i + 20]  # a shape this reading does not know
            piece, i = {source[i]}, i + 1
        if i < len(source) and source[i] in "?*+":
            twice = {a + b for a in piece for b in piece}
            piece = piece | twice | ({""} if source[i] != "+" else set())
            i += 1
        assert i >= len(source) or source[i] != "{", source[i - 20:i + 1]
        texts = {a + b for a in texts for b in piece}
    return alternatives | texts, i


def _first_words_written(source: str) -> set[str]:
    """What every match of a phrase starts with: its opening "(?i:...)" group (or that of the
    lookahead it opens with) written out, lower-cased. The phrase holds no "|" outside a group."""
    depth, at = 0, 0
    while at < len(source):  # no alternative outside a group: every match starts with the opening
        depth += {"(": 1, ")": -1}.get(source[at], 0) if source[at - 1:at] != "\\" else 0
        assert not (depth == 0 and source[at] == "|" and source[at - 1:at] != "\\"), source[:60]
        at = source.index("]", at) + 1 if source[at] == "[" and source[at - 1:at] != "\\" else at + 1
    opening = 3 if source.startswith("(?=") else 0
    assert source.startswith("(?i:", opening), source[:60]
    texts, end = _written_out(source, opening + 4)
    assert source[end + 1:end + 2] not in ("?", "*", "{"), source[:60]  # the opening itself optional
    return {text.lower() for text in texts}


@pytest.mark.parametrize("language", sorted(p.stem for p in Path(role.__file__).with_name("languages").glob("*.toml")))
def test_every_phrase_s_first_words_are_those_its_source_starts_with(language):
    """Every phrase of the table, in every language: a word the phrase opens with and its first words
    lack would lose the phrase's matches there, silently; a first word it never opens with is a slip."""
    for pattern, _, _, starts in role._patterns(language):
        written = _first_words_written(pattern.pattern)
        missed = sorted(text for text in written if not text.startswith(starts))
        assert not missed, (pattern.pattern[:60], starts, missed)
        assert all(any(text.startswith(start) for text in written) for start in starts), (pattern.pattern[:60], starts)


_CLAUSE_START = re.compile(r"[.!?\n,;:][^.!?\n,;:]*$")  # the pattern it was found by


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab .!?\n,;:\r\t", max_size=16), st.data())
@example("for the\nData Analyst", None)
@example("\n", None)
def test_the_clause_starts_where_the_pattern_found_it(text, data):
    for at in range(len(text) + 1) if data is None else [data.draw(st.integers(0, len(text)))]:
        found = _CLAUSE_START.search(text, 0, at)
        assert role_other_application._clause_start(text, at) == (found.start() + 1 if found else 0)


_TITLES = st.sampled_from(["Data Analyst", "data analyst", "Analyst", "QA", "Aktuar", "Straße", "İnterim", ""])
_BODIES = st.lists(st.sampled_from(["Data Analyst", "DATA ANALYST", "Analysts", "the", "QA-Tester", "Aktuar",
                                    "STRASSE", "İnterim", "interim", ",", "\n", "_QA"]), max_size=8).map(" ".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(_TITLES, _BODIES), min_size=1, max_size=6))
def test_the_whole_word_ends_kept_are_the_ends_found(asks):
    for title, body in asks:
        assert role_title.whole_word_ends(title, body) == _whole_word_ends(title, body)


def _whole_word_ends(role: str, body: str) -> tuple[int, ...]:
    """whole_word_ends as it was, lowering the body for every title and keeping nothing."""
    lower, needle = body.lower(), role.lower()
    if not needle or len(lower) != len(body) or len(needle) != len(role):
        return tuple(m.end() for m in re.finditer(rf"(?<![\w]){re.escape(role)}(?![\w])", body, re.IGNORECASE))
    ends, at = [], lower.find(needle)
    while at >= 0:
        end = at + len(needle)
        if (at and (body[at - 1].isalnum() or body[at - 1] == "_")) or (
                end < len(body) and (body[end].isalnum() or body[end] == "_")):
            at = lower.find(needle, at + 1)
        else:
            ends.append(end)
            at = lower.find(needle, end)
    return tuple(ends)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Re: Data Analyst – Acme", "Ihre Bewerbung: Aktuar", "Q9 Systems | QA Engineer",
                                 "Candidature stage en actuariat", ""]), min_size=1, max_size=6))
def test_a_subject_s_segments_kept_are_a_fresh_cut(subjects):
    for subject in subjects:
        segments = role_subject.subject_segments(subject)
        segments.append("changed by a caller")  # the list handed out is the caller's own
        assert role_subject.subject_segments(subject) == list(role_subject._segments.__wrapped__(subject))
