"""Bound the work one message can cause, before any parser sees it.

The standard library's parsers grow much faster than the input on hostile mail (an address list
of 400,000 entries, a 5 MB header line, thousands of nested or sibling MIME parts): a single such
message could take minutes, and stop the service's watchdog. A rejection is a few kilobytes of
headers and text, so cutting what lies beyond these caps loses nothing a reply needs.
"""

from __future__ import annotations

import re

MAX_HEADER_BYTES = 128 << 10  # the whole header block
MAX_HEADERS = 300  # header fields kept, in order
MAX_FIELD_BYTES = 8 << 10  # one header field, with its folded lines (a To: of ~150 addresses)
MAX_BODY_BYTES = 256 << 10  # the rest: text and HTML parts come first, attachments after
MAX_MULTIPARTS = 30  # multipart containers: also bounds the nesting depth (and recursion)
MAX_BOUNDARY_LINES = 200  # lines starting with "--": bounds the number of parts

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD_START = re.compile(rb"\n(?![ \t])")  # a line that does not continue the previous field
_MULTIPART = re.compile(rb"content-type:\s*multipart/", re.I)
_BOUNDARY_LINE = re.compile(rb"\n--")


def split_message(raw: bytes) -> tuple[bytes, bytes]:
    """The header block (without the blank line) and the body; no blank line: all header."""
    end = _HEADER_END.search(raw)
    return (raw[:end.start()], raw[end.end():]) if end else (raw, b"")


def bound_header_block(block: bytes) -> bytes:
    """At most MAX_HEADERS fields of at most MAX_FIELD_BYTES each, MAX_HEADER_BYTES in all."""
    if len(block) <= MAX_FIELD_BYTES:  # the usual case, at no cost
        return block
    fields: list[bytes] = []
    total = start = 0
    for match in _FIELD_START.finditer(block):
        if not _keep(fields, block[start:match.start() + 1], total):
            break
        total += len(fields[-1])
        start = match.end()
    else:
        _keep(fields, block[start:], total)
    return b"".join(fields).rstrip(b"\r\n")


def _keep(fields: list[bytes], field: bytes, total: int) -> bool:
    if len(fields) >= MAX_HEADERS or total >= MAX_HEADER_BYTES:
        return False
    if len(field) > MAX_FIELD_BYTES:
        field = field[:MAX_FIELD_BYTES].rstrip(b"\r\n") + b"\r\n"
    fields.append(field[:MAX_HEADER_BYTES - total])
    return True


def bound_body(body: bytes) -> bytes:
    """The body cut to MAX_BODY_BYTES, and before the part that would exceed the MIME caps."""
    body = body[:MAX_BODY_BYTES]
    for pattern, cap in ((_MULTIPART, MAX_MULTIPARTS), (_BOUNDARY_LINE, MAX_BOUNDARY_LINES)):
        for count, match in enumerate(pattern.finditer(body), 1):
            if count > cap:
                body = body[:match.start()]
                break
    return body


def bound_message(raw: bytes) -> bytes:
    """The message within every cap above, ready for a parser; unchanged when it already is."""
    head, body = split_message(raw or b"")
    bounded_head = bound_header_block(head)
    bounded_body = bound_body(body)
    if len(bounded_head) == len(head) and len(bounded_body) == len(body):
        return raw
    newline = b"\r\n" if b"\r\n" in bounded_head[:2000] or not bounded_head else b"\n"
    return bounded_head + newline + newline + bounded_body


_NO_PARENTHESES = bytes.maketrans(b"()", b"  ")


def without_comments(raw: bytes) -> bytes:
    """The message with every parenthesis made a space: RFC 5322 comments nest, and the standard
    library's header parsers recurse once per level, so a few hundred "(" exhaust Python's stack.
    Lossy (a "(" in the text goes too): only for a message that could not be read otherwise."""
    return raw.translate(_NO_PARENTHESES)
