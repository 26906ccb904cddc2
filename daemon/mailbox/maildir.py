"""A local Maildir as a mailbox (mbsync, offlineimap, local delivery): new mail is the inbox's
files whose unique names were not dealt with before; between polls a file watch (inotify, or a
look every 2 s) waits for new ones; drafts go to the Drafts folder beside the inbox.

The same promises as over IMAP: nothing in the inbox is renamed, moved or flagged, and each
message is processed once (its unique file name is kept in the cursor).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Iterator

from onward.daemon.config import Account, Config
from onward.daemon.mailbox import Batch, NewMail, ShouldStop
from onward.daemon.errors import NETWORK_ERRORS
from onward.daemon.learning import learning_folders, learning_line
from onward.daemon.mailbox.maildir_folders import Maildir, describe_layout, is_maildir
from onward.daemon.mailbox.maildir_watch import NewMailWatch
from onward.daemon.mailbox.message import BODY_CAP, Message, has_message_id, read_headers
from onward.daemon.mailbox.replies import (DELETED, DRAFT_DELETED, DRAFT_EXISTS, KEY_HEADER, REPLIED,
                                           REPLY_HEADERS, state_of)
from onward.daemon.state import Cursor, Due

logger = logging.getLogger(__name__)
BATCH_SIZE = 500  # files read and recorded per transaction


def adapter(account: Account) -> "MaildirMailbox":
    mailbox = MaildirMailbox(account.maildir_path)
    mailbox.cfg = account.cfg
    return mailbox


def unique_name(path: Path) -> str:
    """A Maildir file's identity: its name without the `:2,FLAGS` info, which readers change."""
    return path.name.split(":", 1)[0]


class MaildirMailbox:
    """The inbox of a Maildir, found from the account's path (see maildir_folders.find_layout)."""

    folder = "INBOX"
    batch_size = BATCH_SIZE
    # OSError among them: a disk not mounted yet, a folder gone
    transient: tuple[type[BaseException], ...] = NETWORK_ERRORS

    def __init__(self, root: Path, use_inotify: bool = True):
        self.maildir = Maildir(root)
        self.where = str(root)
        self.use_inotify = use_inotify
        self.watch: NewMailWatch | None = None
        self.cfg: Config | None = None  # for the learning folders `onward check` names

    def open(self) -> None:
        self.maildir.require_inbox()  # a missing Maildir may be a disk not mounted yet: retried

    def close(self) -> None:
        # After an outage the inbox may be a new folder: watch it afresh when it is back.
        if self.watch is not None:
            self.watch.close()
            self.watch = None

    def __enter__(self) -> "MaildirMailbox":
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def describe(self, exc: BaseException) -> str:
        return f"cannot read the Maildir {self.where}: {exc}"

    def new_mail(self, cursor: Cursor | None, lookback: float, now: float) -> NewMail:
        seen = cursor.names if cursor else frozenset()
        new = sorted((p for p in self.maildir.files() if unique_name(p) not in seen),
                     key=lambda p: (p.stat().st_mtime, p.name))
        return NewMail(cursor is None, Cursor(), new)

    def batches(self, new: NewMail, cutoff: float) -> Iterator[Batch]:
        """The new files, read (up to BODY_CAP each); on the first scan, files older than the
        cutoff (by file time, as delivered) are only remembered, not even read."""
        paths: list[Path] = new.pending
        for start in range(0, len(paths), self.batch_size):
            chunk = paths[start:start + self.batch_size]
            messages = []
            for path in chunk:
                mtime = path.stat().st_mtime
                if new.rescan and mtime < cutoff:
                    continue
                with open(path, "rb") as fh:
                    raw = fh.read(BODY_CAP)
                messages.append(Message(0, raw, dt.datetime.fromtimestamp(mtime), len(raw)))
            yield Batch(messages, Cursor(names=frozenset(unique_name(p) for p in chunk)),
                        start + len(chunk), len(paths))

    def bodies(self, messages: list[Message], whole=None) -> list[Message]:
        return messages  # read whole already: a local file costs nothing to open twice over

    def wait(self, seconds: float, should_stop: ShouldStop) -> bool:
        """Wait for a file to arrive in the inbox (the watch is set up on the first call)."""
        if self.watch is None:
            inbox = self.maildir.inbox
            self.watch = NewMailWatch(inbox, self.use_inotify)
            how = self.watch.start()
            reason = f" ({self.watch.reason})" if self.watch.reason else ""
            logger.info("watching %s for new mail: %s%s", inbox, how, reason)
            return True  # look again at once: mail may have come while the watch was set up
        return self.watch.wait(seconds, should_stop)

    def drafts_target(self) -> "MaildirTarget":
        return MaildirTarget(self.maildir)

    def learning_mail(self, folder: str, cursor: Cursor | None) -> tuple[Cursor, list[bytes]] | None:
        """A learning folder's files not read before, and the cursor that adds them; None if the
        folder does not exist. Its names are kept apart from the inbox's (a file moved from the
        inbox keeps its unique name)."""
        path = self.maildir.folder(folder)
        if not is_maildir(path):
            return None
        prefix = f"learn/{folder}/"
        seen = {n for n in (cursor.names if cursor else ()) if n.startswith(prefix)}
        new = [p for p in self.maildir.files(folder) if prefix + unique_name(p) not in seen]
        raws = []
        for file in new:
            with open(file, "rb") as fh:
                raws.append(fh.read(BODY_CAP))
        return Cursor(names=frozenset(prefix + unique_name(p) for p in new)), raws

    def find_message(self, message_id: str) -> bytes | None:
        """The inbox's message with this Message-ID, or None (nothing is renamed or flagged)."""
        for path in self.maildir.files():
            if has_message_id(read_headers(path), message_id):
                with open(path, "rb") as fh:
                    return fh.read(BODY_CAP)
        return None

    def check(self, create_drafts: bool = False) -> Iterator[str]:
        """`onward check`: the layout found, the inbox and where drafts go."""
        maildir = self.maildir
        yield f"layout:  {describe_layout(maildir)}"  # names what it found when there is no inbox
        yield (f"inbox:   {maildir.inbox} has {sum(1 for _ in maildir.files())} message(s); "
               "nothing in it is ever moved or flagged")
        drafts = maildir.folder("Drafts")
        yield f"drafts:  {drafts}" + ("" if is_maildir(drafts) else " (created when the first draft is saved)")
        for folder, label in learning_folders(self.cfg):
            yield learning_line(folder, label, is_maildir(self.maildir.folder(folder)))


class MaildirTarget:
    """A local Maildir's Drafts folder."""

    def __init__(self, maildir: Maildir):
        self.maildir = maildir

    def saved_keys(self, keys: list[str]) -> set[str]:
        return {k for k in keys if any(self.maildir.headers_match(f, KEY_HEADER, k)
                                       for f in ("Drafts", "Sent", "Trash"))}

    def save(self, key: str, raw: bytes) -> str:
        return str(self.maildir.save_draft(raw))

    def reasons_not_wanted(self, dues: list[Due]) -> dict[str, str]:
        reasons = {}
        for due in dues:
            message_id = due.message_id.strip()
            if not message_id:
                continue
            if any(self.maildir.headers_match("Sent", h, message_id) for h in REPLY_HEADERS):
                reasons[due.key] = REPLIED
            elif self._reply_in("Drafts", message_id, not_key=due.key):
                reasons[due.key] = DRAFT_EXISTS
            elif self._reply_in("Trash", message_id):
                reasons[due.key] = DRAFT_DELETED
            elif not self.maildir.headers_match("INBOX", "Message-ID", message_id) and \
                    self.maildir.headers_match("Trash", "Message-ID", message_id):
                reasons[due.key] = DELETED
        return reasons

    def _reply_in(self, folder: str, message_id: str, not_key: str | None = None) -> bool:
        """Is a reply to `message_id` in `folder`, other than an intact onward draft of `not_key`?"""
        for path in self.maildir.files(folder):
            headers = read_headers(path)
            names = " ".join(str(v) for h in REPLY_HEADERS for v in headers.get_all(h) or [])
            if message_id not in names:
                continue
            if not_key is None or not_key not in str(headers.get(KEY_HEADER) or ""):
                return True
        return False

    def draft_states(self, drafted: list[dict]) -> dict[str, str]:
        """For each drafted rejection (by its state key), the state of its reply (replies.state_of)."""
        maildir = self.maildir
        states = {}
        for row in drafted:
            seen = {}
            for name, folder in (("drafts", "Drafts"), ("sent", "Sent"), ("trash", "Trash")):
                seen[f"{name} key"] = any(maildir.headers_match(folder, KEY_HEADER, k)
                                          for k in row["drafts"])
                seen[f"{name} reply"] = bool(row["message_id"]) and any(
                    maildir.headers_match(folder, h, row["message_id"]) for h in REPLY_HEADERS)
            states[row["key"]] = state_of(seen)
        return states
