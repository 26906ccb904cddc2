"""The recruiting system or job board that carried the mail is never the employer, though the
sender, its domain and the footer all spell it: known from drafts/vendors.toml, or told by the line
that says it carried the mail. A company sharing a system's name, or its own site sending, stays;
a job board passing an employer's answer on names it in the subject ("Réponse de X à votre candidature").

Mail written for these tests (issue #10); each failed before its rule but the guards and probes.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.addresses import VENDOR_DOMAINS, VENDOR_NAMES, is_ats_domain
from onward.drafts.company_scope import carriers
from tests.support.drafts import mail


# A system from the table sends in the employer's name; only its footer and its domain name it.
KNOWN_SYSTEMS = [
    ("en", "Tribepad Notifications <alerts@tribepad.example>", "Your application",
     "Dear Ellis,\n\nThank you for applying for the Warehouse Supervisor role with Calder Freight.\n\n"
     "We have decided not to progress your application.\n\nKind regards,\nCalder Freight Recruitment\n\n"
     "Tribepad | Privacy | Unsubscribe", "Calder Freight"),
    ("de", "Perbility <no-reply@perbility.example>", "Ihre Bewerbung",
     "Sehr geehrte Frau Brandl,\n\nvielen Dank für Ihre Bewerbung bei der Stadtwerke Lindenau GmbH.\n\n"
     "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.\n\n"
     "Mit freundlichen Grüßen\nIhr Personalteam\n\nPerbility Bewerbermanagement", "Stadtwerke Lindenau"),
    ("fr", "Taleez <ne-pas-repondre@taleez.example>", "Votre candidature",
     "Bonjour Léa,\n\nMerci pour votre candidature chez Fromagerie Aubrac.\n\nNous ne donnerons pas suite "
     "à votre candidature.\n\nL'équipe RH\n\nTaleez - logiciel de recrutement", "Fromagerie Aubrac"),
    ("es", "HiringRoom <notificaciones@hiringroom.example>", "Tu postulación",
     "Hola Tomás:\n\nGracias por tu postulación a Panificadora del Sur.\n\nEn esta ocasión no seguiremos "
     "adelante con tu candidatura.\n\nSaludos,\nEquipo de Selección\n\nHiringRoom", "Panificadora del Sur"),
    # Round 22 (a development set since): Gupy's own name was stated for the employer it sent for.
    ("es", "Gupy <no-responder@gupy.example>", "Novedades sobre tu proceso en Conservas Ribagorza",
     "Hola, Marta:\n\nGracias por participar en el proceso de selección de Conservas Ribagorza.\n\n"
     "Decidimos seguir con otros candidatos. Tu perfil sigue activo en Gupy.\n\nEquipo Conservas "
     "Ribagorza\n\nEnviado por Gupy.", "Conservas Ribagorza"),
]


@pytest.mark.parametrize("language, sender, subject, body, employer", KNOWN_SYSTEMS)
def test_a_known_system_is_never_the_employer(language, sender, subject, body, employer):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert read.company in ("", employer)
    assert all(c.value != sender.split()[0] for c in read.facts["company"].candidates)


def test_the_table_holds_the_markets_systems_and_boards():
    # At least sixty systems, boards and career-site hosts beyond the first list, with their domains.
    assert len(VENDOR_NAMES) >= 120 and len(VENDOR_DOMAINS) >= 150
    for domain in ("acme.jobaffinity.fr", "umantis-mail.ch", "mail.civiweb.com", "jobs.computrabajo.com"):
        assert is_ats_domain(domain)


def test_a_company_sharing_a_systems_name_at_its_start_keeps_its_domain():
    # Guard: "greenhouse-gardens" is a nursery, not Greenhouse's mail host.
    assert not is_ats_domain("greenhouse-gardens.example")


# A system no table knows: its name only in the line that says it carried the mail.
UNKNOWN_SYSTEMS = [
    ("en", "Hirelane <donotreply@hirelane.example>", "Your application to Marlow Opticians",
     "Dear Sam,\n\nThank you for your application to Marlow Opticians.\n\nUnfortunately we will not be taking "
     "it further.\n\nKind regards,\nMarlow Opticians\n\nThis email was sent via Hirelane. Please do not reply."),
    ("de", "Bewerbio <noreply@bewerbio.example>", "Ihre Bewerbung bei der Kellerei Rotfels",
     "Sehr geehrter Herr Hahn,\n\nwir danken Ihnen für Ihre Bewerbung bei der Kellerei Rotfels.\n\nLeider "
     "können wir Ihnen keine Zusage geben.\n\nFreundliche Grüße\nKellerei Rotfels\n\nDiese Nachricht wurde "
     "automatisch über Bewerbio versendet."),
    ("fr", "Recrutix <noreply@recrutix.example>", "Votre candidature chez Biscuiterie Lemoine",
     "Bonjour Chloé,\n\nNous vous remercions pour votre candidature chez Biscuiterie Lemoine.\n\nNous ne "
     "pouvons pas y donner une suite favorable.\n\nBiscuiterie Lemoine\n\nMessage envoyé automatiquement "
     "par Recrutix, merci de ne pas répondre."),
    ("es", "Seleccionia <noreply@seleccionia.example>", "Tu postulación en Conservas Abril",
     "Hola Marta:\n\nGracias por tu postulación en Conservas Abril.\n\nLamentablemente no continuarás en el "
     "proceso.\n\nConservas Abril\n\nCorreo enviado automáticamente por Seleccionia. No responder."),
]


@pytest.mark.parametrize("language, sender, subject, body", UNKNOWN_SYSTEMS)
def test_a_name_only_in_the_line_that_says_it_carried_the_mail_is_never_the_employer(language, sender, subject,
                                                                                     body):
    read = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    system = sender.split()[0]
    assert system not in read.company
    assert all(system not in c.value for c in read.facts["company"].candidates)


def test_the_employers_own_site_sending_is_no_carrier():
    # Guard: "sent via Acme's careers site" names the employer's site, not a system.
    assert carriers("This email was sent via Lindqvist's careers site.") == set()
    assert "hirelane" in carriers("This email was sent via Hirelane Recruit.")


def test_a_job_board_s_subject_names_the_employer_that_answered():
    raw = mail("Bonjour,\n\nL'entreprise a mis à jour le statut de votre candidature : elle ne sera pas retenue.\n\n"
               "Bonne continuation,\nL'équipe StepStone\n",
               sender="StepStone <candidatures@stepstone.example>",
               subject="Réponse de Fromagerie Delorme à votre candidature", language="fr")
    assert read_rejection(raw).facts["company"].value == "Fromagerie Delorme"
