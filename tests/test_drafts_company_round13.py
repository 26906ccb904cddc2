"""Classes of wrong company the rounds 1-12 mail still showed (issue #10): a staffing agency that
speaks of its client only in the subject ("Tu proceso con nuestro cliente") is not the employer,
and a header's key that runs on after a name ("Bodegas Arrieta Enviado el:") is no part of it.

Every mail here is written for this file; each test failed before the change it checks.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
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
    assert read.company == name
