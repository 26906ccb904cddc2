"""Classes of wrong company the rounds 1-12 mail still showed (issue #10): a staffing agency that
speaks of its client only in the subject ("Tu proceso con nuestro cliente") is not the employer;
a header's key that runs on after a name ("Bodegas Arrieta Enviado el:") is no part of it; a site
of a group's name ("Albatross Porto") is not stated when the mail gives the group as the employer;
the sender's display name is not stated where the mail writes the name otherwise ("Tierarztpraxis
Dr. Lindqvist" under "Praxis Dr. Lindqvist"); a German university's "Career Service" forwarding an
employer's answer is not the employer.

Every mail here is written for this file; each test failed before the change it checks.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.stated import assert_company_read
from tests.test_drafts_facts import mail


# (language, sender, subject, body, a word of the agency's name)
AN_AGENCYS_CLIENT_IN_THE_SUBJECT = [
    pytest.param(
        "es", "Rocío Malpartida <rmalpartida@cumbreandina-pe.example>",
        "Tu proceso con nuestro cliente – Jefe de Almacén",
        ("Hola Diego:\n\nTe cuento que ya tengo la respuesta de la empresa para la posición de Jefe de Almacén: "
         "decidieron seguir con otro finalista que ya conocía su sistema de inventarios.\n\n"
         "Gracias por tu tiempo y tu buena disposición. Guardo tu CV para los procesos de logística que "
         "empiezan en febrero.\n\nUn abrazo,\nRocío Malpartida\nCumbre Andina Perú S.A.C.\n"
         "Cel. 999 000 123"),
        "Andina",
        id="es-agency-client-in-subject"),
    pytest.param(
        "fr", "Hugo Ferrand <h.ferrand@cimes-conseil.example>",
        "Votre candidature chez notre client – Responsable de production",
        ("Bonjour Léa,\n\nJe reviens vers vous au sujet du poste de Responsable de production : l'entreprise "
         "a retenu une autre personne, dont le parcours en agroalimentaire correspondait davantage au besoin.\n\n"
         "Merci pour votre disponibilité lors des entretiens. Je garde votre profil en tête pour la suite.\n\n"
         "Bien à vous,\nHugo Ferrand\nConsultant – Cimes Conseil\n06 00 00 00 00"),
        "Cimes",
        id="fr-agency-client-in-subject"),
]


@pytest.mark.parametrize("language, sender, subject, body, agency", AN_AGENCYS_CLIENT_IN_THE_SUBJECT)
def test_an_agency_speaking_of_its_client_in_the_subject_is_not_the_employer(language, sender, subject, body, agency):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert agency not in read.company


def test_a_job_titles_client_in_the_subject_is_no_agency_cue():
    # "del cliente" of a job title ("Experiencia del Cliente"): the employer's own mail, its name stated.
    body = ("Hola Nerea:\n\nGracias por tu interés en Seguros Ribamar y por el tiempo que dedicaste al proceso. "
            "Hemos decidido continuar con otras candidaturas cuyo perfil se ajusta más a lo que buscamos.\n\n"
            "Te deseamos mucho éxito.\n\nUn saludo,\nEquipo de Selección\nSeguros Ribamar")
    read = read_rejection(mail(body, sender="Seguros Ribamar <seleccion@segurosribamar.example>",
                               subject="Analista de Experiencia del Cliente – actualización", language="es"))
    assert_company_read(read, "Seguros Ribamar")


# (language, sender, body, the name, the header's key that follows it)
HEADER_KEY_AFTER_A_NAME = [
    # The two-word Spanish date key: its "el" is lower case, so the name's run stops at "Enviado".
    pytest.param(
        "es", "Julia Sanz <julia.sanz@correo.example>",
        ("Hola Marta:\n\nTe reenvío lo que recibí ayer. Asunto: Tu candidatura en Bodegas Arrieta Enviado el: "
         "30/11/2026\n\nLamentamos comunicarte que no seguirás en el proceso de selección para el puesto de "
         "Enóloga.\n\nUn saludo,\nJulia Sanz"),
        "Bodegas Arrieta", "Enviado",
        id="es-enviado-el"),
    # The French key written with a space before its colon.
    pytest.param(
        "fr", "Julie Sanz <julie.sanz@courriel.example>",
        ("Bonjour Marc,\n\nMerci pour votre candidature chez Verreries Dallière Envoyé : lundi 30 novembre 2026"
         "\n\nNous sommes au regret de ne pas donner suite pour le poste de technicien.\n\nCordialement,\n"
         "Julie Sanz"),
        "Verreries Dallière", "Envoyé",
        id="fr-envoye-space-colon"),
]


@pytest.mark.parametrize("language, sender, body, name, header_key", HEADER_KEY_AFTER_A_NAME)
def test_a_header_key_after_the_name_is_no_part_of_it(language, sender, body, name, header_key):
    read = read_rejection(mail(body, sender=sender, subject="Tu candidatura", language=language))
    assert header_key not in read.company
    assert_company_read(read, name)


# (language, sender, subject, body, the site's name, the group's own word)
A_GROUPS_SITE = [
    # A job board writes for the group; the post is at one of the group's sites, named as the group's
    # own word and its town.
    pytest.param(
        "en", "Hiring on behalf of Albatross Resorts <noreply@jobharbour.example>",
        "Housekeeping Supervisor – Albatross Porto",
        ("Dear Inês,\n\nThank you for applying for the Housekeeping Supervisor position at Albatross Porto, "
         "which was listed on JobHarbour.\n\nThe resort's hiring team has looked at your application and will not "
         "be moving it forward this time.\n\nThis email was sent by JobHarbour on behalf of Albatross Resorts. "
         "Replies to this address are not read.\n\nAll the best,\nThe JobHarbour Team"),
        "Albatross Porto",
        id="en-site-of-a-group-on-behalf"),
]


@pytest.mark.parametrize("language, sender, subject, body, site", A_GROUPS_SITE)
def test_a_groups_site_is_not_stated_when_the_mail_gives_the_group(language, sender, subject, body, site):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.company != site
    assert read.company in {"", "Albatross Resorts"}


# (language, sender, subject, body, the hotel's name): a hotel of the group's name, one by its own
# kind of organisation's word, stays the employer the candidate applied to (this passed before too).
A_GROUPS_HOTEL = [
    pytest.param(
        "en", "Hiring on behalf of Albatross Resorts <noreply@jobharbour.example>",
        "Night Auditor – Albatross Hotel Faro",
        ("Dear Tomás,\n\nThank you for applying for the Night Auditor position at the Albatross Hotel Faro, "
         "which was listed on JobHarbour.\n\nThe hotel's hiring team has looked at your application and will "
         "not be moving it forward this time.\n\nThis email was sent by JobHarbour on behalf of Albatross "
         "Resorts. Replies to this address are not read.\n\nAll the best,\nThe JobHarbour Team"),
        "Albatross Hotel Faro",
        id="en-hotel-of-a-group-part-of"),
]


@pytest.mark.parametrize("language, sender, subject, body, hotel", A_GROUPS_HOTEL)
def test_a_groups_own_hotel_is_still_stated(language, sender, subject, body, hotel):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert_company_read(read, hotel)


# (language, sender, body, the sender's display name): the mail writes the employer's name otherwise
# than the sender's mailbox is labelled, so the label is not stated.
A_MAILBOX_LABEL = [
    # The signature writes the name as a compound's tail: "Tierarztpraxis", not "Praxis".
    pytest.param(
        "de", "Praxis Dr. Lindqvist <info@praxis-drlindqvist.example>",
        ("Sehr geehrter Herr Brandt, vielen Dank für Ihre Bewerbung. Wir haben uns für eine andere Bewerberin "
         "als Tiermedizinische Fachangestellte entschieden und wünschen Ihnen alles Gute.\n"
         "Mit freundlichen Grüßen, Petra Hahn für die Tierarztpraxis Dr. Lindqvist"),
        "Praxis Dr. Lindqvist",
        id="de-display-name-a-compounds-tail"),
    # The body writes the department in full where the display name abbreviates it and adds its state.
    pytest.param(
        "en", "Province of Westmark Dept. of Coastal Works <careers@westmark-province.example>",
        ("Dear Applicant,\n\nThank you for applying for Survey Technician 2, recruitment #CW-1180, with the "
         "Department of Coastal Works.\n\nBased on your answers to the screening questions, you do not meet the "
         "minimum qualifications for this recruitment and will not be considered further.\n\n"
         "Coastal Works Recruitment"),
        "Province of Westmark Dept. of Coastal Works",
        id="en-display-name-abbreviates-the-department"),
]


@pytest.mark.parametrize("language, sender, body, label", A_MAILBOX_LABEL)
def test_a_display_name_the_mail_writes_otherwise_is_not_stated(language, sender, body, label):
    read = read_rejection(mail(body, sender=sender, subject="Ihre Bewerbung", language=language))
    assert read.company != label


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
