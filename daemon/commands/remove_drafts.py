"""`onward remove-drafts [--all | ID...]`: delete the drafts onward saved that were never touched.

Lists what it would delete and what it leaves alone (edited, flagged otherwise, unproven), asks
for confirmation (`--yes` skips it), then deletes only those messages (see daemon.draft_removal).
The rejections stay recorded as drafted, so the service does not draft them again; `onward forget
ID` lets it.
"""

from __future__ import annotations

import argparse
import sys
import time
from contextlib import ExitStack
from typing import TYPE_CHECKING

from onward.daemon.commands import load_config

if TYPE_CHECKING:
    from onward.daemon.config import Account
    from onward.daemon.draft_removal import Found
    from onward.daemon.state import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("remove-drafts", help="delete onward's own untouched drafts (asks first)",
                       description="Delete the drafts onward saved that you never touched (still "
                                   "in Drafts as saved), after a confirmation. A draft you edited "
                                   "is never deleted; nothing else in the folder is expunged.")
    p.add_argument("ids", nargs="*", metavar="ID", help="the rejections' IDs, as `onward status` shows them")
    p.add_argument("--all", action="store_true", help="every rejection onward drafted")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.daemon.config import accounts_of
    from onward.daemon.errors import UsageError
    from onward.daemon.state import Store

    if bool(args.ids) == args.all:
        raise UsageError("name the rejections by ID, or give --all (not both)")
    cfg = load_config(args)
    accounts = {a.name: a for a in accounts_of(cfg)}
    if not cfg.state_path.exists():
        print("no drafts saved yet")
        return 0
    store = Store(cfg.state_path)
    try:
        wanted = _chosen(store, accounts, args)
        removed = _remove(accounts, wanted, args.yes, named=not args.all)
        now = time.time()
        for name, found in removed.items():
            store.account = name
            store.note_detail(_removal_notes(store, found, now))
    finally:
        store.close()
    return 0


def _removal_notes(store: Store, found: list[Found], now: float) -> dict[str, dict]:
    """What the state keeps of the removed drafts, by rejection: a first reply's removal is the
    rejection's draft_state; a stay-in-touch draft's (its row is keyed by the draft, see
    Store.follow_ups) is its own, since the first drafts may still be in Drafts."""
    from onward.daemon.draft_refresh import REMOVED

    notes: dict[str, dict] = {}
    follow_ups = {row["key"]: row for row in store.follow_ups()}
    rejections = {row["key"]: row for row in store.followed()}
    for f in found:
        later = follow_ups.get(f.rejection)
        if later is not None:
            done = rejections[later["rejection"]]["follow_up"]
            notes.setdefault(later["rejection"], {})["follow_up"] = {
                **done, "draft_state": REMOVED, "draft_checked_at": now}
        else:
            notes.setdefault(f.rejection, {}).update({"draft_state": REMOVED, "draft_checked_at": now})
    return notes


def _chosen(store: Store, accounts: dict[str, Account], args) -> dict[str, list[dict]]:
    """The drafted rejections to look at, by account."""
    from onward.daemon.errors import UsageError
    from onward.daemon.rejection_ids import resolve

    known = [] if store.is_empty() else [a for a in store.accounts() if a in accounts]
    wanted: dict[str, list[dict]] = {}
    if args.all:
        for name in known:
            store.account = name
            wanted[name] = store.drafted() + store.follow_ups()
        return wanted
    for given in dict.fromkeys(args.ids):
        found = resolve(store, known, given)
        store.account = found.account
        # Its first drafts, and its stay-in-touch draft if one was saved (daemon.follow_up).
        rows = [r for r in store.drafted() if r["key"] == found.key]
        rows += [r for r in store.follow_ups() if r["rejection"] == found.key]
        if not rows:
            raise UsageError(f"{given}: onward saved no drafts for it ({found.status})")
        wanted.setdefault(found.account, []).extend(rows)
    return wanted


def _remove(accounts: dict[str, Account], wanted: dict[str, list[dict]], yes: bool, named: bool
            ) -> dict[str, list[Found]]:
    with ExitStack() as stack:
        folders, listed = {}, {}
        for name, rows in wanted.items():
            if rows:
                folders[name] = _drafts_of(accounts[name], stack)
                folders[name].require_uidplus()  # refused before asking anything
                listed[name] = folders[name].find(rows)
        doomed = _show(listed, several=len(listed) > 1)
        if named:  # asked for by ID: say what became of each (with --all, the list would be long)
            _show_missing(wanted, listed, several=len(listed) > 1)
        if not doomed:
            print("no untouched draft of onward's to delete")
            return {}
        if not yes and not _confirm(f"Delete these {doomed} draft(s)? [y/N] "):
            print("nothing deleted")
            return {}
        removed = {}
        for name, found in listed.items():
            chosen = [f for f in found if f.untouched]
            if chosen:
                removed[name] = folders[name].remove(wanted[name], chosen)
        gone = sum(len(f) for f in removed.values())
        print(f"deleted {gone} draft(s)" + ("" if gone == doomed else
                                            f"; {doomed - gone} changed meanwhile and were kept"))
        # "removed" only for a rejection none of whose drafts was kept (separate mode makes two)
        kept = {f.rejection for found in listed.values() for f in found if not f.untouched}
        return {name: [f for f in found if f.rejection not in kept] for name, found in removed.items()}


def _drafts_of(account: Account, stack: ExitStack):
    from onward.daemon import credentials
    from onward.daemon.draft_removal import ImapDrafts, MaildirDrafts
    from onward.daemon.mailbox.imap_session import Session
    from onward.daemon.mailbox.maildir_folders import Maildir

    if account.type == "maildir":
        return MaildirDrafts(Maildir(account.maildir_path))
    mailbox = stack.enter_context(Session(account.cfg.imap, credentials.resolve(account.cfg)))
    return ImapDrafts(mailbox, account)


def _show(listed: dict[str, list[Found]], several: bool) -> int:
    from onward.daemon.rejection_ids import short_id
    from onward.daemon.table import shown

    doomed = 0
    for name, found in listed.items():
        prefix = f"{name}/" if several else ""
        for f in found:
            what = "delete" if f.untouched else f"keep ({f.why})"
            print(f"  {prefix}{short_id(f.rejection)}  {what:<12} {shown(f.subject, 60)}")
            doomed += f.untouched
    return doomed


def _show_missing(wanted: dict[str, list[dict]], listed: dict[str, list[Found]], several: bool) -> None:
    """The rejections asked for whose draft is not in Drafts as onward saved it: a mail client
    that edits a draft saves it anew without onward's key, so it is the user's now."""
    from onward.daemon.rejection_ids import short_id

    for name, rows in wanted.items():
        found = {f.rejection for f in listed.get(name, [])}
        prefix = f"{name}/" if several else ""
        for row in rows:
            if row["key"] in found:
                continue
            print(f"  {prefix}{short_id(row.get('rejection', row['key']))}  keep (not in Drafts as onward saved it: edited, sent, "
                  "moved or deleted)")


def _confirm(question: str) -> bool:
    print(question, end="", flush=True)
    answer = sys.stdin.readline()  # "" at the end of input: no answer is no
    return answer.strip().lower() in ("y", "yes")
