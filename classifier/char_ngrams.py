"""Character n-grams of each token as a scikit-learn transformer, for training (classifier.training).

Character n-grams generalise across inflections and compounds ("retenu"/"retenue", "Absage" in
"Absageschreiben") and, by cross-validation on the corpus, raise recall at high precision.
scikit-learn's own char_wb analyzer builds them per message in Python (~0.7 ms a message, more than
the whole budget); this one counts with classifier.counting.CharGramCounter, which caches each
token's n-grams, and yields the same kind of features several times faster. Training only: the
model predicts with that counter alone, without this module, scipy or scikit-learn.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from onward.classifier.counting import CharGramCounter
from onward.classifier.features import normalise, sender_names, tokens_of, unnamed


class WordCharNgrams(TransformerMixin, BaseEstimator):
    """Counts of the n-grams of "<token>" (angle brackets mark the token's edges) for each text."""

    def __init__(self, ngram_range: tuple[int, int] = (2, 5), min_df: int = 2,
                 allowed: frozenset[str] | None = None, mask_names: bool = False) -> None:
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.allowed = allowed  # if given, only these n-grams may be kept (classifier.training)
        self.mask_names = mask_names  # leave out the tokens that are the sender's names

    def _tokens(self, text: str) -> list[str]:
        normalised = normalise(text)
        tokens = tokens_of(normalised)
        return unnamed(tokens, sender_names(normalised)) if self.mask_names else tokens

    def fit(self, texts: Iterable[str], y=None) -> "WordCharNgrams":
        self.fit_transform(texts)
        return self

    def fit_transform(self, texts: Iterable[str], y=None) -> sp.csr_matrix:
        token_lists = [self._tokens(text) for text in texts]
        # Count every n-gram of every distinct token once, through the same sparse product as
        # prediction; then keep the n-grams found in at least min_df texts (scikit-learn's rule).
        every_gram: dict[str, int] = {}
        spell = CharGramCounter([], self.ngram_range).grams_of
        for token in {token for tokens in token_lists for token in tokens}:
            for gram in spell(token):
                every_gram.setdefault(gram, len(every_gram))
        counts = CharGramCounter(every_gram, self.ngram_range).counts(token_lists).to_csr()
        document_frequency = np.bincount(counts.indices, minlength=len(every_gram))
        kept = sorted(g for g, i in every_gram.items() if document_frequency[i] >= self.min_df
                      and (self.allowed is None or g in self.allowed))
        self.terms_ = np.array(kept, dtype=str)
        self.counter_ = CharGramCounter(self.terms_, self.ngram_range)
        return counts[:, [every_gram[g] for g in kept]].tocsr()

    def grams_of_texts(self, texts: Iterable[str]) -> list[set[str]]:
        """The set of n-grams of each text (for counting in how many writers' mail each occurs)."""
        spell = CharGramCounter([], self.ngram_range).grams_of
        cache: dict[str, list[str]] = {}
        found = []
        for text in texts:
            grams: set[str] = set()
            for token in set(self._tokens(text)):
                if token not in cache:
                    cache[token] = spell(token)
                grams.update(cache[token])
            found.append(grams)
        return found

    def transform(self, texts: Iterable[str]) -> sp.csr_matrix:
        return self.counter_.counts([self._tokens(text) for text in texts]).to_csr()

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.asarray(self.terms_, dtype=object)
