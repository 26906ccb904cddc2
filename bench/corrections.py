"""How much one of the user's corrections should weigh: enough to fix their mail, without making
the rest worse.

  python bench/corrections.py [--weights 1,3,10,30,100] [--sizes 10,50,200] [--seed 0] [--wrong 0]

"The user's mail" is classifier/corpus/independent/w1-w4 (writers the training corpus never saw):
shuffled with a fixed seed, its first N mails (N = 10, 50, 200) become corrections, and precision
and recall are measured on the mails after the first 200, the same ones for every N and never a
correction. The corpus's own held-out part (classifier/corpus/heldout) is measured too: the rest
must not get worse. `--wrong K` gives the first K corrections the opposite label: what a user's
mistaken marks do at each weight. "kept" is the share of the corrections the corrected model itself labels as
the user did (with --wrong: as the truth is). Threshold: the service's default. Each row trains the full model (~10 s).
Look out for scikit-learn's ConvergenceWarning: a weight that scores well but does not converge on
a few near-identical corrections (as tests/test_classifier_cli.py's) is no choice.
This reads the independent set, so the weight it picks was chosen on it: its figures are no longer
an unseen estimate for the project's classifier (the lead's independent_quality.py is that).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from onward.classifier import corpus, evaluation, message_text  # noqa: E402
from onward.classifier.store import USER_WEIGHT, builtin_training_set, load_model, train_with_user_examples  # noqa: E402
from onward.daemon.schema import ClassifierConfig  # noqa: E402

USERS_WRITERS = ("w1", "w2", "w3", "w4")
THRESHOLD = ClassifierConfig().threshold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weights", default="1,3,10,30,100", help="weights of one correction to compare")
    parser.add_argument("--sizes", default="10,50,200", help="numbers of corrections")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--wrong", type=int, default=0, help="corrections marked with the wrong label")
    args = parser.parse_args()
    weights = [float(w) for w in args.weights.split(",")]
    sizes = [int(n) for n in args.sizes.split(",")]

    users = [e for e in corpus.load_corpus(corpus.CORPUS_DIR / "independent") if e.writer in USERS_WRITERS]
    random.Random(args.seed).shuffle(users)
    rest = users[max(sizes):]
    heldout = corpus.load_corpus(corpus.HELDOUT_DIR)
    builtin = builtin_training_set()
    print(f"user's mail: {len(users)} ({sum(e.label == 'rejection' for e in users)} rejections), "
          f"measured on {len(rest)} after the first {max(sizes)}; corpus held-out: {len(heldout)}; "
          f"threshold {THRESHOLD}; weight today {USER_WEIGHT:g}")
    print(f"{'corrections':>11} {'weight':>6}  {'user P':>6} {'user R':>6}  {'held P':>6} {'held R':>6}  {'kept':>5}")
    base = load_model()  # the shipped model: no corrections
    _row(0, "-", base, rest, heldout, [])
    for size in sizes:
        chosen = users[:size]
        pairs = [(message_text(e.raw), _opposite(e.label) if i < args.wrong else e.label)
                 for i, e in enumerate(chosen)]
        for weight in weights:
            model = train_with_user_examples(pairs, weight, builtin)
            _row(size, f"{weight:g}", model, rest, heldout, chosen)


def _opposite(label: str) -> str:
    return "other" if label == "rejection" else "rejection"


def _row(size, weight, model, rest, heldout, chosen) -> None:
    user, held = _scores(model, rest), _scores(model, heldout)
    kept = "-"
    if chosen:
        verdicts = model.classify_many([e.raw for e in chosen], THRESHOLD)
        kept = f"{sum(v.label == e.label for v, e in zip(verdicts, chosen)) / len(chosen):.2f}"
    fmt = evaluation.fmt
    print(f"{size:>11} {weight:>6}  {fmt(user.precision):>6} {fmt(user.recall):>6}  "
          f"{fmt(held.precision):>6} {fmt(held.recall):>6}  {kept:>5}", flush=True)


def _scores(model, examples) -> evaluation.Scores:
    verdicts = model.classify_many([e.raw for e in examples], THRESHOLD)
    return evaluation.score([e.label for e in examples], [v.label for v in verdicts])


if __name__ == "__main__":
    main()
