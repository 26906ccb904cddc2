"""Property tests (Hypothesis): hostile headers and MIME structures never raise, and every draft
onward builds from them re-parses cleanly, with no header injected (issue 16, "poison-proof")."""

from __future__ import annotations

import email
import email.policy
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onward import classifier, drafts
from onward.daemon.refusals import search_value
from onward.daemon.mailbox.message import header_text
from onward.daemon.mailbox.message import message_key, parse_headers
from onward.drafts import mime_text
from tests.support.hostile import BOUNDED, header_values, messages

ONWARD_HEADERS = ("From", "To", "Subject", "In-Reply-To", "References", "Date", "Message-ID",
                  "X-Onward-Key", "Content-Language")

_model = None


def model():
    global _model
    if _model is None:
        _model = classifier.load_model(Path(tempfile.mkdtemp()))
    return _model


@BOUNDED
@given(header_values)
def test_header_decoding_never_raises_and_yields_one_clean_line(value):
    for text in (header_text(value), mime_text.decode_words(value)):
        assert isinstance(text, str)
    assert not any(c in header_text(value) for c in "\r\n\x00\x1b\u202e\u2066")


@BOUNDED
@given(header_values)
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
