"""The `onward` command line: parses arguments, sets up logging, maps errors to exit codes.

Exit codes live here only: 0 ok, 2 configuration or usage, 3 runtime (network, server, auth), 4 a bug.
Each subcommand is a module in daemon.commands with `add_parser(subparsers)` and `run(args) -> int`.
Building the parser imports only those modules' light top: each imports what its command needs (the
state, the mailbox, the classifier) when it runs, so that `onward --help` and a usage error start fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from onward.daemon.commands import (
    check, classify, completion, contacts, corrections, demo, drafts, evaluate, feedback, forget, init, mark,
    mute, pause, preview, remove_drafts, report, run, scan, service, status, train,
)

EXIT_OK, EXIT_CONFIG, EXIT_RUNTIME, EXIT_BUG = 0, 2, 3, 4
COMMANDS = (demo, init, check, run, scan, service, status, report, drafts, feedback, contacts, remove_drafts,
            forget, pause, mute, classify, mark, corrections, train, evaluate, preview, completion)


class _Version(argparse.Action):
    """--version, reading the installed version only when asked (importlib.metadata is slow to import).
    argparse's own action="version" wants the text when the parser is built; the completion scripts
    and the man page build it so (build_parser(version=...)): shtab knows that action by its class."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from onward.daemon import __version__

        print(f"onward {__version__}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 by itself; keep our wording and the usage line
        self.print_usage(sys.stderr)
        hint = f"; see `{self.prog} --help`"
        self.exit(EXIT_CONFIG, f"onward: usage error: {message}{hint}\n")

    def parse_args(self, args=None, namespace=None):
        # Unknown options are reported by the subcommand they follow: its usage, its --help.
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            subcommands = [a for a in self._actions if isinstance(a, argparse._SubParsersAction)]
            command = getattr(parsed, "command", None)
            target = subcommands[0].choices.get(command, self) if subcommands else self
            target.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed


def _add_global_options(parser: argparse.ArgumentParser, after_command: bool) -> None:
    """-v, --config and --log-format, accepted before and after the subcommand (`onward run -v`).

    After the subcommand the defaults are SUPPRESS, so that what was given before it is kept.
    """
    default = (lambda value: argparse.SUPPRESS) if after_command else (lambda value: value)
    parser.add_argument("--config", type=Path, metavar="PATH", default=default(None),
                        help="config file (default: $ONWARD_CONFIG, else "
                             "$XDG_CONFIG_HOME/onward/config.toml)")
    parser.add_argument("-v", "--verbose", action="count", default=default(0),
                        dest="verbose_after" if after_command else "verbose",
                        help="more log output (-vv for IMAP traffic)")
    parser.add_argument("--log-format", choices=("text", "json"), default=default("text"),
                        help="log lines as text (the default) or as JSON objects")


def build_parser(version: str | None = None) -> argparse.ArgumentParser:
    """onward's parser; `version`, --version's text, is read only when --version is given if None."""
    parser = _Parser(prog="onward", description="Watches your inbox for job rejections and, after a "
                     "delay, leaves polite reply drafts in your Drafts folder. Never sends mail.")
    if version is None:
        parser.add_argument("--version", action=_Version)
    else:
        parser.add_argument("--version", action="version", version=version)
    _add_global_options(parser, after_command=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in COMMANDS:
        module.add_parser(sub)
    for action in sub._choices_actions:  # the one-line help of each, as listed by `onward --help`
        command, summary = sub.choices[action.dest], action.help or ""
        command.description = command.description or summary[:1].upper() + summary[1:] + "."
        _add_global_options(command, after_command=True)
    return parser


def parse_args(argv: list[str] | None = None,
               parser: argparse.ArgumentParser | None = None) -> argparse.Namespace:
    args = (parser or build_parser()).parse_args(argv)
    args.verbose += getattr(args, "verbose_after", 0)
    return args


def _usage_of(parser: argparse.ArgumentParser, command: str) -> str:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices[command].format_usage()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parse_args(argv, parser)
    return _run(args, parser)


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """The command, its errors mapped to exit codes."""
    # Imported only once a command runs: `--help` and a usage error need neither the log set-up nor
    # the errors (whose network ones import imaplib and ssl).
    import logging

    from onward.daemon import logs
    from onward.daemon.errors import AlreadyRunning, ConfigError, Refused, RuntimeFailure, UsageError

    logs.setup(args.verbose, args.log_format)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"{_usage_of(parser, args.command)}onward: usage error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except ConfigError as exc:
        # Another onward at work is no mistake in the config: say it without that label.
        kind = "" if isinstance(exc, AlreadyRunning | Refused) else "config error: "
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
        logging.getLogger(__name__).exception("onward hit a bug; please report it with the lines above")
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
