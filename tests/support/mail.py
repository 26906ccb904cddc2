"""Small builders of test messages (written for these tests)."""

from __future__ import annotations

import email.utils
import zlib
from email.message import EmailMessage


def message(n: int, subject: str | None = None, body: str = "Hello,\n\nJust a note.\n",
            sender: str = "Pat Example <pat@example.org>", message_id: bool = True,
            date: float | None = None) -> bytes:
    headers = [
        f"From: {sender}",
        "To: Sam Seeker <sam@example.net>",
        f"Subject: {subject or f'Test message {n}'}",
        f"Date: {email.utils.formatdate(date)}",
    ]
    if message_id:
        # Unique per message, yet the same bytes when a test builds the same message twice.
        tag = zlib.crc32(f"{subject}|{sender}|{body}".encode())
        headers.append(f"Message-ID: <test-{n}-{tag:08x}@example.org>")
    headers += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def addressed_mail(sender: str, subject: str, body: str, html: bool = False) -> bytes:
    """A message to the candidate Sam Rivera, built by the email package: for tests of the classifier's
    judgement, where only who writes, the subject and the words matter."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Sam Rivera <sam.rivera@example.org>"
    msg["Subject"] = subject
    msg.set_content(body, subtype="html" if html else "plain")
    return msg.as_bytes()


REJECTION_BODY = """Dear Sam,

Thank you for taking the time to interview with us for the Data Analyst position at Fernwood
Analytics, and for the thoughtful questions you asked the panel.

After careful consideration, we have decided to move forward with another candidate whose
experience more closely matches the needs of the team at this time.

We were impressed by your background and would be glad to stay in touch about future openings.

Kind regards,
Priya Raman
Talent Partner, Fernwood Analytics
priya.raman@fernwood-analytics.example
"""

INTERVIEW_BODY = """Hi Sam,

Thanks again for applying for the Data Analyst role. Unfortunately the slot we proposed for
Tuesday no longer works for the panel, so we would like to invite you to interview on Thursday
at 14:00 instead. Could you confirm whether that time suits you?

Best,
Jonas Weber
Recruiting, Brightlane
"""


def rejection(n: int = 1, **kw) -> bytes:
    kw.setdefault("subject", "Your application for Data Analyst at Fernwood Analytics")
    kw.setdefault("sender", "Priya Raman <priya.raman@fernwood-analytics.example>")
    return message(n, body=REJECTION_BODY, **kw)


def interview(n: int = 2, **kw) -> bytes:
    kw.setdefault("subject", "Interview for Data Analyst - new time")
    kw.setdefault("sender", "Jonas Weber <jonas.weber@brightlane.example>")
    return message(n, body=INTERVIEW_BODY, **kw)


def talent_mail(subject: str, body: str) -> bytes:
    """A plain-text mail from a company's talent team, for the classifier's tests."""
    msg = EmailMessage()
    msg["From"] = "Talent Team <talent@northwind.example>"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg.as_bytes()
