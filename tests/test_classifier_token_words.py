"""The words the model counts, read from the tokens' numbers (classifier.token_words), are words_of's."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onward.classifier import corpus, counting, load_model
from onward.classifier.counting import CharGramCounter, TermCounter
from onward.classifier.features import normalise, phrase_terms, sender_names, tokens_of, words_of
from onward.classifier.text import message_text
from onward.classifier.token_words import TokenWords

def read_words(batches: list[tuple[list[str], list[list[str]]]]) -> list[list[list[str]]]:
    """Each batch's (texts, extra strings) read by one TokenWords, as word strings per text."""
    terms, tokens = TermCounter(["we regret"], triples=True), CharGramCounter(["<we"], (2, 3))
    reader = TokenWords(terms, tokens)
    read = []
    for texts, extras in batches:
        token_lists = [tokens_of(normalise(text)) for text in texts]
        numbers, per_row = reader.words(token_lists, tokens.number_tokens(token_lists), extras)
        spelt = {n: w for w, n in terms._words.numbers.items()}
        flat = [spelt[n] for n in numbers.tolist()]
        assert len(per_row) == len(texts) and sum(per_row) == len(flat)
        ends = np.cumsum(per_row).tolist()
        read.append([flat[end - count:end] for end, count in zip(ends, np.asarray(per_row).tolist())])
    return read


# Letters beyond a-z (Greek, dotless i, ordinal), digits, apostrophes, and whitespace that str.split
# splits on but a plain space test would not (tabs, U+2003, U+001C): the words must be words_of's.
_CHARS = st.sampled_from(list("ab zé\nß'’-.,1Σσıº\t\u2003\u001c") + ["ab", "cd", "xy"])
_TEXT = st.lists(_CHARS, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.tuples(_TEXT, st.lists(st.sampled_from(["=against", "=own"]), max_size=3)), max_size=5),
                min_size=1, max_size=4))
def test_the_words_of_the_tokens_are_the_words_of_the_text_then_the_extras(batches):
    texts = [[text for text, _ in batch] for batch in batches]
    extras = [[extra for _, extra in batch] for batch in batches]
    read = read_words(list(zip(texts, extras)))
    assert read == [[words_of(normalise(t)) + e for t, e in zip(ts, es)] for ts, es in zip(texts, extras)]


@pytest.mark.parametrize("limit", [3, 40])
def test_forgetting_either_counters_numbers_between_batches_changes_no_word(monkeypatch, limit):
    # A daemon's counters forget their words and tokens past a limit: the words read from the
    # tokens must not come from numbers that were forgotten.
    monkeypatch.setattr(counting, "_CACHE_LIMIT", limit)
    texts = ["we regret to tell you", "Wir bedauern, Ihnen mitzuteilen", "nous regrettons de vous dire",
             "lamentamos informarle que", "we regret to tell you again", "Σοφία ıstanbul 2024 d'un poste"]
    batches = [(texts[i:i + 2], [["=against"], []]) for i in range(0, len(texts), 2)] * 3
    read = read_words(batches)
    assert read == [[words_of(normalise(t)) + e for t, e in zip(ts, es)] for ts, es in batches]


def test_the_model_counts_the_same_terms_as_from_the_words_of_each_text(model, monkeypatch):
    # The model's word counts (words from tokens, then the decision phrases) against its term counter
    # counting words_of + phrase_terms of each text, as before token_words: corpus mail, and batches
    # small enough, with a cache limit low enough, that the counters forget between batches.
    monkeypatch.setattr(counting, "_CACHE_LIMIT", 500)
    texts = [message_text(e.raw) for e in corpus.load_corpus(corpus.HELDOUT_DIR)[:90]]
    texts += ["", "   ", "Absage Absage absage", "d'un poste – équipe ÉQUIPE", "Σοφία, ıstanbul: º2"]
    reference = TermCounter(list(model._terms.index), triples=True)
    for i in range(0, len(texts), 13):
        batch = texts[i:i + 13]
        normalised = [normalise(t) for t in batch]
        got, _grams = model._counts(batch)
        want = reference.counts([words_of(n) + phrase_terms(n) for n in normalised],
                                [sender_names(n) for n in normalised])
        for a, b in zip((got.rows, got.columns, got.counts), (want.rows, want.columns, want.counts)):
            assert np.array_equal(a, b)


@pytest.fixture(scope="module")
def model():
    loaded = load_model()  # the built-in model, trained once per test process
    assert loaded._phrases and loaded._mask  # what this test is about: phrases after words, names left out
    return loaded
