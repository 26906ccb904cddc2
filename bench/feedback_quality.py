"""How well onward tells feedback in an employer's answer, and picks the sentences that carry it.

    python bench/feedback_quality.py [FILE ...] [--folds 5]

Without FILE: cross-validated on the training corpus (classifier/corpus/feedback/*.jsonl): each
answer is judged by a model trained on the other folds (stratified by language and label), or,
when the corpus has several writers, on the other writers' answers only. With FILE (answers in the
same JSON Lines form, by other writers): judged by a model trained on the whole corpus.

Prints, by language: precision and recall of "feedback", and for the answers rightly found to hold
feedback, how the picked sentences match expected.sentences (precision: picked that were
expected; recall: expected that were picked).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from onward.classifier import feedback_training as ft  # noqa: E402
from onward.classifier.feedback import FEEDBACK  # noqa: E402


def _folds(answers: list[ft.Answer], k: int) -> list[list[int]]:
    writers = sorted({a.writer for a in answers})
    if len(writers) > 1:
        return [[i for i, a in enumerate(answers) if a.writer == w] for w in writers]
    strata: dict[tuple, list[int]] = defaultdict(list)
    for i, a in enumerate(answers):
        strata[(a.language, a.label)].append(i)
    folds: list[list[int]] = [[] for _ in range(k)]
    for members in strata.values():
        for n, i in enumerate(members):
            folds[n % k].append(i)
    return folds


def judged(answers: list[ft.Answer], tests: list[ft.Answer] | None, k: int) -> list[tuple]:
    """(answer, verdict) for every test answer: held-out folds, or the FILE answers."""
    if tests is not None:
        model = ft.train(answers)
        return [(a, model.judge_text(a.new_text)) for a in tests]
    out = []
    for fold in _folds(answers, k):
        held = set(fold)
        model = ft.train([a for i, a in enumerate(answers) if i not in held])
        out += [(answers[i], model.judge_text(answers[i].new_text)) for i in fold]
    return out


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "-"


def report(results: list[tuple]) -> None:
    print(f"{'lang':<5} {'n':>4}  {'precision':>14} {'recall':>14}  {'sent. precision':>16} "
          f"{'sent. recall':>14}")
    for lang in sorted({a.language for a, _ in results}) + ["all"]:
        rows = [(a, v) for a, v in results if lang in ("all", a.language)]
        tp = sum(v.is_feedback and a.label == FEEDBACK for a, v in rows)
        said = sum(v.is_feedback for _a, v in rows)
        truth = sum(a.label == FEEDBACK for a, _v in rows)
        picked = right_picked = expected = found = 0
        for a, v in rows:
            if v.is_feedback and a.label == FEEDBACK:
                picked += len(v.sentences)
                right_picked += sum(any(ft.same_sentence(s, e) for e in a.expected) for s in v.sentences)
                expected += len(a.expected)
                found += sum(any(ft.same_sentence(s, e) for s in v.sentences) for e in a.expected)
        print(f"{lang:<5} {len(rows):>4}  {_ratio(tp, said):>14} {_ratio(tp, truth):>14}  "
              f"{_ratio(right_picked, picked):>16} {_ratio(found, expected):>14}")
    wrong = [(a, v) for a, v in results if v.is_feedback != (a.label == FEEDBACK)]
    for a, v in wrong:
        print(f"  wrong: {a.id} ({a.language}, {a.label}) p={v.probability:.2f} {v.sentences[:1]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    answers = ft.load()
    tests = ft.load(args.files) if args.files else None
    print("answers judged by a model trained on " + ("the whole corpus" if tests else
          f"the other folds ({args.folds}-fold, stratified by language and label)"))
    report(judged(answers, tests, args.folds))


if __name__ == "__main__":
    main()
