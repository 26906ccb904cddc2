"""When a rejection's drafts are due: arrival + delay, optionally moved into working hours."""

from __future__ import annotations

import datetime as dt
import re

_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_working_hours(text: str) -> tuple[dt.time, dt.time] | None:
    """"09:00-17:00" -> (09:00, 17:00); "" -> None. Raises ValueError on anything else."""
    if not text.strip():
        return None
    match = _HOURS.match(text)
    if not match:
        raise ValueError(f'"{text}" is not a range like "09:00-17:00"')
    h1, m1, h2, m2 = map(int, match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError(f'"{text}" is not a range of times of day')
    start, end = dt.time(h1, m1), dt.time(h2, m2)
    if start >= end:
        raise ValueError(f'"{text}": the start must be before the end')
    return start, end


def due_time(arrival: float, delay: float, working_hours: str = "") -> float:
    """The moment the drafts should appear, as a Unix time, in the machine's local time zone.

    With working hours, a time outside them (or on a weekend) moves to the next weekday's start:
    nobody should open their Drafts on Saturday night to a reminder of a rejection.
    """
    due = arrival + delay
    hours = parse_working_hours(working_hours)
    if hours is None:
        return due
    start, end = hours
    local = dt.datetime.fromtimestamp(due).astimezone()
    if local.weekday() < 5 and start <= local.time() < end:
        return due
    day = local.date() if local.time() < start else local.date() + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, start).astimezone().timestamp()


def schedule_of(drafts_cfg) -> dict:
    """What a waiting rejection's due time was computed with, kept with it: a later change of
    [drafts] delay or working_hours applies to the rejections still waiting (daemon.deliver)."""
    return {"delay": float(drafts_cfg.delay), "working_hours": drafts_cfg.working_hours}
