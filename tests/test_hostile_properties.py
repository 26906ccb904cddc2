"""Property tests (Hypothesis): hostile headers and MIME structures never raise, and every draft
onward builds from them re-parses cleanly, with no header injected (issue 16, "poison-proof")."""

from __future__ import annotations

import email
import email.policy
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onward import classifier, drafts
from onward.daemon.refusals import search_value
from onward.daemon.mailbox.message import header_text
from onward.daemon.mailbox.message import message_key, parse_headers
from onward.drafts import mime_text

BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ONWARD_HEADERS = ("From", "To", "Subject", "In-Reply-To", "References", "Date", "Message-ID",
                  "X-Onward-Key", "Content-Language")

# Pieces hostile mail is made of: encoded words with odd charsets, raw 8-bit, controls, bidi.
_words = st.sampled_from([
    "=?utf-8?q?caf=C3=A9?=", "=?undefined?Q?x=E9?=", "=?utf\x00-8?Q?y?=", "=?x-unknown?B?AAAA?=",
    "=?utf-8?b?not base64!?=", "=?iso-8859-1?q?=FC?=", "=?", "?=", "\r\n", "\n", "\r", "\x00", "\t",
    "\u202e", "\u2066", "\u200b", "\ufeff", "<", ">", "@", '"', "\\", "(", ")", "{5}", ",", ";",
    "Bcc: x@evil.example", "\r\nBcc: y@evil.example", "\udcfc", "ü", "Ω", "𝔘", "a" * 300, "(" * 900,
])
_text = st.lists(st.one_of(_words, st.text(max_size=20)), max_size=12).map("".join)
_value = st.one_of(_text, st.binary(max_size=60).map(lambda b: b.decode("latin-1")))
_header_names = st.sampled_from(["From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "References",
                                 "In-Reply-To", "Date", "Content-Type", "Content-Transfer-Encoding",
                                 "MIME-Version", "X-Other"])


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


@st.composite
def messages(draw) -> bytes:
    """A raw message: hostile headers, then a body that may be a nested or wide MIME tree."""
    headers = draw(st.lists(st.tuples(_header_names, _value), max_size=10))
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


_model = None


def model():
    global _model
    if _model is None:
        _model = classifier.load_model(Path(tempfile.mkdtemp()))
    return _model


@BOUNDED
@given(_value)
def test_header_decoding_never_raises_and_yields_one_clean_line(value):
    for text in (header_text(value), mime_text.decode_words(value)):
        assert isinstance(text, str)
    assert not any(c in header_text(value) for c in "\r\n\x00\x1b\u202e\u2066")


@BOUNDED
@given(_value)
def test_search_values_are_safe_for_an_imap_command_line(value):
    safe = search_value(value)
    if safe is not None:
        assert safe and len(safe) <= 500
        assert not any(ord(c) < 32 or ord(c) == 127 for c in safe)
        safe.encode("utf-8")  # no lone surrogates: it can always be encoded


@pytest.mark.slow  # trains or explores for many seconds: not in the quick loop
@BOUNDED
@given(messages())
def test_the_daemon_reads_any_header_block(raw):
    headers = parse_headers(raw)
    assert len(message_key(raw, headers)) == 32
    for name in ("Message-ID", "Subject", "From"):
        header_text(headers.get(name))


@pytest.mark.slow  # trains or explores for many seconds: not in the quick loop
@BOUNDED
@given(messages())
def test_the_classifier_reads_any_message(raw):
    verdict = model().classify(raw, 0.95)
    assert 0.0 <= verdict.probability <= 1.0
    assert isinstance(classifier.message_text(raw), str)


@pytest.mark.slow  # trains or explores for many seconds: not in the quick loop
@BOUNDED
@given(messages(), st.sampled_from(["combined", "separate"]), st.booleans())
def test_reading_and_drafting_never_raise_and_drafts_parse_cleanly(raw, mode, quote):
    drafts.read_rejection(raw)
    plan = drafts.plan_drafts(raw, message_key(raw), drafts.DraftSettings(
        name="Sam Seeker", email="sam@example.net", mode=mode, quote_original=quote))
    for draft in plan.drafts:
        data = draft.as_bytes()
        head = data.split(b"\r\n\r\n", 1)[0]
        # Every header line is one of ours, or the folded continuation of one of ours.
        names = [line.split(b":", 1)[0].decode() for line in head.split(b"\r\n")
                 if line and line[:1] not in (b" ", b"\t")]
        assert set(names) <= set(ONWARD_HEADERS) | {"MIME-Version", "Content-Type",
                                                    "Content-Transfer-Encoding"}, names
        assert names.count("Bcc") == 0 and len(names) == len(set(names))
        reparsed = email.message_from_bytes(data, policy=email.policy.default)
        for name in names:
            value = reparsed[name]
            assert not getattr(value, "defects", ()), (name, str(value), value.defects)
            assert "\r" not in str(value) and "\n" not in str(value)
        assert reparsed.get_content()
