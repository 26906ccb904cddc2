"""The record of job mail (company, role, text) read the cheap way equals the full reading's.

    python bench/record_identity.py [--rounds 1,2,...] [--every N] [--dump FILE] [--against FILE]

The scan records other job mail by `drafts.read_record` (issue 17: only what is recorded); it must
give exactly `read_rejection`'s record_company, record_role and text. This reads every message of
the shipped training corpus and of the independent rounds (1-11 by default; every Nth message with
--every) both ways and prints each difference (exit status 1 when there is any), and the CPU time
each way takes per message.

`--dump FILE` writes each message's whole reading (every field of read_rejection, its facts
included) as JSON lines; `--against FILE` compares this code's with a dump written by other code
(e.g. main's, run by an interpreter whose onward is main's checkout), so that the drafts' facts are
shown unchanged too. Without read_record (older code) only the dump is written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from independent_quality import ROOT, ROUNDS, load_writers  # noqa: E402

from onward import drafts  # noqa: E402
from onward.classifier import corpus  # noqa: E402


def messages(rounds: list[str], every: int) -> list[tuple[str, bytes]]:
    """(id, raw) of the training corpus's mail and of the rounds' writers."""
    found = [(f"train/{e.id}", e.raw) for e in corpus.load_corpus(corpus.TRAIN_DIR)]
    writers = [w for r in rounds for w in ROUNDS[r]]
    found += [(f"{e['writer']}/{e.get('id', i)}", e["raw"])
              for i, e in enumerate(load_writers(ROOT / "classifier/corpus/independent", writers))]
    return found[::every]


def whole_reading(raw: bytes) -> dict:
    read = drafts.read_rejection(raw)
    fields = {name: repr(getattr(read, name)) for name in read.__dataclass_fields__}
    fields["facts"] = repr(sorted(read.facts.items()))
    return fields


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default=",".join(ROUNDS), help="independent rounds, comma-separated")
    parser.add_argument("--every", type=int, default=1, help="every Nth message only")
    parser.add_argument("--dump", type=Path, help="write each message's whole reading here")
    parser.add_argument("--against", type=Path, help="compare the whole readings with this dump")
    args = parser.parse_args()
    found = messages(args.rounds.split(","), args.every)
    cheap = getattr(drafts, "read_record", None)
    earlier = {}
    if args.against:
        earlier = {row["id"]: row["reading"] for row in map(json.loads, args.against.read_text().splitlines())}
    out = args.dump.open("w") if args.dump else None
    differ = changed = 0
    spent = [0.0, 0.0]  # CPU seconds of read_rejection and of read_record
    for key, raw in found:
        reading = whole_reading(raw)
        if out:
            out.write(json.dumps({"id": key, "reading": reading}) + "\n")
        if key in earlier and earlier[key] != reading:
            changed += 1
            print(f"{key}: whole reading differs: "
                  f"{ {k: (earlier[key].get(k), v) for k, v in reading.items() if earlier[key].get(k) != v} }")
        if cheap is None:
            continue
        started = time.process_time()
        full = drafts.read_rejection(raw)
        middle = time.process_time()
        record = cheap(raw)
        spent[0] += middle - started
        spent[1] += time.process_time() - middle
        if (record.company, record.role, record.text) != (full.record_company, full.record_role, full.text):
            differ += 1
            print(f"{key}: record differs: {(record.company, record.role)} "
                  f"against {(full.record_company, full.record_role)}, text equal: {record.text == full.text}")
    print(f"{len(found)} messages; records differing: {differ if cheap else 'not compared (no read_record)'}; "
          f"whole readings differing from {args.against}: {changed} of {len(earlier.keys() & {k for k, _ in found})}"
          if args.against else f"{len(found)} messages; records differing: "
          f"{differ if cheap else 'not compared (no read_record)'}")
    if cheap is not None:
        print(f"CPU per message: read_rejection {1000 * spent[0] / len(found):.2f} ms, "
              f"read_record {1000 * spent[1] / len(found):.2f} ms")
    return 1 if differ or changed else 0


if __name__ == "__main__":
    sys.exit(main())
