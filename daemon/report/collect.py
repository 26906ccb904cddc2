"""A report of the job search, collected from the state file: the job mail recorded by the service
and by `onward scan --since`, matched into applications (daemon.report.matching), counted per week
and over the period, with what the service knows of the conversation after each rejection (drafts
saved, replies sent, feedback received; daemon.follow keeps those).

`collect(store, since, until, now, silent_after)` reads only; the caller opens the store.
"""

from __future__ import annotations

import datetime as dt
import logging
import statistics

from onward.daemon.report.data import REASONS, STAGES, Application, Feedback, Report, Week
from onward.daemon.report.matching import Mail, Matched, application_of, match
from onward.daemon.state import Status, Store

logger = logging.getLogger(__name__)

WEEK_KINDS = ("applied", "invitation", "offer", "rejection")
TOTAL_KINDS = WEEK_KINDS + ("other_job",)
DAY = 86400.0


def collect(store: Store, since: float, until: float, now: float, silent_after: float) -> Report:
    """The report of the period [since, until): weeks, totals, applications matched to their answers
    (those first seen in the period), silent ones (no answer `silent_after` seconds after applying,
    as of `now`), reasons, and the conversation after the rejections."""
    rejections: dict[str, dict] = {}
    mails: dict[str, Mail] = {}
    for account in [] if store.is_empty() else store.accounts():  # an empty file has no tables  # one job search, whichever mailbox each answer came to
        account_rejections = {r["key"]: r for r in store.rejections(account)}
        account_mails = [_mail(row, account_rejections.get(row["key"]))
                         for row in store.job_mail(account) if row["key"] not in mails]
        _fill_waiting_facts(store, account, account_mails, account_rejections)
        rejections = {**account_rejections, **rejections}
        mails.update((m.key, m) for m in account_mails)
    return _report(list(mails.values()), rejections, since, until, now, silent_after)


def _report(mails: list[Mail], rejections: dict[str, dict], since: float, until: float, now: float,
            silent_after: float) -> Report:
    in_period = [m for m in mails if since <= m.at < until]
    matched = [m for m in match(mails) if since <= m.first_at < until]
    applications = [_with_conversation(application_of(m, now, silent_after), m, rejections)
                    for m in matched]
    return Report(
        since=since, until=until, weeks=weeks(in_period, since, until),
        totals={kind: sum(m.kind == kind for m in in_period) for kind in TOTAL_KINDS},
        answer_rate=answer_rate(applications), median_days_to_answer=median_days(applications),
        stages={stage: sum(a.stage == stage for a in applications) for stage in STAGES},
        reasons=reasons([m for m in in_period if m.kind == "rejection"]),
        silent=[a for a in applications if a.outcome == "silent"],
        applications=applications,
        **conversation(rejections.values(), since, until))


def _mail(row: dict, rejection: dict | None) -> Mail:
    """A recorded job mail; a rejection the service drafted for takes the facts its drafts read,
    and is a rejection whatever `scan --since` recorded for it first (report and drafts agree)."""
    company, role, stage, kind = row.get("company") or "", row.get("role") or "", "", row["kind"]
    if rejection:
        kind = "rejection"
        company = company or rejection.get("company") or ""
        role = role or rejection.get("role") or ""
        stage = rejection.get("stage") or ""
    thread = tuple(" ".join(filter(None, (row.get("in_reply_to"), row.get("refs")))).split())
    return Mail(key=row["key"], kind=kind, at=row.get("received_at") or 0.0, company=company,
                role=role, job_id=row.get("job_id") or "", message_id=row.get("message_id") or "",
                thread=thread, subject=row.get("subject") or "", reason=row.get("reason"), stage=stage)


def _fill_waiting_facts(store: Store, account: str, mails: list[Mail], rejections: dict[str, dict]
                        ) -> None:
    """Rejections still waiting for their drafts: their facts read now from the kept bytes, as
    `onward status` does (nothing is written)."""
    from onward.daemon.deliver import rejection_facts

    waiting = [m for m in mails if m.kind == "rejection" and not m.company and m.key in rejections
               and rejections[m.key].get("status") == Status.WAITING]
    if not waiting:
        return
    kept = store.pending_raw([m.key for m in waiting], account)
    for mail in waiting:
        if mail.key in kept:
            facts = rejection_facts(kept[mail.key])
            mail.company, mail.role = facts.get("company", ""), mail.role or facts.get("role", "")
            mail.stage = mail.stage or facts.get("stage", "")


def _with_conversation(application: Application, matched: Matched, rejections: dict[str, dict]
                       ) -> Application:
    """The user's reply to the application's rejection, and feedback after it (daemon.follow)."""
    for answer in matched.answers:
        row = rejections.get(answer.key)
        if answer.kind == "rejection" and row:
            application.replied_at = application.replied_at or row.get("reply_sent_at")
            application.answered_at = application.answered_at or row.get("answer_received_at")
            feedback = row.get("feedback")
            if isinstance(feedback, dict):
                application.feedback_at = application.feedback_at or feedback.get("received_at")
    return application


def week_start(when: float) -> dt.date:
    """The Monday of the week `when` falls in, in local time like the report's period and dates."""
    day = dt.date.fromtimestamp(when)
    return day - dt.timedelta(days=day.weekday())


def weeks(mails: list[Mail], since: float, until: float) -> list[Week]:
    """Every ISO week (Monday, local time) of the period, empty ones included, with its mail per kind."""
    first, last = week_start(since), week_start(max(since, until - 1))
    out: dict[dt.date, dict[str, int]] = {}
    day = first
    while day <= last:
        out[day] = {kind: 0 for kind in WEEK_KINDS}
        day += dt.timedelta(days=7)
    for mail in mails:
        if mail.kind in WEEK_KINDS:
            out[week_start(mail.at)][mail.kind] += 1
    return [Week(day.isoformat(), counts) for day, counts in out.items()]


def answer_rate(applications: list[Application]) -> float | None:
    """Of the applications sent (an application mail seen), the share that got any answer."""
    sent = [a for a in applications if a.applied_at is not None]
    return round(sum(bool(a.answers) for a in sent) / len(sent), 4) if sent else None


def median_days(applications: list[Application]) -> float | None:
    days = [a.days_to_answer for a in applications if a.days_to_answer is not None]
    return round(statistics.median(days), 1) if days else None


def reasons(rejections: list[Mail]) -> dict[str, int]:
    """Rejections per stated reason; empty when no rejection's reason was read."""
    read = [m.reason for m in rejections if m.reason in REASONS]
    if not read:
        return {}
    return {reason: read.count(reason) for reason in REASONS}


def conversation(rows, since: float, until: float) -> dict:
    """Of the period's rejections the service recorded: drafts saved, replies sent (onward's
    draft or the user's own, found in Sent), feedback received and what it said."""
    rows = [r for r in rows if since <= (r.get("received_at") or 0) < until]
    said = [Feedback(r.get("company") or "", r.get("role") or "", r["feedback"].get("received_at"),
                     [str(x) for x in r["feedback"].get("sentences", [])])
            for r in rows if isinstance(r.get("feedback"), dict)]
    return {"drafts_saved": sum(r.get("status") == Status.DRAFTED for r in rows),
            "replies_sent": sum(bool(r.get("reply_sent_at")) for r in rows),
            "feedback_received": len(said),
            "feedback": sorted(said, key=lambda f: f.received_at or 0, reverse=True)}
