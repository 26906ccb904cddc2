"""First scan of a big inbox: `onward run --once` against a bare imapclient fetch of the same mail.

Starts a throwaway Dovecot on 127.0.0.1 (needs the dovecot-imapd package and root), seeds N
messages straight into the Maildir, then times, in the same run:
  bare:   EXAMINE, UID SEARCH, UID FETCH BODY.PEEK[] in batches of 500 (imapclient, nothing else)
  onward: `python -m daemon run --once` as a separate process, with its peak memory (max RSS)

    python bench/scan_speed.py [--messages 10000]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from dovecot import Dovecot  # noqa: E402

WORDS = ("thank you for your application we reviewed the role team interview candidates "
         "position experience skills next steps schedule meeting update project report invoice "
         "weekend family order shipped delivery newsletter").split()


def sample_message(n: int, rng: random.Random) -> bytes:
    body = "\r\n".join(" ".join(rng.choices(WORDS, k=rng.randint(8, 16)))
                       for _ in range(rng.randint(5, 60)))
    return (f"From: Sender {n} <sender{n % 97}@example.org>\r\nTo: you@example.net\r\n"
            f"Subject: Message number {n}\r\nDate: Thu, 26 Nov 2026 09:00:00 +0000\r\n"
            f"Message-ID: <bench-{n}@example.org>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def bare_fetch(user) -> tuple[float, int]:
    started = time.perf_counter()
    client = user.client()
    client.select_folder("INBOX", readonly=True)
    uids = client.search("ALL")
    total = 0
    for i in range(0, len(uids), 500):
        for data in client.fetch(uids[i:i + 500], ["BODY.PEEK[]"]).values():
            total += len(data[b"BODY[]"])
    client.logout()
    return time.perf_counter() - started, total


def onward_once(user, folder: Path) -> tuple[float, int, str]:
    config = folder / "config.toml"
    config.write_text(
        f'[imap]\nhost = "127.0.0.1"\nport = {user.server.port}\nsecurity = "none"\n'
        f'username = "{user.name}"\npassword_env = "BENCH_PASSWORD"\n'
        f'[state]\npath = "{folder / "state.sqlite3"}"\n')
    env = dict(os.environ, BENCH_PASSWORD=user.password)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "daemon", "--config", str(config), "run", "--once"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    out = proc.stdout.read().decode() + proc.stderr.read().decode()
    if status != 0:
        raise SystemExit(f"onward failed:\n{out}")
    return elapsed, usage.ru_maxrss // 1024, out.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="onward-bench-"))
    base.chmod(0o755)  # Dovecot's auth process (user dovecot) must reach the passwd-file below
    server = Dovecot(base / "dovecot")
    server.start()
    try:
        user = server.add_user("bench", "bench-password")
        rng = random.Random(42)
        for n in range(args.messages):
            user.drop(sample_message(n, rng))
        bare_fetch(user)  # warm-up: Dovecot indexes the new Maildir on first access
        bare_s, size = bare_fetch(user)
        onward_s, rss_mb, said = onward_once(user, base)
    finally:
        server.stop()
    print(f"messages:          {args.messages} ({size / 1e6:.1f} MB)")
    print(f"bare imapclient:   {bare_s:.2f} s")
    print(f"onward run --once: {onward_s:.2f} s (process start included)  -> {said}")
    print(f"ratio:             {onward_s / bare_s:.2f}x")
    print(f"onward peak RSS:   {rss_mb} MB")


if __name__ == "__main__":
    main()
