"""collect(): the report's numbers from a state file (a real SQLite store, written as the scans do)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

from onward.daemon.report.collect import collect
from onward.daemon.state import Cursor, JobMail, Record, Status, Store

DAY = 86400.0
T0 = 1_780_272_000.0  # Monday 2026-06-01 00:00 UTC


def job(key, kind, day, company="", role="", **kw) -> JobMail:
    return JobMail(key=key, kind=kind, received_at=T0 + day * DAY, company=company, role=role,
                   source="history", **kw)


def test_collect_counts_weeks_totals_rates_and_silent_applications(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    mails = [job("a1", "applied", 0, "Fernwood", "Analyst", message_id="<a1@x>"),
             job("a2", "applied", 1, "Quillstone", "Backend Engineer"),
             job("a3", "applied", 2, "Harbourline", "Data Analyst"),
             job("i3", "invitation", 6, "Harbourline", "Data Analyst", subject="Interview"),
             job("o3", "offer", 16, "Harbourline", "Data Analyst"),
             job("r1", "rejection", 4, "Workday", "", in_reply_to="<a1@x>", reason="volume"),
             job("n", "not_job", 3), job("j", "other_job", 3, "JobLantern")]
    store.record_history("history:INBOX", Cursor(1, 9), mails)
    assert store.record_history("history:INBOX", Cursor(1, 9), mails) == 0  # nothing twice

    report = collect(store, T0, T0 + 28 * DAY, now=T0 + 40 * DAY, silent_after=30 * DAY)
    assert [w.start for w in report.weeks] == ["2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22"]
    assert report.weeks[0].counts == {"applied": 3, "invitation": 1, "offer": 0, "rejection": 1}
    assert report.weeks[2].counts["offer"] == 1
    assert report.totals == {"applied": 3, "invitation": 1, "offer": 1, "rejection": 1, "other_job": 1}
    assert report.answer_rate == round(2 / 3, 4)
    assert report.median_days_to_answer == 4.0  # 4 days (Fernwood), 4 days (Harbourline's invitation)
    assert report.stages == {"applied": 2, "assessed": 0, "interviewed": 0, "offered": 1}
    assert [(a.company, a.outcome) for a in report.silent] == [("Quillstone", "silent")]
    assert report.reasons["volume"] == 1 and sum(report.reasons.values()) == 1


def test_a_rejection_the_service_drafted_takes_its_drafts_facts_and_conversation(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    store.record_history("history:INBOX", Cursor(1, 1), [job("a", "applied", 0, "Nordvik AS", "Designer")])
    rejection = Record(key="r", uid=2, message_id="<r@x>", subject="Your application", sender="x@nordvik",
                       received_at=T0 + 5 * DAY, status=Status.WAITING, due_at=T0 + 6 * DAY, raw=b"x",
                       job=JobMail("r", "rejection", T0 + 5 * DAY))  # facts left to its drafts
    store.commit_batch("INBOX", 1, 2, [rejection])
    store.finish("r", Status.DRAFTED, {"company": "Nordvik", "role": "Designer", "stage": "interview"},
                 T0 + 6 * DAY)
    store.note_detail({"r": {"reply_sent_at": T0 + 7 * DAY, "answer_received_at": T0 + 9 * DAY,
                             "feedback": {"received_at": T0 + 9 * DAY}}})

    report = collect(store, T0, T0 + 14 * DAY, now=T0 + 14 * DAY, silent_after=30 * DAY)
    (app,) = report.applications
    assert (app.company, app.stage, app.outcome, app.days_to_answer) == ("Nordvik AS", "interviewed",
                                                                         "rejected", 5.0)
    assert (app.replied_at, app.answered_at, app.feedback_at) == (T0 + 7 * DAY, T0 + 9 * DAY, T0 + 9 * DAY)
    assert (report.drafts_saved, report.replies_sent, report.feedback_received) == (1, 1, 1)
    assert report.reasons == {}  # no reason read: nothing to show


def test_an_old_state_file_gets_the_table_and_a_read_only_one_reports_nothing(tmp_path):
    path = tmp_path / "state.sqlite3"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE job_mail")  # as written by a version before it
    readonly = Store(path, readonly=True)
    assert collect(readonly, T0, T0 + DAY, T0, 30 * DAY).applications == []
    readonly.close()
    store = Store(path)  # opened for writing: the table is added
    store.record_history("history:INBOX", Cursor(1, 1), [job("a", "applied", 0, "Nordvik", "Designer")])
    assert collect(store, T0, T0 + DAY, T0, 30 * DAY).totals["applied"] == 1


def test_the_report_holds_every_account_of_the_state_file(tmp_path):
    path = tmp_path / "state.sqlite3"
    for account, mails in (("work", [job("a", "applied", 0, "Nordvik", "Designer")]),
                           ("home", [job("r", "rejection", 5, "Nordvik", "Designer"),
                                     job("b", "applied", 1, "Quillstone", "Analyst")])):
        store = Store(path, account=account)
        store.record_history("history:INBOX", Cursor(1, 1), mails)
        store.close()
    readonly = Store(path, readonly=True)  # as `onward report` opens it: account "default"
    report = collect(readonly, T0, T0 + 14 * DAY, now=T0 + 14 * DAY, silent_after=30 * DAY)
    assert report.totals["applied"] == 2 and report.totals["rejection"] == 1
    assert sorted((a.company, a.outcome) for a in report.applications) == [("Nordvik", "rejected"),
                                                                           ("Quillstone", "open")]


def test_a_rejection_the_service_drafted_stays_a_rejection_whatever_the_history_scan_said(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    # `onward scan --since` read it first (an upgrade: drafted before kinds were recorded) and its
    # kinds head said "other job mail"; the service's rejection model decided, and drafted.
    store.record_history("history:INBOX", Cursor(1, 1), [job("r", "other_job", 5, "Nordvik", "Designer")])
    rejection = Record(key="r", uid=1, message_id="<r@x>", subject="Your application", sender="x@nordvik",
                       received_at=T0 + 5 * DAY, status=Status.WAITING, due_at=T0 + 6 * DAY, raw=b"x",
                       job=JobMail("r", "rejection", T0 + 5 * DAY))
    store.commit_batch("INBOX", 1, 1, [rejection])
    store.finish("r", Status.DRAFTED, {"company": "Nordvik", "role": "Designer"}, T0 + 6 * DAY)
    report = collect(store, T0, T0 + 14 * DAY, now=T0 + 14 * DAY, silent_after=30 * DAY)
    assert report.totals["rejection"] == 1 and report.totals["other_job"] == 0
    assert [a.outcome for a in report.applications] == ["rejected"]


def test_weeks_are_counted_in_local_time_like_the_period(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        store = Store(tmp_path / "state.sqlite3")
        monday = dt.datetime(2026, 6, 8, 0, 30).timestamp()  # local: Monday 00:30, Sunday 22:30 UTC
        store.record_history("history:INBOX", Cursor(1, 1), [
            JobMail("a", "applied", monday, company="Nordvik", role="Designer", source="history")])
        since = dt.datetime(2026, 6, 8).timestamp()
        report = collect(store, since, since + 7 * DAY, now=since + 7 * DAY, silent_after=30 * DAY)
        assert [(w.start, w.counts["applied"]) for w in report.weeks] == [("2026-06-08", 1)]
    finally:
        monkeypatch.undo()
        time.tzset()


def test_an_empty_state_file_reports_nothing(tmp_path):
    path = tmp_path / "state.sqlite3"
    path.touch()  # emptied by hand
    readonly = Store(path, readonly=True)
    report = collect(readonly, T0, T0 + 7 * DAY, now=T0 + 7 * DAY, silent_after=30 * DAY)
    assert report.applications == [] and sum(report.totals.values()) == 0


def test_status_lists_mailbox_folders_not_the_history_scans_cursors(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    store.record_history("history:2026-10-05:INBOX", Cursor(1, 28), [job("a", "applied", 0, "Nordvik")])
    assert store.summary()["folders"] == []
