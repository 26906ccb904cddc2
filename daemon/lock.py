"""One writer per state file: an exclusive lock beside it, held for as long as a command writes.

Two processes writing the same state would each decide a rejection is due and each save its
drafts. Every command that writes the state (`run`, `run --once`) takes `STATE.lock` with flock
first; a second one is refused with the first one's pid. Readers (`status`, `check`) never take it:
SQLite's WAL lets them read alongside the writer.
A few commands the user runs beside the service write one rejection's row in one short transaction
and never save a draft themselves, so they do not take it either: `forget` (puts a rejection back
to waiting), `remove-drafts`, `status --refresh` and `feedback --refresh` (record what became of
a draft and of the conversation after it); `pause` writes a file of its own. SQLite serialises
their transactions with the service's, and should the service save a draft of a rejection the
moment `forget` runs, the mailbox check before every save (X-Onward-Key, In-Reply-To and
References in Drafts, Sent and Trash) still finds it.
flock is released by the kernel when the process dies, however it dies, so a stale lock file never
blocks a restart.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from onward.daemon.errors import AlreadyRunning, StateError


def lock_path(state: Path) -> Path:
    return state.with_name(state.name + ".lock")


class StateLock:
    """`with StateLock(state):` holds the lock on `state` or raises AlreadyRunning naming the holder."""

    def __init__(self, state: Path):
        self.state = Path(state)
        self.path = lock_path(self.state)
        self.fd: int | None = None

    def acquire(self) -> "StateLock":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise StateError(f"cannot create the lock file {self.path} beside the state file: "
                             f"{exc.strerror}; onward needs to write in {self.path.parent}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f"another onward (pid {holder})" if holder else "another onward"
            raise AlreadyRunning(f"{who} is using {self.state}; stop it first (for the service: "
                             "systemctl --user stop onward), or give this one its own [state] path"
                             ) from None
        except OSError as exc:
            os.close(fd)
            raise StateError(f"cannot lock {self.path}: {exc.strerror}") from None
        # Only the holder writes its pid, after it holds the lock: a refused process never clobbers it.
        # On a full disk the pid cannot be written: the lock holds all the same.
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the flock; the file stays, harmless
            self.fd = None

    def __enter__(self) -> "StateLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def holder(state: Path) -> tuple[int | None, float] | None:
    """(pid, since) of the onward that holds the lock on `state`, or None when none does; asked
    without disturbing it (a shared lock that fails at once while the writer holds its own)."""
    path = lock_path(Path(state))
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _read_pid(fd), os.fstat(fd).st_mtime  # the holder wrote its pid when it started
    except OSError:
        return None
    finally:
        os.close(fd)  # also drops the shared lock if it was granted
    return None


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None


def activity_path(state: Path) -> Path:
    return state.with_name(state.name + ".activity")


def publish_activity(state: Path, line: str) -> None:
    """What the running service is doing (the line systemd shows), for `onward status`: a file
    beside the state, replaced whole so that a reader never sees half a line."""
    path = activity_path(Path(state))
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(line + "\n", encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # status then says less; never a reason to stop serving


def activity(state: Path, since: float) -> str | None:
    """The running service's last published line; None when there is none from this run (a
    file older than the lock's holder is a previous run's)."""
    path = activity_path(Path(state))
    try:
        if path.stat().st_mtime < since - 1:
            return None
        return path.read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        return None
