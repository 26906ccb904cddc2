"""Shared fixtures: a real Dovecot on 127.0.0.1 for the whole session, one mailbox per test.

Every test gets one layer marker, from what it uses rather than from where it sits (see
pytest_collection_modifyitems): `imap` (the Dovecot fixture), `e2e` (starts a process: the CLI,
the service, a tool), or `unit` (everything else: in-process and fast). `slow` is set by hand on
the few tests that take many seconds; an in-process slow test is `slow` only, not `unit`.
`python -m pytest -m unit` is the quick loop; plain `python -m pytest` runs every layer."""

from __future__ import annotations

import itertools
import os
import pty
import subprocess
import tempfile
import types
from pathlib import Path

import pytest

from tests.support.dovecot import Dovecot, MailUser, dovecot_binary

_user_numbers = itertools.count(1)

# What starting a process looks like from a test's code: reaching one of these modules.
_PROCESS_MODULES = (subprocess, pty)


def _starts_a_process(function, seen: set) -> bool:
    """Whether `function`, or a function it names (followed through its module's globals, so
    helpers such as tests.support.helpers.onward count), uses subprocess or pty."""
    code = getattr(function, "__code__", None)
    if code is None or code in seen:
        return False
    seen.add(code)
    names, stack = set(), [code]
    while stack:  # the names used by the function and by the functions and lambdas inside it
        current = stack.pop()
        names.update(current.co_names)
        stack.extend(c for c in current.co_consts if isinstance(c, types.CodeType))
    for name in names:
        value = function.__globals__.get(name)
        if any(value is module for module in _PROCESS_MODULES):
            return True
        if isinstance(value, types.FunctionType):
            candidates = [value]
        elif isinstance(value, type):  # a class: its methods
            candidates = list(vars(value).values())
        elif isinstance(value, types.ModuleType) and value.__name__.startswith("tests."):
            candidates = [getattr(value, n, None) for n in names]  # `helpers.onward(...)`
        else:
            continue
        if any(_starts_a_process(c, seen) for c in candidates if isinstance(c, types.FunctionType)):
            return True
    return False


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        functions = [getattr(item, "function", None)]
        info = getattr(item, "_fixtureinfo", None)
        if info is not None:  # a fixture that starts the service makes its tests e2e too
            functions += [d.func for defs in info.name2fixturedefs.values() for d in defs]
        if "dovecot" in fixtures:
            item.add_marker(pytest.mark.imap)
        elif any(_starts_a_process(f, set()) for f in functions if f is not None):
            item.add_marker(pytest.mark.e2e)
        elif item.get_closest_marker("slow") is None:  # the quick loop stays quick
            item.add_marker(pytest.mark.unit)


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
