"""Where the employer's name starts and ends, as the mail writes it: the whole name preferred to the
sender's short form, legal initials kept, never spelled from a domain across two lines; a header's
key after it ("Bodegas Arrieta Enviado el:") or a forwarded mail's headers run together are no part
of it, while a French name's last word before a colon stays; a programme's season ("X Summer" of "X
Summer Internship") is cut with the programme, a name's own season kept.

Mail written for these tests (issue #10); each failed before its rule but the guards and probes.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.company_clues import company_candidates
from onward.drafts.layout import split
from tests.support.drafts import mail
from tests.support.stated import assert_company_read, assert_states


# The sender's display name or domain shortens the name the mail writes in full.
SHORT_AND_FULL = [
    ("es", "Gestión Humana Cofisur <seleccion@cofisur.example>",
     "Estimado Julián:\n\nLe informamos que su hoja de vida no fue preseleccionada.\n\nAtentamente,\n"
     "Dirección de Gestión Humana\nCooperativa Financiera del Sur", "Cooperativa Financiera del Sur"),
    ("de", "Recruiting BH Leibnitz-Land <recruiting@bh-leibnitzland.example>",
     "Sehr geehrte Frau Huber,\n\ndie Funktion wurde mittlerweile nachbesetzt.\n\nMit freundlichen Grüßen\n"
     "Mag. Eva Gruber\nBezirkshauptmannschaft Leibnitz-Land, Referat Personal", "Bezirkshauptmannschaft Leibnitz-Land"),
    ("fr", "Recrutement CAVO <recrutement@cavo.example>",
     "Madame,\n\nNous ne donnerons pas suite à votre candidature.\n\nCordialement,\nService recrutement\n"
     "Communauté d'Agglomération du Val d'Orge", "Communauté d'Agglomération du Val d'Orge"),
    ("en", "NWRT Careers <careers@nwrt.example>",
     "Dear Jo,\n\nThank you for applying. We will not be taking your application further.\n\nKind regards,\n"
     "Recruitment Team\nNorth Wessex Rivers Trust", "North Wessex Rivers Trust"),
]


@pytest.mark.parametrize("language, sender, body, full", SHORT_AND_FULL)
def test_the_name_written_in_full_is_preferred_to_the_senders_short_form(language, sender, body, full):
    read = read_rejection(mail(body, sender=sender, subject="Bewerbung" if language == "de" else "Application",
                               language=language))
    assert read.facts["company"].value in ("", full)


def test_legal_initials_before_a_kind_of_organisation_keep_the_whole_line():
    body = ("Estimada Laura:\n\nLe informamos que no fue seleccionada para la vacante.\n\nCordialmente,\n\n"
            "Talento Humano\nE.S.E. Hospital San Vicente de Paipa")
    read = read_rejection(mail(body, sender="Talento Humano <th@hsanvicentepaipa.example>", subject="Convocatoria",
                               language="es"))
    assert read.facts["company"].value.endswith("Hospital San Vicente de Paipa")


def test_a_name_is_never_spelled_from_the_domain_across_two_lines():
    body = ("Servus Herr Huber,\n\ndanke für Ihre Bewerbung als Schreiner bei uns. Wir haben die Stelle "
            "inzwischen mit einem Gesellen aus dem Ort besetzt.\n\nAlles Gute\nJonas Brandl\nSchreinerei Brandl, "
            "Möbelbau seit 1962, Traunstein\n")
    read = read_rejection(mail(body, sender="Jonas Brandl <jonas.brandl@brandl-schreinerei.example>",
                               subject="Ihre Bewerbung Schreiner", language="de"))
    assert "Brandl Schreinerei" not in {c.value for c in read.facts["company"].candidates}
    assert read.company in {"", "Schreinerei Brandl"}


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


# (sender, body, the name): French writes a space before every colon; a name whose last word is a
# header's key ("Objet", "Date") keeps it where no header's value follows.
A_FRENCH_NAME_BEFORE_A_COLON = [
    pytest.param(
        "Boutique Le Bel Objet <recrutement@lebelobjet.fr>",
        ("Bonjour Camille,\n\nMerci pour votre candidature chez Maison Bel Objet : malheureusement, nous ne pouvons "
         "pas y donner suite.\n\nBelle journée,\nL'équipe"),
        "Maison Bel Objet", id="fr-objet"),
    pytest.param(
        "RH <rh@galeriedate.fr>",
        ("Bonjour Camille,\n\nNous vous remercions de l'intérêt porté à Galerie Date : votre profil n'a pas été "
         "retenu.\n\nCordialement,\nLe recrutement"),
        "Galerie Date", id="fr-date"),
]


@pytest.mark.parametrize("sender, body, name", A_FRENCH_NAME_BEFORE_A_COLON)
def test_a_french_names_last_word_before_a_colon_stays(sender, body, name):
    read = read_rejection(mail(body, sender=sender, subject="Votre candidature", language="fr"))
    assert_company_read(read, name)


def test_forwarded_headers_run_together_do_not_end_a_name():
    # A forwarded mail's header lines, joined into one when the text was unwrapped.
    body = ("Hallo Herr Jansen,\n\nanbei die Antwort, wie besprochen.\n\n-------- Original-Nachricht --------\n"
            "Betreff: Ihre Bewerbung bei der Gemeindeverwaltung Datum: 03.11.2026 09:12 Von: Personalamt\n\n"
            "Sehr geehrte Frau Berger,\n\nwir haben uns für eine andere Bewerberin entschieden.")
    found = company_candidates(split(body), "Fwd: Ihre Bewerbung", [("Mia Berger", "mia@webpost.example")], [],
                               "", set())
    assert [c.name for c in found if "Gemeindeverwaltung" in c.name] == ["Gemeindeverwaltung"]


def test_a_programmes_season_is_cut_with_the_programme_from_the_employers_name():
    raw = mail("Dear Priya,\n\nThank you for applying to the Marlow Analytics Winter Internship 2027.\n\nWe regret "
               "that we cannot offer you a place this year.\n\nBest wishes,\nEarly Careers Team",
               sender="Early Careers <earlycareers@marlow-analytics.example>",
               subject="Marlow Analytics Winter Internship 2027 – your application")
    assert_states(raw, ("", "Marlow Analytics"))


@pytest.mark.parametrize("domain, body, employer", [
    pytest.param("summerstreetbakery", "Dear Priya,\n\nThank you for applying to Summer Street Bakery. We regret that we cannot offer "
                 "you the role.\n\nBest wishes,\nSummer Street Bakery", "Summer Street Bakery",
                 id="en-a-season-opening-the-name"),
    pytest.param("autumnleafpress", "Dear Priya,\n\nThank you for applying to the Autumn Leaf Press Graduate Scheme. We regret that "
                 "we cannot offer you a place.\n\nBest wishes,\nAutumn Leaf Press", "Autumn Leaf Press",
                 id="en-a-season-in-the-name-before-a-programme"),
])
def test_probe_an_employer_named_with_a_season_keeps_it(domain, body, employer):
    assert_states(mail(body, sender=f"Careers <careers@{domain}.example>", subject="Your application"),
                  (employer,))
