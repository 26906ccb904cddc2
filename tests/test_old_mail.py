"""Old mail that arrives late never floods Drafts, and new mail is read in the open session:
against the real Dovecot, with the IMAP commands read from the protocol log."""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import time

from onward.daemon import config
from onward.daemon.service import make_service
from tests.support.helpers import drafts_in, onward, rejections, state_rows
from tests.support.mail import message, rejection

DAY = 86400
ZERO_DELAY = '[drafts]\ndelay = "0m"\n[schedule]\nlookback = "14d"'
SENT = re.compile(r"^> b'\w+ ((?:UID )?[A-Z]+)")


def poll(path, clock=time.time):
    service = make_service(config.load(path), clock=clock)
    try:
        return service.run_once()
    finally:
        service.store.close()


def statuses(tmp_path) -> dict[str, str]:
    return dict(state_rows(tmp_path / "state.sqlite3", "SELECT subject, status FROM messages"))


def test_an_archive_imported_after_the_first_scan_makes_no_drafts(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra=ZERO_DELAY)
    mail_user.drop(rejection(1, subject="recent rejection"))
    for n in range(2, 6):
        mail_user.drop(message(n))
    assert poll(path).rejections == 1
    assert len(drafts_in(mail_user)) == 1
    long_ago = time.time() - 200 * DAY
    for n in range(10, 40):  # new UIDs, old dates: what importing an archive produces
        mail_user.drop(rejection(n, subject=f"archived rejection {n}", date=long_ago), mtime=long_ago)
    result = poll(path)
    assert result.fetched == 30 and result.too_old == 30 and result.rejections == 0
    assert len(drafts_in(mail_user)) == 1
    assert {s for subject, s in statuses(tmp_path).items() if "archived" in subject} == {"too_old"}


def test_an_old_rejection_moved_back_into_the_inbox_makes_no_draft(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra=ZERO_DELAY)
    with mail_user.client() as c:
        c.create_folder("Archive")
    long_ago = dt.datetime.now() - dt.timedelta(days=90)
    mail_user.append(rejection(1, subject="moved back"), folder="Archive", when=long_ago)
    mail_user.drop(message(2))
    poll(path)
    with mail_user.client() as c:
        c.select_folder("Archive")
        c.move(c.search("ALL"), "INBOX")  # keeps its INTERNALDATE of 90 days ago
    assert poll(path).too_old == 1
    assert drafts_in(mail_user) == []
    assert statuses(tmp_path)["moved back"] == "too_old"


def test_mail_appended_without_a_date_is_judged_by_its_date_header(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra=ZERO_DELAY)
    mail_user.drop(message(1))
    poll(path)
    # Appended without a date, so INTERNALDATE is now; the Date header says 200 days ago.
    mail_user.append(rejection(2, subject="migrated", date=time.time() - 200 * DAY))
    assert poll(path).too_old == 1
    assert drafts_in(mail_user) == []
    # On a first scan too: a fresh state, and the same message is still old.
    (tmp_path / "state.sqlite3").unlink()
    assert poll(path).rejections == 0
    assert drafts_in(mail_user) == []


def test_status_all_lists_mail_passed_over_as_too_old(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra=ZERO_DELAY)
    mail_user.drop(message(1))
    poll(path)
    mail_user.append(rejection(2, subject="migrated", date=time.time() - 200 * DAY))
    poll(path)
    plain = onward("--config", str(path), "status")
    assert "migrated" not in plain.stdout
    every = onward("--config", str(path), "status", "--all")
    assert every.returncode == 0, every.stderr
    line = next(l for l in every.stdout.splitlines() if "migrated" in l)
    assert "older than the lookback (14 days)" in line and "dated" in line


def test_the_first_scan_says_how_much_older_mail_it_passed_over_unread(mail_user, write_config, tmp_path, caplog):
    path = write_config(mail_user, extra=ZERO_DELAY)
    long_ago = time.time() - 60 * DAY
    for n in range(1, 4):
        mail_user.drop(rejection(n, subject=f"old rejection {n}", date=long_ago), mtime=long_ago)
    mail_user.drop(message(9))
    with caplog.at_level(logging.INFO, logger="onward.daemon.mailbox.imap"):
        assert poll(path).fetched == 1
    assert any("first scan: 3 message(s) from before" in r.getMessage() and "never drafted" in r.getMessage()
               for r in caplog.records)
    every = onward("--config", str(path), "status", "--all").stdout
    assert "passed over as too old: none recorded" in every
    assert "mail from before the first run's lookback was never read, so it is not listed" in every
    assert drafts_in(mail_user) == []


def test_a_rejection_seen_late_waits_its_full_delay(mail_user, write_config, tmp_path):
    path = write_config(mail_user, extra='[drafts]\ndelay = "2h"')
    three_hours_ago = time.time() - 3 * 3600
    mail_user.drop(rejection(1), mtime=three_hours_ago)  # arrived while onward was not running
    seen = time.time()
    assert poll(path).rejections == 1
    (waiting,) = rejections(path)
    assert waiting["status"] == "waiting"
    # Arrival + delay is an hour ago; from when it was seen, it is still two hours away.
    assert waiting["due_at"] >= seen + 2 * 3600 - 5
    assert drafts_in(mail_user) == []


def _commands(caplog) -> list[str]:
    """The IMAP commands onward sent, read from imapclient's protocol log."""
    sent = []
    for record in caplog.records:
        text = record.getMessage()
        if match := SENT.match(text):
            sent.append(match.group(1))
        elif text == "< DONE":  # imapclient's own line for ending IDLE
            sent.append("DONE")
    return sent


def test_quiet_polls_and_new_mail_never_reopen_the_inbox(mail_user, write_config, caplog):
    mail_user.drop(message(1))
    service = make_service(config.load(write_config(mail_user)))
    # Before connecting: imaplib logs the protocol only on a connection made while it is shown.
    caplog.set_level(logging.DEBUG, logger="imapclient")
    try:
        service.poll()
        caplog.clear()
        service.poll()
        assert _commands(caplog) == ["NOOP"]  # a quiet poll: one command

        caplog.clear()
        arrives = threading.Timer(1.0, mail_user.drop, args=(message(2),))  # no IMAP: a delivery
        arrives.start()
        assert service._wait(20)  # IDLE announced it
        arrives.join()
        result = service.poll()
        assert result.fetched == 1
        assert _commands(caplog) == ["IDLE", "DONE", "UID SEARCH", "UID FETCH", "UID FETCH"]
    finally:
        service.run_once()
        service.store.close()


def test_a_maildir_passes_over_old_mail_on_every_scan(tmp_path):
    from onward.daemon.config import Config, DraftsConfig, StateConfig
    from onward.daemon.deliver import save_due_drafts, settings_from_config
    from onward.daemon.mailbox.maildir import MaildirMailbox, MaildirTarget
    from onward.daemon.scan import scan
    from onward.daemon.mailbox.maildir_folders import Maildir
    from onward.daemon.triage import Triager
    from onward.daemon.state import Store

    maildir = Maildir(tmp_path / "Maildir")
    maildir.create("Drafts", "Sent")
    cfg = Config(drafts=DraftsConfig(delay=0.0), state=StateConfig(path=str(tmp_path / "s.db")))

    def deliver(raw: bytes, name: str, age: float) -> None:
        path = maildir.folder("INBOX") / "new" / name
        path.write_bytes(raw)
        when = time.time() - age
        import os
        os.utime(path, (when, when))

    def cycle():
        store = Store(cfg.state_path)
        try:
            result = scan(MaildirMailbox(maildir.root), store, Triager(cfg), cfg.schedule.lookback)
            save_due_drafts(store, MaildirTarget(maildir), settings_from_config(cfg), time.time())
            return result
        finally:
            store.close()

    deliver(message(1), "1.a.host", age=60)
    cycle()
    deliver(rejection(2), "2.b.host", age=200 * DAY)  # moved in from an old folder: mtime kept
    deliver(rejection(3, date=time.time() - 200 * DAY), "3.c.host", age=60)  # old Date header
    assert cycle().too_old == 2
    assert list(maildir.files("Drafts")) == []



def test_a_date_no_clock_here_can_hold_stops_no_scan(mail_user, write_config, tmp_path, monkeypatch):
    # West of UTC the last second of year 9999, local time, has no timestamp: dating that mail raised,
    # and every scan stopped at it. It is judged by its arrival (now) and the scan goes on.
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        path = write_config(mail_user, extra=ZERO_DELAY)
        odd = re.sub(rb"(?m)^Date: [^\r\n]*", b"Date: Fri, 31 Dec 9999 23:59:59 -0000",
                     message(1, subject="from the end of time"))
        mail_user.drop(odd)
        mail_user.drop(rejection(2, subject="a rejection after it"))
        result = poll(path)
        assert result.fetched == 2 and result.rejections == 1
        assert len(drafts_in(mail_user)) == 1
        assert set(statuses(tmp_path)) == {"from the end of time", "a rejection after it"}
    finally:
        monkeypatch.undo()
        time.tzset()
