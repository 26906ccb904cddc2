"""Hostile mail for the property tests (Hypothesis): header values of odd encodings, raw 8-bit,
controls and bidi marks, and whole messages of such headers over a nested or wide MIME tree; and the
bound on how many examples a property test tries."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces hostile mail is made of: encoded words with odd charsets, raw 8-bit, controls, bidi.
_words = st.sampled_from([
    "=?utf-8?q?caf=C3=A9?=", "=?undefined?Q?x=E9?=", "=?utf\x00-8?Q?y?=", "=?x-unknown?B?AAAA?=",
    "=?utf-8?b?not base64!?=", "=?iso-8859-1?q?=FC?=", "=?", "?=", "\r\n", "\n", "\r", "\x00", "\t",
    "\u202e", "\u2066", "\u200b", "\ufeff", "<", ">", "@", '"', "\\", "(", ")", "{5}", ",", ";",
    "Bcc: x@evil.example", "\r\nBcc: y@evil.example", "\udcfc", "ü", "Ω", "𝔘", "a" * 300, "(" * 900,
])
_text = st.lists(st.one_of(_words, st.text(max_size=20)), max_size=12).map("".join)
header_values = st.one_of(_text, st.binary(max_size=60).map(lambda b: b.decode("latin-1")))
_header_names = st.sampled_from(["From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "References",
                                 "In-Reply-To", "Date", "Content-Type", "Content-Transfer-Encoding",
                                 "MIME-Version", "X-Other"])


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


@st.composite
def messages(draw) -> bytes:
    """A raw message: hostile headers, then a body that may be a nested or wide MIME tree."""
    headers = draw(st.lists(st.tuples(_header_names, header_values), max_size=10))
    lines = [_encode(f"{name}: {value}") for name, value in headers]
    depth = draw(st.one_of(st.integers(0, 40), st.integers(900, 1100)))  # 1,000-deep crashed preview
    charset = draw(st.sampled_from(["utf-8", "undefined", "utf\x00-8", "x-bogus", "latin-1", ""]))
    body = _encode(draw(_text)) + b"\r\nThank you for applying; we decided against it.\r\n"
    leaf = _encode(f"Content-Type: text/plain; charset=\"{charset}\"\r\n\r\n") + body
    for level in reversed(range(depth)):
        boundary = f"b{level}".encode()
        leaf = (b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n--" + boundary
                + b"\r\n" + leaf + b"\r\n--" + boundary + (b"--" if draw(st.booleans()) else b""))
    raw = b"\r\n".join(lines) + b"\r\nMIME-Version: 1.0\r\n" + leaf
    return raw[:draw(st.integers(0, len(raw)))] if draw(st.booleans()) else raw
