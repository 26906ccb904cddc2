"""Guarding the state file: every way it can fail becomes one sentence (a StateError, exit 3).

A damaged or garbage file, a read-only file or folder, a folder where the file should be, a full
disk: the user gets what happened and what to do, never a traceback. While the service runs, a
full disk is waited out (with backoff) instead: nothing is lost, the write happens when space returns.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Iterator

from onward.daemon.errors import StateError, StateFull

logger = logging.getLogger(__name__)

FULL_RETRY_CAP = 60.0  # seconds between tries at most while the disk is full
MOVE_ASIDE = ("move it aside (onward then starts a new one and recognises the drafts already in "
              "your mailbox) or restore a backup")


def describe(exc: BaseException, path: Path) -> StateError:
    """One sentence for a failure to open, read or write the state file at `path`."""
    if isinstance(exc, StateError):
        return exc
    text = str(exc)
    lower = text.lower()
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            lower = "read-only"
        elif exc.errno == errno.ENOSPC:
            lower = "disk is full"
        else:
            return StateError(f"cannot use the state file {path}: {exc.strerror or exc}")
    if "disk is full" in lower:
        return StateFull(f"the disk holding the state file {path} is full; free some space "
                         "and start onward again")
    if "readonly" in lower or "read-only" in lower:
        return StateError(f"the state file {path} (or its folder) is read-only; onward must be "
                          "able to write both: fix their permissions")
    if path.is_dir():
        return StateError(f"[state] path {path} is a folder; name a file (e.g. "
                          f"{path / 'state.sqlite3'})")
    if "unable to open" in lower:
        return StateError(f"cannot open the state file {path}: check that its folder exists "
                          "and that onward may write in it")
    if "not a database" in lower or "malformed" in lower or "damaged" in lower:
        return StateError(f"the state file {path} is damaged ({text}); {MOVE_ASIDE}")
    if "locked" in lower or "busy" in lower:
        return StateError(f"the state file {path} stayed locked by another program; try again")
    return StateError(f"cannot use the state file {path}: {text}")


# What SQLite says when the file, its folder or its disk is the problem (not onward's SQL).
_ENVIRONMENTAL = ("disk is full", "readonly", "read-only", "malformed", "not a database",
                  "disk i/o error", "unable to open", "locked", "busy")


def environmental(exc: BaseException) -> bool:
    """Is this the file's, folder's or disk's fault? (A mistake in onward's SQL stays a bug, exit 4.)"""
    if isinstance(exc, (OSError, StateError)):
        return True
    return isinstance(exc, sqlite3.Error) and any(w in str(exc).lower() for w in _ENVIRONMENTAL)


class GuardedConnection:
    """A sqlite3 connection whose statements raise StateError when the file, its folder or the
    disk fails while onward runs (damage found after the check at open, a disk gone read-only)."""

    def __init__(self, db: sqlite3.Connection, path: Path):
        self._db, self._path = db, path

    def execute(self, *args) -> "_GuardedCursor":
        return _GuardedCursor(_guard(self._db.execute, self._path, *args), self._path)

    def executemany(self, *args) -> "_GuardedCursor":
        return _GuardedCursor(_guard(self._db.executemany, self._path, *args), self._path)

    def executescript(self, *args):
        return _guard(self._db.executescript, self._path, *args)

    def __getattr__(self, name: str):  # close, in_transaction, backup, ...
        return getattr(self._db, name)


class _GuardedCursor:
    """The rows of a statement: SQLite reads them as they are asked for, so errors come late."""

    def __init__(self, cursor: sqlite3.Cursor, path: Path):
        self._cursor, self._path = cursor, path

    def __iter__(self):
        rows = iter(self._cursor)
        while True:
            try:
                yield _guard(next, self._path, rows)
            except StopIteration:
                return

    def fetchone(self):
        return _guard(self._cursor.fetchone, self._path)

    def fetchall(self):
        return _guard(self._cursor.fetchall, self._path)

    def __getattr__(self, name: str):  # rowcount, lastrowid, ...
        return getattr(self._cursor, name)


def _guard(call, path: Path, *args):
    try:
        return call(*args)
    except sqlite3.Error as exc:
        if environmental(exc):
            raise describe(exc, path) from None
        raise


@contextlib.contextmanager
def guarded(path: Path) -> Iterator[None]:
    """Turn any sqlite3 or OS error raised inside into a StateError about `path`."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        raise describe(exc, path) from None


def check_integrity(db: sqlite3.Connection | GuardedConnection) -> None:
    """PRAGMA quick_check: catches a torn or overwritten file before onward trusts it."""
    rows = [r for (r,) in db.execute("PRAGMA quick_check")]
    if rows != ["ok"]:
        raise sqlite3.DatabaseError("damaged: " + "; ".join(rows[:3]))


def writable(path: Path) -> bool:
    """Can onward write the state file and its folder (for the WAL journal beside it)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def file_identity(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _is_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    return isinstance(exc, StateFull) or "disk is full" in str(exc).lower()


def retry_when_full(write):
    """For Store's write methods (each one transaction, safe to repeat after its rollback):
    while the disk is full, wait and try again as long as the store's on_retry says go on; any
    other failure becomes a StateError. Arguments must not be one-shot iterators."""

    @functools.wraps(write)
    def wrapper(store, *args, **kwargs):
        delay = 1.0
        waiting_since = None
        while True:
            try:
                result = write(store, *args, **kwargs)
            except (sqlite3.Error, OSError, StateError) as exc:
                if not environmental(exc):
                    raise  # onward's own mistake: a bug, reported as one
                if not _is_full(exc) or store.on_retry is None:
                    raise describe(exc, store.path) from None
                if waiting_since is None:
                    waiting_since = time.monotonic()
                    logger.warning("the disk holding %s is full; waiting for free space "
                                   "(nothing is lost meanwhile)", store.path)
                if _wait(delay, store.on_retry):
                    raise describe(exc, store.path) from None
                delay = min(FULL_RETRY_CAP, delay * 2)
                continue
            if waiting_since is not None:
                logger.warning("disk space is back: the state file is written again after %.0fs",
                               time.monotonic() - waiting_since)
            return result

    return wrapper


def _wait(seconds: float, should_stop) -> bool:
    """Sleep `seconds` in short steps; True as soon as should_stop() says so."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if should_stop():
            return True
        time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
    return should_stop()
