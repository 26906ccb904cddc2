"""Footers are dropped from one scan of a mail's footer phrases (text._drop_footers): exactly what the two
steps give when each scans the text for itself, on generated text (how much faster: bench/classify_speed.py)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from onward.classifier.text import _drop_footer_lines, _drop_footers, _footer_sentences_apart

_PIECES = st.sampled_from(["unsubscribe", "Unsubscribe", "opt-out", "privacy policy", "Privacy notice", "xprivacy policy",
                           "this message is confidential", "message très confidentiel", "We decided. ", "Thanks! ",
                           "Why? ", " ", "  ", "\n", "\n\n", "a", "Z", "İ", "é", ".", ". ", "abmelden",
                           "all rights reserved", "-", "do not reply to this"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=24))
def test_one_scan_drops_the_footers_the_two_steps_drop(pieces):
    text = "".join(pieces)
    assert _drop_footers(text) == _drop_footer_lines(_footer_sentences_apart(text))


def test_a_consent_closing_the_decisions_paragraph_goes_and_the_decision_stays():
    text = ("We won't be progressing your application. We'll delete your details in line with our privacy notice.\n"
            "Best wishes\nUnsubscribe here")
    assert _drop_footers(text) == "We won't be progressing your application.\n\nBest wishes\n"
