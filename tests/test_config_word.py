"""The config taken at its word: every path it names is checked at start and in `check`, durations
have bounds, odd bytes and non-ASCII passwords get a clear answer, and .env gives only what onward
uses. Against the real Dovecot where a login is involved."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.helpers import onward

MISSING = "/nonexistent/onward-test"


def use_state(path: Path, state: Path) -> None:
    text = path.read_text()
    start = text.index('path = "', text.index("[state]"))
    end = text.index("\n", start)
    path.write_text(text[:start] + f'path = "{state}"' + text[end:])


@pytest.mark.parametrize("setup, key", [
    (lambda w, u, t: w(u, extra=f'[drafts]\ntemplates_dir = "{MISSING}"'), "[drafts] templates_dir"),
    (lambda w, u, t: w(u, ca_file=f"{MISSING}/ca.pem"), "[imap] ca_file"),
    (lambda w, u, t: w(u, password_command="no-such-password-helper --get imap"),
     "[imap] password_command"),
    (lambda w, u, t: w(u, password_command=f"{MISSING}/helper"), "[imap] password_command"),
    (lambda w, u, t: w(u, env_file=f"{MISSING}/.env"), "[imap] env_file"),
])
def test_a_path_that_is_not_there_is_exit_2_naming_its_key(mail_user, write_config, tmp_path,
                                                           setup, key):
    path = setup(write_config, mail_user, tmp_path)
    for command in (["check"], ["run", "--once"]):
        done = onward("--config", str(path), *command)
        assert done.returncode == 2, (command, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and key in lines[0], (command, done.stderr)


def test_a_state_folder_that_is_a_file_is_exit_2(mail_user, write_config, tmp_path):
    path = write_config(mail_user)
    (tmp_path / "not-a-folder").write_text("x")
    use_state(path, tmp_path / "not-a-folder" / "state.sqlite3")
    for command in (["check"], ["run", "--once"]):
        done = onward("--config", str(path), *command)
        assert done.returncode == 2 and "[state] path" in done.stderr, done.stderr


def test_a_maildir_account_path_that_is_not_there_is_exit_2(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(f'[state]\npath = "{tmp_path / "s.sqlite3"}"\n[[accounts]]\nname = "home"\n'
                    f'type = "maildir"\npath = "{MISSING}"\n')
    for command in (["check"], ["run", "--once"]):
        done = onward("--config", str(path), *command)
        assert done.returncode == 2 and "[[accounts]] home path" in done.stderr, done.stderr


def test_an_absurd_delay_is_exit_2_not_a_crash(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[imap]\nhost = "h"\nusername = "u"\n[drafts]\ndelay = "99999999999d"\n')
    for command in (["check"], ["run", "--once"], ["status"]):
        done = onward("--config", str(path), *command)
        assert done.returncode == 2 and "[drafts] delay" in done.stderr, done.stderr


def test_a_config_that_is_not_utf8_is_exit_2(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b'[identity]\nname = "Ren\xe9e"\n')  # Latin-1, as an old editor saves it
    for command in (["check"], ["status"], ["run", "--once"]):
        done = onward("--config", str(path), *command)
        assert done.returncode == 2, done.stderr
        assert "is not UTF-8" in done.stderr and "Traceback" not in done.stderr


def test_a_non_ascii_password_logs_in(dovecot, write_config, tmp_path):
    user = dovecot.add_user(f"utf8-{os.urandom(3).hex()}", f"Grüße-€-{os.urandom(3).hex()}")
    path = write_config(user)
    done = onward("--config", str(path), "check")
    assert done.returncode == 0, done.stderr
    assert f"login:   {user.name}" in done.stdout


def test_a_wrong_non_ascii_password_is_a_refused_login(mail_user, write_config, monkeypatch):
    path = write_config(mail_user)
    monkeypatch.setenv("ONWARD_TEST_PASSWORD", "falsch-Grüße")
    done = onward("--config", str(path), "check")
    assert done.returncode == 3, done.stderr
    assert "refused the login" in done.stderr and "falsch" not in done.stderr


def test_dotenv_in_the_working_directory_is_not_read(mail_user, write_config, monkeypatch, tmp_path):
    path = write_config(mail_user)
    monkeypatch.delenv("ONWARD_TEST_PASSWORD")
    elsewhere = tmp_path / "somewhere"
    elsewhere.mkdir()
    (elsewhere / ".env").write_text(f"ONWARD_TEST_PASSWORD={mail_user.password}\n")
    done = onward("--config", str(path), "check", cwd=elsewhere)
    assert done.returncode == 2 and "ONWARD_TEST_PASSWORD is not set" in done.stderr
    # ... unless the config names it.
    path.write_text(path.read_text().replace("[imap]\n", f'[imap]\nenv_file = "{elsewhere / ".env"}"\n'))
    assert onward("--config", str(path), "check", cwd="/").returncode == 0


def test_only_the_password_variable_is_taken_from_dotenv(mail_user, dovecot, write_config,
                                                         monkeypatch, tmp_path):
    # Two accounts: the first reads its password from .env; the second's password command must
    # not see anything else from that file (LD_PRELOAD there would run in every command).
    other = dovecot.add_user(f"second-{os.urandom(3).hex()}", "second-pw")
    monkeypatch.delenv("ONWARD_LEAK", raising=False)
    (tmp_path / ".env").write_text(f"FIRST_PW={mail_user.password}\nONWARD_LEAK=1\n"
                                   "LD_PRELOAD=/nonexistent/evil.so\n")
    server = f'host = "127.0.0.1"\nport = {mail_user.server.port}\nsecurity = "none"\n'
    helper = "sh -c 'test -z \"$ONWARD_LEAK$LD_PRELOAD\" || exit 7; echo second-pw'"
    path = tmp_path / "config.toml"
    path.write_text(
        f'[state]\npath = "{tmp_path / "s.sqlite3"}"\n'
        f'[[accounts]]\nname = "first"\nusername = "{mail_user.name}"\npassword_env = "FIRST_PW"\n{server}\n'
        f'[[accounts]]\nname = "second"\nusername = "{other.name}"\npassword_command = """{helper}"""\n'
        f'{server}\n')
    done = onward("--config", str(path), "check", cwd="/")
    assert done.returncode == 0, done.stdout + done.stderr
