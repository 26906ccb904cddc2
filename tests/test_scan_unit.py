"""The one scan loop, with a mailbox in memory (tests.support.fakes): batches, the cursor, mail seen
before, old mail, and stopping between batches. Pure Python: no server, a real state file."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings, strategies as st

from onward.daemon.mailbox.message import Message, date_field, parse_headers
from onward.daemon.scan import scan
from onward.daemon.state import Status, Store
from onward.daemon.triage import basic_record, per_message
from tests.support.fakes import FakeMailbox
from tests.support.mail import message, rejection

DAY = 86400.0
NOW = time.time()


class Triage:
    """Stands in for the classifier: "rejection" in the subject makes a rejection."""

    def __init__(self):
        self.seen: list[int] = []

    def __call__(self, batch):
        self.seen += [m.uid for m, _k in batch]
        return per_message(self.decide)(batch)

    @staticmethod
    def decide(m: Message, key: str):
        if b"Rejection" in m.raw:
            return basic_record(m, key, Status.WAITING, due_at=NOW + DAY, raw=m.raw)
        return basic_record(m, key, Status.OTHER)


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    yield store
    store.close()


def test_new_mail_is_triaged_once_in_batches_and_the_cursor_moves_on(store):
    inbox, triage = FakeMailbox(batch_size=2), Triage()
    for n in range(1, 6):
        inbox.add(message(n, subject="Rejection" if n == 3 else None), NOW - 3600)
    result = scan(inbox, store, triage, 14 * DAY, now=NOW)
    assert (result.fetched, result.recorded, result.rejections) == (5, 5, 1)
    assert triage.seen == [1, 2, 3, 4, 5]
    assert store.cursor("INBOX").last_uid == 5
    assert len(store.due(NOW + 2 * DAY)) == 1  # the rejection waits with its bytes

    inbox.add(message(6), NOW)
    again = scan(inbox, store, triage, 14 * DAY, now=NOW)
    assert (again.fetched, again.recorded) == (1, 1) and triage.seen[-1] == 6


def test_mail_seen_before_under_another_uid_is_not_triaged_again(store):
    # After a UIDVALIDITY change (or a file renamed) the same message comes back: known by its key.
    inbox, triage = FakeMailbox(), Triage()
    inbox.add(message(1), NOW - 60)
    scan(inbox, store, triage, 14 * DAY, now=NOW)
    inbox.add(message(1), NOW - 60)  # the same Message-ID, a new UID
    result = scan(inbox, store, triage, 14 * DAY, now=NOW)
    assert triage.seen == [1] and (result.fetched, result.recorded) == (1, 0)
    assert store.cursor("INBOX").last_uid == 2


def test_old_mail_is_recorded_as_too_old_and_its_body_never_read(store):
    inbox, triage = FakeMailbox(), Triage()
    inbox.add(message(1, subject="Rejection", date=NOW - 60 * DAY), NOW - 60 * DAY)
    inbox.add(rejection(2, date=NOW - 60 * DAY), NOW - 3600)  # arrived now, dated long ago
    recent = inbox.add(message(3), NOW - 3600)
    result = scan(inbox, store, triage, 14 * DAY, now=NOW)
    assert result.too_old == 2 and result.rejections == 0
    assert inbox.bodies_read == [recent] and triage.seen == [recent]
    assert store.summary()["messages"] == {Status.TOO_OLD: 2, Status.OTHER: 1}


def test_after_the_first_scan_mail_under_a_day_old_is_never_old(store):
    # A lookback of 0 passes over everything on the first scan; later, a sender's clock hours off
    # must not make new mail look old.
    inbox, triage = FakeMailbox(), Triage()
    inbox.add(message(1), NOW - 3600)
    assert scan(inbox, store, triage, 0.0, now=NOW).too_old == 1
    inbox.add(message(2, date=NOW - 5 * 3600), NOW - 5 * 3600)
    assert scan(inbox, store, triage, 0.0, now=NOW).too_old == 0 and triage.seen == [2]


def test_a_stop_between_batches_keeps_what_was_recorded_and_the_rest_comes_next_time(store):
    inbox, triage = FakeMailbox(batch_size=2), Triage()
    for n in range(1, 6):
        inbox.add(message(n), NOW - 60)
    progress = []
    first = scan(inbox, store, triage, 14 * DAY, now=NOW, should_stop=lambda: True,
                 progress=lambda done, total: progress.append((done, total)))
    assert first.recorded == 2 and progress == [(2, 5)]
    assert store.cursor("INBOX").last_uid == 2  # the cursor of the batch recorded, not the end
    rest = scan(inbox, store, triage, 14 * DAY, now=NOW)
    assert rest.recorded == 3 and triage.seen == [1, 2, 3, 4, 5]


def test_one_message_the_triage_cannot_read_is_recorded_failed_and_the_scan_goes_on(store):
    inbox = FakeMailbox()

    def picky(m: Message, key: str):
        if m.uid == 2:
            raise ValueError("unreadable")
        return basic_record(m, key, Status.OTHER)

    for n in range(1, 4):
        inbox.add(message(n), NOW - 60)
    result = scan(inbox, store, per_message(picky), 14 * DAY, now=NOW)
    assert (result.recorded, result.failed) == (3, 1)
    assert store.cursor("INBOX").last_uid == 3


# Header lines as mail has them, and as it should not: fields the Date reader must read as the
# email parser does, or decline (None) and leave to it.
_HEADER_LINES = st.sampled_from([
    "Date: Mon, 1 Dec 2026 10:00:00 +0100", "date:Tue, 2 Dec 2026 11:00:00 -0000", "DATE: 3 Dec 2026",
    "Date: Wed, 3 Dec", "Date:", "Date :4 Dec 2026 09:00", " +0200", "\t(CET)", "Subject: Hello",
    "From: A <a@b.example>", "Message-ID: <x@y>", "no colon here", "From a@b Mon Dec  1", "X-Date: 1 Jan 2000",
    "Date: caf\u00e9", "Subject: a\rb", "",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_HEADER_LINES, max_size=8), st.sampled_from(["\r\n", "\n"]))
def test_the_date_read_with_the_fields_is_the_parsers_or_none(lines, newline):
    raw = (newline.join(lines) + newline + newline + "body").encode("utf-8")
    date = date_field(raw)
    assert date is None or date == str(parse_headers(raw).get("Date") or "")


def test_the_date_of_well_formed_fields_is_read_without_the_parser():
    fields = b"Subject: Hi\r\nDate: Mon, 1 Dec 2026\r\n  10:00:00 +0100\r\nFrom: a@b.example\r\n\r\n"
    assert date_field(fields) == "Mon, 1 Dec 2026\r\n  10:00:00 +0100"
    assert date_field(b"Subject: Hi\r\n\r\n") == ""
