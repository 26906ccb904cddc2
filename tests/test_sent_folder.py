"""[imap] sent_folder: a reply the user keeps in a Sent folder of another name (one the server does
not mark \\Sent) still means "no draft", once the config names it. Against the real Dovecot."""

from __future__ import annotations

import email
import time

from tests.support.helpers import drafts_in, poll, rejections
from tests.support.mail import rejection

HOURS_3 = 3 * 3600


def reply_to(original: bytes) -> bytes:
    msgid = email.message_from_bytes(original)["Message-ID"]
    return (f"From: sam@example.net\r\nTo: priya@fernwood.example\r\nSubject: Re: thanks\r\n"
            f"In-Reply-To: {msgid}\r\nReferences: {msgid}\r\n\r\nThank you!\r\n").encode()


def replied_in(mail_user, folder: str, write_config, **imap) -> tuple[list, list[dict], bytes]:
    """Two rejections; the user answers the first from `folder`; the delay passes. Returns the
    drafts, the rejections as `status` lists them, and the rejection still waiting for a draft."""
    with mail_user.client() as c:
        c.create_folder(folder)  # an ordinary folder: no \\Sent attribute
    path = write_config(mail_user, extra='[drafts]\ndelay = "2h"', **imap)
    answered, other = rejection(1), rejection(2, sender="Ola Berg <ola@northwind.example>")
    mail_user.drop(answered)
    mail_user.drop(other)
    now = time.time()
    poll(path, now)
    mail_user.append(reply_to(answered), folder=folder)
    poll(path, now + HOURS_3)
    return drafts_in(mail_user), rejections(path), other


def test_a_reply_in_the_configured_sent_folder_means_no_draft(mail_user, write_config):
    drafts, listed, other = replied_in(mail_user, "Outbox Archive", write_config,
                                       sent_folder="Outbox Archive")
    assert [m["In-Reply-To"] for m, _flags in drafts] == [email.message_from_bytes(other)["Message-ID"]]
    reasons = sorted((r["status"], r.get("reason") or "") for r in listed)
    assert reasons == [("drafted", ""), ("skipped", "you already replied")]


def test_without_the_setting_a_reply_in_that_folder_is_not_seen(mail_user, write_config):
    # The control: the Sent folder onward finds by itself is Dovecot's \\Sent one, not this.
    drafts, listed, _other = replied_in(mail_user, "Outbox Archive", write_config)
    assert len(drafts) == 2
    assert sorted(r["status"] for r in listed) == ["drafted", "drafted"]
