"""Does an employer's answer hold feedback, and which of its sentences carry it?

Two small linear models over the same kind of features (word 1-2-grams and character 3-5-grams,
tf-idf): one judges the answer's new text as a whole (feedback / no_feedback), the other each of
its sentences. An answer is feedback only when both agree (precision first: a thank-you note listed
as feedback is worse than feedback missed), and the sentences the second model picks are kept.

The new text is what the sender wrote above the quoted history and the signature, cut by the
same reader the drafts use (onward.drafts.layout). The models ship as plain arrays in
feedback-model.npz, rebuilt by `python -m onward.classifier.feedback_training`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from onward.drafts import language, layout, mime_text

SHIPPED_PATH = Path(__file__).parent / "feedback-model.npz"
FORMAT = 1
FEEDBACK, NO_FEEDBACK = "feedback", "no_feedback"
# An answer's score mixes the answer model's probability with the best sentence's (a short piece
# of feedback among long pleasantries is found by the sentence model); it is feedback from
# MESSAGE_THRESHOLD on, if at least one sentence reaches SENTENCE_THRESHOLD. Chosen on 5-fold
# cross-validated fA (bench/feedback_quality.py), precision first: answer model alone at 0.6,
# precision 0.94, recall 0.84; mixed 0.4 at 0.65, 0.96 and 0.91; at 0.7, 0.99 and 0.89.
SENTENCE_WEIGHT = 0.4
MESSAGE_THRESHOLD = 0.7
SENTENCE_THRESHOLD = 0.5
MAX_TEXT = 20_000  # characters of new text judged: feedback is a few paragraphs at most
MAX_SENTENCES = 12
# A sentence ends at . ! ? (or … and the closing quote after it) followed by a capital, a digit or
# an opening mark; a line break that separates paragraphs or list items also ends one.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)]*\s+(?=[\"“„«(¿¡\-–•*]?\s*[A-ZÀ-ÖØ-Þ0-9])")
_BULLET = re.compile(r"^\s*(?:[-–•*]|\d+[.)])\s+")
_SPACE = re.compile(r"\s+")

# Feature settings, the same for training (feedback_training) and prediction.
VECTORIZERS = {
    "word": {"analyzer": "word", "ngram_range": (1, 2), "lowercase": True, "sublinear_tf": True,
             "token_pattern": r"(?u)\b\w+\b"},
    "char": {"analyzer": "char_wb", "ngram_range": (3, 5), "lowercase": True, "sublinear_tf": True},
}


@dataclass(frozen=True)
class Feedback:
    """What an answer says about the application, if anything."""

    is_feedback: bool
    probability: float
    sentences: list[str] = field(default_factory=list)
    language: str = ""


def new_text_of(body: str) -> str:
    """The answer's own words: quoted history, signature and footer cut off (drafts.layout)."""
    return layout.split(body[: MAX_TEXT * 4]).body.strip()[:MAX_TEXT]


def message_body(raw: bytes) -> str:
    """The readable text of a raw message (text/plain, else its HTML as text)."""
    return mime_text.body_text(mime_text.parse(raw))


def sentences_of(text: str) -> list[str]:
    """The sentences of a new text, in order, each on one line (whitespace collapsed)."""
    out: list[str] = []
    for paragraph in re.split(r"\n", text):
        paragraph = _BULLET.sub("", paragraph).strip()
        if not paragraph:
            continue
        out += [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]
    return [_SPACE.sub(" ", s) for s in out]


class Linear:
    """tf-idf features and a logistic regression's weights, as plain arrays."""

    def __init__(self, vocabularies: dict[str, list[str]], idfs: dict[str, np.ndarray],
                 coef: np.ndarray, intercept: float):
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizers = []
        for name, settings in VECTORIZERS.items():
            vectorizer = TfidfVectorizer(vocabulary={t: i for i, t in enumerate(vocabularies[name])},
                                         **settings)
            vectorizer.idf_ = idfs[name]
            self.vectorizers.append(vectorizer)
        self.coef, self.intercept = coef, intercept

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        import scipy.sparse as sp

        if not texts:
            return np.zeros(0)
        features = sp.hstack([v.transform(list(texts)) for v in self.vectorizers]).tocsr()
        return 1.0 / (1.0 + np.exp(-(features @ self.coef + self.intercept)))


@dataclass
class FeedbackModel:
    message: Linear
    sentence: Linear

    def judge_text(self, new_text: str) -> Feedback:
        """Judge an answer's new text (see new_text_of)."""
        sentences = sentences_of(new_text)[:MAX_SENTENCES * 4]
        if not new_text.strip() or not sentences:
            return Feedback(False, 0.0)
        scores = self.sentence.probabilities(sentences)
        probability = ((1 - SENTENCE_WEIGHT) * float(self.message.probabilities([new_text])[0])
                       + SENTENCE_WEIGHT * float(scores.max()))
        picked = [s for s, p in zip(sentences, scores) if p >= SENTENCE_THRESHOLD][:MAX_SENTENCES]
        is_feedback = probability >= MESSAGE_THRESHOLD and bool(picked)
        return Feedback(is_feedback, probability, picked if is_feedback else [],
                        language.detect(new_text))

    def judge(self, raw: bytes) -> Feedback:
        """Judge a raw answer; an unreadable one is no feedback."""
        try:
            return self.judge_text(new_text_of(message_body(raw)))
        except Exception:  # one odd message is never a reason to stop following the others
            return Feedback(False, 0.0)


def write(model_arrays: dict[str, np.ndarray], header: dict, path: Path) -> None:
    """Save the arrays (strings and float32) with a JSON header; no pickles."""
    from onward.classifier.persist import atomic_write
    import io

    buffer = io.BytesIO()
    arrays = {"header": np.array(json.dumps({"format": FORMAT, **header})), **model_arrays}
    np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]  # numpy's stubs: a kwarg is bool
    atomic_write(path, buffer.getvalue())


def read(path: Path) -> tuple[FeedbackModel, dict]:
    """The model saved at `path` and its header (pickles refused)."""
    with np.load(path, allow_pickle=False) as data:
        header = json.loads(str(data["header"][()]))
        if header.get("format") != FORMAT:
            raise ValueError(f"feedback model format {header.get('format')!r}, expected {FORMAT}")
        parts = {}
        for part in ("message", "sentence"):
            vocabularies = {name: [str(t) for t in data[f"{part}_{name}_terms"]] for name in VECTORIZERS}
            idfs = {name: data[f"{part}_{name}_idf"].astype(np.float64) for name in VECTORIZERS}
            parts[part] = Linear(vocabularies, idfs, data[f"{part}_coef"].astype(np.float64),
                                  float(header[f"{part}_intercept"]))
    return FeedbackModel(parts["message"], parts["sentence"]), header


@lru_cache(maxsize=1)
def shipped() -> FeedbackModel:
    """The model that ships with onward (loaded once per process)."""
    return read(SHIPPED_PATH)[0]


def judge(raw: bytes) -> Feedback:
    """Does this answer hold feedback, and which sentences carry it (the shipped model)."""
    return shipped().judge(raw)
