"""The scan's reading in worker processes (issue 17): screening, parsing, classifying and the kinds
of each batch run in a child process started for a scan and ended with it. The service that waits
for mail never holds numpy or the models, and a large scan's batches are split between two
workers, one per core, while the service fetches the next batch. A small scan whose mail the first
stage sets aside whole (a newsletter, a shop's notice) starts no worker: the service screens it and
records it itself (ScanWorkers.set_aside_here).

The parent keeps the mailbox, the state and the saving of drafts: a worker gets a batch's raw
messages and gives back their records (without the bytes, which the parent has; with the composed
drafts of a rejection due at once, daemon.composed) and the log lines it wrote, which the parent
logs as its own. Workers are separate programs (`python -c`, no fork of the
parent: its threads and locks stay its own) that talk over their stdin and stdout. A worker that
dies is a WorkerFailure: nothing of its batch was recorded, so the next scan reads it again.

A scan's second worker is, on Linux, a fork of the first once that one has imported onward and
read the models: a new Python pays its imports, the models and the phrase patterns' compiling
before it reads a message, which a fork does not pay again (bench/worker_cost.py --processes).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import math
import os
import pickle
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import replace
from typing import IO, Any, Callable, Iterator

from onward.daemon.config import Config
from onward.daemon.errors import RuntimeFailure
from onward.daemon.mailbox.message import Message
from onward.daemon.schema import ImapConfig
from onward.daemon.state import JobMail, Record, Status
from onward.daemon.triage import Batch, Triager, read_whole, screen, screening

logger = logging.getLogger(__name__)

# A batch at least this long is split between two workers, in a scan of at least SECOND_AFTER
# messages (or once it has handed over that many): a second worker (a new Python, numpy and the
# models: about half a second and 90 MB) pays only in a large scan, and a poll's few new mails
# never start one. Known at its first batch, a large scan starts both workers at once, so that
# their start overlaps the fetch and both cores read from the first batch on.
SPLIT_FROM = 200
SECOND_AFTER = 2000
# Messages a worker classifies at once: the model's arrays for a batch grow with it, and beyond
# this they cost memory (a worker's peak) more than they save time.
CHUNK = 100
# One per core, two at most: the parent fetches meanwhile, and a third would wait for a core.
WORKERS = min(2, os.cpu_count() or 1)
# Whether a second worker can be forked from the first: a pidfd lets the parent end a worker
# that is not its child without the risk of hitting another process that took its pid (Linux).
# Elsewhere (macOS: its system libraries are not safe to fork) each worker is a new Python.
FORKS = hasattr(os, "pidfd_open") and hasattr(signal, "pidfd_send_signal")


class WorkerFailure(RuntimeFailure):
    """A scan's worker process ended before it answered (killed, out of memory)."""


class ScanWorkers:
    """A Triage whose work is done by worker processes, started on the first batch of a scan and
    ended by `release()` (the service calls it when the scan is over); a small scan's batch that
    the first stage sets aside whole is recorded here instead (set_aside_here). `clock` is read once per
    batch, in the parent: the due times are the parent's, as if it had decided them itself."""

    def __init__(self, cfg: Config, clock: Callable[[], float] = time.time, workers: int = WORKERS):
        # The worker needs the classifier's and the drafts' settings, never how to reach the server.
        self.cfg = replace(cfg, imap=ImapConfig(), accounts=())
        self.clock = clock
        self.most = max(1, workers)
        self.workers: list[_Worker] = []
        self.handed = 0  # messages handed over in this scan
        self.expected = 0  # messages in this scan, when the scan said so (expect)
        self.unlogged: list[tuple] = []  # the log lines of the batch collected last (replay_logs)
        self.here: Triager | None = None  # for what the first stage sets aside here (set_aside_here)

    def __call__(self, batch: Batch) -> list[Record]:
        records = self.submit(batch)()
        self.replay_logs()
        return records

    def submit(self, batch: Batch) -> Callable[[], list[Record]]:
        """Hand `batch` to the workers and return at once; the result is the call that waits for
        their records (the scan fetches the next batch meanwhile). One batch at a time: collect
        it before submitting the next. What the workers logged is logged by replay_logs(), which
        the scan calls once it has handed the next batch over: the workers read meanwhile."""
        set_aside = self.set_aside_here(batch)
        if set_aside is not None:
            self.handed += len(batch)
            return lambda: set_aside
        waiting = self._hand_over("triage", batch, self.clock(), later=True)

        def records() -> list[Record]:
            # The bytes stayed here: a rejection keeps them until its drafts are decided.
            return [replace(r, raw=m.raw) if r.status == Status.WAITING else r
                    for (m, _key), r in zip(batch, waiting())]

        return records

    def set_aside_here(self, batch: Batch) -> list[Record] | None:
        """The records of a small scan's batch that the first stage sets aside whole, made here by
        the same Triager a worker runs: a poll that brings a newsletter or a shop's mail starts no
        worker (a new Python, its imports and the models: about half a second of CPU, and a quarter
        of a second before the mail is recorded). None when a worker must read the batch: some of
        it may be job mail, the scan is large, or a worker runs already."""
        if (self.workers or not batch or len(batch) >= SPLIT_FROM
                or max(self.handed, self.expected) >= SECOND_AFTER):
            return None
        try:
            if not screening(self.cfg) or any(screen(batch)):
                return None
            if self.here is None:
                self.here = Triager(self.cfg, self.clock)
            # Told that nothing passed, not asked again: a user model saved meanwhile (onward train)
            # would have it classify, and load numpy and the model into the waiting service.
            return self.here.triage(batch, [False] * len(batch))
        except Exception:  # the first stage and the Triager promise not to raise; if they do, a worker
            logger.debug("the service could not set a batch aside itself; a worker reads it", exc_info=True)
            return None

    def expect(self, total: int) -> None:
        """A scan of `total` new messages begins (the service fetches the first batch next): a
        large one starts its workers now. A small one starts its worker when it hands over mail."""
        self.expected = total
        if total >= SECOND_AFTER:
            with self._ending_on_failure():
                while len(self.workers) < self.most:
                    self._start("triage")

    def read_whole(self) -> Callable[[bytes], bool] | None:
        """For this scan's fetch: which large messages to fetch whole (daemon.triage.read_whole)."""
        return read_whole(self.cfg)

    def history(self, fresh: list[tuple[str, Message]], screen: bool,
                ignore: tuple[str, ...]) -> list[JobMail]:
        """`onward scan --since`: what daemon.history.read_jobs makes of these messages."""
        return self._hand_over("history", [(m, key) for key, m in fresh], (screen, ignore))()

    def replay_logs(self) -> None:
        """Log what the workers logged for the batch collected last, as if logged here."""
        lines, self.unlogged = self.unlogged, []
        replay(lines)

    def _hand_over(self, kind: str, batch: Batch, extra: Any, later: bool = False) -> Callable[[], list]:
        """Send the batch (split in two if long) to the workers; the call that waits for the
        answers, in the batch's order. `later`: their log lines wait for replay_logs()."""
        if not batch:
            return list
        large = len(batch) >= SPLIT_FROM and max(self.handed, self.expected) >= SECOND_AFTER
        count = self.most if large else 1
        self.handed += len(batch)
        size = -(-len(batch) // count)
        parts = [batch[i:i + size] for i in range(0, len(batch), size)]
        with self._ending_on_failure():
            while len(self.workers) < len(parts):
                self._start(kind)
            for worker, part in zip(self.workers, parts):
                worker.post((kind, [(m.uid, m.raw, m.internal_date, m.size, key) for m, key in part], extra))
        busy = self.workers[:len(parts)]

        def collect() -> list:
            with self._ending_on_failure():
                answers = [worker.receive() for worker in busy]
            found: list = []
            for results, lines in answers:
                self.unlogged += lines
                found += results
            if not later:
                self.replay_logs()
            return found

        return collect

    def _start(self, kind: str) -> None:
        """One more worker: a fork of the first (which has, or is reading, the models `kind`
        needs) when it can be, else a new process. The first gets a spare pair of pipes for it
        when a second may follow."""
        first = self.workers[0] if self.workers else None
        if first is not None and first.spare is not None and first.sending is None:
            self.workers.append(first.fork(kind))
        else:
            self.workers.append(_Worker(self.cfg, spare=FORKS and not self.workers and self.most > 1))

    @contextlib.contextmanager
    def _ending_on_failure(self) -> Iterator[None]:
        try:
            yield
        except WorkerFailure:
            self.release()  # the other worker too: the scan stops here
            raise

    def release(self) -> list[tuple[int, float]]:
        """End the workers: the scan is over, and what it used goes with them. Returns each
        worker's peak memory in kB and the CPU seconds it used (bench/worker_cost.py)."""
        workers, self.workers = self.workers, []
        self.handed = self.expected = 0
        self.here = None  # it holds no model (set_aside_here), and nothing of it need outlive the scan
        self.replay_logs()  # a scan that stopped before it logged its last answers
        # A forked worker before the first it came from: the first, once its input ends, waits
        # for its fork to end before it ends itself.
        forked = sum(worker.process is None for worker in workers)
        ended = [worker.close() for worker in reversed(workers)][::-1]
        if ended:  # bench/first_scan.py reads this line (the forked ones are the last)
            logger.debug("the scan's %d worker(s) ended; their peak memory: %s MB; their CPU time: %s s; "
                         "forked from the first: %d", len(ended), ", ".join(str(kb // 1024) for kb, _cpu in ended),
                         ", ".join(f"{cpu:.2f}" for _kb, cpu in ended), forked)
        return ended


class _Worker:
    """One worker process and its two pipes: a new Python, or a fork of another worker (forked)."""

    process: subprocess.Popen | None  # None: forked from another worker, not this process's child
    pidfd: int | None  # a forked worker's, once it said its pid (None: not known to be its)
    first: int  # a forked worker's: the pid of the worker it was forked from
    announced: bool  # a forked worker's: its pid was read

    def __init__(self, cfg: Config, spare: bool = False):
        # The parent's import path as it is (an editable install, a checkout on PYTHONPATH).
        boot = (f"import sys; sys.path[:0] = {[p for p in sys.path if p]!r}; "
                "from onward.daemon.scan_worker import serve; serve()")
        if os.environ.get("ONWARD_WORKER_PROFILE"):  # bench/worker_cost.py --processes --profile
            boot = ("import cProfile, os, time; _p = cProfile.Profile(time.process_time); _p.enable()\n"
                    f"{boot}\n_p.disable(); _p.dump_stats(os.path.join("
                    "os.environ['ONWARD_WORKER_PROFILE'], f'worker-{os.getpid()}.prof'))")
        # The pipes of a second worker forked from this one (fork): its ends here, and the ends
        # the worker hands on to it, which this process closes once the worker has them.
        self.spare: tuple[int, int] | None = None
        handed: tuple[int, int] | None = None
        if spare:
            (their_input, to_it), (from_it, their_output) = os.pipe(), os.pipe()
            self.spare, handed = (to_it, from_it), (their_input, their_output)
        self.process = subprocess.Popen([sys.executable, "-c", boot], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, close_fds=True, pass_fds=handed or ())
        if handed:
            for fd in handed:
                os.close(fd)
        assert self.process.stdin is not None and self.process.stdout is not None  # Popen(PIPE)
        self.input: IO[bytes] = self.process.stdin
        self.output: IO[bytes] = self.process.stdout
        self.pidfd, self.first, self.announced = None, 0, False
        self.sending: threading.Thread | None = None
        self.unsent: WorkerFailure | None = None  # what post() met, raised by receive()
        level = logging.getLogger("onward").getEffectiveLevel()
        self.send((cfg, level, handed))

    @classmethod
    def forked(cls, to_it: int, from_it: int, first: int) -> "_Worker":
        """The parent's side of a worker that the worker `first` (a pid) forked, on the spare pipes."""
        worker = cls.__new__(cls)
        worker.process, worker.pidfd, worker.spare, worker.first = None, None, None, first
        worker.announced = False
        worker.input, worker.output = open(to_it, "wb"), open(from_it, "rb")
        worker.sending, worker.unsent = None, None
        return worker

    def fork(self, kind: str) -> "_Worker":
        """A second worker, forked from this one on its spare pipes once it has the models `kind`
        needs (it reads them first if it has not yet). Not while a batch is on its way to it: the
        request would be mixed into the batch's bytes."""
        assert self.spare is not None and self.sending is None
        (to_it, from_it), self.spare = self.spare, None
        try:
            self.send(("fork", [], kind))
        except WorkerFailure:
            os.close(to_it)
            os.close(from_it)
            raise
        assert self.process is not None  # the spare pipes are a new Python's
        return _Worker.forked(to_it, from_it, self.process.pid)

    def send(self, message: Any) -> None:
        try:
            pipe = self.input
            pickle.dump(message, pipe, protocol=pickle.HIGHEST_PROTOCOL)
            pipe.flush()
        except (BrokenPipeError, OSError):
            raise self.failure() from None

    def post(self, message: Any) -> None:
        """send() without waiting: a worker still starting (Python, imports) reads a batch only
        when ready, and meanwhile the scan fetches the next one. receive() waits for it."""
        def sending() -> None:
            try:
                self.send(message)
            except WorkerFailure as exc:
                self.unsent = exc

        self.unsent = None
        self.sending = threading.Thread(target=sending, name="scan-worker-input", daemon=True)
        self.sending.start()

    def receive(self) -> Any:
        if self.sending is not None:
            self.sending.join()
            self.sending = None
            if self.unsent:
                raise self.unsent
        try:
            self._known()
            kind, answer = pickle.load(self.output)
        except (EOFError, OSError, pickle.UnpicklingError):
            raise self.failure() from None
        if kind == "bug":  # the worker's own traceback, as the parent would have raised it
            raise RuntimeError(f"the scan's worker process hit a bug:\n{answer}")
        return answer

    def _known(self) -> None:
        """A forked worker's first words are its pid: the parent holds it by a pidfd (kill). A fork
        that died before is reaped at once and its pid may since be another process's: the pidfd is
        kept only if its process is a child of the first worker, and still alive once that was read
        (so what was read was its own). Else the worker is ended by its input alone."""
        if self.process is None and not self.announced:
            self.announced = True
            pid = pickle.load(self.output)
            pidfd = os.pidfd_open(pid)
            try:
                with open(f"/proc/{pid}/status") as status:
                    parent = next((int(line.split()[1]) for line in status if line.startswith("PPid:")), 0)
                ended = select.select([pidfd], [], [], 0)[0]  # a pidfd is readable once its process ended
            except (OSError, ValueError):
                parent, ended = 0, [pidfd]
            if parent == self.first and not ended:
                self.pidfd = pidfd
            else:
                os.close(pidfd)

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            return
        with contextlib.suppress(EOFError, OSError, pickle.UnpicklingError):
            self._known()
        if self.pidfd is not None:
            with contextlib.suppress(ProcessLookupError):
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)

    def failure(self) -> WorkerFailure:
        how = ""
        if self.process is not None:  # a forked worker is its parent's to reap, not this process's
            try:
                code = self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                code = self.process.wait()
            how = f" (killed by signal {-code})" if code < 0 else f" (exit status {code})"
        return WorkerFailure(f"the scan's worker process ended unexpectedly{how}; "
                             "the mail it was reading is read again at the next scan")

    def close(self) -> tuple[int, float]:
        """End the worker (at the end of its input it exits); its peak memory in kB and the CPU
        seconds it used (0: not known)."""
        if self.sending is not None:  # a batch nobody will collect (the scan stopped): let it go
            self.kill()
            self.sending.join()
        try:
            self.input.close()
        except OSError:
            pass
        for fd in self.spare or ():  # a second worker never forked
            os.close(fd)
        self.spare = None
        if self.process is None:
            return self._close_forked()
        peak, cpu, deadline = 0, 0.0, time.monotonic() + 10
        while self.process.returncode is None:
            # wait4 rather than Popen.wait: the kernel's account of the worker's peak memory.
            try:
                pid, status, usage = os.wait4(self.process.pid, os.WNOHANG)
            except ChildProcessError:  # reaped already (Popen.poll)
                break
            if pid:
                self.process.returncode = os.waitstatus_to_exitcode(status)
                peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
            elif time.monotonic() > deadline:  # busy with a batch nobody waits for any more
                self.process.kill()
                deadline = math.inf
            else:
                time.sleep(0.005)
        self.output.close()
        return peak, cpu

    def _close_forked(self) -> tuple[int, float]:
        """A forked worker's end: its input closed, it says what it used and exits (its answers
        nobody waits for any more are passed over; a worker that died says nothing: 0)."""
        peak, cpu = 0, 0.0
        with contextlib.suppress(EOFError, OSError, pickle.UnpicklingError):
            self._known()
            while True:
                kind, answer = pickle.load(self.output)
                if kind == "ended":
                    peak, cpu = answer
                    break
        self.output.close()
        if self.pidfd is not None:
            os.close(self.pidfd)
            self.pidfd = None
        return peak, cpu


def replay(lines: list[tuple]) -> None:
    """Log what the worker logged, as if it had been logged here (the handlers, the account and
    the redaction are the parent's)."""
    if not lines:
        return
    # Each record begins as makeLogRecord's blank one (whose fields are the same for all but the
    # time), and takes the worker's fields: a copy of a dict, not a LogRecord's __init__ a line.
    blank = vars(logging.makeLogRecord({}))
    loggers: dict[str, logging.Logger] = {}  # this batch's: a few names
    for name, levelno, levelname, text, template, created, msecs, extra in lines:
        record = logging.LogRecord.__new__(logging.LogRecord)
        fields = vars(record)
        fields.update(blank)
        fields.update(name=name, levelno=levelno, levelname=levelname, msg=text, template=template,
                      created=created, msecs=msecs)
        if extra:
            fields.update(extra)
        target = loggers.get(name) or loggers.setdefault(name, logging.getLogger(name))
        target.handle(record)


# What a worker's log line carries in its own places, or leaves out: args and exc_info (the text
# and the traceback's text travel instead), and what no handler here shows (the source's place,
# the worker's process and thread).
_LINE_FIELDS = frozenset(("name", "levelno", "levelname", "msg", "args", "created", "msecs",
                          "exc_info", "exc_text", "pathname", "filename", "module", "lineno",
                          "funcName", "relativeCreated", "thread", "threadName", "processName",
                          "process", "taskName"))


class _Collect(logging.Handler):
    """In the worker: keeps each log record as a tuple plain enough to travel (text, no traceback
    object): (name, level, level name, text, template, created, msecs, the other fields or None)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[tuple] = []

    def emit(self, record: logging.LogRecord) -> None:
        extra = {k: v for k, v in vars(record).items() if k not in _LINE_FIELDS and _plain(v)}
        if record.exc_info:
            extra["exc_text"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        elif record.exc_text:
            extra["exc_text"] = record.exc_text
        if extra.get("stack_info") is None:
            extra.pop("stack_info", None)
        # The event's name is made from the template (daemon.logs).
        self.lines.append((record.name, record.levelno, record.levelname, record.getMessage(),
                           str(record.msg), record.created, record.msecs, extra or None))


def _plain(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, tuple, list, dict))


def serve(stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> None:
    """The worker's loop: the settings first, then batch after batch (a scan's, or `onward scan
    --since`'s) until its input ends."""
    from onward.daemon import faults
    from onward.daemon.history import read_jobs
    from onward.daemon.job_mail import KindReader
    from onward.daemon.triage import Triager

    source: IO[bytes] = stdin or sys.stdin.buffer
    answers: IO[bytes] = stdout or sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not land in the answers
    # Ctrl-C and systemd's stop reach the whole group: the parent ends its workers itself (it
    # closes their input), and a worker whose parent died sees its input end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    cfg, level, spare = pickle.load(source)
    collect = _Collect()
    root = logging.getLogger()
    root.handlers[:] = [collect]
    root.setLevel(level)
    now = [time.time()]
    triager = Triager(cfg, clock=lambda: now[0])
    kinds = KindReader()
    while True:
        try:
            kind, items, extra = pickle.load(source)
        except EOFError:
            break
        if kind == "fork":
            if spare is None:  # asked once at most: the parent gave the pipes to this fork
                continue
            if extra == "triage":  # what the fork needs, read once for both
                with contextlib.suppress(Exception):  # if it fails, each fails again on its batch
                    triager.one_pass(triager.model)
            else:
                with contextlib.suppress(Exception):
                    kinds.kinds_of_texts([""])
            mine = (source.fileno(), answers.fileno())
            # What both have read (modules, compiled patterns, the models) stays put: the
            # collector no longer walks it, and so never writes to the pages the two share.
            gc.collect()
            gc.freeze()
            # The fork is reaped by the system when it ends (none is left a zombie, whoever this
            # worker's parent is), and never counts in this worker's CPU time.
            signal.signal(signal.SIGCHLD, signal.SIG_IGN)
            if os.fork() == 0:  # the second worker: the spare pipes are its own, this one's are not
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                faults.forked()
                # Let go of the first's pipes (its parent must see them end with it), keeping
                # their numbers taken, as the first's stdin and stdout objects still name them.
                nothing = os.open(os.devnull, os.O_RDWR)
                for fd in mine:
                    os.dup2(nothing, fd)
                os.close(nothing)
                source, answers = open(spare[0], "rb"), open(spare[1], "wb")
                pickle.dump(os.getpid(), answers, protocol=pickle.HIGHEST_PROTOCOL)
                answers.flush()
            else:
                for fd in spare:
                    os.close(fd)
            spare = None
            continue
        collect.lines = []
        messages = [(Message(uid, raw, date, size), key) for uid, raw, date, size, key in items]
        try:
            results: list
            results = []
            for start in range(0, len(messages), CHUNK):
                chunk = messages[start:start + CHUNK]
                if kind == "triage":
                    now[0] = extra
                    # The bytes stay with the parent (only a rejection's record carries them).
                    results += [r if r.raw is None else replace(r, raw=None) for r in triager(chunk)]
                else:
                    screen, ignore = extra
                    results += read_jobs([(key, m) for m, key in chunk], kinds, screen, ignore,
                                         triager.reason_of)
            answer: tuple[str, Any] = ("ok", (results, collect.lines))
        except Exception:
            answer = ("bug", traceback.format_exc())
        faults.checkpoint("worker_before_answer")  # the crash tests kill a worker here
        try:
            pickle.dump(answer, answers, protocol=pickle.HIGHEST_PROTOCOL)
            answers.flush()
        except OSError:  # the parent is gone (killed): nobody waits for the answer
            return
    # What it used (a forked worker is not its parent's child, whose wait4 would tell); then it
    # waits for a worker forked from it to end.
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    with contextlib.suppress(OSError):
        pickle.dump(("ended", (used.ru_maxrss, used.ru_utime + used.ru_stime)), answers,
                    protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()
    with contextlib.suppress(ChildProcessError):
        os.waitpid(-1, 0)
