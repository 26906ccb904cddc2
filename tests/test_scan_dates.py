"""The scan's dating of new mail. A zone-less time (an arrival time, a Date of "-0000") is read as a
timestamp the fast way, bit for bit astimezone().timestamp() (or its exception), in any zone, at the
clock's jumps (gaps and folds) as anywhere else; and a Date of the usual shape is judged without
email.utils, as email.utils reads it."""

from __future__ import annotations

import datetime as dt
import email.utils
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from onward.daemon.mailbox.message import Message
from onward.daemon.scan import _local_timestamp, dated_before

# Zones with the usual summer time, one south of the equator, one that moves its clock by half an
# hour, one that skipped a whole day (Samoa, 30 Dec 2011), and none at all.
ZONES = ["UTC", "Europe/Berlin", "America/Sao_Paulo", "Australia/Lord_Howe", "Pacific/Apia",
         "America/New_York"]


@pytest.fixture(params=ZONES)
def zone(request):
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def slow_way(when: dt.datetime):
    try:
        return when.astimezone().timestamp()
    except Exception as exc:  # the same kind of failure, whichever way
        return type(exc)


def fast_way(when: dt.datetime):
    try:
        return _local_timestamp(when)
    except Exception as exc:
        return type(exc)


def same(when: dt.datetime) -> None:
    fast, slow = fast_way(when), slow_way(when)
    assert fast == slow, (when, fast, slow)
    if isinstance(fast, float):
        assert fast.hex() == slow.hex()  # bit for bit, not only equal


def test_the_clocks_jumps_read_as_astimezone_reads_them(zone):
    # Every quarter of an hour (and a few seconds either side) around each jump in 2011-2027,
    # where the gaps and folds are.
    for year in range(2011, 2028):
        start = dt.datetime(year, 1, 1)
        transitions = []
        before = time.localtime(start.timestamp()).tm_gmtoff
        for hour in range(0, 366 * 24, 1):
            moment = start + dt.timedelta(hours=hour)
            offset = time.localtime(moment.timestamp()).tm_gmtoff
            if offset != before:
                transitions.append(moment)
                before = offset
        for moment in transitions:
            for minutes in range(-150, 151, 15):
                for seconds in (-1, 0, 1):
                    for fold in (0, 1):
                        same((moment + dt.timedelta(minutes=minutes, seconds=seconds)).replace(fold=fold))


# The zone is set once for all examples: nothing in it changes between them.
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(when=st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
       fold=st.integers(0, 1))
def test_any_time_reads_as_astimezone_reads_it(zone, when, fold):
    same(when.replace(fold=fold))


# The zone is set once for all examples: nothing in it changes between them.
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(when=st.datetimes(min_value=dt.datetime(1969, 12, 1), max_value=dt.datetime(3001, 1, 31)))
def test_the_whole_seconds_of_the_fast_years_read_as_astimezone_reads_them(zone, when):
    same(when.replace(microsecond=0))


# A Date header and the scan's judgement of it (dated_before): its usual shape is read without
# email.utils, with the same answer as email.utils gives, to the second.

def instant_or_never(when: dt.datetime) -> float:
    """The timestamp of `when` the slow way; a time without one is never older than a cutoff."""
    try:
        return when.timestamp() if when.tzinfo else when.astimezone().timestamp()
    except (OverflowError, OSError, ValueError):
        return float("inf")


def dated_the_slow_way(message: Message, cutoff: float) -> str:
    """dated_before as it was, every Date read by email.utils (a time without a timestamp saying nothing)."""
    arrived = message.internal_date
    if arrived is not None and instant_or_never(arrived) < cutoff:
        return f"arrived {arrived:%Y-%m-%d}"
    try:
        dated = email.utils.parsedate_to_datetime(message.date_header or "")
    except Exception:
        return ""
    return f"dated {dated:%Y-%m-%d}" if instant_or_never(dated) < cutoff else ""


def judged(date: str, cutoff: float, arrived: dt.datetime | None = None):
    message = Message(1, b"", arrived, 0, date)
    outcomes = []
    for way in (dated_before, dated_the_slow_way):
        try:
            outcomes.append(way(message, cutoff))
        except Exception as exc:
            outcomes.append(type(exc))
    assert outcomes[0] == outcomes[1], (date, cutoff, outcomes)


def slow_instant(date: str) -> float | None:
    try:
        dated = email.utils.parsedate_to_datetime(date)
        return dated.timestamp() if dated.tzinfo else dated.astimezone().timestamp()
    except Exception:
        return None


# The usual shape is drawn most often (the fast way), the others often enough.
DAY_NAMES = st.sampled_from(["Mon", "Sun", "Thu", "Fri", "mon", "Xyz", ""])
MONTHS = st.sampled_from(["Jan", "Feb", "Mar", "Dec", "Nov", "dec", "Foo", "January"])
YEARS = st.sampled_from(["2026", "2026", "2025", "1999", "1000", "9999", "0099", "99", "1969", "2038", "٢٠٢٦"])
ZONES_WRITTEN = st.one_of(st.builds(lambda sign, n: f"{sign}{n:04d}", st.sampled_from("+-"),
                                    st.integers(0, 9999)),
                          st.sampled_from(["+0000", "-0000", "+2359", "-2400", "GMT", "EST", "+01:00", "+100"]))


@st.composite
def dates(draw) -> str:
    day_name = draw(DAY_NAMES)
    opening = draw(st.sampled_from([", ", ", ", ", ", ",", ",  ", " "])) if day_name else ""
    day = draw(st.sampled_from(["{:d}", "{:02d}"])).format(draw(st.integers(0, 40)))
    time_of_day = ":".join(f"{draw(st.integers(0, 62)):02d}" for _ in range(3))
    tail = draw(st.sampled_from(["", "", "", " (CET)", "  ", " ", " x y", "\r\n (UTC)", " +0200"]))
    return (f"{day_name}{opening}{day} {draw(MONTHS)} {draw(YEARS)} {time_of_day} "
            f"{draw(ZONES_WRITTEN)}{tail}")


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(date=dates(), near=st.sampled_from([-1.0, -0.5, 0.0, 0.5, 1.0, None]),
       anywhere=st.floats(-1e11, 1e11))
def test_a_date_is_judged_as_email_utils_reads_it(zone, date, near, anywhere):
    instant = slow_instant(date)
    judged(date, anywhere if near is None or instant is None else instant + near)


def test_the_usual_dates_at_the_cutoff(zone):
    for date in ("Mon, 07 Dec 2026 08:36:06 +0100", "Mon, 7 Dec 2026 08:36:06 -0000",
                 "Mon, 07 Dec 2026 08:36:06 +0000 (UTC)", "Tue, 29 Feb 2028 23:59:59 -0930",
                 "Wed, 30 Feb 2026 00:00:00 +0000", "Thu, 01 Jan 9999 00:00:00 +2359",
                 "Fri, 31 Dec 9999 23:59:59 -2359", "Sat, 01 Jan 1000 00:00:00 +0000",
                 "Sun, 07 Dec 2026 24:00:00 +0000", "Mon, 07 Dec 2026 08:36:06 +2400",
                 "Mon, 07 Dec 2026 08:36:06 +0160"):
        instant = slow_instant(date)
        for cutoff in ([instant - 1, instant, instant + 1] if instant is not None else [0.0, 1.8e9]):
            judged(date, cutoff)
            judged(date, cutoff, arrived=dt.datetime(2026, 12, 7, 9, 0, 0))


@pytest.mark.parametrize("date", ["Fri, 31 Dec 9999 23:59:59 -0000", "31 Dec 9999 23:59:59 -0000",
                                  "Fri, 31 Dec 9999 23:59:59 -0000 (no zone)"])
def test_a_date_no_clock_here_can_hold_says_nothing_and_stops_nothing(zone, date):
    # West of UTC, the last second of year 9999 in local time has no timestamp: it raised, and one
    # such mail stopped every scan after it. It is judged by its arrival alone, as a Date no parser reads.
    for header in (date, None):  # read with the fields, or from the parsed headers
        message = Message(1, f"Date: {date}\nSubject: x\n\nbody\n".encode(), None, 30, header)
        assert dated_before(message, time.time() - 86400) == ""
        arrived = dt.datetime(2020, 1, 1, 12, 0, 0)
        assert dated_before(Message(1, message.raw, arrived, 30, header), time.time() - 86400) == "arrived 2020-01-01"
