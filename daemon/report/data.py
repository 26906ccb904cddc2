"""The shape of a report, shared by the code that collects it and the code that shows it.

Plain dataclasses of plain values (str, int, float, None, lists, dicts), so `asdict()` is the
`--json` output. Times are POSIX seconds; weeks start on Monday (ISO weeks) in local time, as a date string.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of job mail (onward.classifier.kinds.KINDS): applied, invitation, offer, rejection,
# other_job, not_job. Stages an application reached, in order:
STAGES = ("applied", "assessed", "interviewed", "offered")
# What a rejection says about why (issue 13 item 4); "none" when it gives no reason.
REASONS = ("position_filled", "closer_experience", "internal_candidate", "role_closed",
           "volume", "location_or_visa", "none")


@dataclass
class Answer:
    """One answer to an application: a rejection, an invitation or an offer."""
    kind: str                  # "rejection" | "invitation" | "offer"
    received_at: float
    reason: str | None = None  # for a rejection: one of REASONS, None when not read


@dataclass
class Application:
    """An application and what came of it, matched by thread, company, role or job id."""
    company: str | None
    role: str | None
    applied_at: float | None    # the application-received mail; None when only an answer was seen
    answers: list[Answer] = field(default_factory=list)
    stage: str = "applied"      # the furthest of STAGES reached
    outcome: str = "open"       # "rejected" | "offered" | "open" | "silent"
    days_to_answer: float | None = None  # applied_at to the first answer
    replied_at: float | None = None      # the user's reply to the rejection, found in Sent
    answered_at: float | None = None     # the employer's answer to that reply (daemon.follow)
    feedback_at: float | None = None     # an answer to that reply holding feedback


@dataclass
class Feedback:
    """Feedback an employer sent in answer to the user's reply (daemon.follow), as kept."""
    company: str
    role: str
    received_at: float | None
    sentences: list[str] = field(default_factory=list)


@dataclass
class Week:
    start: str                 # ISO date of the Monday, e.g. "2026-11-02"
    counts: dict[str, int]     # per kind: applied, invitation, offer, rejection


@dataclass
class Report:
    since: float
    until: float
    weeks: list[Week]
    totals: dict[str, int]           # per kind over the period (applied, invitation, offer, rejection, ...)
    answer_rate: float | None        # share of the period's applications that got any answer
    median_days_to_answer: float | None
    stages: dict[str, int]           # applications per furthest stage (STAGES)
    reasons: dict[str, int]          # rejections per stated reason (REASONS)
    silent: list[Application]        # no answer after [report] silent_after
    applications: list[Application]
    drafts_saved: int                # rejections onward drafted a reply for
    replies_sent: int                # rejections the user answered (onward's draft or their own)
    feedback_received: int           # answers holding feedback (onward.daemon.follow)
    feedback: list[Feedback] = field(default_factory=list)  # what it said, newest first
