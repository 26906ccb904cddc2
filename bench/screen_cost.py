"""What the first stage (the screen) and the record of a message cost in a scan's worker, alone,
and why the mail that passes the screen passes.

    python bench/screen_cost.py [--messages 5000] [--rounds 5] [--why]

On the everyday inbox of bench/worker_cost.py (the same mail, cut as the fetch hands it over):
daemon.triage.screen of every message, and daemon.triage.basic_record of every message (what a
message set aside costs besides the screen), in CPU microseconds a message, the best of --rounds
(each round on new Message objects: nothing parsed before). `--why` adds how many messages pass
and by which rule (prefilter.Screen.reason), and for the job words, where the word was found.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from worker_cost import batch_of, fetched, realistic_mailbox  # noqa: E402

from onward.classifier import prefilter  # noqa: E402
from onward.daemon.state import Status  # noqa: E402
from onward.daemon.triage import basic_record, screen  # noqa: E402


def best(stage, raws: list[bytes], rounds: int) -> float:
    """The least CPU time of `stage` over a new batch of `raws`, in microseconds a message."""
    spent = []
    for _ in range(rounds):
        batch = batch_of(raws)
        started = time.process_time()
        stage(batch)
        spent.append(time.process_time() - started)
    return min(spent) * 1e6 / len(raws)


def why(raws: list[bytes]) -> None:
    """How many messages pass the screen, by its rule, and where each job word was found."""
    shipped = prefilter.default_screen()
    rules: collections.Counter[str] = collections.Counter()
    words: collections.Counter[str] = collections.Counter()
    for raw in raws:
        reason = shipped.reason(raw)
        rule = next((r for r in ("job word", "personal word", "sender") if reason.startswith(r + " ")), reason)
        if not reason:
            rule = "set aside"
        elif rule == "job word":
            head, _body = prefilter._split(raw[:prefilter._PARSE_CAP])
            fields = prefilter._fields(head)
            in_subject = shipped.job.search(fields.get("subject", "").lower())
            in_header = shipped.job.search(" ".join(fields.get(n, "") for n in prefilter._WORD_FIELDS).lower())
            rule += " in the subject" if in_subject else " in another header" if in_header else " in the first lines"
            words[reason.removeprefix("job word ")] += 1
        elif rule == "sender":
            rule = "a known sender"
        rules[rule] += 1
    passed = len(raws) - rules["set aside"]
    print(f"{passed} of {len(raws)} pass the screen ({100 * passed / len(raws):.0f} %):")
    for rule, count in rules.most_common():
        print(f"  {count:6}  {rule}")
    print("the job words found most:", ", ".join(f"{w} {n}" for w, n in words.most_common(15)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--why", action="store_true", help="which rule lets each message through")
    args = parser.parse_args()
    raws = fetched(realistic_mailbox(args.messages, random.Random(42))[0])
    prefilter.default_screen()  # read once per worker, before its first batch
    screened = best(screen, raws, args.rounds)
    recorded = best(lambda batch: [basic_record(m, k, Status.OTHER) for m, k in batch], raws, args.rounds)
    print(f"{len(raws)} messages, best of {args.rounds}, CPU: the screen {screened:.1f} us a message, "
          f"the record {recorded:.1f} us a message")
    if args.why:
        why(raws)
    return 0


if __name__ == "__main__":
    sys.exit(main())
