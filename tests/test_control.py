"""Issue 11: the user sees and undoes what onward did — `status` (a table, the drafts' last known
states, `--refresh`), `forget`, `remove-drafts` — and silences senders with ignore_senders.
Mailbox behaviour is checked against the real Dovecot and a Maildir account."""

from __future__ import annotations

import email
import fcntl
import hashlib
import json
import os
import pty
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from onward.daemon.mailbox.maildir_folders import Maildir
from onward.daemon.state import Record, Store
from tests.support.helpers import DELAY_0, onward, visible_flags
from tests.support.mail import message, rejection


def run_once(path: Path) -> None:
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr


def drafts_by_subject(user, folder: str = "Drafts") -> dict[str, tuple[int, bytes, tuple]]:
    with user.client() as c:
        c.select_folder(folder, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
    return {email.message_from_bytes(d[b"BODY[]"])["Subject"]: (uid, d[b"BODY[]"], d[b"FLAGS"])
            for uid, d in data.items()}


def rejections_json(path: Path) -> dict[str, dict]:
    status = json.loads(onward("--config", str(path), "status", "--json").stdout)
    return {r["subject"].split(" at ")[-1]: r for r in status["accounts"][0]["rejections"]}


def three_drafted(mail_user, write_config, extra: str = "") -> Path:
    path = write_config(mail_user, extra=DELAY_0 + "\n" + extra)
    for n, company in enumerate(("Kept Co", "Edited Co", "Other Co"), 1):
        mail_user.drop(rejection(n, subject=f"Your application at {company}"))
    run_once(path)
    assert len(drafts_by_subject(mail_user)) == 3
    return path


def edit_keeping_the_key(mail_user, subject: str) -> None:
    """As a client that keeps every header does: a new body, the old draft expunged."""
    uid, raw, _flags = drafts_by_subject(mail_user)[subject]
    edited = raw.replace(b"Thank you", b"Many thanks, truly,", 1)
    assert edited != raw and b"X-Onward-Key" in edited
    with mail_user.client() as c:
        c.append("Drafts", edited, flags=[b"\\Draft", b"\\Seen"])
        c.select_folder("Drafts")
        c.delete_messages([uid])
        c.uid_expunge([uid])


# --- ignore_senders ---------------------------------------------------------------------------

@pytest.mark.parametrize("pattern", ["*@*", "jobs", "*bank*", "a@b", "@x.example"])
def test_a_bad_ignore_senders_pattern_names_the_key_and_exits_2(mail_user, write_config, pattern):
    path = write_config(mail_user, extra=f'[classifier]\nignore_senders = ["ok@x.example", "{pattern}"]')
    done = onward("--config", str(path), "status")
    assert done.returncode == 2
    assert "[classifier] ignore_senders" in done.stderr and pattern in done.stderr
    assert "Traceback" not in done.stderr


def test_ignore_senders_must_be_a_list(mail_user, write_config):
    path = write_config(mail_user, extra='[classifier]\nignore_senders = "a@x.example"')
    done = onward("--config", str(path), "status")
    assert done.returncode == 2 and "[classifier] ignore_senders: expected a list" in done.stderr


def test_ignored_sender_pattern_matching():
    from onward.daemon.senders import ignored_by

    patterns = ("jobs-noreply@x.example", "*@newsletter.example")
    assert ignored_by("Jobs <JOBS-noreply@X.example>", patterns) == "jobs-noreply@x.example"
    assert ignored_by("news@newsletter.example", patterns) == "*@newsletter.example"
    assert ignored_by("a@sub.newsletter.example", patterns) is None
    assert ignored_by('"jobs-noreply@x.example" <hr@y.example>', patterns) is None  # name only
    assert ignored_by("hr@x.example", patterns) is None


def test_mail_from_an_ignored_sender_is_never_a_rejection(mail_user, write_config):
    path = write_config(mail_user, extra=DELAY_0 + '\n[classifier]\nignore_senders = '
                                         '["*@fernwood-analytics.example"]')
    mail_user.drop(rejection(1, subject="Your application at Fernwood"))
    mail_user.drop(rejection(2, subject="Your application at Elsewhere",
                             sender="HR <hr@elsewhere.example>"))
    run_once(path)
    assert list(drafts_by_subject(mail_user)) == ["Re: Your application at Elsewhere"]
    assert list(rejections_json(path)) == ["Elsewhere"]
    plain = onward("--config", str(path), "status").stdout
    assert "1 ignored" in plain
    every = onward("--config", str(path), "status", "--all").stdout
    section = every.split("ignored (sender on [classifier] ignore_senders):\n")[1]
    line = section.splitlines()[0]
    assert "Your application at Fernwood" in line and "fernwood-analytics.example" in line


# --- status: the table ------------------------------------------------------------------------

LONG = "The Extraordinarily Long-Named International Consortium of Analytics Firms GmbH & Co. KG"


def seeded_state(tmp_path: Path) -> Path:
    state = tmp_path / "state.sqlite3"
    store = Store(state)
    now = time.time()
    records = [Record(key=hashlib.sha256(str(n).encode()).hexdigest()[:32], uid=n, message_id=f"<m{n}@x>", subject=f"subject {n}",
                      sender="HR <hr@x.example>", received_at=now - n * 3600, status="waiting",
                      detail={"company": company, "role": role}, due_at=now + 3600, raw=b"x")
               for n, (company, role) in enumerate([(LONG, "Senior Data Analyst, Platform Team"),
                                                    ("Brightlane", "")], 1)]
    store.commit_batch("INBOX", 1, 2, records)
    store.finish(records[1].key, "drafted", {"drafts": [f"{records[1].key}/reply"]}, now)
    store.close()
    (tmp_path / "config.toml").write_text(f'[state]\npath = "{state}"\n')
    return tmp_path / "config.toml"


def status_at(path: Path, columns: int) -> str:
    """`onward status` on a pseudo-terminal `columns` wide (its real size: COLUMNS unset)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    done = subprocess.run([sys.executable, "-m", "onward.daemon", "--config", str(path), "status"],
                          stdout=slave, stderr=subprocess.PIPE, env=env, timeout=60)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: everything written has been read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert done.returncode == 0, done.stderr
    return b"".join(chunks).decode().replace("\r\n", "\n")


def test_the_status_table_fits_80_columns_and_shows_everything_at_200(tmp_path):
    path = seeded_state(tmp_path)
    narrow = status_at(path, 80)
    lines = narrow.splitlines()
    header = next(l for l in lines if l.split()[:3] == ["ID", "RECEIVED", "COMPANY"])
    table = lines[lines.index(header):lines.index(header) + 3]
    assert all(len(l) <= 80 for l in table), table
    assert "…" in table[1] and LONG not in narrow
    assert "drafted" in narrow and "in Drafts" in narrow
    wide = status_at(path, 200)
    assert LONG in wide and "Senior Data Analyst, Platform Team" in wide and "…" not in wide
    assert "onward is not running" in wide.splitlines()[0]
    assert "next drafts due" in wide.splitlines()[0]
    assert hashlib.sha256(b"1").hexdigest()[:8] in wide  # the ID forget and remove-drafts take
    piped = onward("--config", str(path), "status", env={**os.environ, "COLUMNS": "80"}).stdout
    assert LONG in piped  # piped output is never cut, even where COLUMNS is exported


def test_the_table_shrinks_the_widest_column_first():
    from onward.daemon.table import fit, render

    assert fit([8, 40, 10, 20], {1, 2, 3}, 60) == [8, 18, 10, 18]  # 40 down to 20, then both
    assert fit([8, 40], {1}, None) == [8, 40]
    lines = render(["A", "B"], [["x" * 10, "y" * 30]], {1}, 25)
    assert lines[1] == "x" * 10 + "  " + "y" * 12 + "…" and all(len(l) <= 25 for l in lines)


# --- status --refresh -------------------------------------------------------------------------

def test_status_refresh_sees_drafts_moved_to_sent_and_trash_and_keeps_the_answer(
        mail_user, write_config, tmp_path):
    path = three_drafted(mail_user, write_config)
    drafts = drafts_by_subject(mail_user)
    with mail_user.client() as c:
        c.select_folder("Drafts")
        c.move([drafts["Re: Your application at Edited Co"][0]], "Sent")
        c.move([drafts["Re: Your application at Other Co"][0]], "Trash")
    before = {f: visible_flags(mail_user.flags(f)) for f in ("INBOX", "Drafts", "Sent", "Trash")}
    stale = rejections_json(path)
    assert stale["Edited Co"]["draft_state"].startswith("in Drafts")  # not asked yet
    done = onward("--config", str(path), "status", "--refresh")
    assert done.returncode == 0, done.stderr
    assert {f: visible_flags(mail_user.flags(f)) for f in before} == before  # read-only
    # A plain status afterwards shows it without connecting (the server is unreachable here).
    offline = write_config(mail_user, extra=DELAY_0, port=1)
    shown = rejections_json(offline)
    assert {c: r["draft_state"] for c, r in shown.items()} == {
        "Kept Co": "in Drafts", "Edited Co": "sent", "Other Co": "in the Trash"}
    assert all(r["draft_checked_at"] for r in shown.values())
    text = onward("--config", str(offline), "status").stdout
    assert "in the Trash" in text and "drafts as last known" in text


# --- remove-drafts and forget over IMAP -------------------------------------------------------

def test_remove_drafts_deletes_only_untouched_drafts_and_expunges_only_them(mail_user, write_config):
    path = three_drafted(mail_user, write_config)
    edit_keeping_the_key(mail_user, "Re: Your application at Edited Co")
    with mail_user.client() as c:  # the user's own message, marked deleted but not expunged
        c.append("Drafts", message(9, subject="my own half-deleted note"), flags=[b"\\Deleted"])
    asked = onward("--config", str(path), "remove-drafts", "--all", input="n\n")
    assert asked.returncode == 0 and "nothing deleted" in asked.stdout
    assert "keep (edited)" in asked.stdout and "Delete these 2 draft(s)?" in asked.stdout
    assert len(drafts_by_subject(mail_user)) == 4
    done = onward("--config", str(path), "remove-drafts", "--all", input="y\n")
    assert done.returncode == 0, done.stderr
    assert "deleted 2 draft(s)" in done.stdout
    left = drafts_by_subject(mail_user)
    assert sorted(left) == ["Re: Your application at Edited Co", "my own half-deleted note"]
    assert b"\\Deleted" in left["my own half-deleted note"][2]
    assert b"Many thanks, truly," in left["Re: Your application at Edited Co"][1]
    shown = rejections_json(path)
    assert shown["Kept Co"]["draft_state"] == "removed by onward remove-drafts"
    run_once(path)  # recorded: the service does not draft them again
    assert len(drafts_by_subject(mail_user)) == 2


def test_forget_then_run_makes_exactly_one_new_draft(mail_user, write_config):
    path = three_drafted(mail_user, write_config)
    kept = rejections_json(path)["Kept Co"]
    refused = onward("--config", str(path), "forget", kept["id"])
    assert refused.returncode == 2 and "still in Drafts" in refused.stderr
    assert "remove-drafts" in refused.stderr and "Traceback" not in refused.stderr
    assert onward("--config", str(path), "remove-drafts", kept["id"], "--yes").returncode == 0
    assert "Re: Your application at Kept Co" not in drafts_by_subject(mail_user)
    done = onward("--config", str(path), "forget", kept["id"])
    assert done.returncode == 0, done.stderr
    assert rejections_json(path)["Kept Co"]["status"] == "waiting"
    run_once(path)
    run_once(path)
    subjects = [s for s in drafts_by_subject(mail_user) if "Kept Co" in s]
    assert subjects == ["Re: Your application at Kept Co"]
    assert rejections_json(path)["Kept Co"]["status"] == "drafted"
    assert mail_user.flags("INBOX") and all(b"\\Seen" not in f for f in mail_user.flags("INBOX").values())


def test_forget_refuses_an_edited_sent_or_trashed_draft_and_unknown_ids(mail_user, write_config):
    path = three_drafted(mail_user, write_config)
    drafts = drafts_by_subject(mail_user)
    with mail_user.client() as c:
        c.select_folder("Drafts")
        c.move([drafts["Re: Your application at Other Co"][0]], "Trash")
    edit_keeping_the_key(mail_user, "Re: Your application at Edited Co")
    shown = rejections_json(path)
    trashed = onward("--config", str(path), "forget", shown["Other Co"]["id"])
    assert trashed.returncode == 2 and "in the Trash" in trashed.stderr
    both = onward("--config", str(path), "forget", shown["Kept Co"]["id"], "ffffffff")
    assert both.returncode == 2 and "no rejection with the ID ffffffff" in both.stderr
    assert rejections_json(path)["Kept Co"]["status"] == "drafted"  # nothing forgotten
    bad = onward("--config", str(path), "forget", "zz")
    assert bad.returncode == 2 and "is not an ID" in bad.stderr


def test_forget_refuses_a_rejection_the_user_answered_with_a_reply_of_their_own(mail_user, write_config):
    path = write_config(mail_user, extra=DELAY_0)
    original = rejection(1, subject="Your application at Replied Co")
    mail_user.drop(original)
    msgid = email.message_from_bytes(original)["Message-ID"]
    mail_user.append((f"From: sam@example.net\r\nTo: priya@fernwood.example\r\nSubject: Re: thanks\r\n"
                      f"In-Reply-To: {msgid}\r\n\r\nThank you!\r\n").encode(), folder="Sent")
    run_once(path)
    skipped = rejections_json(path)["Replied Co"]
    assert (skipped["status"], skipped["reason"]) == ("skipped", "you already replied")
    refused = onward("--config", str(path), "forget", skipped["id"])
    assert refused.returncode == 2 and "you already replied to it yourself" in refused.stderr
    assert rejections_json(path)["Replied Co"]["status"] == "skipped"  # nothing promised, nothing changed


def test_remove_drafts_by_id_says_why_a_draft_the_user_took_over_is_kept(mail_user, write_config):
    path = three_drafted(mail_user, write_config)
    uid, raw, _flags = drafts_by_subject(mail_user)["Re: Your application at Edited Co"]
    mine = email.message_from_bytes(raw)
    del mine["X-Onward-Key"]  # as most mail clients save an edited draft: anew, without the key
    with mail_user.client() as c:
        c.append("Drafts", mine.as_bytes(), flags=[b"\\Draft"])
        c.select_folder("Drafts")
        c.delete_messages([uid])
        c.uid_expunge([uid])
    edited_id = rejections_json(path)["Edited Co"]["id"]
    done = onward("--config", str(path), "remove-drafts", edited_id, "--yes")
    assert done.returncode == 0, done.stderr
    assert f"{edited_id}  keep (not in Drafts as onward saved it: edited, sent, moved or deleted)" in done.stdout
    assert "no untouched draft of onward's to delete" in done.stdout
    assert "Re: Your application at Edited Co" in drafts_by_subject(mail_user)


def test_remove_drafts_needs_ids_or_all(mail_user, write_config):
    path = write_config(mail_user)
    for args in ([], ["--all", "abcd"]):
        done = onward("--config", str(path), "remove-drafts", *args)
        assert done.returncode == 2 and "name the rejections by ID, or give --all" in done.stderr


def test_without_uidplus_remove_drafts_refuses_before_touching_anything():
    """Pure logic: Dovecot always offers UIDPLUS, so a stand-in client says it does not."""
    from onward.daemon.draft_removal import ImapDrafts
    from onward.daemon.errors import RuntimeFailure

    class NoUidplus:
        calls: list = []

        def has_capability(self, name):
            return False

        def __getattr__(self, name):
            self.calls.append(name)
            raise AssertionError(f"{name} must not be called")

    drafts = ImapDrafts.__new__(ImapDrafts)
    drafts.mailbox, drafts.folder, drafts.host = type("M", (), {"client": NoUidplus()})(), "Drafts", "mail.x"
    with pytest.raises(RuntimeFailure, match="does not offer UIDPLUS.*nothing was removed"):
        drafts.remove([], [])
    assert NoUidplus.calls == []


# --- the same on a Maildir account ------------------------------------------------------------

def maildir_config(tmp_path: Path) -> tuple[Path, Maildir]:
    maildir = Maildir(tmp_path / "Maildir")
    maildir.create("Drafts", "Sent", "Trash")
    path = tmp_path / "config.toml"
    path.write_text(f'{DELAY_0}\n[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
                    f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{maildir.root}"\n')
    return path, maildir


def test_maildir_remove_forget_and_refresh(tmp_path):
    path, maildir = maildir_config(tmp_path)
    for n, company in enumerate(("Kept Co", "Edited Co", "Moved Co"), 1):
        (maildir.root / "new" / f"{n}.x.host").write_bytes(rejection(n, subject=f"Your application at {company}"))
    run_once(path)
    files = {email.message_from_bytes(p.read_bytes())["Subject"]: p for p in maildir.files("Drafts")}
    assert len(files) == 3
    edited = files["Re: Your application at Edited Co"]
    edited.write_bytes(edited.read_bytes().replace(b"Thank you", b"Many thanks,", 1))
    moved = files["Re: Your application at Moved Co"]
    moved.rename(maildir.folder("Trash") / "cur" / moved.name)
    assert onward("--config", str(path), "status", "--refresh").returncode == 0
    shown = rejections_json(path)
    assert shown["Moved Co"]["draft_state"] == "in the Trash"
    done = onward("--config", str(path), "remove-drafts", "--all", "--yes")
    assert done.returncode == 0, done.stderr
    assert "deleted 1 draft(s)" in done.stdout and "keep (edited)" in done.stdout
    left = sorted(email.message_from_bytes(p.read_bytes())["Subject"] for p in maildir.files("Drafts"))
    assert left == ["Re: Your application at Edited Co"]
    assert onward("--config", str(path), "forget", shown["Kept Co"]["id"]).returncode == 0
    run_once(path)
    run_once(path)
    kept = [p for p in maildir.files("Drafts") if b"Kept Co" in p.read_bytes()]
    assert len(kept) == 1


def test_the_running_service_looks_again_at_drafts_that_may_still_change(mail_user, write_config):
    """The service's hourly look (called here directly): read-only, and only drafts last known in
    Drafts or the Trash are asked about."""
    from onward.daemon import config
    from onward.daemon.service import make_service

    path = three_drafted(mail_user, write_config)
    drafts = drafts_by_subject(mail_user)
    with mail_user.client() as c:
        c.select_folder("Drafts")
        c.move([drafts["Re: Your application at Other Co"][0]], "Trash")
    before = {f: visible_flags(mail_user.flags(f)) for f in ("INBOX", "Drafts", "Trash")}
    service = make_service(config.load(path))
    try:
        service.refresh_draft_states()  # (the mailbox's wait() opens the inbox again for IDLE)
    finally:
        service._disconnect()
        service.store.close()
    assert {f: visible_flags(mail_user.flags(f)) for f in before} == before
    shown = rejections_json(path)
    assert shown["Other Co"]["draft_state"] == "in the Trash"
    assert shown["Kept Co"]["draft_state"] == "in Drafts" and shown["Kept Co"]["draft_checked_at"]


def test_wide_characters_count_two_columns():
    from onward.daemon.table import render, shown_width

    lines = render(["COMPANY", "ROLE"], [["株式会社テクノロジー研究所", "データ分析"]], {0, 1}, 24)
    assert all(shown_width(l) <= 24 for l in lines) and "…" in lines[1]
