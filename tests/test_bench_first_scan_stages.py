"""The figures bench/first_scan.py works out from its timed stages: none below zero, whichever
process composed the drafts (in process they are composed in the triage, not in the save)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from first_scan import (COMMITS_AFTER, DRAFT, IN_SAVE, IN_TRIAGE, PER_DRAFT_OWN, RECORD,  # noqa: E402
                        SAVE_ALL, TRIAGE_IN_PROCESS, WAITING, stage_figures)


@pytest.mark.unit
def test_in_process_the_drafts_composed_in_the_triage_are_not_taken_from_the_save():
    # The figures of session 28's in-process run on main: 51.14 s of composing, all in the
    # triage, and a save of 27.47 s that once came out as -25.36 s of "lookups and APPEND".
    spent = {f"{DRAFT}, {IN_TRIAGE}": 51.14, TRIAGE_IN_PROCESS: 112.10, RECORD: 0.92,
             COMMITS_AFTER: 1.68, SAVE_ALL: 27.47}
    stages = stage_figures(spent, 143.35, 4093, TRIAGE_IN_PROCESS)
    assert all(v >= 0 for v in stages.values()), stages
    own = next(v for k, v in stages.items() if k.startswith("save: lookups and APPEND"))
    assert own == pytest.approx(27.47 - 1.68)
    assert stages[PER_DRAFT_OWN] == pytest.approx((27.47 - 1.68) / 4093)
    assert stages["fetch (and glue: what the stages leave)"] == pytest.approx(143.35 - 112.10 - 0.92 - 27.47)


@pytest.mark.unit
def test_drafts_composed_in_the_save_are_taken_from_it():
    # Through the workers, a rejection not composed at once (say, due later) is composed in the save.
    spent = {WAITING: 76.86, RECORD: 1.63, SAVE_ALL: 22.46, f"{DRAFT}, {IN_SAVE}": 2.0, COMMITS_AFTER: 1.43}
    stages = stage_figures(spent, 104.98, 4093, WAITING)
    own = next(v for k, v in stages.items() if k.startswith("save: lookups and APPEND"))
    assert own == pytest.approx(22.46 - 2.0 - 1.43) and all(v >= 0 for v in stages.values())
