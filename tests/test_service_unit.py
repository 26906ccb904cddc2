"""`onward service install|uninstall` and the systemd user unit it writes."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.support.helpers import onward, require

REPO = Path(__file__).resolve().parent.parent


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A user with no systemd user manager: an empty runtime folder, no session bus."""
    runtime = home / "run"
    runtime.mkdir(parents=True, mode=0o700, exist_ok=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ONWARD_", "XDG_", "DBUS_"))}
    return {**env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_STATE_HOME": str(home / ".local/state"), "XDG_RUNTIME_DIR": str(runtime), **extra}


def write_config(home: Path, extra: str = "") -> Path:
    config = home / ".config/onward/config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[imap]\nhost = "imap.example.org"\nusername = "me@example.org"\n' + extra)
    return config


def verify(unit: Path, env: dict[str, str]) -> None:
    done = subprocess.run([require("systemd-analyze"), "--user", "verify", str(unit)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == "", done.stderr  # unknown keys only warn


def unit_lines(unit: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in unit.read_text().splitlines()
                if "=" in line and not line.startswith("#"))


def test_install_writes_a_unit_systemd_accepts_and_says_what_it_did_not_do(tmp_path):
    home = tmp_path / "home"
    config = write_config(home)
    env = user_env(home)
    done = onward("service", "install", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    unit = home / ".config/systemd/user/onward.service"
    assert f"wrote {unit}" in done.stdout
    assert "Not enabled or started: no user systemd here" in done.stdout
    assert "systemctl --user enable --now onward" in done.stdout
    lines = unit_lines(unit)
    assert lines["ExecStart"] == f"{sys.executable} -m onward.daemon --config {config} run"
    state = home / ".local/state/onward"
    assert lines["ReadWritePaths"] == str(state) and state.is_dir()
    for key, value in {"Type": "notify", "WatchdogSec": "120", "RestartPreventExitStatus": "2 3",
                       "NoNewPrivileges": "yes", "ProtectSystem": "strict",
                       "ProtectHome": "read-only", "PrivateTmp": "yes",
                       "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
                       "LockPersonality": "yes", "MemoryDenyWriteExecute": "yes",
                       "SystemCallArchitectures": "native"}.items():
        assert lines[key] == value, key
    assert "network-online.target" not in "".join(f"{k}={v}" for k, v in lines.items())
    verify(unit, env)

    again = onward("service", "install", env=env, cwd=tmp_path)
    assert again.returncode == 0 and f"replaced {unit}" in again.stdout
    gone = onward("service", "uninstall", env=env, cwd=tmp_path)
    assert gone.returncode == 0, gone.stderr
    assert f"removed {unit}" in gone.stdout and not unit.exists()
    assert config.exists()


def test_the_unit_runs_the_onward_script_it_was_installed_with(tmp_path):
    script = Path(sysconfig.get_path("scripts")) / "onward"
    assert script.is_file(), "pip install -e . puts the onward command here"
    home = tmp_path / "home"
    config = write_config(home)
    env = user_env(home)
    done = subprocess.run([str(script), "--config", str(config), "service", "install"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    unit = home / ".config/systemd/user/onward.service"
    assert unit_lines(unit)["ExecStart"] == f"{script.resolve()} --config {config} run"
    verify(unit, env)


def test_a_maildir_accounts_drafts_folder_is_writable_in_the_sandbox(tmp_path):
    home = tmp_path / "home"
    acct = home / "Mail" / "home"
    for folder in ("INBOX", "Drafts", "Sent"):
        for sub in ("cur", "new", "tmp"):
            (acct / folder / sub).mkdir(parents=True)
    config = home / "onward.toml"
    config.write_text(f'[state]\npath = "{home / "st" / "state.sqlite3"}"\n'
                      f'[[accounts]]\nname = "home"\ntype = "maildir"\npath = "{acct}"\n')
    env = user_env(home)
    done = onward("--config", str(config), "service", "install", env=env)
    assert done.returncode == 0, done.stderr
    unit = home / ".config/systemd/user/onward.service"
    assert unit_lines(unit)["ReadWritePaths"] == f"{home / 'st'} {acct}"
    verify(unit, env)


def test_with_user_systemd_it_enables_and_starts_then_removes_it(tmp_path):
    # No user systemd runs in the test machine's container: a stand-in systemctl records what
    # onward asks of it (real systemd accepting the unit is the `verify` tests' part).
    home = tmp_path / "home"
    write_config(home)
    bin_dir, calls = tmp_path / "bin", tmp_path / "calls"
    bin_dir.mkdir()
    (bin_dir / "systemctl").write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    (bin_dir / "systemctl").chmod(0o755)
    env = user_env(home, PATH=f"{bin_dir}:{os.environ['PATH']}")
    done = onward("service", "install", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert calls.read_text().splitlines() == [
        "--user show-environment", "--user daemon-reload", "--user enable onward.service",
        "--user restart onward.service"]
    assert "enabled and started" in done.stdout
    assert "journalctl --user -u onward -f" in done.stdout
    assert "systemctl --user status onward" in done.stdout
    calls.unlink()
    gone = onward("service", "uninstall", env=env, cwd=tmp_path)
    assert gone.returncode == 0, gone.stderr
    assert calls.read_text().splitlines() == [
        "--user show-environment", "--user disable --now onward.service", "--user daemon-reload"]
    assert "stopped and disabled" in gone.stdout


def test_a_failed_start_is_one_line_with_where_to_look(tmp_path):
    home = tmp_path / "home"
    write_config(home)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "systemctl").write_text('#!/bin/sh\ncase "$*" in *restart*) echo "Job for '
                                       'onward.service failed." >&2; exit 1;; esac\n')
    (bin_dir / "systemctl").chmod(0o755)
    env = user_env(home, PATH=f"{bin_dir}:{os.environ['PATH']}")
    done = onward("service", "install", env=env, cwd=tmp_path)
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert "restart onward.service failed: Job for onward.service failed." in done.stderr
    assert "journalctl --user -u onward" in done.stderr


def test_install_without_a_config_says_how_to_write_one(tmp_path):
    done = onward("service", "install", env=user_env(tmp_path / "home"), cwd=tmp_path)
    assert done.returncode == 2 and "no config file" in done.stderr
    assert not (tmp_path / "home/.config/systemd/user/onward.service").exists()


MDWE = """
import ctypes, mmap, runpy, sys
if ctypes.CDLL(None, use_errno=True).prctl(65, 1, 0, 0, 0) != 0:  # PR_SET_MDWE, REFUSE_EXEC_GAIN
    sys.exit(f"PR_SET_MDWE unavailable: errno {ctypes.get_errno()}")
try:
    mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    sys.exit("a writable and executable mapping was allowed: the rule is not in force")
except OSError:
    pass
from pathlib import Path
from onward.daemon.mailbox.maildir_watch import INOTIFY, NewMailWatch
inbox = Path(sys.argv.pop(1))
(inbox / "new").mkdir(parents=True)
watch = NewMailWatch(inbox)
assert watch.start() == INOTIFY, watch.reason
(inbox / "new" / "1.x.host").write_bytes(b"Subject: x")
assert watch.wait(10, lambda: False), "the inotify watch did not wake"
watch.close()
sys.argv = ["onward", *sys.argv[1:]]
runpy.run_module("onward.daemon", run_name="__main__", alter_sys=True)
"""


def test_the_classifier_and_drafts_work_under_memory_deny_write_execute(tmp_path):
    # MemoryDenyWriteExecute=yes: the kernel's own form of the rule (Linux 6.3+), which systemd
    # uses where it can; the new-mail watch (inotify through ctypes) wakes, then `onward demo`
    # loads numpy and scikit-learn, classifies and renders drafts.
    done = subprocess.run([sys.executable, "-c", MDWE, str(tmp_path / "inbox"), "demo", "--dir",
                           str(tmp_path / "demo")],
                          capture_output=True, text=True, timeout=180)
    if "PR_SET_MDWE unavailable" in done.stderr and not os.environ.get("CI"):
        pytest.skip("this kernel has no PR_SET_MDWE (Linux 6.3+)")
    assert done.returncode == 0, done.stderr
    assert "draft(s) saved" in done.stdout and "-> reply drafted" in done.stdout


def test_no_start_only_writes_the_unit(tmp_path):
    home = tmp_path / "home"
    write_config(home)
    bin_dir, calls = tmp_path / "bin", tmp_path / "calls"
    bin_dir.mkdir()
    (bin_dir / "systemctl").write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    (bin_dir / "systemctl").chmod(0o755)
    env = user_env(home, PATH=f"{bin_dir}:{os.environ['PATH']}")
    done = onward("service", "install", "--no-start", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Not enabled or started (--no-start)" in done.stdout and not calls.exists()
    assert (home / ".config/systemd/user/onward.service").is_file()
