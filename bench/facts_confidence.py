"""Wrong company or role in drafts, by round, language and writer; and the calibrated confidence
model that decides which facts a draft states, trained and judged over writers.

    python bench/facts_confidence.py                 # the table with the shipped model, drafts of caught rejections
    python bench/facts_confidence.py --all-rejections  # the same for every rejection, caught or not
    python bench/facts_confidence.py --wrong         # ... and list each wrong fact a draft states
    python bench/facts_confidence.py --missed role   # each role the rules find none of, with where the mail writes it
    python bench/facts_confidence.py --wrong-tops company  # the rules' wrong first candidates, every rejection
    python bench/facts_confidence.py --cv            # writer-disjoint cross-validation (the deciding figure)
    python bench/facts_confidence.py --cv --curve --rounds   # + the trade-off curve and leave-one-ROUND-out
    python bench/facts_confidence.py --cv --forward  # + each round k >= 5 measured by the model of rounds < k
    python bench/facts_confidence.py --cv --forward-curve --c 0.1  # + the forward trade-off: policies and targets
    python bench/facts_confidence.py --cv --forward --round-roles 12  # + round 12's wrong roles, forward
    python bench/facts_confidence.py --write         # --cv --forward, then train on all and write drafts/fact-model.npz
    ... --judge strict                               # labels, thresholds and tables by the strict judge
    ... --report-judge strict                        # the issue judge's model and thresholds, tables judged strictly

The judge (bench/facts_judge.py) is the issue's rule by default: gender markers and parentheses
may be dropped, a short form of a long name is right, a generic word alone ("Université",
"Manager") or a department's prefix is wrong. `--judge strict` is bench/independent_quality.py's.
The labelled mail is the development set classifier/corpus/independent (rounds 1-14, w1-w84) and
tests/data/drafts/facts (two more groups, written for the rules).

--forward: as the next round will come, new writers the model never saw: each round k >= 5 is
measured by a model fitted on rounds 1..k-1 (and the mail written for the rules), with thresholds
chosen on the three rounds before k measured the same way, so that drafts wrong stay <= 2 % on
each of them (--policy worst) or on their mean (--policy mean, the default). --write trains on
every round and takes the thresholds this way on the last --forward-rounds rounds: leave-one-writer-out
promised 1.6 % wrong before rounds 8 and 9, which gave 5.5 % and 12.1 %; a 2 % target on the mean
of three rounds then gave 3.6-6.9 % on rounds 8-10. --forward-curve prints, for each policy and
target, every round's figure measured forward, marked OK where each of FORWARD_GOAL_ROUNDS
(rounds 8-14) stays at most 2 % wrong: the shipped choice is the OK one that names the most facts.

With --company-threshold (--role-threshold) the forward figures keep that threshold there for every
round (the other still the policy's): a threshold set by hand is measured forward like the policy's.
Round 11 (w53-w60) is a forward round like the others: measured by the model of rounds 1-10, its
thresholds chosen on rounds 8-10.

--cv: every company and role candidate the rules find is a row (features: drafts/fact_model.py;
label: right by the judge). A logistic regression is fitted with the mail of all writers but one
and predicts the left-out writer's candidates (leave-one-writer-out, never one writer on both
sides); a candidate the rules judged an agency or a group (drafts.facts.VETOED) keeps at most the
rules' confidence, as in drafts. On those out-of-writer probabilities, the thresholds (one for the company, one for the
role) are the pair that names the most facts right while drafts stating a wrong company or role
stay at most --target (1.5 %). Reported with them: wrong % and naming rates by round, language and
writer; a nested figure, where the thresholds too are chosen without the left-out writer (the more
honest of the two); with --rounds, the same leaving a whole ROUND out (model and thresholds chosen
on the other rounds). The rules themselves were tuned on rounds 1-5 by their authors, so every
figure here is optimistic for unseen writers; the lead's unseen round is the honest test.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import facts_judge  # noqa: E402
from independent_quality import ROOT, ROUNDS, load  # noqa: E402

from onward.drafts import facts, read_rejection  # noqa: E402
from onward.drafts.facts import THRESHOLDS  # noqa: E402
from onward.drafts.lexicon import fold  # noqa: E402

# The judge of a stated fact: the rule (bench/facts_judge.py, the default, also the labels
# the model is trained on) or bench/independent_quality.py's strict one (--judge strict).
JUDGES = {"issue": facts_judge.judge, "strict": facts_judge.strict}
judge = JUDGES["issue"]
shown_judge = JUDGES["issue"]
FACTS_DIR = ROOT / "tests/data/drafts/facts"
ROUND_OF = {w: r for r, writers in ROUNDS.items() for w in writers}
FIELDS = ("company", "role", "person")
TARGET = 0.015
C_VALUES = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


def collect(folder: Path, with_facts_dir: bool = True) -> list[dict]:
    """Every labelled rejection, read: its candidates, their features and their judgement."""
    entries = load(folder) + (load(FACTS_DIR) if with_facts_dir else [])
    rows = []
    for entry in entries:
        if entry["label"] != "rejection":
            continue
        read = read_rejection(entry["raw"])
        want = entry.get("expected") or {}
        row = {"entry": entry, "writer": entry["writer"], "language": entry["language"],
               "round": ROUND_OF.get(entry["writer"], "-"), "want": want}
        for fact in ("company", "role"):
            candidate = read.facts[fact]
            row[fact] = {"value": candidate.value, "confidence": candidate.confidence,
                         # getattr: the table also runs on an older onward, to compare with it
                         "features": getattr(candidate, "features", ()), "kept": candidate.kept(fact),
                         "verdict": judge(fact, candidate.value, want.get(fact) or ""),
                         # how the tables judge it (--report-judge): the same decisions, another judge
                         "shown": shown_judge(fact, candidate.value, want.get(fact) or "")}
            # Every candidate the model weighed (the company's: all the names the rules found),
            # the rows the model is trained on; one for the role, or an older onward.
            weighed = getattr(candidate, "candidates", ()) or ((candidate,) if candidate.value else ())
            row[fact]["candidates"] = [
                {"value": c.value, "features": getattr(c, "features", ()),
                 # a rule's verdict the model may not overturn (an agency, a group): at most its own
                 # confidence, and never more than a veto leaves (the name the application contradicts
                 # is vetoed after the model scored it, with the rules' confidence in its features)
                 "cap": min(min(c.features[0], getattr(facts, "VETOED_AT_MOST", 1.0))
                            if c.how in getattr(facts, "VETOED", ()) and c.features else 1.0,
                            # and the most its shape allows (a role that runs on where written)
                            at_most(fact, c.features, c.value)),
                 "verdict": judge(fact, c.value, want.get(fact) or ""),
                 "shown": shown_judge(fact, c.value, want.get(fact) or "")} for c in weighed]
        person = read.full_name or read.first_name
        wanted = want.get("person") or ""
        row["person"] = ("right" if person and wanted and fold(person) in fold(wanted)
                         else judge("person", person, wanted))
        if row["company"]["shown"] == "wrong" or row["role"]["shown"] == "wrong":
            row["wrong facts"] = {f: (row[f]["value"], want.get(f) or "") for f in ("company", "role")
                                  if row[f]["shown"] == "wrong"}
        rows.append(row)
    return rows


def wrong_tops(rows: list[dict], fact: str) -> None:
    """The rules' chosen candidate (the fact's value, vetoes applied, before the model's threshold)
    where the judge finds it wrong, with the name the mail gives and whether another candidate was
    right: the rules' own errors. Closes with the counts of right, wrong and absent values where the
    mail names one."""
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        wanted = row["want"].get(fact) or ""
        if not wanted:
            continue
        value = row[fact]["value"]
        verdict = row[fact]["verdict"] if value else "absent"
        counts[verdict] += 1
        other = next((c["value"] for c in row[fact]["candidates"]
                      if c["verdict"] == "right" and c["value"] != value), "")
        counts[f"{verdict}, another right"] += bool(other) and verdict != "right"
        if verdict == "wrong":
            print(f"  {row['entry']['id']} ({row['language']}): {value!r}, mail names {wanted!r}"
                  + (f"; right: {other!r}" if other else ""))
    print(f"{fact} values where the mail names one: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if v))


def at_most(fact: str, features: tuple[float, ...], value: str = "") -> float:
    """drafts/fact_model.at_most, 1 on an older onward without it (to compare with it)."""
    from onward.drafts import fact_model
    limit = getattr(fact_model, "at_most", None)
    if not (limit and features):
        return 1.0
    try:
        return limit(fact, features, value)
    except TypeError:  # an onward whose at_most reads the features only
        return limit(fact, features)


def outcome(row: dict, fact: str, stated: str) -> str:
    """The draft's verdict on a fact: `stated` is the judge's verdict on the candidate the draft
    states ("right"/"wrong"), "" when it states none."""
    if stated:
        return stated
    return "left out" if row["want"].get(fact) else "right"


def shipped(rows: list[dict]) -> dict[str, np.ndarray]:
    """What the shipped extraction states, as the tables take it: per row the verdict or ""."""
    return {f: np.array([r[f]["shown"] if r[f]["kept"] and r[f]["value"] else "" for r in rows], dtype=object)
            for f in ("company", "role")}


def table(rows: list[dict], kept: dict[str, np.ndarray], title: str) -> None:
    """Wrong % and right-where-named by round, language and writer."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        groups["all"].append(i)
        groups[f"round {row['round']}"].append(i)
        groups[f"language {row['language']}"].append(i)
        groups[f"writer {row['writer']}"].append(i)
    print(f"\n{title}")
    print(f"{'group':18s} {'drafts':>6s} {'wrong':>13s} {'company wrong':>14s}   "
          "right where named: company / role / person")

    def order(g: str) -> tuple:
        kind, _, name = g.partition(" ")
        return ({"all": 0, "round": 1, "language": 2, "writer": 3}[kind], len(name), name)

    for group in sorted(groups, key=order):
        ids = groups[group]
        found = [{f: outcome(rows[i], f, kept[f][i]) for f in ("company", "role")} for i in ids]
        wrong = sum(f["company"] == "wrong" or f["role"] == "wrong" for f in found)
        company_wrong = sum(f["company"] == "wrong" for f in found)
        rates = []
        for field in FIELDS:
            named = [(rows[i]["person"] if field == "person" else f[field])
                     for i, f in zip(ids, found) if rows[i]["want"].get(field)]
            rates.append(f"{sum(o == 'right' for o in named) / max(len(named), 1):6.1%} of {len(named):3d}")
        print(f"{group:18s} {len(ids):6d} {wrong:4d} ({wrong / max(len(ids), 1):6.1%}) "
              f"{company_wrong:4d} ({company_wrong / max(len(ids), 1):6.1%})   " + " / ".join(rates))


def matrix(rows: list[dict], fact: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels (right = 1), row numbers and positions of every candidate for the fact."""
    found = [(i, k) for i, r in enumerate(rows) for k, c in enumerate(r[fact]["candidates"]) if c["features"]]
    x = np.array([rows[i][fact]["candidates"][k]["features"] for i, k in found], dtype=float)
    y = np.array([rows[i][fact]["candidates"][k]["verdict"] == "right" for i, k in found], dtype=int)
    return x, y, np.array([i for i, _ in found]), np.array([k for _, k in found])


def caps(rows: list[dict], fact: str, index: np.ndarray, position: np.ndarray) -> np.ndarray:
    """Per candidate of matrix(), the most the draft may give it (drafts.facts.VETOED), as drafts do."""
    return np.array([rows[i][fact]["candidates"][k]["cap"] for i, k in zip(index, position)], dtype=float)


class Picked:
    """Per row, what the model picks among its candidates: the likeliest's probability (NaN: no
    candidate), and the judges' verdicts on it ("" where none)."""

    def __init__(self, n: int) -> None:
        self.p = np.full(n, np.nan)
        self.verdict = np.array([""] * n, dtype=object)
        self.shown = np.array([""] * n, dtype=object)

    def take(self, other: "Picked", ids: np.ndarray) -> None:
        self.p[ids], self.verdict[ids], self.shown[ids] = other.p[ids], other.verdict[ids], other.shown[ids]

    def stated(self, threshold: float) -> np.ndarray:
        """Per row, the verdict on what a draft states at this threshold, "" for nothing."""
        return np.where(np.nan_to_num(self.p, nan=-1) >= threshold, self.shown, "")


def picked(rows: list[dict], fact: str, p: np.ndarray, index: np.ndarray, position: np.ndarray) -> Picked:
    """The likeliest candidate of each row among those scored (p per candidate, NaN: not scored);
    the first (the rules' winner) on a tie, as drafts.facts.best_of."""
    out = Picked(len(rows))
    for j in np.flatnonzero(~np.isnan(p)):
        i = index[j]
        if np.isnan(out.p[i]) or p[j] > out.p[i]:
            candidate = rows[i][fact]["candidates"][position[j]]
            out.p[i], out.verdict[i], out.shown[i] = p[j], candidate["verdict"], candidate["shown"]
    return out


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler
    scaler = StandardScaler().fit(x)
    scaler.scale_[scaler.scale_ == 0] = 1.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = LogisticRegression(C=c, max_iter=2000, class_weight=None).fit(scaler.transform(x), y)
    return scaler, model


def predict(fitted, x: np.ndarray) -> np.ndarray:
    scaler, model = fitted
    return model.predict_proba(scaler.transform(x))[:, 1]


_MATRIX: dict = {}  # fact -> its candidates' matrix: built once per run


def out_of_writer(rows: list[dict], fact: str, c: float, train: np.ndarray, test: np.ndarray) -> Picked:
    """What a model fitted on the train rows' candidates picks among each test row's (by row number)."""
    if fact not in _MATRIX:
        _MATRIX[fact] = matrix(rows, fact)
    x, y, index, position = _MATRIX[fact]
    p = np.full(len(index), np.nan)
    fit_mask, test_mask = np.isin(index, train), np.isin(index, test)
    if test_mask.any() and len(set(y[fit_mask])) == 2:
        p[test_mask] = np.minimum(predict(fit(x[fit_mask], y[fit_mask], c), x[test_mask]),
                                  caps(rows, fact, index, position)[test_mask])
    return picked(rows, fact, p, index, position)


def oof(rows: list[dict], fact: str, c: float, among: np.ndarray) -> Picked:
    """Leave-one-writer-out picks for the rows `among` (row numbers), fitted on the others of `among`."""
    out = Picked(len(rows))
    writers = sorted({rows[i]["writer"] for i in among})
    for writer in writers:
        test = np.array([i for i in among if rows[i]["writer"] == writer])
        train = np.array([i for i in among if rows[i]["writer"] != writer])
        out.take(out_of_writer(rows, fact, c, train, test), test)
    return out


def verdicts(pick: Picked, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row of ids: the picked candidate right, the picked candidate wrong."""
    return pick.verdict[ids] == "right", pick.verdict[ids] == "wrong"


# The thresholds tried. Probabilities crowd near 1, and a new round's wrong facts come with some of
# the highest of them: the grid is finer there, up to 0.9998.
GRID = np.round(np.concatenate([np.arange(0.30, 0.90, 0.01), np.arange(0.90, 0.99, 0.002),
                                np.arange(0.99, 0.9999, 0.0002)]), 4)


def choose_thresholds(rows: list[dict], probs: dict[str, Picked], ids: np.ndarray,
                      target: float) -> tuple[float, float, float]:
    """(company threshold, role threshold, facts named right) with drafts wrong <= target on ids."""
    rc, wc = verdicts(probs["company"], ids)
    rr, wr = verdicts(probs["role"], ids)
    pc, pr = np.nan_to_num(probs["company"].p[ids], nan=-1), np.nan_to_num(probs["role"].p[ids], nan=-1)
    grid = GRID
    best = (1.0, 1.0, -1.0)
    for tc in grid:
        kc = pc >= tc
        for tr in grid:
            kr = pr >= tr
            wrong = np.mean((kc & wc) | (kr & wr))
            if wrong <= target:
                named = (kc & rc).sum() + (kr & rr).sum()
                if named > best[2]:
                    best = (float(tc), float(tr), float(named))
    return best


def cross_validate(rows: list[dict], target: float, c_values: tuple[float, ...] = C_VALUES) -> dict:
    dev = np.array([i for i, r in enumerate(rows) if r["round"] != "-"])
    everyone = np.arange(len(rows))
    # The model (its regularisation C) is chosen by the facts named right at the target, out of writer.
    results = {}
    for c in c_values:
        probs = {fact: oof(rows, fact, c, everyone) for fact in ("company", "role")}
        tc, tr, named = choose_thresholds(rows, probs, dev, target)
        results[c] = (named, tc, tr, probs)
        print(f"  C={c:<5}: thresholds company {tc:.3f}, role {tr:.3f}: {named:.0f} facts named right "
              f"on {len(dev)} dev rejections (leave-one-writer-out)")
    c = max(results, key=lambda k: (results[k][0], -k))
    named, tc, tr, probs = results[c]
    return {"c": c, "company": tc, "role": tr, "probs": probs, "dev": dev}


_INNER: dict = {}  # (c, by, group) -> inner out-of-writer and outer probabilities: one fit for every target


def nested(rows: list[dict], c: float, target: float, by: str = "writer") -> dict[str, np.ndarray]:
    """For each writer (or round, by="round"): thresholds chosen on the other writers'
    out-of-writer probabilities, the model fitted on the other writers, applied to this writer
    (round). Kept masks over all rows."""
    kept = {"company": np.array([""] * len(rows), dtype=object), "role": np.array([""] * len(rows), dtype=object)}
    groups = sorted({r[by] for r in rows if r["round"] != "-"})
    for group in groups:
        test = np.array([i for i, r in enumerate(rows) if r[by] == group])
        others = np.array([i for i, r in enumerate(rows) if r[by] != group])
        if (c, by, group) not in _INNER:
            _INNER[c, by, group] = (
                {fact: oof(rows, fact, c, others) for fact in ("company", "role")},
                {fact: out_of_writer(rows, fact, c, others, test) for fact in ("company", "role")})
        inner, outer = _INNER[c, by, group]
        dev_others = np.array([i for i in others if rows[i]["round"] != "-"])
        tc, tr, _ = choose_thresholds(rows, inner, dev_others, target)
        for fact, t in (("company", tc), ("role", tr)):
            kept[fact][test] = outer[fact].stated(t)[test]
    return kept


def summary(rows: list[dict], kept: dict[str, np.ndarray], ids: np.ndarray) -> str:
    """One line: wrong drafts, and right where named for company and role, over the rows ids."""
    found = [{f: outcome(rows[i], f, kept[f][i]) for f in ("company", "role")} for i in ids]
    wrong = sum(f["company"] == "wrong" or f["role"] == "wrong" for f in found)
    rates = []
    for field in ("company", "role"):
        named = [f[field] for i, f in zip(ids, found) if rows[i]["want"].get(field)]
        rates.append(sum(o == "right" for o in named) / max(len(named), 1))
    company_wrong = sum(f["company"] == "wrong" for f in found)
    return (f"wrong {wrong:3d} ({wrong / max(len(ids), 1):5.1%}), company {company_wrong:3d}  "
            f"company {rates[0]:5.1%}  role {rates[1]:5.1%}")


def curve(rows: list[dict], c: float, probs: dict[str, np.ndarray], dev: np.ndarray) -> None:
    """The trade-off: for each target, the thresholds on out-of-writer probabilities, and the
    nested (writer) and leave-one-round-out figures, wrong against named."""
    print(f"\ntrade-off curve, C={c} (every rejection, w1-w24): target -> thresholds; CV / nested / round out")
    for target in (0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05):
        tc, tr, _ = choose_thresholds(rows, probs, dev, target)
        kept = {f: probs[f].stated(t) for f, t in (("company", tc), ("role", tr))}
        nest = nested(rows, c, target)
        loro = nested(rows, c, target, by="round")
        print(f"  {target:5.1%}: company {tc:.3f} role {tr:.3f} | CV {summary(rows, kept, dev)} | nested "
              f"{summary(rows, nest, dev)} | round out {summary(rows, loro, dev)}")


FORWARD_FROM = 5  # the first round --forward measures; rounds 1-4 only train
FORWARD_LAST = 3  # the thresholds are chosen on this many rounds before the one measured
FORWARD_TARGET = 0.02
FORWARD_POLICY = "mean"
# --company-threshold: the company's threshold set by hand, also in the forward figures (each round's
# role threshold still chosen by the policy with the company's), so that the choice shipped is measured
FORWARD_COMPANY: float | None = None
# --role-threshold: the role's set by hand, measured forward the same way (every round at it)
FORWARD_ROLE: float | None = None


def _rounds(rows: list[dict]) -> list[int]:
    return sorted({int(r["round"]) for r in rows if r["round"] != "-"})


def forward_probs(rows: list[dict], c: float) -> dict[int, dict[str, Picked]]:
    """Per round k (from the second): what a model fitted on every earlier round (and the mail
    written for the rules, tests/data/drafts/facts) picks among round k's candidates. The time's
    order, as it comes: each round is new writers the model never saw, as the next one will be."""
    out = {}
    rounds = _rounds(rows)
    for k in rounds[1:]:
        train = np.array([i for i, r in enumerate(rows) if r["round"] == "-" or int(r["round"]) < k])
        test = np.array([i for i, r in enumerate(rows) if r["round"] == str(k)])
        out[k] = {fact: out_of_writer(rows, fact, c, train, test) for fact in ("company", "role")}
    return out


def choose_forward_thresholds(rows: list[dict], probs: dict[int, dict[str, Picked]], rounds: list[int],
                              target: float, policy: str = "worst") -> tuple[float, float, float]:
    """(company threshold, role threshold, facts named right) such that on `rounds`, each judged
    with the model fitted before it (forward_probs), drafts wrong <= target: on EVERY one of them
    (policy "worst": the worst new round decides) or on their mean ("mean"). When no pair gets
    there, the pair with the fewest wrong (then the most named). Every pair of the grid at once: a
    draft is wrong when its stated company or its stated role is, so per round the wrong drafts of
    a pair are the wrong companies plus the wrong roles minus the drafts wrong in both (a product
    of the two grids' masks); ties go to the first pair, company threshold first, as a loop would."""
    grid = GRID
    wrong, named = [], np.zeros((len(grid), len(grid)))
    for k in rounds:
        ids = np.array([i for i, r in enumerate(rows) if r["round"] == str(k)])
        rc, wc = verdicts(probs[k]["company"], ids)
        rr, wr = verdicts(probs[k]["role"], ids)
        kc = np.nan_to_num(probs[k]["company"].p[ids], nan=-1)[None, :] >= grid[:, None]
        kr = np.nan_to_num(probs[k]["role"].p[ids], nan=-1)[None, :] >= grid[:, None]
        company_wrong, role_wrong = (kc & wc).astype(float), (kr & wr).astype(float)
        both = company_wrong @ role_wrong.T
        wrong.append((company_wrong.sum(1)[:, None] + role_wrong.sum(1)[None, :] - both) / len(ids))
        named += (kc & rc).sum(1)[:, None] + (kr & rr).sum(1)[None, :]
    score = np.max(wrong, axis=0) if policy == "worst" else np.mean(wrong, axis=0)
    allowed = score <= target
    if allowed.any():
        tc, tr = np.unravel_index(np.argmax(np.where(allowed, named, -1)), named.shape)
    else:  # the fewest wrong, then the most named
        fewest = score == score.min()
        tc, tr = np.unravel_index(np.argmax(np.where(fewest, named, -1)), named.shape)
    return float(grid[tc]), float(grid[tr]), float(named[tc, tr])


def forward(rows: list[dict], probs: dict[int, dict[str, Picked]], target: float,
            policy: str = "worst") -> tuple[dict[str, np.ndarray], dict[int, tuple]]:
    """For each round k from FORWARD_FROM: the model fitted on rounds 1..k-1 (forward_probs), its
    thresholds chosen so that the FORWARD_LAST rounds before k, measured forward in the same way,
    have drafts wrong <= target (by `policy`); applied to round k. Kept masks over all rows, and
    each round's thresholds."""
    kept = {f: np.array([""] * len(rows), dtype=object) for f in ("company", "role")}
    chosen = {}
    for k in [k for k in _rounds(rows) if k >= FORWARD_FROM]:
        earlier = [j for j in probs if k - FORWARD_LAST <= j < k]
        tc, tr, _ = choose_forward_thresholds(rows, probs, earlier, target, policy)
        tc = tc if FORWARD_COMPANY is None else FORWARD_COMPANY
        tr = tr if FORWARD_ROLE is None else FORWARD_ROLE
        test = np.array([i for i, r in enumerate(rows) if r["round"] == str(k)])
        for fact, t in (("company", tc), ("role", tr)):
            kept[fact][test] = probs[k][fact].stated(t)[test]
        chosen[k] = (tc, tr)
    return kept, chosen


def show_forward(rows: list[dict], c: float, target: float, policy: str,
                 with_curve: bool = False, round_roles: int | None = None) -> dict[str, float]:
    """Print the forward figure (rounds FORWARD_FROM.. each measured by the model of the rounds
    before it, its thresholds chosen on the rounds before it) for both policies, and return the
    thresholds `policy` chooses for a model trained on every round, on the last FORWARD_LAST
    rounds measured forward."""
    probs = forward_probs(rows, c)
    ids = np.array([i for i, r in enumerate(rows) if r["round"] != "-" and int(r["round"]) >= FORWARD_FROM])
    for each in ("worst", "mean"):
        kept, chosen = forward(rows, probs, target, each)
        table([rows[i] for i in ids], {f: kept[f][ids] for f in kept},
              f"forward, C={c}: round k measured by the model of rounds 1..k-1, its thresholds chosen so that "
              f"the {FORWARD_LAST} rounds before k, measured so, have at most {target:.1%} wrong "
              f"({'each of them' if each == 'worst' else 'on their mean'})")
        print("  thresholds: " + ", ".join(f"round {k} company {tc:.4f} role {tr:.4f}"
                                          for k, (tc, tr) in chosen.items()))
    if round_roles in probs:
        wrong_roles(rows, probs, round_roles, forward(rows, probs, target, policy)[1][round_roles][1])
    last = _rounds(rows)[-FORWARD_LAST:]
    tc, tr, _ = choose_forward_thresholds(rows, probs, last, target, policy)
    print(f"thresholds for the model of every round (rounds {last[0]}-{last[-1]} measured forward, "
          f"{policy} <= {target:.1%}): company {tc:.4f}, role {tr:.4f}")
    if with_curve:
        forward_curve(rows, probs)
    return {"company": tc, "role": tr}


def wrong_roles(rows: list[dict], probs: dict[int, dict[str, Picked]], k: int, threshold: float) -> None:
    """Round k's wrong roles, each with the probability the model of rounds 1..k-1 gives it, and
    whether the round's forward threshold states it: what new shapes of title get."""
    picks = probs[k]["role"]
    ids = [i for i, r in enumerate(rows) if r["round"] == str(k) and picks.verdict[i] == "wrong"]
    print(f"\nround {k}'s wrong roles, by the model of rounds 1..{k - 1} (threshold {threshold:.4f}):")
    for i in sorted(ids, key=lambda i: -picks.p[i]):
        print(f"  {picks.p[i]:.4f} {'STATED' if picks.p[i] >= threshold else '      '} {rows[i]['entry']['id']}: "
              f"{rows[i]['role']['value']!r}, mail names {rows[i]['want'].get('role') or ''!r}")


FORWARD_CURVE_TARGETS = (0.0025, 0.005, 0.0075, 0.01, 0.0125, 0.015, 0.02)
FORWARD_GOAL_ROUNDS = tuple(range(8, 15))  # the goal: each of rounds 8-14, measured forward, at most 2 % wrong


def forward_curve(rows: list[dict], probs: dict[int, dict[str, Picked]]) -> None:
    """The forward trade-off: for each policy and target, each round's drafts wrong (measured
    forward) and the facts named right over rounds FORWARD_FROM.., marked OK where every round of
    FORWARD_GOAL_ROUNDS stays at most 2 % wrong."""
    ids = np.array([i for i, r in enumerate(rows) if r["round"] != "-" and int(r["round"]) >= FORWARD_FROM])
    print(f"\nforward trade-off ({FORWARD_LAST} rounds before each choose its thresholds): policy, target -> "
          "drafts wrong by round; facts named right where the mail names them")
    for policy in ("worst", "mean"):
        for target in FORWARD_CURVE_TARGETS:
            kept, _ = forward(rows, probs, target, policy)
            wrong = {}
            for k in sorted({int(rows[i]["round"]) for i in ids}):
                found = [outcome(rows[i], f, kept[f][i]) for i in ids if rows[i]["round"] == str(k)
                         for f in ("company", "role")]
                drafts = len(found) // 2
                wrong[k] = sum("wrong" in found[j:j + 2] for j in range(0, len(found), 2)) / max(drafts, 1)
            named = [outcome(rows[i], f, kept[f][i]) == "right" for i in ids for f in ("company", "role")
                     if rows[i]["want"].get(f)]
            goal = all(wrong.get(k, 0.0) <= 0.02 for k in FORWARD_GOAL_ROUNDS)
            print(f"  {policy:5s} {target:6.2%}: " + " ".join(f"r{k} {w:4.1%}" for k, w in wrong.items())
                  + f" | named {sum(named) / max(len(named), 1):5.1%}" + ("  OK" if goal else ""))


def write(rows: list[dict], c: float, thresholds: dict[str, float]) -> None:
    from onward.drafts import fact_model
    arrays: dict[str, np.ndarray] = {"company_features": np.array(fact_model.COMPANY_FEATURES),
                                     "role_features": np.array(fact_model.ROLE_FEATURES)}
    for fact in ("company", "role"):
        x, y, _, _ = matrix(rows, fact)
        scaler, model = fit(x, y, c)
        arrays[f"{fact}_mean"] = scaler.mean_
        arrays[f"{fact}_scale"] = scaler.scale_
        arrays[f"{fact}_coef"] = model.coef_[0]
        arrays[f"{fact}_intercept"] = model.intercept_
        arrays[f"{fact}_threshold"] = np.array([thresholds[fact]])
        arrays[f"{fact}_c"] = np.array([c])
        print(f"{fact}: {len(y)} candidates, {y.mean():.1%} right; weights by size:")
        names = fact_model.COMPANY_FEATURES if fact == "company" else fact_model.ROLE_FEATURES
        for name, w in sorted(zip(names, model.coef_[0]), key=lambda t: -abs(t[1]))[:8]:
            print(f"    {w:+.2f} {name}")
    np.savez(fact_model.MODEL, **arrays)
    print(f"wrote {fact_model.MODEL}")


def where_written(entry: dict, wanted: str) -> str:
    """The subject or the body's line that holds the wanted fact (its first word, folded), so that
    a miss is grouped by how the mail writes it; the subject when no line does."""
    words = fold(wanted).split()
    lines = [entry.get("subject", "")] + entry.get("body", "").splitlines()
    for line in lines:
        if words and fold(words[0]) in fold(line) and all(w in fold(line) for w in words[:3]):
            return line.strip()[:160]
    return f"(not written as such) subject: {entry.get('subject', '')[:120]}"


def show_missed(rows: list[dict], fact: str) -> None:
    """The rejections whose mail names the fact and whose rules find no candidate (--missed), then
    the counts of missed, wrong and right over those that name it."""
    named = [r for r in rows if r["want"].get(fact)]
    missed = [r for r in named if not r[fact]["value"]]
    for r in missed:
        print(f"  {r['entry']['id']} ({r['language']}, round {r['round']}) wants {r['want'][fact]!r}: "
              f"{where_written(r['entry'], r['want'][fact])}")
    count = {v: sum(r[fact]["verdict"] == v for r in named if r[fact]["value"]) for v in ("right", "wrong")}
    print(f"\n{fact}: {len(named)} rejections name it; no candidate {len(missed)} ({len(missed) / len(named):.1%}), "
          f"wrong {count['wrong']} ({count['wrong'] / len(named):.1%}), right {count['right']} "
          f"({count['right'] / len(named):.1%}) (the rules' candidate, before the model)")


def main() -> int:
    global judge, shown_judge, FORWARD_LAST, FORWARD_COMPANY, FORWARD_ROLE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "classifier/corpus/independent")
    parser.add_argument("--all-rejections", action="store_true",
                        help="every rejection, not only those the shipped classifier catches")
    parser.add_argument("--cv", action="store_true", help="writer-disjoint cross-validation of the model")
    parser.add_argument("--write", action="store_true",
                        help="--cv --forward, then write drafts/fact-model.npz with the forward thresholds")
    parser.add_argument("--target", type=float, default=TARGET, help="most drafts wrong (default 0.015)")
    parser.add_argument("--judge", choices=sorted(JUDGES), default="issue",
                        help="issue: the issue's rule (bench/facts_judge.py, default); strict: independent_quality's")
    parser.add_argument("--report-judge", choices=sorted(JUDGES),
                        help="judge the tables' drafts by this judge (default: --judge); "
                             "the model and thresholds stay --judge's")
    parser.add_argument("--rounds", action="store_true",
                        help="with --cv: also leave one ROUND out (model and thresholds without that round)")
    parser.add_argument("--curve", action="store_true",
                        help="with --cv: wrong against named for several targets (CV, nested, round out)")
    parser.add_argument("--forward", action="store_true",
                        help="with --cv: train on rounds 1..k-1, measure round k (k >= 5), thresholds chosen "
                             "on the rounds before k measured the same way")
    parser.add_argument("--forward-target", type=float, default=FORWARD_TARGET,
                        help="with --forward and --write: most drafts wrong on the earlier rounds, "
                             "by --policy (default 0.02)")
    parser.add_argument("--policy", choices=("worst", "mean", "writer"), default=FORWARD_POLICY,
                        help="with --forward and --write: the thresholds keep EACH of the last rounds (worst) "
                             "or their mean at most --forward-target wrong; writer: leave-one-writer-out's, "
                             "at most --target wrong (the policy before --forward)")
    parser.add_argument("--forward-curve", action="store_true",
                        help="with --cv: --forward, and the forward figures for each policy and several targets")
    parser.add_argument("--forward-rounds", type=int, default=FORWARD_LAST,
                        help=f"with --forward and --write: the thresholds are chosen on this many rounds before "
                             f"the one measured (and the last ones for --write; default {FORWARD_LAST})")
    parser.add_argument("--company-threshold", type=float,
                        help="with --write: this company threshold instead of the policy's (the policy's "
                             "is printed); the role's stays the policy's. With --forward: also each round's")
    parser.add_argument("--role-threshold", type=float,
                        help="with --write: this role threshold instead of the policy's (the policy's is printed); "
                             "with --forward: also each round's, as --company-threshold")
    parser.add_argument("--c", type=float, help="with --cv: this C instead of choosing it")
    parser.add_argument("--round-roles", type=int, metavar="K",
                        help="with --forward: round K's wrong roles with the probability the model of the rounds "
                             "before it gives each")
    parser.add_argument("--wrong", action="store_true", help="list the wrong facts the drafts state")
    parser.add_argument("--missed", choices=("company", "role"),
                        help="list every rejection of the rounds whose mail names it and whose rules find none")
    parser.add_argument("--wrong-tops", choices=("company", "role"), metavar="FACT",
                        help="list the rules' wrong first candidates for FACT over every rejection of the rounds")
    args = parser.parse_args()
    FORWARD_LAST = args.forward_rounds
    FORWARD_COMPANY = args.company_threshold
    FORWARD_ROLE = args.role_threshold
    judge = JUDGES[args.judge]
    shown_judge = JUDGES[args.report_judge or args.judge]
    print(f"judge: {args.judge} (labels and thresholds); tables judged by: {args.report_judge or args.judge}")
    rows = collect(args.folder)
    dev_rows = [r for r in rows if r["round"] != "-"]
    if args.missed:
        show_missed(dev_rows, args.missed)
        return 0
    if args.wrong_tops:
        wrong_tops(dev_rows, args.wrong_tops)
        return 0
    if not (args.cv or args.write):
        if not args.all_rejections:
            from onward.classifier import load_model
            from onward.daemon.schema import ClassifierConfig
            verdict = load_model(None).classify_many([r["entry"]["raw"] for r in dev_rows],
                                                     ClassifierConfig().threshold)
            dev_rows = [r for r, v in zip(dev_rows, verdict) if v.label == "rejection"]
        kept = shipped(dev_rows)
        which = "every rejection" if args.all_rejections else "drafts of the rejections the shipped classifier catches"
        if args.wrong:
            for r in dev_rows:
                stated = {f: v for f, v in r.get("wrong facts", {}).items() if r[f]["kept"]}
                if stated:
                    print(f"  {r['entry']['id']} ({r['language']}): " + "; ".join(
                        f"{f} {got!r}, mail names {want!r}" for f, (got, want) in stated.items()))
        table(dev_rows, kept, f"shipped extraction (thresholds company {THRESHOLDS['company']:.3f}, role "
                              f"{THRESHOLDS['role']:.3f}), {which}")
        return 0
    from onward.drafts import fact_model
    rules = {f: np.array([r[f]["shown"] if r[f]["value"] and r[f]["confidence"] >= 0.6 else "" for r in dev_rows],
                         dtype=object) for f in ("company", "role")}
    if fact_model.model() is None:
        table(dev_rows, rules, "the rules alone (every rejection, w1-w24)")
    print(f"\nleave-one-writer-out over {len({r['writer'] for r in rows})} writers "
          f"({len(rows)} rejections, {len(dev_rows)} of them w1-w24), target wrong <= {args.target:.1%}")
    chosen = cross_validate(rows, args.target, (args.c,) if args.c else C_VALUES)
    dev = chosen["dev"]
    kept = {f: chosen["probs"][f].stated(chosen[f]) for f in ("company", "role")}
    table([rows[i] for i in dev], {f: kept[f][dev] for f in kept},
          f"cross-validated (out of writer), C={chosen['c']}, thresholds company {chosen['company']:.3f}, "
          f"role {chosen['role']:.3f} chosen on these same probabilities (every rejection, w1-w24)")
    thresholds = {"company": chosen["company"], "role": chosen["role"]}
    if args.forward or args.write or args.forward_curve:
        forward_thresholds = show_forward(rows, chosen["c"], args.forward_target,
                                          "mean" if args.policy == "writer" else args.policy, args.forward_curve,
                                          args.round_roles)
        thresholds = thresholds if args.policy == "writer" else forward_thresholds
    if args.company_threshold is not None:
        thresholds["company"] = args.company_threshold
    if args.role_threshold is not None:
        thresholds["role"] = args.role_threshold
    if args.write:  # before the slow nested tables, which only inform
        write(rows, chosen["c"], thresholds)
    if args.rounds:
        kept = nested(rows, chosen["c"], args.target, by="round")
        table([rows[i] for i in dev], {f: kept[f][dev] for f in kept},
              "leave one ROUND out: model and thresholds chosen without the round measured (every rejection)")
    kept = nested(rows, chosen["c"], args.target)
    table([rows[i] for i in dev], {f: kept[f][dev] for f in kept},
          "nested: thresholds and model both without the writer measured (every rejection, w1-w24)")
    if args.curve:
        curve(rows, chosen["c"], chosen["probs"], dev)
    return 0


if __name__ == "__main__":
    sys.exit(main())
