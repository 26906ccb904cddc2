"""Rejection detection and draft facts on mail written by writers who never saw onward's corpus or code.

    python bench/independent_quality.py [DIR] [--round 1|2|3|4] [--threshold P] [--misses] [--all-rejections]

DIR (default classifier/corpus/independent) holds JSON Lines files in the corpus format, each entry
with a `writer` and, for rejections, the facts the mail names (`expected`: company, role, person).
Reports precision and recall by writer, language and category with the shipped model, and for each
rejection the model catches, whether the drafts would state a company, a role and a person right,
leave them out, or state them wrong (a wrong fact in a reply is worse than none); with
--all-rejections, for every rejection, caught or not (the facts apart from the classifier). Never
tune on it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from onward.classifier import load_model  # noqa: E402
from onward.classifier.corpus import entry_to_bytes  # noqa: E402
from onward.drafts import read_rejection  # noqa: E402
from judge_names import company_key  # noqa: E402  (the judges' own frozen legal forms, not the tables')
from onward.drafts.lexicon import fold  # noqa: E402
from onward.daemon.schema import ClassifierConfig  # noqa: E402


_GENDER_ENDING = re.compile(r"(?:[·•:*/](?:e|in|innen|r|a|es|n)|\((?:e|in|innen|r|a|es|n)\))(?=\W|$)")


def _words(value: str) -> str:
    # Gender markers and parentheses may be dropped: "Ingénieur·e (H/F)" names the same role as
    # "Ingénieur(e)", and "Manager/in" as "Manager".
    value = _GENDER_ENDING.sub("", value or "")
    value = re.sub(r"\((?:[mwfdhx]\s*/\s*)+[mwfdhx]\)|\([^)]*\)", " ", fold(value))
    return re.sub(r"[^\w]+", " ", value).strip()


def judge(field: str, got: str, want: str) -> str:
    """right, left out, or wrong; a short form of a long name counts as right."""
    if not got:
        return "left out" if want else "right"
    if not want:
        return "wrong"  # a fact the mail never gives was invented
    if field == "company":
        g, w = company_key(got), company_key(want)
        return "right" if g == w or (len(g) >= 4 and (w.startswith(g) or g in w)) else "wrong"
    g, w = _words(got), _words(want)
    return "right" if g == w or (g and (f" {g} " in f" {w} " or f" {w} " in f" {g} ")) else "wrong"


def load(folder: Path) -> list[dict]:
    return [e for path in sorted(folder.glob("*.jsonl")) for e in _entries(path)]


def load_writers(folder: Path, writers: list[str]) -> list[dict]:
    """The entries of these writers only (their files by name: no other file is opened)."""
    return [e for writer in writers for e in _entries(folder / f"{writer}.jsonl")]


def _entries(path: Path) -> list[dict]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            try:
                entry["raw"] = entry_to_bytes(entry)
            except UnicodeEncodeError:  # a writer put an accent in the address itself
                entry["from"] = unicodedata.normalize("NFKD", entry["from"]).encode(
                    "ascii", "ignore").decode()
                entry["raw"] = entry_to_bytes(entry)
            entries.append(entry)
    return entries


def pr(rows: list[tuple[bool, bool]]) -> str:
    tp = sum(t and p for t, p in rows)
    fp = sum(p and not t for t, p in rows)
    fn = sum(t and not p for t, p in rows)
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return f"{len(rows):4d}  precision {precision:.3f}  recall {recall:.3f}  (false alarms {fp}, missed {fn})"


# The rounds of classifier/corpus/independent, by writer (their briefs: BRIEF-round<N>.md).
ROUNDS = {"1": ("w1", "w2", "w3", "w4"), "2": ("w5", "w6", "w7", "w8"), "3": ("w9", "w10", "w11", "w12"),
          "4": ("w13", "w14", "w15", "w16"), "5": ("w17", "w18", "w19", "w20"),
          "6": ("w21", "w22", "w23", "w24"), "7": ("w25", "w26", "w27", "w28"),
          "8": ("w29", "w30", "w31", "w32", "w33", "w34", "w35", "w36"),
          "9": ("w37", "w38", "w39", "w40", "w41", "w42", "w43", "w44"),
          "10": ("w45", "w46", "w47", "w48", "w49", "w50", "w51", "w52"),
          "11": ("w53", "w54", "w55", "w56", "w57", "w58", "w59", "w60"),
          "12": ("w61", "w62", "w63", "w64", "w65", "w66", "w67", "w68"),
          "13": ("w69", "w70", "w71", "w72", "w73", "w74", "w75", "w76"),
          "14": ("w77", "w78", "w79", "w80", "w81", "w82", "w83", "w84"),
          "15": ("w85", "w86", "w87", "w88", "w89", "w90", "w91", "w92"),
          "16": ("w93", "w94", "w95", "w96", "w97", "w98", "w99", "w100"),
          "17": ("w101", "w102", "w103", "w104", "w105", "w106", "w107", "w108"),
          "18": ("w109", "w110", "w111", "w112", "w113", "w114", "w115", "w116"),
          "19": ("w117", "w118", "w119", "w120", "w121", "w122", "w123", "w124"),
          "20": ("w125", "w126", "w127", "w128", "w129", "w130", "w131", "w132"),
          "21": ("w133", "w134", "w135", "w136", "w137", "w138", "w139", "w140"),
          "22": ("w141", "w142", "w143", "w144", "w145", "w146", "w147", "w148")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "classifier/corpus/independent")
    parser.add_argument("--threshold", type=float, default=ClassifierConfig().threshold,
                        help="default: the service's default")
    parser.add_argument("--round", choices=sorted(ROUNDS), help="only that round's writers of the folder")
    parser.add_argument("--misses", action="store_true", help="list each miss and each wrong fact")
    parser.add_argument("--all-rejections", action="store_true",
                        help="read the facts of every rejection, also those the model misses")
    args = parser.parse_args()
    entries = load(args.folder)
    if args.round:
        entries = [e for e in entries if e["writer"] in ROUNDS[args.round]]
    model = load_model(None)
    verdicts = model.classify_many([e["raw"] for e in entries], args.threshold)
    groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    facts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    wrong_drafts = drafts = 0
    for entry, verdict in zip(entries, verdicts):
        truth, said = entry["label"] == "rejection", verdict.label == "rejection"
        for group in ("all", f"writer {entry['writer']}", f"language {entry['language']}",
                      f"category {entry['category']}"):
            groups[group].append((truth, said))
        if args.misses and truth != said:
            print(f"  {'missed' if truth else 'false alarm'} {entry['id']} p={verdict.probability:.3f}: "
                  f"{entry['subject']}")
        if not (truth and (said or args.all_rejections)):
            continue
        drafts += 1
        read = read_rejection(entry["raw"])
        want = entry.get("expected") or {}
        got = {"company": read.company, "role": read.role, "person": read.full_name or read.first_name}
        outcomes = {}
        for field in ("company", "role", "person"):
            wanted = want.get(field) or ""
            if field == "person" and got[field] and wanted and fold(got[field]) in fold(wanted):
                outcomes[field] = "right"  # a first name alone greets the right person
            else:
                outcomes[field] = judge(field, got[field], wanted)
            facts[field][outcomes[field]] += 1
            facts[field]["named in the mail"] += bool(wanted)
            facts[field]["right where named"] += bool(wanted) and outcomes[field] == "right"
            if args.misses and outcomes[field] != "right":
                print(f"  {field} {outcomes[field]} {entry['id']}: {got[field]!r}, mail names {wanted!r}")
        wrong_drafts += outcomes["company"] == "wrong" or outcomes["role"] == "wrong"
    print(f"{args.folder}: {len(entries)} messages by {len({e['writer'] for e in entries})} writers; "
          f"shipped model ({model.origin}), threshold {args.threshold}")
    for group in sorted(groups, key=lambda g: (g != "all", g)):
        print(f"{group:42s} {pr(groups[group])}")
    which = "all rejections" if args.all_rejections else "caught rejections"
    print(f"\ndrafts of {which}: {drafts}; stating a wrong company or role: {wrong_drafts} "
          f"({wrong_drafts / max(drafts, 1):.1%})")
    for field, counts in facts.items():
        named = counts["named in the mail"]
        print(f"  {field:8s} right {counts['right']:3d}  left out {counts['left out']:3d}  wrong "
              f"{counts['wrong']:3d}  (named in the mail: {named}; right where named: "
              f"{counts['right where named'] / max(named, 1):.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
