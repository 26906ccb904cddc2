"""The person a reply greets (issue 10 item 4): each class of wrong greeting seen on independently
written mail (round 5), and the rule that a doubtful person is left out ("Hello,").

Every mail here is written for this file. Each test failed on the code before this change.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.test_drafts_facts import mail


@pytest.mark.parametrize("signature", [
    "HR-Services\nStadtwerke Moorbach",
    "Das Praktikums-Team von Lindwurm Software",
    "Personaldienst Spital Aarwangen",
])
def test_a_team_or_service_signature_is_nobody_to_greet(signature):
    raw = mail("Sehr geehrte Frau Baum,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
               f"mitteilen, dass wir uns für andere Bewerbungen entschieden haben.\n\nFreundliche Grüße\n{signature}",
               sender="Karriere <karriere@moorbach-werke.de>", language="de")
    read = read_rejection(raw)
    assert read.full_name == "" and read.first_name == "" and read.formal_name == ""


@pytest.mark.parametrize("office, name, expected", [
    ("Für den Rektor:", "Mag. Helga Steinwender-Ruß", "Helga Steinwender-Ruß"),
    ("Für die Geschäftsführung", "Dipl.-Ing. Bernd Ostwald", "Bernd Ostwald"),
])
def test_an_office_signed_for_is_not_greeted_the_person_under_it_is(office, name, expected):
    raw = mail("Sehr geehrter Herr Lenz,\n\nwir danken Ihnen für Ihre Bewerbung. Wir bedauern, Ihnen "
               "mitteilen zu müssen, dass Ihre Bewerbung nicht berücksichtigt werden konnte.\n\n"
               f"Mit freundlichen Grüßen\n{office}\n{name}\nPersonalabteilung",
               sender="Personalabteilung <bewerbung@hochschule-talheim.at>", language="de")
    assert read_rejection(raw).full_name == expected


def test_a_contact_the_body_names_is_not_greeted_when_a_team_signed():
    raw = mail("Dear Priya Shah,\n\nThank you for applying for the Graduate Planner role. I regret to advise "
               "that your application was not successful. If you would like feedback, please contact the "
               "hiring manager, Oliver Pennington, on 03 5550 1200.\n\nYours sincerely,\n\n"
               "Recruitment Services\nRiverina Water Authority",
               sender="Recruitment <recruitment@riverinawater.example.org>")
    read = read_rejection(raw)
    assert read.full_name == ""
    assert read.facts["contact"].value == "Oliver Pennington"  # read, but below the threshold
    assert not read.facts["contact"].kept("contact")


def test_a_contact_the_body_names_is_still_greeted_when_no_team_signed():
    raw = mail("Dear Priya,\n\nThank you for applying. Unfortunately we will not move forward. For any "
               "question please contact Oliver Pennington at oliver.pennington@riverinawater.example.org.\n",
               sender="Riverina Water <jobs@riverinawater.example.org>")
    assert read_rejection(raw).full_name == "Oliver Pennington"


def test_a_first_name_alone_from_a_no_reply_address_is_not_greeted():
    raw = mail("<p>Hi Sam,</p><p>Thanks for applying for the Barista role at Tidewater Coffee. We have decided "
               "to go ahead with other candidates.</p><p>All the best,<br>Niamh at Tidewater Coffee</p>",
               sender="Tidewater Coffee <no-reply@hire.workable.com>", html=True)
    read = read_rejection(raw)
    assert read.first_name == "" and read.full_name == ""


def test_a_first_name_alone_from_a_persons_address_is_still_greeted():
    raw = mail("Hi Sam,\n\nThanks for applying for the Barista role. We have decided to go ahead with other "
               "candidates.\n\nAll the best,\nNiamh", sender="Niamh <niamh@tidewatercoffee.ie>")
    assert read_rejection(raw).first_name == "Niamh"


def test_the_sender_of_a_note_above_a_forwarded_rejection_is_not_greeted():
    body = ("Hi Mum, see below - no luck with this one. Talk tonight.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Harbourline Ferries Careers <careers@harbourlineferries.co.uk>\n"
            "Date: Tue, 1 Dec 2026 at 10:02\nSubject: Your application\n"
            "To: Oisin Brady <oisin.brady@gmail.com>\n\n"
            "Dear Oisin,\n\nThank you for applying for the Deck Officer position at Harbourline Ferries. "
            "We regret that we will not be taking your application further.\n\n"
            "Kind regards,\nHarbourline Ferries Recruitment Team\n")
    read = read_rejection(mail(body, sender="Oisin Brady <oisin.brady@gmail.com>", subject="Fwd: Your application"))
    assert read.full_name == "" and read.first_name == ""


def test_a_person_writing_from_the_employers_domain_above_a_quoted_mail_is_still_greeted():
    body = ("Hi Alex,\n\nThanks for your note. We have filled the Deck Officer position and will not be "
            "taking your application further.\n\n"
            "From: Alex Candidate <alex.candidate@example.org>\nSent: Monday, 30 November 2026 09:00\n"
            "To: Siobhan Keane <siobhan.keane@harbourlineferries.co.uk>\nSubject: Deck Officer\n\n"
            "Dear Siobhan, I wanted to ask about my application.\n")
    read = read_rejection(mail(body, sender="Siobhan Keane <siobhan.keane@harbourlineferries.co.uk>",
                               subject="RE: Deck Officer"))
    assert read.full_name == "Siobhan Keane"


def test_an_organisation_signing_with_its_team_from_a_no_reply_address_is_not_greeted():
    raw = mail("Hola Inés,\n\nGracias por postular a Analista de Riesgos en Puma Verde Seguros. Hemos decidido "
               "no avanzar con tu postulación en este momento.\n\nSaludos,\nPuma Verde – Talent Team\n",
               sender="Puma Verde <no-reply@hire.lever.co>", language="es")
    read = read_rejection(raw)
    assert read.full_name == "" and read.first_name == ""
