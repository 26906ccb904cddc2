"""The scan's reading in worker processes (issue 17 item 2), against the real Dovecot: the same
records and drafts as reading in the service's own process, no worker left once the scan is over,
and a worker killed half-way through a scan loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onward.daemon import config, scan_worker
from onward.daemon.service import make_service
from onward.daemon.triage import Triager
from tests.support.helpers import keys_in_drafts, onward, start_onward, state_rows, wait_for
from tests.support.mail import interview, message, rejection
from tests.support.scan import IDENTITY, JOBS, ROWS, SHOP, drafts_as_read, run_at


def mixed_inbox(user) -> None:
    user.drop(rejection(1))
    user.drop(interview(2))
    user.drop(SHOP)
    user.drop(rejection(4, sender="Ola Berg <ola@nordvik.example>", subject="Your application to Nordvik"))
    user.drop(b"Subject: =?bogus?Q?broken?=\r\nFrom: <<>>\r\n\r\n\xff\xfe not much of a mail\r\n")
    user.drop(rejection(6, sender="Jon Hale <jon@hale.example>", subject="Re: Data Analyst role"))


def test_workers_record_and_draft_what_the_service_itself_would(mail_user, write_config, tmp_path, monkeypatch):
    monkeypatch.setattr(scan_worker, "SPLIT_FROM", 2)  # six messages: two workers, three each
    monkeypatch.setattr(scan_worker, "SECOND_AFTER", 0)
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n' + IDENTITY)
    mixed_inbox(mail_user)
    cfg = config.load(path)
    at = time.time() + 2  # one clock for both runs, after the mail arrived: the same due times
    run_at(path, at, Triager(cfg, lambda: at))
    state = tmp_path / "state.sqlite3"
    by_itself = (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user))
    assert sorted(row[6] for row in by_itself[0]) == ["drafted"] * 3 + ["other"] * 3, by_itself[0]
    assert len(by_itself[1]) == 6 and len(by_itself[2]) == 3

    for suffix in ("", "-wal", "-shm"):  # the same inbox again, from nothing, through the workers
        Path(f"{state}{suffix}").unlink(missing_ok=True)
    with mail_user.client() as c:
        c.select_folder("Drafts")
        c.delete_messages(c.search("ALL"))
        c.expunge()
    pooled, result = run_at(path, at)
    assert isinstance(pooled.process, scan_worker.ScanWorkers)
    assert result.fetched == 6 and result.rejections == 3
    assert (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user)) == by_itself
    assert pooled.process.workers == []  # they ended with the scan


def test_a_large_batch_goes_to_two_workers_and_both_end(mail_user, write_config, monkeypatch):
    monkeypatch.setattr(scan_worker, "SPLIT_FROM", 2)
    monkeypatch.setattr(scan_worker, "SECOND_AFTER", 0)
    ended = []
    original = scan_worker._Worker.close

    def spy(self):
        used = original(self)
        # A new Python ended with status 0; a fork of the first worker said what it used.
        ended.append(self.process.poll() == 0 if self.process else used[1] > 0)
        return used

    monkeypatch.setattr(scan_worker._Worker, "close", spy)
    path = write_config(mail_user, extra='[drafts]\ndelay = "30d"\n')
    for n in range(1, 5):
        mail_user.drop(rejection(n, subject=f"Your application {n}"))
    service, result = run_at(path, time.time())
    assert result.recorded == 4 and result.rejections == 4
    assert ended == [True, True] and service.process.workers == []  # each ended by itself, none killed


def test_a_worker_killed_mid_scan_loses_and_duplicates_nothing(mail_user, write_config, tmp_path):
    # Batches of two: the worker answers the first batch, and dies before answering the second.
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n' + IDENTITY, batch_size=2)
    for n in range(1, 7):
        mail_user.drop(rejection(n, sender=f"Recruiter {n} <r{n}@firm{n}.example>",
                                 subject=f"Your application to Firm {n}"))
    crashed = onward("--config", str(path), "run", "--once",
                     env=dict(os.environ, ONWARD_CRASH_AT="worker_before_answer:2"))
    assert crashed.returncode == 3, crashed.stderr
    assert "worker process ended unexpectedly (killed by signal 9)" in crashed.stderr
    assert "Traceback" not in crashed.stderr
    state = tmp_path / "state.sqlite3"
    # The first batch is recorded, and its drafts saved (they were due); the rest is not recorded.
    assert len(state_rows(state)) == 2
    assert len(keys_in_drafts(mail_user)) == 2
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr
    again = onward("--config", str(path), "run", "--once")
    assert again.returncode == 0, again.stderr
    keys = keys_in_drafts(mail_user)
    assert len(keys) == 6 and len(set(keys)) == 6
    assert sorted(status for _uid, _key, status in state_rows(state)) == ["drafted"] * 6


def test_the_service_survives_workers_that_die_and_reads_the_rest_later(mail_user, write_config, tmp_path):
    # Every worker dies at its second batch: each poll records one batch of two, logs the failure,
    # and the service goes on until the whole inbox is read.
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n[schedule]\npoll_interval = "1s"\n'
                        + IDENTITY, batch_size=2)
    for n in range(1, 6):
        mail_user.drop(rejection(n, sender=f"Recruiter {n} <r{n}@firm{n}.example>",
                                 subject=f"Your application to Firm {n}"))
    log = tmp_path / "service.log"
    os.environ["ONWARD_CRASH_AT"] = "worker_before_answer:2"
    try:
        service = start_onward("--config", str(path), "run", log=log)
    finally:
        del os.environ["ONWARD_CRASH_AT"]
    try:
        state = tmp_path / "state.sqlite3"
        wait_for(lambda: len(state_rows(state)) == 5, timeout=60)
        wait_for(lambda: len(keys_in_drafts(mail_user)) == 5, timeout=30)
        time.sleep(2)  # a few more polls: nothing more may come of them
        assert service.poll() is None, log.read_text()
    finally:
        service.terminate()
        service.wait(timeout=30)
    keys = keys_in_drafts(mail_user)
    assert len(keys) == 5 and len(set(keys)) == 5
    text = log.read_text()
    assert text.count("worker process ended unexpectedly") >= 2, text
    assert "Traceback" not in text


def history_rows(path: Path, read=None) -> list[tuple]:
    """`onward scan --since` of the inbox into a fresh state file; its job_mail rows."""
    import datetime as dt

    from onward.daemon.config import accounts_of
    from onward.daemon.history import open_source, scan_history
    from onward.daemon.job_mail import reason_reader
    from onward.daemon.state import Store

    cfg = config.load(path)
    (account,) = accounts_of(cfg)
    state = path.parent / f"history-{'workers' if read else 'alone'}.sqlite3"
    store = Store(state)
    source = open_source(account)
    try:
        since = dt.date.today() - dt.timedelta(days=30)
        # As `onward scan --since` reads them: the reasons too.
        scan_history(source, store, account, ["INBOX"], since, reason_reader(), read=read)
    finally:
        source.close()
        store.close()
    return state_rows(state, JOBS)


def test_scan_since_reads_in_workers_what_it_read_by_itself(mail_user, write_config, monkeypatch):
    monkeypatch.setattr(scan_worker, "SPLIT_FROM", 2)
    monkeypatch.setattr(scan_worker, "SECOND_AFTER", 0)
    path = write_config(mail_user)
    mixed_inbox(mail_user)
    alone = history_rows(path)
    workers = scan_worker.ScanWorkers(config.load(path))
    try:
        pooled = history_rows(path, workers.history)
        assert len(workers.workers) == 2
    finally:
        workers.release()
    assert len(alone) == 6 and sum(row[2] == "rejection" for row in alone) == 3, alone
    assert pooled == alone


def test_scan_since_after_a_worker_died_goes_on_where_it_stopped(mail_user, write_config, tmp_path):
    path = write_config(mail_user, batch_size=2)
    for n in range(1, 6):
        mail_user.drop(rejection(n, sender=f"Recruiter {n} <r{n}@firm{n}.example>",
                                 subject=f"Your application to Firm {n}"))
    args = ("--config", str(path), "scan", "--since", "30d")
    crashed = onward(*args, env=dict(os.environ, ONWARD_CRASH_AT="worker_before_answer:2"))
    assert crashed.returncode == 3, crashed.stderr
    assert "worker process ended unexpectedly" in crashed.stderr and "Traceback" not in crashed.stderr
    state = tmp_path / "state.sqlite3"
    assert len(state_rows(state, JOBS)) == 2  # the first batch only
    done = onward(*args)
    assert done.returncode == 0, done.stderr
    rows = state_rows(state, JOBS)
    assert len(rows) == 5 and len({row[1] for row in rows}) == 5
    assert {row[2] for row in rows} == {"rejection"}


def test_a_quiet_poll_is_one_command_and_starts_no_worker(mail_user, write_config, monkeypatch):
    from tests.support.imap_count import imap_commands

    started = []
    monkeypatch.setattr(scan_worker, "_Worker", lambda cfg, **kwargs: started.append(cfg))
    path = write_config(mail_user, extra='[drafts]\ndelay = "30d"\n')
    service = make_service(config.load(path))
    try:
        service.poll()  # logs in; the inbox is empty
        with imap_commands() as sent:
            service.poll()  # nothing new: one command on the open connection (issue 17's table)
        assert sum(sent.values()) == 1, sent
        assert started == []
    finally:
        service.run_once()  # closes the connection
        service.store.close()


def test_a_scan_known_to_be_large_uses_both_workers_from_its_first_batch(mail_user, write_config, monkeypatch):
    # Six new messages in batches of three, "large" from six on: both workers start with the scan
    # and share the first batch already (before, the second waited until six had been handed over).
    monkeypatch.setattr(scan_worker, "SPLIT_FROM", 2)
    monkeypatch.setattr(scan_worker, "SECOND_AFTER", 6)
    sizes: list[list[int]] = []
    original = scan_worker._Worker.post

    def spy(self, message):
        sizes.append([len(message[1])])
        original(self, message)

    monkeypatch.setattr(scan_worker._Worker, "post", spy)
    path = write_config(mail_user, extra='[drafts]\ndelay = "30d"\n', batch_size=3)
    for n in range(1, 7):
        mail_user.drop(rejection(n, subject=f"Your application {n}"))
    service, result = run_at(path, time.time())
    assert result.recorded == 6 and result.rejections == 6
    assert sorted(sum(sizes, [])) == [1, 1, 2, 2]  # each batch of three split in two
    assert service.process.workers == []


def test_a_small_scan_starts_one_worker(mail_user, write_config, monkeypatch):
    monkeypatch.setattr(scan_worker, "SPLIT_FROM", 2)
    monkeypatch.setattr(scan_worker, "SECOND_AFTER", 6)
    started = workers_started(monkeypatch)
    path = write_config(mail_user, extra='[drafts]\ndelay = "30d"\n', batch_size=3)
    for n in range(1, 5):
        mail_user.drop(rejection(n, subject=f"Your application {n}"))
    _service, result = run_at(path, time.time())
    assert result.recorded == 4 and len(started) == 1


def workers_started(monkeypatch) -> list:
    """Each worker started from now on (its process)."""
    started: list = []
    original = scan_worker._Worker.__init__

    def spy(self, cfg, *args, **kwargs):
        original(self, cfg, *args, **kwargs)
        started.append(self.process)

    monkeypatch.setattr(scan_worker._Worker, "__init__", spy)
    return started


EVERYDAY = [SHOP, message(7, subject="Book club on Thursday", sender="Ana <ana@friends.example>",
                          body="Hi all,\n\nwe meet at mine at seven, bring a snack if you like.\n"),
            # Headers a reader must not trip on: a bogus encoded word, no address, 8-bit bytes.
            b"Subject: =?bogus?Q?broken?=\r\nFrom: <<>>\r\n\r\n\xff\xfe not much of a mail\r\n",
            b"Subject: Gr\xc3\xbc\xc3\x9fe aus M\xc3\xbcnchen\r\nFrom: Oma <oma@familie.example>\r\n"
            b"Message-ID: <oma-1@familie.example>\r\n\r\nIch hoffe, es geht dir gut.\r\n"]


def test_a_poll_of_mail_the_first_stage_sets_aside_starts_no_worker(mail_user, write_config, tmp_path, monkeypatch):
    """Mail plainly not about a job, and nothing else, is set aside by the service's own first stage,
    with the records a worker makes of it (a worker is a new Python, its imports and the models: half
    a second of CPU for each poll that brings a newsletter); a poll that brings a rejection starts one."""
    path = write_config(mail_user, extra='[drafts]\ndelay = "30d"\n[classifier]\nignore_senders = ["*@friends.example"]\n')
    for raw in EVERYDAY:
        mail_user.drop(raw)
    at = time.time() + 2
    with monkeypatch.context() as only_workers:  # the reference: all of it read by a worker
        only_workers.setattr(scan_worker.ScanWorkers, "set_aside_here", lambda self, batch: None)
        started = workers_started(only_workers)
        _service, result = run_at(path, at)
        assert result.recorded == len(EVERYDAY) and len(started) == 1
    state = tmp_path / "state.sqlite3"
    by_worker = (state_rows(state, ROWS), state_rows(state, JOBS))
    assert sorted(row[6] for row in by_worker[0]) == ["ignored"] + ["other"] * 3, by_worker[0]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{state}{suffix}").unlink(missing_ok=True)
    started = workers_started(monkeypatch)
    _service, result = run_at(path, at)
    assert result.recorded == len(EVERYDAY) and started == []
    assert (state_rows(state, ROWS), state_rows(state, JOBS)) == by_worker
    mail_user.drop(rejection(8))
    _service, result = run_at(path, at + 1)
    assert result.recorded == 1 and result.rejections == 1 and len(started) == 1


def test_a_user_model_saved_meanwhile_loads_no_model_into_the_service(mail_user, write_config, monkeypatch):
    """The service's Triager is told that nothing passed, not asked again: a user model saved between
    two askings (onward train turns the first stage off) would have it classify in the service, and
    load numpy and the model into the waiting service."""
    from onward.daemon import triage

    answers = iter([True])  # set_aside_here's asking: the first stage is on; any later one: a user model
    monkeypatch.setattr(scan_worker, "screening", lambda cfg: next(answers, False))
    monkeypatch.setattr(triage, "screening", lambda cfg: False)
    monkeypatch.setattr(triage.Triager, "classify", lambda *args: pytest.fail("classified in the service"))
    path = write_config(mail_user, extra='[drafts]\ndelay = "30d"\n')
    mail_user.drop(SHOP)
    service, result = run_at(path, time.time())
    assert result.recorded == 1 and service.process.workers == []
    assert service.process.here is None  # let go with the scan


def test_a_first_stage_that_fails_in_the_service_leaves_the_batch_to_a_worker(mail_user, write_config, monkeypatch):
    def broken(batch):
        raise RuntimeError("a first stage that breaks its promise")

    monkeypatch.setattr(scan_worker, "screen", broken)
    started = workers_started(monkeypatch)
    path = write_config(mail_user, extra='[drafts]\ndelay = "30d"\n')
    for raw in EVERYDAY:
        mail_user.drop(raw)
    _service, result = run_at(path, time.time())
    assert result.recorded == len(EVERYDAY) and len(started) == 1  # the worker's own first stage set them aside


def _mail(count: int) -> list:
    from onward.daemon.mailbox.message import Message

    return [(Message(n, rejection(n, subject=f"Your application {n}"), None, 0), f"key-{n}")
            for n in range(1, count + 1)]


def _config(tmp_path: Path):
    import dataclasses

    cfg = config.Config()
    return dataclasses.replace(cfg, state=dataclasses.replace(cfg.state, path=str(tmp_path / "state.sqlite3")))


@pytest.mark.skipif(not scan_worker.FORKS, reason="the second worker is forked only where a pidfd can end it")
def test_a_forked_second_worker_reads_what_a_worker_reads_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(scan_worker, "SPLIT_FROM", 2)
    monkeypatch.setattr(scan_worker, "SECOND_AFTER", 0)
    at = time.time()
    batch = _mail(4)
    alone = scan_worker.ScanWorkers(_config(tmp_path), clock=lambda: at, workers=1)
    pair = scan_worker.ScanWorkers(_config(tmp_path), clock=lambda: at, workers=2)
    try:
        expected = alone(batch)
        pair.expect(len(batch))
        assert [w.process is None for w in pair.workers] == [False, True]  # one new Python, one fork
        assert pair(batch) == expected and pair(batch) == expected  # and again, the models kept
    finally:
        alone.release()
        ended = pair.release()
    assert len(ended) == 2 and all(cpu > 0 for _peak, cpu in ended)  # each said what it used


@pytest.mark.skipif(not scan_worker.FORKS, reason="the second worker is forked only where a pidfd can end it")
def test_a_forked_worker_that_dies_is_a_worker_failure_and_leaves_no_process(tmp_path, monkeypatch):
    monkeypatch.setattr(scan_worker, "SPLIT_FROM", 2)
    monkeypatch.setattr(scan_worker, "SECOND_AFTER", 0)
    monkeypatch.setenv("ONWARD_CRASH_AT", "worker_before_answer:1")  # each dies at its first answer
    announced: list[int] = []
    pidfd_open = os.pidfd_open
    monkeypatch.setattr(os, "pidfd_open", lambda pid, *a: announced.append(pid) or pidfd_open(pid, *a))
    workers = scan_worker.ScanWorkers(_config(tmp_path))
    workers.expect(4)
    with pytest.raises(scan_worker.WorkerFailure, match="ended unexpectedly"):
        workers(_mail(4))
    assert workers.workers == []
    (forked,) = announced

    def gone() -> bool:
        try:
            return "\nState:\tZ" in Path(f"/proc/{forked}/status").read_text()
        except FileNotFoundError:
            return True

    wait_for(gone, timeout=10)


@pytest.mark.skipif(not scan_worker.FORKS, reason="the second worker is forked only where a pidfd can end it")
def test_a_forked_worker_counts_its_own_passes_of_a_crash_point(tmp_path, monkeypatch):
    monkeypatch.setattr(scan_worker, "SPLIT_FROM", 2)
    monkeypatch.setattr(scan_worker, "SECOND_AFTER", 10**9)
    monkeypatch.setenv("ONWARD_CRASH_AT", "worker_before_answer:2")  # each dies at its second answer
    at = time.time()
    pair = scan_worker.ScanWorkers(_config(tmp_path), clock=lambda: at, workers=2)
    try:
        assert len(pair(_mail(1))) == 1  # the first alone, once past the point
        monkeypatch.setattr(scan_worker, "SECOND_AFTER", 0)
        pair.submit(_mail(4))
        first, fork = pair.workers
        assert fork.process is None
        results, _lines = fork.receive()  # its first answer, as a new Python's would be
        assert len(results) == 2
        with pytest.raises(scan_worker.WorkerFailure):
            first.receive()
    finally:
        pair.release()


@pytest.mark.skipif(not scan_worker.FORKS, reason="the second worker is forked only where a pidfd can end it")
def test_a_forked_workers_pid_is_killed_only_if_it_is_the_first_workers_child():
    # A fork that died is reaped at once: the pid it said may be another process's by the time
    # the parent opens a pidfd on it, and that one must not be killed.
    for ours in (False, True):
        stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        first, killed = (os.getpid(), True) if ours else (stranger.pid, False)  # nobody's own parent
        try:
            (_their_input, to_it), (from_it, their_output) = os.pipe(), os.pipe()
            with open(their_output, "wb") as said:
                pickle.dump(stranger.pid, said)
            worker = scan_worker._Worker.forked(to_it, from_it, first)
            worker.kill()
            worker.close()
            os.close(_their_input)
            try:
                stranger.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            assert (stranger.poll() is not None) == killed
        finally:
            stranger.kill()
            stranger.wait()
