"""Texts in every case re's IGNORECASE takes for them: for tests that a cheap pre-check of a text
declines only what the pattern it stands for would find nothing in."""

from __future__ import annotations

from hypothesis import strategies as st


def any_case(text: str) -> st.SearchStrategy[str]:
    """`text` with each letter as written, upper-cased or as a look-alike re's IGNORECASE takes for it."""
    look_alikes = {"i": "iIıİ", "s": "sSſ", "k": "kK\u212a"}
    return st.tuples(*(st.sampled_from(look_alikes.get(ch, ch + ch.upper())) for ch in text)).map("".join)
