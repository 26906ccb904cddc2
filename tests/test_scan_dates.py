"""The scan's reading of a zone-less time (an arrival time, a Date of "-0000") as a timestamp: its
fast way gives astimezone().timestamp() bit for bit, or raises as that does, in any zone, at the
clock's jumps (gaps and folds) as anywhere else."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from onward.daemon.scan import _local_timestamp

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
