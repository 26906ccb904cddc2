"""`onward check`: validate the config, log in, find the inbox and the Drafts folder, say what was found."""

from __future__ import annotations

import argparse

from onward.daemon import credentials
from onward.daemon.commands import load_config
from onward.daemon.config import Account, accounts_of
from onward.daemon.config_paths import check_paths
from onward.daemon.errors import RuntimeFailure, StateError
from onward.daemon.imap import Mailbox
from onward.daemon.maildir import Maildir, describe_layout
from onward.daemon.state import Store
from onward.daemon.state_guard import writable


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the config and the connection to your mailbox")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    accounts = accounts_of(cfg)
    check_paths(cfg)
    print(f"config:  {cfg.source} is valid")
    failed = []
    for account in accounts:
        if len(accounts) > 1:
            print(f"\naccount {account.name} ({account.type})")
        try:
            _check_maildir(account) if account.type == "maildir" else _check_imap(account)
        except RuntimeFailure as exc:
            if len(accounts) == 1:
                raise
            print(f"  FAILED: {exc}")
            failed.append(account.name)
    print(f"state:   {state_health(cfg.state_path)}")
    if failed:
        raise RuntimeFailure(f"{len(failed)} of {len(accounts)} accounts failed the check: "
                             f"{', '.join(failed)}")
    return 0


def _check_imap(account: Account) -> None:
    imap = account.cfg.imap
    secret = credentials.resolve(account.cfg)
    how = "OAuth2 token" if secret.oauth2 else "password"
    with Mailbox(imap, secret) as mailbox:
        print(f"login:   {imap.username} at {imap.host}:{imap.effective_port} "
              f"({imap.security}, {how}) ok")
        inbox = mailbox.examine(imap.inbox)
        print(f"inbox:   {inbox.name} has {inbox.exists} message(s), opened read-only")
        print(f"drafts:  {mailbox.find_drafts_folder(imap.drafts_folder)}")
        print(f"idle:    {'yes' if mailbox.has_idle() else 'no (polling every interval)'}")


def _check_maildir(account: Account) -> None:
    maildir = Maildir(account.path)
    print(f"layout:  {describe_layout(maildir)}")  # names what it found when there is no inbox
    print(f"inbox:   {maildir.inbox} has {sum(1 for _ in maildir.files())} message(s); "
          "nothing in it is ever moved or flagged")
    print(f"drafts:  {maildir.folder('Drafts')} (created when the first draft is saved)")


def state_health(path) -> str:
    """One line on the state file; a damaged, read-only or unusable one raises StateError (exit 3)."""
    if not path.exists():
        return f"{path} (not created yet: the first run creates it)"
    store = Store(path, readonly=True)  # a reader: works beside the running service
    try:
        health = store.health()
    finally:
        store.close()
    if not writable(path):
        raise StateError(f"the state file {path} (or its folder) is read-only; onward must be "
                         "able to write both: fix their permissions")
    return (f"{path} ok ({health['size'] / 1024:.0f} KiB, "
            f"{health['rejections']} rejection(s) recorded)")
