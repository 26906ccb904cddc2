"""Time `drafts.read_rejection` on each rejection of the independent rounds: CPU per message.

    python bench/read_rejection_speed.py [--rounds 1,2,...] [--runs N] [--profile N]

Issue 17 asks for a rejection read for its draft in 1 ms at most. Each rejection of the rounds'
writers (from raw bytes, as the scan hands them over) is read `--runs` times in this process; a
message's figure is its fastest run in CPU time (the machine is shared: other work inflates the
wall clock and the slower runs, not the fastest), and the median and mean over messages are
printed. The first pass, before any timing, warms the process's caches as the service's first
messages do. `--profile N` prints the N costliest functions of one more pass instead (cProfile).
That a faster reading reads every mail the same, facts included: bench/record_identity.py --dump
(with the old code) and --against (with the new).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from independent_quality import ROOT, ROUNDS, load_writers  # noqa: E402

from onward.drafts import read_rejection  # noqa: E402


def rejections(rounds: list[str]) -> list[bytes]:
    writers = [w for r in rounds for w in ROUNDS[r]]
    return [e["raw"] for e in load_writers(ROOT / "classifier/corpus/independent", writers)
            if e["label"] == "rejection"]


def per_message_ms(raws: list[bytes], runs: int) -> list[float]:
    best = [float("inf")] * len(raws)
    for _ in range(runs):
        for i, raw in enumerate(raws):
            started = time.process_time_ns()
            read_rejection(raw)
            best[i] = min(best[i], (time.process_time_ns() - started) / 1e6)
    return best


def profile(raws: list[bytes], top: int) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for raw in raws:
        read_rejection(raw)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print("by own time:")
    stats.sort_stats("tottime").print_stats(top)
    print("by cumulative time:")
    stats.sort_stats("cumulative").print_stats(top)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default=",".join(ROUNDS), help="independent rounds, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="timed passes; a message's figure is its fastest")
    parser.add_argument("--profile", type=int, metavar="N", help="print the N costliest functions instead")
    args = parser.parse_args()
    raws = rejections(args.rounds.split(","))
    for raw in raws:  # warm-up: the patterns and tables a first message compiles and reads
        read_rejection(raw)
    if args.profile:
        profile(raws, args.profile)
        return 0
    times = per_message_ms(raws, args.runs)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{len(raws)} rejections of rounds {args.rounds}, fastest of {args.runs} runs each, "
          f"load average {load}")
    print(f"read_rejection, CPU per message: median {statistics.median(times):.2f} ms, "
          f"mean {statistics.fmean(times):.2f} ms, 90th percentile {statistics.quantiles(times, n=10)[-1]:.2f} ms, "
          f"max {max(times):.2f} ms (target: 1 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
