"""Where mail comes from and drafts go: one interface, one adapter module per kind of mailbox.

A mailbox opens and closes; lists what is new since a cursor (which the state store keeps and only
the mailbox reads), in batches; reads the bodies the scan wants; waits for a change (IMAP IDLE, a
file watch) until a deadline or a stop; and is the drafts target of its account. The scan
(daemon.scan) and the service (daemon.service) work with any of them. A new kind of mailbox is one
module here and a line in ADAPTERS.
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator, Protocol

from onward.daemon.mailbox.message import Message
from onward.daemon.state import Cursor, Due

if TYPE_CHECKING:
    from onward.daemon.config import Account

# account type (the config's `type`) -> the module with its adapter, imported when first used.
ADAPTERS = {"imap": "onward.daemon.mailbox.imap", "maildir": "onward.daemon.mailbox.maildir"}
ShouldStop = Callable[[], bool]


@dataclass
class NewMail:
    """What a mailbox found new since the cursor; `pending` is the adapter's own (UIDs, files)."""

    rescan: bool  # a first scan, or a rescan (UIDVALIDITY changed): the lookback counts whole
    end: Cursor  # where the scan is once every batch is recorded
    pending: Any = field(default=None, repr=False)


@dataclass
class Batch:
    """New messages to decide about, and where the scan is once they are recorded."""

    messages: list[Message]  # header fields only where the body is not read yet (see bodies())
    cursor: Cursor
    done: int  # of `total`, for the progress bar
    total: int


class DraftsTarget(Protocol):
    """Where drafts go, and how to tell whether they are still wanted. Each call covers a whole
    batch of due rejections, so a mailbox folder is opened once per batch, not once per draft.
    A target may also have save_many([(key, bytes)]) -> [where]: a batch's drafts saved together
    (IMAP's MULTIAPPEND), all or none; delivery uses it where it is there."""

    def reasons_not_wanted(self, dues: list[Due]) -> dict[str, str]: ...
    def saved_keys(self, keys: list[str]) -> set[str]: ...
    def save(self, key: str, raw: bytes) -> str: ...
    def draft_states(self, drafted: list[dict]) -> dict[str, str]: ...


class Mailbox(Protocol):
    """One account's mailbox. open() may be called again after close() (a reconnect)."""

    folder: str  # the watched folder's name in the state store
    where: str  # what is watched, for people: "INBOX at imap.example.com", a Maildir's path
    batch_size: int
    transient: tuple[type[BaseException], ...]  # its low-level errors that mean "try again later"

    def open(self) -> None: ...
    def close(self) -> None: ...
    def new_mail(self, cursor: Cursor | None, lookback: float, now: float) -> NewMail: ...
    def batches(self, new: NewMail, cutoff: float) -> Iterator[Batch]: ...
    # `whole`: given the first bytes of a large message, whether it must be read whole (else its
    # start is enough: the first stage set it aside); an adapter may read every message whole.
    def bodies(self, messages: list[Message], whole: Callable[[bytes], bool] | None = None) -> list[Message]: ...
    def wait(self, seconds: float, should_stop: ShouldStop) -> bool: ...
    def drafts_target(self) -> DraftsTarget: ...
    def describe(self, exc: BaseException) -> str: ...
    def check(self, create_drafts: bool = False) -> Iterator[str]: ...
    def find_message(self, message_id: str) -> bytes | None: ...
    def learning_mail(self, folder: str, cursor: Cursor | None) -> tuple[Cursor, list[bytes]] | None: ...


def open_mailbox(account: "Account") -> Mailbox:
    """The adapter for an account (not yet opened: open() logs in or finds the inbox)."""
    return importlib.import_module(ADAPTERS[account.type]).adapter(account)


def sleep(seconds: float, should_stop: ShouldStop, step: float = 0.5) -> None:
    """Sleep `seconds`, asking should_stop every `step` (each call is also a sign of life)."""
    deadline = time.monotonic() + seconds
    while not should_stop() and time.monotonic() < deadline:
        time.sleep(min(step, max(0.0, deadline - time.monotonic())))
