"""Crash points for the crash tests (the way mbsync tests itself): with ONWARD_CRASH_AT=NAME[:N]
in the environment, the process kills itself with SIGKILL the Nth time it passes checkpoint NAME.
Without that variable a checkpoint does nothing."""

from __future__ import annotations

import os
import signal
from collections import Counter

_target, _, _nth = os.environ.get("ONWARD_CRASH_AT", "").partition(":")
_passed: Counter = Counter()


def checkpoint(name: str) -> None:
    if name != _target:
        return
    _passed[name] += 1
    if _passed[name] >= int(_nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


def forked() -> None:
    """In a process forked from another (the scan's second worker): it counts its own passes,
    from none, as a new process would."""
    _passed.clear()
