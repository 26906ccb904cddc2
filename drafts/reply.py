"""A draft's headers and text, and its bytes for IMAP APPEND written directly: the same bytes the
email package writes (EmailMessage, then as_bytes with APPEND_POLICY), for a ninth of the CPU.

The email package parses every header value into a tree when it is set (email.headerregistry) and
folds that tree again when the message is written (~0.1 ms a header, ~11 headers a draft, for
every rejection of a scan). Here a header is written as one line when the email package would
write it as one line and it is clear how: words one space apart, printable, nothing the parsers
read specially (no "=?" that could be an encoded word; in an address, a name that needs no
quoting, or in ASCII plain quotes), the Date and Message-ID in the one shape each is made in; an
ASCII word as it is, a word with other characters in an RFC 2047 encoded word, joined with the
encoded word before it as email's folding joins them (_words_line; on Python 3.11, whose folding
this is). Any other header (one that
would fold, a name with quotes and accents, what sanitising left unusual) is parsed and folded
by the email package itself (policy.header_store_parse and fold_binary, what EmailMessage and its
generator call), header by header. The body is encoded by the function the email package uses
(quoprimime.body_encode) with the line endings its generator writes. A draft the direct writer
cannot write whole (a body that cannot be encoded, an error anywhere) is built as EmailMessage
at once, as before, and raises what it raised. tests/test_drafts_message_bytes.py holds the two
ways to the same bytes.
"""

from __future__ import annotations

import base64
import email.policy
import functools
import re
import string
import sys
from dataclasses import dataclass
from email import quoprimime
from email.headerregistry import Address
from email.message import EmailMessage

# CRLF as IMAP wants; long header lines allowed (RFC 5322's limit is 998) so that X-Onward-Key stays
# on one line for the daemon's SEARCH HEADER.
_MAX_LINE = 998
APPEND_POLICY = email.policy.SMTP.clone(max_line_length=_MAX_LINE)
_MESSAGE_POLICY = email.policy.default  # an EmailMessage's own: it parses the headers it is given
# What set_content wraps quoted-printable lines at: the message's policy's (78).
_QP_LINE_LENGTH: int = _MESSAGE_POLICY.max_line_length or 78

# Printable ASCII words one space apart: the unstructured parser keeps them as they are.
_PLAIN = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")
# A display name written without quotes: no character the address parser treats as special.
_SPECIALS = frozenset('()<>@,:;.\\"[]')
# What email.utils.format_datetime makes, which the Date header reads and writes back unchanged
# (a four-digit year from 1000 on, an offset in whole minutes).
_DATE = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-3]\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                   r"[1-9]\d{3} [0-2]\d:[0-5]\d:[0-6]\d [+-]\d{4}")
# What email.utils.make_msgid makes for a domain of valid_address's (letters, digits, "-", ".").
_MAKE_MSGID = re.compile(r"<\d+\.\d+\.\d+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?>")
_STRUCTURED_SHAPE = {"date": _DATE, "message-id": _MAKE_MSGID}
# RFC 2047 "Q" encoding as email's encoded words write it: these bytes as they are, a space as "_",
# any other byte as "=XX".
_Q_SAFE = frozenset(b"-!*+/" + (string.ascii_letters + string.digits).encode("ascii"))
_Q_BYTE = tuple(chr(b) if b in _Q_SAFE else "_" if b == 0x20 else f"={b:02X}" for b in range(256))
_EW_CHROME = len("=?utf-8?q??=")
# How email's folding joins encoded words has changed between Python versions: the one written
# here is 3.11's, held to it by the tests; on any other Python the email package writes them.
_FOLDS_AS_WRITTEN_HERE = sys.version_info[:2] == (3, 11)
_NEWLINES = re.compile(r"\r\n|\r|\n")  # the generator writes each as CRLF (email.generator NLCRE)
_NOT_A_FOLD = re.compile(rb"\r\n(?![ \t])|\r(?!\n)|(?<!\r)\n")  # a line break not followed by white space


def content_transfer_encoding(text: str) -> str:
    # Quoted-printable keeps every line short and 7-bit: safe for any IMAP server's APPEND.
    return "7bit" if text.isascii() else "quoted-printable"


@dataclass(frozen=True)
class Reply:
    """A draft message: its headers in order (each already made safe, the Date and Message-ID made
    once), its UTF-8 text/plain body and language. `wire`: its bytes, written directly, or None
    when the email package writes them (`message`, built then)."""

    headers: tuple[tuple[str, str | Address], ...]
    text: str
    language: str
    wire: bytes | None = None

    @functools.cached_property
    def message(self) -> EmailMessage:
        """The draft as an EmailMessage, built as it always was (for the code that reads headers)."""
        msg = EmailMessage()
        for name, value in self.headers:
            msg[name] = value
        msg.set_content(self.text, charset="utf-8", cte=content_transfer_encoding(self.text))
        msg["Content-Language"] = self.language  # after set_content, which drops Content-* headers
        return msg

    def as_bytes(self) -> bytes:
        """The message with CRLF line endings, ready for IMAP APPEND."""
        return self.wire if self.wire is not None else self.message.as_bytes(policy=APPEND_POLICY)


def reply(headers: tuple[tuple[str, str | Address], ...], text: str, language: str) -> Reply:
    """The Reply with its bytes written directly when they can be; else its EmailMessage built now
    (raising what building it raises, where it raised before)."""
    wire = direct_bytes(headers, text, language)
    made = Reply(headers, text, language, wire)
    if wire is None:
        made.message  # noqa: B018 (built now: its errors are the caller's, as before)
    return made


def direct_bytes(headers: tuple[tuple[str, str | Address], ...], text: str, language: str) -> bytes | None:
    """The bytes EmailMessage would write for these headers and text, or None when not written here."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    try:
        out = [_header(name, value) for name, value in headers]
        cte = content_transfer_encoding(text)
        out.append(f'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: {cte}\r\n'
                   f"MIME-Version: 1.0\r\n".encode("ascii"))
        out.append(_header("Content-Language", language))
        out.append(b"\r\n")
        out.append(_body(data, cte))
    except Exception:  # whatever it is, the email package's way decides (and raises it, if it does)
        return None
    return b"".join(out)


def _header(name: str, value: str | Address) -> bytes:
    if isinstance(value, Address):
        line = _address_line(name, value)
    else:
        shape = _STRUCTURED_SHAPE.get(name.lower())
        if shape:
            line = f"{name}: {value}" if shape.fullmatch(value) else None
        else:
            line = _words_line(f"{name}: ", value, "")
    if line is not None and len(line) <= _MAX_LINE:
        return f"{line}\r\n".encode("ascii")
    # The email package's own parsing and folding of this one header (Message.__setitem__, then
    # BytesGenerator._write_headers).
    name, parsed = _MESSAGE_POLICY.header_store_parse(name, value)
    folded = APPEND_POLICY.fold_binary(name, parsed)
    if not folded.endswith(b"\r\n") or _NOT_A_FOLD.search(folded[:-2]):
        # A line break that does not continue the header: the generator's to judge (the email
        # package's since 3.11.10 refuses to write it: verify_generated_headers).
        raise ValueError(f"{name} folds to more than one header")
    return folded


def _is_plain(value: str) -> bool:
    return bool(_PLAIN.fullmatch(value)) and "=?" not in value


def _address_line(head_name: str, address: Address) -> str | None:
    """ "To: Name <local@domain>" (or the address alone) when the address needs no quoting, and
    the name no quoting or, in ASCII, plain quotes ("Dr. Ana Ruiz")."""
    spec = address.addr_spec
    if spec != f"{address.username}@{address.domain}" or not _is_plain(spec) or " " in spec:
        return None  # a local part in quotes, no domain, or what an address cannot be
    name = address.display_name
    if not name:
        return f"{head_name}: {spec}"
    if _SPECIALS.isdisjoint(name):
        return _words_line(f"{head_name}: ", name, f" <{spec}>")
    if name.isascii() and '"' not in name and "\\" not in name and _is_plain(name):
        return f'{head_name}: "{name}" <{spec}>'  # quoted as str(Address) quotes it
    return None


def _words_line(head: str, text: str, tail: str) -> str | None:
    """head + text + tail as one line, the way email's folding writes words one space apart
    (email._header_value_parser._refold_parse_tree, _fold_as_ew) when it needs no second line:
    an ASCII word as it is; a word with any other character starts an encoded word, or, after one,
    is encoded together with it and everything since (so "Stage – Développement logiciel embarqué"
    is one encoded word after "Stage "). None when the text is not words one space apart of
    printable characters (no controls: sanitising removed them), holds what could read as an
    encoded word, or would not fit on one line: the email package writes those."""
    if not text or "=?" in text or text != text.strip(" ") or "  " in text or "\t" in text:
        return None
    if text.isascii():
        return head + text + tail if _PLAIN.fullmatch(text) else None
    if not _FOLDS_AS_WRITTEN_HERE:
        return None
    line = head
    start = -1  # where the current encoded word starts in line
    encoded_text = ""  # what it encodes
    encoded_end = 0
    for number, word in enumerate(text.split(" ")):
        if number:
            line += " "
        if word.isascii():
            if not _PLAIN.fullmatch(word):
                return None
            line += word
        elif not word.isprintable():
            return None
        else:
            if start < 0:
                start, to_encode = len(line), word
            else:
                to_encode = encoded_text + line[encoded_end:] + word
            encoded = _encoded_word(to_encode)
            if len(to_encode) > _MAX_LINE - start - _EW_CHROME or start + len(encoded) > _MAX_LINE:
                return None  # split across encoded words or lines: the email package's way
            line = line[:start] + encoded
            encoded_text, encoded_end = to_encode, len(line)
        if len(line) > _MAX_LINE:
            return None
    return line + tail


def _encoded_word(text: str) -> str:
    """text as one RFC 2047 encoded word in UTF-8, as email._encoded_words.encode writes it: Q, or
    B when Q would be 5 or more characters longer."""
    data = text.encode("utf-8")
    q = "".join([_Q_BYTE[b] for b in data])
    b_length = (len(data) + 2) // 3 * 4
    if len(q) - b_length < 5:
        return f"=?utf-8?q?{q}?="
    return f"=?utf-8?b?{base64.b64encode(data).decode('ascii')}?="


def _body(data: bytes, cte: str) -> bytes:
    """The body as email.contentmanager encodes it and the generator writes it (CRLF)."""
    lines = data.splitlines()
    if cte == "7bit":
        return b"\r\n".join(lines) + b"\r\n"
    encoded = quoprimime.body_encode((b"\n".join(lines) + b"\n").decode("latin-1"),
                                     _QP_LINE_LENGTH)
    return _NEWLINES.sub("\r\n", encoded).encode("ascii")
