"""`onward drafts [--json]`: the drafts onward saved, and what became of each, asked of the
mailbox read-only: still in Drafts, edited there, sent, in the Trash, or gone."""

from __future__ import annotations

import argparse
import json

from onward.daemon import credentials
from onward.daemon.commands import load_config
from onward.daemon.commands.status import _shown, _when
from onward.daemon.config import Account, accounts_of
from onward.daemon.draft_states import imap_states, maildir_states
from onward.daemon.drafting import ImapTarget, MaildirTarget
from onward.daemon.imap import Mailbox
from onward.daemon.maildir import Maildir
from onward.daemon.state import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("drafts", help="list the drafts onward saved and what became of each",
                       description="List the reply drafts onward saved, each with what became of it "
                                   "(still in Drafts, edited, sent, in the Trash, or gone), asked of "
                                   "the mailbox without changing anything.")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    listed = []
    for account in accounts_of(cfg):
        if not cfg.state_path.exists():
            break
        store = Store(cfg.state_path, account=account.name, readonly=True)
        try:
            drafted = [] if store.is_empty() else store.drafted()
        finally:
            store.close()
        states = _states(account, drafted) if drafted else {}
        listed += [{**row, "account": account.name, "state": states[row["key"]]} for row in drafted]
    if args.json:
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    if not listed:
        print("no drafts saved yet")
    for row in listed:
        about = " / ".join(x for x in (row["company"], row["role"]) if x) or row["sender"]
        print(f"{_when(row['saved_at'])}  {_shown(about, 45):<45} {row['state']:<20} "
              f"{_shown(row['subject'], 50)}")
    return 0


def _states(account: Account, drafted: list[dict]) -> dict[str, str]:
    if account.type == "maildir":
        return maildir_states(MaildirTarget(Maildir(account.maildir_path)), drafted)
    with Mailbox(account.cfg.imap, credentials.resolve(account.cfg)) as mailbox:
        return imap_states(ImapTarget(mailbox, account.cfg), drafted)
