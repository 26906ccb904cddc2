"""The role is stated only when it is the whole title: a title the mail carries on after a dash or
with its field is completed or left out, never cut short; the company after a title is no part of
it; a subject's "Position in <town>" and a French sentence after the title are no part of it; a
title with "Process" or "Application" in it is one; a year after a dash stays with it. (A reference,
the contract, the working time or the place after a dash: tests/test_drafts_role_qualifiers.py.)
Mails written for these tests (no corpus mail); each fails on the rules before this change."""

from __future__ import annotations

import pytest

from onward.drafts.role_runs_on import runs_on, whole_title
from tests.support.drafts import mail
from tests.support.stated import chosen_role, rules_role


def in_mail(body: str, sender: str, subject: str, language: str) -> str:
    """The rules' role of a whole mail built from these parts."""
    return rules_role(mail(body, sender=sender, subject=subject, language=language))


def test_a_field_after_a_dash_is_part_of_the_title():
    body = ("Dear Ms Okafor,\n\nThank you for your interest in the position of Analyst – Credit Risk Modelling "
            "(Ref 4471) in Leeds. After careful review we will not take your application further.\n")
    assert chosen_role(body, "Your application – Ref 4471", company="Harwood Bank") == "Analyst – Credit Risk Modelling"


@pytest.mark.parametrize("read, args, role", [
    pytest.param(whole_title, ("Data Analyst", "for the Data Analyst – Fenwick Retail vacancy", "", "en",
                               "Fenwick Retail", set()), "Data Analyst", id="en-after-a-dash"),
    pytest.param(chosen_role, ("Dear Ms Doyle,\n\nI am writing following the final interviews for the position of "
                               "General Manager of Larchmont Country Club held last week. The committee has appointed "
                               "another candidate.\n", "General Manager – Larchmont Country Club: update", "en",
                               "Kestrel Executive Search"), "General Manager", id="en-after-of"),
    pytest.param(chosen_role, ("Hola Marta:\n\nGracias por tu candidatura para el puesto de Camarero en Restaurante "
                               "Olivo. Hemos seleccionado a otra persona.\n", "Tu candidatura", "es",
                               "Restaurante Olivo"), "Camarero", id="es-after-en"),
    pytest.param(runs_on, ("Camarero", ("el puesto de Camarero en nuestra terraza",), "es", set()), False,
                 id="es-a-place-after-en"),
    # "en Alimentos Norteños S.A.": the words after "en" end in a legal form; they name the firm.
    pytest.param(in_mail, ("Estimado Felipe:\n\nLe agradezco su participación en el proceso de selección para el "
                           "cargo de Contador/a Senior en Alimentos Norteños S.A., así como el tiempo dedicado a la "
                           "entrevista. El comité resolvió seguir con otro postulante.\n\nSaludos cordiales,\n"
                           "Gerencia de Personas\nAlimentos Norteños S.A.\n", "Personas <personas@nortenos.example>",
                           "Resultado entrevista", "es"), "Contador/a Senior",
                 id="es-mail-a-firm-with-its-legal-form-after-en"),
])
def test_the_company_or_a_place_after_a_title_is_no_part_of_it(read, args, role):
    got = read(*args)
    assert got == role and type(got) is type(role)


def test_a_german_title_of_job_words_takes_its_field_after_im():
    body = ("Sehr geehrte Frau Roth,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter/in im Beschaffungswesen. "
            "Leider haben wir uns für eine andere Bewerberin entschieden.\n")
    assert chosen_role(body, "Ihre Bewerbung", "de", "Stadtwerke Oberau") == "Sachbearbeiter/in im Beschaffungswesen"


def test_a_german_title_in_a_team_takes_no_field():
    body = ("Hallo Jonas,\n\ndanke für deine Bewerbung als Werkstudent im Team Vertrieb. Leider haben wir "
            "die Stelle bereits vergeben.\n")
    assert chosen_role(body, "Deine Bewerbung", "de", "Kranich Software") == "Werkstudent"


def test_a_subjects_position_in_a_town_is_no_part_of_the_title():
    body = ("Hallo Herr Yilmaz,\n\nich melde mich mit dem Feedback unseres Kunden zur Position als Senior "
            "Buchhalter (m/w/d). Der Kunde hat sich für einen anderen Kandidaten entschieden.\n")
    assert chosen_role(body, "Feedback – Buchhalter Position in Leipzig", "de",
                   "Zeitwerk Personal") == "Senior Buchhalter"


def test_a_french_sentence_after_the_title_is_no_part_of_it():
    body = "Bonjour, le poste de caissier n'est plus disponible. Cordialement, Paul"
    assert chosen_role(body, "Re: caissier", "fr") == "caissier"


def test_a_title_with_process_or_application_in_it_is_a_title():
    body = ("Hi Wei,\n\nAcme Robotics has reviewed your CV for the Application Engineer (Robotics) role and "
            "decided not to invite you to interview.\n")
    assert chosen_role(body, "Acme Robotics – Application Engineer",
                   company="Brightpath Talent") == "Application Engineer"


def test_a_part_of_the_companys_name_is_no_role():
    body = "Hi Sam, sadly I didn't get the Halloran job. Onto the next one!"
    assert chosen_role(body, "Fwd: Your application to Halloran & Price", company="Halloran & Price") == ""


def test_the_letters_of_a_reference_number_are_no_role():
    body = ("Sehr geehrte Frau Lenz,\n\nwir danken Ihnen für Ihre Bewerbung auf die Ausschreibung KVZ-2026-118 "
            "(Sachbearbeitung Haushalt). Leider konnten wir Sie nicht berücksichtigen.\n")
    assert chosen_role(body, "Ihre Bewerbung", "de", "Landesamt für Statistik") == ""


def test_how_long_the_job_lasts_is_no_part_of_the_title():
    body = ("Bonjour Inès,\n\nJe reviens vers vous au sujet de la mission de gestionnaire paie de 4 mois chez "
            "Maison Dufresne. Le client a retenu une autre candidate.\n")
    assert chosen_role(body, "Mission gestionnaire paie", "fr", "Intérim Plus") == "gestionnaire paie"


def test_a_year_after_a_dash_stays_but_a_reference_goes():
    body = ("Dear Alex,\n\nThank you for applying for Ski Instructor – Season 2026 at Fenwick. We have decided "
            "to move forward with other candidates.\n")
    assert chosen_role(body, "Your application", company="Fenwick") == "Ski Instructor – Season 2026"
    from onward.drafts.role_qualifiers import without_terms_after_dash
    assert without_terms_after_dash("Graduate Engineer – Intake 2026", "") == "Graduate Engineer – Intake 2026"
    assert without_terms_after_dash("Graduate Engineer – Ref 2026", "") == "Graduate Engineer"
