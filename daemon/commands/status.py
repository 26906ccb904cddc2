"""`onward status`: what the state store knows, for people (default) or programs (--json)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re

from onward.daemon import pause
from onward.daemon.commands import load_config
from onward.daemon.lock import holder
from onward.daemon.state import Status, Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="show what onward has seen and decided")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true",
                   help="also list the mail passed over as older than the lookback")
    p.set_defaults(func=run)


# What a terminal must never get from a mail's text: controls (ESC sequences), bidi embeddings,
# overrides and isolates (U+202A-U+202E, U+2066-U+2069), zero-width and other format characters.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f"
                         "\ufeff\ufff9-\ufffb\ud800-\udfff]")


def _shown(value, width: int | None = None) -> str:
    """Text from the state (which came from a mail) made safe for the terminal, cut to `width`."""
    text = " ".join(_UNSHOWABLE.sub("", str(value or "")).split())
    return text if width is None else text[:width]


def _when(ts: float | None) -> str:
    try:
        return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"
    except (OverflowError, ValueError, OSError):  # a due time beyond the calendar's end
        return "(out of range)"


def _json_for_terminal(data) -> str:
    """JSON that means the same, with what _UNSHOWABLE matches written as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # Line breaks outside strings are the layout; inside strings json has escaped them already.
    return _UNSHOWABLE.sub(lambda m: "\n" if m.group() == "\n" else f"\\u{ord(m.group()):04x}", text)


def run(args: argparse.Namespace) -> int:
    cfg = load_config(args, need_account=False)
    summaries = []
    if cfg.state_path.exists():
        store = Store(cfg.state_path, readonly=True)  # a reader: never changes the file
        try:
            summaries = store.summaries(every=args.all)
        finally:
            store.close()
    until = pause.paused_until(cfg.state_path)
    running = holder(cfg.state_path)
    if args.json:
        print(_json_for_terminal({"state": str(cfg.state_path), "accounts": summaries,
                                  "running": {"pid": running[0], "since": running[1]} if running
                                  else None,
                                  "paused_until": None if until is None else
                                  ("resume" if until == math.inf else until)}))
        return 0
    print(f"onward is running (pid {running[0] or '?'}, since {_when(running[1])})" if running
          else "onward is not running (start it with `onward run`, or as a service)")
    print(f"state: {cfg.state_path}")
    if until is not None:
        print(f"{pause.describe(until)}: new mail is recorded, no drafts are saved")
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
        print(f"folder {_shown(f['folder'])}: {uids}scanned {_when(f['scanned_at'])}")  # a Maildir has no UIDs
    counts = ", ".join(f"{n} {s}" for s, n in sorted(summary["messages"].items())) or "none"
    print(f"messages: {counts}")
    print("rejections:" if summary["rejections"] else "rejections: none yet")
    for r in summary["rejections"]:
        who = " / ".join(_shown(x) for x in (r.get("company"), r.get("role")) if x) or _shown(r["sender"], 40)
        print(f"  {_when(r['received_at'])}  {who[:50]:<50} {_outcome(r)}")
    print("recent messages:")
    for m in summary["recent"]:
        print(f"  {_when(m['received_at'])}  {m['status']:<8} {_shown(m['sender'], 30):<30} "
              f"{_shown(m['subject'], 60)}")
    if "too_old" in summary:
        print("passed over as too old (never drafted):" if summary["too_old"] else
              "passed over as too old: none")
        for m in summary["too_old"]:
            print(f"  {_when(m['received_at'])}  {_shown(m['sender'], 30):<30} {_shown(m['subject'], 50):<50} "
                  f"{_shown(m.get('reason', ''), 80)}")


def _outcome(rejection: dict) -> str:
    status = rejection["status"]
    if status == Status.WAITING and rejection.get("attempts"):
        return (f"waiting until {_when(rejection['due_at'])} (attempt {rejection['attempts']} failed: "
                f"{_shown(rejection.get('reason'), 80)})")
    if status == Status.DRAFTED:
        return f"drafted at {_when(rejection['done_at'])}"
    if status == Status.SKIPPED:
        return f"skipped because {_shown(rejection.get('reason', 'unknown'))}"
    if status == Status.WAITING:
        return f"waiting until {_when(rejection['due_at'])}"
    if status == Status.FAILED:
        return f"failed: {_shown(rejection.get('reason') or rejection.get('error') or 'unknown')}"
    return _shown(status)
