"""An IMAP account as a mailbox: new mail by UID since the cursor, IDLE between polls, and the
Drafts folder (found by SPECIAL-USE) as the drafts target, with Sent and Trash read to tell whether
drafts are still wanted.

The cursor is (UIDVALIDITY, last UID). When UIDVALIDITY changes every stored UID is void: the last
`lookback` days are listed again, and the scan recognises what it saw before by message key.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from typing import Iterator

from imapclient.exceptions import IMAPClientError
from imapclient.imapclient import SENT, TRASH

from onward.daemon import credentials
from onward.daemon.config import Account, Config
from onward.daemon.errors import NETWORK_ERRORS, FolderNotFound
from onward.daemon.mailbox import Batch, NewMail, ShouldStop, sleep
from onward.daemon.mailbox.imap_lookup import (FIELDS, FolderLookup, Headers, keys_in, replies,
                                                with_message_id)
from onward.daemon.mailbox.imap_connect import describe
from onward.daemon.mailbox.imap_session import MessageMeta, ReadWhole, Session
from onward.daemon.mailbox.message import Message, date_field, has_message_id
from onward.daemon.learning import learning_folders, learning_line
from onward.daemon.mailbox.replies import (DELETED, DRAFT_DELETED, DRAFT_EXISTS, KEY_HEADER,
                                           REPLY_HEADERS, REPLIED, state_of)
from onward.daemon.state import Cursor, Due

logger = logging.getLogger(__name__)

IDLE_RENEW = 9 * 60  # servers drop IDLE after 10–29 minutes; renew before the earliest
# New messages from which a scan asks one SEARCH which of them are surely recent, and fetches their
# start with their header fields: a poll's one or two new mails keep to their three commands.
ONE_FETCH_FROM = 20


def adapter(account: Account) -> "ImapMailbox":
    return ImapMailbox(account.cfg)


class ImapMailbox:
    """The account's inbox over IMAP, read-only (EXAMINE, BODY.PEEK)."""

    transient: tuple[type[BaseException], ...] = (*NETWORK_ERRORS, IMAPClientError)

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.folder = cfg.imap.inbox
        self.where = f"{cfg.imap.inbox} at {cfg.imap.host}"
        self.batch_size = cfg.imap.batch_size
        self.session: Session | None = None
        self._starts: dict[int, bytes] = {}  # the last batch's starts of bodies, by UID (batches)
        # The inbox's UIDVALIDITY and the highest UID the last look for new mail covered; and when
        # the last wait ended (monotonic): see wait().
        self._listed: tuple[int, int] | None = None
        self._waited = time.monotonic()

    def open(self) -> None:
        if self.session is None:
            self.session = Session(self.cfg.imap, credentials.resolve(self.cfg))

    def close(self) -> None:
        self._starts = {}
        if self.session is not None:
            self.session.close()
            self.session = None

    def __enter__(self) -> "ImapMailbox":
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def describe(self, exc: BaseException) -> str:
        return describe(exc, self.cfg.imap)

    def _open_session(self) -> Session:
        assert self.session is not None, "the mailbox is used only between open() and close()"
        return self.session

    def new_mail(self, cursor: Cursor | None, lookback: float, now: float) -> NewMail:
        """What to look at. In a session where the folder is open already, new mail is asked for
        with a SEARCH, and a quiet folder costs one NOOP: it is not opened (EXAMINEd) again."""
        session, folder = self._open_session(), self.folder
        if (cursor and session.is_open(folder) and session.selected is not None
                and session.selected.uidvalidity == cursor.uidvalidity):
            # An EXAMINE since the last scan (the one before IDLE, after saving drafts) may have
            # counted mail that no NOOP or IDLE will announce again: its UIDNEXT says so.
            unread = session.selected.uidnext > cursor.last_uid + 1
            uids = session.uids_after(cursor.last_uid) if unread or session.has_news() else []
            return self._listing(cursor.uidvalidity, uids, cursor.last_uid, False)
        info = session.examine(folder)
        if cursor and cursor.uidvalidity == info.uidvalidity:
            if info.uidnext and info.uidnext <= cursor.last_uid + 1:
                return self._listing(info.uidvalidity, [], cursor.last_uid, False)  # no SEARCH
            return self._listing(info.uidvalidity, session.uids_after(cursor.last_uid),
                                 cursor.last_uid, False)
        if cursor:
            logger.warning("%s: UIDVALIDITY changed (%s -> %s); rescanning the last %s days, "
                           "recognising what was seen before by Message-ID", folder,
                           cursor.uidvalidity, info.uidvalidity, round(lookback / 86400, 1))
        if lookback <= 0:
            return self._listing(info.uidvalidity, [], 0, True)
        since = dt.datetime.fromtimestamp(now - lookback, dt.timezone.utc).date()
        uids = session.uids_since(since)
        if not cursor and info.exists > len(uids):
            # Never read, so never recorded one by one: said here, since `status --all` cannot list them.
            logger.info("%s: first scan: %d message(s) from before %s passed over (older than the "
                        "lookback: never drafted; `onward scan --since DATE` records them for the "
                        "report)", folder, info.exists - len(uids), since)
        return self._listing(info.uidvalidity, uids, 0, True)

    def _listing(self, uidvalidity: int, uids: list[int], last_uid: int, rescan: bool) -> NewMail:
        # Past all the folder held when it was opened: what a (re)scan's SINCE left out is never
        # fetched later, and a UID that the SEARCH no longer found (expunged) is not asked for again.
        selected = self._open_session().selected
        assert selected is not None, "new_mail has the folder open"
        end = max(last_uid, selected.uidnext - 1, *uids)
        self._listed = (uidvalidity, end)
        return NewMail(rescan, Cursor(uidvalidity, end), (uidvalidity, uids, last_uid))

    def batches(self, new: NewMail, cutoff: float) -> Iterator[Batch]:
        """Size, arrival time and a few header fields of each new message, a batch at a time: old
        mail is passed over on these alone, its body never fetched. Mail that one SEARCH finds
        recent for sure has the start of its body fetched with them (one FETCH, not two), kept
        for `bodies`; the scan still judges its age from the header fields, as for the rest."""
        uidvalidity, uids, last_uid = new.pending
        session = self._open_session()
        maybe_old = session.maybe_older(uids, cutoff) if len(uids) >= ONE_FETCH_FROM else None
        for start in range(0, len(uids), self.batch_size):
            chunk = uids[start:start + self.batch_size]
            recent = () if maybe_old is None else [uid for uid in chunk if uid not in maybe_old]
            metas, self._starts = session.meta_and_start(chunk, recent)
            last_uid = max(last_uid, *chunk)
            # The Date read here: a recent message's fields are then never parsed, only its body's.
            yield Batch([Message(m.uid, m.header_fields, m.internal_date, m.size,
                                 date_field(m.header_fields)) for m in metas],
                        Cursor(uidvalidity, last_uid), start + len(chunk), len(uids))
        self._starts = {}

    def bodies(self, messages: list[Message], whole: ReadWhole | None = None) -> list[Message]:
        """The messages with their bytes; with `whole`, a large one only in part unless `whole` of
        that part says otherwise (Session.fetch). Those of the last batch whose start came with
        it are not asked for again, unless they must be read further."""
        starts, self._starts = self._starts, {}
        # fetch() reads only their UIDs, sizes and arrival times: the messages as they are.
        return list(self._open_session().fetch(messages, whole, starts))

    def wait(self, seconds: float, should_stop: ShouldStop) -> bool:
        """Wait in IDLE (renewed before servers drop it), or sleep where the server has none.
        True: new mail may be there (look now).

        A server announces in IDLE only what arrives once IDLE has begun (Dovecot does): mail that
        came while this process worked since its last command would wait for the next renewal,
        minutes later. So after work (the last wait ended over a second ago) one NOOP asks first;
        and when the inbox must be opened again (saving drafts opened other folders), what that
        EXAMINE counts beyond the last look is news."""
        try:
            if self.cfg.schedule.idle and (session := self._open_session()).has_idle():
                if not session.is_open(self.folder):
                    opened = session.examine(self.folder)  # IDLE watches the selected folder
                    listed = self._listed
                    if listed is not None and (opened.uidvalidity != listed[0] or opened.uidnext - 1 > listed[1]):
                        return True
                elif time.monotonic() - self._waited > 1 and session.has_news():
                    return True
                return session.wait_idle(min(seconds, IDLE_RENEW), should_stop)
            sleep(seconds, should_stop)
            return False
        finally:
            self._waited = time.monotonic()

    def drafts_target(self) -> "ImapTarget":
        return ImapTarget(self._open_session(), self.cfg)

    def learning_mail(self, folder: str, cursor: Cursor | None) -> tuple[Cursor, list[bytes]] | None:
        """A learning folder's mail since `cursor` (EXAMINE, BODY.PEEK), and where that leaves the
        cursor; None if the folder does not exist. Nothing new costs one STATUS, no EXAMINE."""
        session = self.session
        if session is None:
            raise RuntimeError("learning_mail() before open()")
        status = session.uid_status(folder)
        if status is None:
            return None
        uidvalidity, uidnext = status
        if cursor and cursor.uidvalidity == uidvalidity and uidnext and uidnext <= cursor.last_uid + 1:
            return cursor, []
        info = session.examine(folder)
        last_uid = cursor.last_uid if cursor and cursor.uidvalidity == info.uidvalidity else 0
        uids = session.uids_after(last_uid)
        raws = [m.raw for m in session.fetch([MessageMeta(uid, 0, None, b"") for uid in uids])]
        return Cursor(info.uidvalidity, max(last_uid, info.uidnext - 1, *uids)), raws

    def find_message(self, message_id: str) -> bytes | None:
        """The watched folder's message with this Message-ID (EXAMINE, BODY.PEEK), or None."""
        session = self.session
        if session is None:
            raise RuntimeError("find_message() before open()")
        if not session.searchable(message_id):
            return None
        session.examine(self.folder)
        uids = session.search_header("Message-ID", message_id.strip())
        for message in session.fetch([MessageMeta(uid, 0, None, b"") for uid in uids]):
            if has_message_id(message.headers, message_id):  # SEARCH HEADER matches a substring
                return message.raw
        return None

    def check(self, create_drafts: bool = False) -> Iterator[str]:
        """`onward check`: log in, open the inbox, find Drafts, Sent and Trash, say what was found."""
        imap = self.cfg.imap
        secret = credentials.resolve(self.cfg)
        how = "OAuth2 token" if secret.oauth2 else "password"
        with Session(imap, secret) as session:
            yield (f"login:   {imap.username} at {imap.host}:{imap.effective_port} "
                   f"({imap.security}, {how}) ok")
            inbox = session.examine(imap.inbox)
            yield f"inbox:   {inbox.name} has {inbox.exists} message(s), opened read-only"
            yield f"drafts:  {_drafts_folder(session, imap.drafts_folder, create_drafts)}"
            sent = _optional_folder(session, SENT, imap.sent_folder, "sent", quiet=True) or ""
            yield (f"sent:    {sent} (read: a rejection you already answered gets no drafts)" if sent
                   else "sent:    none found: a rejection you already answered may still get "
                        "drafts (set [imap] sent_folder)")
            trash = _optional_folder(session, TRASH, "", "trash") or ""
            yield (f"trash:   {trash} (read: a rejection you deleted gets no drafts)" if trash else
                   "trash:   none found: a rejection you deleted counts as archived and still gets "
                   "drafts")
            yield f"idle:    {'yes' if session.has_idle() else 'no (polling every interval)'}"
            for folder, label in learning_folders(self.cfg):
                found = session.uid_status(folder) is not None
                yield learning_line(folder, label, found)


@dataclass(frozen=True)
class InboxFlags:
    """What the inbox says of a drafting pass's rejections, as read at its start (one pass: the
    target that keeps it lives as long as the pass)."""

    uidvalidity: int
    asked: set[int]  # the UIDs asked for; one not `present` is gone from the inbox
    present: set[int]
    deleted: set[int]  # of those present, the ones flagged \Deleted

    def covers(self, due: Due, inbox: str) -> bool:
        return due.folder == inbox and due.uidvalidity == self.uidvalidity and due.uid in self.asked


class ImapTarget:
    """The account's Drafts folder over IMAP. One target serves one drafting pass: each call looks
    at Drafts, Sent and Trash once for its whole batch (see imap_lookup)."""

    def __init__(self, session: Session, cfg: Config):
        self.session = session
        self.inbox = cfg.imap.inbox
        self.drafts = session.find_drafts_folder(cfg.imap.drafts_folder)
        self.sent = _optional_folder(session, SENT, cfg.imap.sent_folder, "sent")
        self.trash = _optional_folder(session, TRASH, "", "trash")
        self._lookups = {f: FolderLookup(session, f) for f in (self.drafts, self.sent, self.trash) if f}
        # What the last look found, and the keys it covers: the batch's saved_keys() is answered
        # from it, without opening the folders again. Void once a draft is saved.
        self._seen: dict[str, list[Headers]] | None = None
        self._covered: set[str] = set()
        # The inbox's flags of the pass's rejections, read at once by look_ahead (see there).
        self._ahead: InboxFlags | None = None

    def look_ahead(self, dues: list[Due]) -> None:
        """Read which of the rejections this pass will look at are still in the inbox, and which
        are flagged \\Deleted, in a few SEARCHes before its first batch: opening the inbox again
        for each batch of drafts cost more than anything else a batch does in a large inbox
        (EXAMINE of 50,000 messages: ~5x that of Drafts). The scan has just left the inbox open,
        so usually nothing is opened at all."""
        session = self.session
        inbox = session.selected
        if inbox is None or not session.is_open(self.inbox):
            inbox = session.examine(self.inbox)
        uids = sorted(self._in_inbox(dues, inbox.uidvalidity))
        present, deleted = session.present_and_deleted(uids)
        self._ahead = InboxFlags(inbox.uidvalidity, set(uids), present, deleted)

    def _in_inbox(self, dues: list[Due], uidvalidity: int) -> dict[int, Due]:
        """The rejections that are in the inbox as it is now (its UIDVALIDITY), by UID."""
        return {d.uid: d for d in dues if d.uidvalidity == uidvalidity and d.folder == self.inbox}

    def _look(self, keys: list[str], message_ids: list[str]) -> dict[str, list[Headers]]:
        """Per folder, its messages that may bear one of `keys` (or a draft key of one) or reply to
        one of `message_ids`; Trash also by the message's own Message-ID (a deleted rejection)."""
        keyed = [(KEY_HEADER, k) for k in keys]
        replying = [(h, m) for m in message_ids for h in REPLY_HEADERS]
        seen = {}
        for folder, lookup in self._lookups.items():
            itself = [("Message-ID", m) for m in message_ids] if folder == self.trash else []
            seen[folder] = lookup.candidates(keyed + replying + itself)
        self._seen, self._covered = seen, set(keys)
        return seen

    def saved_keys(self, keys: list[str]) -> set[str]:
        # A draft's key is "<rejection key>/<kind>": covered by a look for its rejection's key.
        if self._seen is None or not all(k in self._covered or k.rsplit("/", 1)[0] in self._covered
                                         for k in keys):
            self._look(keys, [])
        assert self._seen is not None
        present = set().union(*(keys_in(found) for found in self._seen.values()))
        return {k for k in keys if k in present}

    def save(self, key: str, raw: bytes) -> str:
        self._seen = None
        self.session.append_draft(self.drafts, raw)
        return self.drafts

    def save_many(self, drafts: list[tuple[str, bytes]]) -> list[str]:
        """Save drafts (key, bytes) in as few commands as the server allows: MULTIAPPEND (RFC
        3502) takes many in one command, all or none, without a round trip for each."""
        self._seen = None
        raws = [raw for _key, raw in drafts]
        appended = self.session.append_drafts(self.drafts, raws)
        if appended:  # the next look finds them without reading them back
            self._lookups[self.drafts].note_saved(appended.uidvalidity, list(zip(appended.uids, raws)))
        return [self.drafts] * len(drafts)

    def reasons_not_wanted(self, dues: list[Due]) -> dict[str, str]:
        session = self.session
        all_keys = [d.key for d in dues]
        # Without a Message-ID there is nothing to look for, and no reply could name it either;
        # one that cannot be searched (control characters) is treated the same way.
        dues = [d for d in dues if d.message_id.strip() and session.searchable(d.message_id)]
        seen = self._look(all_keys, [d.message_id for d in dues])
        reasons: dict[str, str] = {}
        for d in dues:
            if self.sent and replies(seen[self.sent], d.message_id):
                reasons[d.key] = REPLIED
            # In Drafts, a reply that is not onward's intact draft of it: edited or hand-written
            # (mail clients drop X-Onward-Key on editing but keep In-Reply-To). An intact one is no
            # reason: saved_keys finds it, so that after a crash the rest of its set is saved.
            elif any(d.key.casefold() not in h.key.casefold()
                     for h in replies(seen[self.drafts], d.message_id)):
                reasons[d.key] = DRAFT_EXISTS
            elif self.trash and replies(seen[self.trash], d.message_id):
                reasons[d.key] = DRAFT_DELETED  # a draft thrown away
        dues = [d for d in dues if d.key not in reasons]
        if not dues:
            return reasons
        # Same UIDVALIDITY: ask by UID, which is cheap; else search the inbox by Message-ID.
        # Read ahead for the whole pass (look_ahead), or else now.
        ahead = self._ahead
        by_uid = {d.uid: d for d in dues if ahead and ahead.covers(d, self.inbox)}
        present = {uid for uid in by_uid if uid in ahead.present} if ahead else set()
        deleted = {uid for uid in by_uid if uid in ahead.deleted} if ahead else set()
        if len(by_uid) < len(dues):
            inbox = session.examine(self.inbox)
            now = {uid: d for uid, d in self._in_inbox(dues, inbox.uidvalidity).items() if uid not in by_uid}
            if now:
                found, flagged = session.present_and_deleted(sorted(now))
                present |= found
                deleted |= flagged
            by_uid.update(now)
        missing = [d for uid, d in by_uid.items() if uid not in present]
        for uid in sorted(deleted):
            reasons[by_uid[uid].key] = DELETED
        elsewhere = [d for d in dues if by_uid.get(d.uid) is not d]
        if elsewhere:
            hits = session.search_any([("Message-ID", d.message_id) for d in elsewhere])
            there = [Headers.parse(uid, block) for uid, block
                     in (session.header_fields(sorted(hits), FIELDS).items() if hits else ())]
            missing += [d for d in elsewhere if not with_message_id(there, d.message_id)]
        if self.trash:  # gone from the inbox: deleted if in Trash, else archived
            reasons.update((d.key, DELETED) for d in missing
                           if with_message_id(seen[self.trash], d.message_id))
        return reasons

    def draft_states(self, drafted: list[dict], chunk: int = 100) -> dict[str, str]:
        """For each drafted rejection (by its state key), the state of its reply (replies.state_of)."""
        states = {}
        for start in range(0, len(drafted), chunk):
            rows = drafted[start:start + chunk]
            ids = [r["message_id"] for r in rows if r["message_id"] and self.session.searchable(r["message_id"])]
            seen = self._look([r["key"] for r in rows], ids)
            keys = {folder: keys_in(found) for folder, found in seen.items()}
            for row in rows:
                found: dict[str, bool] = {}
                for name, folder in (("drafts", self.drafts), ("sent", self.sent), ("trash", self.trash)):
                    if not folder:
                        continue
                    found[f"{name} key"] = any(k in keys[folder] for k in row["drafts"])
                    found[f"{name} reply"] = bool(row["message_id"] in ids
                                                  and replies(seen[folder], row["message_id"]))
                states[row["key"]] = state_of(found)
        return states


def _drafts_folder(session: Session, configured: str, create: bool) -> str:
    try:
        return session.find_drafts_folder(configured)
    except FolderNotFound:
        if not create or configured:
            raise
    if session.create_drafts_folder("Drafts"):
        return "Drafts (created now, marked \\Drafts)"
    return "Drafts (created now; this server cannot mark it \\Drafts, so onward finds it by its name)"


def _optional_folder(session: Session, special_use: bytes, configured: str, what: str,
                     quiet: bool = False) -> str | None:
    """Sent and Trash are only read; a missing one that was not configured is not an error
    (nor, for `onward check`, which says so, one that was: `quiet`)."""
    try:
        return session.find_folder(special_use, configured, what)
    except FolderNotFound:
        if configured and not quiet:
            raise
        return None
