"""The scan's FETCH answers read by onward's own lean reader (daemon.mailbox.fetch_response) give
what imapclient's parser gives, on the real Dovecot and on answers of other shapes (unit)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st
from imapclient.response_parser import parse_fetch_response

from onward.daemon.mailbox import fetch_response
from onward.daemon.mailbox.fetch_response import internal_date, read_answers, uid_fetch
from onward.daemon.mailbox.imap_session import FIRST_BYTES, META_FIELDS
from tests.support.mail import message, rejection

META = ["RFC822.SIZE", "INTERNALDATE", META_FIELDS]


def test_the_scan_fetches_read_as_imapclient_reads_them(mail_user, monkeypatch):
    raws = [rejection(1), message(2, subject="Grüße aus Köln", body="Hallo,\n\nbis bald.\n"),
            message(3, subject="No id", message_id=False),
            b"From: =?utf-8?q?Zo=C3=AB?= <zoe@example.org>\r\nSubject: odd\r\n \"quoted\" {12}\r\n\r\n" + b"x" * 70_000,
            b"Subject: no date, no sender\r\n\r\nhello\r\n"]
    for raw in raws:
        mail_user.drop(raw)
    mail_user.append(message(6, subject="appended"), when=dt.datetime(2026, 3, 29, 1, 30,
                                                                       tzinfo=dt.timezone(dt.timedelta(hours=-7))))
    fallbacks = []
    original = fetch_response.parse_fetch_response
    monkeypatch.setattr(fetch_response, "parse_fetch_response",
                        lambda *a: fallbacks.append(1) or original(*a))
    with mail_user.client() as c:
        c.select_folder("INBOX", readonly=True)
        uids = c.search("ALL")
        assert len(uids) == 6
        for items in (META, [f"BODY.PEEK[]<0.{FIRST_BYTES}>"], ["BODY.PEEK[]<0.1048576>"]):
            ours = uid_fetch(c, uids + [999], items)  # 999: no such message, no answer
            assert ours == c.fetch(uids, items) and sorted(ours) == uids
        assert fallbacks == []  # all of it read by the lean reader
        assert uid_fetch(c, uids, ["FLAGS", "RFC822.SIZE"]) == c.fetch(uids, ["FLAGS", "RFC822.SIZE"])
        assert fallbacks == [1]  # FLAGS is a list: imapclient's parser read it
        assert c.search("SEEN") == []  # PEEK: nothing marked read


ANSWERS = [
    # Dovecot's shape: one literal, then the rest of the answer.
    [(b'1 (UID 7 RFC822.SIZE 120 INTERNALDATE "04-Dec-2026 13:31:19 +0100" '
      b'BODY[HEADER.FIELDS (DATE FROM)] {9}', b"From: a\r\n"), b")"],
    # UID last, after the literal; two literals in one answer; a quoted string; NIL.
    [(b"2 (BODY[]<0> {5}", b"hello"), (b" BODY[HEADER] {3}", b"abc"), b' X-ITEM "a \\"b\\" \\\\" UID 8)'],
    [b'3 (UID 9 INTERNALDATE "4-Jan-2027 00:00:00 -0000" RFC822.SIZE 1 BODY[]<0> NIL)'],
    [b'4 (UID 10 INTERNALDATE "31-Feb-2026 10:00:00 +0000")'],  # no such day: None, as imapclient
    [b"5 (RFC822.SIZE 4)", b'6 (UID 11 RFC822.SIZE 3)'],  # unasked news without a UID, then an answer
    [None],
]


@pytest.mark.parametrize("data", ANSWERS)
def test_answers_of_every_expected_shape_read_as_imapclient_reads_them(data):
    expected = {uid: answer for uid, answer in parse_fetch_response(data, True, True).items()
                if b"SEQ" in answer and uid != 5}  # imapclient keys the unasked news by its number
    assert read_answers(data) == expected


@pytest.mark.parametrize("data", [
    [b"1 (UID 7 FLAGS (\\Seen \\Draft))"],  # a list
    [b"5 (FLAGS (\\Seen))", b"6 (UID 11 RFC822.SIZE 3)"],  # another client's flags, told in passing
    [b"1 (UID 7 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 5 1))"],
    [(b"1 (UID 7 BODY[]<0> {9}", b"short")],  # a literal of another length than announced
    [b"1 UID 7"],
])
def test_answers_of_another_shape_are_left_to_imapclient(data):
    with pytest.raises(fetch_response._Unexpected):
        read_answers(data)


def test_internal_dates_as_imapclient_gives_them():
    from imapclient.response_parser import _convert_INTERNALDATE

    for value in (b"04-Dec-2026 13:31:19 +0000", b" 4-Dec-2026 13:31:19 +0530", b"29-Mar-2026 01:30:00 -0700",
                  b"01-Jan-1970 00:00:00 -0000", b"04-Dec-2026 13:31:19", b"nonsense"):
        for normalise in (True, False):
            assert internal_date(value, normalise) == _convert_INTERNALDATE(value, normalise), value


# INTERNALDATEs imapclient tolerated (None, or a datetime) that once raised in the lean reader,
# outside its try: the scan failed, and the same batch failed again on every restart.
ODD_DATES = [b"04-Dec-2026 13:31:19 +2400", b"01-Jan-0001 00:00:00 +0100", b"01-Jan-0001 00:00:00 +0000",
             b"02-Jan-0001 00:00:00 +0000", b"31-Dec-9999 23:59:59 -1200", b"31-Dec-9999 23:59:59 +1400"]


@pytest.mark.parametrize("zone", ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"])
def test_an_odd_internal_date_is_a_time_the_scan_can_use_or_unknown(zone, monkeypatch):
    import time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        for value in ODD_DATES:
            for normalise in (True, False):
                when = internal_date(value, normalise)
                if when is not None:  # what the scan does with an arrival time (daemon.scan, triage)
                    when.timestamp()
                    (when if when.tzinfo else when.astimezone()).timestamp()
    finally:
        monkeypatch.undo()  # the machine's own zone again, for the tests after this one
        time.tzset()


def test_an_internal_date_that_is_no_date_is_unknown():
    # A server's NIL or number where the date should be raised in imapclient's conversion, outside
    # the reader's fallback: the scan stopped at that batch, again at every poll.
    for item in (b"5", b"NIL"):
        answer = read_answers([b"1 (UID 7 RFC822.SIZE 3 INTERNALDATE " + item + b")"])
        assert answer == {7: {b"SEQ": 1, b"RFC822.SIZE": 3, b"INTERNALDATE": None}}


def test_one_odd_internal_date_never_stops_the_batch():
    data = [b'%d (UID %d RFC822.SIZE 10 INTERNALDATE "%s")' % (n, 100 + n, value)
            for n, value in enumerate(ODD_DATES + [b"04-Dec-2026 13:31:19 +0100"], 1)]
    found = read_answers(data)
    assert sorted(found) == list(range(101, 102 + len(ODD_DATES)))
    assert all(answer[b"RFC822.SIZE"] == 10 for answer in found.values())
    assert found[101][b"INTERNALDATE"] is None  # +2400: not known, as imapclient says
    assert found[101 + len(ODD_DATES)][b"INTERNALDATE"] is not None


@pytest.mark.parametrize("line", [b"1 (UID 5RFC822.SIZE 100)", b'1 (UID 5 X-ITEM "a"RFC822.SIZE 100)',
                                  b"1 (UID 5 RFC822.SIZE 100NIL)"])
def test_items_not_apart_are_not_read_as_two(line):
    with pytest.raises(fetch_response._Unexpected):
        read_answers([line])


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe"])
def test_internal_dates_read_in_plain_arithmetic_are_imapclients(zone, monkeypatch):
    """The scan's INTERNALDATEs (naive local time) are read without imapclient's FixedOffset, as
    imapclient reads them: every offset, days that do not exist, the years at the edges of the
    plain reading, in zones with half-hour offsets and summer time."""
    import time

    from hypothesis import given, settings, strategies as st
    from imapclient.response_parser import _convert_INTERNALDATE

    monkeypatch.setenv("TZ", zone)
    time.tzset()

    @settings(max_examples=300, deadline=None)
    @given(day=st.integers(1, 31), month=st.sampled_from(_MONTH_NAMES),
           year=st.sampled_from([1970, 1971, 2000, 2026, 2999, 3000]) | st.integers(1971, 2999),
           clock=st.tuples(st.integers(0, 23), st.integers(0, 59), st.integers(0, 59)),
           sign=st.sampled_from("+-"), hours=st.integers(0, 25), minutes=st.sampled_from([0, 30, 45, 59, 99]))
    def same(day, month, year, clock, sign, hours, minutes):
        value = b"%02d-%s-%04d %02d:%02d:%02d %s%02d%02d" % (day, month.encode(), year, *clock,
                                                             sign.encode(), hours, minutes)
        try:
            expected = _convert_INTERNALDATE(value, True)
        except (ValueError, OverflowError):  # a day that does not exist: not known
            expected = None
        assert internal_date(value, True) == expected, value

    try:
        same()
    finally:
        monkeypatch.undo()
        time.tzset()


_NAMES = st.sampled_from([b"UID", b"uid", b"RFC822.SIZE", b"INTERNALDATE", b"BODY[]<0>", b"X-ITEM",
                          b"BODY[HEADER.FIELDS (DATE FROM)]", b"FLAGS"])
_VALUES = st.sampled_from([b"7", b"12", b"NIL", b'"a \\"b\\" \\\\"', b'"04-Dec-2026 13:31:19 +0100"',
                           b'"plain"', b"(\\Seen)", b"{3}"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_NAMES, _VALUES), min_size=1, max_size=5),
       st.lists(st.sampled_from([b" ", b" ", b" ", b"", b"  "]), min_size=5, max_size=5),
       st.sampled_from([b")", b" )", b"", b") x", b"  )"]))
def test_any_answer_the_lean_reader_takes_is_read_as_imapclient_reads_it(items, gaps, end):
    # Items in any order, apart or not, lists and literals among them: the lean reader reads an
    # answer as imapclient does, or leaves it to imapclient (_Unexpected).
    data: list = []
    line = b"1 ("
    # An INTERNALDATE that is no date imapclient fails on (test_an_internal_date_that_is_no_date_is_unknown).
    items = [(name, b'"04-Dec-2026 13:31:19 +0100"' if name == b"INTERNALDATE" else value) for name, value in items]
    for n, ((name, value), gap) in enumerate(zip(items, gaps)):
        line += (gap if n else b"") + name + b" "
        if value == b"{3}":
            data.append((line + value, b"abc"))
            line = b""
        else:
            line += value
    data.append(line + end)
    try:
        ours = read_answers(data)
    except fetch_response._Unexpected:
        return
    theirs = parse_fetch_response(data, True, True)
    if not any(name.upper() == b"UID" for name, _value in items):  # news without a UID: dropped
        assert ours == {}
        return
    assert ours == {uid: answer for uid, answer in theirs.items() if b"SEQ" in answer}


_LEADS = st.sampled_from([b"", b"UID 7", b"UID 12 RFC822.SIZE 120", b"UID 7 RFC822.SIZE 1X",
                          b'UID 7 RFC822.SIZE 120 INTERNALDATE "04-Dec-2026 13:31:19 +0100"',
                          b'UID 7 INTERNALDATE "31-Feb-2026 10:00:00 +0000"', b'UID 7 INTERNALDATE "\\"x"',
                          b"uid 7 RFC822.SIZE 120", b"UID 7X"])
_ITEMS = st.sampled_from([b"UID 8", b"UID", b"RFC822.SIZE 120", b'INTERNALDATE "04-Dec-2026 13:31:19 +0100"',
                          b'INTERNALDATE "4-Jan-2027 00:00:00 \\"-0000"', b'INTERNALDATE "no date"',
                          b"INTERNALDATE NIL", b"BODY[]<0> NIL", b"FLAGS (\\Seen)", b"X-ITEM 3"])


@settings(max_examples=600, deadline=None)
@given(st.sampled_from([b"1 (", b"12 (", b"1  (", b"x (", b"1 "]), _LEADS, st.lists(_ITEMS, max_size=3),
       st.sampled_from([b" ", b" ", b"", b"  "]), st.sampled_from([b")", b" )", b"", b" BODY[] {3}"]))
def test_the_usual_start_of_an_answer_is_read_as_the_item_loop_reads_it(opening, lead, items, gap, end):
    # _USUAL_START reads the UID, size and arrival time that begin the scan's answers in one match:
    # what it reads is what the item loop reads, and where the loop refuses, so does the whole.
    line = opening + gap.join([lead, *items] if lead else items) + end
    data = [(line, b"abc"), b")"] if end.endswith(b"{3}") else [line]

    def read(usual):
        original = fetch_response._USUAL_START
        fetch_response._USUAL_START = usual
        try:
            return read_answers(data)
        except fetch_response._Unexpected:
            return "unexpected"
        finally:
            fetch_response._USUAL_START = original

    assert read(fetch_response._USUAL_START) == read(fetch_response.re.compile(rb"(?!)"))
