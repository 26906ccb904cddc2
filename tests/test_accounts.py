"""Several accounts in one config, one process: an IMAP account failing never stops the others."""

from __future__ import annotations

import json
import signal
from pathlib import Path


from onward.daemon.mailbox.maildir_folders import Maildir
from tests.support.helpers import drafts_in, onward, start_onward, state_rows, wait_for
from tests.support.mail import rejection


def three_accounts(tmp_path, good, bad, monkeypatch, extra: str = "") -> tuple[Path, Maildir]:
    maildir = Maildir(tmp_path / "Maildir")
    maildir.create()
    monkeypatch.setenv("GOOD_PW", good.password)
    monkeypatch.setenv("BAD_PW", "certainly-wrong")
    server = f'host = "127.0.0.1"\nport = {good.server.port}\nsecurity = "none"\ntimeout = "5s"\n'
    path = tmp_path / "config.toml"
    path.write_text(
        f'[drafts]\ndelay = "0m"\n[state]\npath = "{tmp_path / "state.sqlite3"}"\n{extra}\n'
        f'[[accounts]]\nname = "good"\nusername = "{good.name}"\npassword_env = "GOOD_PW"\n{server}\n'
        f'[[accounts]]\nname = "broken"\nusername = "{bad.name}"\npassword_env = "BAD_PW"\n{server}\n'
        f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{maildir.root}"\n')
    return path, maildir


def deliver(maildir: Maildir, raw: bytes, name: str) -> None:
    (maildir.root / "new" / name).write_bytes(raw)


def test_run_once_serves_every_account_and_reports_the_broken_one(dovecot, tmp_path, monkeypatch):
    good = dovecot.add_user("acct-good", "pw-good-1")
    bad = dovecot.add_user("acct-bad", "pw-bad-1")
    path, maildir = three_accounts(tmp_path, good, bad, monkeypatch)
    good.drop(rejection(1))
    deliver(maildir, rejection(2, sender="Ola Berg <ola@nordvik.example>"), "1.x.host")
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 3
    assert "broken: " in done.stderr and "refused the login for acct-bad" in done.stderr
    assert "1 of 3 accounts could not be polled" in done.stderr
    assert "good: 1 new message(s): 1 rejection(s)" in done.stdout
    assert "local: 1 new message(s): 1 rejection(s)" in done.stdout
    assert len(drafts_in(good)) == 1 and len(list(maildir.files("Drafts"))) == 1
    status = json.loads(onward("--config", str(path), "status", "--json").stdout)
    assert sorted(a["account"] for a in status["accounts"]) == ["good", "local"]
    text = onward("--config", str(path), "status").stdout
    assert "account good" in text and "account local" in text


def test_check_shows_each_account(dovecot, tmp_path, monkeypatch):
    good = dovecot.add_user("chk-good", "pw-good-2")
    bad = dovecot.add_user("chk-bad", "pw-bad-2")
    path, _ = three_accounts(tmp_path, good, bad, monkeypatch)
    done = onward("--config", str(path), "check")
    assert done.returncode == 3
    assert "account good (imap)" in done.stdout and "drafts:  Drafts" in done.stdout
    assert "account broken (imap)" in done.stdout and "FAILED:" in done.stdout
    assert "account local (maildir)" in done.stdout
    assert "1 of 3 accounts failed the check: broken" in done.stderr


def test_the_service_keeps_serving_while_one_account_fails(dovecot, tmp_path, monkeypatch):
    good = dovecot.add_user("svc-good", "pw-good-3")
    bad = dovecot.add_user("svc-bad", "pw-bad-3")
    path, maildir = three_accounts(tmp_path, good, bad, monkeypatch,
                                   extra='[schedule]\npoll_interval = "1s"')
    state = tmp_path / "state.sqlite3"
    proc = start_onward("--config", str(path), "run", log=tmp_path / "log")
    try:
        wait_for(lambda: len(state_rows(state, "SELECT * FROM folders")) == 2, timeout=30)
        good.append(rejection(1))
        deliver(maildir, rejection(2, sender="Ola Berg <ola@nordvik.example>"), "2.x.host")
        wait_for(lambda: len(drafts_in(good)) == 1 and len(list(maildir.files("Drafts"))) == 1,
                 timeout=30)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
    log = (tmp_path / "log").read_text()
    assert code == 0, log
    assert "[broken] mailbox unavailable" in log and "refused the login for svc-bad" in log
    assert log.count("[broken] mailbox unavailable") == 1  # one warning for the whole outage
