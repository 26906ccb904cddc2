"""Mail that arrives while the service works between two waits is looked at at once, not at the
next IDLE renewal: Dovecot announces in IDLE only what arrives after IDLE began (real Dovecot)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from onward.daemon import config
from onward.daemon.mailbox.imap import ImapMailbox
from tests.support.mail import message

NEVER = lambda: False  # noqa: E731


@pytest.fixture
def listed(mail_user, write_config) -> Iterator[ImapMailbox]:
    """A mailbox after its first look: the inbox open, its UIDs listed."""
    cfg = config.load(write_config(mail_user, extra="[schedule]\nidle = true"))
    mailbox = ImapMailbox(cfg)
    mailbox.open()
    try:
        mailbox.new_mail(None, 86400, time.time())
        yield mailbox
    finally:
        mailbox.close()


def timed_wait(mailbox: ImapMailbox, seconds: float = 20) -> tuple[bool, float]:
    started = time.monotonic()
    return mailbox.wait(seconds, NEVER), time.monotonic() - started


def test_mail_that_came_while_drafts_were_saved_is_news(listed, mail_user):
    assert listed.session is not None
    listed.session.examine("Drafts")  # as a drafting pass leaves the session
    mail_user.append(message(1))  # counted by the inbox's EXAMINE before IDLE, announced by none
    news, took = timed_wait(listed)
    assert news and took < 5


def test_mail_that_came_while_the_service_worked_is_news(listed, mail_user):
    time.sleep(1.2)  # the service at work after its last command (classifying, composing)
    mail_user.append(message(1))
    news, took = timed_wait(listed)
    assert news and took < 5


def test_a_quiet_inbox_still_waits(listed):
    listed.wait(1, NEVER)  # the first wait after the look: nothing came
    news, took = timed_wait(listed, 2)
    assert not news and took >= 1.9
