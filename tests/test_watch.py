"""The watcher against a real Dovecot: incremental, side-effect free, crash- and outage-proof."""

from __future__ import annotations

import os
import signal
import time

import pytest

from onward.daemon import config
from onward.daemon.service import make_service
from tests.support.helpers import onward, start_onward, state_rows, visible_flags, wait_for
from tests.support.mail import message


def run_once(path):
    cfg = config.load(path)
    service = make_service(cfg)
    try:
        return service.run_once()
    finally:
        service.store.close()


def test_incremental_fetch_across_restarts(mail_user, write_config, tmp_path):
    path = write_config(mail_user)
    for n in range(3):
        mail_user.drop(message(n))
    first = run_once(path)
    assert (first.fetched, first.recorded) == (3, 3)
    assert run_once(path).fetched == 0  # a new process, nothing new: nothing fetched
    for n in range(3, 5):
        mail_user.append(message(n))
    second = run_once(path)
    assert (second.fetched, second.recorded) == (2, 2)
    rows = state_rows(tmp_path / "state.sqlite3")
    assert sorted(uid for uid, _k, _s in rows) == [1, 2, 3, 4, 5]


def test_no_flag_changes_in_the_inbox(mail_user, write_config):
    for n in range(4):
        mail_user.drop(message(n))
    with mail_user.client() as c:
        c.select_folder("INBOX")
        c.add_flags([1], [b"\\Seen"])
        c.add_flags([2], [b"\\Flagged"])
    before = visible_flags(mail_user.flags())
    assert run_once(write_config(mail_user)).recorded == 4
    assert visible_flags(mail_user.flags()) == before
    assert b"\\Seen" not in before[3]


def test_uidvalidity_change_processes_nothing_twice(mail_user, write_config, dovecot, tmp_path):
    path = write_config(mail_user)
    for n in range(3):
        mail_user.drop(message(n))
    mail_user.drop(message(3, message_id=False))  # recognised by content instead
    assert run_once(path).recorded == 4
    old = state_rows(tmp_path / "state.sqlite3", "SELECT uidvalidity FROM folders")[0][0]
    dovecot.doveadm("mailbox", "update", "-u", mail_user.name, "--uid-validity", str(old + 7),
                    "INBOX")
    mail_user.append(message(4))
    again = run_once(path)
    assert again.fetched == 5 and again.recorded == 1  # rescanned, only the new one recorded
    assert state_rows(tmp_path / "state.sqlite3", "SELECT uidvalidity FROM folders")[0][0] == old + 7
    assert len(state_rows(tmp_path / "state.sqlite3")) == 5


def test_first_run_ignores_mail_older_than_lookback(mail_user, write_config, tmp_path):
    month_ago = time.time() - 30 * 86400
    mail_user.drop(message(1, subject="old news"), mtime=month_ago)
    mail_user.drop(message(2, subject="fresh"))
    result = run_once(write_config(mail_user, extra='[schedule]\nlookback = "14d"'))
    assert result.recorded == 1
    assert [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT subject FROM messages")] == ["fresh"]
    mail_user.drop(message(3, subject="later"))
    assert run_once(tmp_path / "config.toml").recorded == 1  # and the old one stays ignored


def test_malformed_messages_are_recorded_and_the_scan_goes_on(mail_user, write_config, tmp_path):
    big = os.urandom(10 * 1024 * 1024).hex().encode()[: 10 * 1024 * 1024]
    nasty = [
        b"From: a@example.org\r\nSubject: broken mime\r\nMessage-ID: <b1@x>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=\"nope\"\r\n\r\n--other\r\nno closing\r\n",
        b"From: a@example.org\r\nSubject: =?x-unknown-42?Q?caf=E9?=\r\nMessage-ID: <b2@x>\r\n"
        b"Content-Type: text/plain; charset=x-unknown-42\r\n\r\ncaf\xe9\r\n",
        b"From: nobody@example.org\r\nSubject: no id here\r\n\r\nbody\r\n",
        b"From: Fran\xe7ois <f@example.org>\r\nSubject: Gr\xfc\xdfe \xff\xfe\r\nMessage-ID: <b4@x>\r\n\r\n8bit\r\n",
        b"From: a@example.org\r\nSubject: attachment\r\nMessage-ID: <b5@x>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nsee file\r\n"
        b"--XX\r\nContent-Type: application/octet-stream\r\n\r\n" + big + b"\r\n--XX--\r\n",
        b"\r\n\r\n",
        message(7),
    ]
    for raw in nasty:
        mail_user.drop(raw)
    result = run_once(write_config(mail_user))
    assert result.fetched == len(nasty) and result.recorded == len(nasty)
    subjects = [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT subject FROM messages")]
    assert "attachment" in subjects and "Test message 7" in subjects


def test_a_failing_processor_skips_only_that_message(mail_user, write_config):
    for n in range(3):
        mail_user.drop(message(n, subject=f"m{n}"))
    cfg = config.load(write_config(mail_user))

    from onward.daemon.triage import basic_record, per_message

    def picky(msg, key):
        if b"Subject: m1" in msg.raw:
            raise ValueError("cannot read this one")
        return basic_record(msg, key, "seen")

    service = make_service(cfg, per_message(picky))
    result = service.run_once()
    statuses = dict(service.store.db.execute("SELECT subject, status FROM messages"))
    service.store.close()
    assert result.recorded == 3 and result.failed == 1
    assert statuses == {"m0": "seen", "m1": "failed", "m2": "seen"}


def test_sigkill_mid_scan_records_each_message_exactly_once(mail_user, write_config, tmp_path):
    total = 3000
    for n in range(total):
        mail_user.drop(message(n))
    path = write_config(mail_user, batch_size=50)
    state = tmp_path / "state.sqlite3"
    proc = start_onward("--config", str(path), "run", "--once", log=tmp_path / "log1")
    wait_for(lambda: len(state_rows(state)) >= 200, timeout=60, step=0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = len(state_rows(state))
    assert 0 < partial < total, "the kill should land mid-scan"
    done = onward("--config", str(path), "run", "--once", timeout=120)
    assert done.returncode == 0, done.stderr
    rows = state_rows(state)
    assert len(rows) == total
    assert len({key for _uid, key, _s in rows}) == total
    assert sorted(uid for uid, _k, _s in rows) == list(range(1, total + 1))


def test_service_recovers_after_dovecot_restart(mail_user, write_config, dovecot, tmp_path):
    path = write_config(mail_user, extra='[schedule]\npoll_interval = "1s"\nidle = true')
    state = tmp_path / "state.sqlite3"
    mail_user.drop(message(1))
    log = tmp_path / "service.log"
    proc = start_onward("--config", str(path), "run", log=log)
    try:
        wait_for(lambda: len(state_rows(state)) == 1)
        dovecot.restart()
        mail_user.append(message(2))
        wait_for(lambda: len(state_rows(state)) == 2, timeout=30)
        dovecot.stop()
        time.sleep(3)  # the service keeps trying while the server is down
        dovecot.start()
        mail_user.append(message(3))
        wait_for(lambda: len(state_rows(state)) == 3, timeout=30)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=15)
    text = log.read_text()
    assert code == 0, text
    # One warning per outage, not one per attempt.
    assert 1 <= text.count("mailbox unavailable") <= 2, text
    assert "connection restored" in text


def test_idle_sees_new_mail_within_seconds(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[schedule]\npoll_interval = "10m"\nidle = true')
    state = tmp_path / "state.sqlite3"
    proc = start_onward("--config", str(path), "run", log=tmp_path / "log")
    try:
        wait_for(lambda: state_rows(state, "SELECT * FROM folders"))
        time.sleep(0.5)  # let it settle into IDLE
        mail_user.append(message(1))
        # Polling alone would take 10 minutes: seeing it this soon means IDLE reported it.
        wait_for(lambda: len(state_rows(state)) == 1, timeout=15)
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) == 0


@pytest.mark.parametrize("idle", [False, True])
def test_silent_connection_is_noticed_and_replaced(mail_user, write_config, tmp_path, idle):
    from tests.support.proxy import SilenceableProxy

    proxy = SilenceableProxy(("127.0.0.1", mail_user.server.port))
    state = tmp_path / "state.sqlite3"
    path = write_config(mail_user, port=proxy.port, timeout="2s",
                        extra=f'[schedule]\npoll_interval = "1s"\nidle = {str(idle).lower()}')
    proc = start_onward("--config", str(path), "run", log=tmp_path / "log")
    try:
        wait_for(lambda: state_rows(state, "SELECT * FROM folders"))
        assert proxy.connections == 1
        proxy.silence_current()  # packets vanish, as when Wi-Fi drops behind a NAT
        mail_user.append(message(1))
        # Without a read timeout the old connection would wait forever; a new one is needed.
        wait_for(lambda: len(state_rows(state)) == 1, timeout=20)
        assert proxy.connections >= 2
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=15)
        proxy.close()
    assert code == 0, (tmp_path / "log").read_text()


def test_waking_from_sleep_drops_the_idle_connection_at_once(mail_user, write_config, monkeypatch):
    from onward.daemon import credentials
    from onward.daemon.mailbox import imap_session as imap
    from onward.daemon.errors import ConnectionFailure

    cfg = config.load(write_config(mail_user))
    with imap.Session(cfg.imap, credentials.resolve(cfg)) as mailbox:
        mailbox.examine("INBOX")
        real_time = time.time
        started = real_time()
        # Two seconds into IDLE the wall clock leaps an hour ahead: the laptop slept.
        monkeypatch.setattr(imap.time, "time", lambda: real_time() + (3600 if real_time() - started > 2 else 0))
        with pytest.raises(ConnectionFailure, match="asleep"):
            mailbox.wait_idle(60, lambda: False)
        assert real_time() - started < 10


def test_progress_bar_only_on_a_terminal():
    import io

    from onward.daemon.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        bar = Progress("scanning INBOX", stream)
        bar(500, 1000)
        bar(1000, 1000)
    assert "scanning INBOX [###############...............] 500/1000" in shown.getvalue()
    assert shown.getvalue().endswith("1000/1000\n")
    assert hidden.getvalue() == ""  # logs and journald stay quiet


def test_header_text_drops_control_characters():
    from onward.daemon.mailbox.message import header_text

    assert header_text("Re: offer\x1b[2J\x07 =?utf-8?q?caf=C3=A9?=\r\n\tnext") == "Re: offer[2J café next"
