"""How well drafts.read_rejection reads company, role and first name, and how often a draft
states a wrong fact.

    python bench/extraction_quality.py [--misses] [DIR]
    python bench/extraction_quality.py --jsonl PATH [--misses]

DIR defaults to tests/data/drafts/heldout (88 hand-written rejections with expected.json, written
before the extractor and never used to tune it). Comparisons there ignore case, accents in company
keys, legal forms ("GmbH", "LLP") and surrounding punctuation; nothing else is forgiven.

--jsonl reads a JSON Lines file, or every *.jsonl under a folder, of objects with "label",
"language", "from", "subject", "body", "html" (the body is HTML when true), "expected":
{"company", "role", "person"} (null where the mail names none) and optionally "writer" (else the
file's name). Each object with label "rejection" becomes RFC 5322 bytes the way the classifier's
corpus does (classifier.corpus.entry_to_bytes) and is read as the daemon would; the facts a draft
states are those read_rejection keeps (a fact below its confidence threshold is left out, and so
is never wrong). Printed per writer and per language, and overall:

- wrong company / wrong role: share of drafts that state a company (role) which is not the
  expected one, or state one where the mail names none; "wrong company or role" counts a draft once;
- recall of company / role / person: share of the mails that name one where the draft states it.

The comparison rule (same_fact below): both sides are folded (case, accents), gender markers
("(m/w/d)", "H/F"), anything in parentheses, legal forms ("GmbH", "S.A.") and punctuation are
dropped. They then match when equal, or when the stated value is a short form of the expected
one: its leading words, at least 2 of them ("Universidad Complutense" for "Universidad Complutense
de Madrid"). A person matches when the greeted name's words are all words of the expected name
("Anna" or "Anna Vogel" for "Anna Vogel"; titles such as "Frau", "Dr." are dropped first).
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

from onward.classifier.corpus import entry_to_bytes  # noqa: E402
from onward.drafts import read_rejection  # noqa: E402
from onward.drafts.company import key as company_key  # noqa: E402
from onward.drafts.company import without_legal_form  # noqa: E402
from onward.drafts.lexicon import NAME_PREFIXES, fold  # noqa: E402
from onward.drafts.role import clean_markers  # noqa: E402


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


def _words(value: str) -> list[str]:
    value = re.sub(r"\([^)]*\)", " ", clean_markers(value or ""))
    value = without_legal_form(value.strip(" .,;:"))
    return re.findall(r"[a-z0-9]+", fold(value).replace("&", " and "))


def same_fact(got: str, want: str) -> bool:
    """The documented comparison rule (see the module docstring) for a company or a role."""
    g, w = _words(got), _words(want)
    if not g or not w:
        return False
    return g == w or (len(g) >= 2 and w[:len(g)] == g)


def same_person(got: str, want: str) -> bool:
    g = _words(NAME_PREFIXES.sub("", got or ""))
    w = set(_words(NAME_PREFIXES.sub("", want or "")))
    return bool(g) and set(g) <= w


def jsonl_entries(path: Path) -> list[tuple[str, dict]]:
    """(writer, entry) for every rejection in a JSONL file or a folder of them."""
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    found = []
    for file in files:
        for line in file.read_text("utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                if entry.get("label", "rejection") == "rejection":
                    found.append((str(entry.get("writer") or file.stem), entry))
    return found


def facts_quality(path: Path, show_misses: bool) -> dict[str, dict[str, list[int]]]:
    """Per group ("all", "writer X", "language Y"): counters [hits, total] for each figure."""
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for writer, entry in jsonl_entries(path):
        want = entry.get("expected") or {}
        r = read_rejection(entry_to_bytes(entry))
        got = {"company": r.company, "role": r.role, "person": r.full_name or r.first_name}
        wrong = {f: bool(got[f]) and not (want.get(f) and (same_person if f == "person" else same_fact)(
            got[f], want[f])) for f in got}
        found = {f: bool(want.get(f)) and not wrong[f] and bool(got[f]) for f in got}
        for group in ("all", f"writer {writer}", f"language {entry.get('language', '?')}"):
            tally = groups[group]
            for f in ("company", "role", "person"):
                tally[f"wrong {f}"][0] += wrong[f]
                tally[f"wrong {f}"][1] += 1
                if want.get(f):
                    tally[f"recall {f}"][0] += found[f]
                    tally[f"recall {f}"][1] += 1
            tally["wrong company or role"][0] += wrong["company"] or wrong["role"]
            tally["wrong company or role"][1] += 1
        if show_misses:
            for f in got:
                if wrong[f] or (want.get(f) and not found[f]):
                    print(f"  {'WRONG' if wrong[f] else 'left out'} {entry.get('id', '?')}: {f} = "
                          f"{got[f]!r}, expected {want.get(f)!r}")
    return groups


_FACT_TARGETS = {"wrong company or role": ("<=", 0.02), "recall company": (">=", 0.93),
                 "recall role": (">=", 0.88), "recall person": (">=", 0.92)}


def print_facts_quality(path: Path, show_misses: bool) -> None:
    groups = facts_quality(path, show_misses)
    for group in sorted(groups, key=lambda g: (g != "all", g)):
        print(f"\n{group} ({groups[group]['wrong company'][1]} rejections)")
        for figure, (hits, total) in sorted(groups[group].items()):
            target = _FACT_TARGETS.get(figure) if group == "all" else None
            note = ""
            if target:
                met = hits / total <= target[1] if target[0] == "<=" else hits / total >= target[1]
                note = f"  (target {target[0]} {target[1]:.0%}: {'met' if met else 'NOT met'})"
            print(f"  {figure:24s} {hits:3d}/{total:<3d} {hits / total:6.1%}{note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "tests/data/drafts/heldout")
    parser.add_argument("--jsonl", type=Path, metavar="PATH",
                        help="a JSONL file or folder of labelled mails: wrong-fact rate and recall")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    if args.jsonl:
        print(f"labelled mails: {args.jsonl}")
        print_facts_quality(args.jsonl, args.misses)
        return 0
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
