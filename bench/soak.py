"""A soak: `onward run` for a while against a throwaway Dovecot behind a fault-injecting proxy,
with mail arriving at random, random SIGKILLs (each followed by a restart), Dovecot restarts and
proxy faults (tagged NO, stalls, resets, a slow link). Then faults stop, the service catches up and
is stopped with SIGTERM, and the mailbox is judged: each rejection must have exactly one draft,
no inbox flag may change, nothing may be sent.

Needs the dovecot-imapd package and root (as tests/conftest.py). Not run by pytest; the bounded
version of each fault is in tests/faults.

    python bench/soak.py [--minutes 3] [--seed 1]
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.support
from tests.support.dovecot import Dovecot  # noqa: E402
from tests.support.faults import Arrivals, drafts, tally  # noqa: E402
from tests.support.helpers import state_rows, wait_for  # noqa: E402
from tests.support.proxy import FaultProxy  # noqa: E402


def proxy_fault(proxy: FaultProxy, rng: random.Random) -> str:
    """Arm one fault, chosen at random; returns its name."""
    command = rng.choice(["EXAMINE", "SEARCH", "FETCH", "APPEND", "NOOP", "IDLE"])
    kind = rng.choice(["refuse", "stall-now", "stall-command", "reset-now", "reset-command",
                       "reset-after-append", "slow"])
    if kind == "refuse":
        answer = rng.choice(["NO [UNAVAILABLE] Try later", "NO [INUSE] Locked", "NO [SERVERBUG] Oops",
                             "NO Temporary failure"])
        proxy.refuse(command, answer, times=rng.randint(1, 2))
    elif kind == "stall-now":
        proxy.stall(rng.uniform(0.5, 5))
    elif kind == "stall-command":
        proxy.stall(rng.uniform(0.5, 5), command)
    elif kind == "reset-now":
        proxy.reset()
    elif kind == "reset-command":
        proxy.reset(command)
    elif kind == "reset-after-append":
        proxy.reset("APPEND", after=True)
        command = "APPEND"
    else:
        proxy.slow(rng.uniform(0.001, 0.01), chunk=rng.choice([64, 256, 1024]))
    return kind if kind.endswith("now") or kind in ("slow", "reset-after-append") else f"{kind} {command}"


class Soak:
    def __init__(self, base: Path, seed: int):
        self.base, self.rng = base, random.Random(seed)
        self.server = Dovecot(base / "dovecot")
        self.server.start()
        self.user = self.server.add_user("soak", "soak-password")
        self.proxy = FaultProxy(("127.0.0.1", self.server.port))
        self.arrivals = Arrivals(self.user, seed=seed)
        self.env = dict(os.environ, SOAK_PASSWORD=self.user.password)
        self.state = base / "state.sqlite3"
        self.config = base / "config.toml"
        self.config.write_text(
            f'[imap]\nhost = "127.0.0.1"\nport = {self.proxy.port}\nsecurity = "none"\n'
            f'username = "soak"\npassword_env = "SOAK_PASSWORD"\ntimeout = "3s"\n'
            f'[schedule]\npoll_interval = "2s"\nidle = true\n[drafts]\ndelay = "0m"\n'
            f'[state]\npath = "{self.state}"\n')
        self.counts: collections.Counter = collections.Counter()
        self.exits: collections.Counter = collections.Counter()  # the service's own exits, by code
        self.faults: collections.Counter = collections.Counter()
        self.proc: subprocess.Popen | None = None
        self.runs = 0

    def start_service(self) -> None:
        log = open(self.base / f"run{self.runs}.log", "w")
        self.proc = subprocess.Popen([sys.executable, "-m", "onward.daemon", "--config",
                                      str(self.config), "run"], cwd=ROOT, env=self.env,
                                     stdout=subprocess.DEVNULL, stderr=log)
        log.close()
        self.runs += 1

    def ensure_running(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            self.exits[self.proc.returncode] += 1  # ended by itself: a restart, as systemd would
            self.counts["service restarts"] += 1
            self.start_service()

    def step(self) -> None:
        event = self.rng.choices(["mail", "kill", "server", "fault", "heal"], [10, 2, 0.6, 3, 2])[0]
        if event == "mail":
            self.arrivals.drop(self.rng.randint(1, 3))
        elif event == "kill":
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            self.counts["kills"] += 1
            self.counts["service restarts"] += 1
            self.start_service()
        elif event == "server":
            self.server.restart()
            self.counts["server restarts"] += 1
        elif event == "fault":
            self.faults[proxy_fault(self.proxy, self.rng)] += 1
        else:
            self.proxy.allow()

    def run(self, seconds: float) -> None:
        self.start_service()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.step()
            time.sleep(self.rng.uniform(0.1, 2.0))
            self.ensure_running()

    def finish(self) -> int:
        """No more faults: wait for the service to catch up, stop it; its exit code."""
        self.proxy.allow()
        started = time.monotonic()
        try:
            wait_for(lambda: len(state_rows(self.state)) == self.arrivals.dropped
                     and len(drafts(self.user)) >= len(self.arrivals.rejection_ids), timeout=300, step=1)
        except AssertionError:
            print("the service did not catch up within 300 s")
        self.counts["catch-up seconds"] = round(time.monotonic() - started)
        self.ensure_running()
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=60)

    def tracebacks(self) -> int:
        return sum(p.read_text(errors="replace").count("Traceback") for p in self.base.glob("run*.log"))

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.proxy.close()
        self.server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="onward-soak-"))
    base.chmod(0o755)  # Dovecot's auth process (user dovecot) must reach the passwd-file below
    soak = Soak(base, args.seed)
    try:
        soak.run(args.minutes * 60)
        code = soak.finish()
        figures = tally(soak.user, soak.arrivals.rejection_ids)
    finally:
        soak.close()
    rows = [
        ("messages", soak.arrivals.dropped),
        ("rejections", len(soak.arrivals.rejection_ids)),
        ("kills (SIGKILL)", soak.counts["kills"]),
        ("service restarts", soak.counts["service restarts"]),
        ("service exits by itself", dict(soak.exits) or 0),
        ("server restarts", soak.counts["server restarts"]),
        ("proxy faults", sum(soak.faults.values())),
        ("proxy refusals/stalls/resets", f"{soak.proxy.refused}/{soak.proxy.stalled}/{soak.proxy.resets}"),
        ("drafts", figures["drafts"]),
        ("duplicates", figures["duplicates"]),
        ("losses (rejections without a draft)", figures["losses"]),
        ("drafts for no rejection", figures["strays"]),
        ("flag changes (inbox)", figures["flag changes"]),
        ("messages in Sent", figures["sent"]),
        ("tracebacks in the logs", soak.tracebacks()),
        ("catch-up after the faults (s)", soak.counts["catch-up seconds"]),
        ("exit code on SIGTERM", code),
    ]
    print(f"soak: {args.minutes:g} min, seed {args.seed}, logs in {base}")
    for label, value in rows:
        print(f"  {label + ':':40s} {value}")
    print("  faults armed: " + ", ".join(f"{k} x{n}" for k, n in sorted(soak.faults.items())))
    bad = figures["duplicates"] or figures["losses"] or figures["strays"] or figures["flag changes"] \
        or figures["sent"] or code != 0
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
