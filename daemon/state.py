"""The state store: what onward has seen, in SQLite (WAL, one transaction per step).

A message is known by a key that survives a UIDVALIDITY change: a hash of its Message-ID, or of its
bytes when it has none. Folder rows hold (UIDVALIDITY, last UID) so that a poll asks only for what
is new. Nothing secret is ever stored here.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote

from onward.daemon.errors import StateError, StateLost
from onward.daemon.state_guard import (GuardedConnection, check_integrity, file_identity,
                                       retry_when_full, guarded)

from onward.drafts.bounds import bound_header_block

SCHEMA = """
CREATE TABLE IF NOT EXISTS folders (
    account     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    scanned_at  REAL,
    PRIMARY KEY (account, folder)
);
CREATE TABLE IF NOT EXISTS messages (
    account     TEXT NOT NULL,
    key         TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid         INTEGER NOT NULL,
    message_id  TEXT,
    subject     TEXT,
    sender      TEXT,
    received_at REAL,
    seen_at     REAL NOT NULL,
    status      TEXT NOT NULL,
    probability REAL,
    due_at      REAL,
    done_at     REAL,
    detail      TEXT,
    PRIMARY KEY (account, key)
);
CREATE INDEX IF NOT EXISTS messages_status ON messages (account, status, due_at);
-- Maildir accounts: the unique file names already dealt with (Maildir has no UIDs).
CREATE TABLE IF NOT EXISTS maildir_names (
    account     TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (account, name)
);
-- The bytes of each rejection still waiting for its drafts; deleted once decided.
CREATE TABLE IF NOT EXISTS pending (
    account     TEXT NOT NULL,
    key         TEXT NOT NULL,
    raw         BLOB NOT NULL,
    PRIMARY KEY (account, key)
);
"""


_HEADER_PARSER = BytesHeaderParser(policy=compat32)


def header_block(raw: bytes) -> bytes:
    """The header lines of a raw message: parsing only these is much faster than the whole."""
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    return raw[:min(ends)] if ends else raw


def parse_headers(raw: bytes) -> Message:
    """The header block of a raw message, parsed (compat32 never raises on broken headers).

    Capped first (drafts.bound_header_block): a 5 MB header line must not stall a scan."""
    return _HEADER_PARSER.parsebytes(bound_header_block(header_block(raw)))


def message_key(raw: bytes, headers: Message | None = None) -> str:
    """A stable identity for a message: its Message-ID if it has one, else its content.

    `headers` saves parsing them again when the caller has them (parse_headers of the same raw).
    """
    headers = parse_headers(raw) if headers is None else headers
    message_id = str(headers.get("Message-ID") or "").strip()
    if message_id:
        material = b"mid:" + message_id.encode("utf-8", "surrogateescape")
    else:
        material = b"raw:" + raw
    return hashlib.sha256(material).hexdigest()[:32]


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class Record:
    """What processing decided about one message; written by Store.commit_batch."""

    key: str
    uid: int
    message_id: str
    subject: str
    sender: str
    received_at: float | None
    status: str
    detail: dict | None = None
    probability: float | None = None
    due_at: float | None = None
    raw: bytes | None = None  # kept until the drafts are decided, for rejections only


@dataclass(frozen=True)
class Due:
    """A rejection whose drafts are due."""

    key: str
    uid: int
    uidvalidity: int
    folder: str
    message_id: str
    due_at: float
    raw: bytes


class Store:
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
                    _add_missing_columns(self.db)
            except BaseException:
                self.db.close()
                raise
            self.identity = file_identity(self.path)

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
            "SELECT COUNT(*) FROM messages WHERE due_at IS NOT NULL OR status IN"
            " ('waiting', 'drafted', 'skipped')").fetchone()
        size = sum(p.stat().st_size for p in (self.path, self.path.with_name(self.path.name + "-wal"))
                   if p.exists())
        return {"path": str(self.path), "size": size, "rejections": rejections, "ok": True}

    def close(self) -> None:
        self.db.close()

    def accounts(self) -> list[str]:
        """Every account this state file knows, for `onward status`."""
        return [a for (a,) in self.db.execute(
            "SELECT account FROM folders UNION SELECT account FROM messages ORDER BY 1")]

    def folder_state(self, folder: str) -> FolderState | None:
        row = self.db.execute(
            "SELECT uidvalidity, last_uid FROM folders WHERE account=? AND folder=?",
            (self.account, folder),
        ).fetchone()
        return FolderState(*row) if row else None

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

    def maildir_names(self) -> set[str]:
        return {n for (n,) in self.db.execute(
            "SELECT name FROM maildir_names WHERE account=?", (self.account,))}

    @retry_when_full
    def commit_batch(self, folder: str, uidvalidity: int, last_uid: int,
                     records: Iterable[Record], maildir_names: Iterable[str] = ()) -> int:
        """Record messages and advance the folder's last UID in one transaction; returns rows added.

        A message already known by its key is left as it is, so a rescan never records it twice.
        """
        now = time.time()
        added = 0
        with self._transaction():
            for r in records:
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO messages (account, key, folder, uidvalidity, uid, message_id,"
                    " subject, sender, received_at, seen_at, status, probability, due_at, detail)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (self.account, r.key, folder, uidvalidity, r.uid, r.message_id, r.subject,
                     r.sender, r.received_at, now, r.status, r.probability, r.due_at,
                     _json(r.detail)),
                )
                added += cur.rowcount
                if cur.rowcount and r.raw is not None:
                    self.db.execute("INSERT OR REPLACE INTO pending (account, key, raw) VALUES (?,?,?)",
                                    (self.account, r.key, r.raw))
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

    def due(self, now: float) -> list[Due]:
        """Rejections waiting for drafts whose time has come, oldest first."""
        rows = self.db.execute(
            "SELECT m.key, m.uid, m.uidvalidity, m.folder, m.message_id, m.due_at, p.raw"
            " FROM messages m JOIN pending p ON p.account = m.account AND p.key = m.key"
            " WHERE m.account=? AND m.status='waiting' AND m.due_at <= ? ORDER BY m.due_at",
            (self.account, now))
        return [Due(k, u, v, f, mid or "", d, bytes(raw)) for k, u, v, f, mid, d, raw in rows]

    def next_due_at(self) -> float | None:
        (when,) = self.db.execute(
            "SELECT MIN(due_at) FROM messages WHERE account=? AND status='waiting'",
            (self.account,)).fetchone()
        return when

    @retry_when_full
    def finish(self, key: str, status: str, detail: dict, now: float) -> None:
        """Record what became of a rejection (drafted, skipped, …) and forget its bytes."""
        with self._transaction():
            old = self.db.execute("SELECT detail FROM messages WHERE account=? AND key=?",
                                  (self.account, key)).fetchone()
            merged = {**(json.loads(old[0]) if old and old[0] else {}), **detail}
            self.db.execute("UPDATE messages SET status=?, done_at=?, detail=? WHERE account=? AND key=?",
                            (status, now, _json(merged), self.account, key))
            self.db.execute("DELETE FROM pending WHERE account=? AND key=?", (self.account, key))

    @retry_when_full
    def note_failed_attempt(self, key: str, reason: str, now: float, retry_after: float,
                            max_attempts: int) -> int:
        """Count a failed attempt at a rejection's drafts and keep its reason; returns the count.

        Below `max_attempts` it waits again, `retry_after` seconds doubled at each attempt (so a
        poison message is not retried at every loop); at `max_attempts` it becomes "failed" for
        good and its bytes are dropped.
        """
        with self._transaction():
            row = self.db.execute("SELECT attempts, detail FROM messages WHERE account=? AND key=?",
                                  (self.account, key)).fetchone()
            if row is None:
                return 0
            attempts = (row[0] or 0) + 1
            retry_at = now + retry_after * 2 ** (attempts - 1)
            detail = {**(json.loads(row[1]) if row[1] else {}), "reason": reason[:300]}
            if attempts < max_attempts:
                self.db.execute("UPDATE messages SET attempts=?, due_at=?, detail=? WHERE account=?"
                                " AND key=?", (attempts, retry_at, _json(detail), self.account, key))
            else:
                self.db.execute("UPDATE messages SET attempts=?, status='failed', done_at=?, detail=?"
                                " WHERE account=? AND key=?",
                                (attempts, now, _json(detail), self.account, key))
                self.db.execute("DELETE FROM pending WHERE account=? AND key=?", (self.account, key))
        return attempts

    def rejections(self) -> list[dict]:
        """Every rejection with what became of it, newest first (for `onward status`)."""
        rows = self.db.execute(
            "SELECT subject, sender, received_at, status, probability, due_at, done_at, detail,"
            " attempts FROM messages WHERE account=? AND (due_at IS NOT NULL OR status IN"
            " ('waiting', 'drafted', 'skipped')) ORDER BY received_at DESC", (self.account,))
        return [{"subject": s, "sender": f, "received_at": r, "status": st, "probability": p,
                 "due_at": d, "done_at": done, "attempts": n, **(json.loads(det) if det else {})}
                for s, f, r, st, p, d, done, det, n in rows]

    def _transaction(self):
        self.check_identity()
        return _Transaction(self.db)

    def drafted(self) -> list[dict]:
        """Every rejection onward saved drafts for, newest first (for `onward drafts`)."""
        rows = self.db.execute(
            "SELECT key, message_id, subject, sender, done_at, detail FROM messages WHERE account=?"
            " AND status='drafted' ORDER BY done_at DESC", (self.account,))
        result = []
        for key, message_id, subject, sender, done_at, detail in rows:
            extra = json.loads(detail) if detail else {}
            result.append({"key": key, "message_id": message_id or "", "subject": subject,
                           "sender": sender, "saved_at": done_at, "company": extra.get("company", ""),
                           "role": extra.get("role", ""), "drafts": extra.get("drafts", [])})
        return result

    def too_old(self) -> list[dict]:
        """Mail passed over as older than the lookback, newest first (for `onward status --all`)."""
        rows = self.db.execute(
            "SELECT subject, sender, received_at, detail FROM messages WHERE account=? AND"
            " status='too_old' ORDER BY received_at DESC", (self.account,))
        return [{"subject": s, "sender": f, "received_at": r, **(json.loads(d) if d else {})}
                for s, f, r, d in rows]

    def summary(self, every: bool = False) -> dict:
        """What `onward status` shows: folders, message counts by status, the newest messages;
        `every` adds the mail passed over as too old."""
        folders = [
            {"folder": f, "uidvalidity": v, "last_uid": u, "scanned_at": s}
            for f, v, u, s in self.db.execute(
                "SELECT folder, uidvalidity, last_uid, scanned_at FROM folders WHERE account=?"
                " ORDER BY folder", (self.account,))
        ]
        counts = dict(self.db.execute(
            "SELECT status, COUNT(*) FROM messages WHERE account=? GROUP BY status", (self.account,)))
        recent = [
            {"uid": uid, "subject": subj, "sender": sender, "status": status,
             "received_at": received, "detail": json.loads(detail) if detail else None}
            for uid, subj, sender, status, received, detail in self.db.execute(
                "SELECT uid, subject, sender, status, received_at, detail FROM messages"
                " WHERE account=? AND status != 'too_old' ORDER BY seen_at DESC, uid DESC LIMIT 20",
                (self.account,))
        ]
        summary = {"account": self.account, "folders": folders, "messages": counts,
                   "recent": recent, "rejections": self.rejections()}
        if every:
            summary["too_old"] = self.too_old()
        return summary


# Columns added after the first release: a state file from before gets them on opening.
_ADDED_COLUMNS = {"messages": (("attempts", "INTEGER NOT NULL DEFAULT 0"),)}


def _add_missing_columns(db: sqlite3.Connection | GuardedConnection) -> None:
    for table, columns in _ADDED_COLUMNS.items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        for name, decl in columns:
            if name not in have:
                try:
                    db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
                except sqlite3.OperationalError as exc:  # another process added it meanwhile
                    if "duplicate column" not in str(exc):
                        raise


def _json(value: dict | None) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value else None


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
