"""The classifier's fast paths give exactly what the general code gives (they exist for speed only).

- `text.parse_sender` reads the usual From forms with one regex: it must equal email.utils.parseaddr
  on anything, the forms it reads itself and those it hands over.
- `features.normalise` folds accents on runs of non-ASCII characters only: the same as translating
  the whole text.
- The evidence check reuses the batch's normalised text and sender names: the same verdict as
  working from the text alone.
- The decision phrases are one regex grouped by first letter, each group that letter and its
  branches without it: the same matches, of the same kinds, as one long alternation of all branches.
How much faster: bench/classify_speed.py.
"""

from __future__ import annotations

import email
import email.utils

import re

import pytest
from hypothesis import given, settings, strategies as st

from onward.classifier import corpus, message_text
from onward.classifier.features import _FOLD, _PHRASE, _top_branches, PHRASES, normalise, sender_names
from onward.classifier.model import _has_evidence
from onward.classifier.text import _SIMPLE_SENDER, _header_text, parse_sender

# The characters that matter to an address parser, letters with and without accents, and odd spaces.
_HEADER_CHARS = st.sampled_from(list('abZ09 .@<>"\\(),:;[]-_+\'éßñ\u2009\u00a0\t'))
_PIECES = st.sampled_from(["", "Ana Díaz ", '"Díaz, Ana" ', "J. Smith", '""', "<", ">", "a@b.example",
                           "x.y@z.example", " ", "(c)", "Team <jobs@acme.example>"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.one_of(_HEADER_CHARS, _PIECES), max_size=12))
def test_parse_sender_is_parseaddr(pieces):
    value = "".join(pieces)
    assert parse_sender(value) == email.utils.parseaddr(value)


def test_parse_sender_is_parseaddr_on_every_corpus_sender():
    examples = corpus.load_corpus(corpus.TRAIN_DIR) + corpus.load_corpus(corpus.HELDOUT_DIR)
    values = [_header_text(email.message_from_bytes(e.raw), "From") for e in examples]
    assert sum(bool(_SIMPLE_SENDER.fullmatch(v)) for v in values) > 0.9 * len(values)  # the fast path is the usual one
    for value in values:
        assert parse_sender(value) == email.utils.parseaddr(value)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ éÉßœ’ñ\u0130Σς\n.") + [chr(c) for c in (0x2019, 0x00b4, 0x0142)]),
               max_size=60))
def test_normalise_folds_as_translating_the_whole_text(text):
    lowered = text.lower()
    assert normalise(text) == (lowered if lowered.isascii() else lowered.translate(_FOLD))


@settings(max_examples=800, deadline=None)
@given(subject=st.text(alphabet=st.sampled_from(list("ab yes no the Ü ß\n")), max_size=500),
       sender=st.sampled_from(["Ana Díaz ana diaz", "", "Acme careers acme", "ÉCOLE\u0130 x"]),
       body=st.text(alphabet=st.sampled_from(list("abc de no not ÉΣ.\n")), max_size=300))
def test_the_evidence_check_from_the_batch_is_that_of_the_text(subject, sender, body):
    text = f"{subject}\n{sender}\n{body}"
    normalised = normalise(text)
    assert _has_evidence(text, normalised, sender_names(normalised)) == _has_evidence(text)


@pytest.mark.parametrize("text, expected", [
    # The sender line ends after the prefix: the names it holds do not count against the prefix's words.
    ("zebra " * 3 + "the " * 97 + "\nzebra\nthe end", True),
    # Folding "ß" to "ss" moves the last words out of the first 400 characters, but the prefix is
    # taken from the text as it came: those words count.
    ("ß" * 10 + " " + "the " * 95 + "zeb zeb" + " the" * 10 + "\nAcme\nthe end", True),
    ("the " * 120 + "\nAcme\nzebra zebra zebra", False),
])
def test_the_evidence_check_reads_the_first_characters_of_the_text(text, expected):
    normalised = normalise(text)
    assert _has_evidence(text) is expected
    assert _has_evidence(text, normalised, sender_names(normalised)) is expected


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), str(m.lastgroup).split("_")[0]) for m in pattern.finditer(text)]


# All branches in one alternation, by kind, in the order PHRASES gives them: what the grouped regex
# must equal (a branch's leading "\b" is the look-behind's job in both).
_PLAIN = re.compile("(?<![a-z'])(?:" + "|".join(
    f"(?P<{kind[1:]}>{'|'.join(b.removeprefix(chr(92) + 'b') for b in _top_branches(pattern))})"
    for kind, pattern in PHRASES.items()) + ")")


def test_the_grouped_phrase_regex_matches_as_one_long_alternation_on_the_corpora():
    examples = [e for folder in (corpus.TRAIN_DIR, corpus.HELDOUT_DIR) for e in corpus.load_corpus(folder)]
    texts = [normalise(message_text(e.raw)) for e in examples]
    assert sum(bool(_spans(_PLAIN, t)) for t in texts) > len(texts) // 2  # the comparison has matches to compare
    assert [_spans(_PHRASE, t) for t in texts] == [_spans(_PLAIN, t) for t in texts]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["ya ", "ha ", "han ", "sido ", "cubierta ", "tal ", "como ", "nos ", "pediste ",
                                 "not ", "selected ", "no ", "we ", "will ", "be ", "in ", "touch ", "you ",
                                 "declined ", "x", "'", ". ", "invite ", "to ", "an ", "interview ", "2"]),
                max_size=20))
def test_the_grouped_phrase_regex_matches_as_one_long_alternation_on_made_up_text(words):
    text = "".join(words)
    assert _spans(_PHRASE, text) == _spans(_PLAIN, text)
