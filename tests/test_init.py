"""`onward init` writes a working config from the shipped example, as a new user runs it."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from onward.daemon.commands.init import example_text
from tests.support.helpers import new_user_env, onward, set_key

ROOT = Path(__file__).resolve().parent.parent


def test_the_packaged_example_is_the_top_level_one():
    # pip and pipx users get only the package: it carries a copy of config.example.toml.
    # If this fails after an edit: cp config.example.toml daemon/config.example.toml
    assert (ROOT / "daemon" / "config.example.toml").read_bytes() == \
        (ROOT / "config.example.toml").read_bytes()
    assert example_text() == (ROOT / "config.example.toml").read_text(encoding="utf-8")


def test_init_then_check_against_the_real_server(tmp_path, mail_user, dovecot):
    home = tmp_path / "home"
    env = new_user_env(home)
    done = onward("init", "--host", "localhost", "--username", mail_user.name,
                  "--email", "sam@example.org", "--name", "Sam O'Neill \"Sammy\"", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    config = home / ".config/onward/config.toml"
    assert f"wrote {config}" in done.stdout and "`onward check`" in done.stdout
    text = config.read_text()
    assert text.count("\n#") == example_text().count("\n#")  # every comment kept
    parsed = tomllib.loads(text)
    assert parsed["imap"]["host"] == "localhost" and parsed["imap"]["username"] == mail_user.name
    assert parsed["identity"] == {"name": "Sam O'Neill \"Sammy\"", "email": "sam@example.org"}
    # A self-hosted server with a private CA on a test port: the two lines the README names.
    text = set_key(text, "port", str(dovecot.tls_port))
    text = set_key(text, "ca_file", f'"{dovecot.base / "cert.pem"}"')
    config.write_text(text)
    checked = onward("check", env={**env, "ONWARD_IMAP_PASSWORD": mail_user.password}, cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "(tls, password) ok" in checked.stdout


def test_init_refuses_to_overwrite_unless_forced(tmp_path):
    config = tmp_path / "mine.toml"
    config.write_text("# my own\n")
    env = {**new_user_env(tmp_path / "home"), "ONWARD_CONFIG": str(config)}
    args = ("init", "--host", "imap.example.org", "--email", "me@example.org")
    done = onward(*args, env=env)
    assert done.returncode == 2 and "already exists" in done.stderr and "--force" in done.stderr
    assert config.read_text() == "# my own\n"
    done = onward(*args, "--force", env=env)
    assert done.returncode == 0, done.stderr
    assert tomllib.loads(config.read_text())["imap"]["username"] == "me@example.org"


def test_init_refuses_an_email_that_is_no_address(tmp_path):
    env = new_user_env(tmp_path / "home")
    done = onward("init", "--host", "imap.example.org", "--email", "notanemail", env=env,
                  stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and '--email: "notanemail" is not an email address' in done.stderr
    assert not (tmp_path / "home/.config/onward/config.toml").exists()


def test_init_without_a_terminal_names_the_missing_options(tmp_path):
    env = new_user_env(tmp_path / "home")
    done = onward("init", "--email", "me@example.org", env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and "--host" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "home/.config/onward/config.toml").exists()


def test_init_asks_on_a_terminal(tmp_path):
    env = new_user_env(tmp_path / "home")
    main, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "onward.daemon", "init"], env=env,
                            stdin=secondary, stdout=secondary, stderr=secondary)
    os.close(secondary)
    output = b""

    def read_until(prompt: bytes) -> None:
        nonlocal output
        deadline = time.monotonic() + 30
        while prompt not in output:
            assert time.monotonic() < deadline, output
            output += os.read(main, 1024)

    try:
        for prompt, answer in ((b"email address", b"jo@gmail.com"), (b"[imap.gmail.com]", b""),
                               (b"[jo@gmail.com]", b""), (b"Your name", b"Jo Doe")):
            read_until(prompt)
            os.write(main, answer + b"\n")
        read_until(b"onward check")
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
        os.close(main)
    parsed = tomllib.loads((tmp_path / "home/.config/onward/config.toml").read_text())
    assert parsed["imap"]["host"] == "imap.gmail.com" and parsed["imap"]["username"] == "jo@gmail.com"
    assert parsed["identity"] == {"name": "Jo Doe", "email": "jo@gmail.com"}
