"""One module per `onward` subcommand; shared helpers for reading the config live here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from onward.daemon import config
from onward.daemon.config import Config
from onward.daemon.errors import ConfigError


def load_config(args: argparse.Namespace, need_account: bool = True) -> Config:
    """The validated config for this command.

    Commands that reach a mailbox need the file; the offline ones (classify, preview, train,
    evaluate) fall back to defaults when no file is at the default location.
    """
    if need_account:
        cfg = config.load(args.config or config.default_config_path())
        config.accounts_of(cfg)  # every account must name its server (or Maildir)
        return cfg
    return config.load_or_defaults(args.config)


def read_message_file(name: str) -> bytes:
    """The bytes of a message file named on the command line; "-" reads standard input."""
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise ConfigError(f"{name} is a folder; name the message files (.eml) in it") from None
    except OSError as exc:
        raise ConfigError(f"cannot read {name}: {exc.strerror}") from None
