"""One module per `onward` subcommand; shared helpers for reading the config live here."""

from __future__ import annotations

import argparse

from daemon import config
from daemon.config import Config


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
