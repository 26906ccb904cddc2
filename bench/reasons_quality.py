"""How well onward reads the stated reason of a rejection (onward.classifier.reasons).

    python bench/reasons_quality.py [FILE ...] [--thresholds 0.3,0.5,0.7]

With FILE (rejections as JSON Lines, {"id", "writer", "language", "subject", "body", "reason"}, by
writers other than the corpus'): each is judged by the shipped model. Without FILE: cross-validated
on the training corpus (classifier/corpus/reasons/*.jsonl) by writer: each writer's rejections are
judged by a model trained on the other writers' only, so no phrasing is seen in training.

Prints accuracy, and precision and recall of each reason, overall, by language and by writer, at
the shipped threshold (reasons.THRESHOLD), then accuracy and reason precision/recall (a stated
reason read as any reason, "none" as none) at the other thresholds; then the wrong ones.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from onward.classifier import reasons  # noqa: E402
from onward.classifier import reasons_training as rt  # noqa: E402
from onward.classifier.reasons import NONE, REASONS, THRESHOLD  # noqa: E402


def judged(tests: list[rt.Rejection] | None) -> list[tuple[rt.Rejection, tuple[str, float, str | None]]]:
    """(rejection, best_reason) for each test rejection, or each corpus one held out by writer."""
    if tests is not None:
        model = reasons.shipped()
        return [(r, model.best_reason(r.new_text)) for r in tests]
    corpus = rt.load()
    out = []
    for writer in sorted({r.writer for r in corpus}):
        model = rt.train([r for r in corpus if r.writer != writer])
        out += [(r, model.best_reason(r.new_text)) for r in corpus if r.writer == writer]
    return out


def label(best: tuple[str, float, str | None], threshold: float) -> str:
    return best[0] if best[1] >= threshold else NONE


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def table(rows: list[tuple[rt.Rejection, str]], title: str) -> None:
    right = sum(r.reason == said for r, said in rows)
    print(f"{title}: n={len(rows)} accuracy {_ratio(right, len(rows))}")
    for reason in REASONS:
        truth = sum(r.reason == reason for r, _ in rows)
        said = sum(s == reason for _, s in rows)
        if truth or said:
            tp = sum(r.reason == reason and s == reason for r, s in rows)
            print(f"  {reason:<20} precision {_ratio(tp, said):>14}  recall {_ratio(tp, truth):>14}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8")
    args = parser.parse_args()
    results = judged(rt.load(args.files) if args.files else None)
    print("judged by the shipped model" if args.files else
          "judged by a model trained on the other writers (cross-validation by writer)")
    at = [(r, label(best, THRESHOLD)) for r, best in results]
    table(at, f"all, threshold {THRESHOLD}")
    for key in ("language", "writer"):
        groups: dict[str, list] = defaultdict(list)
        for r, said in at:
            groups[getattr(r, key)].append((r, said))
        for name in sorted(groups):
            table(groups[name], f"{key} {name}")
    print("threshold  accuracy        any-reason precision  any-reason recall")
    for threshold in (float(t) for t in args.thresholds.split(",")):
        rows = [(r, label(best, threshold)) for r, best in results]
        right = sum(r.reason == s for r, s in rows)
        said = sum(s != NONE for _, s in rows)
        truth = sum(r.reason != NONE for r, _ in rows)
        tp = sum(s != NONE and r.reason != NONE for r, s in rows)
        print(f"{threshold:<9}  {_ratio(right, len(rows)):<15} {_ratio(tp, said):<21} {_ratio(tp, truth)}")
    for r, best in results:
        said = label(best, THRESHOLD)
        if said != r.reason:
            sentence = (best[2] or "")[:90]
            print(f"  wrong: {r.id} ({r.language}) {r.reason} read as {said} p={best[1]:.2f} {sentence!r}")


if __name__ == "__main__":
    main()
