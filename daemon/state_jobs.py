"""The state store's part for job mail: what each message is to the job search (its kind, and
for job mail the links the report follows), written by the service's scan and by `onward scan
--since`, which records nothing else. Store (daemon.state) is made of it; the SQL stays in the
store's modules.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from onward.daemon.state_guard import GuardedConnection, retry_when_full

if TYPE_CHECKING:
    from onward.daemon.state import Cursor


@dataclass(frozen=True)
class JobMail:
    """What one message is to the job search (its kind, and for job mail the links to its
    application); kind None: the first stage set it aside as no job mail."""

    key: str
    kind: str | None
    received_at: float | None
    probability: float | None = None
    company: str = ""
    role: str = ""
    job_id: str = ""
    message_id: str = ""
    in_reply_to: str = ""
    references: str = ""  # the Message-IDs of References, space-separated
    sender: str = ""
    subject: str = ""
    reason: str | None = None  # for a rejection: what it says about why (REASONS), when read
    source: str = "service"  # "service" (the scan of new mail) or "history" (onward scan --since)


JOB_COLUMNS = ("kind", "probability", "company", "role", "job_id", "message_id", "in_reply_to", "refs",
               "sender", "subject", "received_at", "reason", "source")


class JobLedger:
    """Store's methods for job mail (a mixin: Store gives the connection, the account and its
    transactions)."""

    db: GuardedConnection
    account: str

    def _transaction(self) -> contextlib.AbstractContextManager:
        raise NotImplementedError  # Store's

    def _insert_jobs(self, jobs: Iterable[JobMail]) -> int:
        """Inside a transaction: the rows of job_mail not known yet (a message is recorded once)."""
        rows = [(self.account, j.key, j.kind, j.probability, j.company or None, j.role or None,
                 j.job_id or None, j.message_id or None, j.in_reply_to or None, j.references or None,
                 j.sender or None, j.subject or None, j.received_at, j.reason, j.source) for j in jobs]
        if not rows:
            return 0
        # One executemany (its rowcount is the rows added): a statement a job mail cost a scan's
        # recording more than SQLite's own work (issue 17).
        added = self.db.executemany(
            f"INSERT OR IGNORE INTO job_mail (account, key, {', '.join(JOB_COLUMNS)})"
            f" VALUES (?,?{',?' * len(JOB_COLUMNS)})", rows).rowcount
        return added

    @retry_when_full
    def record_history(self, cursor_name: str, cursor: Cursor, jobs: Iterable[JobMail]) -> int:
        """Record what a history scan found and move its cursor, in one transaction; rows added.
        Only job_mail is written: old mail never enters `messages`, so it is never drafted, and
        mail the service has not seen yet still gets its own triage when it does."""
        jobs = list(jobs)
        with self._transaction():
            added = self._insert_jobs(jobs)
            self.db.execute(
                "INSERT INTO folders (account, folder, uidvalidity, last_uid, scanned_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT (account, folder) DO UPDATE SET"
                " uidvalidity=excluded.uidvalidity, last_uid=excluded.last_uid,"
                " scanned_at=excluded.scanned_at",
                (self.account, cursor_name, cursor.uidvalidity, cursor.last_uid, time.time()))
            self.db.executemany("INSERT OR IGNORE INTO history_names (account, folder, name) VALUES (?,?,?)",
                                [(self.account, cursor_name, n) for n in cursor.names])
        return added

    def history_names(self, cursor_name: str) -> frozenset[str]:
        """The Maildir files a history scan of this folder has dealt with."""
        return frozenset(n for (n,) in self.db.execute(
            "SELECT name FROM history_names WHERE account=? AND folder=?", (self.account, cursor_name)))

    def job_keys(self, keys: Iterable[str]) -> set[str]:
        """Which of these message keys job_mail knows already."""
        keys = list(keys)
        found: set[str] = set()
        for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
            chunk = keys[start:start + 500]
            found.update(k for (k,) in self.db.execute(
                f"SELECT key FROM job_mail WHERE account=? AND key IN ({','.join('?' * len(chunk))})",
                (self.account, *chunk)))
        return found

    def job_mail(self, account: str | None = None) -> list[dict]:
        """Every recorded job mail (kind set, not not_job), oldest first, for the report; none
        from a state file older than the table (opened read-only, it was never added)."""
        if not self.db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='job_mail'").fetchone():
            return []
        rows = self.db.execute(
            f"SELECT key, {', '.join(JOB_COLUMNS)} FROM job_mail WHERE account=? AND kind IS NOT NULL"
            " AND kind != 'not_job' ORDER BY received_at, key", (account or self.account,))
        return [dict(zip(("key", *JOB_COLUMNS), row)) for row in rows]
