"""Whether a mail can hold a word in any case, told before a case-blind pattern is compiled for it.

The rules compile patterns for a mail's own words ("the body writes the role with its small words
left out", "the mail writes the name as it stands"): each new one costs re's compiler 0.1-2 ms, more
than the rest of a rejection's reading, and most find nothing, for a word they need is nowhere.
re's IGNORECASE takes a letter for another only where both lower-case to one letter, besides a few
look-alikes: "ı" and "İ" for "i", "ſ" for "s", and Greek and Cyrillic variants (the Kelvin sign
lower-cases to "k" itself). For a word of Latin-1 letters and a text with none of the first three, a
case-blind match of the word is where the lower-cased word stands in the lower-cased text
(tests/test_drafts_fast_paths_29.py checks every code point).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

# The letters IGNORECASE takes for a Latin-1 letter's case that lower-casing does not make it ("İ"
# lower-cases to two characters, the others to themselves): a text holding one is read the slow way
# here and in company_phrases and company_scope. The Kelvin sign lower-cases to the "k" IGNORECASE
# takes it for, so it needs no slow way (a plain capital "K" here once sent every mail with a capital
# K, a third of them, the slow way).
ODD_CASES = "\u0130\u0131\u017f"  # "İ", "ı", "ſ"
_MICRO = "µ"  # IGNORECASE takes the Greek "μ" for it


@functools.lru_cache(maxsize=8)  # a mail's body and texts, asked for each phrase and each word of each name or role
def lowered(text: str) -> str | None:
    """The text lower-cased, at the same offsets; None when it holds a letter IGNORECASE matches
    otherwise (ODD_CASES)."""
    return None if any(odd in text for odd in ODD_CASES) else text.lower()


def _latin_1(word: str) -> bool:
    return word.isascii() or all(ord(char) <= 0xFF and char != _MICRO for char in word)


def lacks_a_word(text: str, words: Iterable[str]) -> bool:
    """True only where `text` surely holds some word of `words` nowhere, in any case re's IGNORECASE
    matches (re.escape(word) found by no case-blind search): a pattern that needs each of them then
    finds nothing in it. False where it may hold them all, or where it cannot tell."""
    low = lowered(text)
    return low is not None and any(_latin_1(word) and word.lower() not in low for word in words)
