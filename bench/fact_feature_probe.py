"""Try a fact-model feature in seconds, measured FORWARD, and see which right facts the model
leaves out: the loop for whoever adds features to drafts/fact_model.py.

    python bench/fact_feature_probe.py --cache /tmp/rows.pkl                  # forward table, company 0.95
    python bench/fact_feature_probe.py --cache /tmp/rows.pkl --list role      # + right roles left out, wrong ones >= 0.9
    python bench/fact_feature_probe.py --cache /tmp/rows.pkl --drop "company:a digit"   # without that feature

Reading the mail (bench/facts_confidence.py collect) takes a minute or two; --cache keeps the rows
(their candidates' features) in a pickle, so that ablations (--drop, any number) cost only the
fits. Delete the cache after changing the features' code. A feature's worth is read on both
tables: the forward one (each round k by the model of rounds < k, the role's threshold chosen on
the three rounds before k, --target on their mean, the company's fixed as --company-threshold)
and the fixed-threshold ones (both facts together at a few role thresholds, and each fact alone
at a few thresholds of its own: the model's separation, no threshold chosen). The forward table's
role thresholds are chosen anew whenever any probability moves, so on rounds 5-18 it moves by a
few wrong drafts from that choice alone: a change within that is noise, and the fixed tables say
whether the model itself separates better. --target defaults to the ship command's
--forward-target (0.005), so that the forward table is the one the shipped thresholds come from.
A feature's code added without shipped weights makes drafts fall back on the rules' confidence
(fact_model.model() is None), and the features of the OTHER fact may then differ a little:
compare a new feature with its own --drop run on the same cache, not with a cache of main.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facts_confidence as fc  # noqa: E402

from onward.drafts import fact_model  # noqa: E402

FACTS = ("company", "role")
FIXED_ROLE = (0.9, 0.95, 0.98)
# Each fact alone at fixed thresholds: whether the model itself separates right from wrong better,
# with neither the forward choice of the role's threshold nor the other fact's errors in between.
SEPARATION = {"company": (0.9, 0.93, 0.95, 0.97), "role": (0.95, 0.97, 0.98)}


def drop_feature(rows: list[dict], fact: str, name: str) -> None:
    """Remove the feature `name` from every `fact` candidate of the rows, in place."""
    names = fact_model.COMPANY_FEATURES if fact == "company" else fact_model.ROLE_FEATURES
    column = names.index(name)
    for row in rows:
        for candidate in row[fact]["candidates"]:
            if candidate["features"]:
                candidate["features"] = tuple(v for j, v in enumerate(candidate["features"]) if j != column)


def drafts_wrong(rows: list[dict], ids: list[int], stated: dict[str, np.ndarray]) -> int:
    """Drafts among `ids` that state a wrong company or a wrong role (`stated`: per row the
    verdict on what the draft states, "" for nothing)."""
    return sum(any(stated[f][i] == "wrong" for f in FACTS) for i in ids)


def named_right(rows: list[dict], ids: list[int], stated: dict[str, np.ndarray], fact: str) -> tuple[int, int]:
    """(facts stated right, mails naming the fact) among `ids`."""
    naming = [i for i in ids if rows[i]["want"].get(fact)]
    return sum(stated[fact][i] == "right" for i in naming), len(naming)


def separation(probs: dict, rounds: list[int], ids_of: dict[int, list[int]], fact: str,
               thresholds: Sequence[float]) -> list[tuple[float, int, int]]:
    """(threshold, facts stated wrong, facts stated right) of `fact` alone over `rounds`, each
    round's rows (`ids_of`) by the model fitted before it (`probs`, facts_confidence.forward_probs)."""
    out = []
    for t in thresholds:
        stated = [probs[k][fact].stated(t)[i] for k in rounds for i in ids_of[k]]
        out.append((t, stated.count("wrong"), stated.count("right")))
    return out


def load_rows(cache: Path | None) -> list[dict]:
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    rows = fc.collect(fc.ROOT / "classifier/corpus/independent")
    if cache is not None:
        cache.write_bytes(pickle.dumps(rows))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, help="pickle of the read rows: written once, then read")
    parser.add_argument("--drop", action="append", default=[], metavar="FACT:FEATURE",
                        help="leave this feature out (e.g. 'role:a digit'); may be repeated")
    parser.add_argument("--c", type=float, default=0.03)
    parser.add_argument("--company-threshold", type=float, default=0.95)
    parser.add_argument("--target", type=float, default=0.005,
                        help="forward: most drafts wrong on the mean (the ship command's --forward-target)")
    parser.add_argument("--list", choices=FACTS, help="list right picks left out and wrong picks >= 0.9")
    args = parser.parse_args()
    rows = load_rows(args.cache)
    for spec in args.drop:
        fact, _, name = spec.partition(":")
        drop_feature(rows, fact, name)
    fc.FORWARD_COMPANY = args.company_threshold
    probs = fc.forward_probs(rows, args.c)
    kept, chosen = fc.forward(rows, probs, args.target, "mean")
    measured = [i for i, r in enumerate(rows) if r["round"] != "-" and int(r["round"]) >= fc.FORWARD_FROM]
    print(f"forward, C={args.c}, company {args.company_threshold}, role chosen on the 3 rounds before "
          f"(mean <= {args.target:.1%}); dropped: {', '.join(args.drop) or 'none'}")
    for k in sorted(chosen):
        ids = [i for i in measured if rows[i]["round"] == str(k)]
        wrong = drafts_wrong(rows, ids, kept)
        rates = " ".join(f"{f} {named_right(rows, ids, kept, f)[0] / max(named_right(rows, ids, kept, f)[1], 1):6.1%}"
                         for f in FACTS)
        print(f"  round {k:2d}: wrong {wrong:2d}/{len(ids)} ({wrong / len(ids):4.1%}) {rates}  role threshold "
              f"{chosen[k][1]:.3f}")
    totals = {f: named_right(rows, measured, kept, f) for f in FACTS}
    print(f"  all: wrong {drafts_wrong(rows, measured, kept)}/{len(measured)}, "
          + ", ".join(f"{f} named {n} of {m} ({n / m:.2%})" for f, (n, m) in totals.items()))
    print("fixed thresholds, each round by the model of rounds before it:")
    for role_threshold in FIXED_ROLE:
        stated = {f: np.array([""] * len(rows), dtype=object) for f in FACTS}
        for k in chosen:
            ids = np.array([i for i in measured if rows[i]["round"] == str(k)])
            stated["company"][ids] = probs[k]["company"].stated(args.company_threshold)[ids]
            stated["role"][ids] = probs[k]["role"].stated(role_threshold)[ids]
        print(f"  role {role_threshold}: wrong {drafts_wrong(rows, measured, stated)}, "
              + ", ".join(f"{f} named {named_right(rows, measured, stated, f)[0]}" for f in FACTS))
    ids_of = {k: [i for i in measured if rows[i]["round"] == str(k)] for k in chosen}
    print("each fact alone at fixed thresholds (stated wrong / right):")
    for fact in FACTS:
        print(f"  {fact}: " + ", ".join(f"{t} {wrong} / {right}" for t, wrong, right
                                        in separation(probs, sorted(chosen), ids_of, fact, SEPARATION[fact])))
    if args.list:
        listing(rows, probs, kept, measured, args.list)
    return 0


def listing(rows: list[dict], probs: dict, kept: dict[str, np.ndarray], measured: list[int], fact: str) -> None:
    """The right picks the forward drafts leave out and the wrong picks at 0.9 or more, by probability;
    each shown by the rules' first candidate (the model's pick is that one on most mails)."""
    def p(i: int) -> float:
        return float(probs[int(rows[i]["round"])][fact].p[i])

    def verdict(i: int) -> str:
        return str(probs[int(rows[i]["round"])][fact].verdict[i])

    print(f"\nright {fact} picks left out, by forward probability:")
    for i in sorted((i for i in measured if verdict(i) == "right" and not kept[fact][i]), key=p):
        print(f"  {p(i):.3f} {rows[i]['entry']['id']} ({rows[i]['language']}): {rows[i][fact]['value']!r}")
    print(f"\nwrong {fact} picks at 0.9 or more:")
    for i in sorted((i for i in measured if verdict(i) == "wrong" and p(i) >= 0.9), key=p, reverse=True):
        print(f"  {p(i):.3f} {'STATED' if kept[fact][i] else '      '} {rows[i]['entry']['id']} "
              f"({rows[i]['language']}): {rows[i][fact]['value']!r}, mail names {rows[i]['want'].get(fact)!r}")


if __name__ == "__main__":
    sys.exit(main())
