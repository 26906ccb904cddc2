"""`onward run`: the foreground service (for systemd), or `--once` for a single poll.

Each account is served in a thread of its own; an account that fails (a wrong password, a server
that is down) is reported and retried, and never stops the others. The main thread handles the
signals and tells systemd when onward is ready, what it is doing, and that it is still alive.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
import time
from pathlib import Path

from onward.daemon import logs, pause
from onward.daemon.commands import load_config
from onward.daemon.config import Account, accounts_of
from onward.daemon.config_paths import check_paths
from onward.daemon.errors import RuntimeFailure
from onward.daemon.lock import StateLock
from onward.daemon.notify import notify, watchdog_timeout
from onward.daemon.service import Service, make_service
from onward.daemon.state import Store

logger = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="watch the mailbox (foreground; logs to stderr)")
    p.add_argument("--once", action="store_true", help="poll once, save the drafts that are due, exit")
    p.add_argument("--dry-run", type=Path, metavar="DIR",
                   help="write drafts as .eml files to DIR instead of the Drafts folder; "
                        "the state file is left as it was")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    check_paths(cfg)
    accounts = accounts_of(cfg)
    if args.dry_run:  # works on a copy (SQLite's backup is a consistent snapshot): no lock needed
        return _run(args, accounts)
    with StateLock(cfg.state_path):  # one writer: a second run would draft the same rejections
        Store(cfg.state_path).close()  # damaged, read-only, a folder: say so before starting
        return _run(args, accounts)


def _run(args: argparse.Namespace, accounts: list[Account]) -> int:
    if args.once:
        return _run_once(accounts, args.dry_run)
    stopping = threading.Event()
    services: dict[str, Service] = {}  # by account name, as each thread creates its own
    failures: list[BaseException] = []

    def request_stop(signum, _frame):
        logger.info("%s received: finishing the current step", signal.Signals(signum).name)
        notify("STOPPING=1")
        stopping.set()
        for service in list(services.values()):
            service.stop()

    def reload(_signum, _frame):
        # `systemctl --user reload onward`. There is nothing to re-read by hand: a new model from
        # `onward train` and `onward pause` are noticed before the next mail anyway. Say so, and
        # above all do not die, which is what SIGHUP does by default.
        logger.info("SIGHUP received: the classifier model and a pause are re-read before the "
                    "next mail; to re-read the config, restart onward")

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGHUP, reload)
    # One account alone exits on a wrong password at start-up (there is nothing else to serve);
    # among several, each keeps retrying.
    alone = len(accounts) == 1
    threads = [threading.Thread(target=_serve, name=a.name,
                                args=(a, args.dry_run, services, failures, alone, stopping))
               for a in accounts]
    for thread in threads:
        thread.start()
    try:
        _supervise(threads, services, stopping)
    finally:  # normally every thread has ended here; after a bug in _supervise, end them too
        for service in list(services.values()):
            service.stop()
    if failures and (alone or not stopping.is_set()):
        raise failures[0]
    return 0


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
            where = account.path or f"{account.cfg.imap.inbox} at {account.cfg.imap.host}"
            logger.info("watching %s", where)
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


def _supervise(threads: list[threading.Thread], services: dict[str, Service],
               stopping: threading.Event) -> None:
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
        elif ready and line != status:
            status = line
            notify(f"STATUS={line}")
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


def _run_once(accounts: list[Account], dry_run: Path | None) -> int:
    failed = 0
    bugs: list[Exception] = []
    for account in accounts:
        service = make_service(account.cfg, account=account, dry_run_dir=dry_run)
        prefix = "" if len(accounts) == 1 else f"{account.name}: "
        try:
            with logs.account_context(account.name):
                result = service.run_once()
        except RuntimeFailure as exc:
            if len(accounts) == 1:
                raise
            print(f"onward: {prefix}{exc}", file=sys.stderr)
            failed += 1
            continue
        except Exception as exc:  # a bug with one account must not keep the later ones unpolled
            if len(accounts) == 1:
                raise
            logger.error("%shit a bug: %s: %s", prefix, type(exc).__name__, exc, exc_info=True)
            bugs.append(exc)
            continue
        finally:
            service.store.close()
        where = f"written to {dry_run}" if dry_run else "saved"
        if service.paused_until:
            where += f" ({pause.describe(service.paused_until)})"
        print(f"{prefix}{result.fetched} new message(s): {result.rejections} rejection(s), "
              f"{result.failed} skipped as malformed; {service.drafted} rejection(s) "
              f"with drafts {where}")
    if bugs:
        raise bugs[0]  # every account had its turn; now the CLI reports the bug (exit 4)
    if failed:
        raise RuntimeFailure(f"{failed} of {len(accounts)} accounts could not be polled (see above)")
    return 0
