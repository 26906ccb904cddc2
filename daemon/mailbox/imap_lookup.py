"""Looking in Drafts, Sent and Trash for a whole batch of due rejections at once: their drafts (by
X-Onward-Key) and replies to them (by In-Reply-To / References), in a few commands per folder and
batch, where one SEARCH per draft made a first scan grow with the square of its rejections.

A folder is looked at in two parts. What it held when the pass first opened it is searched on the
server: one SEARCH whose criteria OR together every value of the batch, then the headers of the few
messages it matched are fetched and matched here. What arrived during the pass (mostly the drafts
the pass itself saved) is fetched once, its headers kept in an index: searching it again batch after
batch on the server is what grew with the square, as the Drafts folder filled up. A pass that has
searched a folder's earlier mail a few times is a large one (a first scan that found hundreds of
rejections): the lookup headers of that mail are then read once, and its ids kept (EarlierMail),
and the pass's later batches search it on the server only for a value that is no whole id (see
INDEX_AFTER_SEARCHES).

The server's HEADER search finds a case-insensitive substring of a header. What a lookup's caller
accepts is decided here, on the headers themselves (replies, with_message_id, keys_in: casefolded,
spaces collapsed). The index finds a message by each whole <id> in its headers and by its key and
the key's parts, which finds all of that: an <id> cannot overlap another, so a header holds <id>
as a substring only where it holds it whole; a value not in <> is looked for in every indexed
message. Finding too much only ever means fewer drafts, never a second one.
"""

from __future__ import annotations

import functools
import imaplib
import logging
import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from onward.daemon.mailbox.imap_session import Session
from onward.daemon.mailbox.message import header_block
from onward.daemon.mailbox.replies import KEY_HEADER, REPLY_HEADERS
from onward.daemon.refusals import search_value, server_words

logger = logging.getLogger(__name__)

# The headers a lookup reads of a message: its own Message-ID, what it replies to, onward's key.
FIELDS = ("Message-ID", *REPLY_HEADERS, KEY_HEADER)
_BRACKETED = re.compile(r"<[^<>]*>")
# Line ends only: str.splitlines would also split at a form feed or U+2028 inside a References
# header, which the server's search reads as part of it, and lose the ids after it.
_LINE_END = re.compile(r"\r\n|[\r\n]")
# UIDs in one FETCH of headers: 500 seven-digit UIDs keep the command under 4 kB (RFC 7162 asks
# servers to take 8,192 octets at least).
ARRIVALS_AT_ONCE = 500
# A server search of a folder's earlier mail took ~10 ms in a year of a real account's Sent and
# ~0.2 s in a Sent of 20,000 (bench/first_scan.py --account [--sent 20000]); reading its lookup
# headers once costs roughly 10 to 25 such searches, and a first scan's pass may search each folder
# for each of hundreds of batches. After this many searches of one folder in a pass, its earlier
# mail is read once instead: a pass of a few batches (the service's everyday) never reads it, and
# one only a little longer may pay a little more than it saves.
INDEX_AFTER_SEARCHES = 4
# Nor a folder of more messages or ids than these (the ids counted after each FETCH of headers):
# EarlierMail keeps 16 bytes an id (4 MB at most), and sorting them takes some 90 bytes an id for a
# moment (some 20 MB), where the service's peak is some 50 MB and its target 100 MB.
INDEX_AT_MOST = 50_000
INDEX_TOKENS_AT_MOST = 250_000


@dataclass(frozen=True)
class Headers:
    """The lookup headers of one message, casefolded, spaces collapsed."""

    uid: int
    message_id: str
    replies_to: str  # In-Reply-To and References together
    key: str  # X-Onward-Key as written (keys are compared exactly), "" if none

    @classmethod
    def parse(cls, uid: int, block: bytes) -> "Headers":
        values: dict[str, list[str]] = {}
        # Unfold (RFC 5322 2.2.3): a line starting with white space continues the one before.
        text = re.sub(r"\r?\n[ \t]", " ", block.decode("utf-8", "replace"))
        for line in _LINE_END.split(text):
            name, colon, value = line.partition(":")
            if colon:
                values.setdefault(name.strip().casefold(), []).append(" ".join(value.split()))

        def get(name: str) -> str:
            return " ".join(values.get(name.casefold(), []))

        return cls(uid, get("Message-ID").casefold(),
                   " ".join(get(h) for h in REPLY_HEADERS).casefold(), get(KEY_HEADER))

    def tokens(self) -> set[str]:
        """What the index finds this message by: each <id> in its headers, its key and each part of
        the key before a "/" (a draft's key is "<rejection key>/<kind>"; a message with two key
        fields holds both, one space apart)."""
        found = set(_BRACKETED.findall(self.message_id)) | set(_BRACKETED.findall(self.replies_to))
        for key in self.key.casefold().split():
            parts = key.split("/")
            found.update("/".join(parts[:n]) for n in range(1, len(parts) + 1))
        if self.key:
            found.add(self.key.casefold())
        return found


@functools.lru_cache(maxsize=4096)  # a pass asks for each value once per folder and per check
def needle(value: str) -> str | None:
    """`value` as the server's HEADER search looks for it (see search_value), casefolded; None if
    it cannot be searched."""
    safe = search_value(value)
    return safe.casefold() if safe is not None else None


class EarlierMail:
    """Which of a folder's earlier messages hold each id (Headers.tokens): the ids' hashes in order,
    each beside its message's UID, some 16 bytes an id, where Headers and an index of sets take 2 kB
    a message. Two ids of one hash only find a message more: its headers are then read and matched
    exactly, as a server search's hits are."""

    def __init__(self, key: Callable[[str], int] = hash):
        self.key = key
        self.hashes, self.owners = array("q"), array("q")
        self.ready = True

    def add(self, headers: Iterable[Headers]) -> None:
        for message in headers:
            for token in message.tokens():
                self.hashes.append(self.key(token))
                self.owners.append(message.uid)
        self.ready = False

    def find(self, token: str) -> list[int]:
        """The UIDs of the messages that may hold `token`."""
        if not self.ready:  # in the hashes' order, once all are added
            order = sorted(range(len(self.hashes)), key=self.hashes.__getitem__)
            self.hashes = array("q", (self.hashes[i] for i in order))
            self.owners = array("q", (self.owners[i] for i in order))
            self.ready = True
        wanted = self.key(token)
        at = bisect_left(self.hashes, wanted)
        uids = []
        while at < len(self.hashes) and self.hashes[at] == wanted:
            uids.append(self.owners[at])
            at += 1
        return uids


class FolderLookup:
    """One folder (Drafts, Sent or Trash) through one drafting pass over one connection."""

    def __init__(self, session: Session, folder: str):
        self.session = session
        self.folder = folder
        self.uidvalidity: int | None = None
        # The highest UID there when the folder was first looked at: up to it, the server searches
        # (or `earlier`, once read); above it, the index. None: the server gives no UIDNEXT, so it
        # searches everything.
        self.base: int | None = None
        self.fetched_to = 0  # arrivals up to this UID are in the index
        self.searches = 0  # of the earlier mail, on the server, since the first look
        self.earlier: EarlierMail | None = None  # the earlier mail's ids, once read (_read_earlier)
        self.index_declined = False  # the earlier mail too large to read, or its read refused
        self.arrived: dict[int, Headers] = {}
        self.index: dict[str, set[int]] = {}

    def candidates(self, criteria: list[tuple[str, str]]) -> list[Headers]:
        """The messages of the folder that may match one of `criteria` ((header, value) pairs:
        a HEADER search each), with their lookup headers. Opens the folder (EXAMINE) once."""
        info = self.session.examine(self.folder)
        if info.uidvalidity != self.uidvalidity or not info.uidnext:
            # The first look, or every UID void: all the folder holds now is searched on the server.
            self.uidvalidity, self.arrived, self.index = info.uidvalidity, {}, {}
            self.base = info.uidnext - 1 if info.uidnext else None
            self.fetched_to = self.base or 0
            self.searches, self.earlier, self.index_declined = 0, None, False
        elif info.uidnext - 1 > self.fetched_to:
            self._take_arrivals(self.fetched_to + 1, info.uidnext - 1)
        found: dict[int, Headers] = {}
        if (criteria and self.base and self.earlier is None and self.searches >= INDEX_AFTER_SEARCHES
                and not self.index_declined and info.exists <= INDEX_AT_MOST):
            self.earlier = self._read_earlier()
        if criteria and info.exists and self.base != 0:
            found.update((h.uid, h) for h in self._headers(sorted(self._earlier_hits(criteria))))
        for header, value in criteria:
            wanted = needle(value)
            for uid in self.index.get(wanted or "", ()):
                found[uid] = self.arrived[uid]
            if (wanted and header != KEY_HEADER and wanted not in self.index
                    and not _BRACKETED.fullmatch(wanted)):
                # An id the index cannot hold (not in <>, or cut short): look at every arrival.
                found.update(self.arrived)
        return list(found.values())

    def note_saved(self, uidvalidity: int, saved: list[tuple[int, bytes]]) -> None:
        """The pass's own drafts, just appended (UID as the server gave it, bytes): indexed from
        their bytes, as _take_arrivals would from the server's copy, and not fetched back. Only
        when they are all that arrived since the last look (the next UIDs in a row): anything else
        is left to _take_arrivals, which reads what this leaves out."""
        uids = [uid for uid, _raw in saved]
        if (uidvalidity != self.uidvalidity or self.base is None or not uids
                or uids != list(range(self.fetched_to + 1, self.fetched_to + 1 + len(uids)))):
            return
        for uid, raw in saved:
            self._add(Headers.parse(uid, header_block(raw)))
        self.fetched_to = uids[-1]

    def _add(self, headers: Headers) -> None:
        self.arrived[headers.uid] = headers
        for token in headers.tokens():
            self.index.setdefault(token, set()).add(headers.uid)

    def _earlier_hits(self, criteria: list[tuple[str, str]]) -> set[int]:
        """The UIDs of the earlier mail that may match one of `criteria`: found among its ids, once
        read, for a whole id or key, as the checks here accept them, or more (a message deleted
        since is still found: fewer drafts, never a second one); the server searches for any other
        value (one not in <>, or cut short), and for all of them before the read."""
        if self.earlier is None:
            self.searches += 1
            return self.session.search_any(criteria, up_to_uid=self.base)
        hits: set[int] = set()
        ask = []
        for header, value in criteria:
            wanted = needle(value)
            if wanted and (header == KEY_HEADER or _BRACKETED.fullmatch(wanted)):
                hits.update(self.earlier.find(wanted))
            elif wanted:  # (a value that cannot be searched is left out, as search_any leaves it)
                ask.append((header, value))
        if ask:
            hits |= self.session.search_any(ask, up_to_uid=self.base)
        return hits

    def _read_earlier(self) -> EarlierMail | None:
        """The ids of the mail the folder held at the first look, read once; None when there are
        more than INDEX_TOKENS_AT_MOST, or the server refuses to give them: that mail is then
        searched on the server for the rest of the pass."""
        assert self.base
        earlier = EarlierMail()
        try:
            uids = self.session.uids_up_to(self.base)  # by number: UIDs may be sparse after years of use
            for chunk in self._headers_in_chunks(uids):
                earlier.add(chunk)
                if len(earlier.hashes) > INDEX_TOKENS_AT_MOST:
                    self.index_declined = True
                    return None
        except imaplib.IMAP4.error as exc:
            if isinstance(exc, imaplib.IMAP4.abort):  # the connection is gone: the pass ends here
                raise
            logger.info("reading the headers of %s at once was refused (%s); searching it batch by batch",
                        self.folder, server_words(exc))
            self.index_declined = True
            return None
        return earlier

    def _take_arrivals(self, first: int, last: int) -> None:
        # UIDs by number, not "first:last": imapclient keeps only the answers for UIDs it was
        # given. UIDs with no message (expunged, or never used) just get no answer.
        for chunk in self._headers_in_chunks(list(range(first, last + 1))):
            for headers in chunk:
                self._add(headers)
        self.fetched_to = last

    def _headers_in_chunks(self, uids: list[int]) -> Iterator[list[Headers]]:
        """The lookup headers of `uids`, ARRIVALS_AT_ONCE UIDs to a FETCH."""
        for start in range(0, len(uids), ARRIVALS_AT_ONCE):
            yield self._headers(uids[start:start + ARRIVALS_AT_ONCE])

    def _headers(self, uids: list[int]) -> list[Headers]:
        if not uids:
            return []
        return [Headers.parse(uid, block) for uid, block in self.session.header_fields(uids, FIELDS).items()]


def replies(candidates: list[Headers], message_id: str) -> list[Headers]:
    """The candidates that reply to `message_id` (by In-Reply-To or References)."""
    wanted = needle(message_id)
    return [h for h in candidates if wanted and wanted in h.replies_to]


def with_message_id(candidates: list[Headers], message_id: str) -> bool:
    wanted = needle(message_id)
    if not wanted:
        return False
    return any(wanted in h.message_id for h in candidates)


def keys_in(candidates: list[Headers]) -> set[str]:
    return {h.key for h in candidates if h.key}
