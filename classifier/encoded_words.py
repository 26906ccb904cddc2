"""email.header.decode_header for str values, with its "Q" words decoded in C (issue 17).

Half the corpus's subjects and a quarter of its senders hold RFC 2047 "Q" words
("=?utf-8?q?Absage_f=C3=BCr?="). The email package decodes each with a regex that calls back into
Python for every "=XX": that was most of the time of reading those headers. binascii.a2b_qp does the
same in C whenever it reads a word alike, which is when the word is ASCII and each "=" in it starts
"=XX" (a2b_qp reads a lone "=" at the end, "==" or "=\\n" otherwise); any other word is decoded by
the email package itself. The rest is decode_header's own steps, in its order, so the result is
exactly its own (tests/test_classifier_encoded_words.py compares the two).
"""

from __future__ import annotations

import binascii
import email.base64mime
import email.quoprimime
import re
from email.errors import HeaderParseError
from email.header import ecre  # type: ignore[attr-defined]  # the email package's own pattern of an encoded word

_HEX_ESCAPE = re.compile(r"=[0-9A-Fa-f]{2}")


def q_decoded(encoded: str) -> bytes:
    """bytes(email.quoprimime.header_decode(encoded), "raw-unicode-escape"), as decode_header makes it."""
    if encoded.isascii() and encoded.count("=") == len(_HEX_ESCAPE.findall(encoded)):
        return binascii.a2b_qp(encoded, header=True)
    return bytes(email.quoprimime.header_decode(encoded), "raw-unicode-escape")


def decode_header(header: str) -> list[tuple[bytes | str, str | None]]:
    """email.header.decode_header(header) for a str header (not a Header object)."""
    if not ecre.search(header):
        return [(header, None)]
    # (text, encoding, charset) of each run: plain text has neither.
    words: list[tuple[str, str | None, str | None]] = []
    for line in header.splitlines():
        parts = ecre.split(line)
        first = True
        while parts:
            unencoded = parts.pop(0)
            if first:
                unencoded = unencoded.lstrip()
                first = False
            if unencoded:
                words.append((unencoded, None, None))
            if parts:
                charset = parts.pop(0).lower()
                encoding = parts.pop(0).lower()
                words.append((parts.pop(0), encoding, charset))
    # Whitespace between two encoded words goes.
    droplist = [n - 1 for n, w in enumerate(words) if n > 1 and w[1] and words[n - 2][1] and words[n - 1][0].isspace()]
    for d in reversed(droplist):
        del words[d]
    collapsed: list[tuple[bytes | str, str | None]] = []
    last_word: bytes | None = None
    last_charset: str | None = None
    for encoded, encoding, charset in words:
        if encoding is None:
            word = bytes(encoded, "raw-unicode-escape")
        elif encoding == "q":
            word = q_decoded(encoded)
        else:  # "b": the pattern allows no other
            padding = len(encoded) % 4  # Postel's law: add missing padding
            if padding:
                encoded += "==="[:4 - padding]
            try:
                word = email.base64mime.decode(encoded)
            except binascii.Error:
                raise HeaderParseError("Base64 decoding error")
        # Runs of words of one charset become one.
        if last_word is None:
            last_word, last_charset = word, charset
        elif charset != last_charset:
            collapsed.append((last_word, last_charset))
            last_word, last_charset = word, charset
        elif last_charset is None:
            last_word += b" " + word
        else:
            last_word += word
    collapsed.append((last_word if last_word is not None else b"", last_charset))
    return collapsed
