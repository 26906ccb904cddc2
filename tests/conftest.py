"""Shared fixtures: a real Dovecot on 127.0.0.1 for the whole session, one mailbox per test."""

from __future__ import annotations

import itertools
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.support.dovecot import Dovecot, MailUser, dovecot_binary

_user_numbers = itertools.count(1)


def _self_signed_cert(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True)
    key.chmod(0o644)  # read by Dovecot's config parser as root; the folder is ours alone in /tmp
    return cert, key


@pytest.fixture(scope="session")
def dovecot():
    if not dovecot_binary():
        message = "Dovecot is not installed (Debian package dovecot-imapd); see README 'Tests'"
        if os.environ.get("CI"):
            pytest.fail(message)  # in CI a missing server is a failure, never a skip
        pytest.skip(message)
    base = Path(tempfile.mkdtemp(prefix="onward-dovecot-"))
    server = Dovecot(base, cert=_self_signed_cert(base))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mail_user(dovecot) -> MailUser:
    return dovecot.add_user(f"user{next(_user_numbers)}", f"pw-{os.urandom(6).hex()}")


@pytest.fixture
def write_config(tmp_path, monkeypatch):
    """Write a config file for a mailbox; returns its path. Keyword arguments override [imap] keys."""

    def write(user: MailUser, extra: str = "", **imap) -> Path:
        monkeypatch.setenv("ONWARD_TEST_PASSWORD", user.password)
        values = {"host": "127.0.0.1", "port": user.server.port, "security": "none",
                  "username": user.name, "password_env": "ONWARD_TEST_PASSWORD", "timeout": "10s"}
        values.update(imap)
        lines = ["[imap]"] + [f"{k} = {_toml(v)}" for k, v in values.items()]
        lines += ["", "[state]", f'path = "{tmp_path / "state.sqlite3"}"', "", extra]
        path = tmp_path / "config.toml"
        path.write_text("\n".join(lines) + "\n")
        return path

    return write


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
