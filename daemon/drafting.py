"""Saving the drafts of rejections that are due: exactly once, and only while they are still wanted.

Exactly once: every draft carries an X-Onward-Key header. Before appending, the Drafts (and Sent)
folder is searched for that key, so a crash between APPEND and the state commit never produces a
second draft; once the state says "drafted", nothing touches that rejection again, so a draft the
user edited, sent or deleted is never recreated.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import Protocol

import drafts
from imapclient.imapclient import SENT, TRASH

from daemon import faults
from daemon.config import Config
from daemon.errors import FolderNotFound
from daemon.imap import Mailbox
from daemon.maildir import Maildir
from daemon.state import Due, Store

logger = logging.getLogger(__name__)
KEY_HEADER = "X-Onward-Key"
REPLIED = "you already replied"
DELETED = "the rejection was deleted"


def settings_from_config(cfg: Config) -> "drafts.DraftSettings":
    d = cfg.drafts
    return drafts.DraftSettings(
        name=cfg.identity.name, email=cfg.identity.email, mode=d.mode, no_reply=d.no_reply,
        quote_original=d.quote_original, templates_dir=d.templates_dir or None,
        language=d.language or None)


class Target(Protocol):
    """Where drafts go, and how to tell whether they are still wanted."""

    def already_saved(self, key: str) -> bool: ...
    def save(self, key: str, raw: bytes) -> str: ...
    def reason_not_wanted(self, due: Due) -> str | None: ...


class ImapTarget:
    """The account's Drafts folder over IMAP."""

    def __init__(self, mailbox: Mailbox, cfg: Config):
        self.mailbox = mailbox
        self.inbox = cfg.imap.inbox
        self.drafts = mailbox.find_drafts_folder(cfg.imap.drafts_folder)
        self.sent = _optional_folder(mailbox, SENT, cfg.imap.sent_folder, "sent")
        self.trash = _optional_folder(mailbox, TRASH, "", "trash")

    def already_saved(self, key: str) -> bool:
        folders = [self.drafts] + ([self.sent] if self.sent else [])
        return any(self.mailbox.search_header(f, KEY_HEADER, key) for f in folders)

    def save(self, key: str, raw: bytes) -> str:
        self.mailbox.append_draft(self.drafts, raw)
        return self.drafts

    def reason_not_wanted(self, due: Due) -> str | None:
        message_id = due.message_id.strip()
        if not message_id:
            return None  # nothing to look for; a reply could not be matched to it either
        if self.sent and any(self.mailbox.search_header(self.sent, header, message_id)
                             for header in ("In-Reply-To", "References")):
            return REPLIED
        in_inbox = self.mailbox.search_header(self.inbox, "Message-ID", message_id)
        if in_inbox:
            flags = self.mailbox.flags_of(in_inbox).values()
            return DELETED if all(b"\\Deleted" in f for f in flags) else None
        if self.trash and self.mailbox.search_header(self.trash, "Message-ID", message_id):
            return DELETED
        return None  # moved or archived, not deleted: the user still gets the drafts


class MaildirTarget:
    """A local Maildir's .Drafts folder."""

    def __init__(self, maildir: Maildir):
        self.maildir = maildir

    def already_saved(self, key: str) -> bool:
        return any(self.maildir.headers_match(f, KEY_HEADER, key) for f in ("Drafts", "Sent"))

    def save(self, key: str, raw: bytes) -> str:
        return str(self.maildir.save_draft(raw))

    def reason_not_wanted(self, due: Due) -> str | None:
        message_id = due.message_id.strip()
        if not message_id:
            return None
        if any(self.maildir.headers_match("Sent", h, message_id) for h in ("In-Reply-To", "References")):
            return REPLIED
        if not self.maildir.headers_match("INBOX", "Message-ID", message_id) and \
                self.maildir.headers_match("Trash", "Message-ID", message_id):
            return DELETED
        return None


class DryRunTarget:
    """--dry-run: drafts become .eml files in a folder; the checks still ask the real mailbox."""

    def __init__(self, folder: Path, real: Target):
        self.folder = folder
        self.real = real
        folder.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.folder / (re.sub(r"[^A-Za-z0-9_-]", "-", key) + ".eml")

    def already_saved(self, key: str) -> bool:
        return self._path(key).exists()

    def save(self, key: str, raw: bytes) -> str:
        self._path(key).write_bytes(raw)
        return str(self._path(key))

    def reason_not_wanted(self, due: Due) -> str | None:
        return self.real.reason_not_wanted(due)


def _optional_folder(mailbox: Mailbox, special_use: bytes, configured: str, what: str) -> str | None:
    try:
        return mailbox.find_folder(special_use, configured, what)
    except FolderNotFound:
        if configured:
            raise
        return None


def save_due_drafts(store: Store, target: Target, settings, now: float) -> list[tuple[str, str]]:
    """Build and save the drafts of every due rejection; returns (key, outcome) pairs."""
    outcomes = []
    for due in store.due(now):
        faults.checkpoint("before_decide")
        reason = target.reason_not_wanted(due)
        plan = None
        if reason is None:
            plan = drafts.plan_drafts(due.raw, due.key, settings,
                                      now=dt.datetime.fromtimestamp(now).astimezone())
            reason = plan.skipped
        if reason:
            logger.info("no draft for %s: %s", due.message_id or due.key, reason)
            store.finish(due.key, "skipped", {"reason": reason}, now)
            outcomes.append((due.key, f"skipped: {reason}"))
            continue
        saved = []
        for draft in plan.drafts:
            if target.already_saved(draft.key):
                logger.info("draft %s is already there (saved before a crash); not saving it again",
                            draft.key)
                continue
            faults.checkpoint("before_append")
            saved.append(target.save(draft.key, draft.as_bytes()))
            faults.checkpoint("after_append")
        store.finish(due.key, "drafted", {"drafts": [d.key for d in plan.drafts],
                                          "saved_to": sorted(set(saved))}, now)
        faults.checkpoint("after_finish")
        logger.info("saved %d draft(s) for %s", len(saved), due.message_id or due.key)
        outcomes.append((due.key, "drafted"))
    return outcomes
