"""`onward scan --since DATE [--folder NAME ...]`: record the kinds of older job mail (read-only),
so that the report starts before onward was installed. Never drafts anything.

Runs beside the service: it writes only the job_mail table (one short transaction per batch,
INSERT OR IGNORE), never a draft or a rejection's state, so it takes no state lock.
"""

from __future__ import annotations

import argparse
import datetime as dt

from onward.daemon.commands import load_config

PROGRESS_FROM = 100  # messages: reading old mail over IMAP is slow enough for a bar from here on
SHOWN_KINDS = (("applied", "application(s) received"), ("invitation", "invitation(s)"),
               ("offer", "offer(s)"), ("rejection", "rejection(s)"), ("other_job", "other job mail"))


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scan", help="record the kinds of older job mail, for the report (never drafts)",
                       description="Read older mail (read-only) in the inbox and in the folders you "
                                   "name, and record what each job mail is (application received, "
                                   "invitation, offer, rejection) with its company and role, so that "
                                   "`onward report` covers your search from DATE on. Nothing is "
                                   "drafted for old mail. Run it again to go on after an interruption; "
                                   "nothing is recorded twice.")
    p.add_argument("--since", required=True, metavar="DATE",
                   help='a date ("2026-09-01") or a time ago ("90d", "12w")')
    p.add_argument("--folder", action="append", default=[], metavar="NAME",
                   help="another folder to read besides the inbox (repeat for several), e.g. an "
                        "archive or a folder of job mail")
    p.set_defaults(func=run)


def parse_since(text: str, today: dt.date | None = None) -> dt.date:
    from onward.daemon.config import parse_duration
    from onward.daemon.errors import ConfigError, UsageError

    today = today or dt.date.today()
    try:
        when = dt.date.fromisoformat(text.strip())
    except ValueError:
        try:
            when = today - dt.timedelta(seconds=parse_duration(text, "--since"))
        except OverflowError:  # "100000000d" reaches before the first day a date can hold
            raise UsageError(f'--since: "{text}" reaches back before the year 1') from None
        except ConfigError:
            raise UsageError(f'--since: "{text}" is neither a date like 2026-09-01 nor a time ago like '
                             '"90d"') from None
    if when > today:
        raise UsageError(f"--since: {when} is in the future")
    return when


def run(args: argparse.Namespace) -> int:
    from imapclient.exceptions import IMAPClientError

    from onward.daemon.config import accounts_of
    from onward.daemon.errors import NETWORK_ERRORS, ConnectionFailure, RuntimeFailure
    from onward.daemon.history import check_folders, open_source, scan_history
    from onward.daemon.job_mail import reason_reader
    from onward.daemon.mailbox.imap_connect import describe
    from onward.daemon.mailbox.message import header_text
    from onward.daemon.progress import Progress
    from onward.daemon.scan_worker import ScanWorkers
    from onward.daemon.state import Store

    cfg = load_config(args)
    since = parse_since(args.since)
    reason_of = reason_reader()
    store = Store(cfg.state_path)
    try:
        for account in accounts_of(cfg):
            store.account = account.name
            source = open_source(account)
            # The mail is read in worker processes, as the service's scan does (daemon.scan_worker).
            workers = ScanWorkers(account.cfg)
            try:
                inbox = "INBOX" if account.type == "maildir" else account.cfg.imap.inbox
                folders = list(dict.fromkeys([inbox, *args.folder]))
                check_folders(source, folders, account)
                prefix = "" if account.name == "default" else f"{account.name}: "
                again = f"run `onward scan --since {since}` again to go on where it stopped"
                try:
                    results = scan_history(source, store, account, folders, since, reason_of,
                                           progress=lambda f: Progress(f"{prefix}scanning {header_text(f)}",
                                                                       min_total=PROGRESS_FROM),
                                           read=workers.history)
                except KeyboardInterrupt:  # what was read is kept; the scan is not complete
                    raise RuntimeFailure(f"interrupted: {again}") from None
                except (*NETWORK_ERRORS, IMAPClientError) as exc:
                    raise ConnectionFailure(f"{describe(exc, account.cfg.imap)}; {again}") from None
            finally:
                workers.release()
                source.close()
            for found in results:
                print(f"{prefix}{header_text(found.folder)}: {found.read} message(s) since {since} read, "
                      f"{found.recorded} newly recorded{summary(found.kinds)}")
    finally:
        store.close()
    print("nothing was drafted: old mail is recorded for `onward report` only")
    return 0


def summary(kinds: dict[str, int]) -> str:
    parts = [f"{kinds[k]} {label}" for k, label in SHOWN_KINDS if kinds.get(k)]
    return f" ({', '.join(parts)})" if parts else ""
