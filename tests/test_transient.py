"""A refusal the server marks as temporary is retried; only a permanent one ends the service.

Through tests/support/proxy.RefusingProxy, which answers a chosen command with a chosen tagged NO in
front of the real Dovecot (issue 16, class 3).
"""

from __future__ import annotations

import signal
import time

import pytest

from tests.support.helpers import drafts_in, onward, start_onward, state_rows, wait_for
from tests.support.mail import rejection
from tests.support.proxy import RefusingProxy


@pytest.fixture
def proxy(mail_user):
    proxy = RefusingProxy(("127.0.0.1", mail_user.server.port))
    yield proxy
    proxy.close()


@pytest.mark.parametrize("command, response", [
    ("EXAMINE", "NO [UNAVAILABLE] Mailbox is temporarily unavailable"),
    ("EXAMINE", "NO [INUSE] Mailbox is locked by another process"),
    ("EXAMINE", "NO Cannot open it just now"),  # plain NO, yet the folder is in LIST
    ("SEARCH", "NO [SERVERBUG] Internal error occurred"),
    ("FETCH", "NO [LIMIT] Too many concurrent FETCHes"),
    ("APPEND", "NO [UNAVAILABLE] Try again later"),
])
def test_a_temporary_refusal_is_retried_until_it_stops(mail_user, write_config, tmp_path, proxy,
                                                       command, response):
    path = write_config(mail_user, port=proxy.port, timeout="5s",
                        extra='[schedule]\npoll_interval = "1s"\nidle = false\n[drafts]\ndelay = "0m"')
    state = tmp_path / "state.sqlite3"
    mail_user.drop(rejection(1))
    proxy.refuse(command, response)
    log = tmp_path / "service.log"
    proc = start_onward("--config", str(path), "run", log=log)
    try:
        wait_for(lambda: proxy.refused >= 2, timeout=30)  # refused, and tried again
        assert proc.poll() is None, log.read_text()  # still running
        assert drafts_in(mail_user) == []
        proxy.allow()
        wait_for(lambda: len(drafts_in(mail_user)) == 1, timeout=30)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=15)
    text = log.read_text()
    assert code == 0, text
    assert "mailbox unavailable" in text and "connection restored" in text, text
    # The refusal was the server's, not the message's: no attempt is counted against it.
    assert state_rows(state, "SELECT status, attempts FROM messages") == [("drafted", 0)]


def test_a_folder_that_does_not_exist_still_ends_the_service(mail_user, write_config, tmp_path):
    path = write_config(mail_user, inbox="NoSuchFolder", timeout="5s")
    done = onward("--config", str(path), "run")
    # Permanent, and the user's to fix in the config: exit 2, which systemd does not restart.
    assert done.returncode == 2, done.stderr
    assert '[imap] inbox "NoSuchFolder" does not exist; folders on the server:' in done.stderr
    assert "Traceback" not in done.stderr


def test_run_once_reports_a_temporary_refusal_as_a_connection_problem(mail_user, write_config, proxy):
    path = write_config(mail_user, port=proxy.port, timeout="5s")
    proxy.refuse("EXAMINE", "NO [UNAVAILABLE] Maintenance")
    started = time.monotonic()
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 3 and time.monotonic() - started < 30
    assert "cannot open folder" in done.stderr and "just now" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_server_refusing_every_check_is_its_fault_not_the_rejections(mail_user, write_config,
                                                                       tmp_path, proxy):
    """A plain NO to every HEADER search (a server bug without [SERVERBUG]): retried as an
    outage, with no attempt charged to the rejections, which are drafted once it stops."""
    path = write_config(mail_user, port=proxy.port, timeout="5s", extra='[drafts]\ndelay = "0m"')
    state = tmp_path / "state.sqlite3"
    mail_user.drop(rejection(1))
    mail_user.drop(rejection(2, sender="Ola Berg <ola@nordvik.example>"))
    # Something in Sent: an empty folder needs no search at all (saving drafts in batches asks
    # only folders that hold mail).
    mail_user.append(b"From: sam@example.net\r\nSubject: hello\r\n\r\nhi\r\n", folder="Sent")
    proxy.refuse("SEARCH", "NO Internal error", containing="HEADER")
    refused = onward("--config", str(path), "run", "--once")
    assert refused.returncode == 3 and "refuses to search" in refused.stderr, refused.stderr
    assert state_rows(state, "SELECT status, attempts FROM messages") == [("waiting", 0)] * 2
    proxy.allow()
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr
    assert len(drafts_in(mail_user)) == 2


def test_a_server_refusing_every_draft_is_its_fault_not_the_rejections(mail_user, write_config,
                                                                       tmp_path, proxy):
    path = write_config(mail_user, port=proxy.port, timeout="5s", extra='[drafts]\ndelay = "0m"')
    state = tmp_path / "state.sqlite3"
    mail_user.drop(rejection(1))
    mail_user.drop(rejection(2, sender="Ola Berg <ola@nordvik.example>"))
    proxy.refuse("APPEND", "NO [NOPERM] Permission denied")
    refused = onward("--config", str(path), "run", "--once")
    assert refused.returncode == 3 and "refuses to save drafts" in refused.stderr, refused.stderr
    assert state_rows(state, "SELECT status, attempts FROM messages") == [("waiting", 0)] * 2
    proxy.allow()
    assert onward("--config", str(path), "run", "--once").returncode == 0
    assert len(drafts_in(mail_user)) == 2
