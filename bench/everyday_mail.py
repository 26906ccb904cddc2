"""What onward makes of everyday mail written by writers who never saw its corpus or code.

    python bench/everyday_mail.py [DIR] [--threshold P] [--list]

DIR (default classifier/corpus/everyday-independent) holds JSON Lines files in the corpus format:
an ordinary inbox's mail that is not about the reader's job search (shops, banks, newsletters,
friends, colleagues...), each with the header fields its sender's system adds (`headers`). For each
writer, language and category: how much of it the first stage stops before the model, how much the
model takes for a rejection (a false alarm: drafts thanking a shop) and how much the kinds take for
job mail (it would count in the report), each also for the mail the first stage lets through, which
is all the scan reads further. The first stage's share of mail stopped is what makes a scan of an
everyday inbox cheap. Never tune on it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from onward.classifier import corpus, kinds, load_model, prefilter  # noqa: E402
from onward.classifier.store import source_key  # noqa: E402
from onward.daemon.schema import ClassifierConfig  # noqa: E402

FOLDER = ROOT / "classifier/corpus/everyday-independent"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=FOLDER)
    parser.add_argument("--threshold", type=float, default=ClassifierConfig().threshold,
                        help="default: the service's default")
    parser.add_argument("--list", action="store_true", help="list each message taken for a rejection or job mail")
    args = parser.parse_args()
    examples = corpus.load_corpus(args.folder)
    if not examples:
        sys.exit(f"no mail in {args.folder}")
    model = load_model(None)
    head = kinds.load_head(model, source_key())
    raws = [e.raw for e in examples]
    verdicts = model.classify_many(raws, args.threshold)
    kind_verdicts = head.kinds_of(model, raws)
    groups: dict[str, list[tuple[bool, bool, bool]]] = defaultdict(list)
    for example, verdict, kind in zip(examples, verdicts, kind_verdicts):
        passes = prefilter.passes(example.raw)
        rejection, job = verdict.label == "rejection", kind.kind != kinds.NOT_JOB
        for group in ("all", f"writer {example.writer}", f"language {example.language}",
                      f"category {example.category}"):
            groups[group].append((passes, rejection, job))
        if args.list and (rejection or job):
            print(f"  {example.id} passes={passes} rejection={rejection} (p={verdict.probability:.3f}) "
                  f"kind={kind.kind}: {example.category}")
    print(f"{args.folder.relative_to(ROOT) if args.folder.is_relative_to(ROOT) else args.folder}: "
          f"{len(examples)} messages by {len({e.writer for e in examples})} writers; shipped model, "
          f"threshold {args.threshold}")
    print(f"{'':30s} {'count':>5s}  {'stopped by the first stage':>26s}  {'taken for a rejection':>28s}"
          f"  {'taken for job mail':>28s}")
    for group in sorted(groups, key=lambda g: (g != "all", g)):
        rows = groups[group]
        count, passing = len(rows), sum(p for p, _r, _j in rows)
        stopped = count - passing
        said = sum(r for _p, r, _j in rows)
        job = sum(j for _p, _r, j in rows)
        # What the scan would do: only mail the first stage lets through meets the model.
        said_passing = sum(p and r for p, r, _j in rows)
        job_passing = sum(p and j for p, _r, j in rows)
        print(f"{group:30s} {count:5d}  {stopped:5d} ({stopped / count:6.1%}){'':11s}"
              f"  {said:4d} ({said / count:5.1%}), {said_passing:3d} passing"
              f"  {job:4d} ({job / count:5.1%}), {job_passing:3d} passing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
