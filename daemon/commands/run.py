"""`onward run`: the foreground service (for systemd), or `--once` for a single poll.

Several accounts are served by one process, one thread each; an account that fails (a wrong
password, a server that is down) is reported and retried, and never stops the others.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path

from daemon.commands import load_config
from daemon.config import Account, accounts_of
from daemon.errors import RuntimeFailure
from daemon.service import Service, make_service

logger = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="watch the mailbox (foreground; logs to stderr)")
    p.add_argument("--once", action="store_true", help="poll once, save the drafts that are due, exit")
    p.add_argument("--dry-run", type=Path, metavar="DIR",
                   help="write drafts as .eml files to DIR instead of the Drafts folder; "
                        "the state file is left as it was")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    accounts = accounts_of(load_config(args))
    if args.once:
        return _run_once(accounts, args.dry_run)
    stopping = threading.Event()
    services: list[Service] = []

    def request_stop(signum, _frame):
        logger.info("%s received: finishing the current step", signal.Signals(signum).name)
        stopping.set()
        for service in services:
            service.stop()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    if len(accounts) == 1:
        return _serve(accounts[0], args.dry_run, services, fail_fast=True)
    failures: list[BaseException] = []
    threads = [threading.Thread(target=_serve_quietly, name=a.name,
                                args=(a, args.dry_run, services, failures)) for a in accounts]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        for thread in threads:
            thread.join(timeout=0.5)
    if failures and not stopping.is_set():
        raise failures[0]
    return 0


def _serve(account: Account, dry_run: Path | None, services: list, fail_fast: bool) -> int:
    service = make_service(account.cfg, account=account, dry_run_dir=dry_run, fail_fast=fail_fast)
    services.append(service)
    try:
        where = account.path or f"{account.cfg.imap.inbox} at {account.cfg.imap.host}"
        logger.info("watching %s (account %s)", where, account.name)
        service.run()
    finally:
        service.store.close()
    return 0


def _serve_quietly(account: Account, dry_run, services: list, failures: list) -> None:
    """A thread's body: its errors are logged and kept, never raised into another account."""
    try:
        _serve(account, dry_run, services, fail_fast=False)
    except Exception as exc:  # a config error in its templates, a bug: this account stops
        logger.error("[%s] stopped: %s", account.name, exc, exc_info=not isinstance(exc, RuntimeFailure))
        failures.append(exc)


def _run_once(accounts: list[Account], dry_run: Path | None) -> int:
    failed = 0
    for account in accounts:
        service = make_service(account.cfg, account=account, dry_run_dir=dry_run)
        prefix = "" if len(accounts) == 1 else f"{account.name}: "
        try:
            result = service.run_once()
        except RuntimeFailure as exc:
            if len(accounts) == 1:
                raise
            print(f"onward: {prefix}{exc}", file=sys.stderr)
            failed += 1
            continue
        finally:
            service.store.close()
        where = f"written to {dry_run}" if dry_run else "saved"
        print(f"{prefix}{result.fetched} new message(s): {result.rejections} rejection(s), "
              f"{result.failed} skipped as malformed; {service.drafted} rejection(s) "
              f"with drafts {where}")
    if failed:
        raise RuntimeFailure(f"{failed} of {len(accounts)} accounts could not be polled (see above)")
    return 0
