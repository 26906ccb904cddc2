"""Deleting onward's own drafts on request (`onward remove-drafts`), never one the user touched.

A draft counts as untouched when it is in the Drafts folder, still carries its X-Onward-Key, has
the draft flag, is not already marked deleted, and its body is what onward saved (the digest
recorded when it was saved: some mail clients keep every header, the key included, when a draft is
edited). Drafts saved by an onward that recorded no digest are left alone: nothing proves them
untouched.

Over IMAP only the chosen messages are expunged (UID EXPUNGE, RFC 4315 UIDPLUS): a plain EXPUNGE
would also remove whatever else the user had marked \\Deleted. A server without UIDPLUS is refused.
Each removal looks again first: a draft edited between the listing and the confirmation is kept.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from onward.daemon.config import Account
from onward.daemon.draft_digest import body_digest
from onward.daemon.mailbox.replies import KEY_HEADER
from onward.daemon.errors import RuntimeFailure
from onward.daemon.mailbox.imap_session import Session
from onward.daemon.mailbox.maildir_folders import Maildir
from onward.daemon.mailbox.message import HEADER_BYTES
from onward.daemon.refusals import temporary_means_retry
from onward.daemon.mailbox.message import parse_headers

NO_UIDPLUS = ("{host} does not offer UIDPLUS (RFC 4315), so onward cannot expunge only its own "
              "drafts without also expunging every other message you marked as deleted in "
              "{folder}; nothing was removed: delete the drafts in your mail client")


@dataclass(frozen=True)
class Found:
    """One message in Drafts that carries the key of a draft onward saved."""

    rejection: str  # the rejection's state key
    draft_key: str
    where: int | Path  # a UID, or a Maildir file
    subject: str
    untouched: bool
    why: str = ""  # when not untouched: why it is left alone


def _judge(row: dict, draft_key: str, raw: bytes, is_draft: bool, deleted: bool) -> tuple[bool, str]:
    headers = parse_headers(raw)
    if str(headers.get(KEY_HEADER) or "").strip() != draft_key:
        return False, "its X-Onward-Key differs"
    if deleted:
        return False, "already marked as deleted"
    if not is_draft:
        return False, "no longer flagged as a draft"
    digest = row.get("digests", {}).get(draft_key)
    if not digest:
        return False, "saved by an older onward, which kept no fingerprint of it"
    if body_digest(raw) != digest:
        return False, "edited"
    return True, ""


def _subject(raw: bytes) -> str:
    return str(parse_headers(raw).get("Subject") or "")


class ImapDrafts:
    """The account's Drafts folder over IMAP."""

    def __init__(self, mailbox: Session, account: Account):
        self.mailbox = mailbox
        self.folder = mailbox.find_drafts_folder(account.cfg.imap.drafts_folder)
        self.host = account.cfg.imap.host

    def require_uidplus(self) -> None:
        if not self.mailbox.client.has_capability("UIDPLUS"):
            raise RuntimeFailure(NO_UIDPLUS.format(host=self.host, folder=self.folder))

    def find(self, rows: list[dict], readonly: bool = True) -> list[Found]:
        """Every message in Drafts carrying a key of these rejections' drafts, judged."""
        client = self.mailbox.client
        if readonly:
            self.mailbox.examine(self.folder)
        else:
            with temporary_means_retry(f'open folder "{self.folder}"'):
                client.select_folder(self.folder)  # read-write: only the Drafts folder, to delete
        found = []
        for row in rows:
            for draft_key in row["drafts"]:
                uids = self.mailbox.search_header(KEY_HEADER, draft_key)
                if not uids:
                    continue
                with temporary_means_retry("read drafts"):
                    fetched = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
                for uid, data in sorted(fetched.items()):
                    raw = bytes(data.get(b"BODY[]") or b"")
                    flags = data.get(b"FLAGS", ())
                    ok, why = _judge(row, draft_key, raw, b"\\Draft" in flags, b"\\Deleted" in flags)
                    found.append(Found(row["key"], draft_key, uid, _subject(raw), ok, why))
        return found

    def remove(self, rows: list[dict], chosen: list[Found]) -> list[Found]:
        """Delete the chosen drafts that are still untouched; returns those deleted."""
        self.require_uidplus()
        wanted = {(f.draft_key, f.where) for f in chosen}
        now = [f for f in self.find(rows, readonly=False) if f.untouched and (f.draft_key, f.where) in wanted]
        uids = [f.where for f in now]
        if uids:
            client = self.mailbox.client
            with temporary_means_retry("delete drafts"):
                client.add_flags(uids, [b"\\Deleted"], silent=True)
                client.expunge(uids)  # UID EXPUNGE of these UIDs only (UIDPLUS)
        return now


class MaildirDrafts:
    """A local Maildir's Drafts folder: a draft is a file; removing it is unlinking that file."""

    def __init__(self, maildir: Maildir):
        self.maildir = maildir

    def require_uidplus(self) -> None:
        pass  # a file is removed on its own

    def find(self, rows: list[dict], readonly: bool = True) -> list[Found]:
        by_key = {k: row for row in rows for k in row["drafts"]}
        found = []
        for path in self.maildir.files("Drafts"):
            with open(path, "rb") as fh:
                head = fh.read(HEADER_BYTES)
            draft_key = str(parse_headers(head).get(KEY_HEADER) or "").strip()
            if draft_key not in by_key:
                continue
            raw = path.read_bytes()
            flags = path.name.split(":2,", 1)[1] if ":2," in path.name else ""
            ok, why = _judge(by_key[draft_key], draft_key, raw, "D" in flags or path.parent.name == "new",
                             "T" in flags)
            found.append(Found(by_key[draft_key]["key"], draft_key, path, _subject(raw), ok, why))
        return found

    def remove(self, rows: list[dict], chosen: list[Found]) -> list[Found]:
        wanted = {(f.draft_key, f.where) for f in chosen}
        removed = []
        for f in self.find(rows):
            if f.untouched and (f.draft_key, f.where) in wanted:
                assert isinstance(f.where, Path), "find() gives a Maildir draft's file"
                try:
                    os.unlink(f.where)
                except FileNotFoundError:  # moved or deleted meanwhile: nothing to remove
                    continue
                removed.append(f)
        return removed
