"""The first stage (classifier/prefilter.py) on every labelled set: what it passes and stops.

For each set (the training corpus, the held-out corpus, the independent w1-w8 mail): rejections
passed (must be all), other job mail passed (must be all), mail that is not about a job stopped
(the more the better), and the cost per message. Then the same mail as if it came from a list or a
machine (List-Unsubscribe added), where only job words count; the smallest first-lines window that
still passes every job mail; with --why, the words that let non-job mail through.

    python bench/prefilter_recall.py [--why]
"""

from __future__ import annotations

import argparse
import dataclasses
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from onward.classifier import corpus, prefilter  # noqa: E402

NOT_JOB = frozenset({"everyday", "negative_non_job", "not_job"})  # every other category is job mail
SETS = {"train": corpus.TRAIN_DIR, "heldout": corpus.HELDOUT_DIR,
        "independent": corpus.CORPUS_DIR / "independent"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--why", action="store_true", help="which words let non-job mail through")
    args = parser.parse_args()
    screen = prefilter.default_screen()
    ok = True
    why: collections.Counter = collections.Counter()
    for name, folder in SETS.items():
        examples = corpus.load_corpus(folder)
        started = time.perf_counter()
        reasons = [screen.reason(e.raw) for e in examples]
        per_message = (time.perf_counter() - started) / len(examples) * 1e6
        rejections = [bool(r) for e, r in zip(examples, reasons) if e.label == "rejection"]
        job = [bool(r) for e, r in zip(examples, reasons) if e.label != "rejection" and e.category not in NOT_JOB]
        not_job = [not r for e, r in zip(examples, reasons) if e.label != "rejection" and e.category in NOT_JOB]
        why.update(r for e, r in zip(examples, reasons) if e.category in NOT_JOB and r)
        missed = [e.id for e, r in zip(examples, reasons) if not r and e.category not in NOT_JOB]
        ok &= not missed
        print(f"{name:12s} rejections passed {sum(rejections)}/{len(rejections)}, other job mail passed "
              f"{sum(job)}/{len(job)}, not job mail stopped {sum(not_job)}/{len(not_job)} "
              f"({sum(not_job) / max(len(not_job), 1):.0%}); {per_message:.0f} µs a message"
              + (f"; MISSED {missed}" if missed else ""))
    everything = [e for folder in SETS.values() for e in corpus.load_corpus(folder)]
    bulk = [(e, screen.reason(b"List-Unsubscribe: <mailto:leave@example.org>\n" + e.raw)) for e in everything]
    not_job = [not r for e, r in bulk if e.category in NOT_JOB]
    job = [bool(r) for e, r in bulk if e.category not in NOT_JOB]
    print(f"as list mail (all sets): not job mail stopped {sum(not_job)}/{len(not_job)} "
          f"({sum(not_job) / len(not_job):.0%}), job mail passed {sum(job)}/{len(job)} "
          f"({collections.Counter(e.category for e, r in bulk if not r and e.category not in NOT_JOB).most_common(4)} stopped)")
    job_mail = [e for e in everything if e.category not in NOT_JOB]
    for window in (100, 200, 300, 400, 600, 800, 1000, 1500):
        narrow = dataclasses.replace(screen, window=window)
        if all(narrow.reason(e.raw) for e in job_mail):
            print(f"smallest window passing all job mail: {window} characters (in use: {screen.window})")
            break
    if args.why:
        for reason, n in why.most_common(40):
            print(f"  {n:4d}  {reason}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
