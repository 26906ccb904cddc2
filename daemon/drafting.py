"""Saving the drafts of rejections that are due: exactly once, and only while they are still wanted.

Exactly once: every draft carries an X-Onward-Key header. Before appending, the Drafts (and Sent)
folder is searched for that key, so a crash between APPEND and the state commit never produces a
second draft; once the state says "drafted", nothing touches that rejection again, so a draft the
user edited, sent or deleted is never recreated. Should the state be lost (a new or emptied file),
the mailbox itself is asked: a reply to the rejection in Drafts (edited drafts lose X-Onward-Key
but keep In-Reply-To), Sent or Trash means the user has seen it, and nothing is drafted again.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import logging
import re
from pathlib import Path
from typing import Protocol

from onward import drafts
from imapclient.imapclient import SENT, TRASH

from onward.daemon import faults
from onward.daemon.config import Config
from onward.daemon.draft_digest import body_digest
from onward.daemon.errors import ConfigError, ConnectionFailure, FolderNotFound
from onward.daemon.imap import Mailbox
from onward.daemon.isolation import NOT_ONE_MESSAGES_FAULT, note_failure, one_by_one_on_error
from onward.daemon.maildir import HEADER_BYTES, Maildir
from onward.daemon.state import Due, Store, parse_headers

logger = logging.getLogger(__name__)
KEY_HEADER = "X-Onward-Key"
REPLIED = "you already replied"
DELETED = "the rejection was deleted"
# Found in the mailbox, not in the state: a state file that is new, emptied or restored from an
# old backup must never bring back a draft the user already saw, edited or threw away.
DRAFT_EXISTS = "a reply draft already exists"
DRAFT_DELETED = "its draft was deleted"


def settings_from_config(cfg: Config) -> "drafts.DraftSettings":
    d = cfg.drafts
    return drafts.DraftSettings(
        name=cfg.identity.name, email=cfg.identity.email, mode=d.mode, no_reply=d.no_reply,
        quote_original=d.quote_original, templates_dir=d.templates_dir or None,
        language=d.language or None)


class Target(Protocol):
    """Where drafts go, and how to tell whether they are still wanted. Each call covers a whole
    batch of due rejections, so a mailbox folder is opened once per batch, not once per draft."""

    def reasons_not_wanted(self, dues: list[Due]) -> dict[str, str]: ...
    def saved_keys(self, keys: list[str]) -> set[str]: ...
    def save(self, key: str, raw: bytes) -> str: ...


class ImapTarget:
    """The account's Drafts folder over IMAP."""

    def __init__(self, mailbox: Mailbox, cfg: Config):
        self.mailbox = mailbox
        self.inbox = cfg.imap.inbox
        self.drafts = mailbox.find_drafts_folder(cfg.imap.drafts_folder)
        self.sent = _optional_folder(mailbox, SENT, cfg.imap.sent_folder, "sent")
        self.trash = _optional_folder(mailbox, TRASH, "", "trash")

    def saved_keys(self, keys: list[str]) -> set[str]:
        found: set[str] = set()
        for folder in filter(None, (self.drafts, self.sent, self.trash)):
            wanted = [k for k in keys if k not in found]
            if not wanted:
                break
            self.mailbox.examine(folder)
            found |= self.mailbox.header_values_present(KEY_HEADER, wanted)
        return found

    def save(self, key: str, raw: bytes) -> str:
        self.mailbox.append_draft(self.drafts, raw)
        return self.drafts

    def reasons_not_wanted(self, dues: list[Due]) -> dict[str, str]:
        # Without a Message-ID there is nothing to look for, and no reply could name it either;
        # one that cannot be searched (control characters) is treated the same way.
        dues = [d for d in dues if d.message_id.strip() and self.mailbox.searchable(d.message_id)]
        reasons: dict[str, str] = {}
        if self.sent and dues:
            self.mailbox.examine(self.sent)
            reasons.update((d.key, REPLIED) for d in dues if self.mailbox.search_reply_to(d.message_id))
        dues = [d for d in dues if d.key not in reasons]
        reasons.update(self._earlier_drafts(dues))
        dues = [d for d in dues if d.key not in reasons]
        if not dues:
            return reasons
        inbox = self.mailbox.examine(self.inbox)
        # Same UIDVALIDITY: ask by UID, which is cheap; else search the inbox by Message-ID.
        by_uid = {d.uid: d for d in dues if d.uidvalidity == inbox.uidvalidity and d.folder == self.inbox}
        flags = self.mailbox.flags_of(sorted(by_uid)) if by_uid else {}
        missing = [d for uid, d in by_uid.items() if uid not in flags]
        for uid, message_flags in flags.items():
            if b"\\Deleted" in message_flags:
                reasons[by_uid[uid].key] = DELETED
        for d in dues:
            if d.uid not in by_uid and not self.mailbox.search_header("Message-ID", d.message_id):
                missing.append(d)
        if missing and self.trash:  # gone from the inbox: deleted if in Trash, else archived
            self.mailbox.examine(self.trash)
            reasons.update((d.key, DELETED) for d in missing
                           if self.mailbox.search_header("Message-ID", d.message_id))
        return reasons


    def _earlier_drafts(self, dues: list[Due]) -> dict[str, str]:
        """Replies to these rejections in Drafts (edited or written by the user: mail clients drop
        X-Onward-Key on editing but keep In-Reply-To) or in Trash (a draft thrown away).

        An intact onward draft in Drafts is no reason: saved_keys finds it by its key, so that
        after a crash the rest of its set is still saved.
        """
        reasons: dict[str, str] = {}
        for folder, reason in ((self.drafts, DRAFT_EXISTS), (self.trash, DRAFT_DELETED)):
            todo = [d for d in dues if d.key not in reasons]
            if not folder or not todo:
                continue
            self.mailbox.examine(folder)
            for d in todo:
                replies = set(self.mailbox.search_reply_to(d.message_id))
                if replies and folder == self.drafts:
                    replies -= set(self.mailbox.search_header(KEY_HEADER, d.key))
                if replies:
                    reasons[d.key] = reason
        return reasons


class MaildirTarget:
    """A local Maildir's .Drafts folder."""

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
            if any(self.maildir.headers_match("Sent", h, message_id) for h in ("In-Reply-To", "References")):
                reasons[due.key] = REPLIED
            elif _maildir_reply(self.maildir, "Drafts", message_id, not_key=due.key):
                reasons[due.key] = DRAFT_EXISTS
            elif _maildir_reply(self.maildir, "Trash", message_id):
                reasons[due.key] = DRAFT_DELETED
            elif not self.maildir.headers_match("INBOX", "Message-ID", message_id) and \
                    self.maildir.headers_match("Trash", "Message-ID", message_id):
                reasons[due.key] = DELETED
        return reasons


class DryRunTarget:
    """--dry-run: drafts become .eml files in a folder; the checks still ask the real mailbox."""

    def __init__(self, folder: Path, real: Target):
        self.folder = folder
        self.real = real
        folder.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.folder / (re.sub(r"[^A-Za-z0-9_-]", "-", key) + ".eml")

    def saved_keys(self, keys: list[str]) -> set[str]:
        # A rehearsal: what is in the mailbox already counts exactly as in a real run.
        return {k for k in keys if self._path(k).exists()} | self.real.saved_keys(keys)

    def save(self, key: str, raw: bytes) -> str:
        self._path(key).write_bytes(raw)
        return str(self._path(key))

    def reasons_not_wanted(self, dues: list[Due]) -> dict[str, str]:
        return self.real.reasons_not_wanted(dues)


def _maildir_reply(maildir: Maildir, folder: str, message_id: str, not_key: str | None = None) -> bool:
    """Is a reply to `message_id` in `folder`, other than an intact onward draft of `not_key`?"""
    for path in maildir.files(folder):
        with open(path, "rb") as fh:
            headers = parse_headers(fh.read(HEADER_BYTES))
        names = " ".join(str(v) for h in ("In-Reply-To", "References") for v in headers.get_all(h) or [])
        if message_id not in names:
            continue
        if not_key is None or not_key not in str(headers.get(KEY_HEADER) or ""):
            return True
    return False


def _optional_folder(mailbox: Mailbox, special_use: bytes, configured: str, what: str) -> str | None:
    try:
        return mailbox.find_folder(special_use, configured, what)
    except FolderNotFound:
        if configured:
            raise
        return None


def save_due_drafts(store: Store, target: Target, settings, now: float,
                    batch_size: int = 100) -> list[tuple[str, str]]:
    """Build and save the drafts of every due rejection; returns (key, outcome) pairs.

    Each rejection is isolated: an unexpected error with one is recorded on it (see
    isolation.note_failure) and the others go on. Only failures that are not one message's fault
    (NOT_ONE_MESSAGES_FAULT) end the pass.
    """
    outcomes = []
    due_now = store.due(now)
    when = dt.datetime.fromtimestamp(now).astimezone()
    for start in range(0, len(due_now), batch_size):
        batch = due_now[start:start + batch_size]
        faults.checkpoint("before_decide")
        errors: dict[str, Exception] = {}
        reasons = one_by_one_on_error(target.reasons_not_wanted, batch, lambda d: d.key, errors, {})
        plans = {}
        for due in batch:
            if due.key not in reasons and due.key not in errors:
                try:
                    plans[due.key] = drafts.plan_drafts(due.raw, due.key, settings, now=when)
                except drafts.DraftTemplateError as exc:
                    raise ConfigError(str(exc)) from None  # the user's template: theirs to fix
                except Exception as exc:  # one unreadable rejection must not stop the others
                    errors[due.key] = exc
                    continue
                if plans[due.key].skipped:
                    reasons[due.key] = plans.pop(due.key).skipped
        draft_keys = [(d.key, due_key) for due_key, plan in plans.items() for d in plan.drafts]
        rejection_of = dict(draft_keys)
        existing = one_by_one_on_error(
            lambda keys: target.saved_keys(keys), [k for k, _ in draft_keys], rejection_of.get, errors, set())
        refused: list[tuple[Due, Exception]] = []  # APPENDs the server said no to
        attempted = 0
        for due in batch:
            if due.key in errors:
                outcomes.append((due.key, note_failure(store, due, errors[due.key], now)))
                continue
            if due.key in reasons:
                logger.info("no draft for %s: %s", due.message_id or due.key, reasons[due.key])
                store.finish(due.key, "skipped", {"reason": reasons[due.key]}, now)
                outcomes.append((due.key, f"skipped: {reasons[due.key]}"))
                continue
            attempted += 1
            try:
                saved = _save_plan(target, plans[due.key], existing)
            except NOT_ONE_MESSAGES_FAULT:
                raise
            except imaplib.IMAP4.error as exc:
                refused.append((due, exc))
                continue
            except Exception as exc:
                outcomes.append((due.key, note_failure(store, due, exc, now)))
                continue
            store.finish(due.key, "drafted", {"drafts": [d.key for d in plans[due.key].drafts],
                                              "saved_to": sorted(set(saved)),
                                              # so remove-drafts can tell an edited draft
                                              "digests": {d.key: body_digest(d.as_bytes())
                                                          for d in plans[due.key].drafts}}, now)
            faults.checkpoint("after_finish")
            logger.info("saved %d draft(s) for %s", len(saved), due.message_id or due.key)
            # "drafted" only when something was saved now: the run's summary counts what it saved.
            outcomes.append((due.key, "drafted" if saved else "drafts already there"))
        if len(refused) > 1 and len(refused) == attempted:
            # Every draft of the batch refused (a read-only Drafts folder, a server bug): the
            # server's fault; retry the pass instead of charging each rejection an attempt.
            raise ConnectionFailure(f"the server refuses to save drafts: {refused[0][1]}"[:300])
        outcomes += [(due.key, note_failure(store, due, exc, now)) for due, exc in refused]
    return outcomes


def _save_plan(target: Target, plan, existing: set[str]) -> list[str]:
    saved = []
    for draft in plan.drafts:
        if draft.key in existing:
            logger.info("draft %s is already there (saved before a crash); not saving it "
                        "again", draft.key)
            continue
        faults.checkpoint("before_append")
        saved.append(target.save(draft.key, draft.as_bytes()))
        faults.checkpoint("after_append")
    return saved
