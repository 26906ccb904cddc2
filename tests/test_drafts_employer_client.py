"""A staffing agency or a headhunter writing about its client: the client, when the mail names it,
is the employer ("feedback from Pemberton Foods", "unser Kunde, die Nordfracht GmbH", "notre
client, le groupe Sodelia", "nuestro cliente, Laboratorios Quetzal"); the agency never is.

Every mail here is written for this file. Each test failed before the client phrases were read
(the rules found only the agency, or nothing).
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from onward.drafts.company_clues import company_candidates
from onward.drafts.layout import split
from tests.support.drafts import mail

CASES = [
    ("en", "Hi Tom,\n\nHope you're well. I've had feedback from Corrigan Plastics Ltd on the Shift Lead role. They "
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


NOT_THE_EMPLOYER = [
    # Where the agency sends the CV next, not who said no.
    ("en", "Hi Alex,\n\nUnfortunately Pemberton Foods has decided not to proceed with your application for the "
           "Warehouse Supervisor role. I'd like to send your profile to Harlow Logistics, who have a similar "
           "opening - shall I?\n\nBest regards,\nTom Hale\nNorthpoint Staffing",
     "Tom Hale <tom.hale@northpoint-staffing.example>", "Your application", ("", "Pemberton Foods")),
    # Feedback from a person, the hiring manager: no company.
    ("en", "Hi Alex,\n\nI had feedback from Sarah Jones today: unfortunately they went with another candidate "
           "for the Analyst role.\n\nBest regards,\nTom Hale\nNorthpoint Staffing",
     "Tom Hale <tom.hale@northpoint-staffing.example>", "Update", ("",)),
    ("fr", "Bonjour Alex,\n\nNous avons eu un retour de Julien Marchal : malheureusement votre candidature n'a pas "
           "été retenue.\n\nCordialement,\nL'équipe Talent+",
     "Agence Talent+ <contact@talentplus-interim.example>", "Votre candidature", ("",)),
    # Two clients named: which one said no is a guess.
    ("en", "Hi Alex,\n\nI've heard back from my client, Marlowe Biologics: they will not be taking your "
           "application further. Our client, Fenwick Instruments, has a similar QA post open.\n\nBest,\nRavi\n"
           "Senior Consultant, Keystep Talent\n",
     "Ravi Menon <ravi@keysteptalent.example>", "QA Analyst", ("",)),
]


@pytest.mark.parametrize("language,body,sender,subject,allowed", NOT_THE_EMPLOYER,
                         ids=["profile-to", "feedback-person-en", "retour-person-fr", "two-clients"])
def test_another_client_or_a_person_is_never_the_employer(language, body, sender, subject, allowed):
    r = read_rejection(mail(body, sender=sender, subject=subject, language=language))
    assert r.company in allowed
    assert r.record_company in allowed


def test_two_name_words_after_feedback_from_may_be_a_person_and_are_left_out():
    # "feedback from Corrigan Plastics" reads like "feedback from Sarah Jones": with no list of
    # given names to tell them apart, neither is stated (a wrong employer is worse than none);
    # a legal form or an organisation's word ("Corrigan Plastics Ltd", above) names the firm.
    body = ("Hi Tom,\n\nHope you're well. I've had feedback from Corrigan Plastics on the Shift Lead role. They "
            "went with someone with more injection moulding experience.\n\nI'll keep you posted on others.\n\n"
            "Cheers,\nNiamh\n\nNiamh Boyle | Consultant\nGreenway Recruitment Ltd\n")
    r = read_rejection(mail(body, sender="Niamh Boyle <niamh.boyle@greenwayrecruitment.example>",
                            subject="Shift Lead - update"))
    assert r.company in ("", "Corrigan Plastics") and "Greenway" not in r.company
