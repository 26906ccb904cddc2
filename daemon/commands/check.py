"""`onward check`: validate the config, log in, find the inbox and the Drafts folder, say what was found."""

from __future__ import annotations

import argparse

from onward.daemon import credentials
from onward.daemon.commands import load_config
from onward.daemon.config import Account, accounts_of
from onward.daemon.errors import RuntimeFailure
from onward.daemon.imap import Mailbox
from onward.daemon.maildir import Maildir, describe_layout


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the config and the connection to your mailbox")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    accounts = accounts_of(cfg)
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
    print(f"state:   {cfg.state_path}")
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
