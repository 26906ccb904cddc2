"""First scan of a big inbox, end to end, against a bare imapclient fetch of the same mail.

Starts a throwaway Dovecot on 127.0.0.1 (needs the dovecot-imapd package and root) and seeds N
messages straight into its Maildir: a share of them rejections, the rest other mail, all taken
from onward's training corpus (each copy with its own Message-ID). Then, in the same run:
  bare:    EXAMINE, UID SEARCH, UID FETCH BODY.PEEK[] in batches of 500 (imapclient, nothing else)
  once:    `onward run --once` with delay 0 (fetch, classify, save every draft), its peak memory
  idle:    a poll that finds no new mail: the IMAP commands it sends, and its time
  service: `onward run` as the service, its peak memory (VmHWM) once the first scan is done

    python bench/first_scan.py [--messages 10000] [--rejections 0.02] [--delay 0m] [--not-job 0] [--quick]

With --delay 30d nothing is due: the run classifies and records only (no drafts are saved).
The in-process run also times saving the drafts on its own: milliseconds per draft saved, and the
IMAP commands it sent by name (a per-draft SEARCH shows up here). --quick leaves out the idle poll
and the service's memory, for comparing runs of the drafting path side by side:

    python bench/first_scan.py --messages 50000 --rejections 0.02 --quick
    python bench/first_scan.py --messages 10000 --rejections 0.41 --quick
"""

from __future__ import annotations

import argparse
import email.utils
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.support
from tests.support.dovecot import Dovecot  # noqa: E402



NOT_JOB = ("everyday", "negative_non_job", "not_job")  # the corpus's mail that is not about a job


def corpus_mailbox(count: int, rejection_share: float, rng: random.Random,
                   not_job_share: float = 0.0) -> tuple[list[bytes], int]:
    """`count` messages, about `rejection_share` of them rejections, from the shipped corpus.
    With `not_job_share`, that share of the other mail is the corpus's mail not about a job, sent
    as lists and shops send it (with List-Unsubscribe); otherwise the others are drawn as they come."""
    from onward.classifier import corpus

    examples = corpus.load_corpus(corpus.TRAIN_DIR)
    rejections = [e.raw for e in examples if e.label == "rejection"]
    others = [e.raw for e in examples if e.label != "rejection"]
    wanted = round(count * rejection_share)
    not_job = round((count - wanted) * not_job_share)
    if not_job:
        others = [e.raw for e in examples if e.label != "rejection" and e.category not in NOT_JOB]
    bulk = [b"List-Unsubscribe: <mailto:leave@list.example>\n" + e.raw for e in examples if e.category in NOT_JOB]
    picks = (rng.choices(rejections, k=wanted) + rng.choices(others, k=count - wanted - not_job)
             + (rng.choices(bulk, k=not_job) if not_job else []))
    rng.shuffle(picks)
    # Each copy its own Message-ID, and dated today: the corpus's own dates are older than the
    # lookback, and old mail is recorded as too old without being read.
    today = email.utils.formatdate().encode()
    return [f"Message-ID: <bench-{n}@example.org>\n".encode()
            + re.sub(rb"(?im)^date:[^\r\n]*", b"Date: " + today,
                     re.sub(rb"(?im)^message-id:.*\r?\n", b"", raw, count=1), count=1)
            for n, raw in enumerate(picks)], wanted


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


def bare_append(user, raw: bytes, count: int = 200) -> tuple[float, float]:
    """Seconds per message to APPEND `count` copies of `raw` one by one, and in MULTIAPPENDs of 50
    (imapclient, nothing else), to a scratch folder: what the server itself costs per draft."""
    with user.client() as c:
        c.create_folder("BenchAppend")
        started = time.perf_counter()
        for _ in range(count):
            c.append("BenchAppend", raw, flags=(b"\\Draft", b"\\Seen"))
        single = (time.perf_counter() - started) / count
        started = time.perf_counter()
        for _ in range(0, count, 50):
            c.multiappend("BenchAppend", [{"msg": raw, "flags": (b"\\Draft", b"\\Seen")}] * 50)
        multi = (time.perf_counter() - started) / count
        c.delete_folder("BenchAppend")
    return single, multi


def write_config(user, folder: Path, delay: str = "0m") -> Path:
    config = folder / "config.toml"
    config.write_text(
        f'[imap]\nhost = "127.0.0.1"\nport = {user.server.port}\nsecurity = "none"\n'
        f'username = "{user.name}"\npassword_env = "BENCH_PASSWORD"\n'
        f'[drafts]\ndelay = "{delay}"\n[identity]\nname = "Sam Taylor"\nemail = "sam@example.net"\n'
        f'[state]\npath = "{folder / "state.sqlite3"}"\n')
    return config


def onward_once(config: Path, env: dict) -> tuple[float, int, str]:
    # Output to files, not pipes: a log line per rejection fills a pipe nobody reads while wait4
    # waits, and both processes would wait for ever.
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "onward.daemon", "--config", str(config), "run", "--once"],
                                cwd=ROOT, env=env, stdout=out_file, stderr=err_file)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read().decode(), err_file.read().decode()
    if status != 0:
        raise SystemExit(f"onward failed:\n{out}{err}")
    return elapsed, usage.ru_maxrss // 1024, out.strip()


def idle_poll(config: Path, env: dict) -> tuple[int, float, list[str]]:
    """One poll of an inbox with nothing new, on an open connection, as the service does it."""
    import imaplib

    from onward.daemon import config as config_module
    from onward.daemon.service import make_service

    os.environ.update(env)
    service = make_service(config_module.load(config))
    service.poll()  # connects; nothing new since the run above
    sent: list[str] = []
    original = imaplib.IMAP4._command

    def counting(self, name, *args):
        sent.append(name)
        return original(self, name, *args)

    imaplib.IMAP4._command = counting
    try:
        started = time.perf_counter()
        service.poll()
        elapsed = time.perf_counter() - started
    finally:
        imaplib.IMAP4._command = original
        service.run_once()  # closes the connection
        service.store.close()
    return len(sent), elapsed, sent


def start_afresh(folder: Path, user) -> None:
    """Forget the state and empty Drafts, so the next run scans and drafts everything anew."""
    (folder / "state.sqlite3").unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(folder / "state.sqlite3") + suffix).unlink(missing_ok=True)
    # The folder goes and comes back, with a patient client: emptying thousands of drafts can
    # outlast the test client's 10 s timeout on a busy machine.
    from imapclient import IMAPClient
    with IMAPClient("127.0.0.1", port=user.server.port, ssl=False, timeout=600) as c:
        c.login(user.name, user.password)
        c.delete_folder("Drafts")
        if not c.folder_exists("Drafts"):  # Dovecot may create it again itself (auto = subscribe)
            c.create_folder("Drafts")


def phases(config: Path, env: dict, folder: Path, user) -> dict[str, float]:
    """The same first scan in this process, timing its parts (the rest is fetching and glue)."""
    import functools

    from onward.classifier.model import Model
    from onward.daemon import config as config_module
    from onward.daemon import triage
    from onward.daemon.triage import Triager
    from onward.daemon.service import Service, make_service

    start_afresh(folder, user)
    os.environ.update(env)
    spent: dict[str, float] = {}

    def timed(owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - started

        setattr(owner, name, wrapper)

    if hasattr(triage, "screen"):
        timed(triage, "screen", "screening (first stage)")
    timed(Model, "classify_many", "classifying")
    timed(Triager, "decide", "recording (and reading each rejection)")
    timed(Service, "save_due_drafts", "saving the drafts")
    import onward.drafts
    from onward.daemon.state import Store
    timed(onward.drafts, "plan_drafts", "building drafts (read, render)")
    timed(Store, "finish", "recording outcomes (state commits)")
    saving_commands: dict[str, int] = {}
    original_save = Service.save_due_drafts

    def counted_save(self):
        # imaplib sends most commands (UID ones as "UID"); imapclient sends SEARCH itself.
        import imaplib

        from imapclient import IMAPClient
        command, raw_command = imaplib.IMAP4._command, IMAPClient._raw_command

        def count(name: str) -> None:
            saving_commands[name] = saving_commands.get(name, 0) + 1

        def counting(imap, name, *args):
            count(f"UID {args[0]}" if name == "UID" else name)
            return command(imap, name, *args)

        def counting_raw(client, name, args, uid=True):
            count(("UID " if uid and client.use_uid else "") + name.decode().upper())
            return raw_command(client, name, args, uid=uid)

        imaplib.IMAP4._command, IMAPClient._raw_command = counting, counting_raw
        try:
            return original_save(self)
        finally:
            imaplib.IMAP4._command, IMAPClient._raw_command = command, raw_command

    Service.save_due_drafts = counted_save
    service = make_service(config_module.load(config))
    started = time.perf_counter()
    try:
        service.run_once()
    finally:
        Service.save_due_drafts = original_save
    spent["total, in process"] = time.perf_counter() - started
    service.store.close()
    with user.client() as c:
        c.select_folder("Drafts", readonly=True)
        saved = len(c.search("ALL"))
    if saved:
        spent[f"saving, per draft ({saved} drafts)"] = spent.get("saving the drafts", 0.0) / saved
        # What saving itself costs: looking in Drafts/Sent/Trash and the APPENDs (and glue).
        own = (spent.get("saving the drafts", 0.0) - spent.get("building drafts (read, render)", 0.0)
               - spent.get("recording outcomes (state commits)", 0.0))
        spent["saving, per draft: lookups and APPEND"] = own / saved
    spent["saving: IMAP commands"] = saving_commands  # type: ignore[assignment]
    return spent


def service_peak_memory(config: Path, env: dict, folder: Path, user) -> int:
    """Peak RSS of `onward run` once it has scanned the whole inbox (fresh state)."""
    start_afresh(folder, user)
    proc = subprocess.Popen([sys.executable, "-m", "onward.daemon", "--config", str(config), "run"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import sqlite3
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            time.sleep(0.5)
            try:
                db = sqlite3.connect(f"file:{folder / 'state.sqlite3'}?mode=ro", uri=True)
                pending = db.execute("SELECT COUNT(*) FROM messages WHERE status='waiting'").fetchone()[0]
                total = db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
                db.close()
            except sqlite3.Error:
                continue
            if total and pending == 0 and _scanned_all(folder):
                break
        time.sleep(1)
        status = Path(f"/proc/{proc.pid}/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) // 1024
    finally:
        proc.terminate()
        proc.wait()


def _scanned_all(folder: Path) -> bool:
    import sqlite3
    db = sqlite3.connect(f"file:{folder / 'state.sqlite3'}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT last_uid FROM folders").fetchone()
        return bool(row) and row[0] >= SEEDED
    finally:
        db.close()


SEEDED = 0


def main() -> None:
    global SEEDED
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rejections", type=float, default=0.02, help="share of rejections")
    parser.add_argument("--delay", default="0m", help='[drafts] delay ("30d": classify and record only)')
    parser.add_argument("--not-job", type=float, default=0.0,
                        help="share of the other mail that is list or shop mail not about a job (0: the corpus's mix)")
    parser.add_argument("--quick", action="store_true", help="skip the idle poll and the service's memory")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="onward-bench-"))
    base.chmod(0o755)  # Dovecot's auth process (user dovecot) must reach the passwd-file below
    server = Dovecot(base / "dovecot")
    server.start()
    try:
        user = server.add_user("bench", "bench-password")
        messages, rejections = corpus_mailbox(args.messages, args.rejections, random.Random(42), args.not_job)
        for raw in messages:
            user.drop(raw)
        SEEDED = len(messages)
        bare_fetch(user)  # warm-up: Dovecot indexes the new Maildir on first access
        bare_s, size = bare_fetch(user)
        append_s, multiappend_s = bare_append(user, messages[0])
        config = write_config(user, base, args.delay)
        env = dict(os.environ, BENCH_PASSWORD=user.password)
        # The model is trained once per install (then cached in the state folder): do that first,
        # so the timed run measures a first scan, not a first install.
        sample = base / "sample.eml"
        sample.write_bytes(messages[0])
        subprocess.run([sys.executable, "-m", "onward.daemon", "--config", str(config), "classify", str(sample)],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        once_s, once_mb, said = onward_once(config, env)
        print(f"(onward run --once: {once_s:.2f} s, bare fetch {bare_s:.2f} s)", flush=True)
        if not args.quick:
            commands, idle_s, names = idle_poll(config, env)
            service_mb = service_peak_memory(config, env, base, user)
        parts = phases(config, env, base, user)
    finally:
        server.stop()
    print(f"messages:                {args.messages} ({size / 1e6:.1f} MB), {rejections} rejections")
    print(f"bare imapclient fetch:   {bare_s:.2f} s")
    print(f"onward run --once:       {once_s:.2f} s, process start and loading the cached model included")
    print(f"                         -> {said}")
    print(f"ratio:                   {once_s / bare_s:.2f}x (target: within 5x)")
    print(f"bare APPEND:             {append_s * 1000:.2f} ms per message one by one, "
          f"{multiappend_s * 1000:.2f} ms in MULTIAPPENDs of 50")
    for label, seconds in parts.items():
        if isinstance(seconds, dict):
            print(f"  {label + ':':40s} {', '.join(f'{n} {k}' for k, n in sorted(seconds.items()))}")
        elif "per draft" in label:
            print(f"  {label + ':':40s} {seconds * 1000:.2f} ms")
        else:
            print(f"  {label + ':':40s} {seconds:.2f} s")
    print(f"run --once peak RSS:     {once_mb} MB")
    if not args.quick:
        print(f"idle poll:               {commands} IMAP command(s) {names}, {idle_s * 1000:.1f} ms (target: at most 3)")
        print(f"service peak RSS:        {service_mb} MB after the first scan (target: under 200 MB)")


if __name__ == "__main__":
    main()
