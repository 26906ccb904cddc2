"""One scan of a mailbox, whatever its kind: ask for what is new since the cursor, triage it,
record it batch by batch.

Each batch is committed with the folder's new cursor in one transaction, so a crash loses at most
the batch in hand, which the next scan reads again; a message already recorded (by key) is never
triaged twice, even after a UIDVALIDITY change voids every stored UID.

Old mail is passed over on every scan, not only the first: a message whose arrival time or Date
header is older than the lookback (an imported archive, an old rejection moved back into the
inbox) is recorded as too old from its header fields alone; over IMAP its body is never fetched.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import re
import time
from dataclasses import dataclass
from typing import Callable, Collection

from onward.daemon import faults
from onward.daemon.mailbox import Batch, Mailbox
from onward.daemon.mailbox.message import PLAIN_YEARS, Message, message_key
from onward.daemon.state import Record, Status, Store
from onward.daemon.triage import Triage, continued_conversations, old_record


# After the first scan, mail at least this old is never drafted even with a shorter lookback
# ("0m"): a sender's clock a few hours off must not make new mail look old.
OLD_AFTER_AT_LEAST = 86400.0


@dataclass
class ScanResult:
    fetched: int = 0
    recorded: int = 0
    rejections: int = 0
    failed: int = 0
    too_old: int = 0

    def add(self, fetched: int, recorded: int, records: list[Record]) -> None:
        self.fetched += fetched
        self.recorded += recorded
        self.rejections += sum(r.status == Status.WAITING for r in records)
        self.failed += sum(r.status == Status.FAILED for r in records)
        self.too_old += sum(r.status == Status.TOO_OLD for r in records)


def unseen(store: Store, messages: list[Message], handed: Collection[str] = ()) -> list[tuple[Message, str]]:
    """The messages whose key neither the store nor `handed` (the keys of a batch triaged already
    and not yet recorded) knows, each with its key."""
    # Not from m.headers: the email parser would read every header block in the service itself,
    # where most of the mail is read no further (issue 17).
    keyed = [(m, message_key(m.raw)) for m in messages]
    already = store.known_keys(k for _m, k in keyed)
    return [(m, k) for m, k in keyed if k not in already and k not in handed]


def triage_unseen(store: Store, triage: Triage, messages: list[Message],
                  handed: Collection[str] = ()) -> list[Record]:
    """Triage the messages whose key the store (or `handed`, see unseen) does not know yet."""
    fresh = unseen(store, messages, handed)
    return continued_conversations(store, fresh, triage(fresh)) if fresh else []


def dated_before(message: Message, cutoff: float) -> str:
    """Why `message` counts as older than `cutoff` (by INTERNALDATE or Date header), or "". A time
    no clock of this machine can hold ("31 Dec 9999 23:59:59 -0000" west of UTC) says nothing: one
    such mail must not stop the scan."""
    arrived = message.internal_date
    if arrived is not None and _seconds(arrived) < cutoff:
        return f"arrived {arrived:%Y-%m-%d}"
    if message.date_header is not None and _recent_by_usual_date(message.date_header, cutoff):
        return ""
    try:
        date = message.date_header
        if date is None:  # not read with the fields: from the parsed headers
            date = str(message.headers.get("Date") or "")
        dated = email.utils.parsedate_to_datetime(date)
    except Exception:  # no Date header, or one no parser reads: judged by its arrival alone
        return ""
    return f"dated {dated:%Y-%m-%d}" if _seconds(dated) < cutoff else ""


# A Date as most mail writes it (RFC 5322 3.3: "Mon, 7 Dec 2026 08:36:06 +0100"), ASCII digits
# only, and whatever follows the zone after a space (a comment such as "(CET)").
_USUAL_DATE = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{1,2}) "
                         r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9][0-9]{3}) "
                         r"([0-9]{2}):([0-9]{2}):([0-9]{2}) ([+-])([0-9]{2})([0-9]{2})(?: .*)?", re.DOTALL)
_MONTHS = {name: number for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def _recent_by_usual_date(date: str, cutoff: float) -> bool:
    """True where `date` has the usual shape and is not older than `cutoff` as dated_before reads
    it with email.utils, in about half its time (most new mail is recent, and is dated once by
    this alone); False: dated_before reads it the slow way, as before (an old date, to say why).

    What email.utils does with that shape, step by step: the day name is dropped, the first five
    words are day, month, year, time and zone (the rest is ignored); a four-digit year stands as
    it is; "-0000" is no zone (a local time); any other zone is hh * 3600 + mm * 60 seconds, which
    datetime.timezone refuses from a whole day on; the datetime raises on a day or time out of
    range (as that one would)."""
    found = _USUAL_DATE.fullmatch(date)
    if not found:
        return False
    day, month, year, hour, minute, second, sign, zone_hours, zone_minutes = found.groups()
    offset = int(zone_hours) * 3600 + int(zone_minutes) * 60
    if offset >= 86400:
        return False
    try:
        if offset == 0 and sign == "-":
            when = dt.datetime(int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second))
            return _seconds(when) >= cutoff
        when = dt.datetime(int(year), _MONTHS[month], int(day), int(hour), int(minute), int(second), 0,
                           dt.timezone.utc)
    except ValueError:
        return False
    # Whole seconds: the instant at UTC less the offset is the aware time's timestamp, exactly.
    return when.timestamp() - (offset if sign == "+" else -offset) >= cutoff


def _seconds(when: dt.datetime) -> float:
    """_timestamp(when), or infinity (never older than a cutoff) for a time without one."""
    try:
        return _timestamp(when)
    except (OverflowError, OSError, ValueError):
        return math.inf


def _timestamp(when: dt.datetime) -> float:
    # A zone-less time (INTERNALDATE as imapclient gives it, or "-0000") is the machine's local time.
    return when.timestamp() if when.tzinfo else _local_timestamp(when)



def _local_timestamp(when: dt.datetime) -> float:
    """when.astimezone().timestamp() for a zone-less `when`, in a fifth of its time (issue 17: the
    scan dates each new message by its arrival, and by its Date where that has no zone).

    Both find the instant the same way (CPython's local_to_seconds); they differ only where the
    instant found is not one whose local time is `when`: in a gap (the clock jumped past
    `when`), astimezone() keeps the offset it found and lands elsewhere. Where the local time of
    the instant found is `when` (a fold included: both take the same of its two), that instant is
    astimezone()'s. A whole second, to be bit for bit: timestamp() adds microseconds in another
    order. Anything else (a gap, microseconds, a far year, an error) goes the slow way, which
    raises as it did."""
    if not when.microsecond and when.year in PLAIN_YEARS:
        try:
            instant = when.timestamp()
            if dt.datetime.fromtimestamp(instant) == when:  # naive times compare without fold
                return instant
        except (OverflowError, OSError, ValueError):
            pass
    return when.astimezone().timestamp()


def old_cutoff(now: float, lookback: float, first_scan: bool) -> float:
    return now - (lookback if first_scan else max(lookback, OLD_AFTER_AT_LEAST))


def split_old(messages: list[Message], cutoff: float
              ) -> tuple[list[tuple[Message, str]], list[Message]]:
    """(old messages with the reason, recent messages)."""
    old, recent = [], []
    for message in messages:
        reason = dated_before(message, cutoff)
        if reason:
            old.append((message, reason))
        else:
            recent.append(message)
    return old, recent


# A batch handed to the triage: the call that waits for its records as read, which gives them with
# the call that finishes them (see start_batch).
Reading = Callable[[], tuple[list[Record], Callable[[], list[Record]]]]


def start_batch(store: Store, triage: Triage, old: list[tuple[Message, str]], recent: list[Message],
                lookback: float, handed: Collection[str] = ()) -> Reading:
    """Old mail recorded as too old, and recent mail handed to the triage now; the result is the
    call that waits for their records. A triage with `submit` (daemon.scan_worker) reads meanwhile in its workers;
    any other runs when the records are asked for. `handed`: the keys of the batch before, whose
    records are in hand but not yet recorded (none of them is triaged again).

    The call gives the records as read (their keys are final) and the call that finishes them:
    it logs what the workers logged (a triage with `replay_logs`) and sets apart the answers in a
    conversation (continued_conversations). The scan finishes a batch once it has handed the next
    one over, so that the workers read while this process logs and records."""
    reasons = {id(m): reason for m, reason in old}
    too_old = triage_unseen(store, lambda batch: [old_record(m, k, reasons[id(m)], lookback)
                                                  for m, k in batch], [m for m, _r in old], handed)
    fresh = unseen(store, recent, handed)
    submit = getattr(triage, "submit", None)
    collect = submit(fresh) if submit and fresh else (lambda: triage(fresh) if fresh else [])
    replay_logs = getattr(triage, "replay_logs", None)

    def wait() -> tuple[list[Record], Callable[[], list[Record]]]:
        read = collect() if fresh else []

        def finish() -> list[Record]:
            if replay_logs:
                replay_logs()
            return too_old + (continued_conversations(store, fresh, read) if fresh else [])

        return too_old + read, finish

    return wait


def finished(reading: Reading) -> list[Record]:
    """A batch's records, waited for and finished at once."""
    _read, finish = reading()
    return finish()


def scan(mailbox: Mailbox, store: Store, triage: Triage, lookback: float, now: float | None = None,
         should_stop: Callable[[], bool] = lambda: False,
         progress: Callable[[int, int], None] = lambda done, total: None) -> ScanResult:
    """Triage every message of the mailbox's folder not seen before; old mail is recorded, never
    triaged. Stops between batches when `should_stop()`: the rest is taken up at the next scan."""
    now = time.time() if now is None else now
    new = mailbox.new_mail(store.cursor(mailbox.folder), lookback, now)
    cutoff = old_cutoff(now, lookback, new.rescan)
    result = ScanResult()
    # The batch the triage reads while the next one is fetched (both cores busy on a big scan).
    # Once its records are in hand, the next batch is handed over first and then these are
    # recorded: the workers read while this process commits (and waits for the disk), and batches
    # are still recorded in order.
    reading: tuple[Batch, Reading] | None = None

    def record(batch: Batch, records: list[Record]) -> None:
        faults.checkpoint("before_commit_batch")
        result.add(len(batch.messages), store.advance(mailbox.folder, batch.cursor, records), records)
        faults.checkpoint("after_commit_batch")
        progress(batch.done, batch.total)

    # Given the start of a large message, whether to fetch it whole (the triage knows: mail its
    # first stage sets aside is recorded from that start); None: every message whole.
    read_whole = getattr(triage, "read_whole", None)
    whole = read_whole() if read_whole else None
    expect = getattr(triage, "expect", None)  # how many messages the scan has, said once
    batches = iter(mailbox.batches(new, cutoff))
    while True:
        try:
            batch = next(batches, None)
            if batch is not None:
                if expect:  # at the first batch, the scan's size is known
                    expect(batch.total)
                    expect = None
                old, recent = split_old(batch.messages, cutoff)
                bodies = mailbox.bodies(recent, whole=whole) if whole else mailbox.bodies(recent)
        except BaseException:
            if reading:  # what was read is recorded, as when batches were read one by one
                record(reading[0], finished(reading[1]))
            raise
        # The batch before: its records as read, and the call that finishes them.
        answered: tuple[Batch, list[Record], Callable[[], list[Record]]] | None = None
        if reading:
            answered = (reading[0], *reading[1]())
        reading = None
        # Asked once for both uses: a stop that said yes and then no would hand nothing over
        # yet not return, and the cursor would jump past the batches never read.
        stopping = bool(answered) and should_stop()
        if batch is not None and not stopping:
            try:
                reading = batch, start_batch(store, triage, old, bodies, lookback,
                                             {r.key for r in answered[1]} if answered else ())
            except BaseException:
                if answered:  # the records in hand are kept, as when batches were read one by one
                    record(answered[0], answered[2]())
                raise
        if answered:
            record(answered[0], answered[2]())
            if stopping or should_stop():  # a batch handed over meanwhile is read again at the next scan
                return result
        if reading is None:
            break
    store.advance(mailbox.folder, new.end, [])
    return result
