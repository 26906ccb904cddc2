"""A Report built by hand, for the tests of its rendering (text, JSON, HTML, the browser)."""

from __future__ import annotations

import datetime as dt

from onward.daemon.report.data import Answer, Application, Feedback, Report, Week


def ts(day: str) -> float:
    return dt.datetime.fromisoformat(day).timestamp()


def sample_report() -> Report:
    """Four weeks of a search, every number different, so a chart that swaps two shows it."""
    weeks = [
        Week("2026-11-02", {"applied": 5, "invitation": 0, "offer": 0, "rejection": 1}),
        Week("2026-11-09", {"applied": 7, "invitation": 1, "offer": 0, "rejection": 2}),
        Week("2026-11-16", {"applied": 3, "invitation": 2, "offer": 0, "rejection": 4}),
        Week("2026-11-23", {"applied": 0, "invitation": 0, "offer": 1, "rejection": 3}),
    ]
    silent = [Application("Quillfeather \x1b[31mLtd", "Data <b>Analyst</b>", ts("2026-11-03T10:00"),
                          outcome="silent"),
              Application(None, "Backend Developer", ts("2026-11-04T09:00"), outcome="silent")]
    rejected = Application("Harbourline", "Analyst", ts("2026-11-02T09:00"),
                           [Answer("rejection", ts("2026-11-12T09:00"), "position_filled")],
                           stage="applied", outcome="rejected", days_to_answer=10.0,
                           replied_at=ts("2026-11-13T09:00"), answered_at=ts("2026-11-16T09:00"),
                           feedback_at=ts("2026-11-16T09:00"))
    return Report(
        since=ts("2026-11-01T00:00"), until=ts("2026-11-29T00:00"), weeks=weeks,
        totals={"applied": 15, "invitation": 3, "offer": 1, "rejection": 10, "other_job": 4},
        answer_rate=0.6, median_days_to_answer=9.5,
        stages={"applied": 11, "assessed": 2, "interviewed": 1, "offered": 1},
        reasons={"position_filled": 3, "closer_experience": 4, "internal_candidate": 0,
                 "role_closed": 1, "volume": 0, "location_or_visa": 0, "none": 2},
        silent=silent, applications=[rejected, *silent], drafts_saved=8, replies_sent=5,
        feedback_received=2,
        feedback=[Feedback("Harbourline", "Analyst", ts("2026-11-16T09:00"),
                           ["Your case study was strong, but <the panel> wanted more SQL.",
                            "A \x1b[31mportfolio link would have helped."])],
    )
