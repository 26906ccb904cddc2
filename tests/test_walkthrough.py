"""The README's set-up steps, done as a new user does them, against the test Dovecot.

The self-hosted Dovecot walk-through is the one provider walk-through a machine without internet
can follow to the end: copy config.example.toml, change the lines the README names, put the
password in a .env file beside the config, run `onward check`, then `onward run --once`.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.helpers import new_user_env, onward, set_key

ROOT = Path(__file__).resolve().parent.parent


def test_self_hosted_dovecot_walk_through(tmp_path, mail_user, dovecot):
    home = tmp_path / "home"
    config = home / ".config/onward/config.toml"
    config.parent.mkdir(parents=True)
    # `cp config.example.toml ~/.config/onward/config.toml`, then the lines the README names.
    text = (ROOT / "config.example.toml").read_text()
    text = set_key(text, "host", '"localhost"')
    text = set_key(text, "port", str(dovecot.tls_port))  # the README's 993; the test server's own port
    text = set_key(text, "security", '"tls"')
    text = set_key(text, "username", f'"{mail_user.name}"')
    text = set_key(text, "ca_file", f'"{dovecot.base / "cert.pem"}"')  # a private CA's certificate
    text = set_key(text, "email", f'"{mail_user.name}@localhost"')  # [identity]: the drafts' From
    config.write_text(text)
    (config.parent / ".env").write_text(f"ONWARD_IMAP_PASSWORD={mail_user.password}\n")
    env = new_user_env(home)

    checked = onward("check", env=env, cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "(tls, password) ok" in checked.stdout
    assert mail_user.password not in checked.stdout + checked.stderr

    ran = onward("run", "--once", env=env, cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert "new message(s)" in ran.stdout
    assert (home / ".local/state/onward").is_dir()  # the state went where the README says


def test_a_new_user_without_a_config_is_told_where_to_start(tmp_path):
    done = onward("check", env=new_user_env(tmp_path / "home"), cwd=tmp_path)
    assert done.returncode == 2
    assert "config.example.toml" in done.stderr and str(tmp_path / "home/.config/onward") in done.stderr
