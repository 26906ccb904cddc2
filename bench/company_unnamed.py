"""Why a draft does not name the company the mail names: each such rejection of the development
rounds, put in one class.

    python bench/company_unnamed.py             # counts by class, round and language
    python bench/company_unnamed.py --list      # ... and each case: its class, the pick, the mail's name
    python bench/company_unnamed.py --caught    # only the rejections the shipped classifier catches

The classes (judged by bench/facts_judge.py, the issue's rule):
- "no candidate": the rules found no name at all;
- "wrong candidates": the rules found names, none of them right (the rules' pick is wrong); split
  further by where the mail writes its name: the sender's display name, the subject, a signature's
  line (the last lines), a sentence after "at/bei/chez/en/de/à" ("at X"), elsewhere, or nowhere (the
  writer's name is not written as such: a domain, an inflected form);
- "right, a rule leaves it out": the likeliest is right, but a rule capped it (an agency, a group,
  a person's name, a place: drafts/facts.py), listed by that rule;
- "right under the threshold": a right name is among the candidates, but the model's likeliest is
  under its threshold (drafts/fact-model.npz) -- split by whether the likeliest is the right one;
- "right outranked": a wrong name is stated while a right one was found (the wrong facts' table).

"honest": the model's probability against how often a pick at that probability is right (an
isotonic fit over every pick of these rounds, and bins to read it by); a pick under the threshold
whose honest probability reaches the threshold would be named if the model's confidence were
honest: counted with the wrong ones that would come along. These bins are in-sample (the shipped model was fitted on these rounds).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facts_judge  # noqa: E402
from independent_quality import ROOT, ROUNDS, load  # noqa: E402

from onward.drafts import read_rejection  # noqa: E402
from onward.drafts.company_keys import without_legal_form  # noqa: E402
from onward.drafts.facts import A_PERSON, A_PLACE, READS_AS_A_PERSON, THRESHOLDS, VETOED  # noqa: E402
from onward.drafts.lexicon import fold  # noqa: E402

ROUND_OF = {w: r for r, writers in ROUNDS.items() for w in writers}
FOLDER = ROOT / "classifier/corpus/independent"
# The words before a name that say one works there: "at X", "bei X", "chez X", "en X", "à X".
_AT = re.compile(r"\b(?:at|with|bei|beim|chez|en|de|del|à|au|of|für|in)\s+(?:the|der|dem|la|le|l'|el)?\s*$")
# A rule's verdict that caps the confidence whatever the model says (facts.VETOED), or one the model
# rarely overturns: the right name set aside by a rule is the rules' to fix, not the model's.
_RULES_LEAVE_OUT = {A_PERSON, A_PLACE, READS_AS_A_PERSON, "a kind of organisation, not its name"}
BINS = (0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99, 1.01)


def where_written(entry: dict, want: str) -> str:
    """Where the mail writes the name the writer labelled (its legal form aside)."""
    name = fold(without_legal_form(want)).strip()
    if not name:
        return "nowhere"
    display = fold(entry.get("from", "").partition("<")[0])
    body = fold(re.sub(r"<[^>]+>", " ", entry.get("body", "")))
    places = []
    if name in display:
        places.append("display name")
    if name in fold(entry.get("subject", "")):
        places.append("subject")
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if any(name in line for line in lines[-6:]):
        places.append("signature")
    for found in re.finditer(re.escape(name), body):
        if _AT.search(body[max(found.start() - 20, 0):found.start()]):
            places.append("at X")
            break
    if not places:
        places.append("elsewhere in the body" if name in body else "nowhere as written")
    return " + ".join(places)


def classify(entry: dict) -> tuple[str, str, dict]:
    """(class, where the name is written, details) of one rejection whose mail names a company;
    ("named", ...) when the draft names it right, ("wrong stated", ...) when it states a wrong one."""
    want = (entry.get("expected") or {}).get("company") or ""
    fact = read_rejection(entry["raw"]).facts["company"]
    candidates = fact.candidates or ((fact,) if fact.value else ())
    verdicts = [facts_judge.judge("company", c.value, want) for c in candidates]
    threshold = THRESHOLDS["company"]
    details = {"pick": fact.value, "p": fact.confidence, "want": want,
               "right_p": max((c.confidence for c, v in zip(candidates, verdicts) if v == "right"), default=None)}
    if fact.value and fact.confidence >= threshold:
        if facts_judge.judge("company", fact.value, want) == "right":
            return "named", "", details
        return ("right outranked" if "right" in verdicts else "wrong stated"), where_written(entry, want), details
    if not candidates:
        return "no candidate", where_written(entry, want), details
    if "right" not in verdicts:
        return "wrong candidates", where_written(entry, want), details
    if facts_judge.judge("company", fact.value, want) == "right":
        if fact.how in VETOED or fact.how in _RULES_LEAVE_OUT:
            return "right, a rule leaves it out", fact.how, details
        return "right under the threshold (the likeliest)", "", details
    return "right under the threshold (a wrong one likelier)", "", details


def honest(picks: list[tuple[float, bool]], under: list[tuple[float, bool]], threshold: float) -> tuple[int, int]:
    """The picks under the threshold whose probability, made honest (an isotonic fit of right on the
    model's probability over every pick), reaches the threshold: (right ones, wrong ones)."""
    from sklearn.isotonic import IsotonicRegression
    fitted = IsotonicRegression(out_of_bounds="clip").fit([p for p, _ in picks], [float(r) for _, r in picks])
    lifted = [right for (p, right), q in zip(under, fitted.predict([p for p, _ in under]) if under else [])
              if q >= threshold]
    return sum(lifted), len(lifted) - sum(lifted)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list each case")
    parser.add_argument("--caught", action="store_true", help="only the rejections the shipped classifier catches")
    args = parser.parse_args()
    entries = [e for e in load(FOLDER) if e["label"] == "rejection" and e["writer"] in ROUND_OF
               and (e.get("expected") or {}).get("company")]
    if args.caught:
        from onward.classifier import load_model
        from onward.daemon.schema import ClassifierConfig
        verdict = load_model(None).classify_many([e["raw"] for e in entries], ClassifierConfig().threshold)
        entries = [e for e, v in zip(entries, verdict) if v.label == "rejection"]
    by: dict[str, Counter] = defaultdict(Counter)
    where: Counter = Counter()
    picks: list[tuple[float, bool]] = []  # every pick's probability, and whether it is right
    under: list[tuple[float, bool]] = []  # the picks under the threshold
    listed = []
    for entry in entries:
        kind, place, details = classify(entry)
        group = ["all", f"round {ROUND_OF[entry['writer']]}", f"language {entry['language']}"]
        for g in group:
            by[g][kind] += 1
        if kind in ("no candidate", "wrong candidates", "right, a rule leaves it out"):
            where[f"{kind}: {place}"] += 1
        if details["pick"]:
            right = facts_judge.judge("company", details["pick"], details["want"]) == "right"
            picks.append((details["p"], right))
            if details["p"] < THRESHOLDS["company"]:
                under.append((details["p"], right))
        if kind != "named":
            listed.append((entry["id"], entry["language"], kind, place, details))
    kinds = ["named", "no candidate", "wrong candidates", "right, a rule leaves it out",
             "right under the threshold (the likeliest)", "right under the threshold (a wrong one likelier)",
             "right outranked", "wrong stated"]
    short = ["named", "no cand", "wrong cands", "rule: left out", "under: right", "under: wrong 1st",
             "outranked", "wrong"]
    print(f"mails that name a company, rounds 1-{max(map(int, ROUNDS))}"
          f"{' (caught)' if args.caught else ''}; company threshold {THRESHOLDS['company']:.3f}")
    print(f"{'group':14s} {'mails':>6s} " + " ".join(f"{s:>16s}" for s in short))

    def order(g: str) -> tuple:
        kind, _, name = g.partition(" ")
        return ({"all": 0, "round": 1, "language": 2}[kind], len(name), name)

    for g in sorted(by, key=order):
        total = sum(by[g].values())
        print(f"{g:14s} {total:6d} " + " ".join(f"{by[g][k]:5d} ({by[g][k] / total:5.1%})  " for k in kinds))
    print("\nwhere the mail writes the name the rules missed (no candidate / wrong candidates), "
          "and the rule that left a right pick out:")
    for place, n in where.most_common():
        print(f"  {n:4d}  {place}")
    print("\nhow often a pick is right, by the model's probability (every pick on these rounds):")
    for low, high in zip(BINS, BINS[1:]):
        inside = [right for p, right in picks if low <= p < high]
        below = [right for p, right in under if low <= p < high]
        rate = sum(inside) / len(inside) if inside else float("nan")
        print(f"  p in [{low:.2f}, {min(high, 1):.2f}): {len(inside):5d} picks, right {rate:6.1%}; "
              f"{len(below):4d} under the threshold ({sum(below)} right)")
    named, wrong = honest(picks, under, THRESHOLDS["company"])
    # The fit is made on the very picks it then lifts (in-sample): the count is an upper bound.
    print(f"\nif the model's confidence were honest (isotonic on every pick's probability and verdict, threshold "
          f"{THRESHOLDS['company']:.3f}; fitted in-sample, so optimistic): {named} more named right, {wrong} more wrong")
    if args.list:
        print()
        for ident, language, kind, place, d in listed:
            print(f"  {ident} ({language}) {kind:48s} {place:24s} pick {d['pick']!r} p={d['p']:.3f} "
                  f"right p={d['right_p']}; mail names {d['want']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
