"""The confidence model's title-shape features (drafts/fact_title_shape.py): the share of a role's
words that are no title's, and a mention whose start or end runs on into more words where the mail
writes it (a title cut at its gender part, inside a grade pair or a compound, a subject's words
glued before it). Every mail and title here is written for these tests."""

from __future__ import annotations

import pytest

from onward.drafts import fact_model, read_rejection
from onward.drafts.fact_title_shape import (ROLE_SHAPE_FEATURES, end_runs_on, role_shape, start_runs_on,
                                            unknown_share)
from tests.support.drafts import mail


@pytest.mark.parametrize("title", ["Data Engineer", "Pflegefachkraft", "Chargé de mission", "Cajero/a",
                                   "Responsable logistique", "Jefe de Ventas", "Senior Software Developer",
                                   "Referent/in Öffentlichkeitsarbeit", "Assistant(e) de direction"])
def test_plain_titles_are_made_of_title_words(title):
    assert unknown_share(title) == 0.0


def test_words_no_title_has_are_counted():
    # A subject's words glued before the title: two of its four words are no title's.
    assert unknown_share("Comentarios postulantes Analista de Compras") == pytest.approx(0.5)
    assert unknown_share("Schuldner") == 1.0  # a cut compound is no title word
    assert unknown_share("Marlowe Brothers Sales Manager") == pytest.approx(0.5)  # a firm's name glued on
    assert unknown_share("") == 0.0


@pytest.mark.parametrize("text, role", [
    ("candidature au poste de Chef(fe) du service des archives.", "Chef"),  # cut at its gender part
    ("your application for Surveyor I / Surveyor II in the county office.", "Surveyor"),  # a grade pair
    ("Ihre Bewerbung als Fachkraft für Schuldnerberatung.", "Schuldner"),  # inside a compound
    ("the Staff Nurse (Cardiology), Band 5 vacancy", "Staff Nurse (Cardiology)"),  # its grade after a comma
    ("para el puesto de Técnico de Laboratorio de análisis clínicos.", "Técnico de Laboratorio"),  # more of it
    ("tu candidatura para Cajero/a Reponedor/a en la tienda de Lugo", "Cajero/a"),  # a second title glued on
    ("Poste de Statisticien(ne) – chargé(e) d'études", "Statisticien(ne)"),  # a dash, then more of the title
])
def test_an_end_that_runs_on(text, role):
    assert end_runs_on(text, text.index(role) + len(role))


@pytest.mark.parametrize("text, role", [
    ("Thank you for applying for the Data Engineer position.", "Data Engineer"),
    ("vielen Dank für Ihre Bewerbung als Pflegefachkraft (m/w/d) bei uns.", "Pflegefachkraft"),
    ("votre candidature au poste de Chargé de mission.\n", "Chargé de mission"),
    ("tu postulación al puesto de Cajero/a en nuestra tienda.", "Cajero"),  # its gender part is its own
    ("Re: Barista", "Barista"),
    ("the Data Engineer role, which we have now filled", "Data Engineer"),
    ("Servicekraft – kurzes Feedback", "Servicekraft"),  # a subject's other segment
    ("el proceso para Analista de Siniestros ha concluido.", "Analista de Siniestros"),  # the sentence goes on
    ("Systems Engineer III (ref. 2026-118)", "Systems Engineer III"),  # a reference in brackets
])
def test_a_clean_end(text, role):
    assert not end_runs_on(text, text.index(role) + len(role))


def test_a_start_that_runs_on():
    subject = "Informe Meridian Analista de Compras"
    assert start_runs_on(subject, subject.index("Analista"))  # a name glued before it
    assert not start_runs_on("Gracias por postular como Analista de Compras", len("Gracias por postular como "))
    assert not start_runs_on("Req R-0048812 Data Engineer", len("Req R-0048812 "))
    assert start_runs_on("Bewerbung Schuldnerberater", len("Bewerbung Schuldner"))  # inside a word
    assert start_runs_on("the Senior-Planner post", len("the Senior-"))
    assert not start_runs_on("for the Data Engineer position", len("for the "))
    assert not start_runs_on("Your application: Data Engineer", len("Your application: "))
    assert not start_runs_on("Data Engineer", 0)


def test_role_shape_needs_every_mention_to_run_on():
    body = "Thank you for applying for the Surveyor I / Surveyor II post.\n"
    assert role_shape("Surveyor", body, "Your application")[2] == 1.0
    # Written cleanly once (here the subject names it alone): the writer wrote it so.
    assert role_shape("Surveyor", body, "Your application – Surveyor")[2] == 0.0
    assert role_shape("Data Engineer", "no mention here", "") == [0.0, 0.0, 0.0]


def test_the_features_reach_the_model_in_order():
    assert fact_model.ROLE_FEATURES[-len(ROLE_SHAPE_FEATURES):] == ROLE_SHAPE_FEATURES
    raw = mail("Dear Alex,\n\nthank you for your application as Surveyor I / Surveyor II. We have chosen "
               "another candidate.\n\nKind regards,\nNora Vik\nHarbourline Survey Ltd\n")
    role = read_rejection(raw).facts["role"]
    if role.value == "Surveyor":  # the rules may read the whole pair; the features see the cut one
        assert role.features[-1] == 1.0


def test_a_start_after_a_titles_joining_word_runs_on():
    text = "al puesto de Técnico de Gestión de Investigación clínica"
    assert start_runs_on(text, text.index("Investigación"))
    assert not start_runs_on(text, text.index("Técnico"))  # "puesto de": the post's word, then the title
    assert not start_runs_on("thank you for the Data Engineer role", len("thank you for the "))
    for text in ("Thank you for applying to Northwind for the Data Engineer post", "Hi Jamie, the Data Engineer"):
        assert not start_runs_on(text, text.index("Data"))  # a name, then the phrase that opens the title


@pytest.mark.parametrize("language, body", [
    ("en", "Dear Alex,\n\nThank you for applying for the Warehouse Planner role at Brightwater Foods. We have "
           "decided to move forward with other candidates.\n\nBest regards,\nJo Hale\nBrightwater Foods\n"),
    ("de", "Sehr geehrter Herr Doe,\n\nvielen Dank für Ihre Bewerbung als Lagerlogistiker (m/w/d). Leider haben "
           "wir uns für eine andere Person entschieden.\n\nMit freundlichen Grüßen\nAnke Sommer\nHalden Logistik GmbH\n"),
    ("es", "Hola Alex:\n\nGracias por postular al puesto de Analista de Compras. Lamentablemente hemos elegido a "
           "otra persona.\n\nSaludos,\nMarta Ruiz\nGrupo Almadén\n"),
])
def test_a_missing_subject_is_no_agreement(language, body):
    """A mail without a Subject header gets no higher role confidence than the same mail with a
    neutral subject: a missing subject confirms nothing."""
    neutral = mail(body, subject="Your application", language=language)
    missing = neutral.replace(b"Subject: Your application\n", b"")
    assert b"Subject:" not in missing
    with_subject, without = read_rejection(neutral).facts["role"], read_rejection(missing).facts["role"]
    assert with_subject.value and without.value == with_subject.value
    assert without.confidence <= with_subject.confidence
    assert role_shape(without.value, body, "") == role_shape(without.value, body, "Your application")


def test_a_role_that_runs_on_where_written_is_never_stated_on_its_look():
    """However plain the role looks, one whose every mention runs on ("Chef" of "Chef(fe) du
    bureau") gets at most RUNS_ON_AT_MOST, below any threshold the bench chose."""
    from onward.drafts import FACT_THRESHOLDS, facts

    raw = mail("Dear Alex,\n\nThank you for applying for the Warehouse Planner role at Brightwater Foods. We have "
               "decided to move forward with other candidates.\n\nBest regards,\nJo Hale\nBrightwater Foods\n")
    plain = read_rejection(raw).facts["role"]
    assert plain.value == "Warehouse Planner" and fact_model.at_most("role", plain.features) == 1.0
    for feature in ROLE_SHAPE_FEATURES[1:]:
        features = list(plain.features)
        features[fact_model.ROLE_FEATURES.index(feature)] = 1.0
        assert fact_model.at_most("role", features) == fact_model.RUNS_ON_AT_MOST
        cut = facts.calibrated("role", facts.Fact("Warehouse Planner", 0.95, plain.how), tuple(features))
        assert cut.confidence <= fact_model.RUNS_ON_AT_MOST < FACT_THRESHOLDS["role"]
    assert fact_model.at_most("company", plain.features) == 1.0
