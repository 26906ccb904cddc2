"""An employer's answer in the thread of a rejection is no new rejection: one reply per rejection."""

from __future__ import annotations

import email
import email.utils
import time

from onward.classifier import load_model
from onward.daemon.state import Status
from tests.support.helpers import DELAY_0, onward, state_rows
from tests.support.mail import rejection

# Reads like a rejection on its own (the test checks that the model says so), but it answers the
# user's reply to an earlier rejection.
ANSWER = """Hi Sam,

Thanks for your reply. As mentioned, we have decided to move forward with another candidate whose \
experience more closely matches the role, so we will not be progressing your application. \
We will keep your details on file and wish you every success in your search.

Best regards,
Priya Raman
Talent Partner, Fernwood Analytics
"""


def answer(rejection_id: str, reply_id: str, n: int = 1) -> bytes:
    """The employer's answer as a mail client threads it: References carries the whole chain."""
    lines = ["From: Priya Raman <priya.raman@fernwood-analytics.example>", "To: Sam Seeker <sam@example.net>",
             "Subject: Re: Re: Your application for Data Analyst at Fernwood Analytics",
             f"Date: {email.utils.formatdate(time.time())}", f"Message-ID: <answer-{n}@fernwood-analytics.example>",
             f"In-Reply-To: {reply_id}", f"References: {rejection_id} {reply_id}",
             "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(lines) + "\r\n\r\n" + ANSWER.replace("\n", "\r\n")).encode()


def statuses(config) -> dict[str, str]:
    return dict(state_rows(config.parent / "state.sqlite3", "SELECT message_id, status FROM messages"))


def drafts_in(user) -> int:
    with user.client() as c:
        c.select_folder("Drafts", readonly=True)
        return len(c.search("ALL"))


def test_the_answer_to_the_users_reply_gets_no_draft_of_its_own(mail_user, write_config):
    path = write_config(mail_user, extra=DELAY_0)
    first = rejection(1, date=time.time() - 3 * 86400)
    mail_user.drop(first)
    assert onward("--config", str(path), "run", "--once").returncode == 0
    assert drafts_in(mail_user) == 1
    rejection_id = email.message_from_bytes(first)["Message-ID"].strip()
    reply = answer(rejection_id, "<reply-1@example.net>")
    assert load_model().classify(reply, 0.95).label == "rejection"  # on its own it would be drafted

    mail_user.append(reply)
    done = onward("--config", str(path), "run", "--once")

    assert done.returncode == 0, done.stderr
    assert drafts_in(mail_user) == 1
    assert statuses(path) == {rejection_id: Status.DRAFTED, "<answer-1@fernwood-analytics.example>": Status.OTHER}


def test_a_rejection_and_its_answer_read_in_one_first_scan_get_one_draft(mail_user, write_config):
    path = write_config(mail_user, extra=DELAY_0)
    first = rejection(2, date=time.time() - 5 * 86400)
    rejection_id = email.message_from_bytes(first)["Message-ID"].strip()
    mail_user.drop(first)
    mail_user.drop(answer(rejection_id, "<reply-2@example.net>", n=2))

    assert onward("--config", str(path), "run", "--once").returncode == 0

    assert drafts_in(mail_user) == 1
    assert statuses(path) == {rejection_id: Status.DRAFTED, "<answer-2@fernwood-analytics.example>": Status.OTHER}
