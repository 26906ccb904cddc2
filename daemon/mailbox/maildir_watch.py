"""Wakes the service of a Maildir when mail arrives, as IMAP IDLE does for a server.

inotify (through watchdog) watches the inbox's new/ and cur/, where mbsync, offlineimap and local
delivery put each new message. Where inotify is unavailable (another platform, or the per-user
limit of inotify instances is used up), the two folders' modification times are looked at every
2 seconds instead: a file created in or renamed into a folder changes its time.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Callable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

logger = logging.getLogger(__name__)

POLL_EVERY = 2.0  # seconds between looks when inotify is unavailable
STEP = 0.5  # the longest stretch without asking should_stop (the watchdog's sign of life)
INOTIFY, POLLING = "inotify", "polling every 2s"


class _Wake(FileSystemEventHandler):
    """A message created in, or renamed into, a watched folder; opening or reading one is not."""

    def __init__(self, arrived: threading.Event):
        self.arrived = arrived

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("created", "moved"):
            self.arrived.set()


class NewMailWatch:
    """Watches a Maildir inbox; `wait()` returns True as soon as something arrives."""

    def __init__(self, inbox: Path, use_inotify: bool = True, poll_every: float = POLL_EVERY):
        self.folders = [inbox / sub for sub in ("new", "cur") if (inbox / sub).is_dir()]
        self.use_inotify = use_inotify
        self.poll_every = poll_every
        self.arrived = threading.Event()
        self.observer: BaseObserver | None = None
        self.how = POLLING
        self.reason = ""  # why inotify is not used, when it is not
        self._seen = self._signature()

    def start(self) -> str:
        """Begin watching; says how: INOTIFY or POLLING."""
        if not self.use_inotify:
            self.reason = "inotify turned off"
            return self.how
        if Observer is PollingObserver:  # watchdog's own fallback re-reads every file: ours is cheaper
            self.reason = "no inotify on this system"
            return self.how
        observer = Observer()
        try:
            for folder in self.folders:
                observer.schedule(_Wake(self.arrived), str(folder), recursive=False)
            observer.start()
        except OSError as exc:  # e.g. "inotify instance limit reached"
            self.reason = exc.strerror or str(exc)
            observer.stop()
            return self.how
        self.observer, self.how = observer, INOTIFY
        return self.how

    def _signature(self) -> tuple:
        marks: list[tuple[int, int] | None] = []
        for folder in self.folders:
            try:
                st = folder.stat()
            except OSError:
                marks.append(None)
            else:
                marks.append((st.st_ino, st.st_mtime_ns))
        return tuple(marks)

    def wait(self, seconds: float, should_stop: Callable[[], bool]) -> bool:
        """Wait up to `seconds`; True if mail arrived, False on timeout or when asked to stop."""
        deadline = time.monotonic() + seconds
        next_look = time.monotonic() + self.poll_every
        while not should_stop():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            if self.arrived.wait(min(STEP, left)):
                self.arrived.clear()
                return True
            if self.observer is None and time.monotonic() >= next_look:
                next_look = time.monotonic() + self.poll_every
                now = self._signature()
                if now != self._seen:
                    self._seen = now
                    return True
        return False

    def close(self) -> None:
        if self.observer is not None:
            self.observer.stop()
            self.observer.join(timeout=5)
            self.observer = None
