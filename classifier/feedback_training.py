"""Training the feedback models (onward.classifier.feedback) from classifier/corpus/feedback/.

    python -m onward.classifier.feedback_training

rebuilds the shipped classifier/feedback-model.npz. tests/test_feedback_model.py fails while the
shipped model is not what a fresh training on the corpus gives, so this cannot be forgotten.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from onward.classifier import feedback
from onward.classifier.feedback import FEEDBACK, VECTORIZERS, FeedbackModel, Linear

CORPUS_DIR = Path(__file__).parent / "corpus" / "feedback"
C = 10.0  # little data, distinct phrasing: weak regularisation (chosen on cross-validated fA)
TRAINING_VERSION = 1  # bump with any change that makes training decide differently
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Answer:
    """One written answer: its new text, label, language and the sentences that carry feedback."""

    id: str
    writer: str
    language: str
    label: str
    new_text: str
    expected: tuple[str, ...]


def load(paths: Sequence[Path] | None = None) -> list[Answer]:
    """The answers in the corpus files (every .jsonl in CORPUS_DIR by default)."""
    answers = []
    for path in paths or sorted(CORPUS_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                answers.append(Answer(entry["id"], entry.get("writer", path.stem), entry["language"],
                                      entry["label"], feedback.new_text_of(entry["body"]),
                                      tuple(entry.get("expected", {}).get("sentences", []))))
    return answers


def fingerprint(paths: Sequence[Path] | None = None) -> str:
    """Changes with the corpus or TRAINING_VERSION: the shipped model's key."""
    digest = hashlib.sha256(f"training={TRAINING_VERSION}".encode())
    for path in paths or sorted(CORPUS_DIR.glob("*.jsonl")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def same_sentence(a: str, b: str) -> bool:
    """Is `a` the sentence `b` (one holds the other, ignoring spacing and case)?"""
    a, b = normal(a), normal(b)
    return bool(a and b) and (a in b or b in a) and min(len(a), len(b)) >= 0.5 * max(len(a), len(b))


def sentence_examples(answers: Sequence[Answer]) -> tuple[list[str], list[int]]:
    """Every sentence of every new text, 1 where it is one of the expected sentences."""
    texts, labels = [], []
    for answer in answers:
        for sentence in feedback.sentences_of(answer.new_text):
            texts.append(sentence)
            labels.append(int(any(same_sentence(sentence, e) for e in answer.expected)))
    return texts, labels


def _fit(texts: Sequence[str], labels: Sequence[int]) -> tuple[dict, float]:
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizers = {name: TfidfVectorizer(min_df=2, **settings) for name, settings in VECTORIZERS.items()}
    features = sp.hstack([v.fit_transform(list(texts)) for v in vectorizers.values()]).tocsr()
    regression = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=5000)
    regression.fit(features, list(labels))
    arrays = {}
    for name, vectorizer in vectorizers.items():
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
        arrays[f"{name}_terms"] = np.array(terms, dtype=str)
        arrays[f"{name}_idf"] = vectorizer.idf_.astype(np.float32)
    arrays["coef"] = regression.coef_[0].astype(np.float32)
    return arrays, float(regression.intercept_[0])


def train_arrays(answers: Sequence[Answer]) -> tuple[dict[str, np.ndarray], dict]:
    """Both models' arrays (as saved) and the header holding their intercepts."""
    arrays, header = {}, {}
    message_labels = [int(a.label == FEEDBACK) for a in answers]
    sentences, sentence_labels = sentence_examples(answers)
    for part, (texts, labels) in (("message", ([a.new_text for a in answers], message_labels)),
                                  ("sentence", (sentences, sentence_labels))):
        fitted, intercept = _fit(texts, labels)
        arrays.update({f"{part}_{name}": value for name, value in fitted.items()})
        header[f"{part}_intercept"] = intercept
    return arrays, header


def from_arrays(arrays: dict[str, np.ndarray], header: dict) -> FeedbackModel:
    """The model the arrays describe, as read() would build it from the saved file."""
    parts = {}
    for part in ("message", "sentence"):
        parts[part] = Linear({n: [str(t) for t in arrays[f"{part}_{n}_terms"]] for n in VECTORIZERS},
                              {n: arrays[f"{part}_{n}_idf"].astype(np.float64) for n in VECTORIZERS},
                              arrays[f"{part}_coef"].astype(np.float64), header[f"{part}_intercept"])
    return FeedbackModel(parts["message"], parts["sentence"])


def train(answers: Sequence[Answer]) -> FeedbackModel:
    return from_arrays(*train_arrays(answers))


def ship(path: Path = feedback.SHIPPED_PATH) -> Path:
    """Train on the whole corpus and save the model that ships with onward."""
    arrays, header = train_arrays(load())
    feedback.write(arrays, {**header, "key": fingerprint()}, path)
    return path


if __name__ == "__main__":
    print(f"wrote {ship()}")
