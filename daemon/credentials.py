"""Where the mailbox secret comes from: an environment variable (or a .env file), a command, or OAuth2.

The secret is registered with the log redactor the moment it is read and is never stored.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values, load_dotenv

from onward.daemon.config import Config
from onward.daemon.errors import AuthFailure, ConfigError
from onward.daemon.logs import register_secret

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


def load_env_files(cfg: Config) -> None:
    """Load .env from the config's folder, then the working directory; real env vars win."""
    folders = [cfg.source.parent] if cfg.source else []
    folders.append(Path.cwd())
    for folder in folders:
        env_file = folder / ".env"
        if env_file.is_file():
            load_dotenv(env_file, override=False)


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
    in_environment = bool(os.environ.get(imap.password_env))
    load_env_files(cfg)
    password = os.environ.get(imap.password_env, "")
    if not password:
        raise ConfigError(
            f"[imap] password_env: the environment variable {imap.password_env} is not set "
            "(nor in a .env file beside the config or in the working directory); set it, or use "
            "password_command or oauth2_token_command"
        )
    register_secret(password)
    source = f"the environment variable {imap.password_env}"
    if not in_environment:
        source = f"{imap.password_env} in {_env_file_with(cfg, imap.password_env) or 'a .env file'}"
    return Credentials(imap.username, password, source=source)


def _env_file_with(cfg: Config, name: str) -> Path | None:
    """The .env file that set `name` (the first that has it, as load_dotenv without override)."""
    for folder in ([cfg.source.parent] if cfg.source else []) + [Path.cwd()]:
        if (folder / ".env").is_file() and dotenv_values(folder / ".env").get(name):
            return (folder / ".env").resolve()
    return None
