"""A message as every mailbox hands it over: its bytes (capped), arrival time and identity, and the
one header decoder for everything onward reads or shows of a header.

A message is known by a key that survives a UIDVALIDITY change (or a Maildir file renamed by a
mail reader): a hash of its Message-ID, or of its bytes when it has none.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass
from email.header import Header, decode_header
from email.message import Message as Headers
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Any, Mapping

from onward.drafts.bounds import bound_header_block
from onward.drafts.mime_text import decode_words

BODY_CAP = 1 << 20   # bytes of a message read at most: headers and text fit; huge attachments don't
HEADER_BYTES = 64 * 1024  # bytes read of a file when only its headers are wanted: any real block
RECORD_FIELDS = ("Message-ID", "Subject", "From")  # what every record shows of a message
MAX_HEADER_CHARS = 8192  # decoding more than this of one header to show 500 characters is waste
# Years whose times plain arithmetic moves without overflow and whose local time has a timestamp:
# the fast readings of an arrival time (fetch_response) and of a zone-less time (daemon.scan) take these.
PLAIN_YEARS = range(1971, 3000)
# Unicode's Cc (less tab and line feed), and the format characters that reorder or hide text:
# bidi embeddings, overrides and isolates, zero-width characters, the BOM, surrogates left over.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069"
                      "\ufeff\ufff9-\ufffb\ud800-\udfff]")
_HEADER_PARSER = BytesHeaderParser(policy=compat32)


@dataclass(frozen=True)
class Message:
    """A new message: `raw` is the whole message (up to BODY_CAP), or only its header fields while
    the scan has not yet decided that its body is worth reading (old mail never is)."""

    uid: int  # 0 where the mailbox has no UIDs (Maildir)
    raw: bytes
    internal_date: dt.datetime | None  # when it arrived (IMAP INTERNALDATE, a file's time)
    size: int
    # Its Date header as headers.get("Date") gives it ("" for none), when the mailbox read it
    # already (date_field); None: read from `headers`. The scan judges most mail by its header
    # fields before fetching its body, then parses the body's headers: this spares the first parse.
    date_header: str | None = None

    @functools.cached_property
    def headers(self) -> Headers:
        """The parsed header block, shared by the message key and the record (parsed once)."""
        return parse_headers(self.raw)

    @functools.cached_property
    def record_fields(self) -> dict[str, Any]:
        """headers.get(name) for each of RECORD_FIELDS, without the email parser where plain_fields
        reads them: most mail is recorded from these alone, and parsing the whole block for three
        fields was a tenth of a scan's reading (issue 17)."""
        if "headers" not in self.__dict__:  # parsed already: no need to read them again
            plain = plain_fields(self.raw, tuple(name.lower() for name in RECORD_FIELDS))
            if plain is not None:
                return {name: plain[name.lower()] for name in RECORD_FIELDS}
        return {name: self.headers.get(name) for name in RECORD_FIELDS}


def header_block(raw: bytes) -> bytes:
    """The header lines of a raw message: parsing only these is much faster than the whole."""
    # The first blank line, CRLF or LF. A "\n\n" is looked for only before the first "\r\n\r\n":
    # in CRLF mail there is none, and a search of the whole message for it was most of this
    # function's time (it runs twice for each new message in the service, issue 17).
    crlf = raw.find(b"\r\n\r\n")
    lf = raw.find(b"\n\n", 0, len(raw) if crlf < 0 else crlf + 1)
    end = crlf if lf < 0 else lf  # a "\n\n" found lies before the "\r\n\r\n"
    return raw if end < 0 else raw[:end]


def parse_headers(raw: bytes) -> Headers:
    """The header block of a raw message, parsed (compat32 never raises on broken headers).

    Capped first (drafts.bound_header_block): a 5 MB header line must not stall a scan."""
    return _HEADER_PARSER.parsebytes(bound_header_block(header_block(raw)))


# A header block as compat32's parser reads it, line by line, when each line is a field (a name of
# printable characters and a colon) or continues one (a blank first): no other line, none first.
_PLAIN_BLOCK = re.compile(r"[\041-\071\073-\176]*:[^\n]*(?:\n(?:[\041-\071\073-\176]*:|[ \t])[^\n]*)*\n?")
_LONE_CR = re.compile(r"\r(?!\n)")


def date_field(raw: bytes) -> str | None:
    """parse_headers(raw).get("Date") as text ("" when there is none), or None (see plain_fields)."""
    found = plain_fields(raw, ("date",))
    return None if found is None else found["date"]


def plain_fields(raw: bytes, names: tuple[str, ...]) -> dict[str, str] | None:
    """parse_headers(raw).get(name) as text ("" when there is none) for each of `names` (lower
    case), without the email parser, which costs as much for a few fields as for a whole header
    block: the scan reads the Date and Message-ID of every new message. None for a block it might
    read otherwise (8-bit bytes, a line that is no field): the caller asks the parser."""
    block = bound_header_block(header_block(raw))  # the bytes the parser would read
    if not block.isascii():
        return None
    text = block.decode("ascii")
    if _LONE_CR.search(text) or not _PLAIN_BLOCK.fullmatch(text):
        return None
    names = tuple(map(str.lower, names))  # "Message-ID" too: a miss would key mail by content
    if len(names) == 1:  # the scan's case (a Date, a Message-ID): the first field of the name
        match = _fields_named(names).search(text)
        return {names[0]: match.group(2).rstrip("\r\n") if match else ""}
    found: dict[str, str] = {}
    for match in _fields_named(names).finditer(text):  # in order: the first of each name counts
        found.setdefault(match.group(1).lower(), match.group(2).rstrip("\r\n"))
        if len(found) == len(names):
            break
    return {name: found.get(name, "") for name in names}


@functools.lru_cache(maxsize=8)
def _fields_named(names: tuple[str, ...]) -> re.Pattern[str]:
    # A field of one of `names`, its value as compat32 keeps it: the first line's leading blanks
    # dropped, its folded lines kept as they are.
    return re.compile(rf"^({'|'.join(map(re.escape, names))}):[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)",
                      re.IGNORECASE | re.MULTILINE)


def message_key(raw: bytes, headers: Headers | None = None) -> str:
    """A stable identity for a message: its Message-ID if it has one, else its content.

    `headers` saves parsing them again when the caller has them (parse_headers of the same raw);
    without, the Message-ID is read without the parser where it can be (plain_fields).
    """
    message_id = message_id_of(raw) if headers is None else str(headers.get("Message-ID") or "").strip()
    if message_id:
        material = b"mid:" + message_id.encode("utf-8", "surrogateescape")
    else:
        material = b"raw:" + raw
    return hashlib.sha256(material).hexdigest()[:32]


def message_id_of(raw: bytes) -> str:
    """str(parse_headers(raw).get("Message-ID") or "").strip(), without the parser where
    plain_fields can read it (its key, and whether a message cut short has one)."""
    plain = plain_fields(raw, ("message-id",))
    if plain is not None:
        return plain["message-id"].strip()
    return str(parse_headers(raw).get("Message-ID") or "").strip()


def header_text(value) -> str:
    """A header as readable one-line text, whatever its encoding; never raises."""
    if value is None:
        return ""
    text = _eight_bit_text(value) if isinstance(value, Header) else str(value)
    if "=?" in text:  # encoded words; most headers have none, and decoding is the slow part
        try:  # an unknown charset or a broken word is decoded lossily, never left undecoded
            text = decode_words(text[:MAX_HEADER_CHARS])
        except Exception:  # keep what is printable
            pass
    # Control characters (an ESC sequence in a subject) must not reach a terminal via `status`,
    # nor bidi overrides or zero-width characters (they disguise what a line says); tabs and line
    # breaks become spaces below.
    return " ".join(_CONTROL.sub("", text).split())[:500]


def _eight_bit_text(value: Header) -> str:
    """Raw 8-bit bytes in a header (compat32 wraps them in a Header of charset unknown-8bit): read
    as UTF-8 if they are, else as Latin-1, rather than as U+FFFD."""
    try:
        parts = []
        for chunk, _charset in decode_header(value):
            data = chunk if isinstance(chunk, bytes) else chunk.encode("ascii", "surrogateescape")
            try:
                parts.append(data.decode("utf-8"))
            except UnicodeDecodeError:
                parts.append(data.decode("latin-1"))
        return "".join(parts)
    except Exception:  # never a reason to lose the message
        return str(value)


def has_message_id(headers: Headers, wanted: str) -> bool:
    """Is `wanted` (with or without its angle brackets) this message's Message-ID?"""
    bare = wanted.strip().strip("<>")
    return bool(bare) and str(headers.get("Message-ID") or "").strip().strip("<>") == bare


def summarise(headers: Headers | Mapping[str, Any]) -> dict[str, str]:
    """Message-ID, Subject and From of a parsed header block (or of Message.record_fields), decoded
    for display."""
    return {name: header_text(headers.get(name)) for name in RECORD_FIELDS}


def read_headers(path, limit: int = HEADER_BYTES) -> Headers:
    """The parsed headers of a message file (its first `limit` bytes are enough)."""
    with open(path, "rb") as fh:
        return parse_headers(fh.read(limit))
