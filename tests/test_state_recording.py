"""A batch is recorded as it was row by row (daemon.state.commit_batch, issue 17): each message
once by its key (the first of a batch wins, a key recorded before is left as it is), a rejection's
bytes kept only when its row is added now, job mail once, and the count of rows added (unit)."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings, strategies as st

from onward.daemon.state import Cursor, JobMail, Record, Status, Store

KEYS = [f"{n:032x}" for n in range(6)]  # few keys: duplicates in a batch and across batches


def _record(key: str, uid: int, status: Status, job: bool) -> Record:
    rejection = status == Status.WAITING
    return Record(key=key, uid=uid, message_id=f"<{uid}@example.org>", subject=f"subject {uid}",
                  sender="a@example.org", received_at=1.7e9 + uid, status=status,
                  detail=None if rejection else {"reason": f"reason {uid}"},
                  probability=0.9 if rejection else None, due_at=1.7e9 if rejection else None,
                  raw=b"raw %d" % uid if rejection else None, composed=b"drafts %d" % uid if rejection else None,
                  job=JobMail(key=key, kind="ack", probability=0.8, message_id=f"<{uid}@example.org>",
                              received_at=1.7e9 + uid, reason="test", source="scan") if job else None)


records = st.builds(_record, st.sampled_from(KEYS), st.integers(1, 10_000),
                    st.sampled_from([Status.OTHER, Status.WAITING, Status.TOO_OLD]), st.booleans())


def _row_by_row(db: sqlite3.Connection, batches: list[list[Record]]) -> list[int]:
    """What commit_batch did before: a statement a message, in order."""
    added_per_batch = []
    for batch in batches:
        added = 0
        for r in batch:
            cur = db.execute("INSERT OR IGNORE INTO m (key, uid, status, detail) VALUES (?,?,?,?)",
                             (r.key, r.uid, r.status, str(r.detail)))
            added += cur.rowcount
            if cur.rowcount and r.raw is not None:
                db.execute("INSERT OR REPLACE INTO p (key, raw) VALUES (?,?)", (r.key, r.raw))
        for r in batch:
            if r.job is not None:
                db.execute("INSERT OR IGNORE INTO j (key, message_id) VALUES (?,?)", (r.key, r.job.message_id))
        added_per_batch.append(added)
    return added_per_batch


@settings(max_examples=30, deadline=None)
@given(batches=st.lists(st.lists(records, max_size=12), min_size=1, max_size=4))
def test_a_batch_is_recorded_as_row_by_row(tmp_path_factory, batches):
    store = Store(tmp_path_factory.mktemp("state") / "state.sqlite3")
    reference = sqlite3.connect(":memory:")
    reference.executescript("CREATE TABLE m (key TEXT PRIMARY KEY, uid, status, detail);"
                            "CREATE TABLE p (key TEXT PRIMARY KEY, raw);"
                            "CREATE TABLE j (key TEXT PRIMARY KEY, message_id)")
    try:
        added = [store.commit_batch("INBOX", 1, n, batch) for n, batch in enumerate(batches, 1)]
        assert added == _row_by_row(reference, batches)
        db = store.db
        assert (sorted(db.execute("SELECT key, uid, status FROM messages").fetchall())
                == sorted(reference.execute("SELECT key, uid, status FROM m").fetchall()))
        assert (sorted(db.execute("SELECT key, raw FROM pending").fetchall())
                == sorted(reference.execute("SELECT key, raw FROM p").fetchall()))
        assert (sorted(db.execute("SELECT key, message_id FROM job_mail").fetchall())
                == sorted(reference.execute("SELECT key, message_id FROM j").fetchall()))
        assert db.execute("SELECT last_uid FROM folders").fetchone()[0] == len(batches)
    finally:
        store.close()
        reference.close()


@settings(max_examples=30, deadline=None)
@given(batches=st.lists(st.lists(st.sampled_from(KEYS), max_size=10), min_size=1, max_size=4))
def test_a_history_scan_counts_the_job_mail_it_adds(tmp_path_factory, batches):
    """record_history's count (a history scan's "recorded") is the rows added, a key once."""
    store = Store(tmp_path_factory.mktemp("state") / "state.sqlite3")
    seen: set[str] = set()
    try:
        for n, keys in enumerate(batches, 1):
            jobs = [JobMail(key=k, kind="ack", received_at=1.7e9, source="history") for k in keys]
            expected = len(set(keys) - seen)
            seen.update(keys)
            assert store.record_history("history:INBOX", Cursor(1, n, names=frozenset()), jobs) == expected
        assert store.db.execute("SELECT count(*) FROM job_mail").fetchone()[0] == len(seen)
    finally:
        store.close()
