"""The sender's display name is not stated where the mail writes the employer's name otherwise
("Tierarztpraxis Dr. Lindqvist" under "Praxis Dr. Lindqvist"), and is where the signature writes it
in another order.

Mail written for these tests (issue #10); each failed before its rule but the guards and probes.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail


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


def test_a_display_name_the_signature_writes_in_another_order_is_stated():
    # "Hotel Seeblick" signs for the mailbox "Seeblick Hotel & Spa": the same name reordered, short.
    body = ("Liebe Frau Berg,\n\nvielen Dank für Ihre Bewerbung. Leider haben wir uns für eine andere Kandidatin "
            "entschieden.\n\nHerzliche Grüße\nIhr Team vom Hotel Seeblick")
    read = read_rejection(mail(body, sender="Seeblick Hotel & Spa <jobs@seeblick-hotel.de>",
                               subject="Ihre Bewerbung", language="de"))
    assert read.record_company in {"Seeblick Hotel & Spa", "Hotel Seeblick"}
    assert read.company in ("", read.record_company)
