"""`onward scan --since DATE`: the kinds of older job mail, so the report starts before onward did.

Reads the inbox and the folders the user names, read-only as always (IMAP: EXAMINE and BODY.PEEK;
a Maildir: its files, never renamed), and records each message's kind (and for job mail its links
to an application) in the state's job_mail table only. Old mail never enters the table of messages
the service drafts from: an old rejection is history, never a draft due; and mail the service has
not triaged yet still gets its own triage when it does.

Resumable: each batch is committed with the folder's history cursor in one transaction, so after a
crash or Ctrl-C the same command goes on where it stopped; a message already recorded (by key, as
the service keys it) is never recorded twice, whatever folder or scan it is met in again.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Collection, Iterator, Protocol

from onward.daemon import faults
from onward.daemon.config import Account
from onward.daemon.errors import UsageError
from onward.daemon.follow import address_of, own_addresses
from onward.daemon.job_mail import KindReader, ReasonOf, read_job_mail
from onward.daemon.mailbox.message import BODY_CAP, Message, message_key, parse_headers
from onward.daemon.senders import ignored_by
from onward.daemon.state import Cursor, JobMail, Store

logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


@dataclass
class Found:
    """What one history scan found in one folder."""

    folder: str
    read: int = 0
    recorded: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


@dataclass
class Chunk:
    messages: list[Message]  # whole (headers and body)
    cursor: Cursor
    done: int
    total: int


class Source(Protocol):
    """A mailbox as the history scan reads it."""

    def missing(self, folders: list[str]) -> list[str]: ...
    def chunks(self, folder: str, since: dt.date, cursor: Cursor | None) -> Iterator[Chunk]: ...
    def close(self) -> None: ...


def cursor_name(folder: str, since: dt.date) -> str:
    # One cursor per folder and start date: the same command resumes; an earlier date reads the
    # folder again (known mail is recognised by key and skipped).
    return f"history:{since.isoformat()}:{folder}"


def scan_history(source: Source, store: Store, account: Account, folders: list[str], since: dt.date,
                 reason_of: ReasonOf | None = None,
                 progress: Callable[[str], Progress] = lambda folder: (lambda done, total: None),
                 kinds: KindReader | None = None, read: JobsReader | None = None) -> list[Found]:
    """Record the kinds of the mail since `since` in each folder.
    `read`: what reads the new messages of a batch (the scan's workers, daemon.scan_worker);
    without it, they are read in this process."""
    kinds = kinds or KindReader()
    own = own_addresses(account.cfg)  # a Sent or All Mail folder holds the user's own mail
    ignore = account.cfg.classifier.ignore_senders
    screen = account.cfg.classifier.screen
    if read is None:
        read = lambda fresh, screen, ignore: read_jobs(fresh, kinds, screen, ignore, reason_of)  # noqa: E731
    results = []
    for folder in folders:
        found = Found(folder)
        results.append(found)
        name = cursor_name(folder, since)
        cursor = store.cursor(name)
        if cursor is not None:
            cursor = Cursor(cursor.uidvalidity, cursor.last_uid, store.history_names(name))
        show = progress(folder)
        for chunk in source.chunks(folder, since, cursor):
            jobs = read_chunk(store, chunk.messages, lambda fresh: read(fresh, screen, ignore), own)
            faults.checkpoint("before_commit_history")
            found.recorded += store.record_history(name, chunk.cursor, jobs)
            found.read += len(chunk.messages)
            for job in jobs:
                if job.kind:
                    found.kinds[job.kind] = found.kinds.get(job.kind, 0) + 1
            show(chunk.done, chunk.total)
    return results


def read_chunk(store: Store, messages: list[Message],
               read: Callable[[list[tuple[str, Message]]], list[JobMail]],
               own: Collection[str] = frozenset()) -> list[JobMail]:
    """The JobMail of each message not recorded yet (the first stage's set-aside ones too, with no
    kind, so that a second scan need not read them again). The user's own mail (From one of `own`)
    is no job mail sent to them: left out."""
    keyed: dict[str, Message] = {}
    for message in messages:
        if own and address_of(str(message.headers.get("From") or "")) in own:
            continue
        keyed.setdefault(message_key(message.raw, message.headers), message)
    known = store.job_keys(keyed)
    return read([(key, m) for key, m in keyed.items() if key not in known])


# The new messages of a batch (key, message), whether to screen them, the ignored senders -> jobs.
JobsReader = Callable[[list[tuple[str, Message]], bool, tuple[str, ...]], list[JobMail]]


def read_jobs(fresh: list[tuple[str, Message]], kinds: KindReader, screen: bool,
              ignore: tuple[str, ...], reason_of: ReasonOf | None) -> list[JobMail]:
    """The JobMail of each message (in this process, or in a scan worker): screened, its kind read
    for those that pass, and for job mail the links."""
    if screen:
        from onward.classifier import prefilter

        passed = [prefilter.passes(m.raw) for _k, m in fresh]
    else:
        passed = [True] * len(fresh)
    verdicts = iter(kinds.kinds([m.raw for (_k, m), p in zip(fresh, passed) if p]))
    jobs = []
    for (key, message), p in zip(fresh, passed):
        kind, probability = next(verdicts) if p else (None, None)
        if kind == "rejection" and ignored_by(str(message.headers.get("From") or ""), ignore):
            kind = "other_job"  # the user said this sender never sends rejections
        try:
            jobs.append(read_job_mail(message.raw, key, kind, probability, received_at(message),
                                      source="history", reason_of=reason_of))
        except Exception as exc:  # one bad message is logged and skipped; the scan goes on
            logger.warning("skipping message %s: %s: %s", key[:8], type(exc).__name__, exc)
    return jobs


def received_at(message: Message) -> float | None:
    """When the message arrived (INTERNALDATE, a file's time), else its Date header."""
    if message.internal_date is not None:
        when = message.internal_date
        return (when if when.tzinfo else when.astimezone()).timestamp()
    try:
        return email.utils.parsedate_to_datetime(str(message.headers.get("Date") or "")).timestamp()
    except Exception:
        return None


class ImapSource:
    """An IMAP account's folders, read-only (EXAMINE, BODY.PEEK)."""

    def __init__(self, account: Account):
        from onward.daemon import credentials
        from onward.daemon.mailbox.imap_session import Session

        self.cfg = account.cfg
        self.session = Session(self.cfg.imap, credentials.resolve(self.cfg))

    def close(self) -> None:
        self.session.close()

    def missing(self, folders: list[str]) -> list[str]:
        return [f for f in folders if self.session.uid_status(f) is None]

    def chunks(self, folder: str, since: dt.date, cursor: Cursor | None) -> Iterator[Chunk]:
        from onward.daemon.mailbox.imap_session import MessageMeta
        from onward.daemon.triage import needs_whole

        # Mail the first stage sets aside is recorded from its start: its attachments are never fetched.
        whole = needs_whole if self.cfg.classifier.screen else None
        info = self.session.examine(folder)
        last = cursor.last_uid if cursor and cursor.uidvalidity == info.uidvalidity else 0
        uids = [u for u in self.session.uids_since(since) if u > last]
        size = self.cfg.imap.batch_size
        for start in range(0, len(uids), size):
            part = uids[start:start + size]
            metas = [MessageMeta(m.uid, m.size, m.internal_date, b"") for m in self.session.meta(part)]
            messages = [Message(m.uid, m.raw, m.internal_date, m.size) for m in self.session.fetch(metas, whole)]
            yield Chunk(messages, Cursor(info.uidvalidity, max(last, *part)), start + len(part), len(uids))


class MaildirSource:
    """A Maildir's folders, read as files (nothing renamed, moved or flagged)."""

    def __init__(self, account: Account, batch_size: int = 500):
        from onward.daemon.mailbox.maildir_folders import Maildir

        self.maildir = Maildir(account.maildir_path)
        self.maildir.require_inbox()
        self.batch_size = batch_size

    def close(self) -> None:
        pass

    def missing(self, folders: list[str]) -> list[str]:
        from onward.daemon.mailbox.maildir_folders import is_maildir

        return [f for f in folders if not is_maildir(self.maildir.folder(f))]

    def chunks(self, folder: str, since: dt.date, cursor: Cursor | None) -> Iterator[Chunk]:
        from onward.daemon.mailbox.maildir_folders import unique_name

        done = cursor.names if cursor else frozenset()
        start_at = dt.datetime.combine(since, dt.time()).timestamp()  # local midnight, as IMAP's SINCE
        files = sorted((p for p in self.maildir.files(folder) if unique_name(p) not in done),
                       key=_mtime_and_name)
        for start in range(0, len(files), self.batch_size):
            part = files[start:start + self.batch_size]
            read = [(p, self._read(p)) for p in part]
            messages = [m for _p, m in read if m is not None and (received_at(m) or 0) >= start_at]
            # Only the files read are done: one the mail reader moved meanwhile (new/ to cur/) keeps
            # its unique name and is read where it went, at the next run.
            yield Chunk(messages, Cursor(names=frozenset(unique_name(p) for p, m in read if m is not None)),
                        start + len(part), len(files))

    @staticmethod
    def _read(path: Path) -> Message | None:
        """A file, dated by its Date header: a synced Maildir's file times are often the day of
        the sync, not of the mail (the file's time when the header says nothing readable)."""
        try:
            with open(path, "rb") as fh:
                raw = fh.read(BODY_CAP)
            mtime = path.stat().st_mtime
        except FileNotFoundError:  # moved by the mail reader meanwhile
            return None
        except OSError as exc:  # one unreadable file must not stop the scan
            logger.warning("skipping %s: %s", path.name, exc.strerror or exc)
            return None
        try:
            dated = email.utils.parsedate_to_datetime(str(parse_headers(raw).get("Date") or ""))
        except Exception:
            dated = dt.datetime.fromtimestamp(mtime, dt.timezone.utc)
        return Message(0, raw, dated, len(raw))


def _mtime_and_name(path: Path) -> tuple[float, str]:
    try:
        return path.stat().st_mtime, path.name
    except OSError:  # gone meanwhile: sorted first, and found missing when read
        return 0.0, path.name


def open_source(account: Account) -> Source:
    return MaildirSource(account) if account.type == "maildir" else ImapSource(account)


def check_folders(source: Source, folders: list[str], account: Account) -> None:
    missing = source.missing(folders)
    if missing:
        where = "" if account.name == "default" else f" (account {account.name})"
        raise UsageError(f'folder "{missing[0]}" not found{where}; nothing was scanned')
