"""Kept corrections: `onward mark`, `onward train` adding to them, `onward corrections`, `train
--reset`; --message-id read from the real Dovecot's inbox (and a Maildir's) without changing it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onward.classifier import Correction, add_corrections, kept_corrections, store
from onward.daemon.cli import main
from onward.daemon.mailbox.maildir import MaildirMailbox
from onward.daemon.mailbox.maildir_folders import Maildir
from tests.support.classifier import train_tiny
from tests.support.helpers import onward, visible_flags
from tests.support.mail import message


def zorblax(n: int, verb: str = "exhausted, closed") -> bytes:
    """Mail the built-in model takes for other: this user's "rejection" is a canned phrase."""
    return message(n, subject=f"Ticket {n} closed", body=f"Zorblax quota {n} {verb}.\n",
                   sender="Quota Robot <robot@zorblax.example>")


@pytest.fixture
def offline(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "state" / "state.sqlite3"}"\n')
    return tmp_path, ["--config", str(config)]


def labels(config: list[str], capsys, *files: Path) -> list[str]:
    capsys.readouterr()
    assert main([*config, "classify", "--json", *map(str, files)]) == 0
    return [json.loads(line)["label"] for line in capsys.readouterr().out.splitlines()]


def listed(config: list[str], capsys) -> list[dict]:
    capsys.readouterr()
    assert main([*config, "corrections", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow  # trains the full model three times
def test_marks_accumulate_train_adds_and_reset_forgets(offline, capsys):
    folder, config = offline
    first, second, third = (folder / f"{n}.eml" for n in (1, 2, 3))
    for n, path in enumerate((first, second, third), 1):
        path.write_bytes(zorblax(n))
    assert labels(config, capsys, first, second) == ["other", "other"]  # the shipped model is wrong

    assert main([*config, "mark", "rejection", str(first)]) == 0
    assert "marked rejection" in capsys.readouterr().out
    assert labels(config, capsys, first) == ["rejection"]  # one correction flips that mail
    # Marked again with another mail: still one correction for it, and the two accumulate.
    assert main([*config, "mark", "rejection", str(second), str(first)]) == 0
    kept = listed(config, capsys)
    assert [c["label"] for c in kept] == ["rejection", "rejection"]
    assert "Ticket 2 closed" in kept[0]["source"] and "Ticket 1 closed" in kept[1]["source"]

    others = folder / "others"
    others.mkdir()
    (others / "ok.eml").write_bytes(message(9, subject="Quota granted", body="Your quota was raised.\n"))
    assert main([*config, "train", "--others", str(others)]) == 0
    assert "added 0 rejections and 1 other" in capsys.readouterr().out
    assert [c["label"] for c in listed(config, capsys)] == ["rejection", "rejection", "other"]
    assert labels(config, capsys, first, second) == ["rejection", "rejection"]  # not replaced
    capsys.readouterr()
    assert main([*config, "corrections"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert len(table) == 3 and table[0].startswith("rejection") and "Ticket 2 closed" in table[0]

    assert main([*config, "train", "--reset"]) == 0
    assert listed(config, capsys) == []
    assert labels(config, capsys, first, second) == ["other", "other"]


def test_the_same_mail_is_one_correction_and_the_later_label_wins(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "train_with_user_examples", train_tiny)  # the merge, not the fit
    add_corrections(tmp_path, [Correction("leider absage", "rejection", "a", "m1", 1.0),
                               Correction("einladung", "other", "b", "m2", 2.0)])
    add_corrections(tmp_path, [Correction("leider absage", "other", "c", "m1", 3.0)])
    kept = kept_corrections(tmp_path)
    assert [(c.id, c.label, c.source) for c in kept] == [("m2", "other", "b"), ("m1", "other", "c")]


def test_examples_saved_before_corrections_had_ids_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "train_with_user_examples", train_tiny)
    examples = store.user_examples_path(tmp_path)
    examples.parent.mkdir(parents=True)
    examples.write_text('{"label": "rejection", "text": "leider absage"}\n')  # onward 0.2's format
    add_corrections(tmp_path, [Correction("einladung", "other", "b", "m2", 2.0)])
    assert [(c.text, c.label) for c in kept_corrections(tmp_path)] == [("leider absage", "rejection"),
                                                                       ("einladung", "other")]


def test_mark_needs_a_mail_and_a_known_label(offline, capsys):
    _folder, config = offline
    assert main([*config, "mark", "rejection"]) == 2
    assert "name the mail" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main([*config, "mark", "maybe", "x.eml"])
    assert exited.value.code == 2


def test_a_maildir_inbox_gives_the_mail_by_message_id_untouched(tmp_path):
    maildir = Maildir(tmp_path / "Maildir")
    maildir.create()
    raw = zorblax(4)
    target = maildir.root / "new" / "1.x.host"
    target.write_bytes(raw)
    mailbox = MaildirMailbox(maildir.root)
    mailbox.open()
    message_id = "<test-4-" + raw.split(b"<test-4-", 1)[1].split(b">", 1)[0].decode() + ">"
    assert mailbox.find_message(message_id) == raw
    assert mailbox.find_message(message_id.strip("<>")) == raw  # the brackets are optional
    assert mailbox.find_message("<test-4@elsewhere>") is None
    assert [p.name for p in (maildir.root / "new").iterdir()] == ["1.x.host"]  # not moved to cur/


@pytest.mark.slow
def test_mark_by_message_id_reads_the_imap_inbox_read_only(mail_user, write_config, tmp_path):
    raw = zorblax(5)
    mail_user.drop(raw)
    mail_user.drop(message(6))
    config = write_config(mail_user)
    flags = visible_flags(mail_user.flags())
    message_id = raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0].decode()

    unknown = onward("--config", str(config), "mark", "rejection", "--message-id", "<nowhere@example.org>")
    assert unknown.returncode == 2 and "no mail with Message-ID <nowhere@example.org>" in unknown.stderr
    done = onward("--config", str(config), "mark", "rejection", "--message-id", message_id, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "marked rejection: inbox INBOX at 127.0.0.1: Ticket 5 closed" in done.stdout
    assert visible_flags(mail_user.flags()) == flags  # nothing marked \Seen

    kept = json.loads(onward("--config", str(config), "corrections", "--json").stdout)
    assert [c["label"] for c in kept] == ["rejection"]
    (tmp_path / "5.eml").write_bytes(raw)
    said = onward("--config", str(config), "classify", "--json", str(tmp_path / "5.eml"))
    assert json.loads(said.stdout)["label"] == "rejection"


# --- learning folders ---------------------------------------------------------------------------

LEARNING = '[classifier]\nlearn_rejections = "Onward/Rejections"\nlearn_others = "Onward/Not rejections"\n'


@pytest.mark.slow
def test_mail_copied_to_a_learning_folder_becomes_a_correction(mail_user, write_config, tmp_path):
    raw = zorblax(7)
    mail_user.drop(raw)
    config = write_config(mail_user, extra=LEARNING)
    checked = onward("--config", str(config), "check")
    assert checked.returncode == 0, checked.stderr
    assert 'learning: "Onward/Rejections" not found' in checked.stdout
    first = onward("--config", str(config), "run", "--once")
    assert first.returncode == 0, first.stderr
    assert first.stderr.count('learning folder "Onward/Rejections" not found') == 1

    with mail_user.client() as client:
        client.create_folder("Onward/Rejections")
        client.select_folder("INBOX", readonly=True)
        client.copy(client.search("ALL"), "Onward/Rejections")  # as a mail client copies it
    before = {folder: visible_flags(mail_user.flags(folder)) for folder in ("INBOX", "Onward/Rejections")}
    assert 'learning: "Onward/Rejections" found' in onward("--config", str(config), "check").stdout

    learnt = onward("--config", str(config), "run", "--once", timeout=120)
    assert learnt.returncode == 0, learnt.stderr
    assert "learnt 1 correction(s)" in learnt.stderr
    kept = json.loads(onward("--config", str(config), "corrections", "--json").stdout)
    assert [(c["label"], c["source"].split(":")[0]) for c in kept] == [("rejection", "folder Onward/Rejections")]
    (tmp_path / "7.eml").write_bytes(raw)
    said = onward("--config", str(config), "classify", "--json", str(tmp_path / "7.eml"))
    assert json.loads(said.stdout)["label"] == "rejection"
    after = {folder: visible_flags(mail_user.flags(folder)) for folder in ("INBOX", "Onward/Rejections")}
    assert after == before  # nothing flagged \Seen, nothing moved

    again = onward("--config", str(config), "run", "--once")
    assert again.returncode == 0 and "learnt" not in again.stderr  # each mail is learnt once


def test_a_maildir_learning_folder_gives_each_file_once(tmp_path):
    from onward.daemon.state import Cursor

    maildir = Maildir(tmp_path / "Maildir")
    maildir.create()
    inbox_file = maildir.root / "new" / "1.x.host"
    inbox_file.write_bytes(zorblax(8))
    mailbox = MaildirMailbox(maildir.root)
    mailbox.open()
    assert mailbox.learning_mail("Onward.Rejections", None) is None  # not created yet
    maildir.create("Onward.Rejections")
    folder = maildir.folder("Onward.Rejections")
    (folder / "cur" / "1.x.host:2,S").write_bytes(zorblax(8))  # moved there, same unique name
    cursor, raws = mailbox.learning_mail("Onward.Rejections", None)
    assert raws == [zorblax(8)]
    seen = Cursor(names=cursor.names | {"1.x.host"})  # as the store hands it back: the inbox's too
    assert mailbox.learning_mail("Onward.Rejections", seen) == (Cursor(names=frozenset()), [])
    assert inbox_file.exists()
