"""A local Maildir as the mailbox, and `onward demo`, which runs the real pipeline on one."""

from __future__ import annotations

import email
import email.policy
import os
import time

import pytest

from onward.daemon.config import Config, DraftsConfig, StateConfig
from onward.daemon.deliver import save_due_drafts, settings_from_config
from onward.daemon.mailbox.maildir import MaildirMailbox, MaildirTarget
from onward.daemon.scan import scan
from onward.daemon.mailbox.maildir_folders import Maildir, MaildirNotFound, describe_layout
from onward.daemon.triage import Triager
from onward.daemon.state import Store
from tests.support.helpers import onward
from tests.support.mail import interview, message, rejection


def deliver(maildir: Maildir, raw: bytes, name: str, age: float = 3600) -> None:
    path = maildir.folder("INBOX") / "new" / name
    path.write_bytes(raw)
    os.utime(path, (time.time() - age, time.time() - age))


def cycle(maildir: Maildir, tmp_path) -> tuple:
    cfg = Config(drafts=DraftsConfig(delay=0.0), state=StateConfig(path=str(tmp_path / "s.db")))
    store = Store(cfg.state_path)
    try:
        result = scan(MaildirMailbox(maildir.root), store, Triager(cfg), cfg.schedule.lookback)
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
    assert "classifying 20 sample emails" in out
    assert len([line for line in out.splitlines() if " p=" in line]) == 20
    store = Store(tmp_path / "demo" / "state.sqlite3")
    status = dict(store.db.execute("SELECT message_id, status FROM messages"))
    store.close()
    by_file = {name: status[email.message_from_bytes(raw)["Message-ID"]] for name, raw in demo_messages()}
    never = [n for n in by_file if any(w in n for w in ("interview-", "received", "order", "alert",
                                                         "offer"))]
    assert len(never) == 13 and all(by_file[n] == "other" for n in never), by_file
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


def make(*folders) -> None:
    for folder in folders:
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)


def test_mbsync_layout_is_recognised_from_the_account_folder(tmp_path):
    acct = tmp_path / "Mail" / "home"
    make(acct / "INBOX", acct / "Drafts", acct / "Sent", acct / "Trash", acct / "Work" / "Projects")
    (acct / ".mbsyncstate").write_text("")  # mbsync's own files are not folders
    maildir = Maildir(acct)
    layout = maildir.layout
    assert layout.kind == "mbsync/offlineimap" and layout.inbox == acct / "INBOX"
    assert sorted(layout.folders) == ["Drafts", "Sent", "Trash", "Work/Projects"]
    assert maildir.folder("INBOX") == acct / "INBOX"
    assert maildir.folder("Drafts") == acct / "Drafts" and maildir.folder("Sent") == acct / "Sent"
    deliver(maildir, rejection(1), "1.a.host")
    assert [p.parent.parent for p in maildir.files()] == [acct / "INBOX"]
    assert maildir.save_draft(b"Subject: x\r\n\r\nbody\r\n").parent == acct / "Drafts" / "cur"
    described = describe_layout(maildir)
    assert described.startswith("mbsync/offlineimap") and str(acct) in described
    assert "Drafts, Sent, Trash, Work/Projects" in described


def test_mbsync_gmail_layout_finds_nested_and_localised_folders(tmp_path):
    acct = tmp_path / "gmail"
    make(acct / "INBOX", acct / "[Gmail]" / "Entwürfe", acct / "[Gmail]" / "Sent Mail",
         acct / "[Gmail]" / "Bin", acct / "Archive" / "Drafts-old")
    maildir = Maildir(acct)
    assert maildir.folder("Drafts") == acct / "[Gmail]" / "Entwürfe"
    assert maildir.folder("Sent") == acct / "[Gmail]" / "Sent Mail"
    assert maildir.folder("Trash") == acct / "[Gmail]" / "Bin"


def test_offlineimap_layout_with_dotted_names(tmp_path):
    acct = tmp_path / "offline"
    make(acct / "INBOX", acct / "[Gmail].Drafts", acct / "[Gmail].Sent Mail", acct / "INBOX.Trash")
    maildir = Maildir(acct)
    assert maildir.layout.kind == "mbsync/offlineimap"
    assert maildir.folder("Drafts") == acct / "[Gmail].Drafts"
    assert maildir.folder("Sent") == acct / "[Gmail].Sent Mail"
    assert maildir.folder("Trash") == acct / "INBOX.Trash"


def test_offlineimap_plain_names_and_a_lowercase_inbox(tmp_path):
    acct = tmp_path / "offline"
    make(acct / "inbox", acct / "Drafts", acct / "Sent")
    maildir = Maildir(acct)
    assert maildir.inbox == acct / "inbox" and maildir.folder("Drafts") == acct / "Drafts"


def test_maildir_plus_plus_layout(tmp_path):
    root = tmp_path / "Maildir"
    make(root, root / ".Drafts", root / ".Sent", root / ".Work.Projects")
    maildir = Maildir(root)
    assert maildir.layout.kind == "Maildir++" and maildir.inbox == root
    assert maildir.folder("Drafts") == root / ".Drafts" and maildir.folder("Sent") == root / ".Sent"
    assert sorted(maildir.layout.folders) == ["Drafts", "Sent", "Work.Projects"]
    assert maildir.folder("Trash") == root / ".Trash"  # where it will be created
    described = describe_layout(maildir)
    assert described.startswith("Maildir++") and ".Drafts, .Sent, .Work.Projects" in described


def test_the_exact_name_wins_over_a_nested_one(tmp_path):
    root = tmp_path / "Maildir"
    make(root, root / ".Archive.Drafts", root / ".Drafts")
    assert Maildir(root).folder("Drafts") == root / ".Drafts"


def test_a_missing_drafts_folder_is_created_beside_the_inbox_in_the_mbsync_layout(tmp_path):
    acct = tmp_path / "acct"
    make(acct / "INBOX", acct / "Sent")
    maildir = Maildir(acct)
    assert maildir.folder("Drafts") == acct / "Drafts"
    maildir.save_draft(b"Subject: x\r\n\r\nbody\r\n")
    assert len(list(maildir.files("Drafts"))) == 1 and (acct / "Drafts" / "cur").is_dir()


def test_a_folder_without_an_inbox_gets_a_hint_naming_what_was_found(tmp_path):
    mail = tmp_path / "Mail"
    make(mail / "home" / "INBOX", mail / "home" / "Sent", mail / "work" / "INBOX")
    with pytest.raises(MaildirNotFound) as caught:
        describe_layout(Maildir(mail))
    text = str(caught.value)
    assert "no Maildir inbox" in text and "home/INBOX" in text and "work/INBOX" in text
    assert text.endswith(f"e.g. {mail / 'home'}")
    (tmp_path / "empty").mkdir()
    with pytest.raises(MaildirNotFound, match="is not a Maildir"):
        Maildir(tmp_path / "empty").require_inbox()
    with pytest.raises(MaildirNotFound, match="does not exist"):
        Maildir(tmp_path / "nowhere").require_inbox()


def test_check_names_the_layout_and_its_folders(tmp_path):
    acct = tmp_path / "Mail" / "home"
    make(acct / "INBOX", acct / "Drafts", acct / "Sent", acct / "Trash")
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "s.db"}"\n'
                      f'[[accounts]]\nname = "home"\ntype = "maildir"\npath = "{acct}"\n')
    done = onward("--config", str(config), "check")
    assert done.returncode == 0, done.stderr
    assert "layout:  mbsync/offlineimap" in done.stdout and "Drafts, Sent, Trash" in done.stdout
    assert f"drafts:  {acct / 'Drafts'}\n" in done.stdout  # there: not "created when the first draft is saved"
    config.write_text(config.read_text().replace(str(acct), str(acct.parent)))
    done = onward("--config", str(config), "check")
    assert done.returncode == 3 and "home/INBOX" in done.stderr and "Traceback" not in done.stderr


def test_demo_removes_its_temporary_mailbox(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    done = onward("demo", env={**os.environ, "TMPDIR": str(scratch)}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert list(scratch.iterdir()) == []
    assert "is removed" in done.stdout and "Next: `onward init`" in done.stdout


def test_demo_keep_says_where_the_mailbox_is_and_how_to_remove_it(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    done = onward("demo", "--keep", env={**os.environ, "TMPDIR": str(scratch)}, timeout=120)
    assert done.returncode == 0, done.stderr
    (kept,) = scratch.iterdir()
    assert f"kept in {kept}; remove it with: rm -r {kept}" in done.stdout
    assert len(list(Maildir(kept / "Maildir").files("Drafts"))) >= 6


def test_the_demo_still_drafts_months_after_its_samples_were_written(tmp_path, monkeypatch, capsys):
    """The samples' own Date headers age; mail dated beyond the lookback is never drafted, so the
    demo dates each sample by its delivery time."""
    from onward.daemon.cli import main
    from onward.daemon.commands import demo

    later = time.time() + 400 * 86400
    monkeypatch.setattr(demo.time, "time", lambda: later)
    assert main(["demo", "--dir", str(tmp_path / "demo")]) == 0
    assert len(list(Maildir(tmp_path / "demo" / "Maildir").files("Drafts"))) >= 6
