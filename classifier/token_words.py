"""Each text's words (features.words_of) from its tokens' numbers, without reading the text again.

A word is a run of letters, and no letter is whitespace: a text's words are its whitespace-separated
tokens' words, in order. Tokens repeat from mail to mail (the n-gram counter numbers each once), so
each distinct token's words are found once and kept as the term counter's word numbers; a batch's
words are then one ragged gather of its token numbers, not a regex over every text and a dict
lookup per word (issue 17).
"""

from __future__ import annotations

from itertools import chain
from typing import Sequence

import numpy as np

from onward.classifier.counting import CharGramCounter, TermCounter
from onward.classifier.features import WORD


class TokenWords:
    """The term counter's word numbers of each token, by the n-gram counter's token number."""

    def __init__(self, terms: TermCounter, tokens: CharGramCounter) -> None:
        self._terms, self._tokens = terms, tokens
        self._forget()

    def _forget(self) -> None:
        # Both counters' numbers are kept here: when either forgets its own, these are void.
        self._generations = (self._terms.generation, self._tokens.generation)
        self._lengths = np.zeros(0, dtype=np.int64)  # words of each token number; -1 while not found yet
        self._starts = np.zeros(0, dtype=np.int64)
        self._flat = np.zeros(0, dtype=np.int64)  # the word numbers of every token found, one after another

    def words(self, token_lists: Sequence[list[str]], token_numbers: np.ndarray,
              extra_lists: Sequence[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """The word numbers of each text followed by the numbers of its `extra_lists` strings (decision
        phrases), all texts one after another; and how many each text has. `token_numbers` are the
        numbers of the lists' tokens (CharGramCounter.number_tokens), taken at this generation."""
        extra = self._terms.number_words(extra_lists)  # forgets the words now, if it is to; never further down
        if (self._terms.generation, self._tokens.generation) != self._generations:
            self._forget()
        self._find_new(token_lists, token_numbers)
        lengths = self._lengths[token_numbers]
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if len(ends) else 0
        # flat[start + 0 .. start + length - 1] for each token, gathered in one go
        offsets = np.repeat(self._starts[token_numbers] - (ends - lengths), lengths)
        offsets += np.arange(total)
        words = self._flat[offsets]
        # Each text's words end where its last token's do; its extra strings go right after them.
        token_ends = np.cumsum([len(tokens) for tokens in token_lists], dtype=np.int64)
        word_ends = np.concatenate(([0], ends))[token_ends]
        word_counts = np.diff(word_ends, prepend=0)
        extra_counts = np.array([len(strings) for strings in extra_lists], dtype=np.int64)
        if not len(extra):
            return words, word_counts
        per_row = word_counts + extra_counts
        row_starts = np.cumsum(per_row) - per_row
        merged = np.empty(total + len(extra), dtype=np.int64)
        in_row = np.arange(total) - np.repeat(word_ends - word_counts, word_counts)
        merged[np.repeat(row_starts, word_counts) + in_row] = words
        extra_in_row = np.arange(len(extra)) - np.repeat(np.cumsum(extra_counts) - extra_counts, extra_counts)
        merged[np.repeat(row_starts + word_counts, extra_counts) + extra_in_row] = extra
        return merged, per_row

    def _find_new(self, token_lists: Sequence[list[str]], token_numbers: np.ndarray) -> None:
        """Find the words of the tokens whose numbers have none yet (new, or after a forgetting)."""
        if len(token_numbers) and int(token_numbers.max()) >= len(self._lengths):
            grown = int(token_numbers.max()) + 1 - len(self._lengths)
            self._lengths = np.concatenate([self._lengths, np.full(grown, -1, dtype=np.int64)])
            self._starts = np.concatenate([self._starts, np.zeros(grown, dtype=np.int64)])
        new = np.flatnonzero(self._lengths[token_numbers] < 0)
        if not len(new):
            return
        numbers, first = np.unique(token_numbers[new], return_index=True)
        tokens = list(chain.from_iterable(token_lists))
        # WORD, not words_of's a-z shortcut: the same words (the shortcut is taken only where they are).
        word_lists = [WORD.findall(tokens[i]) for i in new[first].tolist()]
        found = self._terms.number_words(word_lists, may_forget=False)  # the numbers above stay valid
        lengths = np.array([len(words) for words in word_lists], dtype=np.int64)
        self._starts[numbers] = len(self._flat) + np.cumsum(lengths) - lengths
        self._lengths[numbers] = lengths
        self._flat = np.concatenate([self._flat, found.astype(np.int64)])
