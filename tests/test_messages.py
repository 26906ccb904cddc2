"""Each usual mistake gets one line naming the real cause and the fix, with the right exit code
(2: change the config; 3: the server), tried against the real Dovecot."""

from __future__ import annotations

import pytest

from tests.support.helpers import onward


def _last_line(done) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    return done.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("security", ["starttls", "none"])
def test_plain_or_starttls_on_the_implicit_tls_port_is_answered_at_once(mail_user, write_config, dovecot,
                                                                        security):
    # The server says nothing until the TLS handshake; waiting for its greeting for the whole
    # timeout (60 s here) would make the subprocess time out below.
    path = write_config(mail_user, security=security, port=dovecot.tls_port, timeout="60s",
                        ca_file=str(dovecot.base / "cert.pem"))
    for command in (["check"], ["run", "--once"]):
        done = onward("--config", str(path), *command, timeout=25)
        assert done.returncode == 2, done.stderr
        assert _last_line(done) == (f'onward: config error: port {dovecot.tls_port} expects TLS from the '
                                    'start: use security = "tls"')


def test_tls_on_the_plain_port_keeps_its_hint(mail_user, write_config):
    done = onward("--config", str(write_config(mail_user, security="tls")), "check")
    assert done.returncode == 2
    assert 'use security = "starttls" there' in _last_line(done)


def test_missing_ca_file_names_the_key_and_path(mail_user, write_config, dovecot, tmp_path):
    missing = tmp_path / "no-such-ca.pem"
    path = write_config(mail_user, security="tls", port=dovecot.tls_port, ca_file=str(missing))
    done = onward("--config", str(path), "check")
    assert done.returncode == 2
    line = _last_line(done)
    assert "ca_file" in line and str(missing) in line


def test_ca_file_that_is_not_a_certificate(mail_user, write_config, dovecot, tmp_path):
    bogus = tmp_path / "ca.pem"
    bogus.write_text("this is not a certificate\n")
    path = write_config(mail_user, security="tls", port=dovecot.tls_port, ca_file=str(bogus))
    done = onward("--config", str(path), "check")
    assert done.returncode == 2
    assert _last_line(done) == (f"onward: config error: [imap] ca_file: {bogus} holds no certificate "
                                "(expected PEM text starting with -----BEGIN CERTIFICATE-----)")


def test_certificate_name_mismatch_says_which_names_it_is_for(mail_user, write_config, dovecot):
    # "127.1" reaches 127.0.0.1, but it is not a name the certificate is for.
    path = write_config(mail_user, host="127.1", security="tls", port=dovecot.tls_port,
                        ca_file=str(dovecot.base / "cert.pem"))
    done = onward("--config", str(path), "check")
    assert done.returncode == 2, done.stderr
    line = _last_line(done)
    assert "the certificate of 127.1" in line
    assert "is for 127.0.0.1, localhost" in line and "set [imap] host to one of them" in line
    assert "set [imap] ca_file" not in line


def test_unverifiable_certificate_still_points_at_ca_file(mail_user, write_config, dovecot):
    path = write_config(mail_user, security="tls", port=dovecot.tls_port)
    done = onward("--config", str(path), "check")
    assert done.returncode == 3
    assert "could not be verified" in done.stderr and "ca_file" in done.stderr


@pytest.mark.slow  # 20 s or more on the shared 2-core machine
def test_wrong_password_says_where_it_came_from(mail_user, write_config, monkeypatch, tmp_path):
    path = write_config(mail_user)
    monkeypatch.setenv("ONWARD_TEST_PASSWORD", "wrong-one-123")
    done = onward("--config", str(path), "check")
    assert done.returncode == 3
    line = _last_line(done)
    assert "refused the login" in line
    assert "the password came from the environment variable ONWARD_TEST_PASSWORD" in line
    monkeypatch.delenv("ONWARD_TEST_PASSWORD")
    (path.parent / ".env").write_text("ONWARD_TEST_PASSWORD=wrong-two-456\n")
    done = onward("--config", str(path), "check", cwd="/")
    line = _last_line(done)
    assert f"the password came from ONWARD_TEST_PASSWORD in {path.parent / '.env'}" in line
    path = write_config(mail_user, password_command="echo wrong-three-789")
    done = onward("--config", str(path), "check")
    assert "the password came from password_command" in _last_line(done)
    for secret in ("wrong-one-123", "wrong-two-456", "wrong-three-789"):
        assert secret not in done.stderr
    _clear_login_penalty(mail_user)


def _clear_login_penalty(user) -> None:
    """Dovecot delays every login from this address after failed ones (up to 15 s) until one
    succeeds: log in once, patiently, so the next test's 10 s timeout is not spent on that."""
    from imapclient import IMAPClient

    with IMAPClient("127.0.0.1", port=user.server.port, ssl=False, timeout=30) as client:
        client.login(user.name, user.password)


@pytest.mark.parametrize("key, value", [("host", "imap.example.com"), ("username", "you@example.com")])
def test_unedited_example_values(mail_user, write_config, key, value):
    path = write_config(mail_user, **{key: value, "security": "tls"})
    for command in (["check"], ["run", "--once"]):
        done = onward("--config", str(path), *command)
        assert done.returncode == 2
        assert _last_line(done) == (f"onward: config error: edit [imap] {key} in {path}: it is still "
                                    "the example value")


def test_unedited_example_email(mail_user, write_config):
    path = write_config(mail_user, extra='[identity]\nname = "Sam"\nemail = "you@example.com"\n')
    done = onward("--config", str(path), "check")
    assert done.returncode == 2
    assert "edit [identity] email in" in _last_line(done)


def test_missing_inbox_lists_the_folders(mail_user, write_config):
    path = write_config(mail_user, inbox="Inbxo")
    for command in (["check"], ["run", "--once"]):
        done = onward("--config", str(path), *command)
        assert done.returncode == 2, done.stderr
        line = _last_line(done)
        assert line.startswith('onward: config error: [imap] inbox "Inbxo" does not exist; folders on '
                               "the server: "), line
        assert "INBOX" in line and "Drafts" in line
        assert "NONEXISTENT" not in line.upper() and "b'" not in line  # no raw server text
