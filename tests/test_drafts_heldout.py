"""The held-out extraction set still meets the targets (a regression guard; never tune on it).

bench/extraction_quality.py prints the figures; this only fails when they drop below the targets.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_heldout_accuracy_meets_targets():
    spec = importlib.util.spec_from_file_location("extraction_quality", ROOT / "bench" / "extraction_quality.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    results = bench.evaluate(ROOT / "tests" / "data" / "drafts" / "heldout", show_misses=False)
    assert results["company"][1] >= 80

    def rate(label):
        right, total = results[label]
        return right / total

    assert rate("company") >= 0.95
    assert rate("role (named)") >= 0.90
    assert rate("first name (person)") >= 0.90
