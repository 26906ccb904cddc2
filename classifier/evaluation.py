"""Precision, recall, F1 and the confusion matrix, overall and per group (language, category).

Written out rather than taken from sklearn.metrics so that empty groups (a category with no
rejections has no recall) read as "n/a" instead of a warning and a misleading zero.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Sequence

POSITIVE = "rejection"


@dataclass(frozen=True)
class Scores:
    """Counts of one comparison of predictions with labels, rejection being the positive class."""

    true_positive: int
    false_positive: int
    false_negative: int
    true_negative: int

    @property
    def total(self) -> int:
        return self.true_positive + self.false_positive + self.false_negative + self.true_negative

    @property
    def precision(self) -> float | None:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else None

    @property
    def recall(self) -> float | None:
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    @property
    def accuracy(self) -> float | None:
        return (self.true_positive + self.true_negative) / self.total if self.total else None

    def as_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "accuracy": self.accuracy,
                # rows are the truth, columns the prediction, in the order (rejection, other)
                "confusion_matrix": [[self.true_positive, self.false_negative],
                                     [self.false_positive, self.true_negative]]}


def score(truth: Sequence[str], predicted: Sequence[str]) -> Scores:
    """Compare predicted labels with the true ones."""
    pairs = list(zip(truth, predicted, strict=True))
    tp = sum(t == POSITIVE and p == POSITIVE for t, p in pairs)
    fp = sum(t != POSITIVE and p == POSITIVE for t, p in pairs)
    fn = sum(t == POSITIVE and p != POSITIVE for t, p in pairs)
    return Scores(tp, fp, fn, len(pairs) - tp - fp - fn)


def fmt(value: float | None) -> str:
    """A ratio for a table: three decimals, or n/a when it is undefined."""
    return "  n/a" if value is None else f"{value:.3f}"


def report_lines(scores: Scores) -> list[str]:
    """A human-readable block: the four figures and the confusion matrix."""
    return [
        f"messages   {scores.total}",
        f"precision  {fmt(scores.precision)}",
        f"recall     {fmt(scores.recall)}",
        f"f1         {fmt(scores.f1)}",
        "confusion matrix (rows: truth, columns: predicted)",
        "                predicted rejection  predicted other",
        f"  rejection     {scores.true_positive:19d}  {scores.false_negative:15d}",
        f"  other         {scores.false_positive:19d}  {scores.true_negative:15d}",
    ]
