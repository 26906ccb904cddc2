"""`onward report` at the terminal: the job search in numbers as plain text, one section a block.

Company and role names came from mail: they pass through `table.shown` (no escape sequences, no
bidi tricks) before they reach the terminal.
"""

from __future__ import annotations

import datetime as dt

from onward.daemon import table
from onward.daemon.report.data import REASONS, STAGES, Application, Report, Week
from onward.daemon.report.matching import ANSWER_KINDS

# The per-week columns: (heading, how a week's counts give it). "answers" is every reply an
# application got: an invitation, an offer or a rejection.
WEEK_SERIES: tuple[tuple[str, str], ...] = (
    ("applications", "applied"), ("answers", "answers"), ("interviews", "invitation"),
    ("offers", "offer"), ("rejections", "rejection"),
)
REASON_NAMES = {
    "position_filled": "position filled",
    "closer_experience": "another candidate's experience was closer",
    "internal_candidate": "an internal candidate",
    "role_closed": "role closed or on hold",
    "volume": "too many applications",
    "location_or_visa": "location or visa",
    "none": "no reason given",
}


def week_value(week: Week, key: str) -> int:
    """One number of a week's row: a kind's count, or "answers" (the answer kinds added up)."""
    if key == "answers":
        return sum(week.counts.get(kind, 0) for kind in ANSWER_KINDS)
    return week.counts.get(key, 0)


def day(ts: float | None) -> str:
    """A POSIX time as a local date, "-" for none."""
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d") if ts else "-"


def percent(share: float | None) -> str:
    return "-" if share is None else f"{share * 100:.0f}%"


def days(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} days"


def who(app: Application) -> str:
    """"Role at Company" from what the mail said, safe for a terminal; "(unknown)" for nothing."""
    company, role = table.shown(app.company), table.shown(app.role)
    if company and role:
        return f"{role} at {company}"
    return company or role or "(company not known)"


def span(report: Report) -> str:
    """The period as its first and last day (`until` is the moment after the period)."""
    return f"{day(report.since)} to {day(max(report.since, report.until - 1))}"


def confirmed(report: Report) -> int:
    """The applications whose own mail was recorded: what the answer rate is a share of (only
    those can be seen to go unanswered)."""
    return sum(app.applied_at is not None for app in report.applications)


def rate_basis(report: Report) -> str:
    return f"of the {confirmed(report)} application(s) whose confirmation was recorded got an answer"


def stage_basis(report: Report) -> str:
    """How many applications the stages count: also those known only from an answer (their
    application mail came before onward, or went to another address)."""
    known_by_answer = sum(app.applied_at is None for app in report.applications)
    total = f"{len(report.applications)} application(s)"
    return f"{total}, {known_by_answer} of them known only from their answer" if known_by_answer else total


def is_empty(report: Report) -> bool:
    return not report.applications and not any(report.totals.values()) and \
        not any(any(week.counts.values()) for week in report.weeks)


def render(report: Report, width: int | None = None) -> str:
    """The whole report as text; `width` (terminal columns) shortens the silent list to fit."""
    out = [f"Your job search from {span(report)}", ""]
    if is_empty(report):
        out.append("No job mail was recorded in this period. `onward scan --since DATE` reads older "
                   "mail into the record.")
        return "\n".join(out) + "\n"
    out.append("Per week (weeks start on Monday):")
    rows = [[w.start, *(str(week_value(w, key)) for _name, key in WEEK_SERIES)] for w in report.weeks]
    totals = ["total", *(str(sum(week_value(w, key) for w in report.weeks)) for _name, key in WEEK_SERIES)]
    out += table.render(["week", *(name for name, _key in WEEK_SERIES)], [*rows, totals], set(), None, "  ")
    out += ["", f"Answer rate: {percent(report.answer_rate)} {rate_basis(report)}; "
            f"median time to answer: {days(report.median_days_to_answer)}", ""]
    out.append(f"Furthest stage reached, {stage_basis(report)}:")
    out += [f"  {stage:<12} {report.stages.get(stage, 0)}" for stage in STAGES]
    out += ["", "What the rejections said:"]
    reasons = [(REASON_NAMES.get(r, r), report.reasons.get(r, 0)) for r in REASONS]
    out += [f"  {count:>3}  {name}" for name, count in sorted(reasons, key=lambda x: -x[1]) if count]
    if not any(count for _name, count in reasons):
        out.append("  (no reason was read from this period's rejections)" if report.totals.get("rejection")
                   else "  (no rejections in this period)")
    if report.feedback:
        out += ["", "The feedback you received:"]
        for said in report.feedback:
            about = who(Application(said.company, said.role, None))
            out.append(f"  {about}, {day(said.received_at)}:")
            out += [f"    - {table.shown(sentence)}" for sentence in said.sentences]
    out += ["", f"Silent applications (no answer yet): {len(report.silent)}"]
    if report.silent:
        rows = [[day(app.applied_at), who(app)] for app in report.silent]
        out += table.render(["applied", "application"], rows, {1}, width, "  ")
    out += ["", f"Replies: onward drafted {report.drafts_saved}, you sent {report.replies_sent}; "
            f"feedback received: {report.feedback_received}"]
    rows = after_rejection(report)
    if rows:
        out += ["", "After each rejection:"]
        out += table.render(["rejected", "application", "your reply", "their answer", "feedback"], rows,
                            {1}, width, "  ")
    return "\n".join(out) + "\n"


def after_rejection(report: Report) -> list[list[str]]:
    """One row per rejected application: when, what, and what followed (issue 14: reply sent,
    answer received, feedback), newest first."""
    rejected = [(next((a.received_at for a in app.answers if a.kind == "rejection"), None), app)
                for app in report.applications if app.outcome == "rejected"]
    return [[day(at), who(app), day(app.replied_at), day(app.answered_at), day(app.feedback_at)]
            for at, app in sorted(rejected, key=lambda pair: pair[0] or 0, reverse=True)]
