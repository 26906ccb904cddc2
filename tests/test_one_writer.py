"""One writer per state file: a second `run` is refused with the first one's pid, never duplicates
drafts; readers (`status`, `check`) work alongside. Against the real Dovecot."""

from __future__ import annotations

import json

import collections
import subprocess
import sys

from tests.support.helpers import onward, start_onward, state_rows, wait_for
from tests.support.mail import rejection
from onward.daemon.errors import AlreadyRunning
from onward.daemon.lock import StateLock

import pytest

DELAY_0 = '[drafts]\ndelay = "0m"\n'


def draft_keys(user) -> list[str]:
    with user.client() as c:
        c.select_folder("Drafts", readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (X-ONWARD-KEY)]"]) if uids else {}
    return [d[b"BODY[HEADER.FIELDS (X-ONWARD-KEY)]"].decode().split(":", 1)[1].strip()
            for d in data.values()]


def test_run_once_beside_a_running_service_exits_2_naming_its_pid(mail_user, write_config, tmp_path):
    for n in range(1, 6):
        mail_user.drop(rejection(n))
    path = write_config(mail_user, extra=DELAY_0)
    state = tmp_path / "state.sqlite3"
    service = start_onward("--config", str(path), "run", log=tmp_path / "run.log")
    try:
        wait_for(lambda: len(draft_keys(mail_user)) == 5, timeout=60)
        second = onward("--config", str(path), "run", "--once")
        assert second.returncode == 2, second.stderr
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in second.stderr
        assert f"another onward (pid {service.pid}) is using {state}" in lines[0]
        # Readers are not writers: they work while the service runs.
        status = onward("--config", str(path), "status")
        assert status.returncode == 0, status.stderr
        assert status.stdout.startswith(f"onward is running (pid {service.pid}, since ")
        as_json = json.loads(onward("--config", str(path), "status", "--json").stdout)
        assert as_json["running"]["pid"] == service.pid
        assert onward("--config", str(path), "check").returncode == 0
        assert onward("--config", str(path), "run", "--once", "--dry-run",
                      str(tmp_path / "dry")).returncode == 0
    finally:
        service.terminate()
        assert service.wait(timeout=30) == 0
    keys = draft_keys(mail_user)
    assert len(keys) == len(set(keys)) == 5
    assert onward("--config", str(path), "status").stdout.startswith("onward is not running")


def test_status_says_what_the_running_service_does_when_the_mailbox_is_down(mail_user, write_config, tmp_path):
    path = write_config(mail_user, port=1, timeout="2s")  # nothing listens there
    service = start_onward("--config", str(path), "run", log=tmp_path / "run.log")
    try:
        status = wait_for(lambda: (lambda out: out if "mailbox unavailable" in out else None)(
            onward("--config", str(path), "status").stdout), timeout=30)
        assert status.startswith(f"onward is running (pid {service.pid}, since ")
        assert status.splitlines()[0].endswith(": mailbox unavailable, retrying")
        as_json = json.loads(onward("--config", str(path), "status", "--json").stdout)
        assert as_json["running"]["activity"] == "mailbox unavailable, retrying"
    finally:
        service.terminate()
        assert service.wait(timeout=30) == 0


def test_two_run_once_at_the_same_moment_make_one_draft_set_per_rejection(mail_user, write_config,
                                                                         tmp_path):
    count = 40
    for n in range(1, count + 1):
        mail_user.drop(rejection(n))
    path = write_config(mail_user, extra=DELAY_0)
    command = [sys.executable, "-m", "onward.daemon", "--config", str(path), "run", "--once"]
    both = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    results = [(p.wait(timeout=180), p.stderr.read()) for p in both]
    for p in both:
        p.stdout.close()
        p.stderr.close()
    assert all(code in (0, 2) for code, _err in results), results
    assert any(code == 0 for code, _err in results), results
    for code, err in results:
        if code == 2:
            # "(pid N)" when the holder has written its pid yet: both runs start at the same moment
            assert "another onward" in err and "is using" in err
    keys = draft_keys(mail_user)
    duplicates = [k for k, n in collections.Counter(keys).items() if n > 1]
    assert not duplicates
    assert len(keys) == count
    drafted = state_rows(tmp_path / "state.sqlite3",
                         "SELECT COUNT(*) FROM messages WHERE status='drafted'")
    assert drafted == [(count,)]


def test_the_lock_is_released_when_its_holder_ends(tmp_path):
    state = tmp_path / "state.sqlite3"
    with StateLock(state):
        with pytest.raises(AlreadyRunning, match=r"another onward \(pid \d+\) is using"):
            StateLock(state).acquire()
    StateLock(state).acquire().release()  # free again
