"""A university's career service or centre passing an employer's answer on is not the employer; a
career service an employer mentions, an employer's own, or an employer named with a career centre's
word is no placement office, and the employer stays.

Mail written for these tests (issue #10); each failed before its rule but the guards and probes.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail
from tests.support.stated import assert_employer_read, assert_states


def test_a_universitys_career_service_passing_an_answer_on_is_not_the_employer():
    # A German university's placement office, called by its English name, forwards the employer's answer.
    body = ("Liebe Frau Albers,\n\nanbei leiten wir Ihnen die Antwort des Unternehmens weiter, die über unser "
            "Partnerportal bei uns eingegangen ist. Gern besprechen wir Ihre Unterlagen in einer offenen "
            "Sprechstunde.\n\nViele Grüße\nIhr Career Service\n\n"
            "---------- Weitergeleitete Nachricht ----------\n"
            "Von: Personal <personal@mahlwerk-apparatebau.example>\nDatum: Di., 1. Dez. 2026 um 09:40\n"
            "Betreff: Ihre Bewerbung als Praktikantin Konstruktion\nAn: careerservice@hochschule-wendelstein.example\n\n"
            "Sehr geehrte Frau Albers,\n\nvielen Dank für Ihre Bewerbung als Praktikantin Konstruktion. Leider "
            "haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nMahlwerk Apparatebau GmbH")
    read = read_rejection(mail(body, sender="Career Service Hochschule Wendelstein <careerservice@hochschule-wendelstein.example>",
                               subject="WG: Ihre Bewerbung als Praktikantin Konstruktion", language="de"))
    assert "Wendelstein" not in read.company


# (language, sender, subject, body, the employer's name): a career service or center mentioned by an
# employer, or an employer's own career service, is no placement office passing another's answer on.
A_CAREER_SERVICE_MENTIONED = [
    pytest.param(
        "de", "Universität Kaltenfeld <personal@uni-kaltenfeld.de>", "Ihre Bewerbung als Berater:in im Career Service",
        ("Sehr geehrte Frau Lenz,\n\nvielen Dank für Ihre Bewerbung an der Universität Kaltenfeld als Berater:in im "
         "Career Service. Leider haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\n"
         "Personalabteilung\nUniversität Kaltenfeld"),
        "Universität Kaltenfeld", id="de-vacancy-in-the-career-service"),
    pytest.param(
        "en", "University of Westmoor HR <hr@westmoor.ac.uk>", "Careers Adviser, Career Service – your application",
        ("Dear Dr Patel,\n\nThank you for applying for the post of Careers Adviser in the Career Service at the "
         "University of Westmoor. I am sorry to tell you that you have not been shortlisted.\n\nBest wishes,\nHR"),
        "University of Westmoor", id="en-vacancy-in-the-career-service"),
    pytest.param(
        "de", "Stadtwerke Ammerfeld <karriere@stadtwerke-ammerfeld.de>", "Ihre Bewerbung",
        ("Sehr geehrter Herr Kurz,\n\nvielen Dank für Ihre Bewerbung bei den Stadtwerken Ammerfeld. "
         "Leider können wir "
         "Ihnen keine Zusage geben. Aktuelle Stellenangebote finden Sie jederzeit im Career Center auf "
         "www.stadtwerke-ammerfeld.de.\n\nMit freundlichen Grüßen\nStadtwerke Ammerfeld"),
        "Stadtwerke Ammerfeld", id="de-career-center-page"),
    pytest.param(
        "en", "Brightwell Labs <talent@brightwell-labs.com>", "Your application to Brightwell Labs",
        ("Hi Morgan,\n\nThank you for applying to Brightwell Labs. Unfortunately we will not be progressing your "
         "application. Your university's career service may be able to help with feedback on your CV.\n\n"
         "Best,\nTalent Team"),
        "Brightwell Labs", id="en-your-universitys-career-service"),
    pytest.param(
        "es", "Hoteles Brisamar <empleo@brisamar.es>", "Tu candidatura en Hoteles Brisamar",
        ("Hola Irene:\n\nGracias por tu interés en Hoteles Brisamar. En esta ocasión no seguiremos adelante con tu "
         "candidatura. Puedes consultar otras vacantes en el Career Center de la web.\n\nUn saludo,\nRecursos Humanos"),
        "Hoteles Brisamar", id="es-career-center-de-la-web"),
    pytest.param(
        "en", "Fairlane Foods <jobs@fairlanefoods.com>", "Your application",
        ("Dear Casey,\n\nThank you for applying to Fairlane Foods. We will not be taking your application further. "
         "Please keep an eye on the Fairlane Career Center for new openings.\n\nKind regards,\nRecruitment"),
        "Fairlane Foods", id="en-a-companys-career-center"),
]


@pytest.mark.parametrize("language, sender, subject, body, employer", A_CAREER_SERVICE_MENTIONED)
def test_a_career_service_mentioned_is_no_agency(language, sender, subject, body, employer):
    assert_employer_read(language, sender, subject, body, employer)


def test_a_career_centre_passing_on_the_employers_answer_is_not_the_employer():
    raw = mail("Estimado Tomás:\n\nTe reenviamos la comunicación que nos envió Minera Los Cóndores sobre su "
               "Programa de Prácticas 2027. Puedes pedir una sesión de orientación con nosotros.\n\nSaludos,\n"
               "Centro de Carreras\nUniversidad Andina del Norte\n\n---------- Mensaje reenviado ----------\n"
               "De: Prácticas <practicas@loscondores.example>\nAsunto: Programa de Prácticas 2027\n\n"
               "Estimado Tomás Rivas:\n\nGracias por postular. Lamentamos informarte que no seguirás en el "
               "proceso.\n\nEquipo de Talento – Minera Los Cóndores",
               sender="Centro de Carreras – Universidad Andina del Norte <carreras@uandina.example>",
               subject="Fwd: Programa de Prácticas 2027", language="es")
    assert_states(raw, ("", "Minera Los Cóndores"))


@pytest.mark.parametrize("domain, body, employer", [
    pytest.param("transportescarreras", "Estimada Lucía:\n\nGracias por postular a Transportes Carreras S.A. Lamentamos informarte que "
                 "hemos elegido a otra persona.\n\nSaludos,\nTransportes Carreras S.A.", "Transportes Carreras",
                 id="es-carreras-in-a-firms-name"),
    pytest.param("centromedicocarrera", "Estimada Lucía:\n\nGracias por postular al puesto de recepcionista en Centro Médico Carrera. "
                 "Lamentamos informarte que no seguirás en el proceso.\n\nSaludos,\nCentro Médico Carrera",
                 "Centro Médico Carrera", id="es-centro-in-a-firms-name"),
])
def test_probe_an_employer_named_with_a_career_centres_word_stays_the_employer(domain, body, employer):
    assert_states(mail(body, sender=f"Selección <seleccion@{domain}.example>", subject="Tu postulación",
                       language="es"), (employer,))
