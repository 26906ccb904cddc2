"""The state store's part for drafting: the rejections whose drafts are due, with the bytes kept
for them, and what became of each (drafted, skipped, a failed attempt), a batch in one transaction.
Store (daemon.state) is made of it; the SQL stays in the store's modules.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, replace

from onward.daemon import faults
from onward.daemon.state_guard import GuardedConnection, retry_when_full
from onward.daemon.state_schema import Status, detail_json


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
    composed: bytes | None = None  # its drafts as composed when it was read (daemon.composed)


class DraftLedger:
    """Store's methods for drafting (a mixin: Store gives the connection, the account and its
    transactions)."""

    db: GuardedConnection
    account: str

    def _transaction(self) -> contextlib.AbstractContextManager:
        raise NotImplementedError  # Store's

    def due(self, now: float, raw: bool = True) -> list[Due]:
        """Rejections waiting for drafts whose time has come, oldest first. Without `raw`, each
        with empty bytes: after a first scan hundreds may be due, and with_raw() reads their
        bytes a batch at a time."""
        rows = self.db.execute(
            "SELECT m.key, m.uid, m.uidvalidity, m.folder, m.message_id, m.due_at,"
            f" {'p.raw' if raw else 'NULL'}"
            " FROM messages m JOIN pending p ON p.account = m.account AND p.key = m.key"
            " WHERE m.account=? AND m.status=? AND m.due_at <= ? ORDER BY m.due_at",
            (self.account, Status.WAITING, now))
        return [Due(k, u, v, f, mid or "", d, bytes(b or b"")) for k, u, v, f, mid, d, b in rows]

    def with_raw(self, dues: list[Due]) -> list[Due]:
        """`dues` with their bytes and kept compositions (one that lost its bytes meanwhile is
        left out)."""
        keys = [d.key for d in dues]
        raws, composed = self.pending_raw(keys), self._pending_composed(keys)
        return [replace(d, raw=bytes(raws[d.key]), composed=composed.get(d.key)) for d in dues
                if d.key in raws]

    def _pending_composed(self, keys: list[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
            chunk = keys[start:start + 500]
            found.update((key, bytes(kept)) for key, kept in self.db.execute(
                "SELECT key, composed FROM pending WHERE account=? AND composed IS NOT NULL AND key IN"
                f" ({','.join('?' * len(chunk))})", (self.account, *chunk)))
        return found

    def pending_raw(self, keys: list[str], account: str | None = None) -> dict[str, bytes]:
        """The kept bytes of waiting rejections, by key (`onward status` reads their facts)."""
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
            chunk = keys[start:start + 500]
            found.update(self.db.execute(
                f"SELECT key, raw FROM pending WHERE account=? AND key IN ({','.join('?' * len(chunk))})",
                (account or self.account, *chunk)))
        return found

    def scheduled(self) -> list[tuple[str, float, float, dict]]:
        """Waiting rejections not retried yet, with what their due time was computed from: key,
        arrival, first seen, and the schedule in their detail (daemon.deliver.follow_the_config)."""
        rows = self.db.execute(
            "SELECT key, received_at, seen_at, detail FROM messages WHERE account=? AND status=?"
            " AND attempts=0", (self.account, Status.WAITING))
        return [(key, received or 0.0, seen, json.loads(detail) if detail else {})
                for key, received, seen, detail in rows]

    @retry_when_full
    def reschedule(self, changes: dict[str, tuple[float, dict]]) -> None:
        """New due times (and the detail that says how they were computed), by key."""
        with self._transaction():
            self.db.executemany("UPDATE messages SET due_at=?, detail=? WHERE account=? AND key=?",
                                [(due, detail_json(detail), self.account, key) for key, (due, detail) in changes.items()])

    def next_due_at(self, account: str | None = None) -> float | None:
        (when,) = self.db.execute(
            "SELECT MIN(due_at) FROM messages WHERE account=? AND status=?",
            (account or self.account, Status.WAITING)).fetchone()
        return when

    def finish(self, key: str, status: Status, detail: dict, now: float) -> None:
        """Record what became of a rejection (drafted, skipped, …) and forget its bytes."""
        self.finish_many([(key, status, detail)], now)

    @retry_when_full
    def finish_many(self, outcomes: list[tuple[str, Status, dict]], now: float) -> None:
        """Record what became of a batch of rejections ((key, status, detail) each), all or none
        in one transaction: one commit (and its fsync) per batch of drafts, not one per draft."""
        keys = [key for key, _status, _detail in outcomes]
        with self._transaction():
            old: dict[str, str | None] = {}
            for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
                chunk = keys[start:start + 500]
                old.update(self.db.execute(
                    f"SELECT key, detail FROM messages WHERE account=? AND key IN ({','.join('?' * len(chunk))})",
                    (self.account, *chunk)))
            for key, status, detail in outcomes:
                before = old.get(key)
                merged = {**(json.loads(before) if before else {}), **detail}
                self.db.execute("UPDATE messages SET status=?, done_at=?, detail=? WHERE account=? AND key=?",
                                (status, now, detail_json(merged), self.account, key))
                self.db.execute("DELETE FROM pending WHERE account=? AND key=?", (self.account, key))
                faults.checkpoint("while_finishing")  # the crash tests: killed inside the transaction

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
                                " AND key=?", (attempts, retry_at, detail_json(detail), self.account, key))
            else:
                self.db.execute("UPDATE messages SET attempts=?, status=?, done_at=?, detail=?"
                                " WHERE account=? AND key=?",
                                (attempts, Status.FAILED, now, detail_json(detail), self.account, key))
                self.db.execute("DELETE FROM pending WHERE account=? AND key=?", (self.account, key))
        return attempts

    @retry_when_full
    def forget(self, key: str, raw: bytes, now: float) -> bool:
        """Make a decided rejection wait for its drafts again, due `now`, with its bytes back;
        what became of its earlier drafts is forgotten. False if `key` is not known."""
        dropped = ("drafts", "saved_to", "digests", "reason", "error", "draft_state",
                   "draft_checked_at", "schedule")  # due now, whatever the delay
        with self._transaction():
            row = self.db.execute("SELECT detail FROM messages WHERE account=? AND key=?",
                                  (self.account, key)).fetchone()
            if row is None:
                return False
            detail = {k: v for k, v in (json.loads(row[0]) if row[0] else {}).items() if k not in dropped}
            self.db.execute("UPDATE messages SET status=?, due_at=?, done_at=NULL,"
                            " attempts=0, detail=? WHERE account=? AND key=?",
                            (Status.WAITING, now, detail_json(detail), self.account, key))
            self.db.execute("INSERT OR REPLACE INTO pending (account, key, raw) VALUES (?,?,?)",
                            (self.account, key, raw))
        return True
