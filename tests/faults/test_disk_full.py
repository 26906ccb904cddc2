"""A real full disk (a 1 MiB tmpfs) under the state file: at start, one sentence and exit 3; under
a running service with mail arriving, it waits for space, then drafts each rejection once.
Moved here from tests/test_state_guard.py, which keeps the other state-file damage."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.faults import Arrivals, assert_each_rejection_drafted_once, drafts
from tests.support.helpers import (DELAY_0, one_line_exit_3, onward, start_onward, state_rows,
                                   wait_for)
from tests.support.mail import rejection


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs. Mounting needs root, as in CI, where failing to mount is a failure (like a
    missing Dovecot, see conftest.py): elsewhere the test is skipped."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        message = f"cannot mount a tmpfs here: {done.stderr.strip()}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def config_on(disk: Path, write_config, user, extra: str = "") -> Path:
    path = write_config(user, extra=f'{DELAY_0}{extra}\n[state]\npath = "{disk / "s.sqlite3"}"\n')
    text = path.read_text()  # write_config writes its own [state]: keep the one on the disk
    first = text.index("[state]")
    end = text.index("\n", text.index("path", first)) + 1
    path.write_text(text[:first] + text[end:])
    return path


def test_a_full_disk_at_start_is_one_line_and_exit_3(mail_user, write_config, small_disk):
    path = config_on(small_disk, write_config, mail_user)
    fill(small_disk)
    mail_user.drop(rejection(1))
    one_line_exit_3(onward("--config", str(path), "run", "--once"), "is full")
    assert drafts(mail_user) == []


def test_the_running_service_waits_out_a_full_disk_and_recovers(mail_user, write_config, tmp_path,
                                                               small_disk):
    state = small_disk / "s.sqlite3"
    path = config_on(small_disk, write_config, mail_user,
                     extra='\n[schedule]\npoll_interval = "1s"\nidle = false\n')
    arrivals = Arrivals(mail_user, seed=5)
    log = tmp_path / "run.log"
    proc = start_onward("--config", str(path), "run", log=log)
    try:
        wait_for(lambda: state_rows(state, "SELECT * FROM folders"), timeout=60)
        filler = fill(small_disk)
        arrivals.drop(9)
        wait_for(lambda: "is full; waiting for free space" in log.read_text(), timeout=60)
        arrivals.drop(3)
        time.sleep(2)
        assert proc.poll() is None, log.read_text()  # still running, waiting
        filler.unlink()
        wait_for(lambda: len(drafts(mail_user)) == len(arrivals.rejection_ids), timeout=120, step=1)
        assert "disk space is back" in log.read_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    assert code == 0, log.read_text()
    assert_each_rejection_drafted_once(mail_user, arrivals.rejection_ids)
