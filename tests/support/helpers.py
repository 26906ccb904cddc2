"""Helpers for tests that run onward as a real process, read its state file and the mailbox it wrote to."""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onward.daemon import config
from onward.daemon.service import make_service

DELAY_0 = '[drafts]\ndelay = "0m"\n'


def onward(*args: str, timeout: float = 60, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "onward.daemon", *args], capture_output=True,
                          text=True, timeout=timeout, **kw)


def start_onward(*args: str, log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "onward.daemon", *args],
                            stdout=subprocess.DEVNULL, stderr=open(log, "w"))


def state_rows(state: Path, sql: str = "SELECT uid, key, status FROM messages") -> list[tuple]:
    if not state.exists():
        return []
    db = sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=10)
    try:
        return db.execute(sql).fetchall()
    except sqlite3.OperationalError:  # schema not created yet
        return []
    finally:
        db.close()


def wait_for(condition, timeout: float = 20, step: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"condition not met within {timeout}s")


def visible_flags(flags: dict) -> dict:
    """FLAGS without \\Recent, which depends on which session looked first, not on onward."""
    return {uid: tuple(f for f in fl if f != b"\\Recent") for uid, fl in flags.items()}


def drafts_in(user, folder: str = "Drafts") -> list[tuple[email.message.EmailMessage, tuple]]:
    with user.client() as c:
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
    return [(email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default), d[b"FLAGS"])
            for d in data.values()]


def keys_in_drafts(user) -> list[str]:
    return sorted(m["X-Onward-Key"] for m, _f in drafts_in(user))


def rejections(path, account: int = 0) -> list[dict]:
    status = json.loads(onward("--config", str(path), "status", "--json").stdout)
    return status["accounts"][account]["rejections"]


def one_line_exit_3(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 3, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr and "bug" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    for word in words:
        assert word in last, (word, done.stderr)


def require(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        message = f"{tool} is not installed (Debian package systemd); .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(message)  # in CI a missing tool is a failure, never a skip
        pytest.skip(message)
    return path


def set_key(text: str, key: str, value: str) -> str:
    """Change one `key = ...` line of the example config, as a user would in an editor."""
    changed, count = re.subn(rf"(?m)^{key} = .*$", f"{key} = {value}", text, count=1)
    assert count == 1, f"config.example.toml has no line for {key}"
    return changed


def new_user_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONWARD_", "XDG_"))}
    return {**env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_STATE_HOME": str(home / ".local/state")}


def service_at(path, clock):
    """The service for a config file, in this process, with its own clock."""
    return make_service(config.load(path), clock=clock)


def poll(path, at: float):
    """One `run --once` cycle in this process, as if the time were `at`."""
    service = service_at(path, lambda: at)
    try:
        return service.run_once()
    finally:
        service.store.close()
