"""classifier.encoded_words decodes headers exactly as email.header.decode_header does (it exists for speed).

Its "Q" words go to binascii.a2b_qp only when that reads them as the email package would: these tests
feed both the awkward cases (a lone "=", "==", "=4", "=\\n", lower-case hex, non-ASCII, "_") and
generated headers, plus every encoded header of the corpus.
"""

from __future__ import annotations

import email
import email.header
import email.policy

import pytest
from hypothesis import given, settings, strategies as st

from onward.classifier import corpus
from onward.classifier.encoded_words import decode_header, q_decoded


def _stdlib(header: str):
    try:
        return email.header.decode_header(header)
    except Exception as error:  # both must fail alike
        return type(error)


def _ours(header: str):
    try:
        return decode_header(header)
    except Exception as error:
        return type(error)


@pytest.mark.parametrize("encoded", [
    "Absage_f=C3=BCr", "a=", "a==41", "=4", "=4g", "=\n41", "=\r\n", "=c3=bc", "=C3=bC_x", "caf\u00e9=41", "x\u0100",
    "", "=", "___", "=5F", "=3D41", "a=?b", "=41=",
])
def test_q_words_decode_as_the_email_package_does(encoded: str) -> None:
    assert q_decoded(encoded) == bytes(email.quoprimime.header_decode(encoded), "raw-unicode-escape")


@pytest.mark.parametrize("header", [
    "=?utf-8?q?Absage_f=C3=BCr_Ihre_Bewerbung?=",
    "Re: =?utf-8?q?caf=C3=A9?= =?utf-8?q?_au_lait?= and more",
    "=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>",
    "=?utf-8?b?w7xiZXI=?= =?iso-8859-1?q?=FC?=",
    "=?utf-8?b?w7xiZX?=",  # missing padding
    "=?utf-8?b?!!!?=",  # not base64
    "plain =?utf-8?q?a=?= text\n =?utf-8?Q?b==41?=",
    "=?utf-8?q?x?=",
    "no encoded word at all",
])
def test_headers_decode_as_the_email_package_does(header: str) -> None:
    assert _ours(header) == _stdlib(header)


_PIECES = st.sampled_from(["=?utf-8?q?", "=?UTF-8?Q?", "=?iso-8859-1?q?", "=?utf-8?b?", "?=", "=", "==", "=C3", "=bc",
                           "=4", "_", " ", "\t", "\n", "\r\n", "a", "Zü", "w7w=", "é", "?", "=?", "Ā"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_generated_headers_decode_as_the_email_package_does(header: str) -> None:
    assert _ours(header) == _stdlib(header)


def test_the_corpus_headers_decode_as_the_email_package_does() -> None:
    headers = []
    for entry in corpus.load_corpus(corpus.TRAIN_DIR):
        message = email.message_from_bytes(entry.raw, policy=email.policy.compat32)
        headers += [str(message[name]) for name in ("Subject", "From", "To") if message[name] is not None]
    encoded = [h for h in headers if "=?" in h]
    assert len(encoded) > 100  # the corpus holds such headers: the comparison below is not empty
    assert [_ours(h) for h in encoded] == [_stdlib(h) for h in encoded]
