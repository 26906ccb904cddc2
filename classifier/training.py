"""Fitting the model: word and character n-gram TF-IDF into a calibrated linear classifier.

Training is a scikit-learn Pipeline. Its learned numbers (vocabularies, idf weights, the linear
weights and the sigmoid calibration) are then copied into a `Model`, which predicts with numpy and
scipy alone and is saved as plain arrays (classifier.persist): no pickle, and fast to start.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Sequence, cast

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from onward.classifier.char_ngrams import WordCharNgrams
from onward.classifier.features import (MASKING_ANALYZERS, analyze, analyze_content, analyze_masked, analyze_pairs,
                                        analyze_phrases)
from onward.classifier.model import REJECTION, Model, ModelWeights

# Chosen by writer-disjoint cross-validation on the training part only
# (bench/classifier_quality.py --select and --cv).
DEFAULT_PARAMS: dict[str, Any] = {"C": 10.0, "kinds": ("terms", "char"), "learner": "svm", "analyzer": "analyze_phrases",
                  "char_range": (2, 5), "min_writers": 1, "calibration": "random"}
ANALYZERS = {"analyze": analyze, "analyze_pairs": analyze_pairs, "analyze_content": analyze_content,
             "analyze_masked": analyze_masked, "analyze_phrases": analyze_phrases}


def build_pipeline(C: float = DEFAULT_PARAMS["C"], kinds: Sequence[str] = DEFAULT_PARAMS["kinds"],
                   learner: str = DEFAULT_PARAMS["learner"], analyzer: str = DEFAULT_PARAMS["analyzer"],
                   char_range: tuple[int, int] = DEFAULT_PARAMS["char_range"], min_writers: int = 1,
                   calibration: str = "random", term_vocabulary: Sequence[str] | None = None,
                   allowed_grams: frozenset[str] | None = None) -> Pipeline:
    """An untrained pipeline from message text to a calibrated probability of rejection.

    `kinds` picks the features: "terms" (words, runs of 2-3 words, stems: classifier.features,
    through `analyzer`), "pairs" (the same without runs of three), "char" (`char_range`-grams of
    each token); bench/ compares these with sklearn's own char_wb n-grams. `learner` is "svm" (linear SVM) or
    "logistic". `term_vocabulary` and `allowed_grams` restrict the features to those that
    `writer_vocabularies` found in several writers' mail (`min_writers` and `calibration` are
    used by `fit_pipeline`).
    """
    common = {"sublinear_tf": True, "dtype": np.float32}
    words = {"vocabulary": list(term_vocabulary)} if term_vocabulary is not None else {"min_df": 2}
    options = {
        "terms": lambda: TfidfVectorizer(analyzer=ANALYZERS[analyzer], **common, **words),
        "pairs": lambda: TfidfVectorizer(analyzer=analyze_pairs, **common, **words),
        # cast: tuple() of a (low, high) pair is typed tuple[int, ...]; it is still the pair.
        "char": lambda: Pipeline([("grams", WordCharNgrams(ngram_range=cast("tuple[int, int]", tuple(char_range)),
                                                           min_df=2, allowed=allowed_grams,
                                                           mask_names=analyzer in MASKING_ANALYZERS)),
                                  ("weights", TfidfTransformer(sublinear_tf=True))]),
    }
    features = FeatureUnion([(kind, options[kind]()) for kind in kinds])
    if learner == "svm":
        # A user's corrections weigh several corpus examples and are often near-identical mails: the
        # dual solver then needs more than liblinear's default 1,000 passes to converge. A fit that
        # converges sooner (the built-in corpus alone does) stops there, so this changes nothing else.
        linear = LinearSVC(C=C, class_weight="balanced", max_iter=10_000)
    else:
        linear = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    # Sigmoid calibration is stable on a few thousand examples (isotonic needs more); ensemble=False
    # keeps one linear model, so prediction costs one dot product and --explain can read its weights.
    calibrated = CalibratedClassifierCV(linear, method="sigmoid", cv=5, ensemble=False)
    return Pipeline([("features", features), ("classify", calibrated)])


def writer_vocabularies(texts: Sequence[str], groups: Sequence[str], min_writers: int,
                        analyzer: str = DEFAULT_PARAMS["analyzer"],
                        char_range: tuple[int, int] = DEFAULT_PARAMS["char_range"],
                        ) -> tuple[list[str], frozenset[str]]:
    """The word terms and character n-grams found in at least `min_writers` writers' mail (and in 2+ texts).

    A company's or a person's name, a writer's pet phrase, a template's footer occur in one writer's
    mail: weighing them fits how this corpus was written, not what a rejection says.
    """
    analyze_text = ANALYZERS[analyzer]
    term_sets = [set(analyze_text(text)) for text in texts]
    gram_sets = WordCharNgrams(ngram_range=cast("tuple[int, int]", tuple(char_range)),
                               mask_names=analyzer in MASKING_ANALYZERS).grams_of_texts(texts)
    return (sorted(_shared(term_sets, groups, min_writers)),
            frozenset(_shared(gram_sets, groups, min_writers)))


def _shared(feature_sets: Iterable[set[str]], groups: Sequence[str], min_writers: int) -> set[str]:
    texts: dict[str, int] = defaultdict(int)
    writers: dict[str, set[str]] = defaultdict(set)
    for features, group in zip(feature_sets, groups, strict=True):
        for feature in features:
            texts[feature] += 1
            writers[feature].add(group)
    return {f for f, n in texts.items() if n >= 2 and len(writers[f]) >= min_writers}


def fit_pipeline(texts: Sequence[str], labels: Sequence[str], sample_weight: Sequence[float] | None = None,
                 groups: Sequence[str] | None = None, **params) -> Pipeline:
    """Fit a new pipeline on extracted texts; `sample_weight` lets the user's own mail count more.

    `groups` names each text's writer; without them, each text counts as its own writer.
    """
    if len(set(labels)) < 2:
        raise ValueError("training needs examples of both rejections and other mail")
    params = {**DEFAULT_PARAMS, **params}
    if params["min_writers"] > 1:
        vocabulary, grams = writer_vocabularies(
            texts, list(groups) if groups is not None else [str(i) for i in range(len(texts))],
            params["min_writers"], params["analyzer"], params["char_range"])
        params.update(term_vocabulary=vocabulary, allowed_grams=grams)
    pipeline = build_pipeline(**params)
    if params["calibration"] == "writers" and groups is not None and len(set(groups)) >= 3:
        # The sigmoid is fitted on scores of writers the linear model did not see, as live mail is:
        # scores of the same writers' other messages are more extreme than any new sender's.
        folds = StratifiedGroupKFold(min(5, len(set(groups))), shuffle=True, random_state=0)
        pipeline.set_params(classify__cv=list(folds.split(list(texts), list(labels), list(groups))))
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
        analyzer=_analyzer_name(terms) if "terms" in blocks else "analyze_pairs",
        terms=np.array([term for term, _ in by_index], dtype=str),
        term_idf=terms.idf_.astype(np.float64),
        grams=np.asarray(char.named_steps["grams"].terms_ if char else [], dtype=str),
        gram_idf=(char.named_steps["weights"].idf_ if char else np.zeros(0)).astype(np.float64),
        gram_range=tuple(char.named_steps["grams"].ngram_range) if char else (2, 5),
        coef=sign * np.asarray(linear.coef_, dtype=np.float64).ravel(),
        intercept=sign * float(np.ravel(linear.intercept_)[0]),
        # sklearn: P(classes_[1]) = 1 / (1 + exp(a * score + b)), with score for classes_[1].
        sigmoid_a=float(sigmoid.a_), sigmoid_b=float(sigmoid.b_) if sign > 0 else -float(sigmoid.b_),
    )
    return Model(weights, origin)


def _analyzer_name(vectorizer: TfidfVectorizer) -> str:
    return next(name for name, function in ANALYZERS.items() if function is vectorizer.analyzer)


def train(texts: Sequence[str], labels: Sequence[str], sample_weight: Sequence[float] | None = None,
          origin: str = "built-in", groups: Sequence[str] | None = None, **params) -> Model:
    """Fit on extracted texts and return the Model that predicts with what was learned."""
    return to_model(fit_pipeline(texts, labels, sample_weight, groups, **params), origin)
