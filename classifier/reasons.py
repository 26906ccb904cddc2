"""What a rejection says about why: the stated reason, in a small set of classes, and its sentence.

Most sentences of a rejection state no reason ("Thank you for applying", "Unfortunately we will not
move forward"). A small linear model (multinomial logistic regression over word 1-2-grams and
character 3-5-grams, tf-idf) judges each sentence of the rejection's new text; the mail's reason
is the most confident reason sentence from THRESHOLD on, else "none". Precision first: a reason
read into a bare rejection misleads the report more than a reason missed.

The model ships as plain arrays in reasons-model.npz, rebuilt by
`python -m onward.classifier.reasons_training`, and is applied here with numpy alone (no scipy or
scikit-learn import), computing what scikit-learn's TfidfVectorizer(analyzer=terms,
sublinear_tf=True) and LogisticRegression.predict_proba compute.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from onward.classifier.feedback import new_text_of, sentences_of

SHIPPED_PATH = Path(__file__).parent / "reasons-model.npz"
FORMAT = 1
NONE = "none"
# The same classes as onward.daemon.report.data.REASONS (a test keeps them equal; classifier/
# does not import daemon/).
REASONS = ("position_filled", "closer_experience", "internal_candidate", "role_closed",
           "volume", "location_or_visa", NONE)
# A sentence states its reason from this probability on. Chosen on writer-held-out
# cross-validation (bench/reasons_quality.py, 1,004 rejections by 8 writers): at 0.5 accuracy 0.77,
# a reason read when one was stated 0.90 of the time, recall of "some reason" 0.84; at 0.6, 0.75,
# 0.91 and 0.78; at 0.7, 0.73, 0.95 and 0.68.
THRESHOLD = 0.5
MAX_SENTENCES = 60  # a rejection states its reason early; a long newsletter-like mail is cut
_WORD = re.compile(r"\w+")


def terms(sentence: str) -> list[str]:
    """The features of a sentence: its words and word pairs, and the 3-5 character n-grams of
    each word padded with spaces (as scikit-learn's char_wb), so "abgesagt"/"Absage" and
    "pourvu"/"pourvue" share features."""
    words = _WORD.findall(sentence.lower())
    out = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    for word in words:
        padded = f" {word} "
        for n in range(3, min(5, len(padded)) + 1):
            out += [f"#{padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    return out


@dataclass
class ReasonModel:
    """tf-idf vocabulary and weights, and the regression's per-class weights, as plain arrays."""

    vocabulary: dict[str, int]
    idf: np.ndarray        # (features,)
    coef: np.ndarray       # (classes, features)
    intercept: np.ndarray  # (classes,)
    classes: tuple[str, ...]

    def probabilities(self, sentences: Sequence[str]) -> np.ndarray:
        """(sentences, classes) class probabilities of each sentence."""
        scores = np.tile(self.intercept, (len(sentences), 1))
        for row, sentence in enumerate(sentences):
            counts = Counter(self.vocabulary[t] for t in terms(sentence) if t in self.vocabulary)
            if not counts:
                continue
            columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))))
            weights *= self.idf[columns]
            weights /= np.sqrt(weights @ weights)
            scores[row] += self.coef[:, columns] @ weights
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def best_reason(self, new_text: str) -> tuple[str, float, str | None]:
        """The most probable reason any sentence states, its probability and sentence, whatever
        the probability ("none", 0.0, None for a text without sentences)."""
        sentences = sentences_of(new_text)[:MAX_SENTENCES]
        if not sentences:
            return NONE, 0.0, None
        reason_columns = [i for i, c in enumerate(self.classes) if c != NONE]
        probabilities = self.probabilities(sentences)[:, reason_columns]
        row, column = np.unravel_index(int(probabilities.argmax()), probabilities.shape)
        return self.classes[reason_columns[column]], float(probabilities[row, column]), sentences[row]

    def stated_reason(self, new_text: str, threshold: float = THRESHOLD) -> tuple[str, float, str | None]:
        """The reason a rejection's new text states (see stated_reason)."""
        reason, probability, sentence = self.best_reason(new_text)
        if probability < threshold:
            return NONE, 1.0 - probability, None
        return reason, probability, sentence


def write(arrays: dict[str, np.ndarray], header: dict, path: Path) -> None:
    """Save the arrays (strings and float32) with a JSON header; no pickles."""
    import io

    from onward.classifier.persist import atomic_write  # training only: persist imports scipy

    buffer = io.BytesIO()
    arrays = {"header": np.array(json.dumps({"format": FORMAT, **header})), **arrays}
    np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]  # numpy's stubs: a kwarg is bool
    atomic_write(path, buffer.getvalue())


def from_arrays(arrays: dict[str, np.ndarray], header: dict) -> ReasonModel:
    """The model the arrays describe (as read from the file, or fresh from training)."""
    return ReasonModel({str(t): i for i, t in enumerate(arrays["terms"])},
                       arrays["idf"].astype(np.float64), arrays["coef"].astype(np.float64),
                       arrays["intercept"].astype(np.float64), tuple(header["classes"]))


def read(path: Path) -> tuple[ReasonModel, dict]:
    """The model saved at `path` and its header (pickles refused)."""
    with np.load(path, allow_pickle=False) as data:
        header = json.loads(str(data["header"][()]))
        if header.get("format") != FORMAT:
            raise ValueError(f"reasons model format {header.get('format')!r}, expected {FORMAT}")
        arrays = {name: data[name] for name in ("terms", "idf", "coef", "intercept")}
    return from_arrays(arrays, header), header


@lru_cache(maxsize=1)
def shipped() -> ReasonModel:
    """The model that ships with onward (loaded once per process)."""
    return read(SHIPPED_PATH)[0]


def stated_reason(text: str) -> tuple[str, float, str | None]:
    """The reason a rejection states: (one of REASONS, confidence, the sentence that states it).

    `text` is the rejection's plain text; quoted history, signature and footer are cut here
    (onward.drafts.layout, as for feedback). ("none", confidence, None) when no sentence states a
    reason; unreadable text is "none", never an exception.
    """
    try:
        return shipped().stated_reason(new_text_of(text))
    except (ValueError, IndexError, UnicodeError):  # odd text is no reason to stop recording
        return NONE, 0.0, None
