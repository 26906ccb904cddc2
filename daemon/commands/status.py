"""`onward status`: what the state store knows, for people (default) or programs (--json)."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from onward.daemon.commands import load_config
from onward.daemon.state import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="show what onward has seen and decided")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true",
                   help="also list the mail passed over as older than the lookback")
    p.set_defaults(func=run)


def _when(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args, need_account=False)
    summaries = []
    if cfg.state_path.exists():
        store = Store(cfg.state_path, readonly=True)  # a reader: never changes the file
        try:
            for account in [] if store.is_empty() else store.accounts():
                store.account = account
                summaries.append(store.summary(every=args.all))
        finally:
            store.close()
    if args.json:
        print(json.dumps({"state": str(cfg.state_path), "accounts": summaries},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"state: {cfg.state_path}")
    if not summaries:
        print("nothing scanned yet; run `onward run --once` or start the service")
    for summary in summaries:
        _print_account(summary, len(summaries) > 1)
    return 0


def _print_account(summary: dict, named: bool) -> None:
    if named:
        print(f"\naccount {summary['account']}")
    for f in summary["folders"]:
        uids = f"last UID {f['last_uid']} (UIDVALIDITY {f['uidvalidity']}), " if f["uidvalidity"] else ""
        print(f"folder {f['folder']}: {uids}scanned {_when(f['scanned_at'])}")  # a Maildir has no UIDs
    counts = ", ".join(f"{n} {s}" for s, n in sorted(summary["messages"].items())) or "none"
    print(f"messages: {counts}")
    print("rejections:" if summary["rejections"] else "rejections: none yet")
    for r in summary["rejections"]:
        who = " / ".join(x for x in (r.get("company"), r.get("role")) if x) or r["sender"][:40]
        print(f"  {_when(r['received_at'])}  {who[:50]:<50} {_outcome(r)}")
    print("recent messages:")
    for m in summary["recent"]:
        print(f"  {_when(m['received_at'])}  {m['status']:<8} {m['sender'][:30]:<30} {m['subject'][:60]}")
    if "too_old" in summary:
        print("passed over as too old (never drafted):" if summary["too_old"] else
              "passed over as too old: none")
        for m in summary["too_old"]:
            print(f"  {_when(m['received_at'])}  {m['sender'][:30]:<30} {m['subject'][:50]:<50} "
                  f"{m.get('reason', '')}")


def _outcome(rejection: dict) -> str:
    status = rejection["status"]
    if status == "waiting":
        return f"waiting until {_when(rejection['due_at'])}"
    if status == "drafted":
        return f"drafted at {_when(rejection['done_at'])}"
    if status == "skipped":
        return f"skipped because {rejection.get('reason', 'unknown')}"
    return status
