"""How well drafts.read_rejection reads company, role and first name on a labelled set.

One home for the evaluation that bench/extraction_quality.py prints and tests/test_drafts_heldout.py
guards. Comparisons ignore case, accents in company keys, legal forms ("GmbH", "LLP") and
surrounding punctuation; nothing else is forgiven.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from onward.drafts import read_rejection
from onward.drafts.company import key as company_key
from onward.drafts.lexicon import fold

HELDOUT = Path(__file__).resolve().parent.parent / "data" / "drafts" / "heldout"

# The accuracy the held-out set must keep (share of right answers per label).
# A fact onward is unsure of is left out (a wrong name in a reply is worse than none), and a left-out
# fact counts as a miss in "company". Whether a company the rules found is stated is the fact
# model's threshold, chosen forward on the independent rounds (bench/facts_confidence.py --write),
# never on this set; each new choice moved the stated share (89.8 %, 86.4 %, 84.1 % on 5 Dec 2026 at
# company 0.952), and a target that follows the threshold guards nothing. So the target guards what
# the rules read ("company (the rules' pick)", `record_company`: 82/88 on 5 Dec 2026), MOST_WRONG
# guards what the drafts state, and bench/extraction_quality.py prints the stated share.
TARGETS = {"company (the rules' pick)": 0.90, "role (named)": 0.90, "first name (person)": 0.90}
MOST_WRONG = {"company stated wrongly": 1, "role stated wrongly": 1}


def _text(value: str | None) -> str:
    return re.sub(r"\s+", " ", fold(value or "")).strip(" .,;:'\"")


def _same(field: str, got, want) -> bool:
    if field in ("company", "record_company"):
        return company_key(got) == company_key(want)
    if field in ("no_reply",):
        return bool(got) == bool(want)
    return _text(got) == _text(want)


def evaluate(folder: Path, show_misses: bool = False) -> dict[str, tuple[int, int]]:
    """(right, total) per label, and per label and language for company, role and first name."""
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, want in sorted(expected.items()):
        r = read_rejection((folder / name).read_bytes())
        got = {"company": r.company, "record_company": r.record_company, "role": r.role,
               "first_name": r.first_name, "stage": r.stage, "language": r.language,
               "no_reply": r.no_reply, "to": r.reply_to}
        lang = name[:2]
        checks = [("company", "company"), ("record_company", "company (the rules' pick)"), ("stage", "stage"),
                  ("language", "language"), ("no_reply", "no_reply"), ("to", "recipient")]
        checks.append(("role", "role (named)" if want["role"] else "role (none named, none invented)"))
        checks.append(("first_name", "first name (person)" if want["first_name"]
                       else "first name (team, none invented)"))
        for field, label in checks:
            wanted = want["company" if field == "record_company" else field] or ""
            ok = _same(field, got[field], wanted)
            for bucket in (label, f"{label} [{lang}]") if field in ("company", "role", "first_name") else (label,):
                tally[bucket][0] += ok
                tally[bucket][1] += 1
            if field in ("company", "role"):
                tally[f"{field} stated wrongly"][0] += bool(got[field]) and not ok
                tally[f"{field} stated wrongly"][1] += 1
            if not ok and show_misses:
                print(f"  miss {name}: {field} = {got[field]!r}, expected {wanted!r}")
    return {k: (v[0], v[1]) for k, v in tally.items()}
