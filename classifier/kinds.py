"""Kinds of job mail (issue 13): what a job search's mail is, beyond "rejection or not".

A job search brings application confirmations, invitations, offers, rejections, other job mail
(status updates, alerts, a recruiter's first message, the candidate's own withdrawal) and mail that
is no job mail at all. The kinds are a second linear head on the built-in rejection model's own
features: the message is read and counted once, and the head adds one small matrix (a row of
weights per kind), trained with scikit-learn on the corpus's categories. The rejection model stays
the only judge of what gets a draft; the kinds describe the search, for the report.

    python -m onward.classifier.kinds   # retrain builtin-kinds.npz alone (`.ship` rebuilds both)
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from onward.classifier import corpus
from onward.classifier.model import Model, safe_text
from onward.classifier.text import message_text

logger = logging.getLogger(__name__)

APPLIED, INVITATION, OFFER, REJECTION, OTHER_JOB, NOT_JOB = (
    "applied", "invitation", "offer", "rejection", "other_job", "not_job")
KINDS = (APPLIED, INVITATION, OFFER, REJECTION, OTHER_JOB, NOT_JOB)
# Corpus categories (of every writer's brief, training and held-out) to kinds; every rejection
# category is REJECTION by its label.
CATEGORY_KINDS = {
    "application_received": APPLIED,
    "interview_invitation": INVITATION, "assessment_invitation": INVITATION, "next_steps": INVITATION,
    "offer": OFFER,
    "status_update": OTHER_JOB, "own_withdrawal": OTHER_JOB, "candidate_declined": OTHER_JOB,
    "job_alert": OTHER_JOB, "recruiter_outreach": OTHER_JOB,
    "negative_non_job": NOT_JOB, "everyday": NOT_JOB, "not_job": NOT_JOB,
}
SHIPPED_KINDS_PATH = Path(__file__).parent / "builtin-kinds.npz"
# Everyday mail (shops, banks, newsletters, friends, colleagues), written for the kinds alone: the
# corpus has little of it, and the head took one everyday mail in eleven for job mail (bench/
# everyday_mail.py, on other writers' everyday mail), which the report would count and the scan
# would read for its company and role. The rejection model does not learn from it: it already
# takes none of that mail for a rejection, and it stays as shipped.
EVERYDAY_DIR = corpus.CORPUS_DIR / "everyday"
FORMAT = 1
DEFAULT_C = 100.0  # chosen by writer-disjoint cross-validation: bench/kinds_quality.py --cv (1, 10, 100)


def kind_of_example(example: corpus.Example) -> str | None:
    """The kind a corpus example was written as; None for a category no kind covers."""
    if example.label == REJECTION:
        return REJECTION
    return CATEGORY_KINDS.get(example.category)


@dataclass(frozen=True)
class KindVerdict:
    kind: str
    probability: float  # of that kind, among the kinds


@dataclass
class KindsHead:
    """A row of weights per kind over a Model's features; `key` names the model they belong to."""

    kinds: tuple[str, ...]
    coef: np.ndarray  # (len(kinds), number of features)
    intercept: np.ndarray  # (len(kinds),)
    key: str

    def probabilities(self, model: Model, texts: Sequence[str]) -> np.ndarray:
        """For each already-extracted text, the probability of each kind (rows sum to 1)."""
        if not len(texts):
            return np.zeros((0, len(self.kinds)))
        return self.from_scores(model.scores(texts, self.coef.T))  # numpy only: no scipy while predicting

    def from_scores(self, scores: np.ndarray) -> np.ndarray:
        """The probabilities of each kind from the features' products with `coef` (texts x kinds)."""
        scores = scores + self.intercept
        scores -= scores.max(axis=1, keepdims=True)  # softmax without overflow
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def kinds_of(self, model: Model, raws: Iterable[bytes]) -> list[KindVerdict]:
        """The most likely kind of each raw message, in one vectorised pass."""
        return self.verdicts(self.probabilities(model, [safe_text(raw) for raw in raws]))

    def verdicts(self, probs: np.ndarray) -> list[KindVerdict]:
        """The most likely kind of each row of `probabilities`."""
        return [KindVerdict(self.kinds[i], float(row[i])) for row, i in zip(probs, probs.argmax(axis=1))]


class OnePass:
    """The rejection model and its kinds head read from one featurisation (issue 17): each text is
    counted once, and its TF-IDF row meets both heads' weights side by side. The results are
    exactly those of `model.probabilities` and `head.probabilities`, at about half the cost.

    The head's weights are kept once, as a view into the joint matrix."""

    def __init__(self, model: Model, head: KindsHead) -> None:
        self.model = model
        joint = model.with_head(head.coef.T)
        self.head = KindsHead(head.kinds, joint[:, 1:].T, head.intercept, head.key)
        self._joint = joint

    def read(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(probability of rejection, probabilities of the kinds) of each already-extracted text."""
        rejection, scores = self.model.joint_probabilities(texts, self._joint)
        return rejection, self.head.from_scores(scores)


def train_head(model: Model, texts: Sequence[str], kinds: Sequence[str], key: str = "",
               C: float = DEFAULT_C, sample_weight: Sequence[float] | None = None) -> KindsHead:
    """Fit the kinds head on `model`'s features of already-extracted texts (scikit-learn, a few s)."""
    from sklearn.linear_model import LogisticRegression

    learner = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    learner.fit(model.features(texts), list(kinds), sample_weight=sample_weight)
    order = [list(learner.classes_).index(k) for k in KINDS if k in learner.classes_]
    return KindsHead(tuple(learner.classes_[i] for i in order), learner.coef_[order].astype(np.float32),
                     learner.intercept_[order].astype(np.float32), key)


def corpus_kinds(examples: Iterable[corpus.Example]) -> tuple[list[corpus.Example], list[str]]:
    """The examples that have a kind, and their kinds."""
    pairs = [(e, kind_of_example(e)) for e in examples]
    kept = [(e, k) for e, k in pairs if k is not None]
    return [e for e, _ in kept], [k for _, k in kept]


def builtin_kinds_examples() -> tuple[list[corpus.Example], list[str]]:
    """What the built-in head learns from: the training corpus's mail that has a kind, and the
    everyday mail written for the kinds (all of it not job mail, whatever its category)."""
    examples, kinds = corpus_kinds(corpus.load_corpus(corpus.TRAIN_DIR))
    everyday = corpus.load_corpus(EVERYDAY_DIR)
    return examples + everyday, kinds + [NOT_JOB] * len(everyday)


def train_builtin_head(model: Model, key: str) -> KindsHead:
    examples, kinds = builtin_kinds_examples()
    return train_head(model, [message_text(e.raw) for e in examples], kinds, key)


def write_head(head: KindsHead, path: Path) -> None:
    """Save atomically as plain arrays (no pickle: a file cannot run code)."""
    header = {"format": FORMAT, "key": head.key, "kinds": list(head.kinds)}
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez_compressed(fh, header=np.array(json.dumps(header)), coef=head.coef, intercept=head.intercept)
        os.replace(tmp, path)
        path.chmod(0o644)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def read_head(path: Path, model: Model) -> KindsHead | None:
    """The head saved at `path` if it is whole and fits `model`'s features, else None (logged)."""
    try:
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(str(data["header"][()]))
            coef, intercept = data["coef"].astype(np.float64), data["intercept"].astype(np.float64)
        kinds = tuple(str(k) for k in header["kinds"])
        if header.get("format") != FORMAT or not set(kinds) <= set(KINDS):
            raise ValueError(f"format {header.get('format')!r} with kinds {kinds}")
        features = model.n_features
        if coef.shape != (len(kinds), features) or intercept.shape != (len(kinds),):
            raise ValueError(f"weights of shape {coef.shape} do not fit the model")
        return KindsHead(kinds, coef, intercept, str(header.get("key", "")))
    except Exception as exc:  # missing, damaged or from another model
        logger.info("not using the kinds at %s: %s", path, exc)
        return None


def load_head(model: Model, key: str) -> KindsHead:
    """The shipped head when it belongs to the model of `key` (the built-in one), else one trained now."""
    shipped = read_head(SHIPPED_KINDS_PATH, model) if SHIPPED_KINDS_PATH.exists() else None
    if shipped is not None and shipped.key == key:
        return shipped
    logger.info("training the kinds of job mail (the shipped ones are not from this model)")
    return train_builtin_head(model, key)


def main() -> None:
    from onward.classifier.store import load_model, source_key

    key = source_key()  # the shipped model's: run `python -m onward.classifier.ship` first when it changed
    write_head(train_builtin_head(load_model(), key), SHIPPED_KINDS_PATH)
    print(f"wrote {SHIPPED_KINDS_PATH}")


if __name__ == "__main__":
    main()
