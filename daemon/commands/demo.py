"""`onward demo`: the real pipeline, once, on a built-in demo mailbox — no account needed.

Twenty sample emails written for onward — eight weeks of a fictional job search: applications,
rejections in four languages, interviews, an offer, and mail that is no answer at all (a receipt,
a job alert) — go into a fresh Maildir; onward classifies them, with the delay set to 0 saves the
reply drafts into that Maildir's Drafts folder, and shows the report of that search.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shlex
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from onward.daemon.mailbox.maildir_folders import Maildir
    from onward.daemon.state import Store

DEMO_USER = {"name": "Sam Taylor", "email": "sam.taylor@example.net"}  # the [identity] of the demo


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="see what onward does, on a built-in demo mailbox")
    p.add_argument("--dir", type=Path, help="where to create the demo mailbox, and leave it (default: a "
                   "temporary folder, removed at the end)")
    p.add_argument("--keep", action="store_true", help="keep the temporary demo mailbox to look at")
    p.set_defaults(func=run)


def demo_messages() -> list[tuple[str, bytes]]:
    from importlib import resources

    folder = resources.files("onward.daemon") / "demo"
    return sorted((f.name, f.read_bytes()) for f in folder.iterdir() if f.name.endswith(".eml"))


def demo_ages() -> dict[str, float]:
    """Each sample's age in days when the demo runs (demo/ages.toml)."""
    import tomllib
    from importlib import resources

    text = (resources.files("onward.daemon") / "demo" / "ages.toml").read_text(encoding="utf-8")
    return {name: float(days) for name, days in tomllib.loads(text).items()}


def dated(raw: bytes, arrived: float) -> bytes:
    """The sample with its Date header saying `arrived`."""
    import email.utils

    header = f"Date: {email.utils.formatdate(arrived)}".encode()
    return re.sub(rb"(?im)^Date:[^\r\n]*", lambda _m: header, raw, count=1)


def fill_maildir(maildir: Maildir, messages: list[tuple[str, bytes]], now: float) -> None:
    """Deliver the samples into new/, spread over the last weeks (demo/ages.toml): the file time is
    the arrival time, and the Date header says the same (mail dated long ago is never drafted, and
    the samples' own dates would age)."""
    maildir.create("Drafts", "Sent", "Trash")
    ages = demo_ages()
    for age, (name, raw) in enumerate(reversed(messages)):
        path = maildir.folder("INBOX") / "new" / f"{int(now)}.demo{age:02d}.{name[:-4]}"
        # A sample missing from ages.toml arrives in the last hours, 7 hours after the next.
        arrived = now - ages[name] * 86400 if name in ages else now - (age + 1) * 7 * 3600
        path.write_bytes(dated(raw, arrived))
        os.utime(path, (arrived, arrived))


def run(args: argparse.Namespace) -> int:
    import logging
    import shutil
    import tempfile

    if not args.verbose:  # the report below says it all; -v shows the service's own log lines
        logging.getLogger().setLevel(logging.WARNING)
    folder = args.dir or Path(tempfile.mkdtemp(prefix="onward-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _demo(folder, page=args.dir is not None or args.keep)
    finally:
        if args.dir is None and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    if args.dir is None and not args.keep:
        print("\nThe demo mailbox was a temporary folder and is removed; `onward demo --keep` "
              "leaves it to open in a mail client.")
    else:
        print(f"\nThe demo mailbox is kept in {folder}; remove it with: rm -r {shlex.quote(str(folder))}")
    print("Next: `onward init` writes your config (it asks for your mail server and login), "
          "then `onward check`.")
    return 0


def _demo(folder: Path, page: bool) -> None:
    from onward.daemon.config import Config, DraftsConfig, Duration, IdentityConfig, ScheduleConfig, StateConfig
    from onward.daemon.mailbox.maildir import MaildirMailbox
    from onward.daemon.mailbox.maildir_folders import Maildir
    from onward.daemon.service import Service
    from onward.daemon.state import Store

    maildir = Maildir(folder / "Maildir")
    # The lookback reaches the oldest sample (ages.toml): the whole search is read, as
    # `onward scan --since` would read the user's own older mail.
    cfg = Config(identity=IdentityConfig(**DEMO_USER), drafts=DraftsConfig(delay=Duration(0.0)),
                 schedule=ScheduleConfig(lookback=Duration(60 * 86400.0)),
                 state=StateConfig(path=str(folder / "state.sqlite3")))
    now = time.time()
    messages = demo_messages()
    fill_maildir(maildir, messages, now)
    print(f"demo mailbox: {maildir.root} (a Maildir; no account is used, nothing is sent)")
    print(f"classifying {len(messages)} sample emails with the built-in model …\n")
    store = Store(cfg.state_path)
    try:
        Service(cfg, store, MaildirMailbox(maildir.root), clock=lambda: now).run_once()
        _report(store, maildir, cfg.classifier.threshold)
        _search_report(store, now, max(demo_ages().values()), folder / "report.html" if page else None)
    finally:
        store.close()


def _search_report(store: Store, now: float, days: float, page: Path | None) -> None:
    """What `onward report` shows for the demo's search (its `days`); with a kept folder, its page."""
    from onward.daemon.commands.report import period
    from onward.daemon.config import ReportConfig
    from onward.daemon.report import render_html, render_text
    from onward.daemon.report.collect import collect

    first = dt.date.fromtimestamp(now - days * 86400)
    since, until = period(first.isoformat(), None, now)
    report = collect(store, since, until, now, float(ReportConfig().silent_after))
    print("\nThe search in numbers, as `onward report` shows it for your own mail:\n")
    for line in render_text.render(report).splitlines():
        print(f"  {line}".rstrip())
    if page is None:
        return
    if render_html.available():
        page.write_text(render_html.render(report), encoding="utf-8")
        print(f"\nThe same report as a page with charts: {page}")
    else:
        print("\n`onward report --html FILE` draws it as a page with charts once the optional "
              "extra is installed: pip install 'onward[report]'")


def _report(store: Store, maildir: Maildir, threshold: float) -> None:
    import email
    import email.policy

    from onward.daemon.state import Status

    rows = store.decisions()
    print(f"a message counts as a rejection when p >= {threshold} ([classifier] threshold: "
          "precision first, a missed rejection is better than a draft for an interview)\n")
    for subject, _sender, status, probability in rows:
        rejection = status in (Status.WAITING, Status.DRAFTED, Status.SKIPPED)
        verdict = "rejection" if rejection else "other    "
        outcome = {Status.DRAFTED: "-> reply drafted", Status.SKIPPED: "-> skipped"}.get(status, "")
        # No probability: the first stage set it aside as plainly not job mail.
        p = "p=  -  " if probability is None else f"p={probability:.3f}"
        print(f"  {verdict} {p}  {subject[:56]:<56} {outcome}")
    close = sum(status == Status.OTHER and (probability or 0.0) >= 0.5 for _s, _f, status, probability in rows)
    if close:
        print(f"\n{close} message(s) came close without reaching the threshold: lower [classifier] "
              "threshold to draft for such mail, or teach onward your own mail with `onward train`.")
    drafts = sorted(maildir.files("Drafts"))
    print(f"\n{len(drafts)} draft(s) saved in {maildir.folder('Drafts')}:")
    for path in drafts:
        print(f"  {path.name}")
    if drafts:
        parsed = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in drafts]
        sample = next((m for m in parsed if m["To"]), parsed[0])  # one addressed to a person
        print("\nOne of them, as your mail client will show it:\n")
        for header in ("From", "To", "Subject", "In-Reply-To"):
            print(f"  {header}: {sample[header] or ''}")
        print()
        for line in sample.get_content().splitlines():
            print(f"  {line}")
