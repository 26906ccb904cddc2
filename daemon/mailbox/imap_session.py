"""An IMAP session: read without side effects, save drafts, wait in IDLE (daemon.mailbox.imap
builds the IMAP mailbox on it; daemon.mailbox.imap_connect makes its connection, with a timeout on
every socket, and turns low-level errors into ConnectionFailure / AuthFailure, once).

The inbox is only ever opened read-only (EXAMINE) and read with BODY.PEEK, so no flag changes.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import logging
import re
import time
from dataclasses import dataclass
from typing import Any, Callable, Collection, Iterable, Iterator, Protocol, Sequence

from imapclient.imapclient import DRAFTS, SENT, TRASH

from onward.daemon.config import ImapConfig
from onward.daemon.credentials import Credentials
from onward.daemon.errors import ConfigError, ConnectionFailure, FolderNotFound
from onward.daemon.refusals import (response_code, search_value, server_words,
                                    temporary_means_retry)
from onward.daemon.mailbox.fetch_response import uid_fetch
from onward.daemon.mailbox.folders import USUAL_NAMES
from onward.daemon.mailbox.imap_connect import close_quietly, connect
from onward.daemon.mailbox.message import BODY_CAP, Message

logger = logging.getLogger(__name__)

FETCH_BYTES = 32 << 20  # bytes of message data held in memory at once
# What is fetched first of a message when only its start may be needed: at least all that the
# first stage reads (onward.classifier.prefilter: the first 64 KB), so its answer on the part is
# its answer on the whole message.
FIRST_BYTES = 64 * 1024
# Fetched with the size and INTERNALDATE, before any body: old mail is passed over on these alone.
META_FIELDS = "BODY.PEEK[HEADER.FIELDS (DATE MESSAGE-ID SUBJECT FROM)]"
META_ITEMS = ["RFC822.SIZE", "INTERNALDATE", META_FIELDS]
SLEEP_JUMP = 30  # seconds the wall clock may run ahead of the monotonic one before we call it a sleep


# Whether a message of which only the first FIRST_BYTES were fetched must be fetched whole.
ReadWhole = Callable[[bytes], bool]


def starts_held(uids: list[int], with_start: Collection[int]) -> list[int]:
    """Those of `uids` in `with_start` whose first FIRST_BYTES are fetched with their meta: no more
    than FETCH_BYTES of them, as for bodies. One answer holds them all, and they are kept until the
    batch's bodies are asked for: a large batch_size must not make that hundreds of MB."""
    wanted = set(with_start)
    return [uid for uid in uids if uid in wanted][:max(1, FETCH_BYTES // FIRST_BYTES)]


def cut_short(raw: bytes, size: int) -> bool:
    """Whether `raw` is only the first FIRST_BYTES of a larger message (size 0: not known)."""
    return len(raw) >= FIRST_BYTES and size != len(raw)


@dataclass(frozen=True)
class FolderInfo:
    name: str
    uidvalidity: int
    uidnext: int
    exists: int


class Fetchable(Protocol):
    """What fetch() needs of a message to fetch its body: a MessageMeta, or the Message the scan
    made of one (daemon.mailbox.imap hands those over as they are, not copied back)."""

    @property
    def uid(self) -> int: ...
    @property
    def size(self) -> int: ...
    @property
    def internal_date(self) -> dt.datetime | None: ...


def _header_fields_of(item: dict[bytes, Any]) -> Any:
    """The value of a FETCH answer's first BODY[HEADER.FIELDS ...] item, b"" if none: a loop, not
    a generator, as it runs once a message (issue 17)."""
    for name, value in item.items():
        if name.startswith(b"BODY[HEADER.FIELDS"):
            return value
    return b""


@dataclass(frozen=True)
class MessageMeta:
    """What is known of a message before its body is fetched: enough to pass over old mail."""

    uid: int
    size: int
    internal_date: dt.datetime | None
    header_fields: bytes  # Date, Message-ID, Subject and From, as raw header lines


class Session:
    """One logged-in IMAP connection. Use as a context manager; close() never raises."""

    def __init__(self, cfg: ImapConfig, credentials: Credentials):
        self.cfg = cfg
        self.client = connect(cfg, credentials)
        self.selected: FolderInfo | None = None  # the folder open in this session, as opened
        self._news = False  # the server said, since it was opened, that mail arrived

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        close_quietly(self.client)

    def has_idle(self) -> bool:
        return self.client.has_capability("IDLE")

    def examine(self, folder: str) -> FolderInfo:
        """Open `folder` read-only: a server may set \\Seen even on PEEK in a read-write session."""
        try:
            with temporary_means_retry(f'open folder "{folder}"'):
                info = self.client.select_folder(folder, readonly=True)
        except imaplib.IMAP4.error as exc:
            if isinstance(exc, imaplib.IMAP4.abort):
                raise
            raise self._cannot_open(folder, exc) from None
        self.selected = FolderInfo(folder, int(info[b"UIDVALIDITY"]), int(info.get(b"UIDNEXT", 0)),
                                   int(info.get(b"EXISTS", 0)))
        self._news = False  # what EXAMINE said is the news: the caller reads UIDNEXT
        self.client._imap.untagged_responses.clear()  # EXAMINE's own EXISTS is no news
        return self.selected

    def is_open(self, folder: str) -> bool:
        return self.selected is not None and self.selected.name == folder

    def has_news(self) -> bool:
        """Whether the open folder may hold mail not yet asked for: told by IDLE, by a response the
        server sent in passing, or else asked with one NOOP (cheaper than EXAMINE again)."""
        self._note_passing_news()
        if not self._news:
            _text, responses = self.client.noop()
            self._news = _announces_mail(responses)
        return self._news

    def _note_passing_news(self) -> None:
        # imaplib keeps responses nobody asked for (EXISTS after a FETCH, flag changes by other
        # clients) until the next SELECT; read the news from them and drop the rest, or they grow
        # for as long as the folder stays open.
        passing = self.client._imap.untagged_responses
        if "EXISTS" in passing or "RECENT" in passing:
            self._news = True
        passing.clear()

    def uids_since(self, when: dt.date) -> list[int]:
        return sorted(self.client.search(["SINCE", when]))

    def uids_after(self, last_uid: int) -> list[int]:
        self._news = False  # before asking: news that comes meanwhile is noted again
        # "n:*" always matches the highest UID, even when it is below n: filter. (A FETCH of "n:*"
        # would save this SEARCH, but uid_fetch keeps only the answers for the UIDs it is given,
        # which are what this finds out.)
        return sorted(u for u in self.client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)

    def uids_up_to(self, last_uid: int) -> list[int]:
        """The UIDs of the open folder's messages up to `last_uid`."""
        with temporary_means_retry("search"):
            return sorted(u for u in self.client.search(["UID", f"1:{last_uid}"]) if u <= last_uid)

    def meta(self, uids: list[int]) -> list[MessageMeta]:
        """Size, INTERNALDATE and a few header fields of `uids`, without their bodies."""
        return self.meta_and_start(uids, ())[0]

    def meta_and_start(self, uids: list[int], with_start: Collection[int]
                       ) -> tuple[list[MessageMeta], dict[int, bytes]]:
        """meta() of `uids`, and for those of them in `with_start` their first FIRST_BYTES too, in
        the same FETCH (BODY.PEEK): mail known to be recent is asked for once, not twice. Only as
        many starts as FETCH_BYTES holds (starts_held): the rest of `with_start` come as meta
        alone, their bodies later, as the rest's (fetch)."""
        if not uids:
            return [], {}
        start = starts_held(uids, with_start)
        with_start = set(start)
        rest = [uid for uid in uids if uid not in with_start]
        data = uid_fetch(self.client, rest, META_ITEMS) if rest else {}
        if start:
            data.update(uid_fetch(self.client, start, [*META_ITEMS, f"BODY.PEEK[]<0.{FIRST_BYTES}>"]))
        metas, starts = [], {}
        for uid in sorted(data):
            item = data[uid]
            metas.append(MessageMeta(uid, item.get(b"RFC822.SIZE", 0), item.get(b"INTERNALDATE"),
                                     bytes(_header_fields_of(item) or b"")))
            body = item.get(b"BODY[]<0>", item.get(b"BODY[]"))
            if uid in with_start and body is not None:
                starts[uid] = bytes(body)
        return metas, starts

    def maybe_older(self, uids: list[int], cutoff: float) -> set[int] | None:
        """Of `uids`, those that may be older than `cutoff` by arrival or Date header, in one SEARCH:
        all that arrived or were dated before the second day after the cutoff's (IMAP compares
        dates, not times, and a Date's own zone may be 14 hours off UTC). The scan's own rule
        (daemon.scan.split_old) then decides; the others are recent for sure. None: not known."""
        if not uids:
            return set()
        day = dt.datetime.fromtimestamp(cutoff, dt.timezone.utc).date() + dt.timedelta(days=2)
        try:
            with temporary_means_retry("search"):
                found = self.client.search(["UID", f"{min(uids)}:{max(uids)}", "OR", "BEFORE", day,
                                            "SENTBEFORE", day])
        except imaplib.IMAP4.error as exc:
            if isinstance(exc, imaplib.IMAP4.abort):
                raise
            logger.debug("cannot search by date: %s", server_words(exc))
            return None
        return set(found)

    def fetch(self, metas: Sequence[Fetchable], whole: ReadWhole | None = None,
              starts: dict[int, bytes] | None = None) -> Iterator[Message]:
        """Fetch message bytes (up to BODY_CAP each) with PEEK, holding at most FETCH_BYTES at once.

        With `whole`, a message larger than FIRST_BYTES is fetched first in part (its first
        FIRST_BYTES: the header block and the first text part), and whole only when
        `whole(part)` says so; otherwise it is handed over as that part (its size stays the
        message's). Most mail is not job mail: its attachments are never downloaded.
        `starts`: the first FIRST_BYTES of some of them, fetched already (meta_and_start); they
        are not asked for again, unless cut short and needed whole (always, without `whole`)."""
        chunk: list[Fetchable] = []
        held = 0
        cap = BODY_CAP if whole is None else FIRST_BYTES
        for meta in metas:
            chunk.append(meta)
            held += min(meta.size, cap)
            if held >= FETCH_BYTES:
                yield from self._fetch_bodies(chunk, whole, starts or {})
                chunk, held = [], 0
        if chunk:
            yield from self._fetch_bodies(chunk, whole, starts or {})

    def _fetch_bodies(self, metas: list[Fetchable], whole: ReadWhole | None,
                      starts: dict[int, bytes]) -> Iterator[Message]:
        cap = BODY_CAP if whole is None else FIRST_BYTES
        bodies = {m.uid: starts[m.uid] for m in metas if m.uid in starts}
        bodies.update(self._bodies([m.uid for m in metas if m.uid not in bodies], cap))
        sizes = {m.uid: m.size for m in metas}
        # A message cut short that must be read whole: fetched again, all of it (up to BODY_CAP).
        # Without `whole`, every message is read whole: one whose start alone came is read further.
        again = [uid for uid, raw in bodies.items() if cut_short(raw, sizes.get(uid, 0))
                 and (whole(raw) if whole is not None else uid in starts)]
        if again:
            bodies.update(self._bodies(again, BODY_CAP))
        for meta in metas:
            raw = bodies.get(meta.uid)  # missing: expunged meanwhile
            if raw is not None:
                yield Message(meta.uid, raw, meta.internal_date, meta.size or len(raw))

    def _bodies(self, uids: list[int], cap: int) -> dict[int, bytes]:
        """The first `cap` bytes of each message (BODY.PEEK: nothing is marked read)."""
        found: dict[int, bytes] = {}
        if not uids:
            return found
        for uid, data in uid_fetch(self.client, uids, [f"BODY.PEEK[]<0.{cap}>"]).items():
            raw = data.get(b"BODY[]<0>")
            if raw is None:
                raw = data.get(b"BODY[]")
            if raw is not None:
                found[uid] = bytes(raw)
        return found

    def find_folder(self, special_use: bytes, configured: str = "", what: str = "drafts") -> str:
        """The configured name, else the folder with this SPECIAL-USE attribute (RFC 6154), else
        a usual name. Gmail and localised servers name these folders differently ("[Gmail]/Drafts",
        "Entwürfe"): the attribute is the reliable way to find them. A Drafts folder that is the
        inbox, Sent or Trash is refused: onward would save drafts among the user's real mail."""
        with temporary_means_retry("list the folders"):
            folders = self.client.list_folders()
        names = [name for _flags, _sep, name in folders]
        key = f"[imap] {what}_folder"
        if configured and configured not in names:
            raise ConfigError(f'{key} "{configured}" does not exist; folders on the server: {", ".join(names)}')
        found = configured or _special_folder(folders, special_use)
        if special_use == DRAFTS and found:
            sent = self.cfg.sent_folder or _special_folder(folders, SENT)
            mistake = unsafe_drafts_folder(self.cfg, found, sent, _special_folder(folders, TRASH))
            if mistake:
                raise ConfigError(mistake)
        if found:
            return found
        if special_use == DRAFTS:  # never suggest a folder: the inbox or Sent would be a disaster
            raise FolderNotFound("no Drafts folder found (none is marked \\Drafts and none is named "
                                 "Drafts); run `onward check --create-drafts` to create one, or set "
                                 "[imap] drafts_folder to a folder of its own for drafts")
        others = [n for n in names if n.upper() != "INBOX" and n != self.cfg.inbox]
        raise FolderNotFound(f"no {what.capitalize()} folder found (none is marked "
                             f"{special_use.decode()} and none has a usual name); set {key} "
                             f"to one of: {', '.join(others)}")

    def create_drafts_folder(self, name: str = "Drafts") -> bool:
        """Create a Drafts folder, marked \\Drafts where the server can (CREATE-SPECIAL-USE,
        RFC 6154); True if it was marked. Elsewhere it is found later by its usual name."""
        if self.client.has_capability("CREATE-SPECIAL-USE"):
            # imapclient's create_folder takes no USE argument: send RFC 6154's form as it is.
            typ, data = self.client._imap._simple_command(
                "CREATE", self.client._normalise_folder(name), "(USE (\\Drafts))")
            if typ != "OK":
                raise FolderNotFound(f'could not create the folder "{name}": {_server_words(data)}')
            return True
        self.client.create_folder(name)
        return False

    def _cannot_open(self, folder: str, exc: Exception) -> Exception:
        """The error for a folder SELECT/EXAMINE refused: the list of folders, not the server's words;
        a folder that exists yet was refused is the server's passing trouble, tried again later."""
        with temporary_means_retry("list the folders"):
            folders = {name: flags for flags, _sep, name in self.client.list_folders()}
        what = "[imap] inbox" if folder == self.cfg.inbox else "folder"
        if response_code(exc) == "NONEXISTENT" or folder not in folders:
            return ConfigError(f'{what} "{folder}" does not exist; folders on the server: '
                               f'{", ".join(folders)}')
        if b"\\Noselect" in folders[folder]:
            return FolderNotFound(f'{what} "{folder}" cannot be opened (it holds no messages, only folders)')
        return ConnectionFailure(f'the server refused to open {what} "{folder}" ({server_words(exc)}); '
                                 "trying again later")

    def find_drafts_folder(self, configured: str = "") -> str:
        return self.find_folder(DRAFTS, configured, "drafts")

    def uid_status(self, folder: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, UIDNEXT) of a folder by STATUS, without opening it; None if it does not
        exist (or cannot be asked about, which for a folder onward only reads is the same)."""
        try:
            with temporary_means_retry(f'ask about folder "{folder}"'):
                info = self.client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT"])
        except imaplib.IMAP4.error as exc:
            if isinstance(exc, imaplib.IMAP4.abort):
                raise
            return None
        return int(info.get(b"UIDVALIDITY", 0)), int(info.get(b"UIDNEXT", 0))

    @staticmethod
    def searchable(value: str) -> bool:
        """Can `value` be looked for with search_header / search_any?"""
        return search_value(value) is not None

    def search_header(self, header: str, value: str) -> list[int]:
        """UIDs in the open folder whose `header` contains `value`.

        Raises ValueError for a value that cannot be searched (see search_value): the caller
        decides what "unknown" means, since an empty answer would mean "not there"."""
        return self._search_values(["HEADER", header, "{}"], value)

    def search_any(self, criteria: list[tuple[str, str]], up_to_uid: int | None = None) -> set[int]:
        """UIDs in the open folder (up to `up_to_uid`, if given) with any of the (header, value)
        criteria: a HEADER search each, ORed together in as few SEARCH commands as the line length
        allows. A value that cannot be searched (see search_value) is left out."""
        ascii_keys, found = [], set()
        for header, value in criteria:
            safe = search_value(value)
            if safe is None:
                continue
            if safe.isascii():
                quoted = '"' + safe.replace("\\", "\\\\").replace('"', '\\"') + '"'
                ascii_keys.append(f"HEADER {header} {quoted}")
            else:  # 8-bit values need CHARSET UTF-8 and a literal each: rare, asked one by one
                found |= set(self._search_values(["HEADER", header, "{}"], safe))
        limit = f"UID 1:{up_to_uid} " if up_to_uid else ""
        for part in _within(ascii_keys, SEARCH_LINE):
            with temporary_means_retry("search"):
                found |= set(self.client.search(limit + _any_of(part)))
        if up_to_uid:
            found = {uid for uid in found if uid <= up_to_uid}
        return found

    def header_fields(self, uids: list[int], fields: tuple[str, ...]) -> dict[int, bytes]:
        """These header fields of `uids`, read with PEEK."""
        item = f"BODY.PEEK[HEADER.FIELDS ({' '.join(f.upper() for f in fields)})]"
        with temporary_means_retry("read headers"):
            fetched = self.client.fetch(uids, [item])
        return {uid: bytes(next((v for k, v in data.items() if k.startswith(b"BODY[HEADER.FIELDS")),
                                b"") or b"")
                for uid, data in fetched.items()}

    def _search_values(self, template: list[str], value: str) -> list[int]:
        safe = search_value(value)
        if safe is None:
            raise ValueError("a value that cannot be searched for over IMAP (control characters)")
        if safe.isascii():
            # One pre-quoted string: imapclient would send "<a(b@x>" as a bare atom, which the
            # server refuses (BAD); a quoted string may hold anything but CR, LF and NUL.
            quoted = '"' + safe.replace("\\", "\\\\").replace('"', '\\"') + '"'
            criteria: list[str] | str = " ".join(quoted if item == "{}" else item for item in template)
            charset = None
        else:  # imapclient sends 8-bit values as literals, which need no quoting
            criteria = [safe if item == "{}" else item for item in template]
            charset = "UTF-8"
        try:
            with temporary_means_retry("search"):
                return self.client.search(criteria, charset)
        except imaplib.IMAP4.error as exc:
            if isinstance(exc, imaplib.IMAP4.abort) or response_code(exc) != "BADCHARSET":
                raise
            # RFC 3501 only requires US-ASCII: a server without UTF-8 cannot hold such a value
            # in a way we could find; treated as not found, so the draft is still made.
            logger.debug("the server cannot search in UTF-8: %s", server_words(exc))
            return []

    def present_and_deleted(self, uids: list[int]) -> tuple[set[int], set[int]]:
        """Of `uids` in the open folder, those that are there, and those of them flagged \\Deleted:
        a UID SEARCH of each and one with DELETED, per part of the UID set that fits in
        SEARCH_LINE. Their answers are lists of numbers, cheap to read; a FETCH of FLAGS, which
        says the same, cost ~15x the CPU in imapclient's parser (4,093 UIDs: 84 ms against 5 ms).

        A NOOP first: a SEARCH answers from this session's view of the folder, which learns of
        messages another client expunged or moved only at a command during which the server may
        say so (not a SEARCH, RFC 3501 7.4.1); with a folder open since the scan, they would count
        as still there."""
        with temporary_means_retry("read flags"):
            _text, responses = self.client.noop()
        self._news = self._news or _announces_mail(responses)
        present: set[int] = set()
        deleted: set[int] = set()
        for part in uid_set_parts(uids, SEARCH_LINE):
            with temporary_means_retry("read flags"):
                present.update(self.client.search(f"UID {part}"))
                deleted.update(self.client.search(f"UID {part} DELETED"))
        # Only what was asked: a message flagged meanwhile is deleted only if it is still there.
        asked = set(uids)
        present &= asked
        return present, deleted & present

    def append_draft(self, folder: str, raw: bytes) -> None:
        """Save a draft: flagged \\Draft (and \\Seen: it is the user's own, not news to them)."""
        with temporary_means_retry("save a draft"):
            self.client.append(folder, raw, flags=DRAFT_FLAGS)

    def append_drafts(self, folder: str, raws: list[bytes]) -> Appended | None:
        """Save drafts as append_draft does, many to a command where the server has MULTIAPPEND
        (each command all or none); one by one where it has not. Where the server said which UIDs
        it gave them all (APPENDUID, RFC 4315), those, in the order of `raws`."""
        if not self.client.has_capability("MULTIAPPEND"):
            for raw in raws:
                self.append_draft(folder, raw)
            return None
        chunk: list[bytes] = []
        told: list[Appended | None] = []
        for raw in raws:
            if chunk and (len(chunk) >= APPEND_MESSAGES or sum(map(len, chunk)) + len(raw) > APPEND_BYTES):
                told.append(self._multiappend(folder, chunk))
                chunk = []
            chunk.append(raw)
        if chunk:
            told.append(self._multiappend(folder, chunk))
        answers = [t for t in told if t is not None]
        if not answers or len(answers) < len(told) or any(t.uidvalidity != answers[0].uidvalidity
                                                          for t in answers):
            return None
        return Appended(answers[0].uidvalidity, [uid for t in answers for uid in t.uids])

    def _multiappend(self, folder: str, raws: list[bytes]) -> Appended | None:
        with temporary_means_retry("save drafts"):
            # imapclient's multiappend hands back a NO instead of raising it, as append() does:
            # unchecked, refused drafts would be recorded as saved.
            typ, data = self.client.multiappend(folder, [{"msg": raw, "flags": DRAFT_FLAGS} for raw in raws])
            if typ != "OK":
                raise imaplib.IMAP4.error(f"APPEND refused: {_server_words(data)}")
        return appended_uids(b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace"),
                             len(raws))

    def wait_idle(self, seconds: float, should_stop) -> bool:
        """Wait in IDLE up to `seconds`; True if the server announced new mail.

        idle_check() returns [] at once, every time, when the server has closed the connection (it
        swallows EOF); an empty answer that comes back well before its timeout is therefore a dead
        connection. `should_stop` is polled each second so SIGTERM is honoured promptly.
        """
        self._note_passing_news()
        if self._news:  # announced in passing, during the last FETCH: no need to wait
            return True
        self.client.idle()
        deadline = time.monotonic() + seconds
        wall_minus_monotonic = time.time() - time.monotonic()
        while not should_stop() and time.monotonic() < deadline:
            # The monotonic clock stops while a laptop sleeps, the wall clock does not. After a
            # sleep the server has long dropped us: reconnect now rather than at the deadline.
            if time.time() - time.monotonic() - wall_minus_monotonic > SLEEP_JUMP:
                raise ConnectionFailure("the computer was asleep; reconnecting")
            step = min(1.0, deadline - time.monotonic())
            started = time.monotonic()
            responses = [r for r in self.client.idle_check(timeout=step) if isinstance(r, tuple)]
            if any(r[0] == b"BYE" for r in responses):
                raise ConnectionFailure("the server ended the connection (BYE)")
            if _announces_mail(responses):
                self._news = True
                break
            if not responses and step >= 0.2 and time.monotonic() - started < step / 2:
                raise ConnectionFailure("the server closed the connection during IDLE")
        # On a dead connection the exceptions above skip this: the caller drops the connection.
        _text, late = self.client.idle_done()  # mail may be announced just before DONE
        self._news = self._news or _announces_mail(late)
        return self._news


# Bytes of search criteria in one SEARCH command: well under the shortest line limits servers
# set (Dovecot 64 kB; some others about 8 kB for a whole command).
SEARCH_LINE = 6000
DRAFT_FLAGS = (b"\\Draft", b"\\Seen")
# Drafts and bytes in one MULTIAPPEND: a command the server takes in one go, all or none.
APPEND_MESSAGES, APPEND_BYTES = 50, 4 << 20


@dataclass(frozen=True)
class Appended:
    """The UIDs a folder gave the messages just appended (APPENDUID, RFC 4315), in their order."""

    uidvalidity: int
    uids: list[int]


# UIDs are 32-bit numbers: at most ten digits each (a longer one is no answer this reads).
_UID = r"\d{1,10}"
_APPENDUID = re.compile(rf"\[APPENDUID ({_UID}) ({_UID}(?::{_UID})?(?:,{_UID}(?::{_UID})?)*)\]", re.I)


def appended_uids(text: str, count: int) -> Appended | None:
    """The APPENDUID of an APPEND of `count` messages ("[APPENDUID 38505 3955:3957]"), None if there
    is none or it names another number of UIDs. The UIDs of a MULTIAPPEND are given in the order of
    its messages (RFC 4315, 3)."""
    found = _APPENDUID.search(text)
    if not found:
        return None
    uids: list[int] = []
    for part in found.group(2).split(","):
        first, _colon, last = part.partition(":")  # the pattern holds a number before any ":"
        low, high = int(first), int(last or first)
        if low > high:  # "9:7": the same set, but in what order? Not used.
            return None
        if len(uids) + high - low + 1 > count:  # checked before the range is made: "1:4000000000"
            return None
        uids += range(low, high + 1)
    # New UIDs only ever rise: anything else is an answer not understood, and not used.
    if len(uids) != count or any(a >= b for a, b in zip(uids, uids[1:])):
        return None
    return Appended(int(found.group(1)), uids)


def uid_set_parts(uids: Iterable[int], limit: int) -> Iterator[str]:
    """`uids` as IMAP sequence sets ("1:5,9,12:14") of at most `limit` characters each (a server
    limits a command line's length; `limit` must hold one range, 21 characters). Runs of
    consecutive UIDs are written as ranges: a dense set is short however many UIDs it holds."""
    ordered = sorted(set(uids))
    part: list[str] = []
    size = 0
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        item = str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}"
        if part and size + 1 + len(item) > limit:
            yield ",".join(part)
            part, size = [], 0
        size += len(item) + (1 if part else 0)
        part.append(item)
        i = j + 1
    if part:
        yield ",".join(part)


def _any_of(keys: list[str]) -> str:
    """IMAP's OR takes two keys: a balanced tree of them, so the nesting stays shallow."""
    if len(keys) == 1:
        return keys[0]
    half = len(keys) // 2
    return f"OR ({_any_of(keys[:half])}) ({_any_of(keys[half:])})"


def _within(keys: list[str], limit: int) -> Iterator[list[str]]:
    """`keys` in runs whose total length stays under `limit` (one key longer goes alone)."""
    part: list[str] = []
    size = 0
    for key in keys:
        if part and size + len(key) + 8 > limit:
            yield part
            part, size = [], 0
        part.append(key)
        size += len(key) + 8  # "OR (", ") (", ")"
    if part:
        yield part


def _announces_mail(responses) -> bool:
    """Do these untagged responses ("* 12 EXISTS") say that mail arrived?"""
    return any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT")
               for r in responses)


def _special_folder(folders: list, special_use: bytes) -> str:
    """The folder marked `special_use`, else the first with one of its usual names, else ""."""
    for flags, _sep, name in folders:
        if special_use in flags:
            return name
    names = [name for _flags, _sep, name in folders]
    for candidate in USUAL_NAMES[special_use]:
        for name in names:
            if name == candidate or name.rsplit("/", 1)[-1].rsplit(".", 1)[-1] == candidate:
                return name
    return ""


def unsafe_drafts_folder(cfg: ImapConfig, drafts: str, sent: str = "", trash: str = "") -> str | None:
    """Why `drafts` must not take drafts (it is the inbox, Sent or Trash), else None."""
    if not drafts:
        return None
    fix = "drafts must go to a folder of their own: leave drafts_folder empty to use the server's Drafts folder"
    same_as_inbox = drafts == cfg.inbox or drafts.upper() == "INBOX" == cfg.inbox.upper()
    if same_as_inbox:
        return f'[imap] drafts_folder "{drafts}" is the inbox onward watches; {fix}'
    for folder, what in ((sent, "Sent"), (trash, "Trash")):
        if folder and drafts == folder:
            return f'[imap] drafts_folder "{drafts}" is your {what} folder; {fix}'
    return None


def _server_words(data) -> str:
    text = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
    return " ".join(text.split())[:200]
