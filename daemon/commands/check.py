"""`onward check`: validate the config, log in, find the inbox and the Drafts folder, say what was found."""

from __future__ import annotations

import argparse

from daemon import credentials
from daemon.commands import load_config
from daemon.imap import Mailbox


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the config and the connection to your mailbox")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    imap = cfg.imap
    print(f"config:  {cfg.source} is valid")
    secret = credentials.resolve(cfg)
    how = "OAuth2 token" if secret.oauth2 else "password"
    with Mailbox(imap, secret) as mailbox:
        print(f"login:   {imap.username} at {imap.host}:{imap.effective_port} "
              f"({imap.security}, {how}) ok")
        inbox = mailbox.examine(imap.inbox)
        print(f"inbox:   {inbox.name} has {inbox.exists} message(s), opened read-only")
        print(f"drafts:  {mailbox.find_drafts_folder(imap.drafts_folder)}")
        print(f"idle:    {'yes' if mailbox.has_idle() else 'no (polling every interval)'}")
    print(f"state:   {cfg.state_path}")
    return 0
