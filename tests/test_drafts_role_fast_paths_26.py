"""The role's fast paths of session 25 give exactly what the general code gives (issue 17: a
rejection read for its draft in 1 ms at most).

- `role._patterns`' cue words: a phrase about the post is tried only where its cues are; every text
  the phrase matches holds them, in any case and look-alike letter re's IGNORECASE takes.
- `role.RoleReading`: one mail's readings share their captures' judgements and the subject's cut;
  the same role, weight and rivals as a reading made afresh for each ask, for any names set aside.
- `role_title.unbracket_endings` and `role._without_inner_brackets` run their patterns only where
  a bracket or ":in" is: the same text as running them always.
- `fact_role_risk.applies_to_a_programme` tests the programme words as a set: the same answer as
  testing each word.
The whole readings before and after: bench/record_identity.py --dump / --against, and
bench/worker_cost.py --against.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings, strategies as st

from onward.drafts import fact_role_risk, role, role_internship, role_title
from onward.drafts.lexicon import fold
from onward.drafts.subjects import topic
from tests.support.letter_case import any_case

# The words the phrases about the post are made of, with titles, names and punctuation between them.
_PHRASE_PIECES = st.sampled_from([
    "for the position of", "to the role of", "in the post of", "of the job of", "the", "our", "your", "this",
    "position", "role", "opening", "vacancy", "job", "post", "applying", "application", "applied", "candidacy",
    "interest", "interviewing", "for", "as", "as an", "to be a", "at", "with", "job title", "title", "poste",
    "stelle", "puesto", "posición", "posicion", "vacante", "rol", "plaza", ":", "Bewerbung", "beworben",
    "Interesse", "dich", "sich", "mich", "Einstieg", "als", "die Stelle", "der Position", "unsere Rolle",
    "Funktion", "Ausschreibung", "zur", "zum", "für die", "fur die", "auf die", "rôle", "emploi", "offre",
    "stage", "mission", "alternance", "de", "d'", "postulé", "candidate", "candidature", "pour", "au", "chez",
    "au sein", "oferta", "cargo", "candidatura", "postulación", "solicitud", "presentarte", "postularte",
    "postulaste", "aplicaste", "aplicar", "para", "el", "en", "proceso", "en el que", "al que", "como",
    "Data Analyst", "Referent/in", "Chargé(e)", "Jefa de Tienda", " ", " ", "\n", ". ", ", ", "wo du ",
])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PHRASE_PIECES.flatmap(any_case), max_size=10).map(" ".join), st.sampled_from(["en", "de", "fr", "es"]))
@example("Thank you for applying for the Data Analyst position.", "en")
@example("Ihre Bewerbung als Referent/in Presse", "de")
@example("YOUR DATA ANALYST APPLİCATİON", "en")
@example("au poſte de Chargé de communication", "fr")
def test_a_phrase_matches_only_where_its_cues_are(text, language):
    cue_text = role._cue_text(text)
    for pattern, _, cues, _ in role._patterns(language):
        if pattern.search(text):
            assert all(any(cue in cue_text for cue in group) for group in cues), (pattern.pattern[:60], text)


def test_the_post_matches_are_every_phrase_s_matches():
    for language in ("en", "de", "fr", "es"):
        for text in ("Thank you for your interest in the Data Analyst position at Acme.",
                     "Leider haben wir uns für die Stelle als Aktuar (m/w/d) anders entschieden.",
                     "Merci pour votre candidature au poste de Chargé(e) de communication chez Verlaine.",
                     "Gracias por tu postulación al puesto de Jefa de Tienda en Grupo Alcor.", ""):
            each = [(m.span(), w) for p, w, *_ in role._patterns(language) for m in p.finditer(text)]
            assert [(m.span(), w) for m, w in role._post_matches(text, language)] == each


_MAILS = [
    ("Thank you for applying for the Data Analyst position at Acme. We have decided to move on.",
     "Your application: Data Analyst", "en"),
    ("Thank you for your interest in the Senior QA Engineer role. The Junior QA Tester role is filled.",
     "Re: QA Tester – Harlow Foods", "en"),
    ("Vielen Dank für Ihre Bewerbung als Aktuar (m/w/d) Leben bei der Nordfracht GmbH.",
     "Ihre Bewerbung als Aktuar Kranken (befristet auf 2 Jahre)", "de"),
    ("Merci pour votre candidature au poste de Chargé(e) de communication chez Maison Verlaine.",
     "Candidature stage en actuariat", "fr"),
    ("Gracias por tu postulación al puesto de Jefa de Tienda en Grupo Alcor.", "Grupo Alcor | Jefa de Tienda", "es"),
    ("", "Bewerbung MFA", "de"),
]
_NAMES = [set(), {"acme"}, {"harlow foods", "harlow"}, {"nordfracht"}, {"grupo alcor"}, {"maison verlaine"},
          {"data analyst"}, {"jefa de tienda"}]


@pytest.mark.parametrize("body,subject,language", _MAILS)
def test_one_reading_a_mail_reads_as_a_fresh_reading_each_time(body, subject, language):
    shared = role.RoleReading(language)
    for not_these in _NAMES + _NAMES[::-1]:
        for text, title in ((body, subject), ("", subject), (body, ""), (body, subject)):
            assert shared.competing(text, title, not_these) == role.RoleReading(language).competing(
                text, title, not_these)


_CAPTURES = st.sampled_from(["Data Analyst", "the Data Analyst", "Acme Data Analyst", "Stage en actuariat",
                             "stage Atelier Morel", "Harlow Foods", "open positions", "Aktuar Kranken",
                             "Referent/in Presse", "Chargé(e) de communication", "Jefa de Tienda", "Nordfracht",
                             "Senior QA Engineer update", "Stage Actuariat", "Atelier Morel", "Sr. Analyst"])


@settings(max_examples=500, deadline=None)
@given(_CAPTURES, st.sampled_from(_NAMES + [{"atelier morel", "morel"}]), st.sampled_from(["en", "de", "fr", "es"]))
def test_a_captures_judgement_is_the_vote_as_first_written(raw, not_these, language):
    # _competing's vote as it was: plausible or an internship's title, for these names, reading as a title.
    title = role_title.clean(role.with_dots(raw))
    if language in role.TITLE_CASE_LANGUAGES:
        title = role.without_lower_case_tail(role_title.without_sentence_tail(title), language)
    votes = bool((role_title.plausible(title, not_these) or role_internship.is_internship_title(
        title, language, not_these)) and role.reads_as_title(title, language))
    reading = role.RoleReading(language)
    for names in (set(), not_these, not_these):  # judged once, then asked for other names
        reading.title(raw, names)
    assert reading.title(raw, not_these) == (title, fold(title), votes)


_BRACKET_PIECES = st.sampled_from(["Chargé", "(e)", "(E)", "(es)", "(a)", "(o)", "(ne)", "Werkstudent", ":in",
                                   ":innen", ":In", "(m/w/d)", "(R-20931)", "(Req. 2024-1187)", " ", "(", ")",
                                   "Aktuar", "Leben", ": ", "in"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_BRACKET_PIECES, max_size=8).map("".join))
def test_the_brackets_are_run_on_as_the_patterns_alone_do(text):
    plain = role_title._COLON_ENDING.sub("*", role_title._ES_ENDING.sub(r"/\1", role_title._FR_ENDING.sub(
        r"·\1", text)))
    assert role_title.unbracket_endings(text) == plain
    assert role._without_inner_brackets(text) == role.hide_abbreviation_dots(
        role.GENDER_INSIDE.sub("", role.REQUISITION_INSIDE.sub("", plain)))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["Traineeprogramm", "Traineeprogramms", "Graduate", "Scheme", "programa", "de",
                                 "becas", "Programmer", "Summer", "Analyst", "Praktikum", "Pflichtpraktikum",
                                 "internship", "Internships", "the", "Finance"]), max_size=8).map(" ".join),
       st.sampled_from(["", "Data Analyst", "Graduate Analyst"]))
def test_a_programme_applied_to_is_the_test_of_each_word(text, candidate):
    each_word = bool(candidate) and not any(
        fact_role_risk.scheme_word(w) for w in re.findall(r"\w+", fold(candidate))) and any(
        fact_role_risk.scheme_word(w, programme_only=True) for w in re.findall(r"\w+", fold(f"{topic(text)}\n{text}")))
    assert fact_role_risk.applies_to_a_programme(candidate, text, text) == each_word
