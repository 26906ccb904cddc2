"""The memory the waiting service keeps: before any mail, after a first scan of a big inbox, and
through a "day" of polls that each find a mail or two (issue 17, item 4: at most 50 MB).

Starts a throwaway Dovecot on 127.0.0.1 (needs the dovecot-imapd package and root), writes N
messages of bench/first_scan.py's realistic mix (--realistic there) into the Maildir's tmp/, and
starts `onward run` on the empty inbox. Once it waits, the mail is moved into new/ at once (as a
first start on a full inbox, without the seeding's own time in the scan); then:
  before:  VmRSS of the service waiting on the empty inbox
  scan:    its peak (VmHWM) once the scan and the drafts that fell due are done, and VmRSS while it
           waits after them
  day:     a new mail every --every seconds for --minutes; VmRSS every --report seconds, so that
           growth shows, and at the end
The service's own process only: its scan workers end with each scan (daemon.scan_worker).

    python bench/idle_memory.py [--messages 50000] [--minutes 2] [--every 2] [--delay 0m] [--account]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
import first_scan  # noqa: E402  (bench/first_scan.py: the realistic inbox, the config, /proc readings)
from tests.support.dovecot import Dovecot  # noqa: E402


def scanned(state: Path, count: int, drafting: bool) -> bool:
    """Every seeded message recorded, and (with drafts due at once) none still waiting."""
    try:
        db = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
        try:
            (last,) = db.execute("SELECT COALESCE(MAX(last_uid), 0) FROM folders").fetchone()
            (waiting,) = db.execute("SELECT COUNT(*) FROM messages WHERE status='waiting'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:  # not created yet, or busy
        return False
    return last >= count and not (drafting and waiting)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--minutes", type=float, default=2.0, help="the polling 'day' after the scan")
    parser.add_argument("--every", type=float, default=2.0, help="seconds between new mails in the day")
    parser.add_argument("--report", type=float, default=30.0, help="seconds between RSS readings in the day")
    parser.add_argument("--delay", default="0m", help='[drafts] delay ("30d": no drafts saved)')
    parser.add_argument("--account", action="store_true",
                        help="Sent, Trash and Drafts as a year of a real account fills them (bench/first_scan.py "
                             "--account): a pass of many drafts then reads their headers into its index")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="onward-bench-"))
    base.chmod(0o755)  # Dovecot's auth process (user dovecot) must reach the passwd-file below
    server = Dovecot(base / "dovecot")
    server.start()
    proc = None
    try:
        user = server.add_user("bench", "bench-password")
        config = first_scan.write_config(user, base, args.delay)
        env = dict(os.environ, BENCH_PASSWORD=user.password)
        messages, rejections = first_scan.realistic_mailbox(args.messages, random.Random(42))
        staged = []
        for n, raw in enumerate(messages):
            path = user.maildir / "tmp" / f"{int(time.time())}.B{n}.onward-bench"
            path.write_bytes(raw)
            os.chown(path, server.nobody, server.nogroup)
            staged.append(path)
        if args.account:
            for folder, raws in first_scan.account_mail(random.Random(7), first_scan.ACCOUNT).items():
                first_scan.put(user, folder, raws)
        sample, size = messages[:200], sum(map(len, messages))
        del messages  # this process's memory is not the service's, but the machine's all the same
        print(f"{args.messages} messages ({size / 1e6:.0f} MB), {rejections} rejections, "
              f"[drafts] delay {args.delay}{'; a real account' if args.account else ''}; load {os.getloadavg()[0]:.1f}", flush=True)
        proc = first_scan.start_service(config, env)
        time.sleep(6)  # started, logged in, nothing to scan, waiting
        print(f"waiting before any mail:  {first_scan.memory_of(proc.pid)['VmRSS']} MB", flush=True)
        for path in staged:
            path.rename(user.maildir / "new" / path.name)
        started = time.monotonic()
        while not scanned(base / "state.sqlite3", args.messages, args.delay in ("0", "0m", "0h")):
            if proc.poll() is not None:
                raise SystemExit(f"onward run ended with {proc.returncode}")
            time.sleep(0.5)
        took = time.monotonic() - started
        time.sleep(3)  # the scan is over: the service lets its memory go before it waits
        after = first_scan.memory_of(proc.pid)
        print(f"first scan:               {took:.0f} s; peak {after['VmHWM']} MB; waiting after it "
              f"{after['VmRSS']} MB; processes left {len(first_scan.children_of(proc.pid))}; "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
        rng = random.Random(7)
        day_start = time.monotonic()
        next_report, sent = day_start + args.report, 0
        while time.monotonic() - day_start < args.minutes * 60:
            raw = rng.choice(sample)
            user.drop(re.sub(rb"Message-ID: <bench-", f"Message-ID: <day-{sent}-".encode(), raw, count=1))
            sent += 1
            time.sleep(args.every)
            if time.monotonic() >= next_report:
                next_report += args.report
                print(f"  after {sent:4d} new mails: {first_scan.memory_of(proc.pid)['VmRSS']} MB", flush=True)
        time.sleep(3)
        end = first_scan.memory_of(proc.pid)
        print(f"after the day ({sent} new mails, {args.minutes:g} min): waiting {end['VmRSS']} MB, "
              f"peak {end['VmHWM']} MB (target: waiting at most 50 MB)", flush=True)
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait()
        server.stop()


if __name__ == "__main__":
    main()
