"""The comparison of fact-model learners by the forward protocol (bench/fact_model_compare.py): the
learners, that the shipped one is back in place after a comparison, and the per-round counts."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import fact_model_compare as compare  # noqa: E402
import facts_confidence as fc  # noqa: E402


def _data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3))
    return x, (x[:, 0] + 0.5 * x[:, 1] * x[:, 2] > 0).astype(int)


def test_the_blend_is_the_mean_of_the_two_learners():
    x, y = _data()
    p = {}
    for kind in ("lr", "trees", "blend"):
        fit, predict = compare.learner(kind)
        p[kind] = predict(fit(x, y, 0.03), x)
    assert np.allclose(p["blend"], (p["lr"] + p["trees"]) / 2)
    assert not np.allclose(p["lr"], p["trees"])
    # "lr" is the shipped logistic regression, unchanged
    assert np.allclose(p["lr"], fc.predict(fc.fit(x, y, 0.03), x))


def test_the_shipped_learner_is_back_after_a_comparison(monkeypatch):
    def fails(rows: list[dict], c: float) -> dict:
        assert fc.fit is not compare.LR_FIT  # the learner compared stands in while it runs
        raise RuntimeError("no rows")

    monkeypatch.setattr(fc, "forward_probs", fails)
    with pytest.raises(RuntimeError):
        compare.forward_probs([], "trees", 0.03)
    assert fc.fit is compare.LR_FIT and fc.predict is compare.LR_PREDICT


def test_by_round_counts_drafts_wrong_and_facts_named_right():
    # Round 5: a draft with a wrong company, one right in both, one stating no role the mail names.
    # Round 4 only trains: not counted.
    rows = [{"round": "5", "want": {"company": "A", "role": "R"}},
            {"round": "5", "want": {"company": "B", "role": "S"}},
            {"round": "5", "want": {"company": "C", "role": "T"}},
            {"round": "4", "want": {"company": "D", "role": "U"}}]
    kept = {"company": np.array(["wrong", "right", "right", "wrong"], dtype=object),
            "role": np.array(["right", "right", "", "wrong"], dtype=object)}
    assert compare.by_round(rows, kept) == {5: (3, 1, 3, 2, 3, 2)}
    assert compare.line(compare.by_round(rows, kept)).startswith(
        "wrong 1/3 (33.33%), worst round 33.3% | named company 66.7%, role 66.7%")
