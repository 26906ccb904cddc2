"""Texts to TF-IDF scores with numpy only: prediction imports neither scipy nor scikit-learn.

Training fits scikit-learn vectorisers (classifier.training); prediction reuses their vocabularies
and idf weights here, computing exactly what their `transform` computes: counts, 1 + log(count),
times idf, each row scaled to unit length. A batch's counts are plain arrays (`Counts`: row,
column, count, sorted and without repeats); `Counts.to_csr` makes the scipy matrix that training
and the kinds head's training need. Not importing scipy or scikit-learn keeps `onward classify`
quick to start and the service small (issue 17), and the counting below is faster than theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, repeat
from typing import Iterable, Sequence

import numpy as np

from onward.classifier.features import STEM_LENGTH, bare

_CACHE_LIMIT = 100_000  # distinct words (and tokens) remembered; a daemon must not grow unbounded


@dataclass(frozen=True)
class Counts:
    """A batch's counts: text rows[i] has counts[i] of column columns[i]; sorted by row, then column,
    and no (row, column) twice, as in a scipy CSR matrix after sum_duplicates."""

    rows: np.ndarray  # int64
    columns: np.ndarray  # int64
    counts: np.ndarray  # float64
    shape: tuple[int, int]

    @property
    def nnz(self) -> int:
        return len(self.counts)

    def to_csr(self, values: np.ndarray | None = None):
        """These counts (or other `values` of the same entries) as a scipy CSR matrix, float32 as
        scikit-learn's vectorisers give them. For training: prediction never imports scipy."""
        import scipy.sparse as sp

        indptr = np.searchsorted(self.rows, np.arange(self.shape[0] + 1))
        data = self.counts.astype(np.float32) if values is None else values
        return sp.csr_matrix((data, self.columns, indptr), shape=self.shape)


def key_type(shape: tuple[int, int]) -> type:
    """The integer type of row * columns + column keys: int32 (half the memory traffic) when it fits."""
    return np.int64 if shape[0] * max(shape[1], 1) >= 2**31 else np.int32


def unique_counts(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]) -> Counts:
    """Count each (row, column) pair: one sort of integer keys (numpy's sort is vectorised)."""
    kind = key_type(shape)
    keys = rows.astype(kind) * kind(shape[1])
    keys += columns.astype(kind)
    return counted_keys(keys, shape)


def counted_keys(keys: np.ndarray, shape: tuple[int, int]) -> Counts:
    """unique_counts of the keys row * columns + column (sorted here, in place)."""
    n_rows, n_columns = shape
    keys.sort()
    if not len(keys):
        empty = np.zeros(0, dtype=np.int64)
        return Counts(empty, empty, np.zeros(0), shape)
    # Each run of equal keys is one entry: where a run starts, its key, and its length (the count).
    starts, counts = _runs(keys)
    kept = keys[starts].astype(np.int64)
    # The keys are sorted, so each row's entries lie between its first possible key and the next row's:
    # their rows come from one searchsorted of the row bounds, not from dividing every key.
    row_bounds = np.searchsorted(kept, np.arange(1, n_rows + 1, dtype=np.int64) * n_columns)
    found_rows = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(row_bounds, prepend=0))
    kept -= found_rows * n_columns
    return Counts(found_rows, kept, counts, shape)


def counted_columns(columns: np.ndarray, shape: tuple[int, int], row_ends: np.ndarray) -> Counts:
    """unique_counts of texts' columns given one text after another, text i's ending at row_ends[i] (the
    last at len(columns)); each text's are sorted here, in place, on their own.

    counted_keys of row * columns + column keys gives the same; without a row in them, the keys need
    not be built (a repeat and an add over every n-gram of the batch), and each text's sort on its own
    is four times faster than one sort of a whole batch (a thousand columns a text fit in the cache).
    A run of equal columns ends where its text does as well as where the column changes.
    """
    start = 0
    for end in row_ends.tolist():
        columns[start:end].sort()
        start = end
    if not len(columns):
        empty = np.zeros(0, dtype=np.int64)
        return Counts(empty, empty, np.zeros(0), shape)
    text_starts = row_ends[:-1]
    starts, counts = _runs(columns, text_starts[text_starts < len(columns)])
    # The entries of text i are the runs that start before its end and at or after the previous text's.
    per_row = np.diff(np.searchsorted(starts, row_ends), prepend=0)
    found_rows = np.repeat(np.arange(shape[0], dtype=np.int64), per_row)
    return Counts(found_rows, columns[starts].astype(np.int64), counts, shape)


def _runs(values: np.ndarray, also_starting: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal neighbouring `values` (not empty) starts, and its length as a float64
    count; a run also starts at each index of `also_starting`."""
    first = np.empty(len(values), dtype=bool)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    if also_starting is not None:
        first[also_starting] = True
    starts = np.flatnonzero(first)
    counts = np.empty(len(starts), dtype=np.float64)
    np.subtract(starts[1:], starts[:-1], out=counts[:-1])
    counts[-1] = len(values) - starts[-1]
    return starts, counts


def named(rows: np.ndarray, forms: np.ndarray, names: Sequence[frozenset[str]], number_of: dict[str, int]) -> np.ndarray:
    """Which strings of a batch name their text's sender: string i, of text rows[i], has the form
    numbered forms[i] by `number_of`, and names the sender when that form is one of its text's `names`.
    One searchsorted for the whole batch, not a test of each string in Python."""
    width = len(number_of)
    named_keys = sorted(row * width + number for row, row_names in enumerate(names)
                        for number in map(number_of.get, row_names) if number is not None)  # else no string's form
    dropped = np.zeros(len(forms), dtype=bool)
    if not named_keys or not len(forms):
        return dropped
    found = np.array(named_keys, dtype=np.int64)
    # Only a string whose form names the sender of some text of the batch may name its own text's: one
    # flag per form picks those few out, and only they are looked up by (row, form), not every string.
    somewhere = np.zeros(width, dtype=bool)
    somewhere[found % width] = True
    candidates = np.flatnonzero(somewhere[forms])
    keys = rows[candidates].astype(np.int64) * width
    keys += forms[candidates]
    dropped[candidates] = found[np.minimum(np.searchsorted(found, keys), len(found) - 1)] == keys
    return dropped


class _Numbered:
    """Strings numbered in order of first sight, so that a batch's strings become one integer array.

    dict.get mapped over the strings, straight into numpy's fromiter, is the cheapest way from Python
    strings to numpy; whatever is worked out for a string (its columns, its n-grams) is then stored
    once per number.
    """

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.generation = 0  # how many times the numbers were forgotten: numbers kept elsewhere are void after

    def numbers_of(self, string_lists: Sequence[list[str]], on_new, may_forget: bool = True) -> np.ndarray:
        """The number of each string of the lists, one after another; `on_new(string)` is called once
        for each string first seen, in order. Unless `may_forget` is false, all numbers are forgotten
        first if there are too many."""
        if may_forget and len(self.numbers) >= _CACHE_LIMIT:
            self.numbers.clear()
            self.generation += 1
            on_new(None)  # the caller forgets what it stored per number
        found = np.fromiter(map(self.numbers.get, chain.from_iterable(string_lists), repeat(-1)), dtype=np.int64,
                            count=sum(map(len, string_lists)))  # -1 for a string not numbered yet
        unknown = np.flatnonzero(found < 0).tolist()
        if unknown:
            strings = list(chain.from_iterable(string_lists))
            for i in unknown:
                string = strings[i]
                number = self.numbers.get(string, -1)  # numbered a moment ago, further up the batch
                if number < 0:
                    number = self.numbers[string] = len(self.numbers)
                    on_new(string)
                found[i] = number
        return found


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
        self._new: list[int] = []  # run number, column, stem column of each word numbered since the last batch
        self._table = np.zeros((0, 3), dtype=np.int32)  # the same per word number: 12 bytes, not a tuple's 100

    def _key(self, parts):
        """The integer key of a run of words: their run numbers (ints, or arrays for many runs)."""
        key = 0
        for part in parts:
            key = key * self.base + part
        return key + (len(parts) - 2) * self.base ** 2  # keeps pairs and triples apart

    def _new_word(self, word: str | None) -> None:
        if word is None:
            self._new = []
            self._table = np.zeros((0, 3), dtype=np.int32)
            return
        stem = self.index.get("~" + word[:STEM_LENGTH], -1) if len(word) > STEM_LENGTH + 1 else -1
        self._new += (self.run_words.get(word, -1), self.index.get(word, -1), stem)

    @property
    def generation(self) -> int:
        """Changes when the word numbers are forgotten (see `number_words`)."""
        return self._words.generation

    def number_words(self, word_lists: Sequence[list[str]], may_forget: bool = True) -> np.ndarray:
        """The number of each word of the lists, one after another, for `counts_of_numbers`. The numbers
        stay valid while `generation` stays the same: it changes only at a call of this with `may_forget`."""
        numbers = self._words.numbers_of(word_lists, self._new_word, may_forget)
        if self._new:
            self._table = np.concatenate([self._table, np.array(self._new, dtype=np.int32).reshape(-1, 3)])
            self._new = []
        return numbers

    def counts(self, word_lists: Sequence[list[str]], names: Sequence[frozenset[str]] | None = None) -> Counts:
        """The counts of the texts' terms; given each text's sender `names`, those of
        `features.unnamed_words(words, names)`: the names left out in numpy, before the runs are formed."""
        return self.counts_of_numbers(self.number_words(word_lists), [len(words) for words in word_lists], names)

    def counts_of_numbers(self, numbers: np.ndarray, per_row: Sequence[int] | np.ndarray,
                          names: Sequence[frozenset[str]] | None = None) -> Counts:
        """`counts` of texts given as their words' numbers (`number_words`), one text after another,
        `per_row[i]` words for text i."""
        rows = np.repeat(np.arange(len(per_row)), per_row)
        if names is not None:
            dropped = named(rows, numbers, names, self._words.numbers)
            if dropped.any():
                rows, numbers = rows[~dropped], numbers[~dropped]
        run, single, stem = self._table[numbers].astype(np.int64).T
        found_rows, found_columns = [rows[single >= 0], rows[stem >= 0]], [single[single >= 0], stem[stem >= 0]]
        for length in (2, 3) if self.triples else (2,):
            n = len(run) - length + 1
            if n <= 0 or not len(self.run_keys):
                continue
            parts = [run[i:i + n] for i in range(length)]
            ok = rows[:n] == rows[length - 1:length - 1 + n]  # the run stays within one text
            for part in parts:
                ok &= part >= 0
            # Only runs of words that all occur in some run are looked up (about half of them).
            at = np.flatnonzero(ok)
            key = self._key([part[at] for part in parts])
            # Looked up in increasing order: searchsorted then walks the vocabulary's keys forwards,
            # through memory already cached, three times faster with the sort than without it. The
            # found pairs' order does not matter: unique_counts sorts them.
            order = np.argsort(key)
            key, at = key[order], at[order]
            where = np.minimum(np.searchsorted(self.run_keys, key), len(self.run_keys) - 1)
            known = self.run_keys[where] == key
            found_rows.append(rows[at[known]])
            found_columns.append(self.run_columns[where[known]])
        return unique_counts(np.concatenate(found_rows), np.concatenate(found_columns),
                             (len(per_row), len(self.index)))


class CharGramCounter:
    """Counts of the character n-grams of "<token>" over each text's tokens (features.tokens_of).

    Tokens repeat from message to message, so each token's n-gram columns are worked out once and
    kept, all tokens' in one flat array (a start and a length per token number); a batch's counts
    are then one ragged gather and a sort of each text's columns. So is each token's bare form
    (features.bare), a number too: a text's tokens that name its sender are then left out in numpy.
    """

    def __init__(self, grams: Iterable[str] | dict[str, int], ngram_range: tuple[int, int]) -> None:
        self.ngram_range = ngram_range
        self.index = grams if isinstance(grams, dict) else {str(g): i for i, g in enumerate(grams)}
        self._tokens = _Numbered()
        self._spans_by_length: dict[int, list[tuple[int, int]]] = {}
        self._forget(None)

    def _forget(self, _token: None) -> None:
        self._flat = np.zeros(0, dtype=np.int32)  # the columns of every numbered token, in number order
        self._lengths = np.zeros(0, dtype=np.int32)  # how many columns each token number has
        self._starts = np.zeros(0, dtype=np.int32)
        self._new: list[str] = []  # tokens numbered since the last batch, in number order
        self._bare_numbers: dict[str, int] = {}  # each bare form (features.bare) of a numbered token, numbered
        self._bare = np.zeros(0, dtype=np.int32)  # the number of each token number's bare form

    def grams_of(self, token: str) -> list[str]:
        padded = f"<{token}>"
        return [padded[i:j] for i, j in self._spans(len(padded))]

    def _spans(self, length: int) -> list[tuple[int, int]]:
        """(start, end) of each n-gram of a padded token of `length` characters: by n, then by start."""
        spans = self._spans_by_length.get(length)
        if spans is None:
            low, high = self.ngram_range
            spans = [(i, i + n) for n in range(low, high + 1) for i in range(length - n + 1)]
            self._spans_by_length[length] = spans
        return spans

    def _new_token(self, token: str | None) -> None:
        if token is None:
            self._forget(None)
        else:
            self._new.append(token)

    def _number_new_tokens(self) -> None:
        """Work out the columns of the tokens numbered since the last batch, all at once: their n-grams
        looked up in one pass (map and fromiter), the unknown ones (-1) dropped by numpy."""
        tokens, self._new = self._new, []
        grams, per_token = [], []
        for token in tokens:
            spelt = self.grams_of(token)
            grams += spelt
            per_token.append(len(spelt))
        columns = np.fromiter(map(self.index.get, grams, repeat(-1)), dtype=np.int64, count=len(grams))
        known = columns >= 0
        owner = np.repeat(np.arange(len(tokens)), per_token)
        self._flat = np.concatenate([self._flat, columns[known].astype(np.int32)])
        self._lengths = np.concatenate([self._lengths, np.bincount(owner[known], minlength=len(tokens)).astype(np.int32)])
        self._starts = (np.cumsum(self._lengths, dtype=np.int64) - self._lengths).astype(np.int32)
        bare_numbers = self._bare_numbers
        self._bare = np.concatenate([self._bare, np.fromiter(
            (bare_numbers.setdefault(bare(token), len(bare_numbers)) for token in tokens), dtype=np.int32,
            count=len(tokens))])


    @property
    def generation(self) -> int:
        """Changes when the token numbers are forgotten (see `number_tokens`)."""
        return self._tokens.generation

    def number_tokens(self, token_lists: Sequence[list[str]]) -> np.ndarray:
        """The number of each token of the lists, one after another, for `counts_of_numbers`; valid while
        `generation` stays the same (it changes only at a call of this, never within one)."""
        numbers = self._tokens.numbers_of(token_lists, self._new_token)
        if self._new:
            self._number_new_tokens()
        return numbers

    def counts(self, token_lists: Sequence[list[str]], names: Sequence[frozenset[str]] | None = None) -> Counts:
        """The counts of the texts' tokens; given each text's sender `names`, of `features.unnamed(tokens,
        names)`: the same counts, the names left out in numpy rather than token by token in Python."""
        return self.counts_of_numbers(self.number_tokens(token_lists), [len(tokens) for tokens in token_lists], names)

    def counts_of_numbers(self, numbers: np.ndarray, per_row: list[int] | np.ndarray,
                          names: Sequence[frozenset[str]] | None = None) -> Counts:
        """`counts` of texts given as their tokens' numbers (`number_tokens`), one text after another,
        `per_row[i]` tokens for text i."""
        shape = (len(per_row), len(self.index))
        if names is not None:
            rows = np.repeat(np.arange(len(per_row)), per_row)
            dropped = named(rows, self._bare[numbers], names, self._bare_numbers)
            if dropped.any():  # (a text's n-grams are counted, never ordered: leaving tokens out keeps the rest's)
                per_row = np.bincount(rows[~dropped], minlength=len(per_row))
                numbers = numbers[~dropped]
        if not len(numbers):
            return unique_counts(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), shape)
        # Each token occurrence's run of columns, gathered in one go: flat[start + 0 .. start + length - 1];
        # int32 while the numbers fit.
        lengths = self._lengths[numbers]
        ends = np.cumsum(lengths, dtype=np.int64)
        row_ends = np.concatenate(([0], ends))[np.cumsum(per_row)]  # where each text's columns end
        total = int(ends[-1])
        offsets = np.repeat((self._starts[numbers] - (ends - lengths)).astype(np.int32 if total < 2**31 else np.int64),
                            lengths)
        offsets += np.arange(total, dtype=offsets.dtype)
        return counted_columns(self._flat[offsets], shape, row_ends)


def tfidf_scores(counts: Counts, idf: np.ndarray, coef: np.ndarray) -> np.ndarray:
    """tfidf_rows(counts, idf) @ coef (coef: one weight per column, or columns x k): the fast path."""
    weights = np.log(counts.counts)
    weights += 1.0
    weights *= idf[counts.columns]
    n_rows = counts.shape[0]
    norms = np.sqrt(np.bincount(counts.rows, weights * weights, minlength=n_rows).astype(np.float64))
    if coef.ndim == 1:
        # bincount sums per row (float64; an all-empty batch would come back as integers otherwise).
        dots = np.bincount(counts.rows, weights * coef[counts.columns], minlength=n_rows).astype(np.float64)
        return np.divide(dots, norms, out=np.zeros_like(dots), where=norms > 0)
    return np.divide(_head_dots(counts, weights, coef), norms[:, None], out=np.zeros((n_rows, coef.shape[1])),
                     where=norms[:, None] > 0)


def _head_dots(counts: Counts, weights: np.ndarray, coef: np.ndarray) -> np.ndarray:
    """Per row and head (a column of coef), the sum of weights * coef[column, head] over the row's entries
    in their order: one bincount per head, `np.bincount(counts.rows, weights * coef[counts.columns, k])`.

    Computed as one bincount over (row, head) cells, the heads of an entry side by side: each cell still
    adds its products in the entries' order, from 0.0, so each sum is bit for bit that head's bincount;
    but where a bincount per head waits on one running sum for each entry of a row in turn, here the
    heads' sums advance together (the joint pass's seven heads: a third of the time). An entry's weights
    are gathered as one row of `coef` by np.take (several times quicker than `coef[columns]` on 2-D).
    """
    heads = coef.shape[1]
    products = weights[:, None] * np.take(coef, counts.columns, axis=0)  # (entries x heads), in float64
    # Each product's cell, row * heads + head: filled head by head, so that numpy loops over the entries
    # (broadcasting the heads instead loops over seven at a time: a tenth of this function's time more).
    cells = np.empty(products.shape, dtype=np.int64)
    first = counts.rows * heads
    for head in range(heads):
        np.add(first, head, out=cells[:, head])
    sums = np.bincount(cells.ravel(), products.ravel(), minlength=counts.shape[0] * heads)
    return sums.astype(np.float64).reshape(counts.shape[0], heads)


def tfidf_values(counts: Counts, idf: np.ndarray) -> np.ndarray:
    """The tf-idf value of each of `counts`' entries: scikit-learn's TfidfTransformer(sublinear_tf=True,
    norm="l2") with the given idf weights, in float32 as it computes them."""
    weights = counts.counts.astype(np.float32)
    np.log(weights, weights)
    weights += 1.0
    weights *= idf[counts.columns]
    norms = np.sqrt(np.bincount(counts.rows, weights.astype(np.float64) ** 2, minlength=counts.shape[0]))
    norms[norms == 0] = 1.0
    return weights / norms[counts.rows]
