"""Kinds of job mail (classifier/kinds.py): precision and recall per kind, and rejection detection
by the kinds head beside the binary rejection model, on a labelled set.

    python bench/kinds_quality.py [DIR ...]     # default: the corpus's held-out part
    python bench/kinds_quality.py --cv          # writer-disjoint 5-fold CV on the training corpus, per C

DIR holds corpus-style .jsonl files (classifier/corpus/heldout, classifier/corpus/independent, or a
fresh independent set). Every category the writers' briefs use maps to a kind (kinds.CATEGORY_KINDS).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from onward.classifier import corpus, evaluation, message_text  # noqa: E402
from onward.classifier.kinds import (KINDS, REJECTION, builtin_kinds_examples, corpus_kinds, load_head,  # noqa: E402
                                     train_head)
from onward.classifier.store import load_model, source_key  # noqa: E402
from onward.daemon.schema import ClassifierConfig  # noqa: E402

THRESHOLD = ClassifierConfig().threshold  # the service's default, for the binary model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[corpus.HELDOUT_DIR])
    parser.add_argument("--cv", action="store_true", help="writer-disjoint CV on the training corpus")
    parser.add_argument("--C", default="1,10,100", help="with --cv: the C values to compare")
    parser.add_argument("--writers", help="only these writers' mail, e.g. w13,w14,w15,w16 (round 4)")
    args = parser.parse_args()
    writers = set(args.writers.split(",")) if args.writers else None
    model = load_model()
    if args.cv:
        cross_validate(model, [float(c) for c in args.C.split(",")])
        return
    head = load_head(model, source_key())
    for directory in args.dirs:
        examples, truth = corpus_kinds([e for e in corpus.load_corpus(directory)
                                        if writers is None or e.writer in writers])
        raws = [e.raw for e in examples]
        predicted = [v.kind for v in head.kinds_of(model, raws)]
        print(f"{directory}: {len(examples)} messages by {len(set(e.writer for e in examples))} writers")
        per_kind(truth, predicted)
        binary = [v.label for v in model.classify_many(raws, THRESHOLD)]
        as_rejection = lambda kinds: ["rejection" if k == REJECTION else "other" for k in kinds]  # noqa: E731
        for name, labels in ((f"binary model ({THRESHOLD:g})", binary), ("kinds head", as_rejection(predicted))):
            s = evaluation.score(as_rejection(truth), labels)
            print(f"  rejection by the {name:<20} precision {evaluation.fmt(s.precision)}  "
                  f"recall {evaluation.fmt(s.recall)}")
        by_writer = Counter()
        for e, t, p in zip(examples, truth, predicted):
            by_writer[e.writer, t == p] += 1
        print("  right kind by writer: " + ", ".join(
            f"{w} {by_writer[w, True] / (by_writer[w, True] + by_writer[w, False]):.3f}"
            for w in sorted({e.writer for e in examples})))


def per_kind(truth: list[str], predicted: list[str]) -> None:
    right = sum(t == p for t, p in zip(truth, predicted))
    print(f"  right kind: {right / len(truth):.3f} ({right} of {len(truth)})")
    print(f"  {'kind':<11} {'n':>4} {'precision':>9} {'recall':>6}   most often taken for")
    for kind in KINDS:
        n = truth.count(kind)
        said = predicted.count(kind)
        hits = sum(t == p == kind for t, p in zip(truth, predicted))
        confused = Counter(p for t, p in zip(truth, predicted) if t == kind and p != kind).most_common(2)
        print(f"  {kind:<11} {n:>4} {evaluation.fmt(hits / said if said else None):>9} "
              f"{evaluation.fmt(hits / n if n else None):>6}   "
              + ", ".join(f"{k} {c}" for k, c in confused))


def cross_validate(model, Cs: list[float]) -> None:
    """Writer-disjoint folds; the features are the shipped model's, fitted on all the training mail
    (a slight optimism shared by every C, so the comparison between C values stays fair)."""
    from sklearn.model_selection import StratifiedGroupKFold

    examples, kinds = builtin_kinds_examples()
    texts = [message_text(e.raw) for e in examples]
    groups = [e.writer for e in examples]
    folds = list(StratifiedGroupKFold(5, shuffle=True, random_state=0).split(texts, kinds, groups))
    for C in Cs:
        predicted = [""] * len(texts)
        for train, test in folds:
            head = train_head(model, [texts[i] for i in train], [kinds[i] for i in train], C=C)
            for i, v in zip(test, head.probabilities(model, [texts[i] for i in test]).argmax(axis=1)):
                predicted[i] = head.kinds[v]
        print(f"C={C:g}: writer-disjoint 5-fold CV on {len(texts)} messages by {len(set(groups))} writers")
        per_kind(kinds, predicted)


if __name__ == "__main__":
    main()
