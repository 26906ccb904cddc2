"""How soon the running service records a new mail, and how much of that is onward's own time.

Starts a throwaway Dovecot on 127.0.0.1 (needs dovecot-imapd and root), seeds an inbox of N
messages, runs the service (IDLE on, a 30-day delay so nothing is drafted) in this process until
its first scan is done, then APPENDs one message at a time, R times each of two kinds: everyday mail
(which the first stage sets aside in the service itself) and a rejection (which a scan worker, a new
process, reads). For each it measures, from the end of the APPEND:
  server: until a second, bare imapclient session in IDLE on the same inbox hears EXISTS
          (Dovecot's own notification delay, the same for any client)
  onward: until the service logs the mail as recorded, less the server's share
and the IMAP commands the service sent for the mail (from imapclient's protocol log).

    python bench/new_mail_latency.py [--messages 10000] [--repeats 10]
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.support
from tests.support.dovecot import Dovecot  # noqa: E402
from first_scan import corpus_mailbox  # noqa: E402
from tests.support.mail import message, rejection  # noqa: E402

KINDS = {"everyday mail (set aside by the first stage, in the service)": lambda n: message(100_000 + n),
         "a rejection (read by a scan worker, a new process)":
             lambda n: rejection(200_000 + n, subject=f"Your application {n}")}


class Watch(logging.Handler):
    """Notes when the service logs a recorded mail, and which IMAP commands it sends."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.recorded = threading.Event()
        self.recorded_at = 0.0
        self.commands: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.threadName != "service":  # the observer's and the appender's own commands
            return
        if record.name.startswith("imapclient") and text.startswith("> b'"):
            words = text[4:].rstrip("'").split()[1:3]
            self.commands.append(" ".join(words) if words[0] == "UID" else words[0])
        elif text == "< DONE":  # imapclient's own line for ending IDLE
            self.commands.append("DONE")
        elif "new message(s) recorded" in text:
            self.recorded_at = record.created
            self.recorded.set()


def server_notices(user, appended: threading.Event, heard: list[float]) -> None:
    """A bare session in IDLE: when does Dovecot tell it about the new mail?"""
    client = user.client()
    client.select_folder("INBOX", readonly=True)
    client.idle()
    appended.wait()
    while not any(isinstance(r, tuple) and r[1] == b"EXISTS" for r in client.idle_check(timeout=5)):
        pass
    heard.append(time.time())
    client.idle_done()
    client.logout()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="onward-bench-"))
    base.chmod(0o755)  # Dovecot's auth process (user dovecot) must reach the passwd-file below
    server = Dovecot(base / "dovecot")
    server.start()
    services: list = []
    try:
        user = server.add_user("bench", "bench-password")
        for raw in corpus_mailbox(args.messages, 0.02, random.Random(42))[0]:
            user.drop(raw)
        os.environ["BENCH_PASSWORD"] = user.password
        from onward.daemon import config
        from onward.daemon.service import make_service

        path = base / "config.toml"
        path.write_text(
            f'[imap]\nhost = "127.0.0.1"\nport = {user.server.port}\nsecurity = "none"\n'
            f'username = "{user.name}"\npassword_env = "BENCH_PASSWORD"\n'
            f'[schedule]\nidle = true\npoll_interval = "1h"\n[drafts]\ndelay = "30d"\n'
            f'[state]\npath = "{base / "state.sqlite3"}"\n')
        watch = Watch()
        logging.getLogger().addHandler(watch)
        logging.getLogger().setLevel(logging.INFO)
        logging.getLogger("imapclient").setLevel(logging.DEBUG)

        def serve():  # the state store belongs to the thread that opens it
            services.append(make_service(config.load(path)))
            services[0].run()

        threading.Thread(target=serve, name="service", daemon=True).start()
        if not watch.recorded.wait(600):
            raise SystemExit("the first scan did not finish")
        time.sleep(2)  # settled into IDLE
        server_share, commands = [], []
        onward_share: dict[str, list[float]] = {kind: [] for kind in KINDS}
        for n, kind in [(n, kind) for n in range(args.repeats) for kind in KINDS]:
            watch.recorded.clear()
            watch.commands.clear()
            appended, heard = threading.Event(), []
            observer = threading.Thread(target=server_notices, args=(user, appended, heard))
            observer.start()
            time.sleep(0.5)  # the observer is in IDLE
            with user.client() as c:
                c.append("INBOX", KINDS[kind](n))
                done = time.time()
            appended.set()
            if not watch.recorded.wait(30):
                raise SystemExit("the service did not record the new mail")
            observer.join()
            server_share.append(heard[0] - done)
            onward_share[kind].append(watch.recorded_at - done - server_share[-1])
            commands.append(list(watch.commands))
            time.sleep(1)  # back in IDLE
    finally:
        for service in services:
            service.stop()
        server.stop()
    ms = lambda xs: f"median {statistics.median(xs) * 1000:.1f} ms (min {min(xs) * 1000:.1f}, max {max(xs) * 1000:.1f})"
    print(f"inbox: {args.messages} messages; {args.repeats} new mails of each kind, one at a time")
    print(f"server's share (APPEND done -> EXISTS to a bare IDLE session): {ms(server_share)}")
    for kind, shares in onward_share.items():
        print(f"onward's share for {kind} (-> the mail logged as recorded, less the server's): {ms(shares)} "
              "(target: at most 30 ms)")
    print(f"commands per new mail: {commands[0]}" + ("" if all(c == commands[0] for c in commands) else f" (varied: {commands})"))


if __name__ == "__main__":
    main()
