"""The body's quote headers ("On … wrote:", "-----Original Message-----", "From: …\\nSent: …") are found
by a twin of text._QUOTE_HEADER that matches the line end before the header instead of "^" (sre skips
to a line end in C, where "^" is tried at every position): `_quote_header` must give the span that
_QUOTE_HEADER.search gives, from any position, and message_text the same text."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from onward.classifier import message_text
from onward.classifier.text import _QUOTE_HEADER, _quote_header


def _searched(text: str, position: int = 0) -> tuple[int, int] | None:
    found = _QUOTE_HEADER.search(text, position)
    return found.span() if found else None


def _scanned(text: str, position: int = 0) -> tuple[int, int] | None:
    found = _quote_header(text, position)
    return (found.start, found.end) if found else None


def test_a_header_on_the_first_line_and_after_a_line_end_is_found_where_it_starts():
    text = "On Monday, Ana wrote:\nhello"
    assert _scanned(text) == _searched(text) == (0, 21)
    text = "Thanks.\n-----Original Message-----\nFrom: HR"
    assert _scanned(text) == _searched(text) == (8, 34)


def test_a_header_in_the_middle_of_a_line_is_none():
    for text in ("Thanks. On Monday, Ana wrote:\n", "x-----Original Message-----", "\r-----Original Message-----"):
        assert _scanned(text) is None and _searched(text) is None


def test_a_search_from_a_position_finds_a_header_there_only_after_a_line_end():
    text = "ab\n-----Original Message-----"
    assert _scanned(text, 3) == _searched(text, 3) == (3, 29)
    text = "ab-----Original Message-----\n-----Original Message-----"
    assert _scanned(text, 2) == _searched(text, 2) == (29, 55)  # not at 2: "b" is before it
    assert _scanned(text, 29) == _searched(text, 29) and _scanned(text, 30) is None


_PIECES = st.sampled_from([
    "On Mon, 3 Jun 2024, Ana <a@b.example> wrote:", "Am 3. Juni schrieb Ana:", "Le lun. 3 juin, Ana a écrit :",
    "El lun, 3 jun, Ana escribió:", "-----Original Message-----", "-- Original Message --", "From: HR <hr@x.example>",
    "Von: HR", "Sent: Monday", "Date: Monday", "Gesendet: Montag", "Thanks for applying.", "wrote:", " ", "\n", "\r\n",
    "\r", "\t", "on", "ON X WROTE:", "x"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.integers(0, 300))
def test_the_line_end_scan_finds_what_the_caret_pattern_finds(pieces, position):
    text = "".join(pieces)
    position = min(position, len(text))
    assert _scanned(text, position) == _searched(text, position)


def test_the_reply_above_a_quote_is_read_and_the_quote_cut():
    raw = (b"Subject: Re: Your application\nFrom: HR <hr@x.example>\n\nWe will not move forward.\n\n"
           b"On Mon, 3 Jun 2024, Ana <a@b.example> wrote:\n> I am keen on the role.\n")
    assert message_text(raw) == "Re: Your application\nHR hr x\nWe will not move forward."
