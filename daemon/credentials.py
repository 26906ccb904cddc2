"""Where the mailbox secret comes from: an environment variable (or a .env file), a command, or OAuth2.

The secret is registered with the log redactor the moment it is read and is never stored.
"""

from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

from onward.daemon.config import Config
from onward.daemon.errors import AuthFailure, ConfigError
from onward.daemon.logs import register_secret

logger = logging.getLogger(__name__)
COMMAND_TIMEOUT = 60  # seconds; a token helper may open a browser or unlock a keyring


@dataclass(frozen=True)
class Credentials:
    """How to log in: a password, or an OAuth2 access token (XOAUTH2)."""

    username: str
    secret: str
    oauth2: bool = False
    source: str = ""  # where the secret came from, for messages: never the secret itself

    def __repr__(self) -> str:  # keep the secret out of tracebacks and debug prints
        return f"Credentials(username={self.username!r}, secret=**REDACTED**, oauth2={self.oauth2})"


def env_file_of(cfg: Config) -> Path | None:
    """The .env to read: [imap] env_file if set, else .env beside the config file (never the
    working directory, which may be anyone's folder)."""
    if cfg.imap.env_file:
        return Path(cfg.imap.env_file)
    return (cfg.source.parent / ".env").absolute() if cfg.source else None


def password_from_env(cfg: Config) -> str:
    """The password_env variable: from the environment, else from the .env file.

    Only that one variable is taken from the file, and nothing is exported: a .env holding
    LD_PRELOAD or PATH must not reach the password command or anything else onward starts.
    """
    name = cfg.imap.password_env
    if os.environ.get(name):
        return os.environ[name]
    env_file = env_file_of(cfg)
    if env_file is None or not env_file.is_file():
        return ""
    try:
        values = dotenv_values(env_file, encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {env_file}: {getattr(exc, 'strerror', None) or exc}") from None
    if values.get(name):
        _warn_if_others_can_read(env_file)
    return values.get(name) or ""


_warned: set[Path] = set()


def _warn_if_others_can_read(env_file: Path) -> None:
    """A password file others can read is the user's to fix; said once per file, not refused
    (a shared machine's admin may have reasons), but never silently."""
    try:
        loose = env_file.stat().st_mode & 0o077
    except OSError:
        return
    if loose and env_file not in _warned:
        _warned.add(env_file)
        logger.warning("%s holds your password and other users of this computer can read it: "
                       "`chmod 600 %s`", env_file, env_file)


def _first_line_of(command: str, key: str) -> str:
    try:
        done = subprocess.run(command, shell=True, capture_output=True, text=True,
                              timeout=COMMAND_TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise AuthFailure(f"[imap] {key} did not finish within {COMMAND_TIMEOUT}s") from None
    if done.returncode != 0:
        # Its stderr may say why (locked keyring); its stdout may hold a secret, so never show that.
        reason = (done.stderr.strip().splitlines() or ["no message"])[-1][:200]
        raise AuthFailure(f"[imap] {key} failed with exit status {done.returncode}: {reason}")
    line = (done.stdout.splitlines() or [""])[0].strip()
    if not line:
        raise AuthFailure(f"[imap] {key} printed nothing")
    return line


def resolve(cfg: Config) -> Credentials:
    """Read the secret now (commands are re-run at each login, so rotating tokens keep working)."""
    imap = cfg.imap
    if imap.oauth2_token_command:
        token = _first_line_of(imap.oauth2_token_command, "oauth2_token_command")
        register_secret(token)
        return Credentials(imap.username, token, oauth2=True, source="oauth2_token_command")
    if imap.password_command:
        password = _first_line_of(imap.password_command, "password_command")
        register_secret(password)
        return Credentials(imap.username, password, source="password_command")
    password = password_from_env(cfg)
    if not password:
        where = env_file_of(cfg) or "a .env file beside the config"
        raise ConfigError(
            f"[imap] password_env: the environment variable {imap.password_env} is not set "
            f"(nor in {where}); set it, or use password_command or oauth2_token_command"
        )
    register_secret(password)
    source = f"the environment variable {imap.password_env}"
    if not os.environ.get(imap.password_env):  # password_from_env read it from the .env file
        source = f"{imap.password_env} in {env_file_of(cfg)}"
    return Credentials(imap.username, password, source=source)
