"""Make text taken from a received mail safe to place in a header of the draft.

A rejection is untrusted input: its subject, display names and Message-IDs end up in our headers,
so a CR/LF (raw or smuggled in an encoded-word) must never start a new header line.
"""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (CR, LF, NUL, ...), the Unicode line/paragraph separators, zero-width and
# bidirectional-override characters: the last two can disguise a name or an address on screen.
# And lone surrogates, which an encoded word in a lying charset (unicode_escape, utf-7) can decode
# to: no header can be written with one, so a draft addressed by such a name could not be built.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u0085\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\ud800-\udfff]"
)
_SPACES = re.compile(r"\s+")
_ADDRESS = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    # a domain, or one host name: a self-hosted server's "sam@mailhost" is an address too
    r"@(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}|[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)$"
)
# Raw 8-bit header bytes as the parser keeps them (surrogate escapes): searched for in C, not
# character by character in Python (most headers have none; this ran on every header read).
_SURROGATE_ESCAPE = re.compile("[\udc80-\udcff]")
# RFC 5322 msg-id: printable ASCII without spaces or angle brackets between "<" and ">".
_MSG_ID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")


def fix_surrogates(text: str) -> str:
    """Re-decode raw 8-bit header bytes that the parser kept as surrogate escapes."""
    if not _SURROGATE_ESCAPE.search(text):
        return text
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # beside them a surrogate no raw byte explains: see _UNSAFE
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def one_line(text: str, limit: int = 200) -> str:
    """Text safe for a header: no control characters, one line, spaces collapsed, at most `limit`."""
    text = unicodedata.normalize("NFC", fix_surrogates(text or ""))
    text = _SPACES.sub(" ", _UNSAFE.sub(" ", text)).strip()
    return text[:limit].rstrip()


def valid_address(addr: str) -> str:
    """The address if it is a plain, safe addr-spec (ASCII, one @, a dotted domain); else ""."""
    addr = (addr or "").strip()
    return addr if len(addr) <= 254 and _ADDRESS.match(addr) else ""


def message_ids(text: str) -> list[str]:
    """Every well-formed <msg-id> in a header value, in order, without duplicates."""
    seen: list[str] = []
    for found in _MSG_ID.findall(fix_surrogates(text or "")):
        if found not in seen:
            seen.append(found)
    return seen
