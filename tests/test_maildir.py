"""A local Maildir as the mailbox, and `onward demo`, which runs the real pipeline on one."""

from __future__ import annotations

import email
import email.policy
import os
import time

from onward.daemon.config import Config, DraftsConfig, StateConfig
from onward.daemon.drafting import MaildirTarget, save_due_drafts, settings_from_config
from onward.daemon.maildir import Maildir, scan_maildir
from onward.daemon.processing import Processor
from onward.daemon.state import Store
from helpers import onward
from mail import interview, message, rejection


def deliver(maildir: Maildir, raw: bytes, name: str, age: float = 3600) -> None:
    path = maildir.folder("INBOX") / "new" / name
    path.write_bytes(raw)
    os.utime(path, (time.time() - age, time.time() - age))


def cycle(maildir: Maildir, tmp_path) -> tuple:
    cfg = Config(drafts=DraftsConfig(delay=0.0), state=StateConfig(path=str(tmp_path / "s.db")))
    store = Store(cfg.state_path)
    try:
        result = scan_maildir(maildir, store, Processor(cfg), cfg.schedule.lookback)
        outcomes = save_due_drafts(store, MaildirTarget(maildir), settings_from_config(cfg), time.time())
    finally:
        store.close()
    return result, outcomes


def test_maildir_gets_one_draft_per_rejection_and_the_inbox_is_untouched(tmp_path):
    maildir = Maildir(tmp_path / "Maildir")
    maildir.create("Drafts", "Sent")
    deliver(maildir, rejection(1), "1.a.host")
    deliver(maildir, interview(2), "2.b.host")
    deliver(maildir, b"\xff\xfe not a message at all", "3.c.host")
    deliver(maildir, message(4, subject="old"), "4.d.host", age=40 * 86400)  # beyond lookback
    before = sorted(p.name for p in maildir.files())
    result, outcomes = cycle(maildir, tmp_path)
    assert result.recorded == 3 and result.rejections == 1
    assert [o for _k, o in outcomes] == ["drafted"]
    assert sorted(p.name for p in maildir.files()) == before  # new/ stays new/, no flags
    assert all(p.parent.name == "new" for p in maildir.files())
    (draft,) = maildir.files("Drafts")
    assert draft.parent.name == "cur" and draft.name.endswith(":2,DS")
    parsed = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert parsed["In-Reply-To"] == email.message_from_bytes(rejection(1))["Message-ID"]
    assert list((maildir.folder("Drafts") / "tmp").iterdir()) == []

    again, outcomes = cycle(maildir, tmp_path)
    assert again.recorded == 0 and outcomes == []
    assert len(list(maildir.files("Drafts"))) == 1


def test_demo_runs_the_pipeline_and_explains_itself(tmp_path):
    from onward.daemon.commands.demo import demo_messages

    done = onward("demo", "--dir", str(tmp_path / "demo"), timeout=120)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "classifying 12 sample emails" in out
    assert len([line for line in out.splitlines() if " p=" in line]) == 12
    store = Store(tmp_path / "demo" / "state.sqlite3")
    status = dict(store.db.execute("SELECT message_id, status FROM messages"))
    store.close()
    by_file = {name: status[email.message_from_bytes(raw)["Message-ID"]] for name, raw in demo_messages()}
    never = [n for n in by_file if any(w in n for w in ("interview-reschedule", "received", "order",
                                                         "alert", "offer"))]
    assert len(never) == 5 and all(by_file[n] == "other" for n in never), by_file
    rejections = [n for n in by_file if n not in never]
    drafted = [n for n in rejections if by_file[n] == "drafted"]
    assert len(drafted) >= 6, by_file  # seven rejections; the model must catch nearly all
    drafts = list(Maildir(tmp_path / "demo" / "Maildir").files("Drafts"))
    assert len(drafts) == len(drafted)
    assert "One of them, as your mail client will show it" in out and "Subject: Re:" in out


def test_drafts_folder_in_mbsync_verbatim_layout_is_found(tmp_path):
    inbox = Maildir(tmp_path / "acct" / "INBOX")
    inbox.create()
    beside = Maildir(tmp_path / "acct" / "Drafts")
    beside.create()
    assert inbox.folder("Drafts") == tmp_path / "acct" / "Drafts"
    saved = inbox.save_draft(b"Subject: x\r\n\r\nbody\r\n")
    assert saved.parent == tmp_path / "acct" / "Drafts" / "cur"
    assert Maildir(tmp_path / "plain").folder("Drafts") == tmp_path / "plain" / ".Drafts"
