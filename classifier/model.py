"""The trained model at prediction time: TF-IDF rows, one dot product, a calibrated sigmoid.

It holds only the numbers training learned (classifier.training copies them out of the fitted
scikit-learn pipeline), so prediction needs numpy alone, neither scipy nor scikit-learn: `onward
classify` starts in well under a second, a service that has classified stays small, and the saved
form is plain arrays that cannot run code. (`features`, for training the kinds head, builds a scipy
matrix: only training imports scipy.)
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from onward.classifier.counting import CharGramCounter, Counts, TermCounter, tfidf_scores, tfidf_values
from onward.classifier.features import (ANALYZER_TRIPLES, MASKING_ANALYZERS, NEGATIONS, PHRASE_ANALYZERS, STOP_WORDS, WORD,
                                        normalise, phrase_matches, phrase_pattern, phrase_terms, sender_names,
                                        tokens_of)
from onward.classifier.text import message_text
from onward.classifier.token_words import TokenWords

logger = logging.getLogger(__name__)

REJECTION, OTHER = "rejection", "other"


@dataclass(frozen=True)
class Verdict:
    """What the classifier says about one message."""

    label: str  # "rejection" or "other"
    probability: float  # probability that the message is a rejection


@dataclass(frozen=True)
class Weight:
    """One term's push on one message: positive towards rejection, negative away from it."""

    feature: str
    weight: float


@dataclass(frozen=True)
class ModelWeights:
    """Everything a trained model is: vocabularies, idf weights, linear weights, calibration."""

    analyzer: str  # a name in classifier.features.ANALYZER_TRIPLES
    terms: np.ndarray  # word-based terms, in column order
    term_idf: np.ndarray
    grams: np.ndarray  # character n-grams, in column order after the terms
    gram_idf: np.ndarray
    gram_range: tuple[int, int]
    coef: np.ndarray  # one weight per column; positive pushes towards rejection
    intercept: float
    sigmoid_a: float  # P(rejection) = 1 / (1 + exp(a * score + b))
    sigmoid_b: float

    def check(self) -> None:
        """Raise ValueError unless the arrays fit together (a damaged or foreign file)."""
        if self.analyzer not in ANALYZER_TRIPLES:
            raise ValueError(f"unknown analyzer {self.analyzer!r}")
        if len(self.terms) != len(self.term_idf) or len(self.grams) != len(self.gram_idf):
            raise ValueError("vocabulary and idf sizes differ")
        if self.coef.shape != (len(self.terms) + len(self.grams),):
            raise ValueError("the weights do not match the vocabularies")
        if not all(np.isfinite(x).all() for x in (self.term_idf, self.gram_idf, self.coef)):
            raise ValueError("weights that are not finite numbers")


class Model:
    """A trained classifier; safe to share between threads for prediction."""

    def __init__(self, weights: ModelWeights, origin: str = "built-in") -> None:
        weights.check()
        self.origin = origin
        self._terms = TermCounter(weights.terms, ANALYZER_TRIPLES[weights.analyzer])
        # The term strings live on as the keys of the counter's dict, in column order; the array of
        # them is the largest part of a loaded model (11 MB of 40), so it is rebuilt when asked for.
        self._weights = dataclasses.replace(weights, terms=np.zeros(0, dtype=weights.terms.dtype))
        self._n_terms = len(weights.terms)
        self._grams = CharGramCounter(weights.grams, weights.gram_range) if len(weights.grams) else None
        # Words are read from the tokens' numbers (token_words): a model without n-grams numbers its tokens too.
        self._tokens = self._grams if self._grams is not None else CharGramCounter([], weights.gram_range)
        self._words = TokenWords(self._terms, self._tokens)
        self._mask = weights.analyzer in MASKING_ANALYZERS
        self._phrases = weights.analyzer in PHRASE_ANALYZERS
        if self._phrases:
            # Compiled now, with the model, not at the first mail: a scan worker forked once the models
            # are read then shares the compiled regex (daemon/scan_worker.py).
            phrase_pattern()

    @property
    def n_features(self) -> int:
        return self._n_terms + len(self._weights.grams)

    @property
    def weights(self) -> ModelWeights:
        """Everything the model is (for saving it): the term strings are rebuilt at each call."""
        terms = np.array(list(self._terms.index), dtype=self._weights.terms.dtype)
        return dataclasses.replace(self._weights, terms=terms)

    def _counts(self, texts: Sequence[str], evidence: list[bool] | None = None) -> tuple[Counts, Counts | None]:
        """Counts of the word terms and of the character n-grams of already-extracted texts.

        Given a list, `evidence` also gets `_has_evidence(text)` of each text, from the same
        normalised texts and sender names (computing them twice was a twentieth of the time).
        """
        normalised = [normalise(text) for text in texts]  # once per text, for both kinds of feature
        if self._mask or evidence is not None:
            names = [sender_names(n) for n in normalised]
            if evidence is not None:
                evidence.extend(_has_evidence(t, n, m) for t, n, m in zip(texts, normalised, names))
        token_lists = [tokens_of(n) for n in normalised]
        per_row = [len(tokens) for tokens in token_lists]
        token_numbers = self._tokens.number_tokens(token_lists)
        # The sender's names are no evidence (features.sender_names): the counters leave them out.
        unnamed = names if self._mask else None
        # Decision phrases are pseudo-words after each text's words: they end any run, as in training.
        phrase_lists = [phrase_terms(n) for n in normalised] if self._phrases else [[] for _ in normalised]
        if self._phrases and evidence is not None:
            # A next step offered (an interview, an offer, the next round) after the last decision
            # against the candidate, or with no such decision at all: the "no", if any, was for
            # another post or stage, and no weight of other words may make such a mail a rejection,
            # since a draft for an invitation or an offer is the one mistake a user must never see.
            evidence[:] = [has and not _next_step(phrases) for has, phrases in zip(evidence, phrase_lists)]
        words, words_per_row = self._words.words(token_lists, token_numbers, phrase_lists)  # words_of + phrases
        terms = self._terms.counts_of_numbers(words, words_per_row, unnamed)
        grams = self._grams.counts_of_numbers(token_numbers, per_row, unnamed) if self._grams is not None else None
        return terms, grams

    def features(self, texts: Sequence[str]):
        """The TF-IDF rows of already-extracted texts as a scipy CSR matrix: word terms, then character
        n-grams. For training (the kinds head); prediction goes through `scores` without scipy."""
        import scipy.sparse as sp

        terms, grams = self._counts(texts)
        blocks = [terms.to_csr(tfidf_values(terms, self._weights.term_idf))]
        if grams is not None:
            blocks.append(grams.to_csr(tfidf_values(grams, self._weights.gram_idf)))
        return sp.hstack(blocks, format="csr")

    def scores(self, texts: Sequence[str], coef: np.ndarray, evidence: list[bool] | None = None) -> np.ndarray:
        """features(texts) @ coef, for `coef` of one weight per feature or (features x k), in numpy.

        `evidence`, if given, is filled with whether each text carries evidence (`_has_evidence`).
        """
        terms, grams = self._counts(texts, evidence)
        n_terms = self._n_terms
        found = tfidf_scores(terms, self._weights.term_idf, coef[:n_terms])
        if grams is not None:
            found += tfidf_scores(grams, self._weights.gram_idf, coef[n_terms:])
        return found

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Probability of rejection for each already-extracted text."""
        if not len(texts):
            return np.zeros(0)
        evidence: list[bool] = []
        return self._calibrated(self.scores(texts, self._weights.coef, evidence), evidence)

    def with_head(self, head: np.ndarray) -> np.ndarray:
        """The model's own weights and another head's on the same features (`head`: features x k),
        side by side as one (features x 1+k) matrix for `joint_probabilities`."""
        if head.shape[0] != self.n_features:
            raise ValueError(f"a head of {head.shape[0]} features for a model of {self.n_features}")
        # Row-major: a feature's weights of every head lie side by side, so that counting.tfidf_scores
        # gathers each counted feature's in one or two cache lines, not in one line per head.
        joint = np.empty((self.n_features, 1 + head.shape[1]))
        joint[:, 0] = self._weights.coef
        joint[:, 1:] = head
        return joint

    def joint_probabilities(self, texts: Sequence[str], joint: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """`probabilities(texts)` and `features(texts) @ joint[:, 1:]` (another head's scores, the
        kinds'), from one featurisation: the texts are counted once, for both. `joint` comes from
        `with_head`. The probabilities are exactly `probabilities(texts)`'s: column 0 sums the
        same products in the same order."""
        if not len(texts):
            return np.zeros(0), np.zeros((0, joint.shape[1] - 1))
        evidence: list[bool] = []
        scores = self.scores(texts, joint, evidence)
        return self._calibrated(scores[:, 0], evidence), scores[:, 1:]

    def _calibrated(self, scores: np.ndarray, evidence: list[bool]) -> np.ndarray:
        w = self._weights
        scores = scores + w.intercept
        probs = 1.0 / (1.0 + np.exp(w.sigmoid_a * scores + w.sigmoid_b))
        # A text with fewer than three content words besides the sender's names carries no evidence (an
        # empty one, the debris of a broken message, "not a message at all"): it must not draft a reply.
        return np.where(evidence, probs, 0.0)

    def classify(self, raw: bytes, threshold: float) -> Verdict:
        """The verdict on one raw message; never raises on a malformed one."""
        return self.classify_many([raw], threshold)[0]

    def classify_many(self, raws: Iterable[bytes], threshold: float) -> list[Verdict]:
        """Verdicts on many raw messages in one vectorised pass (much faster than one by one)."""
        return self.classify_texts([safe_text(raw) for raw in raws], threshold)

    def classify_texts(self, texts: Sequence[str], threshold: float) -> list[Verdict]:
        """Verdicts on already-extracted texts (message_text), for a caller that reads them anyway."""
        return verdicts(self.probabilities(texts), threshold)

    def explain(self, raw: bytes, top: int = 8) -> list[Weight]:
        """The word terms that pushed this message's score most, strongest first.

        Character n-grams also count in the score but are hard to read, so they are not listed. A
        decision phrase (features.phrase_terms) is listed with the words it matched.
        """
        text = safe_text(raw)
        if not text.strip():
            return []
        terms, _grams = self._counts([text])
        values = tfidf_values(terms, self._weights.term_idf)
        names = list(self._terms.index)
        pushes = [Weight(names[i], float(self._weights.coef[i] * value)) for i, value in zip(terms.columns, values)]
        if self._phrases:  # a decision phrase is listed as the words it matched, not as "=against"
            said: dict[str, list[str]] = {}
            for kind, words in phrase_matches(normalise(text)):
                said.setdefault(kind, []).append(words)
            pushes = [Weight(f"{_PHRASE_KIND[w.feature]}: " + " / ".join(dict.fromkeys(said[w.feature])), w.weight)
                      if w.feature in said else Weight(_PHRASE_KIND[w.feature], w.weight) if w.feature in _PHRASE_KIND
                      else w for w in pushes]
        pushes.sort(key=lambda w: abs(w.weight), reverse=True)
        return pushes[:top]


def _next_step(phrases: list[str]) -> bool:
    """Whether a mail's decision phrases (features.phrase_terms) end on a next step for the reader."""
    return "=invite_after" in phrases or ("=invite" in phrases and "=against" not in phrases)


def _has_evidence(text: str, normalised: str | None = None, names: frozenset[str] | None = None) -> bool:
    """Whether the first _EVIDENCE_PREFIX characters of `text` hold _EVIDENCE_WORDS content words.

    `normalised` and `names` (sender_names) of the whole text, when given, save work where they are
    exactly what the prefix gives: a short text is its own prefix; a text normalised character for
    character keeps every offset (`_keeps_offsets`); and a sender line that ends within the prefix
    names the same names.
    """
    if normalised is not None and len(text) <= _EVIDENCE_PREFIX:
        prefix = normalised
    elif normalised is not None and _keeps_offsets(text, normalised):
        prefix = normalised[:_EVIDENCE_PREFIX]
    else:
        prefix = normalise(text[:_EVIDENCE_PREFIX])
    if names is None or (prefix is not normalised and not _ends_sender_line(prefix)):
        names = sender_names(prefix)  # a name is no evidence (features.sender_names)
    content = 0
    for found in WORD.finditer(prefix):  # words_of(prefix), read only as far as needed
        word = found.group()
        if word not in STOP_WORDS and word not in NEGATIONS and word not in names:
            content += 1
            if content >= _EVIDENCE_WORDS:
                return True
    return False


def _keeps_offsets(text: str, normalised: str) -> bool:
    """Whether normalise(text[:_EVIDENCE_PREFIX]) is normalised[:_EVIDENCE_PREFIX] (normalised: of the text).

    Lower-casing and folding give each character one or more characters, from that character alone,
    except a capital sigma, lower-cased by what follows it; so a text of as many characters as its
    normalised form, with no capital sigma before the cut, has every character normalised to exactly
    one, in its place. Half the mail is not ASCII, and most of it folds so ("é" to "e"): its prefix
    need not be normalised again.
    """
    return len(text) == len(normalised) and (text.isascii() or "\u03a3" not in text[:_EVIDENCE_PREFIX])


def _ends_sender_line(normalised: str) -> bool:
    """Whether the text holds the end of its second line, the sender's (features.sender_names)."""
    first = normalised.find("\n")
    return first >= 0 and normalised.find("\n", first + 1) >= 0


# Every rejection of the corpus has five or more content words besides the sender's names; a text
# with fewer (the debris of a broken message, "Re: dinner / not a message at all") is judged on a
# negation's character n-grams alone, which read as a rejection.
_EVIDENCE_WORDS = 3
_EVIDENCE_PREFIX = 400  # three content words are found in the first lines of any real message


_PHRASE_KIND = {"=against": "decision against you", "=received": "application received",
                "=own": "your own decision", "=invite": "a next step for you",
                "=invite_after": "a next step after the decision"}


def safe_text(raw: bytes) -> str:
    try:
        return message_text(raw)
    except Exception:  # message_text is defensive already; this is the last line of defence
        logger.warning("could not read a message's text; treating it as empty", exc_info=True)
        return ""


def verdicts(probabilities: np.ndarray, threshold: float) -> list[Verdict]:
    """The verdict of each probability of rejection."""
    # tolist gives Python floats, the same numbers, all at once (not one numpy scalar and float() each).
    floats = np.asarray(probabilities, dtype=np.float64).tolist()
    return [Verdict(REJECTION if p >= threshold else OTHER, p) for p in floats]
