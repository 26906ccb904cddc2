"""Read a raw message without ever crashing: decoded headers, addresses and the body as plain text.

The standard library parser is used with policy.default, but headers are decoded here from the raw
values, because policy.default raises on hostile or broken headers (a CR/LF in a display name, an
unknown charset) and a bad rejection must still produce a draft.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
import re
from datetime import datetime
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage, Message

from onward.classifier.simple_mime import simple_message
from onward.drafts import encoded_words
from onward.drafts.bounds import bound_message
from onward.drafts.html_text import html_to_text
from onward.drafts.sanitize import fix_surrogates, one_line, valid_address


def parse(raw: bytes) -> EmailMessage:
    """The message object, within the caps of drafts.bounds (so that parsing it stays fast), as
    email.message_from_bytes with policy.default gives it: for most mail (one part, or one multipart
    level of single parts, with ASCII headers) split by the classifier's reader, simple_mime, which
    builds the same parts with the same header fields and payloads without the parser's line-by-line
    feed (a scan's worker splits a job mail twice, for the model and for its record: issue 17
    asks that to be cheap); only the message's preamble, epilogue and own defects, which nothing
    here reads, are left unset then. Every other message, and one the reader stumbles on, goes to
    the parser."""
    bounded = bound_message(raw or b"")
    try:
        msg = simple_message(bounded, _POLICY)
        if msg is not None and not _without_comments(msg):
            msg = None
        if msg is not None and msg.is_multipart():
            # The parser reads a multipart's Content-Transfer-Encoding (to note a defect): a value its
            # header parser raises on must raise as it does, just below.
            msg.get("Content-Transfer-Encoding")
    except Exception:
        msg = None
    if msg is None:
        return email.message_from_bytes(bounded, policy=_POLICY)
    return msg  # type: ignore[return-value]  # _POLICY's message_factory: an EmailMessage


# The fields the parser reads as it splits a message (each part's Content-Type, a multipart's
# Content-Transfer-Encoding).
_READ_WHILE_PARSING = ("content-type", "content-transfer-encoding")


def _without_comments(msg: Message) -> bool:
    """Whether no field the parser reads while parsing `msg` holds a "(": policy.default's header
    parser reads nested comments recursively, and whether it runs out of stack on a value depends on
    how deep it is called; simple_mime calls it a few frames higher than the parser does, so a value
    the parser raises RecursionError on (and read_rejection then reads the mail without comments)
    could be read there. Such mail goes to the parser."""
    for part in msg.walk():
        for name, value in part.raw_items():
            if "(" in value and name.lower() in _READ_WHILE_PARSING:
                return False
    return True


_REGISTRY: HeaderRegistry = email.policy.default.header_factory  # type: ignore[assignment]  # typeshed: a Callable


class _ParsedOnce:
    """A header factory (email.headerregistry.HeaderRegistry) that gives the header object it made
    for a name and value again when asked for them again: header objects are immutable values
    (their defects a tuple, their parameters a read-only mapping). policy.default parses a field's
    value anew each time the parser or a reader asks for it (a part's Content-Type again and again,
    a tenth of reading a job mail in a scan's worker, issue 17), and most mail's Content-Type and
    Content-Transfer-Encoding are one of a few values ('text/plain; charset="utf-8"', "base64"),
    so the objects are kept across messages too: the short values only, and a bounded number of
    them, so that a hostile mailbox cannot grow the memory."""

    def __init__(self, registry: HeaderRegistry, most: int = 1024, longest: int = 200):
        self.registry = registry
        self.most, self.longest = most, longest
        self.made: dict[tuple[str, str], BaseHeader] = {}
        # HeaderRegistry makes a new class for a header name each time it is asked: one a name here.
        self.classes: dict[str, type] = {}

    def __call__(self, name: str, value) -> BaseHeader:
        if not isinstance(value, str):  # set by code (an Address, a list of them): made each time
            return self.registry(name, value)
        key = (name, value)
        made = self.made.get(key)
        if made is None:
            made = self._class(name)(name, value)
            if len(value) <= self.longest:
                if len(self.made) >= self.most:
                    self.made.clear()  # the common values come back at once
                self.made[key] = made
        return made

    def _class(self, name: str) -> type:
        lowered = name.lower()
        made = self.classes.get(lowered)
        if made is None:
            made = self.registry[name]
            if len(self.classes) < self.most:
                self.classes[lowered] = made
        return made

    def __getitem__(self, name: str) -> type:
        return self.registry[name]


_POLICY = email.policy.default.clone(header_factory=_ParsedOnce(_REGISTRY))


def _raw_values(msg: Message, name: str) -> list[str]:
    lowered = name.lower()
    return [str(value) for key, value in msg.raw_items() if key.lower() == lowered]


class Headers:
    """A message's header fields as its raw values, gone through once: the reading of a rejection
    asks for eight of them (each ask went through every field again); `header`, `addresses` and
    `date` give what the functions of these names give."""

    def __init__(self, msg: Message):
        self._values: dict[str, list[str]] = {}
        for key, value in msg.raw_items():
            self._values.setdefault(key.lower(), []).append(str(value))

    def values(self, name: str) -> list[str]:
        return self._values.get(name.lower(), [])

    def header(self, name: str) -> str:
        return _first_decoded(self.values(name))

    def addresses(self, name: str) -> list[tuple[str, str]]:
        return _addresses_of(self.values(name), name)

    def date(self) -> datetime | None:
        return _date_of(self.header("Date"))


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded-words; unknown charsets fall back to UTF-8, then Windows-1252."""
    value = fix_surrogates(value)
    chunks = encoded_words.decoded_chunks(value)  # most mail's, without email.header's machinery
    if chunks is None:
        try:
            chunks = [(chunk if isinstance(chunk, str) else _decode_bytes(chunk, charset), charset)
                      for chunk, charset in email.header.decode_header(value)]
        except Exception:
            return value
    return encoded_words.joined(chunks)


def header(msg: Message, name: str) -> str:
    """The first `name` header, decoded, on one line ("" when absent). Still untrusted text."""
    return _first_decoded(_raw_values(msg, name))


def _first_decoded(values: list[str]) -> str:
    return one_line(decode_words(values[0]), limit=998) if values else ""


# One plain mailbox, as most From, To and Reply-To headers hold: "Ann Lee <ann.lee@example.com>",
# "\"Lee, Ann\" <ann@example.com>" or a bare address. Only ASCII words of letters, digits, ' _ - and
# single spaces, or a quoted string of printable ASCII without a backslash or "=" (no encoded-word,
# no escape, no comment, no fold), and a dot-atom address: for these the RFC 5322 parser's display
# name and address are the name as written and the address itself (tests/test_drafts_fast_paths.py),
# and the full parser, a tenth of reading a rejection, is not needed.
_ATOMS = r"[A-Za-z0-9'_-]+"
_ADDRESS = rf"[A-Za-z0-9+_%-]+(?:\.[A-Za-z0-9+_%-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_PLAIN_MAILBOX = re.compile(
    rf"[ \t]*(?:(?:(?P<name>{_ATOMS}(?: {_ATOMS})*)|\"(?P<quoted>[ !#-<>-\[\]-~]*)\")[ \t]*)?"
    rf"<(?P<address>{_ADDRESS})>[ \t]*|[ \t]*(?P<bare>{_ADDRESS})[ \t]*")


def _plain_mailbox(value: str) -> list[tuple[str, str]] | None:
    """The (display name, address) of a header holding one plain mailbox; None for any other."""
    found = _PLAIN_MAILBOX.fullmatch(value)
    if found is None:
        return None
    if found["bare"] is not None:
        return [("", found["bare"])]
    return [(found["name"] or found["quoted"] or "", found["address"])]


# One mailbox whose display name is one encoded-word, as most mail with a non-ASCII name writes it
# ("=?utf-8?q?Am=C3=A9lie_Fortin?= <afortin@example.com>"): a charset, Q text of RFC 2047's safe
# characters or whole base64, then whitespace and a dot-atom address in angle brackets. The RFC 5322
# parser reads these slowly (a sixth of the From headers of the rounds' job mail; a tenth of a
# millisecond each): decoded strictly here, its display name is the decoded text with each space or
# tab and the whitespace after it made one space, as the parser's folding whitespace reads them
# (tests/test_drafts_fast_paths.py); anything else, a text the charset does not decode or that holds
# a line break or a lone surrogate ("=?unicode_escape?q?\\ud800?="), goes to the parser.
_ENCODED_MAILBOX = re.compile(
    r"[ \t]*(?P<word>=\?[A-Za-z0-9_-]+\?(?:[Qq]\?(?:[!-<>@-~]|=[0-9A-Fa-f]{2})+|[Bb]\?(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==))\?=)"
    rf"[ \t]+<(?P<address>{_ADDRESS})>[ \t]*")
_BLANKS = re.compile(r"[ \t]\s*")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _encoded_mailbox(value: str) -> list[tuple[str, str]] | None:
    """The (display name, address) of a header holding one mailbox named by one encoded-word; None
    for any other, and for a name that does not decode strictly."""
    found = _ENCODED_MAILBOX.fullmatch(value)
    if found is None:
        return None
    # The word is ASCII with well-formed escapes (the pattern says so): encoded_words reads it as
    # decode_header would, without its machinery.
    chunks = encoded_words.header_chunks(found["word"]) or email.header.decode_header(found["word"])
    if len(chunks) != 1 or not isinstance(chunks[0][0], bytes) or not chunks[0][1]:
        return None
    try:
        text = chunks[0][0].decode(chunks[0][1])
    except (LookupError, UnicodeError, ValueError):
        return None
    if "\r" in text or "\n" in text or _SURROGATES.search(text):  # the parser refuses these: read the lenient way
        return None
    return [(_BLANKS.sub(" ", text), found["address"])]


def addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header; invalid addresses are dropped."""
    return _addresses_of(_raw_values(msg, name), name)


def _addresses_of(values: list[str], name: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for value in values:
        value = fix_surrogates(value)
        try:  # the RFC 5322 parser understands encoded-words inside display names
            found = _plain_mailbox(value) or _encoded_mailbox(value) or [(a.display_name, a.addr_spec)
                                              for a in email.policy.default.header_factory(name, value).addresses]
        except Exception:  # e.g. a CR/LF smuggled into a display name: parse it the lenient way
            try:
                found = [(decode_words(d), a) for d, a in email.utils.getaddresses([value])]
            except RecursionError:  # comments nested hundreds deep: read it without them
                plain = value.replace("(", " ").replace(")", " ")
                found = [(decode_words(d), a) for d, a in email.utils.getaddresses([plain])]
        for display, addr in found:
            addr = valid_address(addr)
            if addr:
                pairs.append((one_line(display).strip('"\' '), addr))
    return pairs


def date(msg: Message) -> datetime | None:
    return _date_of(header(msg, "Date"))


def _date_of(value: str) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _decode_bytes(data: bytes, charset: str | None) -> str:
    # A declared charset is often wrong (Latin-1 bytes labelled UTF-8); strict first, then guess.
    # Any failure falls through to the lossy decode: an unknown label (LookupError), the
    # "undefined" codec (UnicodeError), a NUL in the label (ValueError), a codec's own bug.
    for candidate in (charset, "utf-8"):
        if candidate:
            try:
                return data.decode(candidate)
            except Exception:
                pass
    return data.decode("cp1252", "replace")


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        payload = str(part.get_payload() or "").encode("utf-8", "surrogateescape")
    text = _decode_bytes(payload, part.get_content_charset())
    return text.replace("\r\n", "\n").replace("\r", "\n")


def body_text(msg: Message) -> str:
    """The readable text of the message: text/plain if it has some, else its HTML as text."""
    plain, html = "", ""
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "message":
            continue
        if (part.get("Content-Disposition") or "").lower().startswith("attachment"):
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and not plain.strip():
            plain = _part_text(part)
        elif kind == "text/html" and not html.strip():
            html = _part_text(part)
    if plain.strip():
        return plain
    return html_to_text(html) if html.strip() else ""
