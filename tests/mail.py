"""Small builders of test messages (written for these tests)."""

from __future__ import annotations

import email.utils


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
        headers.append(f"Message-ID: <test-{n}-{id(headers)}@example.org>")
    headers += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode()
