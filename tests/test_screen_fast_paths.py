"""The first stage's and the record's fast paths (issue 17) give what the slow ones give, on any
header value and text, hostile ones too: encoded words decoded without email.header
(drafts.encoded_words), and the word search's look for words inside others."""

from __future__ import annotations

import email.base64mime
import email.header
import email.quoprimime

from hypothesis import given, settings
from hypothesis import strategies as st

from onward.classifier import prefilter
from onward.daemon.mailbox import message
from onward.drafts import encoded_words, mime_text, sanitize


def _real_words(text: str, charset: str, encoding: str) -> str:
    """`text` as a mail program writes it in a header: an encoded word of `charset`."""
    data = text.encode(charset, "replace")
    if encoding == "q":
        return email.quoprimime.header_encode(data, charset)
    return email.base64mime.header_encode(data, charset)


_WORDS = st.sampled_from(["Bewerbung für", "Absage – Ihre Bewerbung", "naïve café", "日本語", " ", "a_b", "x=y?",
                          "(Job)", "\\", "Ünïcödé ", ""])
_PIECES = st.one_of(
    st.sampled_from([
        "=?utf-8?q?", "=?UTF-8?Q?", "=?utf-8?b?", "=?UTF-8?B?", "=?iso-8859-1?q?", "=?ISO-8859-1?B?",
        "=?x-unknown?q?", "=?utf-8*en?q?", "=?utf8?q?", "=?us-ascii?q?", "=?windows-1252?q?", "?=", "=?", "?",
        "=E2=80=93", "=C3", "=c3=bc", "=FC", "=", "=4", "=G1", "_", " ", "  ", "\r\n ", "\n\t", "\r\n", "\t",
        "(", ")", "\\", "ü", "é", "\udcff", "\x00", "\x1b", "\u202e", "Bewerbung", "w6Rs", "YWJj", "4pyT", "===",
        "a", "Re:", "<jobs@example.com>", '"Lee, Ann"', "=?utf-8?q?Bewerbung_f=C3=BCr?=",
        "=?utf-8?b?QmV3ZXJidW5n?=", "=?iso-8859-1?q?f=FCr?=", "=?utf-8?q?=FF?=", "=?utf-8?b?!!?=",
        "=?utf-8?b?QmV3ZX?=", "=?utf-8?q??=",
    ]),
    st.builds(_real_words, _WORDS, st.sampled_from(["utf-8", "iso-8859-1"]), st.sampled_from(["q", "b"])),
)
_VALUES = st.lists(_PIECES, max_size=10).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_VALUES)
def test_encoded_words_are_found_as_email_header_finds_them(value):
    assert encoded_words._ENCODED_WORD.split(value) == email.header.ecre.split(value)


def _slow_header_str(value: str) -> str | None:
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except Exception:
        return None


@settings(max_examples=3000, deadline=None)
@given(_VALUES)
def test_encoded_words_are_decoded_as_email_header_decodes_them(value):
    fast = encoded_words.header_str(value)
    if fast is not None:  # None: the caller asks email.header
        assert fast == _slow_header_str(value)
    assert mime_text.decode_words(value) == _slow_decode_words(value)


def _slow_decode_words(value: str) -> str:
    """drafts.mime_text.decode_words as it was, with email.header alone."""
    value = sanitize.fix_surrogates(value)
    try:
        chunks = email.header.decode_header(value)
    except Exception:
        return value
    out = []
    previous_encoded = None
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        encoded = charset is not None
        text = mime_text._decode_bytes(chunk, charset)
        if out and previous_encoded is not None and encoded != previous_encoded \
                and not out[-1][-1:].isspace() and not text[:1].isspace():
            out.append(" ")
        previous_encoded = encoded
        out.append(text)
    return "".join(out)


@settings(max_examples=1500, deadline=None)
@given(_VALUES)
def test_the_first_stage_reads_a_header_as_it_did_with_email_header_alone(value):
    slow = _slow_header_str(value)
    assert prefilter._decoded_header(value) == (value if slow is None else slow)


def _header_text_before(value) -> str:
    """message.header_text as it was, with email.header alone."""
    if value is None:
        return ""
    text = message._eight_bit_text(value) if isinstance(value, email.header.Header) else str(value)
    if "=?" in text:
        try:
            text = _slow_decode_words(text[:message.MAX_HEADER_CHARS])
        except Exception:
            pass
    return " ".join(message._CONTROL.sub("", text).split())[:500]


@settings(max_examples=1500, deadline=None)
@given(_VALUES)
def test_a_record_shows_a_header_as_it_did(value):
    assert message.header_text(value) == _header_text_before(value)


def test_a_record_shows_a_header_as_it_did_in_a_parsed_block_with_8_bit_bytes():
    raw = ("Subject: =?utf-8?q?Bewerbung_f=C3=BCr?= die Stelle\r\n\tals Koch\r\n"
           "From: M\u00fcller =?iso-8859-1?q?J=FCrgen?= <j@example.com>\r\n\r\n").encode("utf-8")
    headers = message.parse_headers(raw)
    for name in ("Subject", "From"):
        assert message.header_text(headers.get(name)) == _header_text_before(headers.get(name))
    assert message.header_text(headers.get("Subject")) == "Bewerbung für die Stelle als Koch"


# The word search, in long texts with words found far apart or side by side, words inside others
# and phrases: it finds what `plain` finds.
_TEXT_PIECES = st.sampled_from([
    "job", "bewerbung", "initiativbewerbung", "rückmeldung", "rueckmeldung", "candidat", "human resources",
    "stelle", "position", "empleo", "réponse", "going with", "_", "-", " ", "\n", ".", "é", "ä", "ß", "ae",
    "x" * 37, "y " * 25, "xbewerb", "zurueck", "xhuman", "resources", "lorem ipsum dolor sit amet " * 3, "bewerbungsunterlagen", "xbewerb", "xhumanxresources",
])
_CUSTOM = (prefilter.compile_words(["hr", "position*", "*bewerb*", "*rueck*", "job"]),
           prefilter.compile_words(["hr", "position*", "*bewerb*", "*human resources*", "job"]))


@settings(max_examples=1500, deadline=None)
@given(st.lists(_TEXT_PIECES, max_size=25))
def test_the_word_search_in_long_texts_finds_what_one_regex_finds(pieces):
    text = "".join(pieces).lower()
    shipped = prefilter.default_screen()
    for words in (shipped.job, shipped.personal, *_CUSTOM):
        first = words.plain.search(text)
        assert words.search(text) == (first.group() if first else None)


def test_a_word_inside_another_is_found_when_it_comes_first():
    words = prefilter.compile_words(["job", "*bewerb*", "*rueck*"])
    assert words.search("xbewerb job") == "bewerb"  # it ends right before the gap
    assert words.search("zurueck job") == "rueck"
    assert words.search("job xbewerb") == "job"
    gap = prefilter.compile_words(["job", "*human resources*"])  # a gap inside a word inside another
    assert gap.search("xhuman resources job") == "human resources"


@settings(max_examples=300, deadline=None)
@given(st.lists(_VALUES, max_size=20))
def test_kept_chunks_are_the_chunks_worked_out(values):
    # A value asked again (its kept chunks) or after the kept ones made way: the same chunks as
    # working them out afresh, in a list of the caller's own.
    for value in values + values[::-1] + values:
        chunks = encoded_words.header_chunks(value)
        assert chunks == encoded_words._header_chunks(value)
        decoded = encoded_words.decoded_chunks(value)
        assert decoded == _worked_out_decoded_chunks(value)
        for found in (chunks, decoded):
            if found is not None:
                found.append(("changed by its caller", None))
        assert encoded_words.header_chunks(value) == encoded_words._header_chunks(value)
        assert encoded_words.decoded_chunks(value) == _worked_out_decoded_chunks(value)


def _worked_out_decoded_chunks(value: str) -> list | None:
    # The chunks decoded without the kept ones (decoded_chunks is held to email.header elsewhere).
    return encoded_words._decoded(encoded_words._header_chunks(value))


def test_the_kept_chunks_are_bounded():
    for n in range(3 * encoded_words._VALUES_KEPT):
        assert encoded_words.decoded_chunks(f"=?utf-8?q?n{n}?=") == [(f"n{n}", "utf-8")]
    assert encoded_words._kept_header_chunks.cache_info().currsize <= encoded_words._VALUES_KEPT
    assert encoded_words._kept_decoded_chunks.cache_info().currsize <= encoded_words._VALUES_KEPT


def test_a_long_value_is_read_but_not_kept():
    # A hostile 100 kB Subject is decoded as any other, but its chunks do not stay in memory.
    encoded_words._kept_header_chunks.cache_clear()
    encoded_words._kept_decoded_chunks.cache_clear()
    long_value = "=?utf-8?q?caf=C3=A9?= " + "x" * 100_000
    assert encoded_words.decoded_chunks(long_value) == _worked_out_decoded_chunks(long_value)
    assert encoded_words.header_chunks(long_value) == encoded_words._header_chunks(long_value)
    assert encoded_words._kept_header_chunks.cache_info().currsize == 0
    assert encoded_words._kept_decoded_chunks.cache_info().currsize == 0
