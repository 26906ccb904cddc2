"""Draft facts by language on the independently written mail, and the time to read a rejection.

    python bench/facts_by_language.py [DIR] [--round 1|2|3] [--repeat N]

The same judgement as bench/independent_quality.py (a draft of each rejection the shipped model
catches; a short form of a long name is right; gender markers may be dropped), split by language:
the share of drafts stating a wrong company or role, and for each fact how often it is named right
where the mail names it. Then the time `read_rejection` takes per rejection (best of N runs of the
whole set, the median rejection and the mean; wall and CPU time), the figure bench/RESULTS.md gave
as about 3 ms on 3 Dec 2026 (today's, by bench/read_rejection_speed.py, is in the README's "Where the
figures stand").
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from independent_quality import ROOT, ROUNDS, judge, load  # noqa: E402

from onward.classifier import load_model  # noqa: E402
from onward.daemon.schema import ClassifierConfig  # noqa: E402
from onward.drafts import read_rejection  # noqa: E402
from onward.drafts.lexicon import fold  # noqa: E402

FIELDS = ("company", "role", "person")


def outcomes(entry: dict) -> dict[str, str]:
    read = read_rejection(entry["raw"])
    got = {"company": read.company, "role": read.role, "person": read.full_name or read.first_name}
    want = entry.get("expected") or {}
    found = {}
    for field in FIELDS:
        wanted = want.get(field) or ""
        if field == "person" and got[field] and wanted and fold(got[field]) in fold(wanted):
            found[field] = "right"
        else:
            found[field] = judge(field, got[field], wanted)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "classifier/corpus/independent")
    parser.add_argument("--round", choices=sorted(ROUNDS), help="only that round's writers of the folder")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best counts")
    args = parser.parse_args()
    entries = load(args.folder)
    if args.round:
        entries = [e for e in entries if e["writer"] in ROUNDS[args.round]]
    model = load_model(None)
    verdicts = model.classify_many([e["raw"] for e in entries], ClassifierConfig().threshold)
    caught = [e for e, v in zip(entries, verdicts) if e["label"] == "rejection" and v.label == "rejection"]
    rows: dict[str, list[tuple[dict, dict[str, str]]]] = defaultdict(list)
    for entry in caught:
        found = outcomes(entry)
        rows[entry["language"]].append((entry, found))
        rows["all"].append((entry, found))
    print(f"{args.folder} round {args.round or 'all'}: {len(caught)} drafts of caught rejections")
    print(f"{'language':8s} {'drafts':>6s} {'wrong':>12s}   right where named: company / role / person")
    for language in sorted(rows, key=lambda k: (k != "all", k)):
        group = rows[language]
        wrong = sum(f["company"] == "wrong" or f["role"] == "wrong" for _, f in group)
        rates = []
        for field in FIELDS:
            named = [f[field] for e, f in group if (e.get("expected") or {}).get(field)]
            rates.append(f"{sum(o == 'right' for o in named) / max(len(named), 1):6.1%} of {len(named):3d}")
        print(f"{language:8s} {len(group):6d} {wrong:4d} ({wrong / max(len(group), 1):5.1%})   " + " / ".join(rates))
    raws = [e["raw"] for e in caught]
    # Wall time, and the process's CPU time, which a machine shared with other work disturbs less.
    for name, clock in (("wall", time.perf_counter), ("cpu", time.process_time)):
        best: list[float] = []
        for _ in range(max(args.repeat, 1)):
            times = []
            for raw in raws:
                start = clock()
                read_rejection(raw)
                times.append(clock() - start)
            if not best or sum(times) < sum(best):
                best = times
        print(f"read_rejection ({name}): mean {1000 * statistics.mean(best):.2f} ms, median "
              f"{1000 * statistics.median(best):.2f} ms per rejection (best of {args.repeat} runs of {len(raws)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
