"""A few weeks of a written job search in four languages on a real Dovecot, recorded by the real
pipeline (`onward run --once` for new mail, `onward scan --since` for the older mail in the inbox
and an archive folder), then collect() gives the report's numbers."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from onward.daemon.report.collect import collect
from onward.daemon.state import Store
from tests.support.helpers import drafts_in, onward, state_rows, visible_flags
from tests.support.job_search import job_search

DAY = 86400.0
SETTINGS = ('[schedule]\nlookback = "30d"\n[drafts]\ndelay = "0m"\n'
            '[identity]\nname = "Sam Seeker"\nemail = "sam@example.net"\n')


def seed(user, start: float) -> None:
    with user.client() as c:
        c.create_folder("Archive")
    for _name, at, folder, _kind, raw in job_search(start):
        if folder == "INBOX":
            user.drop(raw, mtime=at)
        else:
            user.append(raw, folder, when=dt.datetime.fromtimestamp(at, dt.timezone.utc))


def kinds_recorded(state) -> dict[str, str]:
    return dict(state_rows(state, "SELECT message_id, kind FROM job_mail WHERE kind IS NOT NULL"))


@pytest.fixture
def search(mail_user, write_config, tmp_path):
    now = time.time()
    start = now - 45 * DAY
    seed(mail_user, start)
    path = write_config(mail_user, extra=SETTINGS)
    return path, tmp_path / "state.sqlite3", start, now


def test_the_service_and_scan_since_record_a_job_search_and_collect_counts_it(mail_user, search):
    path, state, start, now = search
    flags_before = visible_flags(mail_user.flags())
    since = dt.datetime.fromtimestamp(start - DAY, dt.timezone.utc).date().isoformat()

    assert onward("--config", str(path), "run", "--once").returncode == 0
    # The service saw the mail of the last 30 days: the German rejection (drafted) and the offer.
    drafted = len(drafts_in(mail_user))
    assert drafted >= 1  # for Lindenhof alone (as many as [drafts] mode asks)
    assert kinds_recorded(state) == {"<lindenhof-rejection@jobs.example>": "rejection",
                                     "<alcazar-offer@jobs.example>": "offer"}

    done = onward("--config", str(path), "scan", "--since", since, "--folder", "Archive")
    assert done.returncode == 0, done.stderr
    assert "Archive: 3 message(s)" in done.stdout and "nothing was drafted" in done.stdout
    recorded = kinds_recorded(state)
    expected = {f"<{name}@jobs.example>": kind for name, _at, _f, kind, _raw in job_search(start)
                if kind != "not_job"}
    assert {k: v for k, v in recorded.items() if v != "not_job"} == expected
    # Old rejections are history: no draft, no rejection waiting for one.
    assert len(drafts_in(mail_user)) == drafted
    assert state_rows(state, "SELECT count(*) FROM messages WHERE status IN ('waiting', 'drafted')") == [(1,)]
    assert visible_flags(mail_user.flags()) == flags_before  # nothing marked read
    assert visible_flags(mail_user.flags("Archive")) == {uid: () for uid in mail_user.flags("Archive")}

    rows = state_rows(state, "SELECT count(*) FROM job_mail")
    again = onward("--config", str(path), "scan", "--since", since, "--folder", "Archive")
    assert again.returncode == 0 and "0 newly recorded" in again.stdout
    assert state_rows(state, "SELECT count(*) FROM job_mail") == rows  # nothing twice

    store = Store(state, readonly=True)
    report = collect(store, start - DAY, now + 60, now, silent_after=30 * DAY)
    store.close()
    assert report.totals == {"applied": 5, "invitation": 2, "offer": 1, "rejection": 3, "other_job": 0}
    outcomes = {a.company: (a.stage, a.outcome, a.days_to_answer) for a in report.applications}
    assert outcomes == {
        "Fernwood Analytics": ("applied", "rejected", 9.0),  # by the thread
        "Lindenhof Maschinenbau": ("interviewed", "rejected", 5.0),  # by the Kennziffer
        "Ardent Conseil": ("applied", "rejected", 9.0),  # by company and role
        "Grupo Alcázar Verde": ("offered", "offered", 5.0),  # "Alcázar Verde" in the offer
        "Pinecrest Retail": ("applied", "silent", None),
    }
    assert [a.company for a in report.silent] == ["Pinecrest Retail"]
    assert (report.answer_rate, report.median_days_to_answer) == (0.8, 7.0)
    assert report.stages == {"applied": 3, "assessed": 0, "interviewed": 1, "offered": 1}
    assert sum(w.counts["applied"] for w in report.weeks) == 5
    assert sum(w.counts["rejection"] for w in report.weeks) == 3
    assert (report.drafts_saved, report.replies_sent, report.feedback_received) == (1, 0, 0)


def test_scan_since_goes_on_where_a_crash_stopped_it(mail_user, write_config, tmp_path):
    start = time.time() - 45 * DAY
    seed(mail_user, start)
    path = write_config(mail_user, extra=SETTINGS, batch_size=2)
    state = tmp_path / "state.sqlite3"
    since = dt.datetime.fromtimestamp(start - DAY, dt.timezone.utc).date().isoformat()
    args = ("--config", str(path), "scan", "--since", since, "--folder", "Archive")

    crashed = onward(*args, env={**os.environ, "ONWARD_CRASH_AT": "before_commit_history:3"})
    assert crashed.returncode == -9  # killed between batches, as a power cut would
    assert state_rows(state, "SELECT count(*) FROM job_mail") == [(4,)]  # two batches of two

    resumed = onward(*args)
    assert resumed.returncode == 0, resumed.stderr
    assert "INBOX: 5 message(s)" in resumed.stdout  # the 9 of the inbox less the 4 already read
    assert state_rows(state, "SELECT count(*) FROM job_mail") == [(12,)]  # every mail, once
    assert len(drafts_in(mail_user)) == 0


def test_scan_since_names_a_missing_folder_and_reads_nothing(mail_user, write_config, tmp_path):
    path = write_config(mail_user)
    done = onward("--config", str(path), "scan", "--since", "90d", "--folder", "Nowhere")
    assert done.returncode == 2 and 'folder "Nowhere" not found' in done.stderr
    assert "Traceback" not in done.stderr
    assert state_rows(tmp_path / "state.sqlite3", "SELECT count(*) FROM job_mail") == [(0,)]


def test_scan_since_refuses_a_date_it_cannot_read(mail_user, write_config):
    path = write_config(mail_user)
    done = onward("--config", str(path), "scan", "--since", "last spring")
    assert done.returncode == 2 and "--since" in done.stderr and "Traceback" not in done.stderr
