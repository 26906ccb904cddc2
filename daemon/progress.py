"""A one-line progress bar for long work (a first scan, `onward train`), shown only on a terminal.

Under systemd or with stderr redirected it prints nothing: logs stay quiet.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

REDRAW_EVERY = 0.1  # seconds: called once per message, the bar must not flood a slow terminal


class Progress:
    def __init__(self, label: str, stream: TextIO | None = None, min_total: int = 500):
        self.stream = stream or sys.stderr
        self.label = label
        self.min_total = min_total  # a few messages are not "long work"
        self.shown = False
        self.drawn_at = float("-inf")

    def __call__(self, done: int, total: int) -> None:
        if total < self.min_total or not self.stream.isatty():
            return
        finished = done >= total
        if not finished and time.monotonic() - self.drawn_at < REDRAW_EVERY:
            return
        self.drawn_at = time.monotonic()
        width = 30
        filled = width * done // total
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        self.shown = True
        if finished:
            self.stream.write("\n")
        self.stream.flush()
