"""Pausing the drafts: while paused, the service still records new mail but saves no drafts.

The pause is a small file beside the state file (not a row in it), so `onward pause` works while
the service runs and holds the state's lock; the service reads it before each drafting step.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import time
from pathlib import Path

from onward.daemon.errors import UsageError
from onward.daemon.schema import parse_duration


def pause_file(state_path: Path) -> Path:
    return Path(state_path).with_name(Path(state_path).name + ".paused")


def paused_until(state_path: Path, now: float | None = None) -> float | None:
    """When the pause ends (math.inf: until `onward resume`), or None when not paused."""
    try:
        until = json.loads(pause_file(state_path).read_text(encoding="utf-8")).get("until")
    except (FileNotFoundError, NotADirectoryError):  # no pause file, or no folder it could be in
        return None
    except (OSError, ValueError, AttributeError):
        return math.inf  # an unreadable pause file still means the user asked for a pause
    until = math.inf if until is None else float(until)
    return until if until > (time.time() if now is None else now) else None


def pause(state_path: Path, until: float | None) -> None:
    path = pause_file(state_path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"until": until, "since": time.time()}), encoding="utf-8")
    os.replace(temporary, path)


def resume(state_path: Path) -> bool:
    """End the pause; False if there was none."""
    try:
        pause_file(state_path).unlink()
    except FileNotFoundError:
        return False
    return True


def parse_until(text: str, now: float | None = None) -> float:
    """`--until` as a duration from now ("2d", "36h") or a local date and time ("2026-12-24",
    "2026-12-24 09:00")."""
    now = time.time() if now is None else now
    try:
        until = dt.datetime.fromisoformat(text.strip()).astimezone().timestamp()
    except ValueError:
        try:
            until = now + parse_duration(text, "--until")
        except Exception:
            raise UsageError(f'--until "{text}": write a duration like "2d" or a date like '
                             '"2026-12-24 09:00"') from None
    if until <= now:
        raise UsageError(f'--until "{text}" is not in the future')
    return until


def describe(until: float) -> str:
    if until == math.inf:
        return "paused until `onward resume`"
    return f"paused until {dt.datetime.fromtimestamp(until):%Y-%m-%d %H:%M}"
