"""`onward forget ID...`: let onward draft a rejection again, as if its drafts were still to come.

The rejection's mail is read again from the inbox (read-only) and waits for its drafts, due at
once: the next check (`onward run --once`, or a running service) saves them. A draft of it that is
still somewhere in the mailbox would make that pointless or worse, so forget refuses, naming it:
- still in Drafts as saved: `onward remove-drafts ID` deletes it first (a second copy is never made);
- edited in Drafts, or sent: that is the user's reply; onward never adds a second one beside it;
- in the Trash: onward reads that as "not wanted" and would skip it; delete it there for good first;
- and a rejection the user answered with a reply of their own is never drafted beside it.
Nothing is forgotten unless every ID given can be.
"""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING

from onward.daemon.commands import load_config

if TYPE_CHECKING:
    from onward.daemon.config import Account


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("forget", help="let onward draft a rejection again (by its ID in `onward status`)",
                       description="Let onward draft these rejections again: each waits for its "
                                   "drafts, due at once, and the next check saves them. Refused "
                                   "while a draft of it is still in Drafts, was edited or sent, "
                                   "or is in the Trash, and when you replied to it yourself.")
    p.add_argument("ids", nargs="+", metavar="ID", help="as `onward status` or `onward drafts` shows it")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.daemon.config import accounts_of
    from onward.daemon.errors import UsageError
    from onward.daemon.rejection_ids import resolve, short_id
    from onward.daemon.state import Status, Store

    forgettable = (Status.DRAFTED, Status.SKIPPED, Status.FAILED)
    cfg = load_config(args)
    accounts = {a.name: a for a in accounts_of(cfg)}
    if not cfg.state_path.exists():
        raise UsageError("nothing recorded yet, so nothing to forget")
    store = Store(cfg.state_path)
    try:
        known = [] if store.is_empty() else store.accounts()
        chosen = []
        for given in dict.fromkeys(args.ids):
            found = resolve(store, [a for a in known if a in accounts], given)
            store.account = found.account
            row = store.message(found.key)
            assert row is not None, "resolve found the key among this account's messages"
            if found.status not in forgettable:
                what = "its drafts are still to come" if found.status == Status.WAITING else "it is no rejection"
                raise UsageError(f"{given}: nothing to forget, {what} ({found.status})")
            chosen.append((accounts[found.account], row))
        raws = {}
        for account, row in chosen:  # every check before any change
            _refuse_if_a_draft_remains(account, row)
            raws[row["key"]] = _read_again(account, row)
        now = time.time()
        for account, row in chosen:
            store.account = account.name
            store.forget(row["key"], raws[row["key"]], now)
            print(f"{short_id(row['key'])}: forgotten; its drafts are saved at the next check "
                  f"(onward run --once, or the running service)")
    finally:
        store.close()
    return 0


def _refuse_if_a_draft_remains(account: Account, row: dict) -> None:
    from onward.daemon.draft_refresh import REMOVED, states_of
    from onward.daemon.errors import Refused
    from onward.daemon.mailbox.replies import EDITED, GONE, REPLIED, SENT, THERE, TRASHED
    from onward.daemon.rejection_ids import short_id
    from onward.daemon.state import Status

    why_not = {
        THERE: "its draft is still in Drafts; `onward remove-drafts {id}` deletes it (or delete it "
               "yourself), then forget it",
        EDITED: "you edited its draft in Drafts; onward never saves a second reply beside yours "
                "(delete yours for good first if you want a fresh one)",
        SENT: "you already sent a reply to it",
        TRASHED: "its draft is in the Trash, which onward reads as \"not wanted\" and would skip it "
                 "again; delete it from the Trash for good first",
    }
    if row["status"] == Status.SKIPPED and row.get("reason") == REPLIED:
        # The next check would find that reply again and skip it again: forget would promise
        # drafts that never come.
        raise Refused(f"not forgetting {short_id(row['key'])}: you already replied to it yourself "
                      "(onward found your reply in Sent and never drafts beside it)")
    if row["status"] != Status.DRAFTED:
        return  # no drafts were made; the next check decides afresh
    state = states_of(account, [{**row, "drafts": row.get("drafts", [])}])[row["key"]]
    if state in (GONE, REMOVED):
        return
    reason = why_not.get(state, state).format(id=short_id(row["key"]))
    raise Refused(f"not forgetting {short_id(row['key'])}: {reason}")


def _read_again(account: Account, row: dict) -> bytes:
    """The rejection's bytes, read again (read-only) from the folder it was found in."""
    from onward.daemon.errors import Refused
    from onward.daemon.rejection_ids import short_id

    raw = _from_maildir(account, row) if account.type == "maildir" else _from_imap(account, row)
    if raw is None:
        raise Refused(f"not forgetting {short_id(row['key'])}: its mail is no longer in "
                      f"{row['folder']}, and onward drafts only from the mail itself")
    return raw


def _from_imap(account: Account, row: dict) -> bytes | None:
    from onward.daemon import credentials
    from onward.daemon.mailbox.imap_session import Session
    from onward.daemon.mailbox.message import BODY_CAP, message_key

    with Session(account.cfg.imap, credentials.resolve(account.cfg)) as mailbox:
        info = mailbox.examine(row["folder"])
        uids = []
        if row["message_id"] and mailbox.searchable(row["message_id"]):
            uids = mailbox.search_header("Message-ID", row["message_id"])
        elif info.uidvalidity == row["uidvalidity"]:
            uids = [row["uid"]]
        fetched = mailbox.client.fetch(uids, [f"BODY.PEEK[]<0.{BODY_CAP}>"]) if uids else {}
        for data in fetched.values():
            raw = data.get(b"BODY[]<0>") or data.get(b"BODY[]")
            if raw is not None and message_key(bytes(raw)) == row["key"]:
                return bytes(raw)
    return None


def _from_maildir(account: Account, row: dict) -> bytes | None:
    from onward.daemon.mailbox.maildir_folders import Maildir
    from onward.daemon.mailbox.message import BODY_CAP, HEADER_BYTES, message_key, parse_headers

    for path in Maildir(account.maildir_path).files("INBOX"):
        with open(path, "rb") as fh:
            head = fh.read(HEADER_BYTES)
            headers = parse_headers(head)
            if headers.get("Message-ID") and message_key(head, headers) != row["key"]:
                continue  # known by its Message-ID: no need to read the rest
            raw = head + fh.read(BODY_CAP - len(head))
        if message_key(raw) == row["key"]:
            return raw
    return None
