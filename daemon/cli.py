"""The `onward` command line: parses arguments, sets up logging, maps errors to exit codes.

Exit codes live here only: 0 ok, 2 configuration or usage, 3 runtime (network, server, auth), 4 a bug.
Each subcommand is a module in daemon.commands with `add_parser(subparsers)` and `run(args) -> int`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from onward.daemon import __version__, logs
from onward.daemon.commands import check, classify, demo, evaluate, init, preview, run, service, status, train
from onward.daemon.errors import ConfigError, RuntimeFailure, UsageError

EXIT_OK, EXIT_CONFIG, EXIT_RUNTIME, EXIT_BUG = 0, 2, 3, 4
COMMANDS = (demo, init, check, run, service, status, classify, train, evaluate, preview)

logger = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 by itself; keep it one line, like ours
        self.exit(EXIT_CONFIG, f"onward: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="onward", description="Watches your inbox for job rejections and, after a "
                     "delay, leaves polite reply drafts in your Drafts folder. Never sends mail.")
    parser.add_argument("--version", action="version", version=f"onward {__version__}")
    parser.add_argument("--config", type=Path, metavar="PATH",
                        help="config file (default: $ONWARD_CONFIG, else "
                             "$XDG_CONFIG_HOME/onward/config.toml)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for IMAP traffic)")
    parser.add_argument("--log-format", choices=("text", "json"), default="text")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logs.setup(args.verbose, args.log_format)
    try:
        return args.func(args)
    except ConfigError as exc:
        kind = "" if isinstance(exc, UsageError) else "config error: "
        print(f"onward: {kind}{exc}", file=sys.stderr)
        return EXIT_CONFIG
    except RuntimeFailure as exc:
        print(f"onward: {exc}", file=sys.stderr)
        return EXIT_RUNTIME
    except KeyboardInterrupt:
        return EXIT_OK
    except BrokenPipeError:  # `onward status | head`
        return EXIT_OK
    except Exception:
        logger.exception("onward hit a bug; please report it with the lines above")
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
