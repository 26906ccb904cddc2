"""The service loop with a mailbox in memory (tests.support.fakes): reconnects back off and the
outage is logged once each way, a wrong password at start-up ends a lone account, drafts are asked
of the mailbox only when due, and run_once turns a mailbox's own errors into one sentence.
Pure Python: no server, no sleeping (the service's sleep is replaced), a real state file."""

from __future__ import annotations

import logging
import time

import pytest

from onward.daemon import service as service_module
from onward.daemon.config import Config, DraftsConfig, IdentityConfig, StateConfig
from onward.daemon.errors import AuthFailure, ConnectionFailure
from onward.daemon.service import Backoff, Service
from onward.daemon.state import Status, Store
from onward.daemon.triage import basic_record, per_message
from tests.support.fakes import FakeMailbox
from tests.support.mail import message, rejection

DAY = 86400.0


def test_backoff_doubles_with_jitter_up_to_five_minutes_and_starts_over_after_a_reset():
    backoff = Backoff()
    for attempt in range(12):
        ceiling = min(300.0, 2.0 ** attempt)
        assert ceiling / 2 <= backoff.next_delay() <= ceiling
    backoff.reset()
    assert 0.5 <= backoff.next_delay() <= 1.0


@pytest.fixture
def make(tmp_path):
    stores = []

    def make(mailbox: FakeMailbox, clock=time.time, delay: float = DAY, fail_fast: bool = True) -> Service:
        cfg = Config(identity=IdentityConfig(name="Sam Seeker", email="sam@example.net"),
                     drafts=DraftsConfig(delay=delay),
                     state=StateConfig(path=str(tmp_path / "state.sqlite3")))
        store = Store(cfg.state_path)
        stores.append(store)

        def decide(m, key):
            if b"interview with us" in m.raw:  # tests.support.mail's rejections say so
                return basic_record(m, key, Status.WAITING, due_at=clock() + delay, raw=m.raw)
            return basic_record(m, key, Status.OTHER)

        return Service(cfg, store, mailbox, per_message(decide), clock=clock, fail_fast=fail_fast)

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def delays(monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr(service_module, "sleep", lambda seconds, should_stop: slept.append(seconds))
    return slept


def stop_when_waiting(service: Service) -> None:
    service.mailbox.on_wait = lambda: service.stop() or False


def test_an_outage_is_retried_with_growing_delays_and_logged_once_each_way(make, delays, caplog):
    inbox = FakeMailbox()
    inbox.add(message(1), time.time() - 60)
    inbox.open_errors = [ConnectionFailure("the server is down"), ConnectionFailure("still down"),
                         OSError("network unreachable")]
    service = make(inbox)
    stop_when_waiting(service)
    with caplog.at_level(logging.DEBUG, logger="onward.daemon.service"):
        service.run()
    assert len(delays) == 3
    for delay, ceiling in zip(delays, (1, 2, 4)):  # doubling, with jitter in the upper half
        assert ceiling / 2 <= delay <= ceiling
    text = caplog.text
    assert text.count("mailbox unavailable") == 1 and "mailbox unavailable: the server is down" in text
    assert text.count("connection restored") == 1
    assert "the fake inbox failed: network unreachable" in text  # the mailbox's own words
    assert inbox.closed >= 3  # each failed connection was dropped
    assert service.store.cursor("INBOX").last_uid == 1 and service.status == "stopped"


def test_a_wrong_password_at_start_up_ends_a_lone_account_and_is_retried_among_several(make, delays):
    alone = FakeMailbox()
    alone.open_errors = [AuthFailure("the server refused the login")]
    with pytest.raises(AuthFailure):
        make(alone).run()
    assert delays == []

    among = FakeMailbox()
    among.open_errors = [AuthFailure("the server refused the login")]
    service = make(among, fail_fast=False)
    stop_when_waiting(service)
    service.run()
    assert len(delays) == 1 and service.ever_logged_in


def test_drafts_are_asked_of_the_mailbox_only_once_they_are_due(make):
    now = [time.time()]
    inbox = FakeMailbox()
    inbox.add(rejection(1), now[0] - 60)
    service = make(inbox, clock=lambda: now[0], delay=3600)
    service.poll()
    assert inbox.targets == 0 and service.drafted == 0  # waiting: the mailbox is not touched
    now[0] += 3601
    service.poll()
    assert inbox.targets == 1 and service.drafted == 1 and inbox.target.saved
    service.poll()
    assert inbox.targets == 1  # nothing due any more


def test_run_once_turns_a_mailbox_error_into_one_sentence_and_closes_it(make):
    inbox = FakeMailbox()

    def broken(*_args):
        raise OSError("the disk went away")

    inbox.new_mail = broken
    with pytest.raises(ConnectionFailure, match="the fake inbox failed: the disk went away"):
        make(inbox).run_once()
    assert inbox.closed == 1
