"""`onward service install|uninstall`: run onward as a systemd user service.

The unit is the shipped onward.service with this installation's command and config in ExecStart,
and the folders onward writes (its state, a Maildir account's Drafts) opened in the sandbox.
Where there is no user systemd (a container, another init), the unit is written and the user is
told what was not done.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from onward.daemon.commands import load_config

if TYPE_CHECKING:
    import subprocess

    from onward.daemon.config import Config

UNIT = "onward.service"
SYSTEMCTL_TIMEOUT = 6 * 60  # a start waits for READY=1, which TimeoutStartSec caps at 5 minutes


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("service", help="install or remove onward as a systemd user service",
                       description="Run onward in the background under systemd, started at login.")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    install = actions.add_parser("install", help="write the systemd user unit, enable and start it")
    install.add_argument("--no-start", action="store_true",
                         help="only write the unit; do not enable or start it")
    install.set_defaults(func=install_unit)
    uninstall = actions.add_parser("uninstall", help="stop and disable the service, remove the unit")
    uninstall.set_defaults(func=uninstall_unit)


def unit_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return Path(base) / "systemd" / "user" / UNIT


def onward_command() -> list[str]:
    """The absolute command that runs this onward: its script, else this Python with -m."""
    script = Path(sys.argv[0])
    if script.name == "onward" and script.is_file():
        return [str(script.resolve())]
    return [sys.executable, "-m", "onward.daemon"]


def quote(arg: str) -> str:
    """One argument as systemd reads it: `%` and `$` doubled, quoted when it holds blanks."""
    arg = arg.replace("%", "%%").replace("$", "$$")
    if any(c in arg for c in " \t\"'\\;"):
        return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return arg


def writable_folders(cfg: Config) -> list[Path]:
    """What onward writes: the state file's folder, and each Maildir account's Drafts parent."""
    from onward.daemon.config import accounts_of
    from onward.daemon.mailbox.maildir_folders import Maildir

    folders = [cfg.state_path.parent]
    for account in accounts_of(cfg):
        if account.type == "maildir":
            folders.append(Maildir(account.maildir_path).folder("Drafts").parent)
    return list(dict.fromkeys(folders))


def render_unit(command: list[str], config_path: Path, writable: list[Path]) -> str:
    """The shipped unit with ExecStart and ReadWritePaths filled in for this installation."""
    from importlib import resources

    template = (resources.files("onward.daemon") / UNIT).read_text(encoding="utf-8")
    exec_start = " ".join(quote(a) for a in [*command, "--config", str(config_path), "run"])
    lines = []
    for line in template.splitlines():
        if line.startswith("ExecStart="):
            line = f"ExecStart={exec_start}"
        elif line.startswith("ReadWritePaths="):
            line = "ReadWritePaths=" + " ".join(quote(str(p)) for p in writable)
        lines.append(line)
    return "\n".join(lines) + "\n"


def _systemctl(*args: str) -> subprocess.CompletedProcess:
    import subprocess

    return subprocess.run(["systemctl", "--user", *args], capture_output=True, text=True,
                          timeout=SYSTEMCTL_TIMEOUT, stdin=subprocess.DEVNULL)


def user_systemd() -> str:
    """"" when `systemctl --user` can be used here; else why not, in a few words."""
    import subprocess

    if not shutil.which("systemctl"):
        return "systemctl is not installed"
    try:
        done = _systemctl("show-environment")
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    if done.returncode != 0:
        return (done.stderr.strip().splitlines() or ["systemctl --user failed"])[-1]
    return ""


def _say_how_to_follow() -> None:
    print("\nFollow it:  journalctl --user -u onward -f")
    print("Its state:  systemctl --user status onward    (and `onward status` for the mail)")
    print("Keep it running while you are logged out:  loginctl enable-linger $USER")


def install_unit(args: argparse.Namespace) -> int:
    from onward.daemon.config import accounts_of
    from onward.daemon.errors import RuntimeFailure

    cfg = load_config(args)
    assert cfg.source is not None, "load_config read the config from a file"
    config_path = cfg.source.expanduser().resolve()
    writable = writable_folders(cfg)
    for folder in writable:  # the sandbox can only open folders that exist when it starts
        folder.mkdir(parents=True, exist_ok=True)
    path = unit_path()
    replaced = path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_unit(onward_command(), config_path, writable), encoding="utf-8")
    print(f"{'replaced' if replaced else 'wrote'} {path}")
    print(f"  runs:     {' '.join(onward_command())} --config {config_path} run")
    print(f"  writable: {', '.join(str(f) for f in writable)} (the rest of your home is read-only to it)")
    if any(a.cfg.imap.password_command or a.cfg.imap.oauth2_token_command for a in accounts_of(cfg)):
        print("  note: your password/token command runs in that sandbox too; if it saves files, "
              "add their folder with `systemctl --user edit onward` (ReadWritePaths=...)")
    if args.no_start:
        print("\nNot enabled or started (--no-start). To start it: systemctl --user daemon-reload && "
              "systemctl --user enable --now onward")
        _say_how_to_follow()
        return 0
    why_not = user_systemd()
    if why_not:
        print(f"\nNot enabled or started: no user systemd here ({why_not}).")
        print("On a machine where systemd runs your session, start it with:")
        print("  systemctl --user daemon-reload && systemctl --user enable --now onward")
        _say_how_to_follow()
        return 0
    for step in (("daemon-reload",), ("enable", UNIT), ("restart", UNIT)):
        done = _systemctl(*step)
        if done.returncode != 0:
            reason = (done.stderr.strip().splitlines() or ["no message"])[0]
            raise RuntimeFailure(f"systemctl --user {' '.join(step)} failed: {reason} (see "
                                 "`journalctl --user -u onward -n 50`; if it names NAMESPACE, this "
                                 "system does not allow the sandbox for user services)")
    print("\nenabled and started: onward now runs in the background, and at each login")
    _say_how_to_follow()
    return 0


def uninstall_unit(args: argparse.Namespace) -> int:
    path = unit_path()
    why_not = user_systemd()
    if why_not:
        print(f"no user systemd here ({why_not}): nothing to stop or disable")
    else:
        done = _systemctl("disable", "--now", UNIT)
        print("stopped and disabled onward.service" if done.returncode == 0
              else "onward.service was not enabled")
    if path.exists():
        path.unlink()
        print(f"removed {path}")
        if not why_not:
            _systemctl("daemon-reload")
    else:
        print(f"no unit at {path}: nothing to remove")
    print("Your config and state are kept; remove them by hand if you want them gone.")
    return 0
