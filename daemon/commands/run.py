"""`onward run`: the foreground service (for systemd), or `--once` for a single poll."""

from __future__ import annotations

import argparse
import logging
import signal
from pathlib import Path

from daemon.commands import load_config
from daemon.service import make_service

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
    service = make_service(cfg, dry_run_dir=args.dry_run)

    def request_stop(signum, _frame):
        logger.info("%s received: finishing the current step", signal.Signals(signum).name)
        service.stop()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    try:
        if args.once:
            result = service.run_once()
            where = f"written to {args.dry_run}" if args.dry_run else "saved"
            print(f"{result.fetched} new message(s): {result.rejections} rejection(s), "
                  f"{result.failed} skipped as malformed; {service.drafted} rejection(s) "
                  f"with drafts {where}")
        else:
            logger.info("watching %s at %s as %s", cfg.imap.inbox, cfg.imap.host, cfg.imap.username)
            service.run()
    finally:
        service.store.close()
    return 0
