"""A damaged, lost or unusable state file: one sentence and exit 3, never a traceback, never a
re-draft of what the user already saw. Against the real Dovecot."""

from __future__ import annotations

import email
import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.helpers import (DELAY_0, one_line_exit_3, onward, start_onward, state_rows,
                                   wait_for)
from tests.support.mail import rejection
from onward.daemon.errors import StateError, StateFull
from onward.daemon.state import Record, Store

def folder_messages(user, folder: str) -> list[email.message.Message]:
    with user.client() as c:
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
    return [email.message_from_bytes(d[b"BODY[]"]) for d in data.values()]


def forget_state(state: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{state}{suffix}").unlink(missing_ok=True)


def reasons(path) -> dict[str, str]:
    import json
    status = json.loads(onward("--config", str(path), "status", "--json").stdout)
    return {r["subject"]: r["status"] + (": " + r["reason"] if r.get("reason") else "")
            for r in status["accounts"][0]["rejections"]}


def test_a_lost_state_never_redrafts_what_the_user_edited_deleted_or_kept(mail_user, write_config,
                                                                         tmp_path):
    path = write_config(mail_user, extra=DELAY_0)
    subjects = ["Application: Edited Co", "Application: Trashed Co", "Application: Kept Co"]
    for n, subject in enumerate(subjects, 1):
        mail_user.drop(rejection(n, subject=subject))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    with mail_user.client() as c:
        c.select_folder("Drafts")
        by_subject = {}
        for uid, data in c.fetch(c.search("ALL"), ["BODY.PEEK[]"]).items():
            by_subject[email.message_from_bytes(data[b"BODY[]"])["Subject"]] = (uid, data[b"BODY[]"])
        # The user edits the first draft: their mail client saves a new message, without our
        # marker header but still threaded under the rejection, and deletes the old one.
        uid, raw = by_subject["Re: Application: Edited Co"]
        edited = email.message_from_bytes(raw)
        del edited["X-Onward-Key"]
        edited.set_payload("Thanks a lot, rewritten in my own words.\n")
        c.delete_messages([uid])
        c.expunge()
        c.append("Drafts", edited.as_bytes(), flags=(b"\\Draft",))
        # ... throws the second away ...
        c.move([by_subject["Re: Application: Trashed Co"][0]], "Trash")
        # ... and keeps the third as it is.
    forget_state(tmp_path / "state.sqlite3")  # a new laptop, a wiped ~/.local/state, ...

    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr
    drafts = folder_messages(mail_user, "Drafts")
    assert sorted(m["Subject"] for m in drafts) == ["Re: Application: Edited Co",
                                                    "Re: Application: Kept Co"]
    assert [m["Subject"] for m in folder_messages(mail_user, "Trash")] == ["Re: Application: Trashed Co"]
    assert reasons(path) == {
        "Application: Edited Co": "skipped: a reply draft already exists",
        "Application: Trashed Co": "skipped: its draft was deleted",
        "Application: Kept Co": "drafted",
    }


def test_a_hand_written_reply_draft_also_counts(mail_user, write_config):
    path = write_config(mail_user, extra=DELAY_0)
    original = rejection(1)
    mail_user.drop(original)
    msgid = email.message_from_bytes(original)["Message-ID"]
    mail_user.append((f"From: sam@example.net\r\nSubject: my own reply\r\nReferences: {msgid}\r\n"
                      "\r\nThanks!\r\n").encode(), folder="Drafts", flags=(b"\\Draft",))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    assert [m["Subject"] for m in folder_messages(mail_user, "Drafts")] == ["my own reply"]


def test_state_deleted_under_the_running_service_stops_it(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[schedule]\npoll_interval = "1s"\nidle = false\n')
    state = tmp_path / "state.sqlite3"
    log = tmp_path / "run.log"
    proc = start_onward("--config", str(path), "run", log=log)
    try:
        wait_for(lambda: state_rows(state, "SELECT * FROM folders"), timeout=60)
        forget_state(state)
        assert proc.wait(timeout=30) == 3, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    last = log.read_text().strip().splitlines()[-1]
    assert "was deleted while onward was running" in last and "Traceback" not in log.read_text()


def test_state_replaced_under_the_running_service_stops_it(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[schedule]\npoll_interval = "1s"\nidle = false\n')
    state = tmp_path / "state.sqlite3"
    log = tmp_path / "run.log"
    proc = start_onward("--config", str(path), "run", log=log)
    try:
        wait_for(lambda: state_rows(state, "SELECT * FROM folders"), timeout=60)
        shutil.copy(state, tmp_path / "copy.sqlite3")
        os.replace(tmp_path / "copy.sqlite3", state)  # e.g. a backup restored over it
        assert proc.wait(timeout=30) == 3, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "was replaced by another file" in log.read_text().strip().splitlines()[-1]


def _garbage(state: Path) -> None:
    state.write_bytes(b"this is not a database, just some text someone saved here\n" * 200)


def _corrupt(state: Path) -> None:
    store = Store(state)
    store.commit_batch("INBOX", 1, 400, [
        Record(f"k{n}", n, f"<m{n}@x>", "s" * 200, "f", None, "waiting", due_at=1e12) for n in range(400)])
    store.close()
    with open(state, "r+b") as fh:  # a torn write: pages in the middle overwritten
        fh.seek(4096 * 3)
        fh.write(os.urandom(4096 * 4))


def _folder(state: Path) -> None:
    state.mkdir()


@pytest.mark.parametrize("damage, words", [
    (_garbage, ["is damaged", "move it aside"]),
    (_corrupt, ["is damaged", "move it aside"]),
    (_folder, ["is a folder"]),
])
def test_an_unusable_state_is_one_line_and_exit_3(mail_user, write_config, tmp_path, damage, words):
    path = write_config(mail_user, extra=DELAY_0)
    mail_user.drop(rejection(1))
    state = tmp_path / "state.sqlite3"
    damage(state)
    for command in (["run", "--once"], ["status"], ["check"], ["run", "--once", "--dry-run",
                                                                str(tmp_path / "dry")]):
        done = onward("--config", str(path), *command)
        one_line_exit_3(done, str(state), *words)
    assert folder_messages(mail_user, "Drafts") == []


@pytest.fixture
def immutable():
    """chattr +i: read-only even for root (these tests run as root in CI)."""
    marked = []

    def mark(path: Path) -> None:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not available here")
        marked.append(path)

    yield mark
    for path in marked:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def test_a_read_only_state_file_is_one_line_and_exit_3(mail_user, write_config, tmp_path, immutable):
    path = write_config(mail_user, extra=DELAY_0)
    mail_user.drop(rejection(1))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    state = tmp_path / "state.sqlite3"
    immutable(state)
    mail_user.drop(rejection(2, subject="another"))
    one_line_exit_3(onward("--config", str(path), "run", "--once"), str(state), "read-only")
    one_line_exit_3(onward("--config", str(path), "check"), str(state), "read-only")
    shown = onward("--config", str(path), "status")  # a reader can still read it
    assert shown.returncode == 0 and "drafted" in shown.stdout, shown.stderr


def test_a_read_only_state_folder_is_one_line_and_exit_3(mail_user, write_config, tmp_path,
                                                        immutable):
    folder = tmp_path / "state"
    folder.mkdir()
    path = write_config(mail_user, extra=DELAY_0)
    path.write_text(path.read_text().replace(str(tmp_path / "state.sqlite3"),
                                             str(folder / "state.sqlite3")))
    immutable(folder)
    one_line_exit_3(onward("--config", str(path), "run", "--once"), str(folder))
    assert folder_messages(mail_user, "Drafts") == []


# A real full disk (a small tmpfs) is in tests/faults/test_disk_full.py, with the other faults.


def test_write_errors_map_to_state_errors_with_sqlite_max_page_count(tmp_path):
    # The same "database or disk is full" as a real full disk, without mounting anything.
    store = Store(tmp_path / "state.sqlite3")
    (pages,) = store.db.execute("PRAGMA page_count").fetchone()
    store.db.execute(f"PRAGMA max_page_count={pages}")
    big = [Record(f"k{n}", n, f"<{n}@x>", "s" * 3000, "f", None, "ignored") for n in range(50)]
    with pytest.raises(StateFull, match="is full"):
        store.commit_batch("INBOX", 1, 50, big)
    calls = []

    def stop_after_two():
        calls.append(1)
        if len(calls) == 2:
            store.db.execute("PRAGMA max_page_count=100000")  # space is back
        return False

    store.on_retry = stop_after_two
    assert store.commit_batch("INBOX", 1, 50, big) == 50  # waited, then written once
    assert len(calls) >= 2
    store.close()


def test_check_reports_the_state_health(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra=DELAY_0)
    done = onward("--config", str(path), "check")
    assert "not created yet" in done.stdout
    mail_user.drop(rejection(1))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    done = onward("--config", str(path), "check")
    assert done.returncode == 0, done.stderr
    assert f"state:   {tmp_path / 'state.sqlite3'} ok (" in done.stdout
    assert "1 rejection(s) recorded" in done.stdout


def test_an_emptied_state_file_is_a_new_state(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra=DELAY_0)
    mail_user.drop(rejection(1))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    state = tmp_path / "state.sqlite3"
    forget_state(state)
    state.write_bytes(b"")  # truncated to nothing
    status = onward("--config", str(path), "status")
    assert status.returncode == 0 and "nothing scanned yet" in status.stdout
    assert onward("--config", str(path), "run", "--once").returncode == 0
    assert len(folder_messages(mail_user, "Drafts")) == 1


def test_damage_found_while_running_is_a_state_error_but_a_bad_query_stays_a_bug(tmp_path):
    state = tmp_path / "state.sqlite3"
    _corrupt_later = Store(state)
    _corrupt_later.commit_batch("INBOX", 1, 400, [
        Record(f"k{n}", n, f"<m{n}@x>", "s" * 200, "f", None, "waiting", due_at=1.0)
        for n in range(400)])
    _corrupt_later.close()
    store = Store(state)  # passes its check at open
    store.db.execute("PRAGMA cache_size=1")  # read the pages from the file again, as a long run does
    with open(state, "r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(os.urandom(4096 * 4))
    with pytest.raises(StateError, match="is damaged"):
        store.due(now=2.0)
    with pytest.raises(sqlite3.OperationalError):  # onward's own mistake: exit 4, not hidden
        store.db.execute("SELECT no_such_column FROM messages")
    store.close()


def test_a_lost_state_never_redrafts_in_a_maildir_either(tmp_path):
    from onward.daemon.config import Config, DraftsConfig, StateConfig
    from onward.daemon.deliver import save_due_drafts, settings_from_config
    from onward.daemon.mailbox.maildir import MaildirMailbox, MaildirTarget
    from onward.daemon.scan import scan
    from onward.daemon.mailbox.maildir_folders import Maildir
    from onward.daemon.triage import Triager

    maildir = Maildir(tmp_path / "Maildir")
    maildir.create("Drafts", "Sent", "Trash")
    for n, subject in enumerate(["Edited Co", "Trashed Co", "Kept Co"], 1):
        (maildir.root / "new" / f"{n}.x.host").write_bytes(rejection(n, subject=subject))
    cfg = Config(drafts=DraftsConfig(delay=0.0), state=StateConfig(path=str(tmp_path / "s.db")))

    def cycle():
        store = Store(cfg.state_path)
        try:
            scan(MaildirMailbox(maildir.root), store, Triager(cfg), cfg.schedule.lookback)
            return dict(save_due_drafts(store, MaildirTarget(maildir), settings_from_config(cfg),
                                        time.time()))
        finally:
            store.close()

    assert sorted(cycle().values()) == ["drafted"] * 3
    by_subject = {email.message_from_bytes(p.read_bytes())["Subject"]: p for p in maildir.files("Drafts")}
    edited = by_subject["Re: Edited Co"]
    text = email.message_from_bytes(edited.read_bytes())
    del text["X-Onward-Key"]
    edited.write_bytes(text.as_bytes())
    trashed = by_subject["Re: Trashed Co"]
    trashed.rename(maildir.folder("Trash") / "cur" / trashed.name)
    forget_state(cfg.state_path)
    outcomes = sorted(cycle().values())
    # The kept draft is found by its key: nothing saved again, and the outcome says so.
    assert outcomes == ["drafts already there", "skipped: a reply draft already exists",
                        "skipped: its draft was deleted"]
    assert len(list(maildir.files("Drafts"))) == 2 and len(list(maildir.files("Trash"))) == 1
