"""RFC 2047 encoded words ("=?utf-8?q?Bewerbung_f=C3=BCr?=") decoded without email.header's
pure-Python machinery, for the header values most mail has: ASCII text whose encoded words are in
UTF-8 or Latin-1. Every message's Subject or From has some in most inboxes, and the first stage and
the record decoded them with email.header, a third of the first stage's time (issue 17).

Each function gives exactly what its email.header counterpart gives, or None when the value is not
one it handles (the caller then asks email.header): tests/test_screen_fast_paths.py holds
them to it.
"""

from __future__ import annotations

import binascii
import functools
import re
from typing import Sequence

# email.header's pattern for an encoded word (its `ecre`: "=\?([^?]*?)\?([qQbB])\?(.*?)\?="), the
# same matches without lazy repeats, which sre steps through a character at a time: a charset runs
# to the first "?" either way, and the text to the first "?=" of its line.
_ENCODED_WORD = re.compile(r"=\?([^?]*)\?([qQbB])\?([^?\n]*(?:\?(?!=)[^?\n]*)*)\?=")
# Charsets whose strict decoding email.header and drafts.mime_text.decode_words agree on (codec
# name as written, after email.header's lower-casing). Others go the slow way.
_CHARSETS = frozenset({"utf-8", "iso-8859-1"})
# A Q-encoded text binascii.a2b_qp reads as email.quoprimime.header_decode does: every "=" starts
# an escape of two hex digits (a2b_qp would drop a lone "=" at the end, as a soft line break).
_BAD_ESCAPE = re.compile(r"=(?![0-9A-Fa-f]{2})")

Chunks = list[tuple[str, "str | None"]]

# A message's Subject and From are decoded by each of its readers in turn (the first stage, the
# model's text, the record's fields, the drafts), and a mailbox's senders come back: the last
# values' chunks are kept (a bounded number; the chunks of a value are the value's alone). Only
# values of an everyday header's length: a hostile 100 kB Subject must not stay in memory.
_VALUES_KEPT = 256
_LONGEST_KEPT = 1000


def header_chunks(value: str) -> list[tuple[bytes | str, str | None]] | None:
    """email.header.decode_header(value), or None when `value` is not ASCII or has an encoded word
    email.header would read otherwise (a "=" of a Q text that starts no escape) or refuse (base64
    that does not decode). Its chunks are bytes in their charsets, as there, for whoever decodes them
    in their own way (classifier.text reads Latin-1 as Windows-1252)."""
    if len(value) > _LONGEST_KEPT:
        return _header_chunks(value)
    chunks = _kept_header_chunks(value)
    return None if chunks is None else list(chunks)


@functools.lru_cache(maxsize=_VALUES_KEPT)
def _kept_header_chunks(value: str) -> tuple[tuple[bytes | str, str | None], ...] | None:
    chunks = _header_chunks(value)
    return None if chunks is None else tuple(chunks)


def _header_chunks(value: str) -> list[tuple[bytes | str, str | None]] | None:
    """header_chunks, worked out."""
    if not value.isascii():
        return None
    if not _ENCODED_WORD.search(value):
        return [(value, None)]
    words: list[tuple[str, str | None, str | None]] = []  # (text, encoding, charset), as decode_header
    for line in value.splitlines():
        parts = _ENCODED_WORD.split(line)
        for index in range(0, len(parts), 4):
            unencoded = parts[index].lstrip() if index == 0 else parts[index]
            if unencoded:
                words.append((unencoded, None, None))
            if index + 1 < len(parts):
                words.append((parts[index + 3], parts[index + 2].lower(), parts[index + 1].lower()))
    # Whitespace between two encoded words is no text (decode_header's droplist).
    words = [w for n, w in enumerate(words)
             if not (0 < n < len(words) - 1 and words[n + 1][1] and words[n - 1][1] and w[0].isspace())]
    collapsed: list[tuple[bytes, str | None]] = []
    for text, encoding, charset in words:
        if encoding is None:
            data = text.encode("ascii")
        elif encoding == "q":
            if _BAD_ESCAPE.search(text):
                return None
            data = binascii.a2b_qp(text, header=True)
        else:
            text += "==="[:(4 - len(text) % 4) % 4]  # decode_header's padding
            try:
                data = binascii.a2b_base64(text)
            except binascii.Error:
                return None
        if collapsed and collapsed[-1][1] == charset:
            last = collapsed[-1][0]
            collapsed[-1] = (last + b" " + data if charset is None else last + data, charset)
        else:
            collapsed.append((data, charset))
    return list(collapsed)


def decoded_chunks(value: str) -> Chunks | None:
    """header_chunks(value), each chunk's bytes decoded with its charset (strictly; None is ASCII
    text), or None where header_chunks is, or for an encoded word in a charset other than UTF-8 and
    Latin-1 or one that does not decode in it."""
    if len(value) > _LONGEST_KEPT:
        return _decoded(_header_chunks(value))
    decoded = _kept_decoded_chunks(value)
    return None if decoded is None else list(decoded)


@functools.lru_cache(maxsize=_VALUES_KEPT)
def _kept_decoded_chunks(value: str) -> tuple[tuple[str, str | None], ...] | None:
    decoded = _decoded(_kept_header_chunks(value))
    return None if decoded is None else tuple(decoded)


def _decoded(chunks: Sequence[tuple[bytes | str, str | None]] | None) -> Chunks | None:
    """header_chunks' chunks decoded (see decoded_chunks)."""
    if chunks is None:
        return None
    decoded: Chunks = []
    for data, charset in chunks:
        if isinstance(data, str):  # no encoded word: the value as it was
            decoded.append((data, charset))
        elif charset is not None and charset not in _CHARSETS:
            return None
        else:
            try:
                decoded.append((data.decode(charset or "ascii"), charset))
            except UnicodeDecodeError:
                return None
    return decoded


def header_str(value: str) -> str | None:
    """str(email.header.make_header(email.header.decode_header(value))), or None (see decoded_chunks)."""
    chunks = decoded_chunks(value)
    if chunks is None:
        return None
    # Header.__str__: a space where an encoded chunk meets plain text that has none at the seam
    # (a parenthesis or a backslash counts as one there).
    out: list[str] = []
    last_charset: str | None = None
    last_space: bool | str = False
    for text, charset in chunks:
        if out:
            has_space = text and _nonctext(text[0])
            if last_charset is not None:
                if charset is None and not has_space:
                    out.append(" ")
            elif charset is not None and not last_space:
                out.append(" ")
        last_space = text and _nonctext(text[-1])
        last_charset = charset
        out.append(text)
    return "".join(out)


def _nonctext(char: str) -> bool:
    return char.isspace() or char in ("(", ")", "\\")


def joined(chunks: Chunks) -> str:
    """Decoded chunks as one text, as drafts.mime_text.decode_words joins them: decode_header drops
    a folded line break between an encoded word and plain text ("=?..?=\r\n next"); a space goes
    back there, as make_header would put it (which raises on unknown charsets)."""
    out: list[str] = []
    previous_encoded = None
    for text, charset in chunks:
        encoded = charset is not None
        if out and previous_encoded is not None and encoded != previous_encoded \
                and not out[-1][-1:].isspace() and not text[:1].isspace():
            out.append(" ")
        previous_encoded = encoded
        out.append(text)
    return "".join(out)
