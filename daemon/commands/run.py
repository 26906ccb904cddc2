"""`onward run`: the foreground service (for systemd), or `--once` for a single poll.

The main thread handles the signals; daemon.supervisor serves each account in a thread of its own
and tells systemd when onward is ready, what it is doing, and that it is still alive.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path

from typing import TYPE_CHECKING

from onward.daemon.commands import load_config

if TYPE_CHECKING:
    from onward.daemon.config import Account
    from onward.daemon.service import Service

logger = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="watch the mailbox (foreground; logs to stderr)")
    p.add_argument("--once", action="store_true", help="poll once, save the drafts that are due, exit")
    p.add_argument("--dry-run", type=Path, metavar="DIR",
                   help="write drafts as .eml files to DIR instead of the Drafts folder; "
                        "the state file is left as it was")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.daemon.config import accounts_of
    from onward.daemon.config_paths import check_paths
    from onward.daemon.lock import StateLock
    from onward.daemon.memory import keep_large_blocks_apart
    from onward.daemon.state import Store

    keep_large_blocks_apart()  # before any mail is read: a big scan must not leave the heap large
    cfg = load_config(args)
    check_paths(cfg)
    accounts = accounts_of(cfg)
    if args.dry_run:  # works on a copy (SQLite's backup is a consistent snapshot): no lock needed
        _usable_folder(args.dry_run)
        return _run(args, accounts)
    with StateLock(cfg.state_path):  # one writer: a second run would draft the same rejections
        Store(cfg.state_path).close()  # damaged, read-only, a folder: say so before starting
        return _run(args, accounts)


def _usable_folder(folder: Path) -> None:
    """--dry-run's DIR, made now: a wrong one is the user's to fix, whether or not drafts are due."""
    import tempfile

    from onward.daemon.errors import UsageError

    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=folder)
        probe.close()
    except OSError as exc:
        raise UsageError(f"--dry-run {folder}: cannot write drafts there ({exc.strerror or exc})") from None


def _run(args: argparse.Namespace, accounts: list[Account]) -> int:
    from onward.daemon.notify import notify
    from onward.daemon.supervisor import serve

    if args.once:
        return _run_once(accounts, args.dry_run)
    stopping = threading.Event()
    services: dict[str, Service] = {}  # by account name, as each thread creates its own

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
    # A rehearsal runs beside the service: what it does is not the service's activity.
    serve(accounts, args.dry_run, services, stopping,
          activity_of=None if args.dry_run else accounts[0].cfg.state_path)
    return 0


def _run_once(accounts: list[Account], dry_run: Path | None) -> int:
    from onward.daemon import logs, pause
    from onward.daemon.errors import RuntimeFailure
    from onward.daemon.service import make_service

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
