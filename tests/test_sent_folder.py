"""[imap] sent_folder: a reply the user keeps in a Sent folder of another name (one the server does
not mark \\Sent) still means "no draft", once the config names it. Against the real Dovecot."""

from __future__ import annotations

import email

from tests.support.conversation import replied_in


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
