"""Texts to TF-IDF rows with numpy and scipy only, for prediction without importing scikit-learn.

Training fits scikit-learn vectorisers (classifier.training); prediction reuses their vocabularies
and idf weights here, computing exactly what their `transform` computes: counts, 1 + log(count),
times idf, each row scaled to unit length. Not importing scikit-learn saves about a second at
every start of `onward classify`, and the counting below is faster than scikit-learn's.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np
import scipy.sparse as sp

from onward.classifier.features import STEM_LENGTH

_CACHE_LIMIT = 100_000  # distinct words (and tokens) remembered; a daemon must not grow unbounded


class _Numbered:
    """Strings numbered in order of first sight, so that a batch's strings become one integer array.

    A list comprehension of dict lookups is the cheapest way from Python strings to numpy; whatever
    is worked out for a string (its columns, its n-grams) is then stored once per number.
    """

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def numbers_of(self, strings: list[str], on_new) -> np.ndarray:
        """The number of each string; `on_new(string)` is called once for each string first seen."""
        if len(self.numbers) >= _CACHE_LIMIT:
            self.numbers.clear()
            on_new(None)  # the caller forgets what it stored per number
        get = self.numbers.get
        found = [get(s, -1) for s in strings]
        if -1 in found:
            for i, number in enumerate(found):
                if number < 0:
                    string = strings[i]
                    number = found[i] = self.numbers.get(string, -1)
                    if number < 0:
                        number = found[i] = self.numbers[string] = len(self.numbers)
                        on_new(string)
        return np.array(found, dtype=np.int64)


class TermCounter:
    """Counts of the known terms of classifier.features.terms_of, without building the terms.

    Building every word pair, triple and stem as a string and looking each up costs more than the
    rest of prediction. Instead each word gets a number once and the runs of two and three words
    become integer keys, looked up for a whole batch at once with numpy's searchsorted. The counts
    are exactly those of counting the strings of terms_of(words) (tests/test_classifier_model.py).
    """

    def __init__(self, terms: Iterable[str], triples: bool) -> None:
        self.triples = triples
        self.index = {str(term): i for i, term in enumerate(terms)}
        runs = [(term.split(" "), i) for term, i in self.index.items() if " " in term]
        # Words that occur in some run of the vocabulary get a run number; others end every run.
        self.run_words = {w: n for n, w in enumerate(sorted({w for words, _ in runs for w in words}))}
        self.base = max(len(self.run_words), 1)
        keys = np.array([self._key([self.run_words[w] for w in words]) for words, _ in runs], dtype=np.int64)
        order = np.argsort(keys)
        self.run_keys = keys[order]
        self.run_columns = np.array([i for _, i in runs], dtype=np.int64)[order]
        self._words = _Numbered()
        self._columns: list[tuple[int, int, int]] = []  # per word number: run number, column, stem column
        self._table = np.zeros((0, 3), dtype=np.int64)

    def _key(self, parts):
        """The integer key of a run of words: their run numbers (ints, or arrays for many runs)."""
        key = 0
        for part in parts:
            key = key * self.base + part
        return key + (len(parts) - 2) * self.base ** 2  # keeps pairs and triples apart

    def _new_word(self, word: str | None) -> None:
        if word is None:
            self._columns.clear()
            self._table = np.zeros((0, 3), dtype=np.int64)
            return
        stem = self.index.get("~" + word[:STEM_LENGTH], -1) if len(word) > STEM_LENGTH + 1 else -1
        self._columns.append((self.run_words.get(word, -1), self.index.get(word, -1), stem))

    def counts(self, word_lists: Sequence[list[str]]) -> sp.csr_matrix:
        numbers = self._words.numbers_of([w for words in word_lists for w in words], self._new_word)
        if len(self._table) != len(self._columns):
            self._table = np.array(self._columns, dtype=np.int64).reshape(-1, 3)
        run, single, stem = self._table[numbers].T
        rows = np.repeat(np.arange(len(word_lists)), [len(words) for words in word_lists])
        found_rows, found_columns = [rows[single >= 0], rows[stem >= 0]], [single[single >= 0], stem[stem >= 0]]
        for length in (2, 3) if self.triples else (2,):
            n = len(run) - length + 1
            if n <= 0 or not len(self.run_keys):
                continue
            parts = [run[i:i + n] for i in range(length)]
            ok = rows[:n] == rows[length - 1:length - 1 + n]  # the run stays within one text
            for part in parts:
                ok &= part >= 0
            key = self._key(parts)
            at = np.minimum(np.searchsorted(self.run_keys, key), len(self.run_keys) - 1)
            ok &= self.run_keys[at] == key
            found_rows.append(rows[:n][ok])
            found_columns.append(self.run_columns[at[ok]])
        counts = sp.csr_matrix((np.ones(sum(len(r) for r in found_rows), dtype=np.float32),
                                (np.concatenate(found_rows), np.concatenate(found_columns))),
                               shape=(len(word_lists), len(self.index)))
        counts.sum_duplicates()
        return counts


class CharGramCounter:
    """Counts of the character n-grams of "<token>" over each text's tokens (features.tokens_of).

    Tokens repeat from message to message, so each token's n-gram indices are worked out once and
    kept by token number; a batch's counts are one sparse product, (texts x tokens) @ (tokens x
    n-grams), which sums repeats in C: several times faster than building n-grams per message.
    """

    def __init__(self, grams: Iterable[str] | dict[str, int], ngram_range: tuple[int, int]) -> None:
        self.ngram_range = ngram_range
        self.index = grams if isinstance(grams, dict) else {str(g): i for i, g in enumerate(grams)}
        self._tokens = _Numbered()
        self._grams: list[np.ndarray] = []  # per token number: the columns of its n-grams

    def grams_of(self, token: str) -> list[str]:
        padded = f"<{token}>"
        low, high = self.ngram_range
        return [padded[i:i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1)]

    def _new_token(self, token: str | None) -> None:
        if token is None:
            self._grams.clear()
            return
        self._grams.append(np.array([i for i in map(self.index.get, self.grams_of(token)) if i is not None],
                                    dtype=np.int32))

    def counts(self, token_lists: Sequence[list[str]]) -> sp.csr_matrix:
        numbers = self._tokens.numbers_of([t for tokens in token_lists for t in tokens], self._new_token)
        # Renumber the batch's distinct tokens 0..k-1: the product needs only their rows.
        distinct, batch_numbers = np.unique(numbers, return_inverse=True)
        ends = np.concatenate([[0], np.cumsum([len(tokens) for tokens in token_lists], dtype=np.int64)])
        per_text = sp.csr_matrix((np.ones(len(numbers), dtype=np.float32), batch_numbers.astype(np.int32), ends),
                                 shape=(len(token_lists), len(distinct)))
        token_grams = [self._grams[n] for n in distinct]
        gram_ends = np.concatenate([[0], np.cumsum([len(g) for g in token_grams], dtype=np.int64)])
        grams = np.concatenate(token_grams) if token_grams else np.zeros(0, dtype=np.int32)
        per_token = sp.csr_matrix((np.ones(len(grams), dtype=np.float32), grams, gram_ends),
                                  shape=(len(distinct), len(self.index)))
        return (per_text @ per_token).tocsr()


def tfidf_dot(counts: sp.csr_matrix, idf: np.ndarray, coef: np.ndarray) -> np.ndarray:
    """tfidf_rows(counts, idf) @ coef, without building the rows: the fast path of prediction."""
    weights = np.log(counts.data, dtype=np.float64)
    weights += 1.0
    weights *= idf[counts.indices]
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    # bincount sums per row (float64; an all-empty batch would come back as integers otherwise).
    dots = np.bincount(rows, weights * coef[counts.indices], minlength=counts.shape[0]).astype(np.float64)
    norms = np.sqrt(np.bincount(rows, weights * weights, minlength=counts.shape[0]).astype(np.float64))
    return np.divide(dots, norms, out=np.zeros_like(dots), where=norms > 0)


def tfidf_rows(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    """scikit-learn's TfidfTransformer(sublinear_tf=True, norm="l2") with the given idf weights."""
    weighted = counts.astype(np.float32, copy=True)
    np.log(weighted.data, weighted.data)
    weighted.data += 1.0
    weighted.data *= idf[weighted.indices]
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.diags(1.0 / norms) @ weighted
