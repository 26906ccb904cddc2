"""Turns message text into the terms the model weighs: words, runs of words, and word stems.

A five-letter stem of each long word lets "retenu" and "retenue" share evidence; character n-grams
(classifier.char_ngrams) go further. One regex and some list building per text.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]{2,}")  # letters only: numbers (dates, reference codes) never generalise
STEM_LENGTH = 5


def _accent_folding_table() -> dict[int, str]:
    """é→e, ü→u, ñ→n, ç→c, ß→ss, œ→oe: one str.translate instead of per-character normalisation."""
    table = {ord("ß"): "ss", ord("œ"): "oe", ord("æ"): "ae", ord("ø"): "o", ord("ł"): "l"}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base and base != char and code not in table:
            table[code] = base
    # Typographic apostrophes and quotes, so "we’ve" and "we've" are the same words.
    table.update({0x2019: "'", 0x2018: "'", 0x00B4: "'"})
    return table


_FOLD = _accent_folding_table()


def normalise(text: str) -> str:
    """Lower-case and accent-free, the form every feature is built from."""
    lowered = text.lower()
    return lowered if lowered.isascii() else lowered.translate(_FOLD)


def words_of(normalised: str) -> list[str]:
    """The words of a normalised text, letters only."""
    return _WORD.findall(normalised)


def tokens_of(normalised: str) -> list[str]:
    """The whitespace-separated tokens of a normalised text, punctuation and digits kept ("n'a")."""
    return normalised.split()


def terms_of(words: list[str], triples: bool = True) -> list[str]:
    """Words, runs of two (and three) words, and "~stem" for words longer than a stem."""
    terms = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    if triples:
        terms += [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:])]
    terms += ["~" + w[:STEM_LENGTH] for w in words if len(w) > STEM_LENGTH + 1]
    return terms


def analyze(text: str) -> list[str]:
    """The terms of one text, as a scikit-learn analyzer (for training)."""
    return terms_of(words_of(normalise(text)))


def analyze_pairs(text: str) -> list[str]:
    """Like `analyze` without the three-word runs (a smaller design compared by cross-validation)."""
    return terms_of(words_of(normalise(text)), triples=False)


# The analyzers a saved model may name, and whether each uses three-word runs: a model file names
# one of these, never arbitrary code.
ANALYZER_TRIPLES = {"analyze": True, "analyze_pairs": False}
