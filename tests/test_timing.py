"""When drafts fall due: arrival + delay, moved into working hours on weekdays when they are set.

Times are the machine's local time; each test pins the zone (Europe/Berlin, which has summer time)
so that the answers do not depend on where the tests run."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from onward.daemon.timing import due_time, parse_working_hours

HOUR = 3600.0


@pytest.fixture(autouse=True)
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def at(text: str) -> float:
    """A local Berlin time ("2026-12-03 10:00", a Thursday) as a Unix time."""
    return dt.datetime.fromisoformat(text).astimezone().timestamp()


def local(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp).astimezone().strftime("%a %Y-%m-%d %H:%M %z")


def test_without_working_hours_it_is_arrival_plus_delay():
    assert due_time(at("2026-12-05 23:30"), 2 * HOUR) == at("2026-12-05 23:30") + 2 * HOUR
    assert due_time(at("2026-12-05 23:30"), 2 * HOUR, "  ") == at("2026-12-05 23:30") + 2 * HOUR


def test_a_time_inside_working_hours_on_a_weekday_stays():
    assert local(due_time(at("2026-12-03 08:00"), 2 * HOUR, "09:00-17:00")) == "Thu 2026-12-03 10:00 +0100"


@pytest.mark.parametrize("arrival, delay_hours, expected", [
    ("2026-12-03 05:00", 2, "Thu 2026-12-03 09:00 +0100"),  # before the start: that morning
    ("2026-12-03 15:00", 2, "Fri 2026-12-04 09:00 +0100"),  # the end itself is outside: next day
    ("2026-12-04 16:00", 3, "Mon 2026-12-07 09:00 +0100"),  # Friday evening: Monday
    ("2026-12-05 10:00", 1, "Mon 2026-12-07 09:00 +0100"),  # a Saturday, inside the hours: Monday
    ("2026-12-06 07:00", 1, "Mon 2026-12-07 09:00 +0100"),  # Sunday before the start: Monday
    ("2026-12-03 10:00", 36, "Mon 2026-12-07 09:00 +0100"),  # due Friday 22:00: Monday
])
def test_a_time_outside_working_hours_moves_to_the_next_weekdays_start(arrival, delay_hours, expected):
    assert local(due_time(at(arrival), delay_hours * HOUR, "09:00-17:00")) == expected


def test_the_start_is_local_time_across_a_change_to_summer_time():
    # Saturday 28 March 2026; clocks go forward on Sunday the 29th: Monday starts at 09:00 +0200.
    due = due_time(at("2026-03-28 12:00"), HOUR, "09:00-17:00")
    assert local(due) == "Mon 2026-03-30 09:00 +0200"


@pytest.mark.parametrize("text, hours", [
    ("09:00-17:00", (dt.time(9), dt.time(17))),
    (" 8:30 - 16:45 ", (dt.time(8, 30), dt.time(16, 45))),
    ("", None),
])
def test_working_hours_are_read(text, hours):
    assert parse_working_hours(text) == hours


@pytest.mark.parametrize("text, words", [
    ("9-17", "is not a range"),
    ("24:00-25:00", "not a range of times of day"),
    ("17:00-09:00", "the start must be before the end"),
    ("09:00-09:00", "the start must be before the end"),
])
def test_bad_working_hours_say_what_is_wrong(text, words):
    with pytest.raises(ValueError, match=words):
        parse_working_hours(text)
