"""A rejection forwarded in an HTML blockquote: the forwarded mail is read, a quoted thread is not.

Mail clients put a forwarded mail in a blockquote that ends the mail, right under a
"-------- Forwarded Message --------" line; a blockquote that ends the mail is otherwise the thread a
reply answers, and goes. A candidate forwarding the employer's no to a careers adviser must still be
read as the rejection it carries. Each mail is written for this test, in English and German.
"""

from __future__ import annotations

import pytest

from onward.classifier import load_model
from onward.classifier.html_text import html_to_text
from tests.support.classifier import THRESHOLD, mail


FORWARDED_EN = (
    "<html><body><p>Hi Mr Osei,</p><p>Here is the answer from Kestrel Rail, as promised at our careers "
    "meeting. Could we go through my cover letter again?</p><p>Thanks,<br/>Sam</p>"
    "<blockquote style=\"margin-left:6px\"><p>-------- Forwarded Message --------<br/>"
    "<b>From:</b> Kestrel Rail Graduates &lt;graduates@kestrelrail.example&gt;<br/><b>Date:</b> 2 December 2026<br/>"
    "<b>Subject:</b> Your application – Graduate Signalling Engineer</p><p>Dear Sam,</p><p>Thank you for "
    "applying to our graduate scheme. After reviewing your online tests we regret to tell you that you have not "
    "been selected for the assessment day.</p><p>Kind regards,<br/>Graduate Recruitment<br/>Kestrel Rail</p>"
    "</blockquote></body></html>")

FORWARDED_DE = (
    "<html><body><p>Hallo Frau Brandt,</p><p>anbei die Antwort der Stadtwerke, über die wir gesprochen "
    "haben.</p><p>Viele Grüße<br/>Sam</p><blockquote><p>Anfang der weitergeleiteten Nachricht:<br/>"
    "<b>Von:</b> Stadtwerke Lohra &lt;personal@sw-lohra.example&gt;<br/><b>Datum:</b> 1. Dezember 2026<br/>"
    "<b>Betreff:</b> Ihre Bewerbung als Netzplanerin</p><p>Sehr geehrte Frau Rivera,</p><p>nach sorgfältiger "
    "Prüfung haben wir uns für eine andere Bewerberin entschieden und müssen Ihnen leider absagen.</p>"
    "<p>Mit freundlichen Grüßen<br/>Stadtwerke Lohra</p></blockquote></body></html>")

# A reply's quoted thread under "… wrote:" stays cut, forward marks or not.
REPLY = ("<p>Thanks, see you on Monday!</p><p>On 1 Dec, Kestrel Rail wrote:</p><blockquote><p>We regret to tell "
         "you that you have not been selected.</p></blockquote>")


@pytest.mark.parametrize("markup, kept", [
    (FORWARDED_EN, "not been selected for the assessment day"),
    (FORWARDED_DE, "für eine andere Bewerberin entschieden"),
])
def test_a_forwarded_mail_in_a_blockquote_is_read(markup, kept):
    assert kept in html_to_text(markup)


def test_a_quoted_thread_in_a_blockquote_still_goes():
    assert "not been selected" not in html_to_text(REPLY)


@pytest.mark.parametrize("subject, markup", [
    ("Fwd: Your application – Graduate Signalling Engineer", FORWARDED_EN),
    ("WG: Ihre Bewerbung als Netzplanerin", FORWARDED_DE),
])
def test_a_rejection_forwarded_in_a_blockquote_is_caught(subject, markup):
    forwarded = mail("Sam Rivera <sam.rivera@example.org>", subject, markup, html=True)
    assert load_model().classify(forwarded, THRESHOLD).probability >= THRESHOLD
