"""Time `drafts.read_rejection` on each rejection of the independent rounds: CPU per message.

    python bench/read_rejection_speed.py [--rounds 1,2,...] [--runs N] [--profile N] [--record] [--cold]

Issue 17 asks for a rejection read for its draft in 1 ms at most. Each rejection of the rounds'
writers (from raw bytes, as the scan hands them over) is read `--runs` times in this process; a
message's figure is its fastest run in CPU time (the machine is shared: other work inflates the
wall clock and the slower runs, not the fastest), and the median and mean over messages are
printed. The first pass, before any timing, warms the process's caches as the service's first
messages do. `--profile N` prints the N costliest functions of one more pass instead (cProfile).
`--record` times `drafts.read_record` instead (the scan's reading of other job mail), on every
message of the rounds, not only the rejections. `--cold` reads each message once, with no warm-up pass,
as a scan reads new mail: what a mail's own words cost (the patterns compiled for its names and role,
which re keeps only for the last few hundred) is counted as the service pays it; the figure is the
total CPU over the messages. That a faster reading reads every mail the same, facts included: bench/record_identity.py --dump
(with the old code) and --against (with the new).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from independent_quality import ROOT, ROUNDS, load_writers  # noqa: E402

from onward.drafts import read_rejection  # noqa: E402


def rejections(rounds: list[str], every_label: bool = False) -> list[bytes]:
    writers = [w for r in rounds for w in ROUNDS[r]]
    return [e["raw"] for e in load_writers(ROOT / "classifier/corpus/independent", writers)
            if every_label or e["label"] == "rejection"]


def per_message_ms(raws: list[bytes], runs: int, read: Callable[[bytes], object] = read_rejection) -> list[float]:
    best = [float("inf")] * len(raws)
    for _ in range(runs):
        for i, raw in enumerate(raws):
            started = time.process_time_ns()
            read(raw)
            best[i] = min(best[i], (time.process_time_ns() - started) / 1e6)
    return best


def profile(raws: list[bytes], top: int, read: Callable[[bytes], object] = read_rejection) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for raw in raws:
        read(raw)
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
    parser.add_argument("--record", action="store_true", help="time drafts.read_record on every message instead")
    parser.add_argument("--cold", action="store_true", help="each message once, no warm-up pass: total CPU")
    args = parser.parse_args()
    raws = rejections(args.rounds.split(","), every_label=args.record)
    read: Callable[[bytes], object] = read_rejection
    if args.record:
        from onward.drafts import read_record
        read = read_record
    if len(raws) < 2:
        parser.error("these rounds hold fewer than two such messages")
    if args.cold:
        read(raws[0])  # the tables and the shipped patterns, compiled once a process, not the mail's own
        started = time.process_time()
        for raw in raws[1:]:
            read(raw)
        spent = time.process_time() - started
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"{len(raws) - 1} {'messages' if args.record else 'rejections'} of rounds {args.rounds}, each read once, "
              f"load average {load}")
        print(f"{'read_record' if args.record else 'read_rejection'}, CPU: {spent:.2f} s, "
              f"{1000 * spent / (len(raws) - 1):.2f} ms a message")
        return 0
    for raw in raws:  # warm-up: the patterns and tables a first message compiles and reads
        read(raw)
    if args.profile:
        profile(raws, args.profile, read)
        return 0
    times = per_message_ms(raws, args.runs, read)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{len(raws)} {'messages' if args.record else 'rejections'} of rounds {args.rounds}, "
          f"fastest of {args.runs} runs each, load average {load}")
    print(f"{'read_record' if args.record else 'read_rejection'}, CPU per message: median {statistics.median(times):.2f} ms, "
          f"mean {statistics.fmean(times):.2f} ms, 90th percentile {statistics.quantiles(times, n=10)[-1]:.2f} ms, "
          f"max {max(times):.2f} ms (target: 1 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
