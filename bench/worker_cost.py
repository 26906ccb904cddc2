"""What a scan's worker costs per message on an everyday inbox, in process, and what it decides.

    python bench/worker_cost.py [--messages 5000] [--profile 25] [--dump FILE] [--against FILE]
    python bench/worker_cost.py --processes [--verbose] [--profile 25] [--against FILE]

Builds the mail of `bench/first_scan.py --realistic` (the same generator and seed: mostly mail not
about a job, ~4 % other job mail, ~1 % rejections, 1 % with a 300 kB attachment), cut as the scan's
fetch hands it over (a large message the first stage sets aside arrives as its first 64 KB), and
runs it through what a worker runs (daemon.scan_worker.serve: the Triager, 100 messages at a time,
drafts due at once), without IMAP or processes. Prints the worker's CPU time per message (the
models loaded before timing, as a worker does once per scan).

That leaves out what a worker costs besides its reading: a new Python, its imports (2 s of CPU,
most of it compiling the classifier's phrase patterns), the models (0.5 s), the caches its first
messages fill, and the batches and records pickled over its pipes. `--processes` runs the same
mail through the scan's worker processes instead (daemon.scan_worker.ScanWorkers, in the scan's
batches of 500, both workers from the start as in a large first scan) and prints their CPU time,
all of it: the figure to set beside bench/first_scan.py's "its workers'". `--verbose` has them
log at -v, as first_scan.py runs onward; `--profile N` then adds up the cProfiles each worker
writes of itself (ONWARD_WORKER_PROFILE; a forked worker's includes what its first did before).

`--profile N` prints the N costliest functions of that run by their own time and by their time
with what they call (cProfile), each with its share of the whole. `--dump FILE` writes every
record (status, probability, detail, the kind of job mail and its facts, the composed drafts with
their random parts made constant) as JSON lines; `--against FILE` compares this code's records
with a dump written by other code (e.g. main's checkout) and prints each difference (exit status
1 when there is any): the identity check of a change that should only make the workers cheaper.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import io
import json
import logging
import os
import pstats
import random
import re
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from first_scan import realistic_mailbox  # noqa: E402

from onward.daemon.config import Config  # noqa: E402
from onward.daemon.schema import Duration  # noqa: E402
from onward.daemon.mailbox.imap_session import FIRST_BYTES  # noqa: E402
from onward.daemon.mailbox.message import BODY_CAP, Message, message_key  # noqa: E402
from onward.daemon.scan_worker import CHUNK, ScanWorkers  # noqa: E402
from onward.daemon.triage import Triager, needs_whole  # noqa: E402

NOW = 1_796_000_000.0  # a fixed clock: due times and the drafts' Date are the same in every run
# What differs between two compositions of the same drafts: their Message-ID and MIME boundaries.
_RANDOM = re.compile(rb"(?im)(^message-id:\s*<)[^>\r\n]*|(boundary=\"?)[^\"\r\n;]+|(^--)=+[^\r\n]*")


def fetched(raws: list[bytes]) -> list[bytes]:
    """Each message as the scan's fetch hands it to the workers (daemon.mailbox.imap_session)."""
    out = []
    for raw in raws:
        if len(raw) > FIRST_BYTES and not needs_whole(raw[:FIRST_BYTES]):
            raw = raw[:FIRST_BYTES]
        out.append(raw[:BODY_CAP])
    return out


def batch_of(raws: list[bytes]) -> list[tuple[Message, str]]:
    arrived = dt.datetime.fromtimestamp(NOW - 3600, dt.timezone.utc)
    return [(Message(uid, raw, arrived, len(raw)), message_key(raw)) for uid, raw in enumerate(raws, 1)]


def run(triager: Triager, batch: list[tuple[Message, str]]) -> list:
    """What serve() does with one batch: the triage, CHUNK messages at a time."""
    records: list = []
    for start in range(0, len(batch), CHUNK):
        records += triager(batch[start:start + CHUNK])
    return records


def through_workers(cfg: Config, batch: list[tuple[Message, str]], batch_size: int,
                    profile_dir: str | None) -> tuple[list, list[tuple[int, float]]]:
    """The same mail through the scan's worker processes (daemon.scan_worker.ScanWorkers), in the
    scan's batches, as a first scan of that many messages hands it over: the records, and each
    worker's peak memory (kB) and CPU seconds, its start, imports and models included."""
    if profile_dir:
        os.environ["ONWARD_WORKER_PROFILE"] = profile_dir
    workers = ScanWorkers(cfg, clock=lambda: NOW)
    records: list = []
    try:
        workers.expect(len(batch))
        for start in range(0, len(batch), batch_size):
            records += workers.submit(batch[start:start + batch_size])()
    finally:
        ended = workers.release()
        os.environ.pop("ONWARD_WORKER_PROFILE", None)
    return records, ended


def show_worker_profiles(folder: Path, top: int) -> None:
    """The workers' own profiles (ONWARD_WORKER_PROFILE), added up, by own time and cumulative."""
    files = sorted(folder.glob("worker-*.prof"))
    stats = pstats.Stats(*map(str, files))
    total = stats.total_tt  # type: ignore[attr-defined]
    for order in ("tottime", "cumulative"):
        print(f"\nthe workers ({len(files)}), their {top} costliest functions by {order} "
              f"(of {total:.2f} s profiled):")
        stats.sort_stats(order)
        for func in stats.fcn_list[:top]:  # type: ignore[attr-defined]
            _cc, calls, own, cumulative, _callers = stats.stats[func]  # type: ignore[attr-defined]
            spent = own if order == "tottime" else cumulative
            where = f"{Path(func[0]).parent.name}/{Path(func[0]).name}:{func[1]}({func[2]})"
            print(f"  {100 * spent / total:5.1f} %  {spent:7.2f} s  {calls:>9}  {where}")


def plain(record) -> dict:
    """A record as comparable JSON: the composed drafts unpacked, their random parts made constant."""
    fields = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    fields.pop("raw")
    fields["status"] = str(fields["status"])
    if fields["job"] is not None:
        fields["job"] = repr(fields["job"])
    if fields["composed"] is not None:
        kept = json.loads(zlib.decompress(fields["composed"]))
        kept["drafts"] = [[kind, key, _RANDOM.sub(rb"\1\2\3*", raw.encode("latin-1")).decode("latin-1")]
                          for kind, key, raw in kept["drafts"]]
        fields["composed"] = kept
    return json.loads(json.dumps(fields, default=repr))


def show_profile(profile: cProfile.Profile, top: int) -> None:
    total = pstats.Stats(profile).total_tt  # type: ignore[attr-defined]
    for order, title in (("tottime", "own time"), ("cumulative", "with what they call")):
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.sort_stats(order)
        print(f"\nthe {top} costliest functions by {title} (share of the profiled run's {total:.2f} s):")
        for func in stats.fcn_list[:top]:  # type: ignore[attr-defined]
            _cc, calls, own, cumulative, _callers = stats.stats[func]  # type: ignore[attr-defined]
            spent = own if order == "tottime" else cumulative
            where = f"{Path(func[0]).parent.name}/{Path(func[0]).name}:{func[1]}({func[2]})"
            print(f"  {100 * spent / total:5.1f} %  {spent:7.2f} s  {calls:>9}  {where}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the N costliest functions")
    parser.add_argument("--dump", type=Path, help="write every record here (JSON lines)")
    parser.add_argument("--against", type=Path, help="compare the records with this dump")
    parser.add_argument("--processes", action="store_true",
                        help="through the scan's worker processes, as a first scan runs them: their CPU "
                             "time with their start, imports and models")
    parser.add_argument("--verbose", action="store_true", help="log at -v (debug), as bench/first_scan.py runs onward")
    args = parser.parse_args()
    if args.verbose:
        logging.getLogger().addHandler(logging.NullHandler())
        logging.getLogger("onward").setLevel(logging.DEBUG)
    raws, rejections = realistic_mailbox(args.messages, random.Random(42))
    batch = batch_of(fetched(raws))
    with tempfile.TemporaryDirectory() as state:
        cfg = Config()
        cfg = dataclasses.replace(cfg, state=dataclasses.replace(cfg.state, path=str(Path(state) / "state.sqlite3")),
                                  drafts=dataclasses.replace(cfg.drafts, delay=Duration(0)))
        if args.processes:
            with tempfile.TemporaryDirectory() as profiles:
                records, ended = through_workers(cfg, batch, cfg.imap.batch_size, profiles if args.profile else None)
                if args.profile:
                    show_worker_profiles(Path(profiles), args.profile)
            cpu = sum(used for _kb, used in ended)
            print(f"{len(batch)} messages ({rejections} rejections) through {len(ended)} worker processes: "
                  f"their CPU {cpu:.2f} s ({', '.join(f'{used:.2f}' for _kb, used in ended)}), "
                  f"{cpu * 1e3 / len(batch):.3f} ms a message; their peak memory "
                  f"{', '.join(str(kb // 1024) for kb, _used in ended)} MB")
            return compared(args, records)
        triager = Triager(cfg, clock=lambda: NOW)
        run(triager, batch_of(fetched(raws[:CHUNK])))  # the models loaded, as once per worker
        # CPU time, not wall: on a loaded machine the wall clock counts other processes' turns too.
        profile = cProfile.Profile(time.process_time) if args.profile else None
        started = time.process_time()
        if profile:
            profile.enable()
        records = run(triager, batch)
        if profile:
            profile.disable()
        cpu = time.process_time() - started
    print(f"{len(batch)} messages ({rejections} rejections): the worker's CPU {cpu:.2f} s, "
          f"{cpu * 1e3 / len(batch):.3f} ms a message{' (profiled)' if profile else ''}")
    if profile:
        show_profile(profile, args.profile)
    return compared(args, records)


def compared(args: argparse.Namespace, records: list) -> int:
    """--dump and --against: write the records, or compare them with a dump (1: some differ)."""
    rows = [plain(r) for r in records]
    if args.dump:
        args.dump.write_text("".join(json.dumps(row, sort_keys=True) + "\n" for row in rows))
    if args.against:
        earlier = [json.loads(line) for line in args.against.read_text().splitlines()]
        differ = [(a, b) for a, b in zip(earlier, rows) if a != b]
        for a, b in differ[:20]:
            print(f"differs: {a['key']}\n  before: {a}\n  now:    {b}")
        same_count = len(earlier) == len(rows)
        print(f"{len(rows)} records against {len(earlier)}: {len(differ)} differ")
        return 1 if differ or not same_count else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
