"""A webmail provider under a country's ending ("gmx.at", "yahoo.co.uk") is no employer, though its
name was guessed as one ("Gmail", "T Online", "Mailbox"); a provider's name with a legal form
("freenet AG" from freenet.ag) is the employer writing from its own domain.

Mail written for these tests (issue #10); each failed before its rule but the guards and probes.
"""

from __future__ import annotations

import pytest

from onward.drafts import read_rejection
from tests.support.drafts import mail
from tests.support.stated import assert_rules_choose


# (sender, body): a webmail provider under a country's ending, the mail naming no employer; the
# provider's name was guessed as the employer ("Gmail", "T Online", "Mailbox").
A_WEBMAIL_PROVIDER_ABROAD = [
    pytest.param("Fiona Reid <fiona.reid@yahoo.co.uk>",
                 "Hi Sam,\n\nThanks for coming in on Tuesday. I'm sorry, but we have offered the job to someone "
                 "else.\n\nAll the best,\nFiona", id="en-yahoo-co-uk"),
    pytest.param("Bernd Maier <bernd.maier@gmx.at>",
                 "Hallo Herr Roth,\n\ndanke für Ihre Bewerbung. Leider haben wir die Stelle schon vergeben.\n\n"
                 "Viele Grüße\nBernd Maier", id="de-gmx-at"),
    pytest.param("Karin Vogt <karin.vogt@outlook.de>",
                 "Hallo Frau Kaya,\n\nvielen Dank für Ihr Interesse. Wir haben uns für eine andere Bewerberin "
                 "entschieden.\n\nBeste Grüße\nKarin Vogt", id="de-outlook-de"),
]


@pytest.mark.parametrize("sender, body", A_WEBMAIL_PROVIDER_ABROAD)
def test_a_webmail_provider_abroad_is_no_employer(sender, body):
    assert_rules_choose(mail(body, sender=sender, subject="Your application"), "")


@pytest.mark.parametrize("sender, body, employer", [
    pytest.param("Orange Recrutement <recrutement@orange.com>",
                 "Bonjour,\n\nMerci pour votre candidature chez Orange. Nous ne pouvons pas y donner suite.\n\n"
                 "Cordialement,\nOrange", "Orange", id="fr-orange-com-an-employer"),
    pytest.param("Mailbox Design Jobs <jobs@mailbox-design.co.uk>",
                 "Dear Sam,\n\nThank you for applying to Mailbox Design. We will not be taking your application "
                 "further.\n\nKind regards,\nMailbox Design", "Mailbox Design", id="en-a-firm-named-mailbox"),
    pytest.param("Yahoo Talent <talent@yahooinc.com>",
                 "Dear Sam,\n\nThank you for your interest in Yahoo. We have decided to move forward with other "
                 "candidates.\n\nBest,\nYahoo Talent Acquisition", "Yahoo", id="en-the-provider-as-employer"),
])
def test_probe_an_employer_named_like_a_webmail_provider_keeps_its_name(sender, body, employer):
    assert_rules_choose(mail(body, sender=sender, subject="Your application"), employer)


def test_a_webmail_providers_name_with_a_legal_form_is_the_employer_writing_from_its_own_domain():
    """freenet AG writes from freenet.ag: the signature gives the provider's name with its legal form,
    so its domain is the firm's own, not webmail, and agrees with the name."""
    raw = mail("Sehr geehrte Frau Kaya,\n\nvielen Dank für Ihre Bewerbung bei der freenet AG. Leider haben wir uns "
               "anders entschieden.\n\nMit freundlichen Grüßen\nJulia Neumann\nfreenet AG",
               sender="Julia Neumann <julia.neumann@freenet.ag>", subject="Ihre Bewerbung", language="de")
    read = read_rejection(raw)
    assert read.record_company == "freenet", read.facts["company"]
    assert read.company in ("", "freenet"), read.facts["company"]


def test_probe_a_webmail_providers_name_without_a_legal_form_stays_webmail():
    """gmx.at, the body naming "GMX" with no legal form: still webmail, no employer guessed."""
    raw = mail("Hallo Herr Roth,\n\ndanke für Ihre Bewerbung, ich schreibe Ihnen von meiner GMX-Adresse. Leider "
               "haben wir die Stelle schon vergeben.\n\nViele Grüße\nBernd Maier",
               sender="Bernd Maier <bernd.maier@gmx.at>", subject="Ihre Bewerbung", language="de")
    assert_rules_choose(raw, "")
