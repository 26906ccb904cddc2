"""One scan of a folder: ask for what is new since last time, process it, record it batch by batch.

Each batch is committed with the folder's new last UID in one transaction, so a crash loses at
most the batch in hand, which the next scan fetches again; a message already recorded (by key) is
never processed twice, even after a UIDVALIDITY change voids every stored UID.

Old mail is passed over on every scan, not only the first: a message whose INTERNALDATE or Date
header is older than the lookback (an imported archive, an old rejection moved back into the
inbox) is recorded as too old from its header fields alone; its body is never fetched.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import time
from dataclasses import dataclass
from typing import Callable

from onward.daemon import faults
from onward.daemon.imap import FetchedMessage, Mailbox
from onward.daemon.processing import Batch, old_record
from onward.daemon.state import Record, Store, message_key

logger = logging.getLogger(__name__)

Processor = Callable[[Batch], list[Record]]
# After the first scan, mail at least this old is never drafted even with a shorter lookback
# ("0m"): a sender's clock a few hours off must not make new mail look old.
OLD_AFTER_AT_LEAST = 86400.0


@dataclass
class ScanResult:
    fetched: int = 0
    recorded: int = 0
    rejections: int = 0
    failed: int = 0
    too_old: int = 0

    def add(self, fetched: int, recorded: int, records: list[Record]) -> None:
        self.fetched += fetched
        self.recorded += recorded
        self.rejections += sum(r.status == "waiting" for r in records)
        self.failed += sum(r.status == "failed" for r in records)
        self.too_old += sum(r.status == "too_old" for r in records)


def process_unseen(store: Store, process: Processor, messages: list[FetchedMessage]) -> list[Record]:
    """Process the messages whose key the store does not know yet."""
    keyed = [(m, message_key(m.raw, m.headers)) for m in messages]
    already = store.known_keys(k for _m, k in keyed)
    fresh = [(m, k) for m, k in keyed if k not in already]
    return process(fresh) if fresh else []


def dated_before(message: FetchedMessage, cutoff: float) -> str:
    """Why `message` counts as older than `cutoff` (by INTERNALDATE or Date header), or ""."""
    arrived = message.internal_date
    if arrived is not None and _timestamp(arrived) < cutoff:
        return f"arrived {arrived:%Y-%m-%d}"
    try:
        dated = email.utils.parsedate_to_datetime(str(message.headers.get("Date") or ""))
    except Exception:  # no Date header, or one no parser reads: judged by its arrival alone
        return ""
    return f"dated {dated:%Y-%m-%d}" if _timestamp(dated) < cutoff else ""


def _timestamp(when: dt.datetime) -> float:
    # A zone-less time (INTERNALDATE as imapclient gives it, or "-0000") is the machine's local time.
    return when.timestamp() if when.tzinfo else when.astimezone().timestamp()


def old_cutoff(now: float, lookback: float, first_scan: bool) -> float:
    return now - (lookback if first_scan else max(lookback, OLD_AFTER_AT_LEAST))


def split_old(messages: list[FetchedMessage], cutoff: float
              ) -> tuple[list[tuple[FetchedMessage, str]], list[FetchedMessage]]:
    """(old messages with the reason, recent messages)."""
    old, recent = [], []
    for message in messages:
        reason = dated_before(message, cutoff)
        if reason:
            old.append((message, reason))
        else:
            recent.append(message)
    return old, recent


def record_batch(store: Store, process: Processor, old: list[tuple[FetchedMessage, str]],
                 recent: list[FetchedMessage], lookback: float) -> list[Record]:
    """Old mail recorded as too old, recent mail processed: the part of a scan every mailbox shares."""
    reasons = {id(m): reason for m, reason in old}
    too_old = process_unseen(store, lambda batch: [old_record(m, k, reasons[id(m)], lookback)
                                                   for m, k in batch], [m for m, _r in old])
    return too_old + process_unseen(store, process, recent)


@dataclass
class NewMail:
    uidvalidity: int
    uids: list[int]
    last_uid: int  # the last UID already dealt with
    rescan: bool  # a first scan, or a rescan after a UIDVALIDITY change


def _new_mail(mailbox: Mailbox, store: Store, folder: str, lookback: float, now: float) -> NewMail:
    """What to look at. In a session where the folder is open already, new mail is asked for with
    a SEARCH, and a quiet folder costs one NOOP: it is not opened (EXAMINEd) again."""
    known = store.folder_state(folder)
    opened = mailbox.selected if mailbox.is_open(folder) else None
    if known and opened is not None and opened.uidvalidity == known.uidvalidity:
        # An EXAMINE since the last scan (the one after saving drafts) may have counted mail
        # that no NOOP or IDLE will announce again: its UIDNEXT says so.
        unread = opened.uidnext > known.last_uid + 1
        uids = mailbox.uids_after(known.last_uid) if unread or mailbox.has_news() else []
        return NewMail(known.uidvalidity, uids, known.last_uid, False)
    info = mailbox.examine(folder)
    if known and known.uidvalidity == info.uidvalidity:
        if info.uidnext and info.uidnext <= known.last_uid + 1:
            return NewMail(info.uidvalidity, [], known.last_uid, False)  # nothing new: no SEARCH
        return NewMail(info.uidvalidity, mailbox.uids_after(known.last_uid), known.last_uid, False)
    if known:
        logger.warning("%s: UIDVALIDITY changed (%s -> %s); rescanning the last %s days, "
                       "recognising what was seen before by Message-ID", folder,
                       known.uidvalidity, info.uidvalidity, round(lookback / 86400, 1))
    if lookback <= 0:
        return NewMail(info.uidvalidity, [], 0, True)
    since = dt.datetime.fromtimestamp(now - lookback, dt.timezone.utc).date()
    return NewMail(info.uidvalidity, mailbox.uids_since(since), 0, True)


def scan_folder(mailbox: Mailbox, store: Store, folder: str, process: Processor,
                lookback: float, batch_size: int = 500, now: float | None = None,
                should_stop: Callable[[], bool] = lambda: False,
                progress: Callable[[int, int], None] = lambda done, total: None) -> ScanResult:
    """Process every message of `folder` not seen before; old mail is recorded, never processed."""
    now = time.time() if now is None else now
    new = _new_mail(mailbox, store, folder, lookback, now)
    cutoff = old_cutoff(now, lookback, new.rescan)
    last_uid = new.last_uid
    result = ScanResult()
    for start in range(0, len(new.uids), batch_size):
        batch = new.uids[start:start + batch_size]
        metas = mailbox.meta(batch)
        old, recent = split_old([FetchedMessage.header_only(m) for m in metas], cutoff)
        wanted = {m.uid for m in recent}  # only recent mail is fetched whole
        fetched = list(mailbox.fetch([m for m in metas if m.uid in wanted]))
        records = record_batch(store, process, old, fetched, lookback)
        faults.checkpoint("before_commit_batch")
        last_uid = max(last_uid, *batch)
        result.add(len(metas), store.commit_batch(folder, new.uidvalidity, last_uid, records), records)
        faults.checkpoint("after_commit_batch")
        progress(start + len(batch), len(new.uids))
        if should_stop():
            return result  # the rest of the folder is taken up at the next scan
    # Past all the folder held when it was opened: what a (re)scan's SINCE left out is never
    # fetched later, and a UID that the SEARCH no longer found (expunged) is not asked for again.
    opened = mailbox.selected
    assert opened is not None, "the folder is open: _new_mail opened it"
    last_uid = max(last_uid, opened.uidnext - 1)
    store.commit_batch(folder, new.uidvalidity, last_uid, [])
    return result
