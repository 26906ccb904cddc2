"""Mail that arrives while the service works between two waits is looked at at once, not at the
next IDLE renewal: Dovecot announces in IDLE only what arrives after IDLE began (real Dovecot)."""

from __future__ import annotations

import time

from onward.daemon import config
from onward.daemon.mailbox.imap import ImapMailbox
from tests.support.mail import message

NEVER = lambda: False  # noqa: E731


def opened_and_listed(mail_user, write_config) -> ImapMailbox:
    cfg = config.load(write_config(mail_user, extra="[schedule]\nidle = true"))
    mailbox = ImapMailbox(cfg)
    mailbox.open()
    mailbox.new_mail(None, 86400, time.time())  # the first look: the inbox open, its UIDs listed
    return mailbox


def timed_wait(mailbox: ImapMailbox, seconds: float = 20) -> tuple[bool, float]:
    started = time.monotonic()
    return mailbox.wait(seconds, NEVER), time.monotonic() - started


def test_mail_that_came_while_drafts_were_saved_is_news(mail_user, write_config):
    mailbox = opened_and_listed(mail_user, write_config)
    try:
        assert mailbox.session is not None
        mailbox.session.examine("Drafts")  # as a drafting pass leaves the session
        mail_user.append(message(1))  # counted by the inbox's EXAMINE before IDLE, announced by none
        news, took = timed_wait(mailbox)
        assert news and took < 5
    finally:
        mailbox.close()


def test_mail_that_came_while_the_service_worked_is_news(mail_user, write_config):
    mailbox = opened_and_listed(mail_user, write_config)
    try:
        time.sleep(1.2)  # the service at work after its last command (classifying, composing)
        mail_user.append(message(1))
        news, took = timed_wait(mailbox)
        assert news and took < 5
    finally:
        mailbox.close()


def test_a_quiet_inbox_still_waits(mail_user, write_config):
    mailbox = opened_and_listed(mail_user, write_config)
    try:
        mailbox.wait(1, NEVER)  # the first wait after the look: nothing came
        news, took = timed_wait(mailbox, 2)
        assert not news and took >= 1.9
    finally:
        mailbox.close()
