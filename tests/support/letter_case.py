"""Texts in every case re's IGNORECASE takes for them: for tests that a cheap pre-check of a text
declines only what the pattern it stands for would find nothing in; and every code point against
IGNORECASE, which the drafts' case-blind fast paths rest on."""

from __future__ import annotations

import re
import sys

from hypothesis import strategies as st

from onward.drafts import case_blind


def any_case(text: str) -> st.SearchStrategy[str]:
    """`text` with each letter as written, upper-cased or as a look-alike re's IGNORECASE takes for it."""
    look_alikes = {"i": "iIıİ", "s": "sSſ", "k": "kK\u212a"}
    return st.tuples(*(st.sampled_from(look_alikes.get(ch, ch + ch.upper())) for ch in text)).map("".join)


def assert_lower_casing_finds_what_ignorecase_finds(letters: set[str]) -> tuple[str, str]:
    """Hold that a code point IGNORECASE takes for one of `letters` lower-cases to it, and no other
    does, but for case_blind.ODD_CASES (a text holding one is read the slow way). Returns every
    other code point as one text, and that text lower-cased, for further checks."""
    odd = set(case_blind.ODD_CASES)
    everything = "".join(chr(code) for code in range(sys.maxunicode + 1) if chr(code) not in odd)
    lowered = everything.lower()
    lowering_to: dict[str, set[str]] = {}
    for ch, low in zip(everything, lowered):
        if ch != low:
            lowering_to.setdefault(low, {low}).add(ch)
    for letter in sorted(letters):
        blind = {m.group() for m in re.finditer(f"(?i:{re.escape(letter)})", everything)}
        assert blind == lowering_to.get(letter, {letter}), letter
    return everything, lowered
