"""First scan of a big inbox, end to end, against a bare imapclient fetch of the same mail.

Starts a throwaway Dovecot on 127.0.0.1 (needs the dovecot-imapd package and root) and seeds N
messages straight into its Maildir: a share of them rejections, the rest other mail, all taken
from onward's training corpus (each copy with its own Message-ID). Then, in the same run:
  bare:    EXAMINE, UID SEARCH, UID FETCH BODY.PEEK[] in batches of 500 (imapclient, nothing else)
  once:    `onward run --once` with delay 0 (fetch, classify, save every draft), its peak memory
           and its scan workers' (daemon.scan_worker), and the size of the state file it left
  idle:    a poll that finds no new mail: the IMAP commands it sends, and its time
  service: `onward run` as the service, its peak memory (VmHWM) once the first scan is done, its
           memory while it waits (VmRSS) before any mail, after the first scan, and after a minute
           of new mail every two seconds (about 30 scans and 60 polls: a day's worth of scans);
           its workers' peak memory, and the processes it left after the scan (none)
  stages:  the same first scan from this process, through the workers, timed by stage (fetch,
           triage in the workers, record, extract and draft, save), with the bytes it received
           from the server and those the state kept of the rejections composed at once; then again with the triage in this process (screen, parse, classify and
           kinds in one featurisation, decide, links), unless --no-stages

    python bench/first_scan.py [--messages 10000] [--rejections 0.02] [--delay 0m] [--not-job 0] [--quick]
    python bench/first_scan.py --realistic      # 50,000 messages: ~1 % rejections, ~4 % other job
                                                # mail, the rest not job mail, 1 % with a 300 kB attachment
    python bench/first_scan.py --realistic --everyday independent   # that not job mail written by
                                                # writers who never saw the corpus (shops, banks, friends...)
    python bench/first_scan.py --job-heavy --delay 30d   # 10,000 messages of the corpus, 41 % rejections
    python bench/first_scan.py --job-heavy               # the same, drafts saved (delay 0)
    python bench/first_scan.py --job-heavy --account     # with Sent, Trash and Drafts holding a year of
                                                         # a real account's mail, searched when saving

With --delay 30d nothing is due: the run classifies and records only (no drafts are saved).
The in-process run also times saving the drafts on its own: milliseconds per draft saved, and the
IMAP commands it sent by name (a per-draft SEARCH shows up here). --quick leaves out the idle poll
and the service's memory, for comparing runs of the drafting path side by side:

    python bench/first_scan.py --messages 50000 --rejections 0.02 --quick
    python bench/first_scan.py --messages 10000 --rejections 0.41 --quick
"""

from __future__ import annotations

import argparse
import base64
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
from tests.support.imap_count import imap_commands, imap_commands_in  # noqa: E402



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
    return _dated_copies(picks), wanted


EVERYDAY = ("corpus", "independent")  # where realistic_mailbox's mail not about a job comes from


def realistic_mailbox(count: int, rng: random.Random, rejection_share: float = 0.01, job_share: float = 0.04,
                      attachment_share: float = 0.01, everyday: str = "corpus") -> tuple[list[bytes], int]:
    """An inbox as most people's: mostly mail that is not about a job (lists, shops, friends),
    a few percent job mail, about 1 % rejections, and now and then a message with a large attachment.
    `everyday`: the mail not about a job is the training corpus's ("corpus": its everyday mail and
    its many look-alikes of rejections, such as a flat or a grant turned down, each sent as list mail)
    or the everyday mail of writers who never saw the corpus ("independent": shops, banks,
    newsletters, friends, colleagues, each with the header fields its writer gave its sender)."""
    from onward.classifier import corpus

    examples = corpus.load_corpus(corpus.TRAIN_DIR)
    rejections = [e.raw for e in examples if e.label == "rejection"]
    job = [e.raw for e in examples if e.label != "rejection" and e.category not in NOT_JOB]
    if everyday == "independent":
        bulk = [e.raw for e in corpus.load_corpus(corpus.CORPUS_DIR / "everyday-independent")]
    else:
        bulk = [b"List-Unsubscribe: <mailto:leave@list.example>\n" + e.raw for e in examples if e.category in NOT_JOB]
    wanted, jobs = round(count * rejection_share), round(count * job_share)
    picks = rng.choices(rejections, k=wanted) + rng.choices(job, k=jobs) + rng.choices(bulk, k=count - wanted - jobs)
    rng.shuffle(picks)
    attachment = base64.encodebytes(rng.randbytes(300_000))
    picks = [with_attachment(raw, attachment) if rng.random() < attachment_share else raw for raw in picks]
    return _dated_copies(picks), wanted


def with_attachment(raw: bytes, attachment: bytes) -> bytes:
    """`raw` as the first part of a multipart/mixed message whose second part is an attached PDF."""
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    fields = re.split(rb"\n(?![ \t])", head)
    content = [f for f in fields if f.lower().startswith(b"content-")] or [b"Content-Type: text/plain; charset=utf-8"]
    envelope = [f for f in fields if not f.lower().startswith((b"content-", b"mime-version"))]
    return b"\n".join(envelope + [b"MIME-Version: 1.0", b'Content-Type: multipart/mixed; boundary="bench-part"',
                                  b"", b"--bench-part"] + content + [b"", body, b"--bench-part",
                                  b"Content-Type: application/pdf", b'Content-Disposition: attachment; filename="cv.pdf"',
                                  b"Content-Transfer-Encoding: base64", b"", attachment, b"--bench-part--", b""])


def _dated_copies(picks: list[bytes]) -> list[bytes]:
    # Each copy its own Message-ID, and dated today: the corpus's own dates are older than the
    # lookback, and old mail is recorded as too old without being read.
    today = email.utils.formatdate().encode()
    return [f"Message-ID: <bench-{n}@example.org>\n".encode()
            + re.sub(rb"(?im)^date:[^\r\n]*", b"Date: " + today,
                     re.sub(rb"(?im)^message-id:.*\r?\n", b"", raw, count=1), count=1)
            for n, raw in enumerate(picks)]


# A year of a real account's other folders (--account): what the drafts' lookups search on the server.
ACCOUNT = {"Sent": 3000, "Trash": 500, "Drafts": 20}
ACCOUNT_DRAFTS: list[bytes] = []  # the user's own drafts, put back after each start_afresh


def account_mail(rng: random.Random, sizes: dict[str, int]) -> dict[str, list[bytes]]:
    """Mail for an account's Sent, Trash and Drafts: the user's own replies and new mails (in Sent,
    one in ten with a 300 kB CV attached, as applications go out), deleted everyday mail (Trash), and
    a few unfinished drafts. Their threads lie outside the inbox, so no draft is held back by them:
    they only make the server search what a real account holds, where the bench's folders were empty."""
    from onward.classifier import corpus

    everyday = [e.raw for e in corpus.load_corpus(corpus.CORPUS_DIR / "everyday-independent")]
    cv = base64.encodebytes(rng.randbytes(300_000))
    today = email.utils.formatdate().encode()

    def own(n: int, folder: str) -> bytes:
        thread = [f"<thread-{rng.randrange(10**6)}@elsewhere.example>" for _ in range(rng.randrange(0, 5))]
        head = ["From: Sam Taylor <sam@example.net>", f"To: person-{rng.randrange(500)}@example.com",
                f"Subject: {'Re: ' if thread else ''}note {n}", "Date: " + today.decode(),
                f"Message-ID: <{folder.lower()}-{n}@example.net>", "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8"]
        if thread:
            head[4:4] = [f"In-Reply-To: {thread[-1]}", f"References: {' '.join(thread)}"]
        raw = ("\n".join(head) + "\n\nThanks, I will have a look and come back to you this week.\n\nSam\n").encode()
        return with_attachment(raw, cv) if folder == "Sent" and rng.random() < 0.1 else raw

    return {"Sent": [own(n, "Sent") for n in range(sizes["Sent"])],
            "Trash": [re.sub(rb"(?im)^message-id:[^\r\n]*", f"Message-ID: <trash-{n}@example.org>".encode(), raw, count=1)
                      for n, raw in enumerate(rng.choices(everyday, k=sizes["Trash"]))],
            "Drafts": [own(n, "Drafts") for n in range(sizes["Drafts"])]}


def patient_client(user):
    """A session with a patient client: seeding or emptying thousands of messages can outlast the
    test client's 10 s timeout on a busy machine."""
    from imapclient import IMAPClient
    client = IMAPClient("127.0.0.1", port=user.server.port, ssl=False, timeout=600)
    client.login(user.name, user.password)
    return client


def put(user, folder: str, raws: list[bytes]) -> None:
    """APPEND `raws` to `folder` in MULTIAPPENDs (imapclient), Seen as a mail client leaves them."""
    if not raws:
        return
    with patient_client(user) as c:
        for i in range(0, len(raws), 200):
            c.multiappend(folder, [{"msg": raw, "flags": (b"\\Seen",)} for raw in raws[i:i + 200]])


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
        f'[schedule]\npoll_interval = "1s"\n'
        f'[drafts]\ndelay = "{delay}"\n[identity]\nname = "Sam Taylor"\nemail = "sam@example.net"\n'
        f'[state]\npath = "{folder / "state.sqlite3"}"\n')
    return config


WORKER_PEAKS = re.compile(r"worker\(s\) ended; their peak memory: ([\d, ]+) MB")
WORKER_CPU = re.compile(r"worker\(s\) ended; .*their CPU time: ([\d., ]+) s")


def worker_peaks(log: str) -> list[int]:
    """The peak memory (MB) of each scan worker, from the service's -v log (daemon.scan_worker)."""
    return [int(mb) for found in WORKER_PEAKS.findall(log) for mb in found.split(", ")]


WORKER_FORKED = re.compile(r"worker\(s\) ended; .*forked from the first: (\d+)")


def worker_cpu(log: str) -> tuple[float, float]:
    """The CPU seconds of the scan's workers, all together, from the service's -v log; and those
    of the ones that were the service's own children (a worker forked from the first is not: the
    kernel counts it in nobody's wait4, and the last `forked` figures of a line are theirs)."""
    total = children = 0.0
    for line in log.splitlines():
        found = WORKER_CPU.search(line)
        if not found:
            continue
        each = [float(s) for s in found.group(1).rstrip(", ").split(", ")]
        forked = WORKER_FORKED.search(line)
        total += sum(each)
        children += sum(each[:len(each) - int(forked.group(1))] if forked else each)
    return total, children


def onward_once(config: Path, env: dict, python: str = sys.executable, cwd: Path = ROOT
                ) -> tuple[float, int, str, list[int], tuple[float, float]]:
    """`run --once` by `python` in `cwd`: seconds, its peak RSS (the onward process itself, sampled
    every 50 ms), its summary line, each worker's peak, and the CPU seconds of the service itself
    and of its workers (wait4 counts a process's reaped children in its own time: the workers it
    started are taken from it; a worker forked from the first is not among them)."""
    # Output to files, not pipes: a log line per rejection fills a pipe nobody reads while wait4
    # waits, and both processes would wait for ever.
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        started = time.perf_counter()
        proc = subprocess.Popen([python, "-m", "onward.daemon", "--config", str(config), "-v",
                                 "run", "--once"],
                                cwd=cwd, env=env, stdout=out_file, stderr=err_file)
        # Its peak as /proc tells it, read until it ends. Not wait4's ru_maxrss: Linux carries
        # into it the memory of the process that started it (this one, holding the whole test
        # inbox: 506 MB at 50,000 messages), which is not onward's.
        peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            try:
                peak = max(peak, memory_of(proc.pid)["VmHWM"])
            except (OSError, AttributeError):  # ending just now
                pass
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read().decode(), err_file.read().decode()
    if status != 0:
        raise SystemExit(f"{python}: onward failed:\n{out}{err[-5000:]}")
    workers, children = worker_cpu(err)
    return elapsed, peak, out.strip(), worker_peaks(err), (usage.ru_utime + usage.ru_stime - children, workers)


def idle_poll(config: Path, env: dict) -> tuple[int, float, list[str]]:
    """One poll of an inbox with nothing new, on an open connection, as the service does it."""
    from onward.daemon import config as config_module
    from onward.daemon.service import make_service

    os.environ.update(env)
    service = make_service(config_module.load(config))
    service.poll()  # connects; nothing new since the run above
    try:
        with imap_commands() as sent:
            started = time.perf_counter()
            service.poll()
            elapsed = time.perf_counter() - started
    finally:
        service.run_once()  # closes the connection
        service.store.close()
    return sum(sent.values()), elapsed, sorted(sent.elements())


def start_afresh(folder: Path, user) -> None:
    """Forget the state and empty Drafts, so the next run scans and drafts everything anew."""
    (folder / "state.sqlite3").unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(folder / "state.sqlite3") + suffix).unlink(missing_ok=True)
    with patient_client(user) as c:  # the folder goes and comes back
        c.delete_folder("Drafts")
        if not c.folder_exists("Drafts"):  # Dovecot may create it again itself (auto = subscribe)
            c.create_folder("Drafts")
    put(user, "Drafts", ACCOUNT_DRAFTS)


# Stages whose figures are worked out from others (stage_figures); each label says what it holds.
IN_SAVE, IN_TRIAGE = "in the save", "in the triage"
TRIAGE_IN_PROCESS = "triage, all of it (in process: screen to drafts composed at once)"
WAITING = "waiting for the workers' answers"
RECORD = "record each batch (state commits)"
SAVE_ALL = "save the drafts (all of it: lookups, any composing, APPEND, commits)"
DRAFT = "draft (read, render)"
EXTRACT = "extract (read_rejection)"
COMMITS_AFTER = "state commits after saving (part of the save)"
SAVE_OWN = "save: lookups and APPEND"
PER_DRAFT_OWN = "saving, per draft: lookups and APPEND"


def stage_figures(spent: dict[str, float], total: float, saved: int, triage_label: str) -> dict[str, float]:
    """The stages of a timed first scan, from the seconds spent in each (`spent`: nested stages
    included in those they ran within), and the figures worked out from them: what the fetch
    and glue took (what the triage, recording and the save leave of the total), and what the save
    took besides composing drafts and its state commits. Drafts are composed in the save only of
    rejections not composed at once (in the workers, or in process in the triage): only the
    save's own share of composing is taken from it, and what is taken from a stage ran within
    it, so no figure is below zero (in process, the triage's composing once was)."""
    stages = {"total": total}
    stages["fetch (and glue: what the stages leave)"] = total - sum(
        spent.get(k, 0.0) for k in (triage_label, RECORD, SAVE_ALL))
    stages.update(spent)
    drafting = spent.get(f"{DRAFT}, {IN_SAVE}", 0.0)
    own = spent.get(SAVE_ALL, 0.0) - drafting - spent.get(COMMITS_AFTER, 0.0)
    stages[f"{SAVE_OWN} (the save less its composing, {drafting:.2f} s, and commits)"] = own
    if saved:
        stages[f"saving, per draft ({saved} drafts; all of the save)"] = spent.get(SAVE_ALL, 0.0) / saved
        stages[PER_DRAFT_OWN] = own / saved
    return stages


def phases(config: Path, env: dict, folder: Path, user, in_process: bool) -> dict[str, float]:
    """The same first scan run from this process, timed by stage; fetching is what the stages
    leave. `in_process`: the triage too (one core, each of its stages timed), as the service did
    before its workers; otherwise through the scan's workers, as the service does it."""
    import functools
    import imaplib

    import onward.drafts
    from onward.classifier import kinds as kinds_module
    from onward.classifier import model as model_module
    from onward.classifier.model import Model
    from onward.daemon import config as config_module
    from onward.daemon import triage
    from onward.daemon.scan_worker import ScanWorkers
    from onward.daemon.service import Service, make_service
    from onward.daemon.state import Store
    from onward.daemon.triage import Triager
    from onward.drafts import plan

    start_afresh(folder, user)
    os.environ.update(env)
    spent: dict[str, float] = {}
    undo = []

    saving = [False]  # inside Service.save_due_drafts: a stage timed in both is told apart

    def timed(owner, name: str, label: str, by_place: bool = False) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            key = f"{label}, {IN_SAVE if saving[0] else IN_TRIAGE}" if by_place else label
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[key] = spent.get(key, 0.0) + time.perf_counter() - started

        setattr(owner, name, wrapper)
        undo.append((owner, name, original))

    received = [0]

    def counted(name: str) -> None:  # the bytes the server sent: lines and literals
        original = getattr(imaplib.IMAP4, name)

        def wrapper(self, *args):
            data = original(self, *args)
            received[0] += len(data)
            return data

        setattr(imaplib.IMAP4, name, wrapper)
        undo.append((imaplib.IMAP4, name, original))

    counted("read")
    counted("readline")
    kept = {"composed": 0, "raw": 0}  # the bytes the state keeps of rejections composed at once
    commit_batch = Store.commit_batch

    def weighed_commit(self, folder, uidvalidity, last_uid, records, *args, **kwargs):
        records = list(records)
        for r in records:
            if r.composed:
                kept["composed"] += len(r.composed)
                kept["raw"] += len(r.raw or b"")
        return commit_batch(self, folder, uidvalidity, last_uid, records, *args, **kwargs)

    Store.commit_batch = weighed_commit  # type: ignore[method-assign]
    undo.append((Store, "commit_batch", commit_batch))
    timed(triage, "screen", "screen (first stage)")
    timed(model_module, "safe_text", "parse (message_text, once a message)")
    timed(Model, "classify_texts", "classify on its own (a user model)")
    timed(kinds_module.OnePass, "read", "classify and kinds (one featurisation)")
    timed(Triager, "decide", "record (decide per message)")
    timed(Triager, "with_kinds", "links of job mail (with_kinds)")
    timed(triage, "read_job_mail", "links: read_job_mail (part of with_kinds)")
    triage_label = TRIAGE_IN_PROCESS if in_process else WAITING
    if in_process:
        timed(Triager, "__call__", triage_label)
    else:  # the scan hands a batch over, fetches the next, then waits for the answer: time the wait
        submit = ScanWorkers.submit

        def timed_submit(self, batch):
            collect = submit(self, batch)

            def waited():
                started = time.perf_counter()
                try:
                    return collect()
                finally:
                    spent[triage_label] = spent.get(triage_label, 0.0) + time.perf_counter() - started

            return waited

        ScanWorkers.submit = timed_submit  # type: ignore[method-assign]
        undo.append((ScanWorkers, "submit", submit))
    timed(Store, "advance", RECORD)
    timed(Service, "save_due_drafts", SAVE_ALL)
    save_due_drafts = Service.save_due_drafts

    def marked_save(*args, **kwargs):
        saving[0] = True
        try:
            return save_due_drafts(*args, **kwargs)
        finally:
            saving[0] = False

    Service.save_due_drafts = marked_save  # type: ignore[method-assign]
    undo.append((Service, "save_due_drafts", save_due_drafts))
    # In process, a rejection due now is composed in the triage (Triager.with_drafts), not in the
    # save: these are timed by where they ran, and only the save's share is taken from the save.
    timed(onward.drafts, "plan_drafts", DRAFT, by_place=True)
    timed(plan, "read_rejection", EXTRACT, by_place=True)
    timed(onward.drafts, "read_rejection", EXTRACT, by_place=True)
    timed(Store, "finish_many", COMMITS_AFTER)  # one per batch of drafts
    cfg = config_module.load(config)
    service = make_service(cfg, process=Triager(cfg) if in_process else None)
    started = time.perf_counter()
    try:
        with imap_commands_in(Service, "save_due_drafts") as saving_commands:
            service.run_once()
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)
    total = time.perf_counter() - started
    service.store.close()
    with user.client() as c:
        c.select_folder("Drafts", readonly=True)
        saved = len(c.search("ALL")) - len(ACCOUNT_DRAFTS)  # the user's own drafts were there before
    stages: dict = stage_figures(spent, total, saved, triage_label)
    stages["bytes received from the server (MB)"] = received[0] / 1e6  # type: ignore[assignment]
    if kept["raw"]:
        stages["kept compositions (MB)"] = kept["composed"] / 1e6
        stages["their rejections' bytes (MB)"] = kept["raw"] / 1e6
    stages["saving: IMAP commands"] = dict(saving_commands)  # type: ignore[assignment]
    return stages


def state_file_mb(folder: Path) -> tuple[float, float]:
    """The state file's size with its WAL, and how much of it is free pages (rows deleted once
    their drafts are decided: SQLite reuses them, but never gives them back to the disk)."""
    import sqlite3

    path = folder / "state.sqlite3"
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (free,) = db.execute("PRAGMA freelist_count").fetchone()
        (page,) = db.execute("PRAGMA page_size").fetchone()
    finally:
        db.close()
    return size / 1e6, free * page / 1e6


def memory_of(pid: int) -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak) of a process, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return {key: int(re.search(rf"{key}:\s+(\d+) kB", status).group(1)) // 1024 for key in ("VmRSS", "VmHWM")}


def start_service(config: Path, env: dict, log=subprocess.DEVNULL) -> subprocess.Popen:
    """`onward run`; with a log file, at -v (the workers' peak memory is a debug line)."""
    verbose = [] if log == subprocess.DEVNULL else ["-v"]
    return subprocess.Popen([sys.executable, "-m", "onward.daemon", "--config", str(config), *verbose, "run"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)


def idle_memory_before_mail(config: Path, env: dict) -> int:
    """RSS of `onward run` waiting on an empty inbox (nothing seeded yet), in MB."""
    proc = start_service(config, env)
    try:
        time.sleep(5)  # started, logged in, scanned nothing, waiting
        return memory_of(proc.pid)["VmRSS"]
    finally:
        proc.terminate()
        proc.wait()


def service_memory(config: Path, env: dict, folder: Path, user, messages: list[bytes], day_s: float = 60,
                   every_s: float = 2) -> dict[str, int]:
    """Memory of `onward run` (fresh state): its peak during the first scan of the whole inbox, what
    it keeps while it waits after it, and both again after `day_s` seconds of new mail every `every_s`."""
    start_afresh(folder, user)
    log_file = tempfile.TemporaryFile()
    proc = start_service(config, env, log_file)
    try:
        import sqlite3
        deadline = time.monotonic() + 900
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
        time.sleep(3)  # the scan is over: the service lets the model go before it waits
        found = {"scan peak": memory_of(proc.pid)["VmHWM"], "idle after the scan": memory_of(proc.pid)["VmRSS"],
                 "children left after the scan": len(children_of(proc.pid))}
        log_file.seek(0)
        scan_workers = worker_peaks(log_file.read().decode(errors="replace"))
        found["its workers' peak"] = max(scan_workers, default=0)
        rng = random.Random(7)
        until = time.monotonic() + day_s
        n = 0
        while time.monotonic() < until:
            raw = rng.choice(messages)
            user.drop(re.sub(rb"Message-ID: <bench-", f"Message-ID: <day-{n}-".encode(), raw, count=1))
            n += 1
            time.sleep(every_s)
        time.sleep(3)
        after = memory_of(proc.pid)
        found.update({f"idle after {n} new mails": after["VmRSS"], "peak by then": after["VmHWM"]})
        log_file.seek(0)
        later = worker_peaks(log_file.read().decode(errors="replace"))[len(scan_workers):]
        found[f"workers started for them ({len(later)}), largest peak"] = max(later, default=0)
        return found
    finally:
        proc.terminate()
        proc.wait()
        log_file.close()


def children_of(pid: int) -> list[int]:
    """The processes `pid` started that are still running (scan workers left behind)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if re.search(rf"^PPid:\s+{pid}$", status.read_text(), re.M):
                found.append(int(status.parent.name))
        except OSError:
            pass
    return found


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
    global SEEDED, ACCOUNT_DRAFTS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rejections", type=float, default=0.02, help="share of rejections")
    parser.add_argument("--delay", default="0m", help='[drafts] delay ("30d": classify and record only)')
    parser.add_argument("--not-job", type=float, default=0.0,
                        help="share of the other mail that is list or shop mail not about a job (0: the corpus's mix)")
    parser.add_argument("--quick", action="store_true", help="skip the idle poll and the service's memory")
    parser.add_argument("--no-stages", action="store_true",
                        help="skip the second in-process run that times each stage of the triage")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile this process's share of the staged run through the workers (the service's "
                             "own CPU: fetching, keying, handing over, recording) and print its N largest costs")
    parser.add_argument("--realistic", action="store_true",
                        help="an everyday inbox: mostly not job mail, ~4 %% job mail, ~1 %% rejections, some "
                             "large attachments (50,000 messages unless --messages says otherwise)")
    parser.add_argument("--everyday", choices=EVERYDAY, default="corpus",
                        help="with --realistic, whose mail not about a job: the training corpus's (its everyday "
                             "mail and look-alikes of rejections, sent as list mail) or independent writers' "
                             "everyday mail (classifier/corpus/everyday-independent)")
    parser.add_argument("--account", action="store_true",
                        help="seed Sent, Trash and Drafts as a year of a real account fills them (%s messages), "
                             "not empty: the drafts' lookups then search what a real account's server searches"
                             % ", ".join(f"{folder} {n:,}" for folder, n in ACCOUNT.items()))
    parser.add_argument("--sent", type=int, default=ACCOUNT["Sent"],
                        help="with --account, the messages in Sent (a pass reads a folder of at most "
                             "daemon.mailbox.imap_lookup.INDEX_AT_MOST into its index; a larger one is searched)")
    parser.add_argument("--job-heavy", action="store_true",
                        help="a job seeker's busy inbox: the corpus's mix with 41 %% rejections (10,000 "
                             "messages unless --messages says otherwise; --rejections is ignored)")
    args = parser.parse_args()
    if args.realistic and "--messages" not in sys.argv:
        args.messages = 50_000
    if args.job_heavy:
        args.rejections = 0.41
    base = Path(tempfile.mkdtemp(prefix="onward-bench-"))
    base.chmod(0o755)  # Dovecot's auth process (user dovecot) must reach the passwd-file below
    server = Dovecot(base / "dovecot")
    server.start()
    try:
        user = server.add_user("bench", "bench-password")
        config = write_config(user, base, args.delay)
        env = dict(os.environ, BENCH_PASSWORD=user.password)
        if not args.quick:
            idle_before_mb = idle_memory_before_mail(config, env)
            start_afresh(base, user)  # the timed runs below are first scans
        if args.realistic:
            messages, rejections = realistic_mailbox(args.messages, random.Random(42), everyday=args.everyday)
        else:
            messages, rejections = corpus_mailbox(args.messages, args.rejections, random.Random(42), args.not_job)
        for raw in messages:
            user.drop(raw)
        if args.account:
            folders = account_mail(random.Random(7), {**ACCOUNT, "Sent": args.sent})
            ACCOUNT_DRAFTS = folders.pop("Drafts")
            for folder, raws in folders.items():
                put(user, folder, raws)
            put(user, "Drafts", ACCOUNT_DRAFTS)
        SEEDED = len(messages)
        bare_fetch(user)  # warm-up: Dovecot indexes the new Maildir on first access
        bare_s, size = bare_fetch(user)
        append_s, multiappend_s = bare_append(user, messages[0])
        # The model is trained once per install (then cached in the state folder): do that first,
        # so the timed run measures a first scan, not a first install.
        sample = base / "sample.eml"
        sample.write_bytes(messages[0])
        subprocess.run([sys.executable, "-m", "onward.daemon", "--config", str(config), "classify", str(sample)],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        once_s, once_mb, said, once_workers, (own_cpu, workers_cpu) = onward_once(config, env)
        print(f"(onward run --once: {once_s:.2f} s, bare fetch {bare_s:.2f} s)", flush=True)
        state_mb, state_free_mb = state_file_mb(base)
        if not args.quick:
            commands, idle_s, names = idle_poll(config, env)
            service_mb = service_memory(config, env, base, user, messages)
        if args.profile:
            import cProfile
            profiler = cProfile.Profile(time.thread_time)  # CPU of this thread, not waits
            profiler.enable()
        parts = phases(config, env, base, user, in_process=False)
        if args.profile:
            profiler.disable()
        alone = {} if args.no_stages else phases(config, env, base, user, in_process=True)
    finally:
        server.stop()
    print(f"messages:                {args.messages} ({size / 1e6:.1f} MB), {rejections} rejections")
    print(f"bare imapclient fetch:   {bare_s:.2f} s")
    print(f"onward run --once:       {once_s:.2f} s, process start and loading the cached model included")
    print(f"                         -> {said}")
    print(f"run --once CPU time:     the service's own {own_cpu:.2f} s, its workers' {workers_cpu:.2f} s")
    print(f"ratio:                   {once_s / bare_s:.2f}x (target: within 3x)")
    print(f"bare APPEND:             {append_s * 1000:.2f} ms per message one by one, "
          f"{multiappend_s * 1000:.2f} ms in MULTIAPPENDs of 50")
    for title, found in (("the first scan from this process, through the workers, by stage:", parts),
                         ("the same with the triage in this process (one core), by stage:", alone)):
        if found:
            print(title)
            show_stages(found, size)
    if args.profile:
        import pstats
        for order in ("tottime", "cumulative"):
            print(f"profile of the staged run through the workers (this process's main thread, CPU), by {order}:")
            pstats.Stats(profiler, stream=sys.stdout).sort_stats(order).print_stats(args.profile)
    print(f"run --once peak RSS:     {once_mb} MB (onward itself; its workers: "
          f"{', '.join(map(str, once_workers)) or '-'} MB)")
    print(f"state file after run --once: {state_mb:.1f} MB, {state_free_mb:.1f} MB of it free pages")
    if not args.quick:
        print(f"idle poll:               {commands} IMAP command(s) {names}, {idle_s * 1000:.1f} ms (target: at most 3)")
        print(f"service RSS, waiting before any mail: {idle_before_mb} MB (target: at most 50 MB)")
        print("service RSS (MB): " + ", ".join(f"{k} {v}" for k, v in service_mb.items())
              + " (targets: scan peak at most 100 MB, idle at most 50 MB)")


def show_stages(parts: dict, size: int) -> None:
    for label, seconds in parts.items():
        if label.startswith("bytes received"):
            print(f"  {label + ':':44s} {seconds:.1f} (bare fetch: {size / 1e6:.1f})")
        elif "MB" in label:
            print(f"  {label + ':':44s} {seconds:.1f}")
        elif isinstance(seconds, dict):
            print(f"  {label + ':':44s} {', '.join(f'{n} {k}' for k, n in sorted(seconds.items()))}")
        elif "per draft" in label:
            print(f"  {label + ':':44s} {seconds * 1000:.2f} ms")
        else:
            print(f"  {label + ':':44s} {seconds:.2f} s")


if __name__ == "__main__":
    main()
