"""A scan worker's log lines, logged by the service (daemon.scan_worker): what the worker collects
travels as plain tuples and comes out of the service's handlers as the same lines, text or JSON,
as if the service had logged them itself."""

from __future__ import annotations

import io
import logging
import pickle
import sys
import time

import pytest

from onward.daemon import logs, scan_worker


def _log_some(log: logging.Logger) -> None:
    log.debug("message uid %s: %s, from %s: %s", 97, "other", "Library <library@example.org>", "Item due soon")
    log.info("rejection from %s (p=%.2f): drafts due %s", "Ana <ana@example.com>", 0.99, "now",
             extra={"decision": "rejection", "subject": "Your application", "uid": 7})
    log.info("100%% sure: %s", "a percent sign", extra={"event": "own_event"})
    log.warning("skipping message uid %s: LOGIN sam hunter2 password=hunter2", 8)
    try:
        raise ValueError("a bad message")
    except ValueError:
        log.warning("skipping message uid %s", 9, exc_info=True)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_workers_log_lines_come_out_here_as_if_logged_here(fmt, monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(time, "time", lambda: 1_765_000_000.25)  # both runs' records made at one time
    monkeypatch.setattr(time, "time_ns", lambda: 1_765_000_000_250_000_000)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    log = logging.getLogger("onward.daemon.triage")
    try:
        logs.setup(1, fmt)
        with logs.account_context("work"):
            _log_some(log)
        here = sys.stderr.getvalue()
        sys.stderr.truncate(0)
        sys.stderr.seek(0)

        collect = scan_worker._Collect()  # as in the worker: its only handler, at the service's level
        mine = root.handlers[:]
        root.handlers[:] = [collect]
        _log_some(log)
        root.handlers[:] = mine
        with logs.account_context("work"):
            scan_worker.replay(pickle.loads(pickle.dumps(collect.lines, protocol=pickle.HIGHEST_PROTOCOL)))
        replayed = sys.stderr.getvalue()
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    assert replayed.count("\n") >= 5
    assert "hunter2" not in replayed
    # The traceback's own text is the worker's (it formats it there): compared up to it.
    assert replayed.split("Traceback")[0] == here.split("Traceback")[0]
    assert replayed.split("Traceback")[1].strip().endswith("a bad message" + ('"}' if fmt == "json" else ""))
