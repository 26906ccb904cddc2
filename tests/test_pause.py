"""`onward pause` and `onward resume`: new mail is still recorded, drafts wait; against Dovecot."""

from __future__ import annotations

import math
import signal
import time

import pytest

from onward.daemon import pause
from onward.daemon.errors import UsageError
from tests.support.helpers import drafts_in, onward, start_onward, state_rows, wait_for
from tests.support.mail import rejection


def test_paused_run_records_the_rejection_and_drafts_it_after_resume(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"')
    held = onward("--config", str(path), "pause")
    assert held.returncode == 0 and "paused until `onward resume`" in held.stdout
    mail_user.drop(rejection(1))
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr
    assert "1 rejection(s)" in done.stdout and "0 rejection(s) with drafts saved (paused" in done.stdout
    assert drafts_in(mail_user) == []
    status = onward("--config", str(path), "status")
    assert "paused until `onward resume`" in status.stdout and "waiting" in status.stdout
    assert "resumed" in onward("--config", str(path), "resume").stdout
    again = onward("--config", str(path), "run", "--once")
    assert "1 rejection(s) with drafts saved" in again.stdout, again.stdout + again.stderr
    assert len(drafts_in(mail_user)) == 1


def test_a_running_service_holds_drafts_while_paused(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n[schedule]\npoll_interval = "2s"')
    assert onward("--config", str(path), "pause", "--until", "1h").returncode == 0
    log = tmp_path / "log"
    proc = start_onward("--config", str(path), "run", log=log)
    try:
        mail_user.drop(rejection(1))
        wait_for(lambda: state_rows(tmp_path / "state.sqlite3", "SELECT status FROM messages"))
        time.sleep(3)  # polls go on: recorded, not drafted
        assert drafts_in(mail_user) == []
        assert onward("--config", str(path), "resume").returncode == 0
        wait_for(lambda: len(drafts_in(mail_user)) == 1, timeout=20, step=0.5)
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    text = log.read_text()
    assert "paused until" in text and "the pause is over" in text


def test_until_takes_durations_and_dates_and_a_pause_ends_by_itself(tmp_path):
    now = 1_800_000_000.0
    assert pause.parse_until("2d", now) == now + 2 * 86400
    assert pause.parse_until("2030-01-02 09:00", now) > now
    for wrong in ("soon", "2001-01-01", "0m"):
        with pytest.raises(UsageError):
            pause.parse_until(wrong, now)
    state = tmp_path / "state.sqlite3"
    assert pause.paused_until(state) is None
    pause.pause(state, None)
    assert pause.paused_until(state) == math.inf
    pause.pause(state, now + 60)
    assert pause.paused_until(state, now) == now + 60
    assert pause.paused_until(state, now + 61) is None  # over: drafts are saved again
    assert pause.resume(state) and not pause.resume(state)


def test_a_state_path_below_a_file_is_no_pause(tmp_path):
    (tmp_path / "mail.eml").write_text("a file, not a folder")
    assert pause.paused_until(tmp_path / "mail.eml" / "state.sqlite3") is None
    (tmp_path / "state.sqlite3.paused").write_text("{not json")  # unreadable: the user did ask
    assert pause.paused_until(tmp_path / "state.sqlite3") == math.inf
