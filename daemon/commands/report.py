"""`onward report`: the job search in numbers, from the state, at the terminal, as JSON or as a page.

It only reads the state file (opened read-only, like `onward status`), so it is safe to run while
the service runs, and it reaches no server and no network.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

from typing import TYPE_CHECKING

from onward.daemon.commands import load_config

if TYPE_CHECKING:
    from onward.daemon.report.data import Report

FIRST_DAY, LAST_DAY = dt.date(1971, 1, 1), dt.date(9998, 12, 31)
HTML_EXTRA = ("--html needs the optional chart package: install it with "
              "`pip install 'onward[report]'` (the text and --json reports work without it)")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="your job search in numbers: applications, answers, stages, "
                       "reasons (the last 3 months)")
    p.add_argument("--since", metavar="DATE", help="first day of the report, e.g. 2026-09-01 "
                   "(default: 3 months before --until)")
    p.add_argument("--until", metavar="DATE", help="last day of the report (default: today)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="machine-readable output")
    out.add_argument("--html", type=Path, metavar="FILE",
                     help="write the report as one self-contained page with charts (needs onward[report])")
    p.set_defaults(func=run)


def parse_day(text: str, option: str) -> dt.date:
    from onward.daemon.errors import UsageError

    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f'{option} "{text}": write a date like 2026-09-01') from None
    if not FIRST_DAY <= day <= LAST_DAY:  # beyond them, local midnight has no POSIX time
        raise UsageError(f"{option} {day}: give a date between {FIRST_DAY} and {LAST_DAY}")
    return day


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the month's last day when it has fewer)."""
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    if year < FIRST_DAY.year:
        return FIRST_DAY
    for last in (31, 30, 29):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    return dt.date(year, month, 28)


def period(since: str | None, until: str | None, now: float) -> tuple[float, float]:
    """[since, until) in POSIX seconds: from the start of the first day to the end of the last
    (local time), or to now when --until is not given."""
    from onward.daemon.errors import UsageError

    last = parse_day(until, "--until") if until else dt.date.fromtimestamp(now)
    first = parse_day(since, "--since") if since else months_before(last, 3)
    if first > last:
        raise UsageError(f"--since {first} is after --until {last}")
    start = dt.datetime.combine(first, dt.time()).timestamp()
    end = now if until is None else dt.datetime.combine(last + dt.timedelta(days=1), dt.time()).timestamp()
    return start, end


def build(state_path: Path, since: float, until: float, now: float, silent_after: float) -> Report:
    """The report from the state file, which must exist; read-only."""
    from onward.daemon.report.collect import collect
    from onward.daemon.state import Store

    store = Store(state_path, readonly=True)
    try:
        return collect(store, since, until, now, silent_after)
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    import dataclasses

    from onward.daemon import table
    from onward.daemon.errors import Refused
    from onward.daemon.report import render_html, render_text

    now = time.time()
    since, until = period(args.since, args.until, now)  # a wrong date first: it is the quickest fix
    cfg = load_config(args, need_account=False)
    if args.html and not render_html.available():
        raise Refused(HTML_EXTRA)
    if not cfg.state_path.exists():  # as `onward status` says it: a fact, not a mistake
        print(f"nothing to report yet: there is no state file at {cfg.state_path} (onward records "
              "job mail once `onward run` has read the inbox; `onward scan --since DATE` reads older mail)")
        return 0
    report = build(cfg.state_path, since, until, now, float(cfg.report.silent_after))
    if args.json:
        print(json.dumps(dataclasses.asdict(report), ensure_ascii=True, indent=2))
    elif args.html:
        write_page(args.html, render_html.render(report))
        print(f"report written to {args.html} (one self-contained page: open it in any browser)")
    else:
        sys.stdout.write(render_text.render(report, table.terminal_width()))
    return 0


def write_page(path: Path, page: str) -> None:
    """Readable by the user only, like the state it comes from: it quotes what employers wrote."""
    from onward.daemon.errors import Refused

    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(page)
    except OSError as e:
        raise Refused(f"cannot write the report to {path}: {e.strerror or e}") from None
