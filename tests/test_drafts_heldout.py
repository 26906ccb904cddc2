"""The held-out extraction set still meets the targets (a regression guard; never tune on it).

bench/extraction_quality.py prints the figures; this only fails when they drop below the targets.
"""

from __future__ import annotations

from tests.support.extraction import HELDOUT, MOST_WRONG, TARGETS, evaluate


def test_heldout_accuracy_meets_targets():
    results = evaluate(HELDOUT)
    assert results["company"][1] >= 80
    for label, target in TARGETS.items():
        right, total = results[label]
        assert right / total >= target, (label, right, total)
    for label, most in MOST_WRONG.items():
        assert results[label][0] <= most, (label, results[label])
