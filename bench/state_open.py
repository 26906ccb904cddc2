"""What the state file's integrity check (PRAGMA quick_check, run at every open) costs.

Builds a state of N messages in a temporary folder and times opening it read-write (`run`) and
read-only (`status`, `check`), each with the check.

    python bench/state_open.py [--messages 100000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from onward.daemon.state import Record, Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="onward-bench-")) / "state.sqlite3"
    store = Store(path)
    for start in range(0, args.messages, 1000):
        count = min(1000, args.messages - start)
        store.commit_batch("INBOX", 1, start + count, [
            Record(f"k{start + n}", start + n, f"<{start + n}@example.org>", "Subject " * 8,
                   "sender@example.org", time.time(), "ignored", {"x": 1}) for n in range(count)])
    store.close()
    for label, readonly in (("read-write (run)", False), ("read-only (status, check)", True)):
        started = time.perf_counter()
        Store(path, readonly=readonly).close()
        print(f"{args.messages} messages, {path.stat().st_size / 1e6:.1f} MB: open {label} with "
              f"quick_check in {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
