"""The service's own share of a first scan (issue 17): with the reading in worker processes, what
stays in the service is fetching, keying each new message and recording it. Each message's key is
read without the email parser (the parser's reading, where the plain reader is unsure), and
imaplib does not format a log line of every byte it reads for a log that shows none."""

from __future__ import annotations

import logging
import time

from hypothesis import given, settings, strategies as st

from onward.daemon import config, credentials
from onward.daemon.mailbox import message as message_module
from onward.daemon.mailbox.fetch_response import uid_fetch
from onward.daemon.mailbox.imap_session import Session
from onward.daemon.mailbox.message import (Message, date_field, header_block, message_key, parse_headers,
                                           plain_fields, summarise)
from onward.daemon.scan import finished, scan, start_batch
from onward.daemon.state import Record, Status, Store
from tests.support.fakes import FakeMailbox
from tests.support.mail import message, rejection

DAY = 86400.0
NOW = time.time()


def test_imaplib_formats_no_protocol_log_that_nobody_sees(mail_user, write_config, caplog):
    for n in range(3):
        mail_user.drop(message(n))
    cfg = config.load(write_config(mail_user))
    caplog.set_level(logging.WARNING, logger="imapclient")  # as `onward run` without -vv
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        formatted: list[str] = []
        session.client._imap._mesg = formatted.append  # what imaplib would have logged
        session.examine("INBOX")
        bodies = uid_fetch(session.client, [1, 2, 3], ["BODY.PEEK[]"])
    assert sorted(bodies) == [1, 2, 3] and all(b"Message-ID" in v[b"BODY[]"] for v in bodies.values())
    assert formatted == []  # main's code: a repr of each line and each message, twice

    caplog.set_level(logging.DEBUG, logger="imapclient")  # -vv: the protocol is logged as before
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        caplog.clear()
        session.examine("INBOX")
    assert any("EXAMINE" in r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib")


class WorkerLike:
    """Answers as the scan's workers do: records made elsewhere, nothing parsed in this process."""

    def __call__(self, batch):
        return [Record(key=key, uid=m.uid, message_id="", subject="", sender="", received_at=None,
                       status=Status.WAITING if b"Fernwood" in m.raw else Status.OTHER)
                for m, key in batch]


def test_the_service_parses_the_header_block_of_no_mail_but_rejections(tmp_path, monkeypatch):
    parsed: list[bytes] = []
    real = message_module.parse_headers

    def counted(raw: bytes):
        parsed.append(raw)
        return real(raw)

    monkeypatch.setattr(message_module, "parse_headers", counted)
    store = Store(tmp_path / "state.sqlite3")
    try:
        mail = [Message(n, message(n), None, 0) for n in range(1, 40)] + [Message(40, rejection(40), None, 0)]
        records = finished(start_batch(store, WorkerLike(), [], mail, 86400.0))
    finally:
        store.close()
    assert [r.key for r in records] == [real_key(m.raw) for m in mail]
    assert parsed == [rejection(40)]  # its conversation is looked up; main's code parsed all 40


def real_key(raw: bytes) -> str:
    return message_key(raw, parse_headers(raw))


# Header lines as mail has them, and as it should not: the plain reader must read the fields as
# the email parser does, or decline (None) and leave them to it.
_LINES = st.sampled_from([
    "Message-ID: <a@b.example>", "message-id:<c@d>", "MESSAGE-ID:   <e@f> ", "Message-ID:", "Message-ID :<g@h>",
    " <folded@x>", "\t(comment)", "Date: Mon, 1 Dec 2026 10:00:00 +0100", "Subject: Hello", ":no name",
    "From: A <a@b.example>", "no colon here", "From a@b Mon Dec  1", "X-Message-ID: <other@x>",
    "Message-ID: <caf\u00e9@x>", "Subject: a\rb", "Subject: a\x0cb", "", "X-Long: " + "y" * 9000,
    "Message-ID: <" + "z" * 9000 + ">",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINES, max_size=8), st.sampled_from(["\r\n", "\n"]))
def test_the_plain_reader_reads_fields_as_the_parser_or_declines(lines, newline):
    raw = (newline.join(lines) + newline + newline + "body").encode("utf-8")
    assert message_key(raw) == real_key(raw)
    found = plain_fields(raw, ("message-id", "date", "subject"))
    if found is not None:
        headers = parse_headers(raw)
        assert found == {name: str(headers.get(name) or "") for name in ("message-id", "date", "subject")}
    date = date_field(raw)  # one name: read by another path than several
    if date is not None:
        assert date == str(parse_headers(raw).get("Date") or "")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="a:\r\n ", max_size=40))
def test_the_header_block_ends_at_the_first_blank_line_crlf_or_lf(text):
    raw = text.encode()
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    assert header_block(raw) == (raw[:min(ends)] if ends else raw)


def test_ordinary_mail_is_read_plainly():
    raw = message(1)
    assert plain_fields(raw, ("message-id", "date"))["message-id"] == str(parse_headers(raw)["Message-ID"])
    assert plain_fields(b"Subject: caf\xc3\xa9\r\n\r\n", ("subject",)) is None  # 8-bit: the parser's


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINES, max_size=8), st.sampled_from(["\r\n", "\n"]))
def test_a_record_shows_what_the_parser_would_show(lines, newline):
    # Most mail is recorded from three fields read without the parser (Message.record_fields):
    # what the record says (decoded for display) and the sender ignore_senders is matched against
    # are the parser's, whatever the header block.
    raw = (newline.join(["From: =?utf-8?q?J=C3=B6rg?= <j@x.example>", *lines]) + newline * 2 + "body").encode()
    fields = Message(1, raw, None, len(raw)).record_fields
    headers = parse_headers(raw)
    assert summarise(fields) == summarise(headers)
    assert str(fields["From"] or "") == str(headers.get("From") or "")


def test_a_record_of_ordinary_mail_is_made_without_the_parser():
    plain, eight_bit = Message(1, message(1), None, 0), Message(2, b"Subject: caf\xc3\xa9\r\n\r\nhi", None, 0)
    assert summarise(plain.record_fields)["Message-ID"] and "headers" not in plain.__dict__
    assert summarise(eight_bit.record_fields)["Subject"] == "caf\u00e9"  # the parser's reading


class Submitting:
    """A triage with `submit`, as the scan's workers: says when each batch is handed over and
    answered, records made without the parser."""

    def __init__(self, events: list):
        self.events = events
        self.seen: list[int] = []

    def __call__(self, batch):
        return self.submit(batch)()

    def submit(self, batch):
        uids = [m.uid for m, _k in batch]
        self.events.append(("handed", uids))
        self.seen += uids
        return lambda: WorkerLike()(batch)


def recording(store: Store, events: list) -> None:
    advance = store.advance

    def spy(folder, cursor, records):
        events.append(("recorded", [r.uid for r in records]))
        return advance(folder, cursor, records)

    store.advance = spy  # type: ignore[method-assign]


def test_the_next_batch_is_handed_over_before_the_one_in_hand_is_recorded(tmp_path):
    # The workers read the next batch while the service commits (and waits for the disk); on
    # main's code they waited for each commit.
    inbox, events = FakeMailbox(batch_size=2), []
    for raw in (message(1), message(2), message(2), message(4), message(5)):
        inbox.add(raw, NOW - 60)  # UID 3 is message 2 again (its Message-ID): in the next batch
    store = Store(tmp_path / "state.sqlite3")
    recording(store, events)
    triage = Submitting(events)
    try:
        result = scan(inbox, store, triage, 14 * DAY, now=NOW)
        # UID 3 is not handed over: its key is that of a record in hand, not yet recorded.
        assert events == [("handed", [1, 2]), ("handed", [4]), ("recorded", [1, 2]),
                          ("handed", [5]), ("recorded", [4]), ("recorded", [5]), ("recorded", [])]
        assert (result.fetched, result.recorded) == (5, 4) and triage.seen == [1, 2, 4, 5]
        assert store.cursor("INBOX").last_uid == 5
    finally:
        store.close()


def test_a_stop_while_recording_leaves_the_batch_handed_over_to_the_next_scan(tmp_path):
    inbox, events = FakeMailbox(batch_size=2), []
    for n in range(1, 6):
        inbox.add(message(n), NOW - 60)
    store = Store(tmp_path / "state.sqlite3")
    recording(store, events)
    asked = []

    def stop_on_the_second_ask() -> bool:  # after the next batch was handed over
        asked.append(True)
        return len(asked) >= 2

    try:
        first = scan(inbox, store, Submitting(events), 14 * DAY, now=NOW, should_stop=stop_on_the_second_ask)
        assert first.recorded == 2 and store.cursor("INBOX").last_uid == 2
        assert events == [("handed", [1, 2]), ("handed", [3, 4]), ("recorded", [1, 2])]
        rest = scan(inbox, store, Submitting(events), 14 * DAY, now=NOW)
        assert rest.recorded == 3 and store.cursor("INBOX").last_uid == 5
    finally:
        store.close()


def test_a_stop_that_says_yes_then_no_loses_no_batch(tmp_path):
    # A stop asked twice in one turn, yes then no, once skipped every batch not yet handed over.
    inbox, events = FakeMailbox(batch_size=2), []
    for n in range(1, 8):
        inbox.add(message(n), NOW - 60)
    store = Store(tmp_path / "state.sqlite3")
    recording(store, events)
    answers = iter([True, False])

    try:
        first = scan(inbox, store, Submitting(events), 14 * DAY, now=NOW,
                     should_stop=lambda: next(answers, False))
        assert first.recorded == 2 and store.cursor("INBOX").last_uid == 2
        rest = scan(inbox, store, Submitting(events), 14 * DAY, now=NOW)
        assert rest.recorded == 5 and store.cursor("INBOX").last_uid == 7
    finally:
        store.close()
