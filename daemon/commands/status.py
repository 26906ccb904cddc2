"""`onward status`: what the state store knows, for people (default) or programs (--json)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math

from typing import TYPE_CHECKING

from onward.daemon.commands import load_config

if TYPE_CHECKING:
    from onward.daemon.state import Store


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="show what onward has seen and decided")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all", action="store_true",
                   help="also list the mail passed over as older than the lookback, and the mail "
                        "from senders on [classifier] ignore_senders")
    p.add_argument("--refresh", action="store_true",
                   help="first ask the mailbox (read-only) what became of each draft, and keep "
                        "the answer for the next `onward status`")
    p.set_defaults(func=run)


def _brief_when(ts: float | None) -> str:
    """when() without the year when it is this year's: the table keeps its room for names."""
    from onward.daemon.table import when

    text = when(ts)
    this_year = dt.date.today().strftime("%Y-")
    return text[len(this_year):] if text.startswith(this_year) else text


def _json_for_terminal(data) -> str:
    """JSON that means the same, with what UNSHOWABLE matches written as \\u escapes."""
    from onward.daemon.table import UNSHOWABLE

    text = json.dumps(data, ensure_ascii=False, indent=2)
    # Line breaks outside strings are the layout; inside strings json has escaped them already.
    return UNSHOWABLE.sub(lambda m: "\n" if m.group() == "\n" else f"\\u{ord(m.group()):04x}", text)


def run(args: argparse.Namespace) -> int:
    from onward.daemon import pause
    from onward.daemon.lock import activity, holder
    from onward.daemon.mailbox.replies import THERE
    from onward.daemon.rejection_ids import short_id
    from onward.daemon.state import Status, Store

    cfg = load_config(args, need_account=args.refresh)
    if args.refresh:
        from onward.daemon.draft_refresh import refresh_draft_states  # the mailbox: only when asked

        refresh_draft_states(cfg)
    summaries = []
    next_due = None
    if cfg.state_path.exists():
        store = Store(cfg.state_path, readonly=True)  # a reader: never changes the file
        try:
            summaries = store.summaries(every=args.all)
            for summary in summaries:
                read_waiting_facts(store, summary)
                for r in summary["rejections"]:
                    r["id"] = short_id(r["key"])
                    if r["status"] == Status.DRAFTED and "draft_state" not in r:
                        r["draft_state"], r["draft_checked_at"] = THERE, r["done_at"]  # as saved
                due = store.next_due_at(summary["account"])
                next_due = due if next_due is None or (due is not None and due < next_due) else next_due
        finally:
            store.close()
    until = pause.paused_until(cfg.state_path)
    running = holder(cfg.state_path)
    doing = activity(cfg.state_path, running[1]) if running else None
    if args.json:
        print(_json_for_terminal({"state": str(cfg.state_path), "accounts": summaries,
                                  "running": {"pid": running[0], "since": running[1], "activity": doing}
                                  if running else None,
                                  "next_due_at": next_due,
                                  "paused_until": None if until is None else
                                  ("resume" if until == math.inf else until)}))
        return 0
    print(_first_line(running, until, next_due, doing))
    print(f"state: {cfg.state_path}")
    if until is not None:
        print(f"{pause.describe(until)}: new mail is recorded, no drafts are saved")
    if not summaries:
        print("nothing scanned yet; run `onward run --once` or start the service")
    for summary in summaries:
        _print_account(summary, len(summaries) > 1)
    return 0


# A waiting rejection's facts are read for status (a few ms each), not at scan time; past this
# many, the newest are read and the rest show their sender until their drafts are composed.
WAITING_FACTS_READ = 100


def read_waiting_facts(store: Store, summary: dict) -> None:
    """Company, role, language and stage of the waiting rejections, read from their kept bytes:
    the scan does not read them (most wait days, and drafting reads them anyway)."""
    from onward.daemon.state import Status

    waiting = [r for r in summary["rejections"]
               if r["status"] == Status.WAITING and "company" not in r and "role" not in r]
    waiting = waiting[:WAITING_FACTS_READ]  # newest first
    if not waiting:
        return
    from onward.daemon.deliver import rejection_facts  # drafts/ and its templates: only when needed

    raws = store.pending_raw([r["key"] for r in waiting], summary["account"])
    for r in waiting:
        if r["key"] in raws:
            r.update({k: v for k, v in rejection_facts(raws[r["key"]]).items() if k not in r})


def _first_line(running, until: float | None, next_due: float | None, activity: str | None) -> str:
    """Whether the service runs, since when, and what it waits for."""
    from onward.daemon import pause
    from onward.daemon.table import when

    if until is not None:
        waits = f"{pause.describe(until)} (new mail is still recorded)"
    elif next_due is not None:
        waits = f"next drafts due {when(next_due)}"
    else:
        waits = ""
    if running:
        doing = activity or "waiting for new mail"
        return (f"onward is running (pid {running[0] or '?'}, since {when(running[1])}): "
                f"{doing}{'; ' + waits if waits else ''}")
    return f"onward is not running (start it with `onward run`, or as a service){'; ' + waits if waits else ''}"


def _print_account(summary: dict, named: bool) -> None:
    from onward.daemon import table
    from onward.daemon.state import Status
    from onward.daemon.table import shown, when

    if named:
        print(f"\naccount {summary['account']}")
    for f in summary["folders"]:
        uids = f"last UID {f['last_uid']} (UIDVALIDITY {f['uidvalidity']}), " if f["uidvalidity"] else ""
        print(f"folder {shown(f['folder'])}: {uids}scanned {when(f['scanned_at'])}")  # a Maildir has no UIDs
    counts = ", ".join(f"{n} {s}" for s, n in sorted(summary["messages"].items())) or "none"
    print(f"messages: {counts}")
    rejections = summary["rejections"]
    print("rejections:" if rejections else "rejections: none yet")
    if rejections:
        rows = [[r["id"], _brief_when(r["received_at"]), shown(r.get("company")) or shown(r["sender"]),
                 shown(r.get("role")) or "-", _outcome(r),
                 _brief_when(r["due_at"] if r["status"] == Status.WAITING else r["done_at"]),
                 shown(r.get("draft_state", ""))] for r in rejections]
        lines = table.render(REJECTION_COLUMNS, rows, {2, 3, 4, 6}, table.terminal_width(), "  ")
        print(lines[0])
        for line, r in zip(lines[1:], rejections):
            print(line)
            if r.get("reply_sent_at"):  # the conversation after it (daemon.follow)
                print(f"    {_conversation(r)}")
        checked = [r["draft_checked_at"] for r in rejections if r.get("draft_checked_at")]
        if checked:
            print(f"  (drafts as last known, oldest {when(min(checked))}; "
                  "`onward status --refresh` asks the mailbox)")
    print("recent messages:")
    for m in summary["recent"]:
        print(f"  {when(m['received_at'])}  {m['status']:<8} {shown(m['sender'], 30):<30} "
              f"{shown(m['subject'], 60)}")
    if "too_old" in summary:
        # On IMAP, what the first scan's SEARCH SINCE left out was never read, so it is not listed.
        print("passed over as too old (never drafted):" if summary["too_old"] else
              "passed over as too old: none recorded")
        if summary["folders"] and any(f["uidvalidity"] for f in summary["folders"]):
            print("  (mail from before the first run's lookback was never read, so it is not listed)")
        for m in summary["too_old"]:
            print(f"  {when(m['received_at'])}  {shown(m['sender'], 30):<30} {shown(m['subject'], 50):<50} "
                  f"{shown(m.get('reason', ''), 80)}")
    if "ignored" in summary:
        print("ignored (sender on [classifier] ignore_senders):" if summary["ignored"] else
              "ignored senders: none")
        for m in summary["ignored"]:
            print(f"  {when(m['received_at'])}  {shown(m['sender'])}  {shown(m['subject'])}")


def _conversation(rejection: dict) -> str:
    """What followed the rejection: "reply sent …, answer received … (with feedback)"."""
    from onward.daemon.table import shown, when

    text = f"reply sent {when(rejection['reply_sent_at'])}"
    if rejection.get("answer_received_at"):
        text += f", answer received {when(rejection['answer_received_at'])}"
        if rejection.get("feedback"):
            text += " with feedback (see `onward feedback`)"
    else:
        text += ", no answer yet"
    done = rejection.get("follow_up") or {}
    if done.get("state") == "saved":  # the stay-in-touch draft (daemon.follow_up)
        text += f"; follow-up draft saved {when(done.get('saved_at'))}"
    elif done.get("state") == "cancelled":
        text += f"; no follow-up: {shown(done.get('reason', ''))}"
    return text


REJECTION_COLUMNS = ["ID", "RECEIVED", "COMPANY", "ROLE", "STATE", "WHEN", "DRAFT"]


def _outcome(rejection: dict) -> str:
    from onward.daemon.state import Status
    from onward.daemon.table import shown

    status = rejection["status"]
    if status == Status.WAITING and rejection.get("attempts"):
        return (f"waiting (attempt {rejection['attempts']} failed: "
                f"{shown(rejection.get('reason'), 80)})")
    if status == Status.DRAFTED:
        return Status.DRAFTED
    if status == Status.SKIPPED:
        return f"skipped: {shown(rejection.get('reason', 'unknown'))}"
    if status == Status.WAITING:
        return Status.WAITING
    if status == Status.FAILED:
        return f"failed: {shown(rejection.get('reason') or rejection.get('error') or 'unknown')}"
    return shown(status)
