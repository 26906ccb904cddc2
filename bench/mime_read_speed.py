"""Time the drafts' reading of a message's MIME (drafts.mime_text): CPU per rejection.

    python bench/mime_read_speed.py [--rounds 12,13] [--runs 3]

Each rejection of the rounds' writers is read the way drafts.rejection reads it: `parse`, then
`parse` and `body_text`, then the whole reading (`parse`, `Headers`, the Subject, the addresses of
From, Reply-To, To and Cc, `body_text`). Prints each in microseconds a message, the best of `--runs`
passes in CPU time (the machine is shared). Run it with main's checkout and with a branch, in turns.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from read_rejection_speed import rejections  # noqa: E402

from onward.drafts import mime_text  # noqa: E402


def whole_reading(raw: bytes) -> None:
    msg = mime_text.parse(raw)
    headers = mime_text.Headers(msg)
    headers.header("Subject")
    for name in ("From", "Reply-To", "To", "Cc"):
        headers.addresses(name)
    mime_text.body_text(msg)


def best_us(raws: list[bytes], read: Callable[[bytes], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        for raw in raws:
            read(raw)
        best = min(best, (time.process_time() - started) / len(raws) * 1e6)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default="12,13")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    raws = rejections(args.rounds.split(","))
    for title, read in (("parse", mime_text.parse), ("parse + body_text", lambda r: mime_text.body_text(mime_text.parse(r))),
                        ("the whole reading", whole_reading)):
        print(f"{title}: {best_us(raws, read, args.runs):.1f} us a message ({len(raws)} rejections)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
