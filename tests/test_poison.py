"""One hostile mail must never stop drafting: against the real Dovecot (issue 16, class 1 and 4)."""

from __future__ import annotations

import json

from onward.daemon import config
from onward.daemon.drafting import save_due_drafts
from onward.daemon.service import make_service
from helpers import onward, state_rows
from mail import rejection
from test_end_to_end import drafts_in, keys_in_drafts


def with_message_id(raw: bytes, value: bytes) -> bytes:
    """The message with its Message-ID header's value replaced by `value` (bytes, as sent)."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"message-id:")]
    return b"\r\n".join(lines + [b"Message-ID: " + value]) + sep + body


HOSTILE_IDS = {
    "encoded-word": b"=?utf-8?q?=3C=C3=BCber-1=40example=2Eorg=3E?=",
    "raw utf-8": "<über-2@example.org>".encode(),
    "raw latin-1": "<über-3@example.org>".encode("latin-1"),
    "quotes and backslash": b'<"q\\uote"-4@example.org>',
    "nul": b"<nul\x00-5@example.org>",
    "very long": b"<" + b"x" * 5000 + b"-6@example.org>",
    "unknown charset": b"=?undefined?Q?=3Cundef-7=40example=2Eorg=3E?=",
    "nul in charset": b"=?utf\x00-8?Q?=3Cnulcs-8=40example=2Eorg=3E?=",
}


def test_hostile_message_ids_get_drafts_and_stop_nothing(mail_user, write_config, tmp_path):
    """Each hostile Message-ID is drafted (or skipped with a reason); the plain ones around it
    are drafted in the same pass, and `run --once` ends well."""
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n[identity]\nname = "Sam Seeker"\n'
                                          'email = "sam@example.net"')
    mail_user.drop(rejection(100, sender="Ana Lopez <ana@first.example>"))
    for n, value in enumerate(HOSTILE_IDS.values()):
        mail_user.drop(with_message_id(rejection(n, sender=f"P{n} Doe <p{n}@c{n}.example>"), value))
    mail_user.drop(rejection(101, sender="Ola Berg <ola@last.example>"))
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr
    total = len(HOSTILE_IDS) + 2
    assert f"{total} rejection(s) with drafts saved" in done.stdout, done.stdout + done.stderr
    assert len(keys_in_drafts(mail_user)) == total
    statuses = [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT status FROM messages")]
    assert statuses == ["drafted"] * total
    # A second pass finds nothing to do and makes no duplicate.
    again = onward("--config", str(path), "run", "--once")
    assert again.returncode == 0, again.stderr
    assert len(keys_in_drafts(mail_user)) == total


def test_the_drafts_of_a_hostile_id_parse_cleanly(mail_user, write_config):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"')
    mail_user.drop(with_message_id(rejection(1), b"<a\r\n Bcc: x@evil.example>"))
    mail_user.drop(with_message_id(rejection(2), "<ünï-2@example.org>".encode()))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    saved = drafts_in(mail_user)
    assert len(saved) == 2
    for draft, _flags in saved:
        assert draft["Bcc"] is None
        for name, value in draft.items():
            assert "\r" not in str(value) and "\n" not in str(value), name
            assert not getattr(value, "defects", ()), (name, value.defects)
