"""One module per `onward` subcommand; shared helpers for reading the config live here.

A command module's top imports only what its parser needs (argparse, the standard library's light
modules): `onward --help` builds every command's parser. What a command needs to run (the config,
the state, the mailbox, the classifier) it imports in the function that runs it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from onward.daemon.config import Account, Config


MAIL_PATHS = ("Each PATH is a message file (.eml), a folder of .eml files (searched recursively), "
              "an mbox file (each of its messages), or - for one message on standard input.")


def load_config(args: argparse.Namespace, need_account: bool = True) -> Config:
    """The validated config for this command.

    Commands that reach a mailbox need the file; the offline ones (classify, preview, train,
    evaluate) fall back to defaults when no file is at the default location.
    """
    from onward.daemon import config

    if need_account:
        from onward.daemon.errors import ConfigError
        from onward.daemon.mailbox.imap_session import unsafe_drafts_folder  # imapclient: only to reach a mailbox

        cfg = config.load(args.config or config.default_config_path())
        for account in config.accounts_of(cfg):  # every account must name its server (or Maildir)
            _refuse_example_values(account, cfg)
            imap = account.cfg.imap
            # The server may show more (a folder marked \\Sent): Mailbox.find_folder checks that too.
            mistake = account.type == "imap" and unsafe_drafts_folder(imap, imap.drafts_folder, imap.sent_folder)
            if mistake:
                raise ConfigError(mistake)
        return cfg
    return config.load_or_defaults(args.config)


# The placeholders of config.example.toml: a copy that was never edited would try to log in there.
_EXAMPLE_VALUES = {"imap.example.com", "you@example.com", "me@example.com"}


def _refuse_example_values(account: Account, cfg: Config) -> None:
    from onward.daemon.errors import ConfigError

    where = "[imap]" if account.name == "default" and not cfg.accounts else f"[[accounts]] {account.name}"
    keys = [] if account.type == "maildir" else [(where, "host", account.cfg.imap.host),
                                                 (where, "username", account.cfg.imap.username)]
    keys.append(("[identity]", "email", cfg.identity.email))
    for section, key, value in keys:
        if value in _EXAMPLE_VALUES:
            raise ConfigError(f"edit {section} {key} in {cfg.source}: it is still the example value")
    check_identity_email(cfg.identity.email, f"[identity] email in {cfg.source}")


def check_identity_email(value: str, where: str) -> None:
    """An address the drafts can be From: a wrong one would leave them without a sender."""
    from onward.daemon.errors import ConfigError
    from onward.daemon.table import shown
    from onward.drafts.sanitize import valid_address

    if value and not valid_address(value):
        raise ConfigError(f'{where}: "{shown(value, 60)}" is not an email address (it is the From '
                          "of your drafts)")


def read_messages(name: str) -> list[tuple[str, bytes]]:
    """Every message a command-line argument names, each with a name to show for it.

    One reader for classify, preview, train and evaluate: "-" is one message on standard input; a
    folder gives its .eml files (searched recursively, sorted); a file starting with "From " is an
    mbox, whose messages are named FILE#1, FILE#2, …; any other file is one message.
    """
    import mailbox

    from onward.daemon.errors import UsageError

    if name == "-":
        return [("-", sys.stdin.buffer.read())]
    path = Path(name)
    try:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")
            if not files:
                raise UsageError(f"{name} is a folder with no .eml files in it")
            return [(str(p), p.read_bytes()) for p in files]
        with open(path, "rb") as fh:
            is_mbox = fh.read(5) == b"From "
        if not is_mbox:
            return [(name, path.read_bytes())]
        box = mailbox.mbox(name, create=False)
        try:
            raws = [box.get_bytes(key) for key in box.keys()]
        finally:
            box.close()
        if not raws:
            raise UsageError(f"{name} is an mbox file with no messages in it")
        return [(f"{name}#{number}", raw) for number, raw in enumerate(raws, 1)]
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file or folder") from None
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror}") from None


def read_all(names: list[str]) -> list[tuple[str, bytes]]:
    """read_messages for each argument in turn; every one is checked before any work starts."""
    return [message for name in names for message in read_messages(name)]


def labelled_mail(rejections: str | None, others: str | None) -> list:
    """The user's own mail for train and evaluate, labelled by the option that named it."""
    from onward.classifier.corpus import Example

    return [Example(id=name, label=label, raw=raw, category="user")
            for label, source in (("rejection", rejections), ("other", others)) if source
            for name, raw in read_messages(source)]
