"""A draft's headers and text, and its bytes for IMAP APPEND written directly: the same bytes the
email package writes (EmailMessage, then as_bytes with APPEND_POLICY), at a tenth of the cost.

The email package parses every header value into a tree when it is set (email.headerregistry) and
folds that tree again when the message is written (~0.1 ms a header, ~11 headers a draft, for
every rejection of a scan). Here a header whose value is plain is written as "Name: value": one
line of printable ASCII, words one space apart, nothing the parsers read specially (no "=?" that
could be an encoded word, no address that needs quoting, a Date and a Message-ID in the one
shape each is made in), short enough not to fold. Any other header is still parsed and folded by
the email package itself (policy.header_store_parse and fold_binary, what EmailMessage and its
generator call), header by header; the body is encoded by the function the email package uses
(quoprimime.body_encode) with the line endings its generator writes. A draft the direct writer
cannot write whole (a body that cannot be encoded, an error anywhere) is built as EmailMessage
at once, as before, and raises what it raised. tests/test_drafts_message_bytes.py holds the two
ways to the same bytes.
"""

from __future__ import annotations

import email.policy
import functools
import re
from dataclasses import dataclass
from email import quoprimime
from email.headerregistry import Address
from email.message import EmailMessage

# CRLF as IMAP wants; long header lines allowed (RFC 5322's limit is 998) so that X-Onward-Key stays
# on one line for the daemon's SEARCH HEADER.
APPEND_POLICY = email.policy.SMTP.clone(max_line_length=998)
_MESSAGE_POLICY = email.policy.default  # an EmailMessage's own: it parses the headers it is given

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
_NEWLINES = re.compile(r"\r\n|\r|\n")  # the generator writes each as CRLF (email.generator NLCRE)
_MAX_LINE = APPEND_POLICY.max_line_length


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
        plain = _plain_address(value)
    else:
        shape = _STRUCTURED_SHAPE.get(name.lower())
        plain = value if (shape.fullmatch(value) if shape else _is_plain(value)) else None
    if plain is not None and len(name) + 2 + len(plain) <= _MAX_LINE:
        return f"{name}: {plain}\r\n".encode("ascii")
    # The email package's own parsing and folding of this one header (Message.__setitem__, then
    # BytesGenerator._write_headers).
    name, parsed = _MESSAGE_POLICY.header_store_parse(name, value)
    return APPEND_POLICY.fold_binary(name, parsed)


def _is_plain(value: str) -> bool:
    return bool(_PLAIN.fullmatch(value)) and "=?" not in value


def _plain_address(address: Address) -> str | None:
    """ "Name <local@domain>" (or the address alone) when neither part needs quoting or encoding."""
    spec = address.addr_spec
    if spec != f"{address.username}@{address.domain}" or not _is_plain(spec) or " " in spec:
        return None  # a local part in quotes, no domain, or what an address cannot be
    name = address.display_name
    if not name:
        return spec
    if not _is_plain(name) or not _SPECIALS.isdisjoint(name):
        return None
    return f"{name} <{spec}>"


def _body(data: bytes, cte: str) -> bytes:
    """The body as email.contentmanager encodes it and the generator writes it (CRLF)."""
    lines = data.splitlines()
    if cte == "7bit":
        return b"\r\n".join(lines) + b"\r\n"
    encoded = quoprimime.body_encode((b"\n".join(lines) + b"\n").decode("latin-1"),
                                     _MESSAGE_POLICY.max_line_length)
    return _NEWLINES.sub("\r\n", encoded).encode("ascii")
