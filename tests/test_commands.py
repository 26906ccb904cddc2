"""`onward check`, `run --once` and `status` as a user runs them, against the real Dovecot."""

from __future__ import annotations

import json

import pytest

from tests.support.helpers import onward, start_onward, wait_for
from tests.support.mail import message


def test_check_reports_what_it_found(mail_user, write_config):
    done = onward("--config", str(write_config(mail_user)), "check")
    assert done.returncode == 0, done.stderr
    assert f"login:   {mail_user.name} at 127.0.0.1" in done.stdout
    assert "drafts:  Drafts" in done.stdout
    assert "idle:    yes" in done.stdout


def test_wrong_password_is_one_line_and_never_shows_a_password(mail_user, write_config, monkeypatch):
    path = write_config(mail_user)
    monkeypatch.setenv("ONWARD_TEST_PASSWORD", "not-the-password-xyz")
    for command in (["check"], ["run", "--once"], ["run"]):
        done = onward("-vv", "--config", str(path), *command)
        assert done.returncode == 3, (command, done.stderr)
        last = done.stderr.strip().splitlines()[-1]
        assert "refused the login" in last and mail_user.name in last
        assert "Traceback" not in done.stderr
        assert "not-the-password-xyz" not in done.stderr + done.stdout


@pytest.mark.slow  # 20 s or more on the shared 2-core machine
def test_a_temporary_login_failure_is_retried_not_fatal(mail_user, write_config, tmp_path):
    # Dovecot answers [UNAVAILABLE] (RFC 5530) when it cannot read its user database: the server's
    # trouble, not a wrong password. The service must wait it out rather than exit (and, under
    # systemd, stay stopped: exit 3 is not restarted).
    path = write_config(mail_user)
    passwd = mail_user.server.base / "auth" / f"{mail_user.name}.passwd"
    passwd.chmod(0o000)
    log = tmp_path / "run.log"
    proc = None
    try:
        done = onward("--config", str(path), "check")
        assert done.returncode == 3 and "cannot log anyone in just now" in done.stderr
        assert "refused the login" not in done.stderr
        proc = start_onward("--config", str(path), "run", log=log)
        wait_for(lambda: "mailbox unavailable" in log.read_text())
        assert proc.poll() is None  # still running, retrying with backoff
    finally:
        passwd.chmod(0o644)
    try:
        wait_for(lambda: "connection restored" in log.read_text(), timeout=30)
    finally:
        proc.terminate()
        assert proc.wait(timeout=20) == 0


def test_password_is_never_logged_even_at_full_verbosity(mail_user, write_config, tmp_path):
    mail_user.drop(message(1))
    done = onward("-vv", "--config", str(write_config(mail_user)), "run", "--once")
    assert done.returncode == 0, done.stderr
    assert "LOGIN" in done.stderr.upper()  # -vv really does show the IMAP traffic …
    assert mail_user.password not in done.stderr + done.stdout  # … but not the password
    assert mail_user.password.encode() not in (tmp_path / "state.sqlite3").read_bytes()


def test_missing_password_variable_is_a_config_error(mail_user, write_config, monkeypatch):
    path = write_config(mail_user)
    monkeypatch.delenv("ONWARD_TEST_PASSWORD")
    done = onward("--config", str(path), "check", cwd=path.parent)
    assert done.returncode == 2
    assert "ONWARD_TEST_PASSWORD is not set" in done.stderr


def test_dotenv_beside_the_config_supplies_the_password(mail_user, write_config, monkeypatch):
    path = write_config(mail_user)
    monkeypatch.delenv("ONWARD_TEST_PASSWORD")
    env_file = path.parent / ".env"
    env_file.write_text(f"ONWARD_TEST_PASSWORD={mail_user.password}\n")
    env_file.chmod(0o600)
    private = onward("--config", str(path), "check", cwd="/")
    assert private.returncode == 0 and "other users of this computer" not in private.stderr
    env_file.chmod(0o644)  # as a new file often is: the password readable by everyone
    shared = onward("--config", str(path), "check", cwd="/")
    assert shared.returncode == 0, shared.stderr
    assert f"{env_file} holds your password and other users of this computer can read it: `chmod 600 {env_file}`" \
        in shared.stderr
    assert mail_user.password not in shared.stderr + shared.stdout


def test_password_command(mail_user, write_config, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(mail_user.password + "\nsecond line ignored\n")
    path = write_config(mail_user, password_env="UNSET_VARIABLE_X", password_command=f"cat {secret}")
    assert onward("--config", str(path), "check").returncode == 0
    path = write_config(mail_user, password_command="echo leaked-stdout; echo locked >&2; exit 7")
    done = onward("--config", str(path), "check")
    assert done.returncode == 3
    assert "password_command failed with exit status 7: locked" in done.stderr
    assert "leaked-stdout" not in done.stderr


def test_tls_checks_certificates(mail_user, write_config, dovecot):
    ca = dovecot.base / "cert.pem"
    path = write_config(mail_user, security="tls", port=dovecot.tls_port)
    done = onward("--config", str(path), "check")
    assert done.returncode == 3
    assert "could not be verified" in done.stderr and "ca_file" in done.stderr
    path = write_config(mail_user, security="tls", port=dovecot.tls_port, ca_file=str(ca))
    done = onward("--config", str(path), "check")
    assert done.returncode == 0, done.stderr
    assert "(tls, password) ok" in done.stdout


def test_starttls(mail_user, write_config, dovecot):
    path = write_config(mail_user, security="starttls", ca_file=str(dovecot.base / "cert.pem"))
    done = onward("--config", str(path), "check")
    assert done.returncode == 0, done.stderr
    assert "(starttls, password) ok" in done.stdout


def test_unreachable_server_exits_3(mail_user, write_config):
    from tests.support.dovecot import free_port

    done = onward("--config", str(write_config(mail_user, port=free_port())), "run", "--once")
    assert done.returncode == 3
    assert "refused the connection" in done.stderr


def test_missing_drafts_folder_lists_what_exists(mail_user, write_config):
    done = onward("--config", str(write_config(mail_user, drafts_folder="Entwürfe")), "check")
    assert done.returncode == 2
    assert 'drafts_folder "Entwürfe" does not exist' in done.stderr and "Drafts" in done.stderr


def test_status_after_a_run(mail_user, write_config):
    path = write_config(mail_user)
    mail_user.drop(message(1, subject="Your application to Fernwood"))
    assert onward("--config", str(path), "run", "--once").returncode == 0
    done = onward("--config", str(path), "status", "--json")
    (status,) = json.loads(done.stdout)["accounts"]
    assert status["account"] == "default"
    assert status["folders"][0]["folder"] == "INBOX" and status["folders"][0]["last_uid"] == 1
    assert status["messages"] == {"other": 1}
    assert status["recent"][0]["subject"] == "Your application to Fernwood"
    text = onward("--config", str(path), "status").stdout
    assert "Your application to Fernwood" in text and "1 other" in text


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["--version"]])
def test_help(args):
    assert onward(*args).returncode == 0


def test_tls_on_a_plain_port_says_which_setting_to_change(mail_user, write_config):
    done = onward("--config", str(write_config(mail_user, security="tls")), "check")
    assert done.returncode == 2  # the server answered in plain text: only the config can fix that
    assert 'use security = "starttls" there' in done.stderr


@pytest.mark.parametrize("host, oauth2, hint", [
    ("outlook.office365.com", False, "Microsoft 365 no longer accepts passwords"),
    ("imap.gmail.com", False, "Gmail needs an app password"),
    ("imap.gmail.com", True, "token from oauth2_token_command may be expired"),
    ("mail.example.org", False, "AUTHENTICATIONFAILED"),
])
def test_login_hints_for_the_big_providers(host, oauth2, hint):
    from onward.daemon.config import ImapConfig
    from onward.daemon.mailbox.imap_connect import login_hint

    text = login_hint(ImapConfig(host=host, username="me"), "[AUTHENTICATIONFAILED] no", oauth2)
    assert hint in text and text.startswith(f"{host} refused the login for me")


def test_oauth2_token_command_is_used_for_xoauth2(mail_user, write_config):
    # The test Dovecot offers no XOAUTH2, so the login must fail, with the token kept secret;
    # a password login would have succeeded, which proves XOAUTH2 was attempted instead.
    path = write_config(mail_user, oauth2_token_command="echo secret-token-abc123")
    done = onward("-vv", "--config", str(path), "check")
    assert done.returncode == 3
    assert "token from oauth2_token_command" in done.stderr
    assert "secret-token-abc123" not in done.stderr + done.stdout


def test_redaction_hides_login_arguments_but_not_sentences():
    from onward.daemon.logs import redact, register_secret

    register_secret("hunter2-very-secret")
    assert "hunter2-very-secret" not in redact("token hunter2-very-secret expired")
    assert redact("> b'AB12 LOGIN sam \"pw\"'").endswith("**REDACTED**")
    assert redact("the server refused the login for sam") == "the server refused the login for sam"
