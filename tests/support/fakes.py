"""A mailbox and a drafts target in memory, for unit tests of the scan, delivery and service logic
(daemon.mailbox's interface, without a server or a disk). The real adapters are tested against
Dovecot and real Maildirs; these only stand in where the logic around them is the subject."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from onward.daemon.mailbox import Batch, NewMail
from onward.daemon.mailbox.message import Message
from onward.daemon.mailbox.replies import KEY_HEADER
from onward.daemon.state import Cursor, Due


class FakeTarget:
    """Drafts kept in a dict; `not_wanted` answers reasons_not_wanted; `fail_save` makes save raise."""

    def __init__(self):
        self.saved: dict[str, bytes] = {}  # draft key -> draft bytes
        self.not_wanted: dict[str, str] = {}  # rejection key -> reason
        self.fail_save: Exception | None = None
        self.asked: list[str] = []  # which questions were asked, in order

    def reasons_not_wanted(self, dues: list[Due]) -> dict[str, str]:
        self.asked.append("reasons_not_wanted")
        return {d.key: self.not_wanted[d.key] for d in dues if d.key in self.not_wanted}

    def saved_keys(self, keys: list[str]) -> set[str]:
        self.asked.append("saved_keys")
        return {k for k in keys if k in self.saved}

    def save(self, key: str, raw: bytes) -> str:
        self.asked.append("save")
        if self.fail_save is not None:
            raise self.fail_save
        assert f"{KEY_HEADER}: {key}".encode() in raw  # every draft can be found again by its key
        self.saved[key] = raw
        return "Drafts"

    def draft_states(self, drafted: list[dict]) -> dict[str, str]:
        return {row["key"]: "in Drafts" for row in drafted}


class FakeMailbox:
    """An inbox of (uid, raw, arrival) in memory; the cursor is (1, last UID) as over IMAP.

    Counts what the scan and the service ask of it, so tests can say what was (not) read."""

    folder = "INBOX"
    where = "the fake inbox"
    transient = (OSError,)

    def __init__(self, batch_size: int = 2):
        self.batch_size = batch_size
        self.messages: list[Message] = []
        self.target = FakeTarget()
        self.opened = self.closed = self.targets = 0
        self.bodies_read: list[int] = []  # UIDs whose body the scan asked for
        self.open_errors: list[BaseException] = []  # raised by open(), one per call, first first
        self.on_wait = lambda: False  # what wait() answers (and may stop the service)

    def add(self, raw: bytes, arrived: float) -> int:
        uid = len(self.messages) + 1
        when = dt.datetime.fromtimestamp(arrived, dt.timezone.utc)
        self.messages.append(Message(uid, raw, when, len(raw)))
        return uid

    def open(self) -> None:
        self.opened += 1
        if self.open_errors:
            raise self.open_errors.pop(0)

    def close(self) -> None:
        self.closed += 1

    def describe(self, exc: BaseException) -> str:
        return f"the fake inbox failed: {exc}"

    def new_mail(self, cursor: Cursor | None, lookback: float, now: float) -> NewMail:
        last = cursor.last_uid if cursor else 0
        new = [m for m in self.messages if m.uid > last]
        end = max([last, *(m.uid for m in self.messages)])
        return NewMail(cursor is None, Cursor(1, end), new)

    def batches(self, new: NewMail, cutoff: float) -> Iterator[Batch]:
        pending: list[Message] = new.pending
        for start in range(0, len(pending), self.batch_size):
            chunk = pending[start:start + self.batch_size]
            yield Batch(chunk, Cursor(1, chunk[-1].uid), start + len(chunk), len(pending))

    def bodies(self, messages: list[Message], whole=None) -> list[Message]:
        self.bodies_read += [m.uid for m in messages]
        return messages

    def wait(self, seconds: float, should_stop) -> bool:
        return self.on_wait()

    def drafts_target(self) -> FakeTarget:
        self.targets += 1
        return self.target

    def check(self, create_drafts: bool = False) -> Iterator[str]:
        yield "inbox:   the fake inbox"
