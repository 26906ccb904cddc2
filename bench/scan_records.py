"""The records a first scan leaves in the state, by two installs of onward on the same mailbox,
compared; and the service's own CPU time in each run, alternately (paired figures).

    python bench/scan_records.py --against /tmp/venv-main-ro/bin/python [--messages 5000]
        [--pairs 1] [--delay 30d] [--realistic | --job-heavy] [--no-odd]

Starts a throwaway Dovecot (as bench/first_scan.py: needs dovecot-imapd and root), seeds it once
with the mail of first_scan.py's mix (its generator and seed) and, unless --no-odd, mail that takes
the scan's other paths: old by arrival or by Date, no Message-ID, the same Message-ID twice, 8-bit
and broken header blocks, a bare-LF message, hostile mail (bench/hostile_mail.py), a reply to a
rejection. Then `onward run --once` runs with the other interpreter (whose onward is the other
code) and with this one, on a fresh state each time; every row of the state's tables must be the
same, all columns but the times of recording (seen_at, scanned_at, done_at; due_at is the clock's
plus the delay). Exit status 1 if any row differs. With --pairs N, N such pairs, the order
alternating, each run's wall time and the service's own CPU (its workers' taken out) printed; the
first run meets a cold server, so read wall times from two pairs or more.
Drafts are neither compared nor removed between runs: with a delay short enough to draft, the second
run would find the first one's drafts and decide otherwise. Keep the default delay.
"""

from __future__ import annotations

import argparse
import email.utils
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from first_scan import (corpus_mailbox, onward_once, realistic_mailbox,  # noqa: E402
                        write_config)
from hostile_mail import hostile_set  # noqa: E402

from tests.support.dovecot import Dovecot  # noqa: E402

# Columns that hold when a row was written, not what was decided.
TIMES = {"seen_at", "scanned_at", "done_at", "due_at"}
TABLES = ("messages", "pending", "job_mail", "folders", "maildir_names")


def odd_mail(rng: random.Random) -> list[tuple[bytes, float | None]]:
    """(raw, arrival time or None for now): mail that takes the scan's less usual paths."""
    now = time.time()
    old_date = email.utils.formatdate(now - 400 * 86400).encode()
    base = (b"From: Priya Raman <priya@fernwood.example>\r\nTo: Sam <sam@example.net>\r\n"
            b"Subject: Your application\r\nDate: " + email.utils.formatdate(now).encode() + b"\r\n")
    rejection = (b"Dear Sam,\r\n\r\nThank you for applying for the Data Analyst role at Fernwood.\r\n"
                 b"Unfortunately we have decided to move forward with other candidates.\r\n\r\n"
                 b"Kind regards,\r\nPriya Raman\r\n")
    mail: list[tuple[bytes, float | None]] = [
        (b"Message-ID: <old-arrival@x>\r\n" + base + b"\r\n" + rejection, now - 400 * 86400),
        (b"Message-ID: <old-date@x>\r\n" + base.replace(base.split(b"Date: ")[1].split(b"\r\n")[0], old_date)
         + b"\r\n" + rejection, None),
        (b"Message-ID: <bad-date@x>\r\n" + base.replace(b"Date: ", b"Date: not a date ") + b"\r\n" + rejection, None),
        (b"Message-ID: <no-date@x>\r\nFrom: a@b.example\r\nSubject: hello\r\n\r\n" + rejection, None),
        (base + b"\r\n" + rejection, None),  # no Message-ID: keyed by its bytes
        (base + b"\r\n" + rejection, None),  # the same bytes again: one record
        (b"Message-ID: <twice@x>\r\n" + base + b"\r\n" + rejection, None),
        (b"Message-ID: <twice@x>\r\n" + base + b"\r\nAnother body.\r\n", None),
        (b"Message-ID: <eight-bit@x>\r\n" + base.replace(b"Your application", "Ihre Bewerbung für uns".encode())
         + b"\r\n" + rejection, None),
        (b"Message-ID: <latin1@x>\r\n" + base.replace(b"Your application", "Candidature reçue".encode("latin-1"))
         + b"\r\n" + rejection, None),
        (b"Message-ID: <lf@x>\n" + base.replace(b"\r\n", b"\n") + b"\n" + rejection.replace(b"\r\n", b"\n"), None),
        (b"From sam@example.net Mon Dec  7 05:00:00 2026\r\nMessage-ID: <mbox-line@x>\r\n" + base + b"\r\n"
         + rejection, None),
        (b"Message-ID: <broken-line@x>\r\n" + base + b"this line is no field\r\nX-After: 1\r\n\r\n" + rejection, None),
        (b"X-First: 1\r\nthis line is no field\r\nMessage-ID: <mid-after-broken@x>\r\n" + base + b"\r\n"
         + rejection, None),
        (b"Message-ID:\r\n <folded-id@x>\r\n" + base + b"\r\n" + rejection, None),
        (b"message-id:   <lower-case@x>  \r\n" + base + b"\r\n" + rejection, None),
        (b"Message-ID: <lone-cr@x>\r\n" + base.replace(b"Subject: Your", b"Subject: Your\rapp") + b"\r\n"
         + rejection, None),
        (b"Message-ID: <reply@x>\r\nIn-Reply-To: <twice@x>\r\nReferences: <twice@x>\r\n"
         + base.replace(b"Your application", b"Re: Your application") + b"\r\n" + rejection, None),
        (b"Message-ID: <tab-date@x>\r\n" + base.replace(b"Date: ", b"Date:\t") + b"\r\n" + rejection, None),
        (b"Message-ID: <zone-less@x>\r\n" + base.replace(b" +0000", b" -0000") + b"\r\n" + rejection, None),
    ]
    mail += [(raw, None) for raw in hostile_set().values()]
    big = rng.randbytes(200_000).hex().encode()
    mail.append((b"Message-ID: <large-plain@x>\r\nFrom: shop@store.example\r\nSubject: Your order\r\n"
                 b"Date: " + email.utils.formatdate(now).encode() + b"\r\n\r\nThanks for your order.\r\n" + big,
                 None))
    mail.append((b"Message-ID: <large-job@x>\r\n" + base + b"\r\n" + rejection + big, None))
    return mail


def run_once(python: str, config: Path, env: dict) -> tuple[float, float, float]:
    """`onward run --once` by `python` (from a neutral folder: its onward is its own install):
    wall seconds, the service's own CPU seconds, its workers'."""
    wall, _peak, _said, _worker_peaks, (own, workers) = onward_once(config, env, python, Path("/tmp"))
    return wall, own, workers


def state_rows(path: Path) -> dict[str, list[tuple]]:
    """Each table's rows, less the times of recording, in a stable order."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = {}
        for table in TABLES:
            columns = [c[1] for c in db.execute(f"PRAGMA table_info({table})") if c[1] not in TIMES]
            rows[table] = sorted(db.execute(f"SELECT {', '.join(columns)} FROM {table}"), key=repr)
        return rows
    finally:
        db.close()


def fresh_state(folder: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{folder / 'state.sqlite3'}{suffix}").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", required=True, help="the other install's python")
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--pairs", type=int, default=1)
    parser.add_argument("--delay", default="30d", help='[drafts] delay ("30d": nothing is drafted)')
    parser.add_argument("--realistic", action="store_true", help="first_scan.py --realistic's mix (the default)")
    parser.add_argument("--job-heavy", action="store_true", help="first_scan.py --job-heavy's mix")
    parser.add_argument("--no-odd", action="store_true", help="the mix alone, without the odd mail")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="onward-records-"))
    base.chmod(0o755)
    server = Dovecot(base / "dovecot")
    server.start()
    differ = 0
    try:
        user = server.add_user("bench", "bench-password")
        config = write_config(user, base, args.delay)
        env = dict(os.environ, BENCH_PASSWORD=user.password)
        rng = random.Random(42)
        if args.job_heavy:
            mix, _ = corpus_mailbox(args.messages, 0.41, rng)
        else:
            mix, _ = realistic_mailbox(args.messages, rng)
        mail = [(raw, None) for raw in mix] + ([] if args.no_odd else odd_mail(rng))
        random.Random(7).shuffle(mail)
        for raw, arrived in mail:
            user.drop(raw, arrived)
        with user.client() as c:  # Dovecot indexes the new Maildir on first access
            c.select_folder("INBOX", readonly=True)
        # The model is trained once per install and cached in the state folder: before timing.
        sample = base / "sample.eml"
        sample.write_bytes(mix[0])
        for python in (args.against, sys.executable):
            subprocess.run([python, "-m", "onward.daemon", "--config", str(config), "classify", str(sample)],
                           cwd="/tmp", env=env, check=True, capture_output=True)
        figures: dict[str, list[tuple[float, float, float]]] = {"other": [], "this": []}
        for pair in range(args.pairs):
            order = [("other", args.against), ("this", sys.executable)]
            rows = {}
            for name, python in (order if pair % 2 == 0 else order[::-1]):
                fresh_state(base)
                figures[name].append(run_once(python, config, env))
                rows[name] = state_rows(base / "state.sqlite3")
                wall, own, workers = figures[name][-1]
                print(f"pair {pair + 1} {name}: {wall:.2f} s, the service's own CPU {own:.2f} s, "
                      f"its workers' {workers:.2f} s (load {os.getloadavg()[0]:.1f})", flush=True)
            for table in TABLES:
                theirs, ours = rows["other"][table], rows["this"][table]
                if theirs != ours:
                    differ += 1
                    only_theirs = [r for r in theirs if r not in set(ours)]
                    only_ours = [r for r in ours if r not in set(theirs)]
                    print(f"  {table}: {len(theirs)} rows against {len(ours)}; only the other's: "
                          f"{only_theirs[:3]!r:.600}; only this one's: {only_ours[:3]!r:.600}")
                elif pair == 0:
                    print(f"  {table}: {len(ours)} rows, the same")
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)  # the mailbox: hundreds of MB at 50,000 messages
    for name in ("other", "this"):
        runs = figures[name]
        if runs:
            print(f"{name}: medians {statistics.median(r[0] for r in runs):.2f} s wall, the service's own "
                  f"CPU {statistics.median(r[1] for r in runs):.2f} s, its workers' "
                  f"{statistics.median(r[2] for r in runs):.2f} s ({len(runs)} runs)")
    print("records:", "some differ" if differ else "the same")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
