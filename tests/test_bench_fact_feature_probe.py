"""The feature probe (bench/fact_feature_probe.py) on made-up rows: a feature left out is left out
of every candidate of its fact only, and drafts wrong and facts named are counted per mail."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from fact_feature_probe import drafts_wrong, drop_feature, named_right, separation  # noqa: E402

from onward.drafts import fact_model  # noqa: E402


def _row(company: tuple[float, ...], role: tuple[float, ...]) -> dict:
    return {"company": {"candidates": [{"features": company}, {"features": ()}]},
            "role": {"candidates": [{"features": role}]}, "want": {"company": "Acme", "role": ""}}


def test_a_dropped_feature_leaves_every_candidate_of_its_fact_and_only_them():
    company = tuple(float(j) for j in range(len(fact_model.COMPANY_FEATURES)))
    role = tuple(float(j) for j in range(len(fact_model.ROLE_FEATURES)))
    rows = [_row(company, role), _row(company, role)]
    column = fact_model.COMPANY_FEATURES.index("a digit")
    drop_feature(rows, "company", "a digit")
    for row in rows:
        kept = row["company"]["candidates"][0]["features"]
        assert len(kept) == len(company) - 1 and float(column) not in kept
        assert row["company"]["candidates"][1]["features"] == ()  # a candidate without features stays so
        assert row["role"]["candidates"][0]["features"] == role


def test_a_draft_is_wrong_once_whatever_it_states_wrong_and_only_naming_mails_count():
    rows = [_row((), ()) for _ in range(4)]
    rows[3]["want"]["company"] = ""
    stated = {"company": np.array(["wrong", "right", "", "right"], dtype=object),
              "role": np.array(["wrong", "", "wrong", ""], dtype=object)}
    assert drafts_wrong(rows, [0, 1, 2, 3], stated) == 2
    assert drafts_wrong(rows, [1, 3], stated) == 0
    assert named_right(rows, [0, 1, 2, 3], stated, "company") == (1, 3)


class _Picked:
    """A fitted model's picks, as facts_confidence.Picked: per row a probability and a verdict."""

    def __init__(self, p: list[float], shown: list[str]) -> None:
        self.p, self.shown = np.array(p), np.array(shown, dtype=object)

    def stated(self, threshold: float) -> np.ndarray:
        return np.where(self.p >= threshold, self.shown, "")


def test_each_fact_alone_is_counted_by_the_model_of_its_own_round_at_each_threshold():
    # Rows 0-1 are round 5's, rows 2-3 round 6's; each round judged by its own model only.
    probs = {5: {"company": _Picked([0.96, 0.91, 0.0, 0.0], ["right", "wrong", "right", "right"])},
             6: {"company": _Picked([0.99, 0.99, 0.92, 0.97], ["right", "right", "wrong", "right"])}}
    ids_of = {5: [0, 1], 6: [2, 3]}
    assert separation(probs, [5, 6], ids_of, "company", (0.9, 0.95)) == [(0.9, 2, 2), (0.95, 0, 2)]
    assert separation(probs, [6], ids_of, "company", (0.9,)) == [(0.9, 1, 1)]
