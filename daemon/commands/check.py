"""`onward check`: validate the config, log in, find the inbox and the Drafts, Sent and Trash folders,
say what was found; `--create-drafts` makes a Drafts folder where the server has none."""

from __future__ import annotations

import argparse

from imapclient.imapclient import SENT, TRASH

from onward.daemon import credentials
from onward.daemon.commands import load_config
from onward.daemon.config import Account, accounts_of
from onward.daemon.config_paths import check_paths
from onward.daemon.errors import FolderNotFound, RuntimeFailure, StateError
from onward.daemon.imap import Mailbox
from onward.daemon.maildir import Maildir, describe_layout
from onward.daemon.state import Store
from onward.daemon.state_guard import writable


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the config and the connection to your mailbox",
                       description="Check the config, log in, and say which inbox, Drafts, Sent and "
                                   "Trash folders onward will use. Changes nothing, unless "
                                   "--create-drafts is given and the server has no Drafts folder.")
    p.add_argument("--create-drafts", action="store_true",
                   help='create a "Drafts" folder (marked \\Drafts where the server can) if there is none')
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
            if account.type == "maildir":
                _check_maildir(account)
            else:
                _check_imap(account, args.create_drafts)
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


def _check_imap(account: Account, create_drafts: bool = False) -> None:
    imap = account.cfg.imap
    secret = credentials.resolve(account.cfg)
    how = "OAuth2 token" if secret.oauth2 else "password"
    with Mailbox(imap, secret) as mailbox:
        print(f"login:   {imap.username} at {imap.host}:{imap.effective_port} "
              f"({imap.security}, {how}) ok")
        inbox = mailbox.examine(imap.inbox)
        print(f"inbox:   {inbox.name} has {inbox.exists} message(s), opened read-only")
        print(f"drafts:  {_drafts_folder(mailbox, imap.drafts_folder, create_drafts)}")
        sent = _optional(mailbox, SENT, imap.sent_folder, "sent")
        print(f"sent:    {sent} (read: a rejection you already answered gets no drafts)" if sent else
              "sent:    none found: a rejection you already answered may still get drafts "
              "(set [imap] sent_folder)")
        trash = _optional(mailbox, TRASH, "", "trash")
        print(f"trash:   {trash} (read: a rejection you deleted gets no drafts)" if trash else
              "trash:   none found: a rejection you deleted counts as archived and still gets drafts")
        print(f"idle:    {'yes' if mailbox.has_idle() else 'no (polling every interval)'}")


def _drafts_folder(mailbox: Mailbox, configured: str, create: bool) -> str:
    try:
        return mailbox.find_drafts_folder(configured)
    except FolderNotFound:
        if not create or configured:
            raise
    if mailbox.create_drafts_folder("Drafts"):
        return "Drafts (created now, marked \\Drafts)"
    return "Drafts (created now; this server cannot mark it \\Drafts, so onward finds it by its name)"


def _optional(mailbox: Mailbox, special_use: bytes, configured: str, what: str) -> str:
    """Sent and Trash are only read; a missing one that was not configured is not an error."""
    try:
        return mailbox.find_folder(special_use, configured, what)
    except FolderNotFound:
        return ""


def _check_maildir(account: Account) -> None:
    maildir = Maildir(account.maildir_path)
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
