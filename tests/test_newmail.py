"""A Maildir account notices new mail at once: inotify, or a look every 2 s where that is missing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from onward.daemon import config
from onward.daemon.mailbox import maildir_watch as newmail
from onward.daemon.mailbox.maildir_folders import Maildir
from onward.daemon.mailbox.maildir_watch import INOTIFY, POLLING, NewMailWatch
from onward.daemon.service import make_service
from tests.support.helpers import start_onward, state_rows, wait_for
from tests.support.mail import message, rejection

NEVER = lambda: False  # noqa: E731 (should_stop for a watch nobody stops)


def deliver_later(maildir: Maildir, raw: bytes, name: str, after: float = 0.3) -> threading.Thread:
    """As an MDA or mbsync does: write into tmp/, then rename into new/."""
    def deliver():
        time.sleep(after)
        tmp = maildir.inbox / "tmp" / name
        tmp.write_bytes(raw)
        tmp.rename(maildir.inbox / "new" / name)
    thread = threading.Thread(target=deliver)
    thread.start()
    return thread


@pytest.fixture
def maildir(tmp_path) -> Maildir:
    maildir = Maildir(tmp_path / "Mail" / "home" / "INBOX")
    maildir.create()
    return maildir


@pytest.mark.slow  # waits out real poll intervals and quiet periods: not in the quick loop
@pytest.mark.parametrize("use_inotify", [True, False])
def test_the_watch_wakes_on_new_mail_and_not_on_reading(maildir, use_inotify):
    (maildir.inbox / "cur" / "1.old.host:2,S").write_bytes(message(1))
    watch = NewMailWatch(maildir.inbox, use_inotify=use_inotify)
    try:
        assert watch.start() == (INOTIFY if use_inotify else POLLING)
        (maildir.inbox / "cur" / "1.old.host:2,S").read_bytes()  # a mail reader opening it
        assert watch.wait(2.5, NEVER) is False
        thread = deliver_later(maildir, message(2), "2.new.host")
        assert watch.wait(30, NEVER) is True
        thread.join()
    finally:
        watch.close()


def test_the_watch_stops_waiting_when_asked(maildir):
    watch = NewMailWatch(maildir.inbox)
    watch.start()
    asked = []
    try:
        assert watch.wait(30, lambda: asked.append(1) or len(asked) > 2) is False
    finally:
        watch.close()


@pytest.mark.slow  # waits out real poll intervals and quiet periods: not in the quick loop
def test_without_inotify_it_falls_back_to_polling(maildir, monkeypatch):
    class Exhausted(newmail.Observer):
        def start(self):
            raise OSError(24, "inotify instance limit reached")

    monkeypatch.setattr(newmail, "Observer", Exhausted)
    watch = NewMailWatch(maildir.inbox)
    assert watch.start() == POLLING and "limit reached" in watch.reason
    thread = deliver_later(maildir, message(1), "1.new.host")
    assert watch.wait(30, NEVER) is True
    thread.join()


def maildir_config(tmp_path: Path, maildir: Maildir) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
                    '[schedule]\npoll_interval = "1h"\n[drafts]\ndelay = "0m"\n'
                    f'[[accounts]]\nname = "home"\ntype = "maildir"\npath = "{maildir.root.parent}"\n')
    return path


def rejection_recorded(state: Path):
    return [r for r in state_rows(state, "SELECT status FROM messages") if r[0] != "other"]


def test_onward_run_notices_new_maildir_mail_long_before_the_next_poll(tmp_path, maildir):
    log = tmp_path / "run.log"
    proc = start_onward("--config", str(maildir_config(tmp_path, maildir)), "run", log=log)
    try:
        wait_for(lambda: "for new mail: inotify" in log.read_text(), timeout=60)
        deliver_later(maildir, rejection(1), "1.new.host", after=0).join()
        # The next poll is an hour away: only the watch can have woken the service.
        wait_for(lambda: rejection_recorded(tmp_path / "state.sqlite3"), timeout=10)
        wait_for(lambda: list(maildir.files("Drafts")), timeout=10)
        assert "1 new message(s) recorded" in log.read_text()
    finally:
        proc.terminate()
        assert proc.wait(timeout=20) == 0, log.read_text()


@pytest.mark.slow  # waits out real poll intervals and quiet periods: not in the quick loop
def test_the_service_wakes_by_polling_when_inotify_is_unavailable(tmp_path, maildir):
    cfg = config.load(maildir_config(tmp_path, maildir))
    (account,) = config.accounts_of(cfg)
    services = []

    def serve():  # the state store belongs to the thread that opens it, as in `onward run`
        service = make_service(account.cfg, account=account)
        service.mailbox.use_inotify = False
        services.append(service)
        try:
            service.run()
        finally:
            service.store.close()

    thread = threading.Thread(target=serve)
    thread.start()
    try:
        wait_for(lambda: services and services[0].mailbox.watch is not None, timeout=60)
        assert services[0].mailbox.watch.how == POLLING
        deliver_later(maildir, rejection(1), "1.new.host", after=0).join()
        wait_for(lambda: rejection_recorded(tmp_path / "state.sqlite3"), timeout=10)
    finally:
        if services:
            services[0].stop()
        thread.join(timeout=20)
    assert not thread.is_alive() and services[0].mailbox.watch is None  # the watch ends with the service
