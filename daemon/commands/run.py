"""`onward run`: the foreground service (for systemd), or `--once` for a single poll."""

from __future__ import annotations

import argparse
import logging
import signal

from daemon.commands import load_config
from daemon.service import make_service

logger = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="watch the mailbox (foreground; logs to stderr)")
    p.add_argument("--once", action="store_true", help="poll once and exit")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    service = make_service(cfg)

    def request_stop(signum, _frame):
        logger.info("%s received: finishing the current step", signal.Signals(signum).name)
        service.stop()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    try:
        if args.once:
            result = service.run_once()
            print(f"{result.fetched} new message(s), {result.recorded} recorded, "
                  f"{result.failed} skipped as malformed")
        else:
            logger.info("watching %s at %s as %s", cfg.imap.inbox, cfg.imap.host, cfg.imap.username)
            service.run()
    finally:
        service.store.close()
    return 0
