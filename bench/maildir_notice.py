"""How soon `onward run` notices new mail in a Maildir account (the poll interval is set to 1 hour,
so only the new-mail watch can wake it).

Starts `onward run` on a fresh mbsync-style Maildir, then delivers N rejections one by one as an
MDA or mbsync does (write into tmp/, rename into new/), and times each from the rename until its
row is in the state file. With --polling, the same in-process with inotify turned off (the
fallback: a look at new/ and cur/ every 2 seconds).

    python bench/maildir_notice.py [--messages 10] [--polling]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.support
from tests.support.mail import rejection  # noqa: E402


def rows(state: Path) -> int:
    if not state.exists():
        return 0
    db = sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=10)
    try:
        return db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        db.close()


def wait_until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        time.sleep(0.005)


def start_polling_service(config: Path) -> tuple[threading.Thread, list]:
    from onward.daemon import config as cfgmod
    from onward.daemon.service import make_service

    (account,) = cfgmod.accounts_of(cfgmod.load(config))
    services: list = []

    def serve():
        service = make_service(account.cfg, account=account)
        service.mailbox.use_inotify = False
        services.append(service)
        try:
            service.run()
        finally:
            service.store.close()

    thread = threading.Thread(target=serve)
    thread.start()
    return thread, services


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--polling", action="store_true", help="inotify off: the fallback")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="onward-bench-"))
    inbox = base / "Mail" / "home" / "INBOX"
    for sub in ("cur", "new", "tmp"):
        (inbox / sub).mkdir(parents=True)
    state = base / "state.sqlite3"
    config = base / "config.toml"
    config.write_text(f'[state]\npath = "{state}"\n[schedule]\npoll_interval = "1h"\n'
                      f'[[accounts]]\nname = "home"\ntype = "maildir"\npath = "{inbox.parent}"\n')
    log = base / "run.log"
    proc = thread = None
    if args.polling:
        thread, services = start_polling_service(config)
        wait_until(lambda: services and services[0].mailbox.watch is not None, 120)
    else:
        proc = subprocess.Popen([sys.executable, "-m", "onward.daemon", "--config", str(config), "run"],
                                stdout=subprocess.DEVNULL, stderr=open(log, "w"))
        wait_until(lambda: "for new mail:" in log.read_text(), 120)
    time.sleep(1)  # let the first scans finish
    delays = []
    try:
        for n in range(args.messages):
            name = f"{time.time_ns()}.bench{n}.host"
            (inbox / "tmp" / name).write_bytes(rejection(n))
            before = rows(state)
            os.rename(inbox / "tmp" / name, inbox / "new" / name)
            started = time.monotonic()
            wait_until(lambda: rows(state) > before, 30)
            delays.append(time.monotonic() - started)
            time.sleep(0.3)
    finally:
        if proc:
            proc.terminate()
            proc.wait(timeout=30)
        if thread:
            services[0].stop()
            thread.join(timeout=30)
        shutil.rmtree(base)
    mode = "polling fallback (every 2 s)" if args.polling else "inotify (onward run)"
    print(f"{mode}: new mail recorded after median {statistics.median(delays):.2f}s, "
          f"max {max(delays):.2f}s ({len(delays)} messages)")


if __name__ == "__main__":
    main()
