"""How well drafts.read_rejection reads company, role and first name on the held-out set.

    python bench/extraction_quality.py [--misses] [DIR]

DIR defaults to tests/data/drafts/heldout (88 hand-written rejections with expected.json, written
before the extractor and never used to tune it). Comparisons ignore case, accents in company keys,
legal forms ("GmbH", "LLP") and surrounding punctuation; nothing else is forgiven.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from onward.drafts import read_rejection  # noqa: E402
from onward.drafts.company import key as company_key  # noqa: E402
from onward.drafts.lexicon import fold  # noqa: E402


def _text(value: str | None) -> str:
    return re.sub(r"\s+", " ", fold(value or "")).strip(" .,;:'\"")


def _same(field: str, got, want) -> bool:
    if field == "company":
        return company_key(got) == company_key(want)
    if field in ("no_reply",):
        return bool(got) == bool(want)
    return _text(got) == _text(want)


def evaluate(folder: Path, show_misses: bool) -> dict[str, tuple[int, int]]:
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, want in sorted(expected.items()):
        r = read_rejection((folder / name).read_bytes())
        got = {"company": r.company, "role": r.role, "first_name": r.first_name, "stage": r.stage,
               "language": r.language, "no_reply": r.no_reply, "to": r.reply_to}
        lang = name[:2]
        checks = [("company", "company"), ("stage", "stage"), ("language", "language"),
                  ("no_reply", "no_reply"), ("to", "recipient")]
        checks.append(("role", "role (named)" if want["role"] else "role (none named, none invented)"))
        checks.append(("first_name", "first name (person)" if want["first_name"]
                       else "first name (team, none invented)"))
        for field, label in checks:
            ok = _same(field, got[field], want[field] or "")
            for bucket in (label, f"{label} [{lang}]") if field in ("company", "role", "first_name") else (label,):
                tally[bucket][0] += ok
                tally[bucket][1] += 1
            if not ok and show_misses:
                print(f"  miss {name}: {field} = {got[field]!r}, expected {want[field]!r}")
    return {k: (v[0], v[1]) for k, v in tally.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "tests/data/drafts/heldout")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    results = evaluate(args.folder, args.misses)
    size = results["company"][1]
    print(f"held-out set: {args.folder} ({size} rejections)")
    targets = {"company": 0.95, "role (named)": 0.90, "first name (person)": 0.90}
    for label in sorted(results, key=lambda k: (("[" in k), k)):
        right, total = results[label]
        target = targets.get(label)
        note = f"  (target {target:.0%}: {'met' if right / total >= target else 'NOT met'})" if target else ""
        print(f"{label:40s} {right:3d}/{total:<3d} {right / total:6.1%}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
