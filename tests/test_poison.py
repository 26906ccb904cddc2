"""One hostile mail must never stop drafting: against the real Dovecot (issue 16, class 1 and 4)."""

from __future__ import annotations

import json

import pytest

from onward.daemon import config
from tests.support.helpers import drafts_in, keys_in_drafts, onward, poll, state_rows
from tests.support.mail import rejection


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


# Loaded by each of the scan's worker processes (they are new Pythons, which the test's monkeypatch
# does not reach) through PYTHONPATH: composing the poison rejection fails there too, and says so.
WORKER_HOOK = '''
import os
from onward import drafts

_real = drafts.plan_drafts

def plan_drafts(raw, key, settings, now=None):
    if b"poison.example" in raw:
        with open(os.environ["ONWARD_TEST_WORKER_FAILED"], "a") as f:
            f.write(key + "\\n")
        raise RuntimeError("cannot cope with this one in the worker")
    return _real(raw, key, settings, now=now)

drafts.plan_drafts = plan_drafts
'''


@pytest.mark.parametrize("delay", ["1m", "0m"], ids=["composed when due", "composed by the scan"])
def test_an_error_with_one_rejection_is_recorded_retried_and_then_failed(delay, mail_user, write_config,
                                                                         monkeypatch, tmp_path):
    """An unexpected error while drafting one rejection: the others get their drafts; that one
    keeps the reason and a count, is tried again later (not at every loop), and after three
    attempts is "failed", which `status` shows.

    Due a minute after the scan, it is composed by the service when due. Due at once, the scan's
    worker (in its own process) composes it first, fails and keeps no composition; the service
    composes it itself in the same pass, fails too, and counts the attempt."""
    from onward import drafts

    failed_in_worker = tmp_path / "failed-in-worker"
    if delay == "0m":
        hook = tmp_path / "hook"
        hook.mkdir()
        (hook / "sitecustomize.py").write_text(WORKER_HOOK)
        monkeypatch.setenv("PYTHONPATH", str(hook))
        monkeypatch.setenv("ONWARD_TEST_WORKER_FAILED", str(failed_in_worker))
    path = write_config(mail_user, extra=f'[drafts]\ndelay = "{delay}"')
    mail_user.drop(rejection(1, sender="Ana Lopez <ana@first.example>"))
    mail_user.drop(rejection(2, sender="Bad Apple <bad@poison.example>"))
    mail_user.drop(rejection(3, sender="Ola Berg <ola@last.example>"))
    real = drafts.plan_drafts

    def plan_drafts(raw, key, settings, now=None):
        if b"poison.example" in raw:
            raise RuntimeError("cannot cope with this one")
        return real(raw, key, settings, now=now)

    monkeypatch.setattr(drafts, "plan_drafts", plan_drafts)
    state = tmp_path / "state.sqlite3"
    query = "SELECT status, attempts, detail FROM messages WHERE sender LIKE '%poison%'"
    now = __import__("time").time() + 5
    poll(path, now)
    if delay == "0m":
        assert len(failed_in_worker.read_text().split()) == 1  # the worker did try, and failed
    else:
        now += 61
        poll(path, now)  # due now
    assert len(keys_in_drafts(mail_user)) == 2
    status, attempts, detail = state_rows(state, query)[0]
    assert (status, attempts) == ("waiting", 1)
    assert "RuntimeError: cannot cope with this one" in detail and "in the worker" not in detail
    if delay == "0m":
        poll(path, now + 3600)
        assert state_rows(state, query)[0][:2] == ("waiting", 2)
        assert len(keys_in_drafts(mail_user)) == 2
        return
    poll(path, now + 60)  # too soon: not tried again
    assert state_rows(state, query)[0][:2] == ("waiting", 1)
    poll(path, now + 3600)
    assert state_rows(state, query)[0][:2] == ("waiting", 2)
    text = onward("--config", str(path), "status").stdout
    assert "attempt 2 failed: RuntimeError: cannot cope" in text
    poll(path, now + 5 * 3600)
    assert state_rows(state, query)[0][:2] == ("failed", 3)
    poll(path, now + 50 * 3600)  # bounded: never tried again
    assert state_rows(state, query)[0][:2] == ("failed", 3)
    assert len(keys_in_drafts(mail_user)) == 2
    text = onward("--config", str(path), "status").stdout
    assert "failed: RuntimeError: cannot cope with this one" in text
    listed = json.loads(onward("--config", str(path), "status", "--json").stdout)
    failed = [r for r in listed["accounts"][0]["rejections"] if r["status"] == "failed"]
    assert failed and failed[0]["attempts"] == 3


def test_an_old_state_file_gets_the_attempts_column(tmp_path):
    import sqlite3

    from onward.daemon.state import SCHEMA, Store

    path = tmp_path / "state.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)  # the schema before the attempts column
    db.execute("INSERT INTO messages (account, key, folder, uidvalidity, uid, seen_at, status, due_at)"
               " VALUES ('default', 'k', 'INBOX', 1, 1, 0, 'waiting', 10)")
    db.commit()
    db.close()
    store = Store(path)
    try:
        assert store.rejections()[0]["attempts"] == 0
        assert store.note_failed_attempt("k", "why", 20, 600, 3) == 1
        assert store.rejections()[0]["reason"] == "why"
    finally:
        store.close()
    Store(path).close()  # opening again adds nothing twice


def test_status_shows_8bit_headers_decoded_and_never_bidi_overrides(mail_user, write_config):
    path = write_config(mail_user)
    mail_user.drop("From: Zoë <z@example.org>\r\nSubject: Grüße aus Köln\r\n"
                   "Message-ID: <s1@x>\r\n\r\nHallo\r\n".encode())
    mail_user.drop("From: a@example.org\r\nSubject: Grüße\r\nMessage-ID: <s2@x>\r\n\r\nx\r\n"
                   .encode("latin-1"))
    mail_user.drop("From: b@example.org\r\nSubject: invoice \u202efdp.exe\u2066 \u200bnow\x1b[2J\r\n"
                   "Message-ID: <s3@x>\r\n\r\nx\r\n".encode())
    assert onward("--config", str(path), "run", "--once").returncode == 0
    shown = onward("--config", str(path), "status")
    assert shown.returncode == 0, shown.stderr
    assert "Grüße aus Köln" in shown.stdout and "Zoë" in shown.stdout
    assert "\ufffd" not in shown.stdout
    assert shown.stdout.count("Grüße") == 2
    assert "invoice fdp.exe now[2J" in shown.stdout
    for bad in ("\u202e", "\u2066", "\u200b", "\x1b"):
        assert bad not in shown.stdout
    as_json = onward("--config", str(path), "status", "--json")
    assert as_json.returncode == 0 and "\u202e" not in as_json.stdout
    json.loads(as_json.stdout)


def test_run_once_goes_on_to_the_later_accounts_after_a_bug_in_one(dovecot, tmp_path, monkeypatch):
    from onward.daemon import service as service_module
    from onward.daemon.commands.run import _run_once
    from onward.daemon.config import accounts_of

    first = dovecot.add_user("poison-first", "pw-first-1")
    second = dovecot.add_user("poison-second", "pw-second-1")
    monkeypatch.setenv("FIRST_PW", first.password)
    monkeypatch.setenv("SECOND_PW", second.password)
    server = f'host = "127.0.0.1"\nport = {first.server.port}\nsecurity = "none"\ntimeout = "5s"\n'
    path = tmp_path / "config.toml"
    path.write_text(
        f'[drafts]\ndelay = "0m"\n[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
        f'[[accounts]]\nname = "first"\nusername = "{first.name}"\npassword_env = "FIRST_PW"\n{server}\n'
        f'[[accounts]]\nname = "second"\nusername = "{second.name}"\npassword_env = "SECOND_PW"\n{server}\n')
    first.drop(rejection(1))
    second.drop(rejection(2))
    real_scan = service_module.scan

    def scan(mailbox, store, *args, **kwargs):
        if store.account == "first":
            raise KeyError("a bug that only this account meets")
        return real_scan(mailbox, store, *args, **kwargs)

    monkeypatch.setattr(service_module, "scan", scan)
    try:
        _run_once(accounts_of(config.load(path)), None)
    except KeyError:
        pass  # reported (exit 4) only after every account had its turn
    else:
        raise AssertionError("the bug was not reported")
    assert len(drafts_in(second)) == 1
