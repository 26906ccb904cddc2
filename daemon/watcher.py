"""One scan of a folder: ask for what is new since last time, process it, record it batch by batch.

Each batch is committed with the folder's new last UID in one transaction, so a crash loses at
most the batch in hand, which the next scan fetches again; a message already recorded (by key) is
never processed twice, even after a UIDVALIDITY change voids every stored UID.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from typing import Callable

from onward.daemon import faults
from onward.daemon.imap import FetchedMessage, Mailbox
from onward.daemon.processing import Batch
from onward.daemon.state import Record, Store, message_key

logger = logging.getLogger(__name__)

Processor = Callable[[Batch], list[Record]]


@dataclass
class ScanResult:
    fetched: int = 0
    recorded: int = 0
    rejections: int = 0
    failed: int = 0

    def add(self, fetched: int, recorded: int, records: list[Record]) -> None:
        self.fetched += fetched
        self.recorded += recorded
        self.rejections += sum(r.status == "waiting" for r in records)
        self.failed += sum(r.status == "failed" for r in records)


def process_unseen(store: Store, process: Processor, messages: list[FetchedMessage],
                   skip: Callable[[FetchedMessage], bool] = lambda m: False) -> list[Record]:
    """Process the messages whose key the store does not know yet (and `skip` does not reject)."""
    keyed = [(m, message_key(m.raw, m.headers)) for m in messages]
    already = store.known_keys(k for _m, k in keyed)
    fresh = [(m, k) for m, k in keyed if k not in already and not skip(m)]
    return process(fresh) if fresh else []


def _new_uids(mailbox: Mailbox, store: Store, folder: str, uidvalidity: int, uidnext: int,
              lookback: float, now: float) -> tuple[list[int], int, bool]:
    """The UIDs to look at, the last UID already dealt with, and whether this is a (re)scan."""
    known = store.folder_state(folder)
    if known and known.uidvalidity == uidvalidity:
        if uidnext and uidnext <= known.last_uid + 1:
            return [], known.last_uid, False  # nothing new: no SEARCH needed
        return mailbox.uids_after(known.last_uid), known.last_uid, False
    if known:
        logger.warning("%s: UIDVALIDITY changed (%s -> %s); rescanning the last %s days, "
                       "recognising what was seen before by Message-ID", folder,
                       known.uidvalidity, uidvalidity, round(lookback / 86400, 1))
    if lookback <= 0:
        return [], (uidnext - 1 if uidnext else max(mailbox.uids_after(0), default=0)), True
    since = dt.datetime.fromtimestamp(now - lookback, dt.timezone.utc).date()
    return mailbox.uids_since(since), 0, True


def scan_folder(mailbox: Mailbox, store: Store, folder: str, process: Processor,
                lookback: float, batch_size: int = 500, now: float | None = None,
                should_stop: Callable[[], bool] = lambda: False,
                progress: Callable[[int, int], None] = lambda done, total: None) -> ScanResult:
    """Process every message of `folder` not seen before; mail older than `lookback` on a first
    scan (or a rescan) is passed over, so an old inbox does not produce a flood of drafts."""
    now = time.time() if now is None else now
    info = mailbox.examine(folder)
    uids, last_uid, rescan = _new_uids(mailbox, store, folder, info.uidvalidity, info.uidnext, lookback, now)
    result = ScanResult()
    cutoff = now - lookback
    for start in range(0, len(uids), batch_size):
        batch = uids[start:start + batch_size]
        fetched = list(mailbox.fetch(batch))
        # SINCE matches whole days; keep a (re)scan to the exact lookback.
        records = process_unseen(store, process, fetched, skip=lambda m: bool(
            rescan and m.internal_date and m.internal_date.timestamp() < cutoff))
        faults.checkpoint("before_commit_batch")
        last_uid = max(last_uid, *batch)
        result.add(len(fetched), store.commit_batch(folder, info.uidvalidity, last_uid, records),
                   records)
        faults.checkpoint("after_commit_batch")
        progress(start + len(batch), len(uids))
        if should_stop():
            break
    if not uids:
        store.commit_batch(folder, info.uidvalidity, last_uid, [])
    return result
