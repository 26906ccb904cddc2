"""Check that a change to the classifier's code changes no result: save every output once, compare after.

    python bench/classify_identity.py --save FILE     # before a change
    python bench/classify_identity.py --check FILE    # after it: exits 1 at the first difference

Over every mail of the training corpus and of the independent rounds (8,000+), from raw bytes: the
text the model reads (message_text), its decision phrases (phrase_terms), its word-term and
character n-gram counts, the probability of rejection (exact float64 bits), the kinds' probabilities
through the joint pass, and the first stage's answer. A speed change must keep all of them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from independent_quality import load as load_independent  # noqa: E402
from onward.classifier import corpus, load_model  # noqa: E402
from onward.classifier.features import normalise, phrase_terms  # noqa: E402
from onward.classifier.kinds import OnePass, load_head  # noqa: E402
from onward.classifier.store import source_key  # noqa: E402
from onward.classifier.text import message_text  # noqa: E402

BATCH = 500  # the daemon's batch size; rows must not depend on their batch-mates, but that is checked too


def all_raws() -> list[tuple[str, bytes]]:
    train = [(f"train/{e.id}", e.raw) for e in corpus.load_corpus(corpus.TRAIN_DIR)]
    independent = [(f"independent/{e.get('writer', '')}/{i}", e["raw"])
                   for i, e in enumerate(load_independent(corpus.CORPUS_DIR / "independent"))]
    return train + independent


def _digest(*arrays: np.ndarray) -> str:
    hashed = hashlib.sha256()
    for array in arrays:
        hashed.update(np.ascontiguousarray(array).tobytes())
    return hashed.hexdigest()[:16]


def outputs() -> dict[str, list]:
    from onward.classifier import prefilter

    named = all_raws()
    model = load_model()
    both = OnePass(model, load_head(model, source_key()))
    screen = prefilter.default_screen()
    texts = [message_text(raw) for _, raw in named]
    found: dict[str, list] = {"id": [n for n, _ in named], "text": texts,
                              "phrases": [phrase_terms(normalise(t)) for t in texts],
                              "prefilter": [prefilter.passes(raw) for _, raw in named] if screen is not None else []}
    counts, probs, kinds = [], [], []
    for i in range(0, len(named), BATCH):
        batch = texts[i:i + BATCH]
        terms, grams = model._counts(batch)
        for row in range(len(batch)):
            counts.append("/".join(
                _digest(c.columns[c.rows == row], c.counts[c.rows == row]) for c in (terms, grams) if c is not None))
        probs += [p.hex() for p in model.probabilities(batch).astype(float)]
        rejection, kind_probs = both.read(batch)
        kinds += [_digest(row) for row in kind_probs]
        if [p.hex() for p in rejection.astype(float)] != probs[-len(batch):]:
            sys.exit("the joint pass and probabilities() disagree")
    raws = [raw for _, raw in named]
    from_raw = [v.probability.hex() for i in range(0, len(raws), BATCH)
                for v in model.classify_many(raws[i:i + BATCH], 0.95)]
    found.update(counts=counts, probability=probs, kinds=kinds, from_raw=from_raw)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    now = outputs()
    if args.save:
        args.save.write_bytes(pickle.dumps(now))
        print(f"saved the outputs of {len(now['id'])} mails to {args.save}")
        return 0
    before = pickle.loads(args.check.read_bytes())
    if before["id"] != now["id"]:
        print("the mails differ from those saved")
        return 1
    differences = 0
    for field in before:
        for name, old, new in zip(now["id"], before[field], now[field]):
            if old != new:
                differences += 1
                if differences <= 10:
                    print(f"{field} differs for {name}: {json.dumps(old)[:200]} -> {json.dumps(new)[:200]}")
        if len(before[field]) != len(now[field]):
            differences += 1
            print(f"{field}: {len(before[field])} values before, {len(now[field])} now")
    print(f"{len(now['id'])} mails, {len(before)} outputs each: "
          f"{'identical' if not differences else f'{differences} differences'}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
