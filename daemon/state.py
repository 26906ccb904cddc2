"""The state store: what onward has seen, in SQLite (WAL, one transaction per step). With its
parts (state_schema: the tables; state_drafts: what drafting reads and records; state_jobs: the
kinds of job mail and their links; state_views: what the commands show), the only place with
SQL.

Messages are kept by their key (mailbox.message.message_key). Each watched folder has a cursor
(for IMAP its UIDVALIDITY and last UID; for a Maildir the file names dealt with) so that a scan
asks only for what is new. Nothing secret is ever stored here.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote

from onward.daemon.errors import StateError, StateLost
from onward.daemon.state_drafts import Due, DraftLedger
from onward.daemon.state_jobs import JobLedger, JobMail
from onward.daemon.state_views import StatusViews
from onward.daemon.state_guard import (GuardedConnection, check_integrity, file_identity,
                                       retry_when_full, guarded)
from onward.daemon.state_schema import (REJECTION, SCHEMA, Status, add_missing_columns,
                                        detail_json)

__all__ = ["SCHEMA", "Cursor", "Due", "JobMail", "Record", "Status", "Store"]


@dataclass(frozen=True)
class Cursor:
    """Where the scan of a folder got to. The store keeps it; only the mailbox that made it reads it."""

    uidvalidity: int = 0
    last_uid: int = 0
    # Maildir has no UIDs: the unique names of the files dealt with. Read, every name known;
    # written (Store.advance), the names to add.
    names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Record:
    """What processing decided about one message; written by Store.commit_batch."""

    key: str
    uid: int
    message_id: str
    subject: str
    sender: str
    received_at: float | None
    status: Status
    detail: dict | None = None
    probability: float | None = None
    due_at: float | None = None
    raw: bytes | None = None  # kept until the drafts are decided, for rejections only
    composed: bytes | None = None  # its drafts, composed as it was read when due then (daemon.composed)
    job: JobMail | None = None  # its kind (and links), when the triage read it


class Store(DraftLedger, JobLedger, StatusViews):
    """The SQLite state file. One instance per process; not shared between threads."""

    def __init__(self, path: Path, account: str = "default", readonly: bool = False):
        """Open (or create) the state file, checking its integrity; any failure is a StateError."""
        self.path = Path(path)
        self.account = account
        # Called between retries while the disk is full: a sign of life for the watchdog, and the
        # service's way to give up (return True) when it is asked to stop.
        self.on_retry: Callable[[], bool] | None = None  # None: a full disk fails at once
        with guarded(self.path):
            if readonly:
                db = sqlite3.connect(f"file:{quote(str(self.path))}?mode=ro", uri=True,
                                     isolation_level=None, timeout=30)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db = GuardedConnection(db, self.path)
            try:
                check_integrity(self.db)
                if not readonly:
                    os.chmod(self.path, 0o600)
                    self.db.execute("PRAGMA journal_mode=WAL")
                    # FULL: a draft's existence must never be forgotten by a power cut right after
                    # the commit.
                    self.db.execute("PRAGMA synchronous=FULL")
                    self.db.executescript(SCHEMA)
                    add_missing_columns(self.db)
            except BaseException:
                self.db.close()
                raise
            self.identity = file_identity(self.path)

    @staticmethod
    def copy(source: Path, dest: Path) -> None:
        """A consistent snapshot of the state file `source` at `dest` (SQLite's backup), for a dry
        run; a damaged file is refused (StateError), never copied."""
        Store(source, readonly=True).close()
        with guarded(source), contextlib.closing(sqlite3.connect(source)) as original, \
                contextlib.closing(sqlite3.connect(dest)) as copy:
            original.backup(copy)

    def check_identity(self) -> None:
        """Raise StateLost if the file at our path is no longer the one we opened (deleted or
        replaced): writing on would go into a file nobody will ever read again."""
        try:
            now = file_identity(self.path)
        except FileNotFoundError:
            raise StateLost(f"the state file {self.path} was deleted while onward was running; "
                            "stopping rather than losing what happens next (start onward again: "
                            "it finds the drafts already in your mailbox)") from None
        except OSError as exc:
            raise StateError(f"cannot look at the state file {self.path}: {exc.strerror}") from None
        if now != self.identity:
            raise StateLost(f"the state file {self.path} was replaced by another file while onward "
                            "was running; stopping (start onward again to use the new file)")

    def is_empty(self) -> bool:
        """No tables yet: a new file, or one emptied by hand (a read-only store never creates them)."""
        return not self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='messages'").fetchone()

    def health(self) -> dict:
        """For `onward check`: where the state is, how big, how many rejections it records."""
        if self.is_empty():
            return {"path": str(self.path), "size": self.path.stat().st_size, "rejections": 0}
        (rejections,) = self.db.execute(
            f"SELECT COUNT(*) FROM messages WHERE {REJECTION}").fetchone()
        size = sum(p.stat().st_size for p in (self.path, self.path.with_name(self.path.name + "-wal"))
                   if p.exists())
        return {"path": str(self.path), "size": size, "rejections": rejections, "ok": True}

    def close(self) -> None:
        self.db.close()

    def accounts(self) -> list[str]:
        """Every account this state file knows, for `onward status`."""
        return [a for (a,) in self.db.execute(
            "SELECT account FROM folders UNION SELECT account FROM messages ORDER BY 1")]

    def cursor(self, folder: str) -> Cursor | None:
        """Where the last scan of `folder` got to; None before its first scan."""
        row = self.db.execute(
            "SELECT uidvalidity, last_uid FROM folders WHERE account=? AND folder=?",
            (self.account, folder),
        ).fetchone()
        if row is None:
            return None
        uidvalidity, last_uid = row
        names = frozenset(n for (n,) in self.db.execute(
            "SELECT name FROM maildir_names WHERE account=?", (self.account,)))
        return Cursor(uidvalidity, last_uid, names=names)

    def advance(self, folder: str, cursor: Cursor, records: Iterable[Record]) -> int:
        """Record a batch of messages and move the folder's cursor, in one transaction."""
        return self.commit_batch(folder, cursor.uidvalidity, cursor.last_uid, records, cursor.names)

    def known_keys(self, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        found: set[str] = set()
        for start in range(0, len(keys), 500):  # SQLite caps the number of bound parameters
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(k for (k,) in self.db.execute(
                f"SELECT key FROM messages WHERE account=? AND key IN ({marks})",
                (self.account, *chunk)))
        return found

    @retry_when_full
    def commit_batch(self, folder: str, uidvalidity: int, last_uid: int,
                     records: Iterable[Record], maildir_names: Iterable[str] = ()) -> int:
        """Record messages and advance the folder's last UID in one transaction; returns rows added.

        A message already known by its key is left as it is, so a rescan never records it twice.
        """
        now = time.time()
        added = 0
        records = list(records)
        with self._transaction():
            # Rows in order; those without bytes to keep (nearly all) in runs, one executemany each:
            # a statement per message was most of the state's CPU in a first scan (issue 17). A
            # rejection's row goes alone: its bytes are kept only if its row was added now.
            run: list[tuple] = []
            for r in records:
                row = (self.account, r.key, folder, uidvalidity, r.uid, r.message_id, r.subject,
                       r.sender, r.received_at, now, r.status, r.probability, r.due_at,
                       detail_json(r.detail))
                if r.raw is None:
                    run.append(row)
                    continue
                added += self._insert_messages(run)
                run = []
                cur = self.db.execute(_INSERT_MESSAGE, row)
                added += cur.rowcount
                if cur.rowcount:
                    self.db.execute("INSERT OR REPLACE INTO pending (account, key, raw, composed)"
                                    " VALUES (?,?,?,?)", (self.account, r.key, r.raw, r.composed))
            added += self._insert_messages(run)
            self._insert_jobs(r.job for r in records if r.job is not None)
            self.db.executemany("INSERT OR IGNORE INTO maildir_names (account, name) VALUES (?,?)",
                                [(self.account, n) for n in maildir_names])
            self.db.execute(
                "INSERT INTO folders (account, folder, uidvalidity, last_uid, scanned_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT (account, folder) DO UPDATE SET"
                " uidvalidity=excluded.uidvalidity, last_uid=excluded.last_uid,"
                " scanned_at=excluded.scanned_at",
                (self.account, folder, uidvalidity, last_uid, now),
            )
        return added

    def _insert_messages(self, rows: list[tuple]) -> int:
        """Inside a transaction: rows of `messages` (INSERT OR IGNORE, in order); how many were added."""
        return self.db.executemany(_INSERT_MESSAGE, rows).rowcount if rows else 0

    def _transaction(self):
        self.check_identity()
        return _Transaction(self.db)

    def recorded_rejections(self, message_ids: set[str]) -> set[str]:
        """Which of these Message-IDs (written "<id>") belong to rejections recorded in this account."""
        ids = sorted(message_ids)
        found: set[str] = set()
        for start in range(0, len(ids), 500):  # SQLite's limit on parameters
            chunk = ids[start:start + 500]
            found.update(mid for (mid,) in self.db.execute(
                f"SELECT message_id FROM messages WHERE account=? AND {REJECTION} AND message_id IN"
                f" ({','.join('?' * len(chunk))})", (self.account, *chunk)))
        return found

    def muted(self) -> list[tuple[str, float]]:
        """(name, when) of each company the user muted, by name; [] for a file from before."""
        try:
            return list(self.db.execute("SELECT name, muted_at FROM muted ORDER BY name COLLATE NOCASE"))
        except sqlite3.OperationalError:  # read-only, and no such table yet
            return []

    @retry_when_full
    def mute(self, name: str, now: float) -> bool:
        """Mute a company (a name or a mail domain); False if it was muted already."""
        with self._transaction():
            cur = self.db.execute("INSERT OR IGNORE INTO muted (name, muted_at) VALUES (?, ?)", (name, now))
        return cur.rowcount > 0

    @retry_when_full
    def unmute(self, name: str) -> bool:
        """Unmute a company; False if it was not muted."""
        with self._transaction():
            cur = self.db.execute("DELETE FROM muted WHERE name = ?", (name,))
        return cur.rowcount > 0

    # --- what the user steers: draft states, forget, removal (issue 11) ---

    def keys_like(self, prefix: str) -> list[tuple[str, str]]:
        """(key, status) of the messages whose key starts with `prefix` (an ID as shown)."""
        return list(self.db.execute(
            "SELECT key, status FROM messages WHERE account=? AND substr(key, 1, ?) = ?",
            (self.account, len(prefix), prefix.lower())))

    @retry_when_full
    def note_detail(self, updates: dict[str, dict]) -> None:
        """Merge `updates[key]` into each message's detail (the last known state of its drafts)."""
        with self._transaction():
            for key, values in updates.items():
                row = self.db.execute("SELECT detail FROM messages WHERE account=? AND key=?",
                                      (self.account, key)).fetchone()
                if row is not None:
                    merged = {**(json.loads(row[0]) if row[0] else {}), **values}
                    self.db.execute("UPDATE messages SET detail=? WHERE account=? AND key=?",
                                    (detail_json(merged), self.account, key))

    def message(self, key: str) -> dict | None:
        """Where a message was found and what became of it, for `onward forget`."""
        row = self.db.execute(
            "SELECT folder, uidvalidity, uid, message_id, subject, status, detail FROM messages"
            " WHERE account=? AND key=?", (self.account, key)).fetchone()
        if row is None:
            return None
        folder, validity, uid, message_id, subject, status, detail = row
        return {"key": key, "folder": folder, "uidvalidity": validity, "uid": uid,
                "message_id": message_id or "", "subject": subject, "status": status,
                **(json.loads(detail) if detail else {})}

_INSERT_MESSAGE = ("INSERT OR IGNORE INTO messages (account, key, folder, uidvalidity, uid, message_id,"
                   " subject, sender, received_at, seen_at, status, probability, due_at, detail)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (the connection is in autocommit mode)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.db.execute("COMMIT")
        elif self.db.in_transaction:  # SQLite may have rolled back already (a full disk does)
            self.db.execute("ROLLBACK")
        return False
