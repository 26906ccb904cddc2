"""What the company rules cost `drafts.read_rejection` (issue 17): CPU per message in each part.

    python bench/company_rules_cost.py [--rounds 1,2,...]

Each rejection of the rounds' writers is read once to warm the process, then once more timed: the
whole reading and, inside it, the company rules' parts (the candidates and their votes, the rules'
confidence, the model's features) and the role's for comparison, each in CPU milliseconds per
message. A part called inside another is counted in both (Votes.add inside Votes.add_matches).
The machine is shared: compare runs of two checkouts back to back, several each.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from read_rejection_speed import rejections  # noqa: E402

from onward.drafts import company, company_clues, company_scope, fact_model, facts, rejection  # noqa: E402

spent: collections.Counter[str] = collections.Counter()  # CPU nanoseconds by part


def timed(owner: object, name: str, label: str) -> None:
    """Replace owner.name by a wrapper that adds its CPU time to `spent[label]`."""
    inner: Callable = getattr(owner, name)

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.process_time_ns()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[label] += time.process_time_ns() - started

    setattr(owner, name, wrapper)


PARTS = [
    (rejection, "company_candidates", "company_clues.company_candidates"),
    (company_clues, "_signature_votes", "  company_clues._signature_votes"),
    (company.Votes, "add_matches", "  Votes.add_matches"),
    (company.Votes, "add", "  Votes.add"),
    (company.Votes, "candidates", "  Votes.candidates"),
    (company_scope, "group_or_unit", "  company_scope.group_or_unit"),
    (facts, "company_confidence", "facts.company_confidence"),
    (facts, "client_cue", "facts.client_cue"),
    (fact_model, "company_features", "fact_model.company_features"),
    (rejection, "choose_role_evidence", "role.choose_role_evidence (not company rules)"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default="1,2,3,4,5,6,7", help="independent rounds, comma-separated")
    args = parser.parse_args()
    raws = rejections(args.rounds.split(","))
    for owner, name, label in PARTS:
        timed(owner, name, label)
    for raw in raws:  # warm-up: the patterns and tables a first message compiles and reads
        rejection.read_rejection(raw)
    spent.clear()
    started = time.process_time_ns()
    for raw in raws:
        rejection.read_rejection(raw)
    whole = time.process_time_ns() - started
    print(f"{len(raws)} rejections of rounds {args.rounds}, CPU ms per message")
    print(f"{'read_rejection (whole)':48s} {whole / 1e6 / len(raws):6.3f}")
    for _, _, label in PARTS:
        print(f"{label:48s} {spent[label] / 1e6 / len(raws):6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
