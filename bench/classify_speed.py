"""Classify 10,000 messages from raw .eml bytes, parsing included; print messages/s and peak memory.

Run: python bench/classify_speed.py [--messages N] [--batch N] [--mail training|independent]
                                   [--model FILE]
It also times `onward classify one.eml` as a new user's first command: a new process, an empty
state folder, no config (the target is an answer within 2 s).
The built-in model is trained and saved first; then a fresh process loads it from that file, as the
daemon does, so its peak memory is that of classifying, not of training. Threads are pinned to one
(the target is per core). Messages are the training corpus as RFC 5322 bytes, repeated with a
distinct subject each, classified in batches of the daemon's default size; with --mail independent,
the mail of the independent rounds instead (longer and more varied, as real mail is).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # must precede the numpy import

import argparse  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # independent_quality, for --mail independent

from onward.classifier import corpus, message_text  # noqa: E402
from onward.classifier.persist import read_model, write_model  # noqa: E402
from onward.classifier.store import train_builtin  # noqa: E402


def peak_rss_mib() -> float:
    # VmHWM restarts at exec; getrusage's ru_maxrss would still count the training parent we forked from.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def sample_messages(count: int, mail: str = "training") -> tuple[list[bytes], int]:
    """`count` messages cycling through the corpus, and how many distinct corpus messages there are."""
    if mail == "independent":
        from independent_quality import load

        base = [entry["raw"] for entry in load(corpus.CORPUS_DIR / "independent")]
    else:
        base = [e.raw for e in corpus.load_corpus(corpus.TRAIN_DIR)]
    if not base:
        sys.exit("the training corpus is empty")
    # A distinct subject per copy, so that no text is ever the same twice.
    raws = [base[i % len(base)].replace(b"Subject: ", f"Subject: [{i}] ".encode(), 1)
            .replace(b"Message-ID: <", f"Message-ID: <{i}.".encode(), 1) for i in range(count)]
    return raws, min(len(base), count)


def measure(model_path: Path, count: int, batch: int, threshold: float, mail: str) -> int:
    raws, distinct = sample_messages(count, mail)
    size_mib = sum(map(len, raws)) / 2**20
    started = time.perf_counter()
    loaded = read_model(model_path)
    if loaded is None:
        sys.exit(f"cannot load {model_path}")
    model = loaded[0]
    load_s = time.perf_counter() - started
    rss_before = peak_rss_mib()

    # Cold: one pass over the distinct corpus messages with a freshly loaded model, every token new
    # to its n-gram cache. The 10,000 repeat the corpus, so later passes find their tokens cached.
    cold_model = read_model(model_path)[0]
    started = time.perf_counter()
    for i in range(0, distinct, batch):
        cold_model.classify_many(raws[i:min(i + batch, distinct)], threshold)
    cold_s = time.perf_counter() - started
    del cold_model

    started = time.perf_counter()
    texts = [message_text(raw) for raw in raws]
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    for i in range(0, len(texts), batch):
        model.probabilities(texts[i:i + batch])
    predict_s = time.perf_counter() - started

    started, cpu_started = time.perf_counter(), time.process_time()
    verdicts = []
    for i in range(0, len(raws), batch):
        verdicts += model.classify_many(raws[i:i + batch], threshold)
    total_s = time.perf_counter() - started
    # The process's own CPU time: other work on a loaded machine inflates it far less than the wall clock.
    total_cpu_s = time.process_time() - cpu_started

    screened = screened_pass(model, raws, batch, threshold)

    rss_classified = peak_rss_mib()  # before tracemalloc, whose own bookkeeping takes memory too
    # A separate pass for memory: tracemalloc slows Python down, so it must not touch the timing.
    tracemalloc.start()
    for i in range(0, len(raws), batch):
        model.classify_many(raws[i:i + batch], threshold)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    flagged = sum(v.label == "rejection" for v in verdicts)
    # Other work on the machine slows every figure down; the load average says whether it was quiet.
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"messages: {len(raws)} of the {mail} mail ({size_mib:.1f} MiB of raw .eml), batch {batch}, one thread; "
          f"model loaded in {load_s:.2f} s; load average {load} on {os.cpu_count()} cores")
    print(f"parse (message_text) only: {len(raws) / parse_s:,.0f} msg/s ({parse_s:.2f} s)")
    print(f"vectorise + predict only:  {len(raws) / predict_s:,.0f} msg/s ({predict_s:.2f} s)")
    print(f"end to end (classify_many from raw bytes): {len(raws) / total_s:,.0f} msg/s ({total_s:.2f} s); "
          f"{len(raws) / total_cpu_s:,.0f} msg/s of its CPU time")
    print(f"end to end, cold (first {distinct} distinct messages, fresh model): {distinct / cold_s:,.0f} msg/s")
    if screened:
        screened_s, passed, screened_flagged = screened
        print(f"end to end with the first stage in front (classifier/prefilter.py): "
              f"{len(raws) / screened_s:,.0f} msg/s ({screened_s:.2f} s); {passed} of {len(raws)} passed on "
              f"to the model, {screened_flagged} flagged")
    print(f"flagged as rejections: {flagged}")
    print(f"peak memory allocated while classifying (tracemalloc, incl. numpy): {traced_peak / 2**20:.1f} MiB")
    print(f"peak RSS of the classifying process: {rss_classified:.0f} MiB "
          f"({rss_before:.0f} MiB with the model loaded and the {size_mib:.0f} MiB of messages in memory)")
    return 0


def screened_pass(model, raws: list[bytes], batch: int, threshold: float) -> tuple[float, int, int] | None:
    """The first stage, then the model on what it passes, as triage does: (seconds, passed, flagged)."""
    try:
        from onward.classifier import prefilter
    except ImportError:  # a version without the first stage
        return None
    prefilter.default_screen()  # read once per process, as the service does
    started = time.perf_counter()
    passed, flagged = 0, 0
    for i in range(0, len(raws), batch):
        kept = [raw for raw in raws[i:i + batch] if prefilter.passes(raw)]
        passed += len(kept)
        flagged += sum(v.label == "rejection" for v in model.classify_many(kept, threshold)) if kept else 0
    return time.perf_counter() - started, passed, flagged


def first_classify_seconds(runs: int = 3) -> list[float]:
    """Wall time of `onward classify one.eml`, each run in a new process with an empty state folder."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "one.eml"
        sample.write_bytes(sample_messages(1)[0][0])
        for run in range(runs):
            env = dict(os.environ, XDG_STATE_HOME=f"{folder}/state-{run}", XDG_CONFIG_HOME=f"{folder}/none")
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "onward.daemon", "classify", str(sample)], env=env, check=True,
                           capture_output=True, cwd=Path(__file__).resolve().parent.parent)
            times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500, help="messages per classify_many call")
    parser.add_argument("--threshold", type=float, default=0.95)
    parser.add_argument("--mail", choices=("training", "independent"), default="training",
                        help="the training corpus, or the independent rounds' mail (longer)")
    parser.add_argument("--model", type=Path,
                        help="measure this saved model (e.g. classifier/builtin-model.npz) in this process, "
                             "without training one or timing `onward classify`: to compare two versions of the "
                             "code on one model")
    args = parser.parse_args()
    if args.model:
        return measure(args.model, args.messages, args.batch, args.threshold, args.mail)
    first = first_classify_seconds()
    print(f"`onward classify one.eml`, new process, empty state folder: "
          f"{', '.join(f'{t:.2f}' for t in first)} s (target: within 2 s)")
    started = time.perf_counter()
    model = train_builtin()
    print(f"trained the built-in model in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.npz"
        write_model(model, path)
        command = [sys.executable, __file__, "--model", str(path), "--messages", str(args.messages),
                   "--batch", str(args.batch), "--threshold", str(args.threshold), "--mail", args.mail]
        return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main())
