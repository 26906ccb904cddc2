"""`onward check` and the folders onward reads and writes: it never suggests an unsafe Drafts folder,
refuses drafts_folder = the inbox or Sent (in check and run), creates a Drafts folder on request, and
finds and prints the Sent and Trash folders. Against the real Dovecot, and against a second Dovecot
whose users have no Drafts folder at all."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.support.dovecot import Dovecot
from tests.support.helpers import onward
from tests.support.mail import rejection


@pytest.fixture(scope="module")
def bare_dovecot(dovecot):
    """A Dovecot whose mailboxes have an inbox and a Sent folder, but no Drafts folder."""
    base = Path(tempfile.mkdtemp(prefix="onward-dovecot-bare-"))
    server = Dovecot(base)
    conf = server.conf.read_text()
    conf = re.sub(r"  mailbox Drafts \{.*?\}\n", "", conf, flags=re.S)
    assert "Drafts" not in conf
    server.conf.write_text(conf)
    server.start()
    yield server
    server.stop()
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def bare_user(bare_dovecot, request):
    return bare_dovecot.add_user(f"bare-{request.node.name[:40]}".replace("[", "-").replace("]", ""),
                                 "pw-bare-1")


def _last_line(done) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    return done.stderr.strip().splitlines()[-1]


def _count(user, folder: str) -> int:
    with user.client() as client:
        return client.select_folder(folder, readonly=True)[b"EXISTS"]


def test_check_prints_the_sent_and_trash_folders_it_reads(mail_user, write_config):
    done = onward("--config", str(write_config(mail_user)), "check")
    assert done.returncode == 0, done.stderr
    assert "drafts:  Drafts\n" in done.stdout
    assert "sent:    Sent (read: a rejection you already answered gets no drafts)\n" in done.stdout
    assert "trash:   Trash (read: a rejection you deleted gets no drafts)\n" in done.stdout


def test_check_says_what_the_drafts_lack_without_an_identity_and_refuses_a_wrong_email(mail_user, write_config):
    unsigned = onward("--config", str(write_config(mail_user)), "check")
    assert unsigned.returncode == 0, unsigned.stderr
    assert ("identity: WARNING: [identity] name and email not set, so the drafts have no name under the "
            "text and no From line") in unsigned.stdout
    signed = onward("--config", str(write_config(mail_user, extra='[identity]\nname = "Sam"\nemail = "sam@x.example"')),
                    "check")
    assert signed.returncode == 0 and "identity:" not in signed.stdout
    for command in (["check"], ["run", "--once"]):
        wrong = onward("--config", str(write_config(mail_user, extra='[identity]\nemail = "not an email"')),
                       *command)
        assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
        assert '[identity] email in ' in wrong.stderr and ': "not an email" is not an email address' in wrong.stderr


def test_configured_sent_folder_that_does_not_exist(mail_user, write_config):
    path = write_config(mail_user, sent_folder="Sent Items")
    done = onward("--config", str(path), "check")
    assert done.returncode == 2
    line = _last_line(done)
    assert line.startswith('onward: config error: [imap] sent_folder "Sent Items" does not exist; '
                           "folders on the server: ")
    assert "Sent," in line or line.endswith("Sent")


@pytest.mark.parametrize("inbox_name", ["INBOX", "inbox"])
def test_drafts_folder_equal_to_the_inbox_is_refused(mail_user, write_config, inbox_name):
    mail_user.drop(rejection(1))
    path = write_config(mail_user, drafts_folder=inbox_name, extra='[drafts]\ndelay = "0m"\n')
    for command in (["check"], ["run", "--once"], ["run"]):
        done = onward("--config", str(path), *command)
        assert done.returncode == 2, (command, done.stderr)
        assert _last_line(done).startswith(f'onward: config error: [imap] drafts_folder "{inbox_name}" is '
                                           "the inbox onward watches")
    assert _count(mail_user, "INBOX") == 1  # nothing was saved into it


def test_drafts_folder_equal_to_the_sent_folder_is_refused(mail_user, write_config):
    mail_user.drop(rejection(1))
    path = write_config(mail_user, drafts_folder="Sent", extra='[drafts]\ndelay = "0m"\n')
    for command in (["check"], ["run", "--once"]):
        done = onward("--config", str(path), *command)
        assert done.returncode == 2, (command, done.stderr)
        assert _last_line(done).startswith('onward: config error: [imap] drafts_folder "Sent" is your '
                                           "Sent folder")
    assert _count(mail_user, "Sent") == 0
    path = write_config(mail_user, drafts_folder="Outbox", sent_folder="Outbox")
    assert onward("--config", str(path), "check").returncode == 2


def test_no_drafts_folder_never_suggests_sent_or_the_inbox(bare_user, write_config):
    path = write_config(bare_user, port=bare_user.server.port)
    done = onward("--config", str(path), "check")
    assert done.returncode == 3
    line = _last_line(done)
    assert "no Drafts folder found" in line and "onward check --create-drafts" in line
    assert "Sent" not in line and "INBOX" not in line


def test_run_without_a_drafts_folder_saves_nowhere_else(bare_user, write_config):
    bare_user.drop(rejection(1))
    path = write_config(bare_user, port=bare_user.server.port, extra='[drafts]\ndelay = "0m"\n')
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 3
    assert "onward check --create-drafts" in _last_line(done)
    assert _count(bare_user, "INBOX") == 1 and _count(bare_user, "Sent") == 0


def test_check_create_drafts_makes_the_folder(bare_user, write_config):
    path = write_config(bare_user, port=bare_user.server.port)
    done = onward("--config", str(path), "check", "--create-drafts")
    assert done.returncode == 0, done.stderr
    # This Dovecot has no CREATE-SPECIAL-USE: the folder is made, found later by its name.
    assert ('drafts:  Drafts (created now; this server cannot mark it \\Drafts, so onward finds it '
            'by its name)') in done.stdout
    with bare_user.client() as client:
        assert "Drafts" in [name for _f, _s, name in client.list_folders()]
    done = onward("--config", str(path), "check", "--create-drafts")
    assert done.returncode == 0 and "drafts:  Drafts\n" in done.stdout  # found: nothing more created
    bare_user.drop(rejection(1))
    done = onward("--config", str(path.parent / "config.toml"), "run", "--once")
    assert done.returncode == 0, done.stderr


def test_create_drafts_leaves_an_existing_drafts_folder_alone(mail_user, write_config):
    done = onward("--config", str(write_config(mail_user)), "check", "--create-drafts")
    assert done.returncode == 0 and "drafts:  Drafts\n" in done.stdout
    with mail_user.client() as client:
        assert [name for _f, _s, name in client.list_folders()].count("Drafts") == 1
