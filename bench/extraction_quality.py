"""How well drafts.read_rejection reads company, role and first name on the held-out set.

    python bench/extraction_quality.py [--misses] [DIR]

DIR defaults to tests/data/drafts/heldout (88 hand-written rejections with expected.json, written
before the extractor and never used to tune it). The evaluation lives in tests/support/extraction.py,
shared with the test that guards the targets.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: `tests` imports from the checkout

from tests.support.extraction import HELDOUT, TARGETS, evaluate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=HELDOUT)
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    results = evaluate(args.folder, args.misses)
    size = results["company"][1]
    print(f"held-out set: {args.folder} ({size} rejections)")
    for label in sorted(results, key=lambda k: (("[" in k), k)):
        right, total = results[label]
        target = TARGETS.get(label)
        note = f"  (target {target:.0%}: {'met' if right / total >= target else 'NOT met'})" if target else ""
        print(f"{label:40s} {right:3d}/{total:<3d} {right / total:6.1%}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
