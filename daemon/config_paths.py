"""Every path the config names, checked when `run` starts and in `check`, not hours later.

A missing templates_dir used to pass `check` and fail the first time a draft was due; a typo in
ca_file failed at the first connection. Each problem here is one sentence naming the key (exit 2).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

from onward.daemon.config import Config, ImapConfig
from onward.daemon.errors import ConfigError

# A first word the shell runs itself, or shell syntax: no executable to look for.
_SHELL_WORDS = {"!", "{", "(", ".", "[", "builtin", "case", "command", "eval", "exec", "export",
                "for", "if", "printf", "echo", "read", "set", "source", "test", "true", "false",
                "while", "until", "cd", "env"}
_PLAIN_WORD = re.compile(r"^[\w./~+-]+$")


def check_paths(cfg: Config) -> None:
    """Raise ConfigError for the first path in `cfg` that cannot be what its key says."""
    _check_state_folder(cfg.state_path)
    if cfg.drafts.templates_dir:
        _need_folder(Path(cfg.drafts.templates_dir), "[drafts] templates_dir")
    imaps = [("[imap]", cfg.imap)] if not cfg.accounts else []
    for account in cfg.accounts:
        where = f"[[accounts]] {account.name}"
        if account.type == "maildir":
            _need_folder(Path(account.path), f"{where} path")
        else:
            imaps.append((where, account.imap))
    for where, imap in imaps:
        _check_imap_paths(imap, where)


def _check_imap_paths(imap: ImapConfig, where: str) -> None:
    if imap.ca_file:
        path = Path(imap.ca_file)
        if not path.is_file():
            what = "is a folder" if path.is_dir() else "does not exist"
            raise ConfigError(f"{where} ca_file: {path} {what}; name a PEM file of certificates")
        if not os.access(path, os.R_OK):
            raise ConfigError(f"{where} ca_file: {path} cannot be read (permissions)")
    for key in ("password_command", "oauth2_token_command"):
        command = getattr(imap, key)
        if command:
            _check_command(command, f"{where} {key}")
    env_file = getattr(imap, "env_file", "")
    if env_file and not Path(env_file).is_file():
        raise ConfigError(f"{where} env_file: {env_file} does not exist")


def _check_command(command: str, key: str) -> None:
    """The command's program must exist, when it can be told without running the shell."""
    try:
        words = shlex.split(command)
    except ValueError as exc:
        raise ConfigError(f"{key}: cannot be read as a command ({exc})") from None
    if not words:
        return
    program = words[0]
    if program in _SHELL_WORDS or "=" in program or not _PLAIN_WORD.match(program):
        return  # a builtin, an assignment or shell syntax: the shell decides
    if "/" in program:
        path = Path(os.path.expanduser(program))
        if not path.is_file() or not os.access(path, os.X_OK):
            raise ConfigError(f"{key}: {program} is not an executable file")
    elif shutil.which(program) is None:
        raise ConfigError(f"{key}: {program} was not found on PATH")


def _need_folder(path: Path, key: str) -> None:
    if not path.is_dir():
        what = "is a file, not a folder" if path.exists() else "does not exist"
        raise ConfigError(f"{key}: {path} {what}")


def _check_state_folder(state: Path) -> None:
    # The file itself may be missing (it is created) or broken (a StateError when opened);
    # its folder, or the nearest existing ancestor, must be a folder.
    folder = state.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise ConfigError(f"[state] path: {folder} is a file, so {state} cannot be created there")
