"""`onward drafts [--json]`: the drafts onward saved, and what became of each, asked of the
mailbox read-only: still in Drafts, edited there, sent, in the Trash, or gone."""

from __future__ import annotations

import argparse
import json

from onward.daemon.commands import load_config


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("drafts", help="list the drafts onward saved and what became of each",
                       description="List the reply drafts onward saved, each with what became of it "
                                   "(still in Drafts, edited, sent, in the Trash, or gone), asked of "
                                   "the mailbox without changing anything.")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from onward.daemon.config import accounts_of
    from onward.daemon.draft_refresh import kept_state, states_of
    from onward.daemon.rejection_ids import short_id
    from onward.daemon.state import Store
    from onward.daemon.table import render, shown, terminal_width, when

    cfg = load_config(args)
    listed = []
    for account in accounts_of(cfg):
        if not cfg.state_path.exists():
            break
        store = Store(cfg.state_path, account=account.name, readonly=True)
        try:
            drafted = [] if store.is_empty() else store.drafted()
            # The stay-in-touch drafts (daemon.follow_up): their own rows, keyed by the draft.
            later = [] if store.is_empty() else store.follow_ups()
        finally:
            store.close()
        states = states_of(account, drafted + later)
        # "state" is what the mailbox says now; the state file's last known one ("draft_state") is
        # left out, so that one draft has one state.
        listed += [{"kind": "reply", **{k: v for k, v in row.items() if k != "draft_state"},
                    "id": short_id(row.get("rejection", row["key"])), "account": account.name,
                    "state": kept_state(row, states[row["key"]])}
                   for row in drafted + later]
    if args.json:
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    if not listed:
        print("no drafts saved yet")
        return 0
    rows = []
    for row in listed:
        about = " / ".join(x for x in (row["company"], row["role"]) if x) or row["sender"]
        about = f"follow-up: {about}" if row["kind"] == "follow-up" else about
        rows.append([row["id"], when(row["saved_at"]), shown(about), row["state"], shown(row["subject"])])
    for line in render(["ID", "SAVED", "APPLICATION", "STATE", "SUBJECT"], rows, {2, 4}, terminal_width()):
        print(line)
    return 0
