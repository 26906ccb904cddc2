"""Who a draft greets, against who signed: each rejection of the development rounds whose person
the draft misses or gets wrong, with the mail's signature and sender, and the counts by round.

    python bench/person_misses.py            # counts by round: named right / missed / wrong
    python bench/person_misses.py --list     # ... and each miss and wrong greeting with its mail's last lines
    python bench/person_misses.py --caught   # only the rejections the shipped classifier catches

Judged as bench/facts_confidence.collect() judges the person: right when the name read (full, or
the first name) is contained in the person the writer labelled. A person read where the writer
labelled none ("" : a team signs) is a wrong greeting, worse than a neutral one.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facts_judge  # noqa: E402
from independent_quality import ROOT, ROUNDS, load  # noqa: E402

from onward.drafts import read_rejection  # noqa: E402
from onward.drafts.lexicon import fold  # noqa: E402

ROUND_OF = {w: r for r, writers in ROUNDS.items() for w in writers}
FOLDER = ROOT / "classifier/corpus/independent"
LAST_LINES = 6


def verdict(read_name: str, wanted: str) -> str:
    """right, missed (nothing read, a person wanted), wrong (another name, or one where none is wanted)."""
    if read_name and wanted and fold(read_name) in fold(wanted):
        return "right"
    judged = facts_judge.judge("person", read_name, wanted)
    return {"left out": "missed"}.get(judged, judged)


def last_lines(entry: dict) -> list[str]:
    """The mail's last lines of text (its signature), HTML tags removed."""
    body = entry.get("body", "")
    if entry.get("html"):
        body = re.sub(r"<br\s*/?>|</p>|</div>", "\n", body, flags=re.IGNORECASE)
        body = re.sub(r"<[^>]+>", "", body)
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return lines[-LAST_LINES:]


def rows(caught: bool) -> list[dict]:
    entries = [e for e in load(FOLDER) if e["label"] == "rejection" and e["writer"] in ROUND_OF]
    if caught:
        from onward.classifier import load_model
        from onward.daemon.schema import ClassifierConfig
        verdicts = load_model(None).classify_many([e["raw"] for e in entries], ClassifierConfig().threshold)
        entries = [e for e, v in zip(entries, verdicts) if v.label == "rejection"]
    out = []
    for entry in entries:
        read = read_rejection(entry["raw"])
        wanted = (entry.get("expected") or {}).get("person") or ""
        out.append({"entry": entry, "round": ROUND_OF[entry["writer"]], "wanted": wanted,
                    "full": read.full_name, "first": read.first_name,
                    "verdict": verdict(read.full_name or read.first_name, wanted)})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="each miss and wrong greeting, with its mail's last lines")
    parser.add_argument("--caught", action="store_true", help="only the rejections the shipped classifier catches")
    args = parser.parse_args()
    found = rows(args.caught)
    if args.list:
        for row in found:
            if row["verdict"] == "right":
                continue
            entry = row["entry"]
            kind = "WRONG" if row["verdict"] == "wrong" else "MISSED"
            print(f"\n{kind} {entry['id']} ({entry['language']}): read {row['full']!r} / {row['first']!r}, "
                  f"mail names {row['wanted']!r}; From: {entry.get('from', '')}")
            for line in last_lines(entry):
                print(f"    | {line[:110]}")
    print(f"\n{'round':6s} {'named':>6s} {'right':>13s} {'missed':>6s} {'wrong':>6s}   "
          f"{'team-signed':>11s} {'greeted':>7s}")
    for key in [*sorted({r["round"] for r in found}, key=int), "all"]:
        group = [r for r in found if key in ("all", r["round"])]
        named = [r for r in group if r["wanted"]]
        unnamed = [r for r in group if not r["wanted"]]
        counts = Counter(r["verdict"] for r in named)
        greeted = sum(r["verdict"] == "wrong" for r in unnamed)
        print(f"{key:6s} {len(named):6d} {counts['right']:4d} ({counts['right'] / max(len(named), 1):6.1%}) "
              f"{counts['missed']:6d} {counts['wrong']:6d}   {len(unnamed):11d} {greeted:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
