"""What recording kinds of job mail costs the scan (issue 13): the triage of job mail with and
without the kinds and links (daemon.job_mail), per message, on copies of the demo mailbox (all
of it job mail but one: the worst case; everyday mail set aside by the first stage costs nothing).

    python bench/scan_kinds_cost.py [N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from onward.daemon.config import Config
from onward.daemon.mailbox.message import Message, message_key
from onward.daemon.triage import Triager

DEMO = Path(__file__).resolve().parent.parent / "daemon" / "demo"


def main(n: int = 600) -> None:
    raws = [p.read_bytes() for p in sorted(DEMO.glob("*.eml"))]
    batch = []
    for i in range(n):
        raw = raws[i % len(raws)].replace(b"Message-ID: <", b"Message-ID: <bench%d-" % i, 1)
        message = Message(i, raw, dt.datetime.now(dt.timezone.utc), len(raw))
        batch.append((message, message_key(raw, message.headers)))
    triage = Triager(Config())
    triage([batch[0]])  # models loaded before timing
    started = time.perf_counter()
    triage(batch)
    with_kinds = time.perf_counter() - started
    triage.with_kinds = lambda batch, passed, records: records  # type: ignore[method-assign]
    started = time.perf_counter()
    triage(batch)
    without = time.perf_counter() - started
    print(f"{n} job mails: triage {without * 1000 / n:.2f} ms/message without kinds, "
          f"{with_kinds * 1000 / n:.2f} ms/message with kinds, company, role and links")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=600, help="messages triaged (default 600)")
    main(parser.parse_args().n)
