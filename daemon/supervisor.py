"""The supervisor: each account is served in a thread of its own; an account that fails (a wrong
password, a server that is down) is reported and retried, and never stops the others. The main
thread watches them all and tells systemd when onward is ready, what it is doing, and that it is
still alive.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Callable

from onward.daemon import logs
from onward.daemon.config import Account
from onward.daemon.errors import RuntimeFailure
from onward.daemon.lock import publish_activity
from onward.daemon.notify import notify, watchdog_timeout
from onward.daemon.service import Service, make_service

logger = logging.getLogger(__name__)


def serve(accounts: list[Account], dry_run: Path | None, services: dict[str, Service],
          stopping: threading.Event, activity_of: Path | None = None) -> None:
    """Serve every account until each has stopped (`stopping` set, and each service told).

    Each thread puts its service in `services` as it creates it. A failure is raised here once
    every thread has ended: always for one account alone, which exits on a wrong password at
    start-up (there is nothing else to serve); among several, each keeps retrying, and only one
    that ended without being asked to stop is raised. With `activity_of` (a state file), what
    the accounts are doing is also published beside it for `onward status`.
    """
    failures: list[BaseException] = []
    alone = len(accounts) == 1
    threads = [threading.Thread(target=_serve, name=a.name,
                                args=(a, dry_run, services, failures, alone, stopping))
               for a in accounts]
    for thread in threads:
        thread.start()
    try:
        supervise(threads, services, stopping,
                  (lambda line: publish_activity(activity_of, line)) if activity_of else None)
    finally:  # normally every thread has ended here; after a bug in supervise, end them too
        for service in list(services.values()):
            service.stop()
    if failures and (alone or not stopping.is_set()):
        raise failures[0]


def _serve(account: Account, dry_run: Path | None, services: dict, failures: list, alone: bool,
           stopping: threading.Event) -> None:
    """A thread's body: its errors are kept for the main thread, never raised into another account."""
    with logs.account_context(account.name):  # every line this thread logs names its account
        _serve_account(account, dry_run, services, failures, alone, stopping)


def _serve_account(account: Account, dry_run: Path | None, services: dict, failures: list,
                   alone: bool, stopping: threading.Event) -> None:
    try:
        service = make_service(account.cfg, account=account, dry_run_dir=dry_run, fail_fast=alone)
        services[account.name] = service
        service.store.on_retry = service._should_stop  # a full disk is waited out, not fatal
        if stopping.is_set():  # the signal came before this service existed to be told
            service.stop()
        try:
            logger.info("watching %s", service.mailbox.where)
            service.run()
        finally:
            service.store.close()
    except Exception as exc:  # a wrong password, a config error in its templates, a bug
        if not alone:  # alone, the main thread raises it: the CLI says it once and exits
            logger.error("stopped: %s", exc,
                         exc_info=not isinstance(exc, RuntimeFailure))
        if account.name in services:
            services[account.name].status = "stopped after an error (see the log)"
        failures.append(exc)


def supervise(threads: list[threading.Thread], services: dict[str, Service],
              stopping: threading.Event, publish: Callable[[str], None] | None = None) -> None:
    """Until every account's thread has ended: READY=1 once each account has started (or failed
    and is retrying), STATUS= when it changes, and WATCHDOG=1 only while every account shows signs
    of life, so that systemd restarts onward when one hangs."""
    timeout = watchdog_timeout()
    ready = False
    status = ""
    next_ping = 0.0
    silent_before: list[str] = []
    while any(t.is_alive() for t in threads):
        running = {t.name: services.get(t.name) for t in threads if t.is_alive()}
        line = _status_line(services)
        if not ready and not stopping.is_set() and all(s and s.started.is_set() for s in running.values()):
            ready = True
            status = line
            notify("READY=1", f"STATUS={line}")
            if publish:
                publish(line)
        elif ready and line != status:
            status = line
            notify(f"STATUS={line}")
            if publish:
                publish(line)
        now = time.monotonic()
        if ready and timeout and now >= next_ping:
            next_ping = now + timeout / 2
            silent = sorted(name for name, s in running.items() if s and now - s.heartbeat > timeout)
            if not silent:
                notify("WATCHDOG=1")
            elif silent != silent_before:
                logger.error("no sign of life from account %s for over %.0fs: no more watchdog "
                             "pings, so systemd restarts onward unless it recovers",
                             ", ".join(silent), timeout)
            silent_before = silent
        time.sleep(min(0.5, timeout / 10) if timeout else 0.5)  # pings late by a tenth at most


def _status_line(services: dict[str, Service]) -> str:
    """One short line for `systemctl status`: what each account is doing (never a secret)."""
    started = list(services.items())  # a copy: threads may still be adding theirs
    if len(started) == 1:
        return started[0][1].status
    return f"{len(started)} accounts: " + "; ".join(f"{name}: {s.status}" for name, s in started)
