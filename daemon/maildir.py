"""A local Maildir as a mailbox (Maildir++ layout: the inbox at the root, other folders as `.Name`).

The same promises as over IMAP: nothing in the inbox is renamed, moved or flagged (new/ stays new/),
each message is processed once (its unique file name is remembered), and drafts go to `.Drafts/cur`
with the Draft flag (`D`), written to tmp/ first so a mail reader never sees half a file.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Iterator

from onward.daemon.imap import BODY_CAP, FetchedMessage
from onward.daemon.state import Store
from onward.daemon.watcher import Processor, ScanResult, old_cutoff, record_batch, split_old

_HEADERS = BytesHeaderParser(policy=compat32)
HEADER_BYTES = 64 * 1024  # enough for any real header block


def unique_name(path: Path) -> str:
    """A Maildir file's identity: its name without the `:2,FLAGS` info, which readers change."""
    return path.name.split(":", 1)[0]


class Maildir:
    def __init__(self, root: Path):
        self.root = Path(root)

    def folder(self, name: str) -> Path:
        """A folder by name: Maildir++ `.Name` inside the inbox, or, as mbsync's `SubFolders
        Verbatim` lays them out, `Name` inside it or beside it; `.Name` when none exists yet."""
        if name.upper() == "INBOX":
            return self.root
        candidates = (self.root / f".{name}", self.root / name, self.root.parent / name)
        return next((c for c in candidates if (c / "cur").is_dir()), candidates[0])

    def create(self, *folders: str) -> None:
        for name in ("INBOX", *folders):
            for sub in ("cur", "new", "tmp"):
                (self.folder(name) / sub).mkdir(parents=True, exist_ok=True)

    def files(self, folder: str = "INBOX") -> Iterator[Path]:
        for sub in ("new", "cur"):
            directory = self.folder(folder) / sub
            if directory.is_dir():
                yield from (Path(e.path) for e in os.scandir(directory) if e.is_file())

    def headers_match(self, folder: str, header: str, value: str) -> bool:
        """Does any message in `folder` have `value` in its `header`? (For small folders.)"""
        for path in self.files(folder):
            with open(path, "rb") as fh:
                found = _HEADERS.parsebytes(fh.read(HEADER_BYTES)).get_all(header) or []
            if any(value in str(v) for v in found):
                return True
        return False

    def save_draft(self, raw: bytes) -> Path:
        drafts = self.folder("Drafts")
        self.create("Drafts")
        name = f"{time.time_ns()}.P{os.getpid()}.{socket.gethostname().replace('/', '-')}"
        tmp = drafts / "tmp" / name
        with open(tmp, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        final = drafts / "cur" / f"{name}:2,DS"  # D: draft, S: seen (the user's own words)
        os.rename(tmp, final)
        return final


def scan_maildir(maildir: Maildir, store: Store, process: Processor, lookback: float,
                 now: float | None = None, batch_size: int = 500) -> ScanResult:
    """Process the inbox files not seen before. Mail older than `lookback` (by file time, as
    delivered, or by Date header) is recorded as too old and never processed; on the first scan,
    files older than that are only remembered, not even read."""
    now = time.time() if now is None else now
    first_scan = store.folder_state("INBOX") is None
    cutoff = old_cutoff(now, lookback, first_scan)
    seen = store.maildir_names()
    new = sorted((p for p in maildir.files() if unique_name(p) not in seen),
                 key=lambda p: (p.stat().st_mtime, p.name))
    result = ScanResult()
    for start in range(0, len(new), batch_size):
        paths = new[start:start + batch_size]
        messages = []
        for path in paths:
            mtime = path.stat().st_mtime
            if first_scan and mtime < cutoff:
                continue
            with open(path, "rb") as fh:
                raw = fh.read(BODY_CAP)
            messages.append(FetchedMessage(0, raw, dt.datetime.fromtimestamp(mtime), len(raw)))
        old, recent = split_old(messages, cutoff)
        records = record_batch(store, process, old, recent, lookback)
        added = store.commit_batch("INBOX", 0, 0, records, maildir_names=[unique_name(p) for p in paths])
        result.add(len(messages), added, records)
    if not new:
        store.commit_batch("INBOX", 0, 0, [])
    return result
