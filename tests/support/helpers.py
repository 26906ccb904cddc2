"""Helpers for tests that run onward as a real process and read its state file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path


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
