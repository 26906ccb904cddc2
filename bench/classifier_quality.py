"""The classifier's quality: held-out figures beside a plain keyword rule, or model choice by CV.

  python bench/classifier_quality.py            # train on corpus/train, report on corpus/heldout
  python bench/classifier_quality.py --select   # compare designs by cross-validation on corpus/train

--select never reads the held-out part: designs are chosen on the training part alone, and the
held-out report is looked at once, at the end, as an estimate for mail onward has never seen.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from sklearn.metrics import average_precision_score, precision_recall_curve  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from onward.classifier import corpus, evaluation, message_text  # noqa: E402
from onward.classifier.training import CHAR_RANGE, DEFAULT_PARAMS, build_pipeline, fit_pipeline  # noqa: E402
from onward.classifier.persist import read_model  # noqa: E402
from onward.classifier.store import SHIPPED_PATH, source_key, train_builtin  # noqa: E402
from keyword_rule import keyword_says_rejection  # noqa: E402  (bench/, beside this script)

DESIGNS = {  # name: build_pipeline parameters; the first is the default
    "terms+char svm C=10 (default)": DEFAULT_PARAMS,
    "terms+char svm C=0.5": {**DEFAULT_PARAMS, "C": 0.5},
    "terms+char svm C=2": {**DEFAULT_PARAMS, "C": 2.0},
    "terms+char logistic C=30": {**DEFAULT_PARAMS, "learner": "logistic", "C": 30.0},
    "terms svm C=2": {**DEFAULT_PARAMS, "C": 2.0, "kinds": ("terms",)},
    "pairs svm C=2": {**DEFAULT_PARAMS, "C": 2.0, "kinds": ("pairs",)},
    "pairs+char svm C=2": {**DEFAULT_PARAMS, "C": 2.0, "kinds": ("pairs", "char")},
    "terms+sklearn_char svm C=2": {**DEFAULT_PARAMS, "C": 2.0, "kinds": ("terms", "sklearn_char")},
}


def fit_design(texts: Sequence[str], labels: Sequence[str], params: dict):
    """fit_pipeline for a design, also for the one the package does not support ("sklearn_char":
    sklearn's own char_wb 2-5-grams, similar to "char", far slower, and not held by `Model`)."""
    if "sklearn_char" not in params["kinds"]:
        return fit_pipeline(texts, labels, **params)
    pipeline = build_pipeline(**{**params, "kinds": [k for k in params["kinds"] if k != "sklearn_char"]})
    pipeline.named_steps["features"].transformer_list.append(
        ("sklearn_char", TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_RANGE, strip_accents="unicode",
                                         sublinear_tf=True, min_df=2, dtype=np.float32)))
    return pipeline.fit(list(texts), list(labels))


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


def select(threshold: float, folds: int) -> int:
    examples = corpus.load_corpus(corpus.TRAIN_DIR)
    texts = np.array([message_text(e.raw) for e in examples], dtype=object)
    truth = np.array([e.label for e in examples])
    languages = np.array([e.language for e in examples])
    print(f"{folds}-fold stratified CV on {len(examples)} training examples, threshold {threshold}")
    # Stratify on label and language together, so every fold has rejections in every language.
    strata = np.char.add(truth.astype(str), languages.astype(str))
    splits = list(StratifiedKFold(folds, shuffle=True, random_state=0).split(texts, strata))
    print(f"{'design':<28}{'prec':>6}{'rec':>7}{'f1':>7}{'logloss':>9}{'AP':>7}{'R@P.98':>8}"
          f"  recall en/de/fr/es    fit s")
    default_probs = None
    for name, params in DESIGNS.items():
        probs = np.zeros(len(texts))
        started = time.perf_counter()
        for fit_idx, test_idx in splits:
            pipeline = fit_design(list(texts[fit_idx]), list(truth[fit_idx]), params)
            column = list(pipeline.classes_).index("rejection")
            probs[test_idx] = pipeline.predict_proba(list(texts[test_idx]))[:, column]
        seconds = (time.perf_counter() - started) / folds
        print(cv_row(name, probs, truth, languages, threshold) + f"{seconds:>5.1f}")
        default_probs = probs if default_probs is None else default_probs
    # What the threshold trades, for the default design, from the same cross-validated probabilities.
    for other in (0.5, 0.7, 0.8, 0.9, 0.95):
        s = evaluation.score(list(truth), labels_of(default_probs >= other))
        print(f"default design at threshold {other}: precision {evaluation.fmt(s.precision)}, "
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
    return (f"{name:<28}{f(s.precision):>6}{f(s.recall):>7}{f(s.f1):>7}{logloss:>9.4f}{ap:>7.3f}"
            f"{recall_at_98:>8.3f}  {language_recall:<21}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--select", action="store_true", help="compare designs by CV on the training part")
    parser.add_argument("--threshold", type=float, default=0.95, help="the default [classifier] threshold")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    return select(args.threshold, args.folds) if args.select else heldout_report(args.threshold)


if __name__ == "__main__":
    sys.exit(main())
