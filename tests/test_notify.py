"""systemd's notify protocol: readiness, watchdog and stopping, received on a real datagram socket."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

from onward.daemon.notify import notify, socket_address, watchdog_timeout
from tests.support.dovecot import free_port
from tests.support.helpers import require

REPO = Path(__file__).resolve().parent.parent
# The service shows signs of life at least every second (the IDLE and sleep checks), so the
# watchdog timeout must be longer than that; systemd's own is 120 s (daemon/onward.service).
WATCHDOG_USEC = "2000000"


def listen(folder: Path) -> tuple[socket.socket, str]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = str(folder / "notify.sock")
    sock.bind(path)
    return sock, path


def receive(sock: socket.socket, until, timeout: float,
            proc: subprocess.Popen | None = None, log: Path | None = None) -> list[tuple[float, str]]:
    """(arrival time, datagram) pairs until `until(messages)` holds; fails after `timeout`, or
    as soon as `proc` has exited, showing its `log`."""
    messages: list[tuple[float, str]] = []
    deadline = time.monotonic() + timeout
    while not until(messages):
        left = deadline - time.monotonic()
        if left <= 0 or (proc and proc.poll() is not None):
            output = log.read_text() if log else ""
            raise AssertionError(f"not received within {timeout}s; got {messages}\n{output}")
        sock.settimeout(min(left, 0.5))
        try:
            messages.append((time.monotonic(), sock.recv(4096).decode()))
        except socket.timeout:
            pass
    return messages


def has(field: str, count: int = 1):
    return lambda messages: sum(field in m.split("\n") for _t, m in messages) >= count


def start(config: Path, notify_path: str, log: Path) -> subprocess.Popen:
    env = {**os.environ, "NOTIFY_SOCKET": notify_path, "WATCHDOG_USEC": WATCHDOG_USEC}
    return subprocess.Popen([sys.executable, "-m", "onward.daemon", "--config", str(config), "run"],
                            env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=open(log, "w"))


def stop(proc: subprocess.Popen) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


def test_ready_watchdog_and_stopping_for_a_maildir_account(tmp_path):
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
                      f'[[accounts]]\nname = "local"\ntype = "maildir"\npath = "{maildir}"\n')
    sock, path = listen(tmp_path)
    log = tmp_path / "log"
    proc = start(config, path, log)
    try:
        # The first start trains the classifier in this fresh state folder: allow for it.
        ready = receive(sock, has("READY=1"), timeout=90, proc=proc, log=log)
        assert any("STATUS=" in m for _t, m in ready)
        # One each WATCHDOG_USEC/2.
        pings = receive(sock, has("WATCHDOG=1", 4), timeout=10, proc=proc, log=log)
        times = [t for t, m in pings if m == "WATCHDOG=1"]
        assert max(b - a for a, b in zip(times, times[1:])) < 2.0  # systemd's limit: WATCHDOG_USEC
        statuses = [m for _t, m in ready + pings if "STATUS=" in m]
        assert any("STATUS=waiting for new mail" in m for m in statuses), statuses
        # `systemctl reload` (ExecReload sends SIGHUP): said in the log, and the service lives on.
        proc.send_signal(signal.SIGHUP)
        receive(sock, has("WATCHDOG=1", 2), timeout=10, proc=proc, log=log)
        assert proc.poll() is None and "SIGHUP received" in log.read_text()
        proc.send_signal(signal.SIGTERM)
        receive(sock, has("STOPPING=1"), timeout=10)
        assert stop(proc) == 0, log.read_text()
    finally:
        stop(proc)
        sock.close()


def test_ready_even_when_the_server_is_down(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text(f'[imap]\nhost = "127.0.0.1"\nport = {free_port()}\nsecurity = "none"\n'
                      f'username = "nobody"\npassword_env = "ONWARD_TEST_PASSWORD"\ntimeout = "5s"\n'
                      f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n')
    monkeypatch.setenv("ONWARD_TEST_PASSWORD", "unused")
    sock, path = listen(tmp_path)
    log = tmp_path / "log"
    proc = start(config, path, log)
    try:
        ready = receive(sock, has("READY=1"), timeout=30, proc=proc, log=log)[-1][1]
        assert "STATUS=mailbox unavailable, retrying" in ready.split("\n")
        time.sleep(1)
        assert proc.poll() is None  # still retrying, in backoff
        assert stop(proc) == 0
    finally:
        stop(proc)
        sock.close()
    assert "refused the connection" in log.read_text()


def test_a_silent_account_stops_the_watchdog_pings(tmp_path, monkeypatch):
    """The main thread's supervisor, in-process: when one account goes quiet, the pings stop."""
    from onward.daemon.supervisor import supervise as _supervise

    sock, path = listen(tmp_path)
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    monkeypatch.setenv("WATCHDOG_USEC", "400000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    finished, hang_at = threading.Event(), time.monotonic() + 1.0
    services = {}

    def account(name: str, hangs: bool):
        service = services[name] = types.SimpleNamespace(
            started=threading.Event(), heartbeat=time.monotonic(), status="waiting")
        service.started.set()
        while not finished.wait(0.05):
            if not (hangs and time.monotonic() > hang_at):
                service.heartbeat = time.monotonic()

    threads = [threading.Thread(target=account, name=n, args=(n, n == "stuck")) for n in ("ok", "stuck")]
    for thread in threads:
        thread.start()
    received = []
    collector = threading.Thread(target=lambda: received.extend(
        receive(sock, lambda _m: finished.is_set(), timeout=10)))
    collector.start()
    threading.Timer(3.0, finished.set).start()
    _supervise(threads, services, threading.Event())
    collector.join()
    sock.close()
    first = received[0][1]
    assert first.startswith("READY=1\nSTATUS=2 accounts: ") and "stuck: waiting" in first
    pings = [t for t, m in received if m == "WATCHDOG=1"]
    assert len([t for t in pings if t < hang_at]) >= 3  # every 0.2 s while both show life
    assert not [t for t in pings if t > hang_at + 0.4 + 0.3]  # none once "stuck" is silent


def test_the_abstract_namespace_and_no_socket_at_all(monkeypatch):
    assert socket_address("@onward/notify") == "\0onward/notify"
    assert socket_address("/run/user/1000/systemd/notify") == "/run/user/1000/systemd/notify"
    name = f"onward-test-{os.getpid()}-{time.monotonic_ns()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert notify("READY=1", "STATUS=ok")
        sock.settimeout(5)
        assert sock.recv(100) == b"READY=1\nSTATUS=ok"
    assert not notify("READY=1")  # nobody listens any more: logged, not raised
    monkeypatch.delenv("NOTIFY_SOCKET")
    assert not notify("READY=1")


def test_watchdog_timeout_is_ours_only(monkeypatch):
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    assert watchdog_timeout() is None
    monkeypatch.setenv("WATCHDOG_USEC", "400000")
    assert watchdog_timeout() == 0.4
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert watchdog_timeout() == 0.4
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))  # set for another process
    assert watchdog_timeout() is None


def test_systemd_accepts_the_unit(tmp_path):
    require("systemd-analyze")  # a failure in CI, never a skip
    # `verify` checks that ExecStart's command exists: give it a home where it does.
    command = tmp_path / ".local" / "bin" / "onward"
    command.parent.mkdir(parents=True)
    command.write_text("#!/bin/sh\n")
    command.chmod(0o755)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    unit = tmp_path / "onward.service"
    unit.write_bytes((REPO / "daemon" / "onward.service").read_bytes())
    env = {**os.environ, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime)}
    done = subprocess.run(["systemd-analyze", "--user", "verify", str(unit)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == "", done.stderr  # unknown keys only warn
    text = unit.read_text()
    assert "Type=notify" in text and "WatchdogSec=" in text and "RestartPreventExitStatus=2" in text
