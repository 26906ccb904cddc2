"""Training the stated-reason model (onward.classifier.reasons) from classifier/corpus/reasons/.

    python -m onward.classifier.reasons_training

rebuilds the shipped classifier/reasons-model.npz. tests/test_reasons.py fails while the shipped
model is not what a fresh training on the corpus gives, so this cannot be forgotten.

Each corpus line is a written rejection: {"id", "writer", "language", "subject", "body", "reason",
"sentence"}, where "sentence" is the sentence of the body that states the reason (null for
"none"). Every sentence of every rejection's new text is an example: labelled with the mail's
reason when it is that sentence, "none" otherwise.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from onward.classifier import reasons
from onward.classifier.feedback import new_text_of, sentences_of
from onward.classifier.feedback_training import same_sentence
from onward.classifier.reasons import NONE, REASONS, ReasonModel

CORPUS_DIR = Path(__file__).parent / "corpus" / "reasons"
C = 10.0  # little data, distinct phrasing: weak regularisation (chosen on writer-held-out CV)
TRAINING_VERSION = 1  # bump with any change that makes training decide differently


@dataclass(frozen=True)
class Rejection:
    """One written rejection: its new text, stated reason, and the sentence that states it."""

    id: str
    writer: str
    language: str
    reason: str
    new_text: str
    sentence: str | None


def load(paths: Sequence[Path] | None = None) -> list[Rejection]:
    """The rejections in the corpus files (every .jsonl in CORPUS_DIR by default)."""
    found = []
    for path in paths or sorted(CORPUS_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                if entry["reason"] not in REASONS:
                    raise ValueError(f"{path.name}: {entry['id']}: unknown reason {entry['reason']!r}")
                found.append(Rejection(entry["id"], entry.get("writer", path.stem), entry["language"],
                                       entry["reason"], new_text_of(entry["body"]), entry.get("sentence")))
    return found


def fingerprint(paths: Sequence[Path] | None = None) -> str:
    """Changes with the corpus or TRAINING_VERSION: the shipped model's key."""
    digest = hashlib.sha256(f"training={TRAINING_VERSION}".encode())
    for path in paths or sorted(CORPUS_DIR.glob("*.jsonl")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def sentence_examples(rejections: Sequence[Rejection]) -> tuple[list[str], list[str]]:
    """Every sentence of every new text, labelled with the mail's reason where it states it."""
    texts, labels = [], []
    for rejection in rejections:
        for sentence in sentences_of(rejection.new_text):
            states = rejection.sentence is not None and same_sentence(sentence, rejection.sentence)
            texts.append(sentence)
            labels.append(rejection.reason if states else NONE)
    return texts, labels


def train_arrays(rejections: Sequence[Rejection]) -> tuple[dict[str, np.ndarray], dict]:
    """The model's arrays (as saved) and the header naming its classes."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = sentence_examples(rejections)
    vectorizer = TfidfVectorizer(analyzer=reasons.terms, sublinear_tf=True, min_df=2)
    features = vectorizer.fit_transform(texts)
    # Multinomial (lbfgs' default) so predict_proba is the softmax reasons.py computes.
    regression = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    regression.fit(features, labels)
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    arrays = {"terms": np.array(terms, dtype=str), "idf": vectorizer.idf_.astype(np.float32),
              "coef": regression.coef_.astype(np.float32),
              "intercept": regression.intercept_.astype(np.float32)}
    return arrays, {"classes": [str(c) for c in regression.classes_]}


def train(rejections: Sequence[Rejection]) -> ReasonModel:
    return reasons.from_arrays(*train_arrays(rejections))


def ship(path: Path = reasons.SHIPPED_PATH) -> Path:
    """Train on the whole corpus and save the model that ships with onward."""
    arrays, header = train_arrays(load())
    reasons.write(arrays, {**header, "key": fingerprint()}, path)
    return path


if __name__ == "__main__":
    print(f"wrote {ship()}")
