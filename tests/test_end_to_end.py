"""Rejection -> wait -> draft in the Drafts folder, exactly once, against the real Dovecot."""

from __future__ import annotations

import email
import email.policy
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.helpers import (drafts_in, keys_in_drafts, onward, poll, rejections,
                                   start_onward, state_rows, visible_flags, wait_for)
from tests.support.mail import interview, rejection

PACKAGES = ("daemon", "classifier", "drafts")
ROOT = Path(__file__).resolve().parent.parent


def test_rejection_gets_one_threaded_draft_and_the_interview_none(mail_user, write_config):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n[identity]\nname = "Sam Seeker"\n'
                                          'email = "sam@example.net"')
    original = rejection(1)
    mail_user.drop(original)
    mail_user.drop(interview(2))
    before = visible_flags(mail_user.flags())
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr
    assert "1 rejection(s)" in done.stdout and "1 rejection(s) with drafts saved" in done.stdout

    saved = drafts_in(mail_user)
    assert len(saved) == 1
    draft, flags = saved[0]
    source = email.message_from_bytes(original, policy=email.policy.default)
    assert b"\\Draft" in flags
    assert draft["In-Reply-To"] == source["Message-ID"]
    assert source["Message-ID"] in draft["References"]
    assert draft["Subject"] == "Re: Your application for Data Analyst at Fernwood Analytics"
    assert "priya.raman@fernwood-analytics.example" in draft["To"]
    assert "sam@example.net" in draft["From"]
    assert draft["X-Onward-Key"]
    assert "Priya" in draft.get_content()

    assert visible_flags(mail_user.flags()) == before  # nothing in the inbox changed
    assert drafts_in(mail_user, "Sent") == []  # nothing was sent
    assert onward("--config", str(path), "run", "--once").returncode == 0
    assert len(drafts_in(mail_user)) == 1  # and a second run adds nothing


def test_separate_mode_saves_the_pair(mail_user, write_config):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\nmode = "separate"')
    mail_user.drop(rejection(1))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    keys = keys_in_drafts(mail_user)
    assert len(keys) == 2 and keys[0].endswith("/feedback") and keys[1].endswith("/thanks")


def test_delay_holds_across_restarts_and_then_drafts_once(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "36h"')
    mail_user.drop(rejection(1))
    now = time.time()
    assert poll(path, now).rejections == 1
    assert keys_in_drafts(mail_user) == []
    assert poll(path, now + 35 * 3600).fetched == 0  # a restart, a day and a half later: not yet
    assert keys_in_drafts(mail_user) == []
    (waiting,) = rejections(path)
    assert waiting["status"] == "waiting" and waiting["company"] == "Fernwood Analytics"
    assert abs(waiting["due_at"] - (waiting["received_at"] + 36 * 3600)) < 1
    poll(path, now + 36 * 3600 + 60)
    assert len(keys_in_drafts(mail_user)) == 1
    poll(path, now + 40 * 3600)
    assert len(keys_in_drafts(mail_user)) == 1
    text = onward("--config", str(path), "status").stdout
    assert "drafted" in text and "Fernwood Analytics" in text


CRASH_POINTS = ["before_commit_batch", "after_commit_batch", "before_decide", "before_append",
                "after_append", "after_append:2", "after_finish"]


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_sigkill_at_any_point_leaves_exactly_one_draft_each(mail_user, write_config, point):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"')
    mail_user.drop(rejection(1))
    mail_user.drop(interview(2))
    mail_user.drop(rejection(3, sender="Ola Berg <ola@nordvik.example>",
                             subject="Your application to Nordvik"))
    env = dict(os.environ, ONWARD_CRASH_AT=point)
    crashed = onward("--config", str(path), "run", "--once", env=env)
    assert crashed.returncode == -9, f"never reached {point}: {crashed.stderr}"
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr
    keys = keys_in_drafts(mail_user)
    assert len(keys) == 2 and len(set(keys)) == 2, keys


def test_a_changed_delay_applies_to_the_rejections_still_waiting(mail_user, write_config):
    path = write_config(mail_user, extra='[drafts]\ndelay = "1d"')
    mail_user.drop(rejection(1))
    now = time.time()
    poll(path, now)
    (waiting,) = rejections(path)
    assert waiting["status"] == "waiting" and waiting["due_at"] >= now + 86400 - 5
    path.write_text(path.read_text().replace('delay = "1d"', 'delay = "2h"'))
    poll(path, now + 3 * 3600)  # the user shortened the delay: due 2 h after it came, so now
    assert len(keys_in_drafts(mail_user)) == 1
    (drafted,) = rejections(path)
    assert drafted["status"] == "drafted"


def test_a_forgotten_rejection_stays_due_at_once_whatever_the_delay(tmp_path):
    """Pure logic on a real state file: only rejections scheduled under another delay move."""
    from onward.daemon.deliver import follow_the_config
    from onward.daemon.schema import DraftsConfig, Duration
    from onward.daemon.state import Record, Status, Store

    store = Store(tmp_path / "state.sqlite3")
    schedule = {"delay": 86400.0, "working_hours": ""}
    store.commit_batch("INBOX", 1, 2, [
        Record(key=k, uid=n, message_id=f"<{k}@x>", subject="s", sender="a@b.example", received_at=1000.0,
               status=Status.WAITING, due_at=1000.0 + 86400, raw=b"x", detail=detail)
        for n, (k, detail) in enumerate((("new", {"schedule": schedule}), ("old", None)), 1)])
    store.forget("new", b"x", 5000.0)  # due at once, whatever the delay
    follow_the_config(store, DraftsConfig(delay=Duration(3600)))
    assert {row["key"]: row["due_at"] for row in store.rejections()} == {"new": 5000.0, "old": 1000.0 + 86400}
    store.commit_batch("INBOX", 1, 3, [Record(
        key="later", uid=3, message_id="<later@x>", subject="s", sender="a@b.example", received_at=2000.0,
        status=Status.WAITING, due_at=2000.0 + 86400, raw=b"x", detail={"schedule": schedule})])
    follow_the_config(store, DraftsConfig(delay=Duration(3600)))
    due = {row["key"]: row["due_at"] for row in store.rejections()}
    assert abs(due["later"] - (time.time() + 3600)) < 60  # 1 h from first sight (now: it came long ago)
    assert due["new"] == 5000.0


def test_no_draft_when_the_user_already_replied(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "2h"')
    original = rejection(1)
    mail_user.drop(original)
    now = time.time()
    poll(path, now)
    msgid = email.message_from_bytes(original)["Message-ID"]
    reply = (f"From: sam@example.net\r\nTo: priya@fernwood.example\r\nSubject: Re: thanks\r\n"
             f"In-Reply-To: {msgid}\r\nReferences: {msgid}\r\n\r\nThank you!\r\n").encode()
    mail_user.append(reply, folder="Sent")
    poll(path, now + 3 * 3600)
    assert keys_in_drafts(mail_user) == []
    (skipped,) = rejections(path)
    assert skipped["status"] == "skipped" and skipped["reason"] == "you already replied"


def test_deleted_rejection_gets_no_draft_but_an_archived_one_does(mail_user, write_config):
    path = write_config(mail_user, extra='[drafts]\ndelay = "2h"')
    mail_user.drop(rejection(1))
    mail_user.drop(rejection(2, sender="Ola Berg <ola@nordvik.example>", subject="Nordvik"))
    now = time.time()
    assert poll(path, now).rejections == 2
    with mail_user.client() as c:
        c.create_folder("Archive")
        c.select_folder("INBOX")
        c.move([1], "Trash")
        c.move([2], "Archive")
    poll(path, now + 3 * 3600)
    saved = drafts_in(mail_user)
    assert len(saved) == 1 and "ola@nordvik.example" in saved[0][0]["To"]
    reasons = [r.get("reason") for r in rejections(path)]
    assert "the rejection was deleted" in reasons


def test_dry_run_writes_files_and_changes_nothing(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"')
    mail_user.drop(rejection(1))
    out = tmp_path / "out"
    done = onward("--config", str(path), "run", "--once", "--dry-run", str(out))
    assert done.returncode == 0, done.stderr
    files = list(out.glob("*.eml"))
    assert len(files) == 1
    assert email.message_from_bytes(files[0].read_bytes())["X-Onward-Key"]
    assert drafts_in(mail_user) == []
    assert state_rows(tmp_path / "state.sqlite3") == []
    assert onward("--config", str(path), "run", "--once").returncode == 0  # the real run still drafts
    assert len(drafts_in(mail_user)) == 1


def test_a_dry_run_folder_that_cannot_be_written_is_a_usage_error(mail_user, write_config, tmp_path):
    path = write_config(mail_user)  # nothing due: the folder is checked all the same
    (tmp_path / "a-file").write_text("not a folder")
    for wrong in (tmp_path / "a-file", tmp_path / "a-file" / "below"):
        done = onward("--config", str(path), "run", "--once", "--dry-run", str(wrong))
        assert done.returncode == 2 and f"--dry-run {wrong}: cannot write drafts there" in done.stderr
        assert "connection" not in done.stderr and "Traceback" not in done.stderr


def test_a_dry_run_rehearses_and_summaries_count_what_was_saved(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"')
    mail_user.drop(rejection(1))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    assert len(drafts_in(mail_user)) == 1
    for suffix in ("", "-wal", "-shm"):  # a new state: the draft in Drafts is all that is left
        (tmp_path / f"state.sqlite3{suffix}").unlink(missing_ok=True)
    out = tmp_path / "out"
    rehearsal = onward("--config", str(path), "run", "--once", "--dry-run", str(out))
    assert rehearsal.returncode == 0, rehearsal.stderr
    # The draft is in Drafts already: the rehearsal decides what the real run will, saving nothing.
    assert list(out.glob("*.eml")) == []
    assert f"0 rejection(s) with drafts written to {out}" in rehearsal.stdout
    real = onward("--config", str(path), "run", "--once")
    assert real.returncode == 0, real.stderr
    assert "0 rejection(s) with drafts saved" in real.stdout, real.stdout
    assert len(drafts_in(mail_user)) == 1


def test_running_service_saves_a_due_draft_promptly(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "5s"\n[schedule]\npoll_interval = "10m"')
    state = tmp_path / "state.sqlite3"
    proc = start_onward("--config", str(path), "run", log=tmp_path / "log")
    try:
        wait_for(lambda: state_rows(state, "SELECT * FROM folders"))
        mail_user.append(rejection(1))
        # No poll is due for 10 minutes: the service must wake up for the due time by itself.
        wait_for(lambda: keys_in_drafts(mail_user), timeout=40, step=0.5)
    finally:
        proc.terminate()
        assert proc.wait(timeout=15) == 0, (tmp_path / "log").read_text()
    ((due_at, done_at),) = state_rows(state, "SELECT due_at, done_at FROM messages")
    assert due_at <= done_at < due_at + 60  # never early, and within a minute of its due time


def test_nothing_in_the_project_can_send_mail():
    pattern = re.compile(r"^\s*(import\s+smtplib|from\s+smtplib\s+import)", re.M)
    for package in PACKAGES:
        for source in (ROOT / package).rglob("*.py"):
            assert not pattern.search(source.read_text()), f"{source} imports smtplib"
    probe = ("import sys, onward.daemon.cli, onward.daemon.service, onward.daemon.deliver, "
             "onward.classifier, onward.drafts\n"
             "print('smtplib' in sys.modules)")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert loaded.stdout.strip() == "False", loaded.stderr


def test_a_broken_user_template_is_a_config_error_naming_it(mail_user, write_config, tmp_path):
    templates = tmp_path / "templates" / "en"
    templates.mkdir(parents=True)
    (templates / "reply.txt.j2").write_text("Dear {{ first_name }},\n\n{{ no_such_variable }}\n")
    path = write_config(mail_user, extra=f'[drafts]\ndelay = "0m"\ntemplates_dir = "{tmp_path / "templates"}"')
    mail_user.drop(rejection(1))
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 2, done.stderr
    assert "reply.txt.j2" in done.stderr and "line 3" in done.stderr
    assert drafts_in(mail_user) == []
    assert rejections(path)[0]["status"] == "waiting"  # kept for when the template is fixed
