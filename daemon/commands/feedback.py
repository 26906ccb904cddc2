"""`onward feedback [--json]`: the feedback employers sent in answer to the user's replies, kept in
the state by the service's hourly look at the conversations (daemon.follow), with the company, the
role, when it came and the sentences that carry it (quoted history and signatures removed)."""

from __future__ import annotations

import argparse
import json

from typing import TYPE_CHECKING

from onward.daemon.commands import load_config

if TYPE_CHECKING:
    from onward.daemon.state import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("feedback", help="list the feedback employers sent after your replies",
                       description="List the feedback employers sent in answer to your replies to "
                                   "their rejections: company, role, date and the sentences that "
                                   "carry it. Read from the state; nothing in the mailbox changes.")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--refresh", action="store_true",
                   help="first look at the mailbox (read-only) for new replies and answers")
    p.set_defaults(func=run)


def kept_feedback(store: Store) -> list[dict]:
    """Every piece of feedback in the state, newest first, over all its accounts."""
    from onward.daemon.rejection_ids import short_id

    found = []
    for account in store.accounts():
        for row in store.followed(account):
            fb = row.get("feedback")
            if not fb:
                continue
            found.append({"id": short_id(row["key"]), "account": account,
                          "company": row.get("company", ""), "role": row.get("role", ""),
                          "sender": row.get("sender", ""), "subject": row.get("subject", ""),
                          "received_at": fb.get("received_at"), "language": fb.get("language", ""),
                          "sentences": list(fb.get("sentences", []))})
    return sorted(found, key=lambda f: f["received_at"] or 0, reverse=True)


def run(args: argparse.Namespace) -> int:
    from onward.daemon.state import Store
    from onward.daemon.table import UNSHOWABLE, shown, when

    cfg = load_config(args, need_account=args.refresh)
    if args.refresh:
        from onward.daemon.draft_refresh import refresh_draft_states  # the mailbox: only when asked

        refresh_draft_states(cfg)
    listed: list[dict] = []
    if cfg.state_path.exists():
        store = Store(cfg.state_path, readonly=True)  # a reader: never changes the file
        try:
            listed = [] if store.is_empty() else kept_feedback(store)
        finally:
            store.close()
    if args.json:
        text = json.dumps(listed, ensure_ascii=False, indent=2)
        # Sentences come from mail: what a terminal must not get is written as a \u escape.
        print(UNSHOWABLE.sub(lambda m: "\n" if m.group() == "\n" else f"\\u{ord(m.group()):04x}", text))
        return 0
    if not listed:
        print("no feedback yet (onward looks, read-only, for answers to the replies you sent)")
    for item in listed:
        about = " / ".join(shown(x) for x in (item["company"], item["role"]) if x) or shown(item["sender"])
        print(f"{item['id']}  {when(item['received_at'])}  {about}")
        for sentence in item["sentences"]:
            print(f"    - {shown(sentence)}")
    return 0
