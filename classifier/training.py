"""Fitting the model: word and character n-gram TF-IDF into a calibrated linear classifier.

Training is a scikit-learn Pipeline. Its learned numbers (vocabularies, idf weights, the linear
weights and the sigmoid calibration) are then copied into a `Model`, which predicts with numpy and
scipy alone and is saved as plain arrays (classifier.persist): no pickle, and fast to start.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from onward.classifier.char_ngrams import WordCharNgrams
from onward.classifier.features import analyze, analyze_pairs
from onward.classifier.model import REJECTION, Model, ModelWeights

# Chosen by cross-validation on the training part only (bench/classifier_quality.py --select).
DEFAULT_PARAMS: dict[str, Any] = {"C": 10.0, "kinds": ("terms", "char"), "learner": "svm"}
CHAR_RANGE = (2, 5)


def build_pipeline(C: float = DEFAULT_PARAMS["C"], kinds: Sequence[str] = DEFAULT_PARAMS["kinds"],
                   learner: str = DEFAULT_PARAMS["learner"]) -> Pipeline:
    """An untrained pipeline from message text to a calibrated probability of rejection.

    `kinds` picks the features: "terms" (words, runs of 2-3 words, stems: classifier.features),
    "pairs" (the same without runs of three) and "char" (2-5-grams of each token); bench/
    compares these with sklearn's own char_wb n-grams. `learner` is "svm" (linear SVM) or "logistic".
    """
    common = {"sublinear_tf": True, "min_df": 2, "dtype": np.float32}
    options = {
        "terms": lambda: TfidfVectorizer(analyzer=analyze, **common),
        "pairs": lambda: TfidfVectorizer(analyzer=analyze_pairs, **common),
        "char": lambda: Pipeline([("grams", WordCharNgrams(ngram_range=CHAR_RANGE, min_df=2)),
                                  ("weights", TfidfTransformer(sublinear_tf=True))]),
    }
    features = FeatureUnion([(kind, options[kind]()) for kind in kinds])
    if learner == "svm":
        linear = LinearSVC(C=C, class_weight="balanced")
    else:
        linear = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    # Sigmoid calibration is stable on a few thousand examples (isotonic needs more); ensemble=False
    # keeps one linear model, so prediction costs one dot product and --explain can read its weights.
    calibrated = CalibratedClassifierCV(linear, method="sigmoid", cv=5, ensemble=False)
    return Pipeline([("features", features), ("classify", calibrated)])


def fit_pipeline(texts: Sequence[str], labels: Sequence[str], sample_weight: Sequence[float] | None = None,
                 **params) -> Pipeline:
    """Fit a new pipeline on extracted texts; `sample_weight` lets the user's own mail count more."""
    if len(set(labels)) < 2:
        raise ValueError("training needs examples of both rejections and other mail")
    pipeline = build_pipeline(**params)
    fit_params = {}
    if sample_weight is not None:
        fit_params["classify__sample_weight"] = np.asarray(sample_weight, dtype=float)
    return pipeline.fit(list(texts), list(labels), **fit_params)


def to_model(pipeline: Pipeline, origin: str = "built-in") -> Model:
    """Copy a fitted pipeline's learned numbers into a Model (terms/pairs and char features only)."""
    union: FeatureUnion = pipeline.named_steps["features"]
    blocks = dict(union.transformer_list)
    terms = blocks.get("terms") or blocks.get("pairs")
    if terms is None or set(blocks) - {"terms", "pairs", "char"} or len(blocks) > 2:
        raise ValueError(f"a Model cannot hold the features {sorted(blocks)}")
    calibrated = pipeline.named_steps["classify"].calibrated_classifiers_[0]
    linear, sigmoid = calibrated.estimator, calibrated.calibrators[0]
    # The decision function scores classes_[1]; flip it if that is not "rejection".
    sign = 1.0 if linear.classes_[1] == REJECTION else -1.0
    by_index = sorted(terms.vocabulary_.items(), key=lambda item: item[1])
    char = blocks.get("char")
    weights = ModelWeights(
        analyzer="analyze" if "terms" in blocks else "analyze_pairs",
        terms=np.array([term for term, _ in by_index], dtype=str),
        term_idf=terms.idf_.astype(np.float64),
        grams=np.asarray(char.named_steps["grams"].terms_ if char else [], dtype=str),
        gram_idf=(char.named_steps["weights"].idf_ if char else np.zeros(0)).astype(np.float64),
        gram_range=CHAR_RANGE,
        coef=sign * np.asarray(linear.coef_, dtype=np.float64).ravel(),
        intercept=sign * float(np.ravel(linear.intercept_)[0]),
        # sklearn: P(classes_[1]) = 1 / (1 + exp(a * score + b)), with score for classes_[1].
        sigmoid_a=float(sigmoid.a_), sigmoid_b=float(sigmoid.b_) if sign > 0 else -float(sigmoid.b_),
    )
    return Model(weights, origin)


def train(texts: Sequence[str], labels: Sequence[str], sample_weight: Sequence[float] | None = None,
          origin: str = "built-in", **params) -> Model:
    """Fit on extracted texts and return the Model that predicts with what was learned."""
    return to_model(fit_pipeline(texts, labels, sample_weight, **params), origin)
