"""A simply built message as the email package's parser would give it, without running that parser.

email.message_from_bytes feeds a message line by line through a generator and asks for its content
type several times on the way: that was a third of the time of reading a mail (message_text). Most
mail is simple: one part, or one multipart level of single parts. `simple_message` splits such a
message as the parser does (its line ends, header pattern, boundary pattern and compat32 header
values) and builds email.message.Message objects with the same headers, content types and
payloads, so everything message_text reads from them (get, get_content_type,
get_payload(decode=True), walk) is computed by the email package itself. Only for that reading:
preamble, epilogue and defects are not set.
Anything less usual (nested multiparts, message/* parts, an envelope "From " line, a header that is
not ASCII or that the parser flags as a defect, a missing start boundary) gives None, and the caller
runs the parser. tests/test_classifier_fast_paths.py compares the two on corpus and generated mail.
"""

from __future__ import annotations

import re
from email.message import Message
from email.policy import Policy, compat32

# The parser's own patterns (email.feedparser): a line ends at \r\n, \r or \n; a header line is a
# name and a colon, or a continuation starting with a space or a tab (an envelope "From " line too).
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_HEADER_LINE = re.compile(r"From |[\041-\071\073-\176]*:|[\t ]")


def _lines(text: str) -> list[str]:
    """_LINES.findall(text): the lines with their ends, as the parser splits them. str.splitlines splits
    so too, in C, four times faster, unless the text holds one of its other line ends; in text decoded
    with surrogateescape, "\x85", "\u2028" and "\u2029" never occur (a byte above 127 is a surrogate),
    so only the ASCII ones are looked for (one by one: a regex or any() costs as much as the split)."""
    if "\v" in text or "\f" in text or "\x1c" in text or "\x1d" in text or "\x1e" in text:
        return _LINES.findall(text)
    return text.splitlines(keepends=True)


class _ReadMessage(Message):
    """A Message whose `get` looks a header up in a dict of its first fields, built once its headers are
    set, instead of lower-casing every header's name at each call: message_text and the email package's
    own methods (get_content_type, get_payload, get_boundary) ask a part's headers a dozen times. A
    change of the headers (a list of other length or another list; replace_header, which changes one
    in place, says so) leaves the dict unused, and `get` is then the email package's own again.

    The dict holds the values themselves: `_part` indexes only headers of ASCII lines, for which
    compat32's header_fetch_parse gives the value back unchanged (it wraps only values with the
    surrogates of undecodable bytes). For the same reason the content type is worked out once per part.
    """

    _first: dict[str, str] = {}
    _indexed: tuple[list, int] | None = None  # the header list the dict was built from, and its length
    _content_type: str | None = None  # get_content_type() of the indexed headers, once asked

    def index_headers(self) -> None:
        """Remember the first field of each header name, whose value `get` returns: for ASCII values only."""
        headers = self._headers  # type: ignore[attr-defined]
        first = {name.lower(): value for name, value in reversed(headers)}  # the first of a name written last
        self._first, self._indexed, self._content_type = first, (headers, len(headers)), None

    def _index_holds(self) -> bool:
        indexed, headers = self._indexed, self._headers  # type: ignore[attr-defined]
        return indexed is not None and indexed[0] is headers and indexed[1] == len(headers)

    def get(self, name, failobj=None):
        if not self._index_holds():
            return super().get(name, failobj)
        return self._first.get(name.lower(), failobj)

    def get_content_type(self) -> str:
        # Cached only for a part with a Content-Type header: without one, it is the default type,
        # which the headers do not decide.
        if self._content_type is not None and self._index_holds():
            return self._content_type
        found = super().get_content_type()
        if self._index_holds() and "content-type" in self._first:
            self._content_type = found
        return found

    def replace_header(self, _name, _value):
        self._indexed = None
        super().replace_header(_name, _value)


def simple_message(raw: bytes, policy: Policy = compat32) -> Message | None:
    """email.message_from_bytes(raw, policy=policy) as message_text reads it (no preamble, epilogue
    or defects), for a single-part message or a multipart of single parts with plain ASCII headers;
    None for any other message. Any other policy than compat32 (the drafts' policy.default) gets its
    own message_factory's objects: the parser stores the same header fields under every policy (their
    header_source_parse is one), and what the split asks of a part (its content type, its boundary)
    is asked of those objects, so under that policy's reading, as the parser asks it."""
    text = raw.decode("ascii", "surrogateescape")
    root, body_start = _part(text, policy)
    if root is None:
        return None
    content_type = root.get_content_type()
    maintype = content_type.split("/")[0]  # get_content_maintype(), without reading the header again
    if maintype == "message" or content_type == "multipart/digest":
        return None
    if maintype != "multipart":
        root.set_payload(text[body_start:])  # as the parser stores it: the lines after the headers' blank line
        return root
    boundary = root.get_boundary()
    if boundary is None:
        return None
    separator = "--" + boundary
    # The body starts a line, so its lines are the message's from there on.
    lines = _lines(text[body_start:])
    marks = _boundary_lines(lines, separator)
    if marks[0][1]:
        # No start boundary (the preamble runs to the end, or to a closing one): the parser keeps the
        # text as the payload, with a defect.
        return None
    for (start, _), (end, closing) in zip(marks, marks[1:]):
        # lines[start] is a boundary between parts; the parser skips a boundary right after another
        # (the end of the text right after one is no boundary: the part is then empty).
        start += 1
        if start == end < len(lines):
            return None
        part_text = "".join(lines[start:end])
        part, part_body = _part(part_text, policy)
        if part is None or part.get_content_maintype() in ("multipart", "message"):
            return None
        # The line end before a boundary belongs to the boundary (RFC 2046).
        payload = part_text[part_body:]
        part.set_payload(payload[:-2] if payload.endswith("\r\n") else payload[:-1] if payload.endswith(
            ("\r", "\n")) else payload)
        root.attach(part)
        if closing:
            break
    return root


def _boundary_lines(lines: list[str], separator: str) -> list[tuple[int, bool]]:
    """(index, whether it closes) of each boundary line of `lines`, then (len(lines), True): the end of
    the text ends the last part as a closing boundary would. One pass in which most lines fail a
    startswith, not a Python loop calling `_boundary` for each line."""
    marks = [(index, closing) for index, line in enumerate(lines)
             if line.startswith(separator) and (closing := _boundary(line, separator)) is not None]
    marks.append((len(lines), True))
    return marks


def _boundary(line: str, separator: str) -> bool | None:
    """None if `line` is no boundary line, else whether it is the closing one: the parser's pattern
    "<separator>(--)?[ \\t]*(\\r\\n|\\r|\\n)?$", without compiling it for each message."""
    if not line.startswith(separator):
        return None
    rest = line[len(separator):]
    closing = rest.startswith("--")
    return closing if (rest[2:] if closing else rest).lstrip(" \t") in ("", "\r\n", "\r", "\n") else None


# One header field as the parser reads it line by line (_HEADER_LINE, then its continuation lines): a
# name of the characters it allows and a colon, the value's first line without its leading blanks, and
# each following line that starts with a blank. A line ends at \r\n, \r or \n (_LINES); the last may not.
_FIELD = re.compile(r"([\041-\071\073-\176]+):[ \t]*([^\r\n]*(?:\r\n|\r|\n)?(?:[\t ][^\r\n]*(?:\r\n|\r|\n)?)*)")


def _part(text: str, policy: Policy = compat32) -> tuple[Message | None, int]:
    """The Message of the header lines that start `text`, and where its body starts; None if the
    parser would read these headers in any other way than the plain one. One regex match a field,
    not a test of each line: the body is never split into lines for it."""
    fields: list[tuple[str, str]] = []
    field_at = _FIELD.match
    position = 0
    while (field := field_at(text, position)) is not None:
        fields.append((field[1], field[2].rstrip("\r\n")))
        position = field.end()
    # The line that ends the headers: the end of the text, a blank line (dropped), or the body's first.
    if text.startswith("\r\n", position):
        body_start = position + 2
    elif text.startswith(("\r", "\n"), position):
        body_start = position + 1
    elif text.startswith(("From ", ":", " ", "\t"), position) or _HEADER_LINE.match(text, position):
        # An envelope line, a header without a name, a continuation first (the parser notes a defect and
        # skips it), or a header line the field pattern does not read: the parser's turn.
        return None, 0
    else:
        body_start = position
    if not text[:body_start].isascii():
        return None, 0  # the parser keeps such a header as an email.header.Header
    # As the parser stores each header (header_source_parse, then set_raw, which appends to this list):
    # the first line's value without its leading blanks, its continuation lines as they are, without
    # the last line end.
    if policy is compat32:
        read = _ReadMessage(policy=compat32)
        read._headers = fields  # type: ignore[attr-defined]
        read.index_headers()
        return read, body_start
    msg = (policy.message_factory or Message)(policy=policy)
    msg._headers = fields  # type: ignore[attr-defined]
    return msg, body_start
