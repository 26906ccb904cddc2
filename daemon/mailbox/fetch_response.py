"""UID FETCH with a lean reader of its answer (issue 17: the scan's time).

imapclient reads a FETCH answer with a general lexer, token by token, in Python: for the scan's
FETCH of size, arrival time and four header fields, that took longer than the server took to send
the bodies. The scan asks only for items whose answers are flat (a number, a quoted string, a
literal, NIL), so this reads them with one regular expression per item. An answer of any other
shape (a parenthesised list such as FLAGS, a server's own ordering or spacing this does not
expect) is handed to imapclient's own parser, from the same bytes. The result is imapclient's for
the answers the scan gets, with two differences, both this reader's own: answers without a UID
(news about a message nobody asked for, which imapclient keys by sequence number) are dropped, and
an INTERNALDATE no clock can hold (year 1, offset +2400) is None where imapclient gives a datetime
that fails later or raises (internal_date).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from typing import Any, Iterable

from imapclient import IMAPClient
from imapclient.datetime_util import datetime_to_native, parse_to_datetime
from imapclient.fixed_offset import FixedOffset
from imapclient.exceptions import IMAPClientError
from imapclient.response_parser import parse_fetch_response

from onward.daemon.mailbox.message import PLAIN_YEARS

# "12 (" opens a message's answer; then items "NAME value", where NAME may carry a section and an
# origin ("BODY[HEADER.FIELDS (DATE FROM)]", "BODY[]<0>") and the value is a number, a quoted
# string, NIL, or the announcement of a literal ("{1234}", at the end of the line: imaplib read it).
_START = re.compile(rb"(\d+) \(")
# Items are apart by one space ("UID 5RFC822.SIZE 100" is not two items: imapclient refuses it);
# only the first, right after "(", has none.
_ITEM_TEXT = (rb'([A-Za-z0-9.-]+(?:\[[^\]\r\n]*\](?:<\d+>)?)?) '
              rb'(?:(\d+)|"((?:[^"\\\r\n]|\\["\\])*)"|(NIL)|\{(\d+)\}$)')
_FIRST_ITEM = re.compile(_ITEM_TEXT)
_ITEM = re.compile(rb" " + _ITEM_TEXT)
_END = re.compile(rb" ?\)")
_QUOTED = re.compile(rb'\\(["\\])')
# How the scan's answers begin (Dovecot's order: the UID first, then the flat items as asked). One
# match reads what the item loop would read of that start one item at a time, the same way: each
# name as written here has no other reading (a name ends at the space before its value, a number
# at the space after it), and a quoted date without a backslash is its own value. A start written
# otherwise (another order, lower case, an escaped quote) is left to the item loop.
_USUAL_START = re.compile(rb'(\d+) \(UID (\d+)(?: RFC822\.SIZE (\d+))?(?: INTERNALDATE "([^"\\\r\n]*)")?')
_DATE = re.compile(rb"^ ?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)$")
_MONTHS = {m: n for n, m in enumerate(
    (b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"), 1)}


class _Unexpected(Exception):
    """An answer this reader does not take apart: imapclient's parser reads it instead."""


def uid_fetch(client: IMAPClient, uids: Iterable[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
    """What `client.fetch(uids, items)` returns, for flat items (sizes, dates, sections), by UID:
    the same command, its answer read faster where it has the expected shape."""
    uids = list(uids)
    if not uids:
        return {}
    # The command as IMAPClient.fetch sends it, through imaplib's public UID call (which hands back
    # the untagged FETCH answers); imapclient has no public handle on its imaplib connection.
    wanted = f"({' '.join(i.upper() for i in items)})"
    typ, data = client._imap.uid("FETCH", ",".join(map(str, uids)), wanted)
    if typ != "OK":
        said = data[0].decode(errors="replace") if isinstance(data[0], bytes) else data[0]
        raise IMAPClientError(f"fetch failed: {said}")  # as IMAPClient.fetch says it
    try:
        found = read_answers(data, client.normalise_times)
    except _Unexpected:
        found = parse_fetch_response(data, client.normalise_times, True)
    # Only the UIDs asked for: imapclient's parser also keeps answers about other messages (sent
    # unasked, e.g. another client's flags, keyed by sequence number), which the scan must not take
    # for messages of its own.
    return {uid: found[uid] for uid in uids if uid in found}


def read_answers(data: list, normalise_times: bool = True) -> dict[int, dict[bytes, Any]]:
    """imaplib's untagged FETCH data (lines, and (line, literal) pairs for each literal), read into
    {uid: {ITEM: value}} as imapclient's parse_fetch_response reads it; _Unexpected otherwise."""
    found: dict[int, dict[bytes, Any]] = {}
    parts = iter([None] if data == [None] else data)
    for part in parts:
        if part is None:
            continue
        line, literal = (part if isinstance(part, tuple) else (part, None))
        if not isinstance(line, bytes):
            raise _Unexpected()
        usual = _USUAL_START.match(line)
        if usual:  # its first items read at once (a tenth of a scan's reading of its FETCH answers)
            seq, uid_text, size_text, date = usual.groups()
            answer: dict[bytes, Any] = {b"SEQ": int(seq)}
            if size_text is not None:
                answer[b"RFC822.SIZE"] = int(size_text)
            if date is not None:
                answer[b"INTERNALDATE"] = internal_date(date, normalise_times)
            uid, pos, first = int(uid_text), usual.end(), False
        else:
            start = _START.match(line)
            if not start:
                raise _Unexpected()
            answer = {b"SEQ": int(start.group(1))}
            uid, pos, first = None, start.end(), True
        while True:
            # An item first: none starts with ")" or " )", so where one matches the answer goes on
            # (the end is looked for once a line, not before each item).
            item = (_FIRST_ITEM if first else _ITEM).match(line, pos)
            if not item:
                end = _END.match(line, pos)
                if end and end.end() == len(line):
                    break
                raise _Unexpected()
            first = False
            name, number, quoted, nil, size = item.groups()
            name = name.upper()
            if size is not None:  # the literal imaplib read; the rest of the answer is the next line
                if literal is None or len(literal) != int(size) or item.end() != len(line):
                    raise _Unexpected()
                value: Any = literal
                nxt = next(parts, None)
                line, literal = (nxt if isinstance(nxt, tuple) else (nxt, None))
                if not isinstance(line, bytes):
                    raise _Unexpected()
                pos = 0
            else:
                value = (int(number) if number is not None else None if nil is not None
                         else _QUOTED.sub(rb"\1", quoted) if b"\\" in quoted else quoted)
                pos = item.end()
            if name == b"UID":
                if not isinstance(value, int):
                    raise _Unexpected()
                uid = value
            elif name == b"INTERNALDATE":
                answer[name] = internal_date(value, normalise_times)
            elif name in (b"BODY", b"BODYSTRUCTURE", b"ENVELOPE"):  # imapclient makes objects of these
                raise _Unexpected()
            else:
                answer[name] = value
        if literal is not None:
            raise _Unexpected()
        if uid is None:  # unasked news about a message (its flags): not an answer to this FETCH
            continue
        found.setdefault(uid, {}).update(answer)
    return found


def internal_date(value: Any, normalise_times: bool = True) -> dt.datetime | None:
    """An INTERNALDATE ("04-Dec-2026 13:31:19 +0000") as imapclient gives it: naive local time
    when normalise_times (its default), else with its offset. None (not known, as imapclient gives
    for what it cannot read) for a time no clock can hold: the scan turns arrival times into
    timestamps, and one message's bogus date (year 1, offset +2400) must not stop it."""
    found = _DATE.match(value) if isinstance(value, bytes) else None
    month = _MONTHS.get(found.group(2).lower()) if found else None
    if not found or not month:
        return _usable(_imapclients(value, normalise_times))
    day, _m, year, hour, minute, second, sign, off_h, off_m = found.groups()
    offset = (int(off_h) * 60 + int(off_m)) * (-1 if sign == b"-" else 1)
    if offset == 0 and sign == b"-":  # "-0000": no zone known (RFC 5322), which imapclient keeps naive
        return _usable(_imapclients(value, normalise_times))
    if normalise_times and int(year) in PLAIN_YEARS and abs(offset) < 24 * 60:
        # The scan's case, in plain arithmetic: imapclient's datetime_to_native is
        # astimezone(FixedOffset.for_system()) without its zone, i.e. the time at UTC plus the
        # system's offset now; a year this ordinary has a timestamp (no _usable), and no
        # FixedOffset is made twice a message (a tenth of the scan's reading of its FETCH).
        try:
            return (dt.datetime(int(year), month, int(day), int(hour), int(minute), int(second))
                    + dt.timedelta(minutes=_system_offset() - offset))
        except ValueError:  # "31-Feb-...": as imapclient has it, below
            pass
    try:
        when = dt.datetime(int(year), month, int(day), int(hour), int(minute), int(second),
                           tzinfo=FixedOffset(offset))
        when = datetime_to_native(when) if normalise_times else when
    except (ValueError, OverflowError):  # "31-Feb-...", "+2400", year 1 moved to local time
        return _usable(_imapclients(value, normalise_times))
    return _usable(when)



def _system_offset() -> int:
    """Minutes east of UTC of the system's zone now, as imapclient's FixedOffset.for_system takes it."""
    seconds = time.altzone if time.localtime().tm_isdst and time.daylight else time.timezone
    return -seconds // 60


def _imapclients(value: Any, normalise_times: bool) -> dt.datetime | None:
    """imapclient's own reading of an INTERNALDATE, None where even that raises."""
    if not isinstance(value, bytes):  # NIL, or a number where a date should be: unknown, as a bogus date
        return None
    try:
        return parse_to_datetime(value, normalise=normalise_times)
    except (ValueError, OverflowError):  # unreadable, or "31-Dec-9999 23:59:59 -1200" made local time
        return None


def _usable(when: dt.datetime | None) -> dt.datetime | None:
    """`when`, if it has a timestamp as the scan takes it (naive: local time), else None."""
    if when is None:
        return None
    try:
        when.timestamp()
        (when if when.tzinfo else when.astimezone()).timestamp()
    except (ValueError, OverflowError, OSError):
        return None
    return when
