"""A staffing agency or a headhunter writing about its client: the client, when the mail names it,
is the employer ("feedback from Pemberton Foods", "unser Kunde, die Nordfracht GmbH", "notre
client, le groupe Sodelia", "nuestro cliente, Laboratorios Quetzal"); the agency never is.
A job board passing an employer's answer on names it in the subject ("Réponse de X à votre
candidature").

Every mail here is written for this file. Each test failed before the client phrases were read
(the rules found only the agency, or nothing).
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.company_clues import company_candidates
from onward.drafts.layout import split
from tests.test_drafts_facts import mail

CASES = [
    ("en", "Hi Tom,\n\nHope you're well. I've had feedback from Corrigan Plastics on the Shift Lead role. They "
           "went with someone with more injection moulding experience.\n\nI'll keep you posted on others.\n\n"
           "Cheers,\nNiamh\n\nNiamh Boyle | Consultant\nGreenway Recruitment Ltd\n",
     "Niamh Boyle <niamh.boyle@greenwayrecruitment.example>", "Shift Lead - update", "Corrigan Plastics"),
    ("en", "Hi Sam,\n\nThanks for your patience. I've heard back from my client, Marlowe Biologics, regarding the "
           "QA Analyst post: they will not be taking your application further.\n\nBest,\nRavi\n"
           "Senior Consultant, Keystep Talent\n",
     "Ravi Menon <ravi@keysteptalent.example>", "QA Analyst", "Marlowe Biologics"),
    ("de", "Hallo Herr Brandt,\n\nwie besprochen die schriftliche Rückmeldung: Unser Kunde, die Elbtal Armaturen "
           "GmbH, hat sich für einen anderen Kandidaten entschieden.\n\nViele Grüße\nJana Wolff\n"
           "Beraterin, Nordlicht Personalberatung\n",
     "Jana Wolff <j.wolff@nordlicht-personalberatung.example>", "Ihre Bewerbung", "Elbtal Armaturen"),
    ("fr", "Bonjour Inès,\n\nJ'ai reçu ce matin le retour de notre client, le groupe Valmorel, concernant le poste "
           "de contrôleuse de gestion : ils ne donneront pas suite.\n\nBien à vous,\nPaul Garnier\n"
           "Consultant – Cap Talents RH\n",
     "Paul Garnier <p.garnier@captalents-rh.example>", "Point sur votre candidature", "Valmorel"),
    ("es", "Hola Marta:\n\nTe comparto la respuesta de nuestro cliente, Conservas Brisamar, sobre el proceso de "
           "Jefe/a de Calidad: han decidido seguir con otra candidata.\n\nUn saludo,\nLuis Prado\n"
           "Consultor – Selecta Consultores\n",
     "Luis Prado <lprado@selectaconsultores.example>", "Proceso Jefe/a de Calidad", "Conservas Brisamar"),
]


@pytest.mark.parametrize("language,body,sender,subject,client", CASES, ids=[c[0] + c[4][:6] for c in CASES])
def test_the_agency_s_client_named_in_the_mail_is_a_strong_candidate(language, body, sender, subject, client):
    name, address = sender.rstrip(">").split(" <")
    found = company_candidates(split(body, words_after_closing=True), subject, [(name, address)], [], "", set())
    named = [c for c in found if c.name == client]
    assert named and "anchored" in named[0].sources


@pytest.mark.parametrize("language,body,sender,subject,client", CASES, ids=[c[0] + c[4][:6] for c in CASES])
def test_the_agency_s_client_is_the_employer_the_mail_is_recorded_by(language, body, sender, subject, client):
    # The rules' winner (what job mail is recorded by) is the client, the agency goes last; the
    # draft names the client when the model is sure enough, and never the agency.
    r = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert r.record_company == client
    assert r.company in ("", client)


def test_a_job_board_s_subject_names_the_employer_that_answered():
    raw = mail("Bonjour,\n\nL'entreprise a mis à jour le statut de votre candidature : elle ne sera pas retenue.\n\n"
               "Bonne continuation,\nL'équipe StepStone\n",
               sender="StepStone <candidatures@stepstone.example>",
               subject="Réponse de Fromagerie Delorme à votre candidature", language="fr")
    assert read_rejection(raw).facts["company"].value == "Fromagerie Delorme"


def test_a_short_agency_word_inside_a_domain_s_name_is_no_agency():
    # "ett" (a Spanish temporary work agency) is inside "bettsbakery": the bakery is no agency.
    raw = mail("Hi Jo,\n\nThanks for coming in for a trial shift. We've gone with someone who can do early "
               "mornings.\n\nAll the best,\nMara\nBetts Bakery\n",
               sender="Mara Lindqvist <mara@bettsbakery.example>", subject="Baker position")
    assert "agency" not in read_rejection(raw).facts["company"].how
