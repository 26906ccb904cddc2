"""The classifier's quality: held-out figures beside a plain keyword rule, or model choice by CV.

  python bench/classifier_quality.py            # train on corpus/train, report on corpus/heldout
  python bench/classifier_quality.py --select   # compare designs by cross-validation on corpus/train
  python bench/classifier_quality.py --cv       # the default design's CV figures per fold, language,
                                                # category and writer (--design NAME: another design)
  python bench/classifier_quality.py --cv --train-only judge3   # the same folds as without judge3*'s
                                                # mail, which only ever trains: a corpus addition, like for like

Cross-validation is writer-disjoint: each corpus file name without its part number is one writer
(corpus.writer_of), and all of one writer's mail sits on one side of every split (scikit-learn's
StratifiedGroupKFold), so a design cannot score well by recognising how a writer writes (their
company names, templates, pet phrases) instead of what a rejection says.
--select and --cv never read the held-out part: designs are chosen on the training part alone, and
the held-out report is looked at once, at the end, as an estimate for mail onward has never seen.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from typing import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from sklearn.metrics import average_precision_score, precision_recall_curve  # noqa: E402
from sklearn.model_selection import StratifiedGroupKFold  # noqa: E402

from onward.classifier import corpus, evaluation, message_text  # noqa: E402
from onward.classifier.training import DEFAULT_PARAMS, fit_pipeline  # noqa: E402
from onward.classifier.persist import read_model  # noqa: E402
from onward.classifier.store import SHIPPED_PATH, source_key, train_builtin  # noqa: E402
from onward.daemon.schema import ClassifierConfig  # noqa: E402
from keyword_rule import keyword_says_rejection  # noqa: E402  (bench/, beside this script)

BEFORE = {"C": 10.0, "kinds": ("terms", "char"), "learner": "svm", "analyzer": "analyze",
          "char_range": (2, 5), "min_writers": 1, "calibration": "random"}  # the design before issue 10
DESIGNS = {  # name: build_pipeline parameters; the first is the default
    "default": DEFAULT_PARAMS,
    "before issue 10": BEFORE,
    "content terms": {**BEFORE, "analyzer": "analyze_content"},
    "content, no names": {**BEFORE, "analyzer": "analyze_masked"},
    "default, char 3-5": {**DEFAULT_PARAMS, "char_range": (3, 5)},
    "default, C=2": {**DEFAULT_PARAMS, "C": 2.0},
    "default, logistic C=30": {**DEFAULT_PARAMS, "learner": "logistic", "C": 30.0},
    # Tried and dropped (worse by this CV; the figures are in the judgement work's commits): features found in 2+ or
    # 3+ writers' mail only, calibration on writer-disjoint folds, no character n-grams, and the
    # decision phrases as a separate 0/1 block instead of pseudo-words among the terms.
    "default, writer calibration": {**DEFAULT_PARAMS, "calibration": "writers"},
    "default, 2+ writers": {**DEFAULT_PARAMS, "min_writers": 2},
    "default, no char": {**DEFAULT_PARAMS, "kinds": ("terms",)},
}


def score_by(groups: Sequence[str], truth: Sequence[str],
             predicted: Sequence[str]) -> dict[str, evaluation.Scores]:
    """Scores per group value (e.g. per language), in sorted order of the group names."""
    split: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for group, t, p in zip(groups, truth, predicted, strict=True):
        split[group][0].append(t)
        split[group][1].append(p)
    return {group: evaluation.score(*split[group]) for group in sorted(split)}


def labels_of(predicted_rejection) -> list[str]:
    return ["rejection" if p else "other" for p in predicted_rejection]


def row(name: str, n: int, model: evaluation.Scores, keyword: evaluation.Scores) -> str:
    def figures(s: evaluation.Scores) -> str:
        if s.true_positive + s.false_negative == 0:  # no rejections here: only false positives count
            return f"{'-':>5}  {'-':>5}  {s.false_positive:>3}"
        return f"{evaluation.fmt(s.precision)}  {evaluation.fmt(s.recall)}  {s.false_positive:>3}"
    return f"{name:<28}{n:>5}   {figures(model)}   {figures(keyword)}"


def heldout_report(threshold: float) -> int:
    train_set = corpus.load_corpus(corpus.TRAIN_DIR)
    heldout = corpus.load_corpus(corpus.HELDOUT_DIR)
    if not heldout:
        sys.exit(f"no held-out examples in {corpus.HELDOUT_DIR}")
    shipped = read_model(SHIPPED_PATH)
    if shipped and shipped[1].get("key") == source_key():
        model = shipped[0]  # what users get: the model that ships, trained on the same corpus
        print(f"the shipped model ({SHIPPED_PATH.name}, trained on {len(train_set)} training examples); "
              f"held-out: {len(heldout)} examples; threshold {threshold}")
    else:
        started = time.perf_counter()
        model = train_builtin()
        print(f"trained on {len(train_set)} training examples in {time.perf_counter() - started:.1f} s "
              f"(the shipped model is stale); held-out: {len(heldout)} examples; threshold {threshold}")
    texts = [message_text(e.raw) for e in heldout]
    probs = model.probabilities(texts)
    truth = [e.label for e in heldout]
    by_model = labels_of(probs >= threshold)
    by_keyword = labels_of(keyword_says_rejection(t) for t in texts)

    print("\n                               model (P, R, false pos.)   keyword rule (P, R, false pos.)")
    print(f"{'':<28}{'n':>5}   {'prec':>5}  {'rec':>5}  {'fp':>3}   {'prec':>5}  {'rec':>5}  {'fp':>3}")
    print(row("ALL", len(truth), evaluation.score(truth, by_model), evaluation.score(truth, by_keyword)))
    for key in ("language", "category"):
        groups = [getattr(e, key) for e in heldout]
        model_scores = score_by(groups, truth, by_model)
        keyword_scores = score_by(groups, truth, by_keyword)
        print(f"-- by {key}")
        for group, scores in model_scores.items():
            print(row(group, scores.total, scores, keyword_scores[group]))
    print("\nmodel, all held-out messages:")
    print("\n".join("  " + line for line in evaluation.report_lines(evaluation.score(truth, by_model))))
    print("keyword rule, same messages:")
    print("\n".join("  " + line for line in evaluation.report_lines(evaluation.score(truth, by_keyword))))
    for other_threshold in (0.5, 0.9):
        s = evaluation.score(truth, labels_of(probs >= other_threshold))
        print(f"for reference, at threshold {other_threshold}: precision {evaluation.fmt(s.precision)}, "
              f"recall {evaluation.fmt(s.recall)}")
    wrong = [(e, p) for e, p, m in zip(heldout, probs, by_model) if m != e.label]
    print(f"\nmisclassified by the model ({len(wrong)}):")
    for e, p in sorted(wrong, key=lambda pair: pair[0].id):
        print(f"  {e.id:<22} {e.language}  {e.category:<26} truth={e.label:<9} p={p:.3f}")
    return 0


class Folds:
    """The training corpus and its writer-disjoint cross-validation splits."""

    def __init__(self, folds: int, train_only: str | None = None) -> None:
        examples = corpus.load_corpus(corpus.TRAIN_DIR)
        # --train-only PREFIX: those writers' mail is added to every fold's training side and never
        # scored, and the folds are those of the other writers alone: a corpus addition is then
        # compared like for like (adding writers otherwise reshuffles every fold).
        # Several prefixes may be given, comma-separated ("own_withdrawal_,status_update_").
        prefixes = tuple(train_only.split(",")) if train_only else ()
        extra = [e for e in examples if prefixes and e.writer.startswith(prefixes)]
        self.examples = [e for e in examples if not (prefixes and e.writer.startswith(prefixes))]
        self.texts = np.array([message_text(e.raw) for e in self.examples], dtype=object)
        self.truth = np.array([e.label for e in self.examples])
        self.languages = np.array([e.language for e in self.examples])
        self.writers = np.array([e.writer for e in self.examples])
        self.extra_texts = [message_text(e.raw) for e in extra]
        self.extra_truth = [e.label for e in extra]
        self.extra_writers = [e.writer for e in extra]
        # Stratified on the label, so that every fold has rejections; grouped by writer.
        splitter = StratifiedGroupKFold(folds, shuffle=True, random_state=0)
        self.splits = list(splitter.split(self.texts, self.truth, self.writers))

    def predict(self, params: dict) -> np.ndarray:
        """Each example's probability of rejection from the model fitted on the other writers."""
        probs = np.zeros(len(self.texts))
        for fit_idx, test_idx in self.splits:
            pipeline = fit_pipeline(list(self.texts[fit_idx]) + self.extra_texts,
                                    list(self.truth[fit_idx]) + self.extra_truth,
                                    groups=list(self.writers[fit_idx]) + self.extra_writers, **params)
            column = list(pipeline.classes_).index("rejection")
            probs[test_idx] = pipeline.predict_proba(list(self.texts[test_idx]))[:, column]
        return probs


def select(threshold: float, folds: int, only: list[str] | None = None) -> int:
    data = Folds(folds)
    truth, languages = data.truth, data.languages
    print(f"{folds}-fold writer-disjoint CV on {len(truth)} training examples by "
          f"{len(set(data.writers))} writers, threshold {threshold}")
    print(f"{'design':<34}{'prec':>6}{'rec':>7}{'f1':>7}{'logloss':>9}{'AP':>7}{'R@P.98':>8}"
          f"  recall en/de/fr/es    fit s")
    default_probs = None
    for name, params in DESIGNS.items():
        if only and name not in only:
            continue
        started = time.perf_counter()
        probs = data.predict(params)
        seconds = (time.perf_counter() - started) / folds
        print(cv_row(name, probs, truth, languages, threshold) + f"{seconds:>5.1f}", flush=True)
        default_probs = probs if default_probs is None else default_probs
    # What the threshold trades, for the first design run, from the same cross-validated probabilities.
    for other in (0.5, 0.7, 0.8, 0.9, 0.95):
        s = evaluation.score(list(truth), labels_of(default_probs >= other))
        print(f"first design at threshold {other}: precision {evaluation.fmt(s.precision)}, "
              f"recall {evaluation.fmt(s.recall)}")
    return 0


def cv_row(name: str, probs: np.ndarray, truth: np.ndarray, languages: np.ndarray, threshold: float) -> str:
    predicted = labels_of(probs >= threshold)
    s = evaluation.score(list(truth), predicted)
    positive = truth == "rejection"
    clipped = np.clip(probs, 1e-6, 1 - 1e-6)
    logloss = -np.mean(np.where(positive, np.log(clipped), np.log(1 - clipped)))
    # Threshold-free: how well the design ranks rejections above the rest, and the best recall
    # any threshold reaches at the precision the targets ask for.
    precisions, recall_curve, _ = precision_recall_curve(positive, probs)
    recall_at_98 = recall_curve[precisions >= 0.98].max()
    ap = average_precision_score(positive, probs)
    by_language = score_by(list(languages), list(truth), predicted)
    language_recall = "/".join(
        evaluation.fmt(by_language[lang].recall).strip() if lang in by_language else "-"
        for lang in ("en", "de", "fr", "es"))
    f = evaluation.fmt
    return (f"{name:<34}{f(s.precision):>6}{f(s.recall):>7}{f(s.f1):>7}{logloss:>9.4f}{ap:>7.3f}"
            f"{recall_at_98:>8.3f}  {language_recall:<21}")


def cross_validation_report(threshold: float, folds: int, design: str = "default",
                            train_only: str | None = None) -> int:
    """One design's writer-disjoint CV figures: per fold, language, category and writer."""
    data = Folds(folds, train_only)
    started = time.perf_counter()
    params = DESIGNS[design]
    probs = data.predict(params)
    predicted = labels_of(probs >= threshold)
    truth = list(data.truth)
    print(f"{folds}-fold writer-disjoint CV of the design {design!r} {params} on {len(truth)} training "
          f"examples by {len(set(data.writers))} writers, threshold {threshold} "
          f"({time.perf_counter() - started:.0f} s)"
          + (f"; {len(data.extra_texts)} examples of writers {train_only}* only ever trained on" if train_only else ""))
    print(f"\n{'':<28}{'n':>5}   {'prec':>5}  {'rec':>5}  {'f1':>5}  {'fp':>3}  {'fn':>3}")

    def line(name: str, s: evaluation.Scores) -> str:
        f = evaluation.fmt
        return (f"{name:<28}{s.total:>5}   {f(s.precision)}  {f(s.recall)}  {f(s.f1)}  "
                f"{s.false_positive:>3}  {s.false_negative:>3}")

    print(line("ALL", evaluation.score(truth, predicted)))
    fold_of = np.zeros(len(truth), dtype=int)
    for number, (_, test_idx) in enumerate(data.splits, 1):
        fold_of[test_idx] = number
    groups = {
        "fold": [f"{n} ({'+'.join(sorted(set(data.writers[fold_of == n])))})" for n in fold_of],
        "language": list(data.languages),
        "category": [e.category for e in data.examples],
        "writer": list(data.writers),
    }
    for key, values in groups.items():
        print(f"-- by {key}")
        for group, scores in score_by(values, truth, predicted).items():
            print(line(group[:28] if key != "fold" else group, scores))
    wrong = [(e, p) for e, p, m in zip(data.examples, probs, predicted) if m != e.label]
    print(f"\nmisclassified ({len(wrong)}):")
    for e, p in sorted(wrong, key=lambda pair: (pair[0].writer, pair[0].id)):
        print(f"  {e.id:<26} {e.language}  {e.category:<26} truth={e.label:<9} p={p:.3f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--select", action="store_true", help="compare designs by CV on the training part")
    parser.add_argument("--cv", action="store_true",
                        help="the default design's writer-disjoint CV figures per fold, language, category, writer")
    parser.add_argument("--design", action="append",
                        help="with --select: only this design (repeatable); with --cv: this design, not the default")
    parser.add_argument("--threshold", type=float, default=ClassifierConfig().threshold,
                        help="default: the default [classifier] threshold")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--train-only", metavar="PREFIX",
                        help="with --cv: writers whose name starts with PREFIX are only trained on, never scored, "
                             "and the folds are the other writers' (to compare a corpus addition like for like)")
    args = parser.parse_args()
    if args.cv:
        return cross_validation_report(args.threshold, args.folds, (args.design or ["default"])[0], args.train_only)
    return select(args.threshold, args.folds, args.design) if args.select else heldout_report(args.threshold)


if __name__ == "__main__":
    sys.exit(main())
