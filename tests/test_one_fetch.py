"""One FETCH per new message (issue 17: the scan's time), against the real Dovecot: in a scan of
many new messages, those one SEARCH finds recent for sure have the start of their body fetched
with their size, arrival time and header fields; the rest as before (header fields first, the
body only if recent). Old mail's body is still never fetched, nothing is marked read, and the
records and drafts are those of fetching each message twice."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from onward.daemon import config
from onward.daemon.mailbox import fetch_response, imap, imap_session
from onward.daemon.mailbox import message as message_module
from onward.daemon.triage import Triager
from tests.support.helpers import state_rows
from tests.support.mail import interview, message, rejection
from tests.support.scan import BIG_REJECTION, BIG_SALE, IDENTITY, JOBS, NO_ID, ROWS, SHOP, drafts_as_read, run_at

DAY = 86400


def inbox(user) -> set[int]:
    """Recent mail of every sort (large, without a Message-ID, set aside), and old mail: dated long
    ago, or arrived long ago. The UIDs of the old mail."""
    for raw in (rejection(1), interview(2), SHOP, BIG_SALE, BIG_REJECTION, NO_ID):
        user.drop(raw)
    for n in range(7, 27):
        user.drop(message(n, subject=f"Newsletter {n}", body=f"Issue {n} of our letter.\n"))
    long_ago = time.time() - 200 * DAY
    user.drop(rejection(27, subject="dated long ago", date=long_ago))  # arrived now, dated 200 days ago
    user.drop(rejection(28, subject="recent, yesterday", date=time.time() - DAY))
    # Arrived a minute before the lookback's start (30 days): listed by the first scan's SEARCH SINCE
    # (by date) unless that was yesterday by the server's clock, and then old by its arrival time.
    arrived = time.time() - 30 * DAY - 60
    user.drop(rejection(29, subject="old by arrival", date=arrived), mtime=arrived)
    return {27, 29}


def fetches(monkeypatch) -> list[tuple[list[int], list[str]]]:
    """Each UID FETCH the scan sends: its UIDs and items."""
    sent: list[tuple[list[int], list[str]]] = []
    original = fetch_response.uid_fetch

    def spy(client, uids, items):
        uids = list(uids)
        sent.append((sorted(uids), list(items)))
        return original(client, uids, items)

    monkeypatch.setattr(imap_session, "uid_fetch", spy)
    return sent


def forget(state: Path, user) -> None:
    """A first scan again: no state, no drafts."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{state}{suffix}").unlink(missing_ok=True)
    with user.client() as c:
        c.select_folder("Drafts")
        c.delete_messages(c.search("ALL"))
        c.expunge()


def test_recent_mail_is_fetched_once_with_the_same_records_and_drafts(mail_user, write_config, tmp_path,
                                                                       monkeypatch):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n[schedule]\nlookback = "30d"\n' + IDENTITY)
    old = inbox(mail_user)
    cfg = config.load(path)
    at = time.time() + 2
    with monkeypatch.context() as before:  # every message fetched twice, as before
        before.setattr(imap, "ONE_FETCH_FROM", 10 ** 9, raising=False)
        run_at(path, at, Triager(cfg, lambda: at))
    state = tmp_path / "state.sqlite3"
    twice = (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user))
    statuses = [row[6] for row in twice[0]]
    assert statuses.count("drafted") == 3, statuses  # 1, 5 and 28
    assert {row[0]: row[6] for row in twice[0]}[27] == "too_old"
    assert {row[0]: row[6] for row in twice[0]}.get(29, "too_old") == "too_old"

    forget(state, mail_user)
    sent = fetches(monkeypatch)
    run_at(path, at, Triager(cfg, lambda: at))
    assert (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user)) == twice

    with_body = [uid for uids, items in sent for uid in uids if any("BODY.PEEK[]" in i for i in items)]
    meta = [uid for uids, items in sent for uid in uids if imap_session.META_FIELDS in items]
    listed = sorted(set(meta))
    assert listed == sorted(meta) and 27 in listed  # each listed message's fields once
    assert not old & set(with_body)  # old mail's body: never
    # Mail arrived now and dated yesterday or today: its start came with its fields, and it was not
    # asked for again, except the large mail the first stage passes (whole, as before).
    once = [uids for uids, items in sent if imap_session.META_FIELDS in items and
            any(i.startswith("BODY.PEEK[]<0.") for i in items)]
    assert once and set(range(1, 27)) | {28} <= set(once[0])
    assert sorted(with_body) == sorted([*range(1, 27), 28, 5, 6])  # 5 and 6: their start, then whole
    with mail_user.client() as c:
        c.select_folder("INBOX", readonly=True)
        assert c.search("SEEN") == []


def test_a_poll_of_a_few_new_mails_sends_no_more_commands(mail_user, write_config, tmp_path, monkeypatch):
    path = write_config(mail_user)
    mail_user.drop(message(1))
    run_at(path, time.time())
    mail_user.drop(rejection(2))
    sent = fetches(monkeypatch)
    run_at(path, time.time())
    assert [items for _uids, items in sent] == [imap_session.META_ITEMS, [f"BODY.PEEK[]<0.{imap_session.FIRST_BYTES}>"]]


def test_no_more_starts_come_with_the_fields_than_fetch_bytes_holds(mail_user, write_config, tmp_path,
                                                                    monkeypatch):
    # A large batch_size once made the one FETCH hold the first 64 KB of every recent message of
    # the batch, in one answer, kept until the batch's bodies: hundreds of MB.
    monkeypatch.setattr(imap_session, "FETCH_BYTES", 4 * imap_session.FIRST_BYTES)
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n[schedule]\nlookback = "30d"\n' + IDENTITY)
    old = inbox(mail_user)
    cfg = config.load(path)
    at = time.time() + 2
    with monkeypatch.context() as before:
        before.setattr(imap, "ONE_FETCH_FROM", 10 ** 9, raising=False)
        run_at(path, at, Triager(cfg, lambda: at))
    state = tmp_path / "state.sqlite3"
    twice = (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user))
    assert [row[6] for row in twice[0]].count("drafted") == 3

    forget(state, mail_user)
    sent = fetches(monkeypatch)
    run_at(path, at, Triager(cfg, lambda: at))
    assert (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user)) == twice
    once = [uids for uids, items in sent if imap_session.META_FIELDS in items and
            any(i.startswith("BODY.PEEK[]<0.") for i in items)]
    assert once and all(len(uids) <= 4 for uids in once), once
    with_body = {uid for uids, items in sent for uid in uids if any("BODY.PEEK[]" in i for i in items)}
    assert set(range(1, 27)) | {28} <= with_body and not old & with_body  # the rest's bodies: later
    with mail_user.client() as c:
        c.select_folder("INBOX", readonly=True)
        assert c.search("SEEN") == []


def test_the_starts_held_are_the_first_recent_uids_that_fetch_bytes_holds(monkeypatch):
    uids = list(range(1, 2001))
    recent = [uid for uid in uids if uid % 3]
    room = imap_session.FETCH_BYTES // imap_session.FIRST_BYTES
    assert imap_session.starts_held(uids, recent) == recent[:room]
    assert imap_session.starts_held(uids, recent[:5]) == recent[:5]
    assert imap_session.starts_held(uids, ()) == []
    monkeypatch.setattr(imap_session, "FETCH_BYTES", imap_session.FIRST_BYTES // 2)
    assert imap_session.starts_held(uids, recent) == recent[:1]  # never none: one message may be large


def test_the_service_parses_each_messages_headers_once(mail_user, write_config, monkeypatch):
    """Old mail is judged by its header fields, read for its record by the plain reader (the parser
    only for 8-bit header blocks); recent mail's fields are read for its Date alone, its key without
    the parser, and only a rejection's header block is parsed here (its conversation is looked up);
    the workers parse the rest for their records."""
    path = write_config(mail_user, extra='[schedule]\nlookback = "30d"\n')
    inbox(mail_user)
    parsed: Counter = Counter()
    original = message_module.parse_headers

    def counting(raw):
        headers = original(raw)
        parsed[str(headers.get("Message-ID") or "")] += 1
        return headers

    monkeypatch.setattr(message_module, "parse_headers", counting)
    run_at(path, time.time() + 2)
    assert max(parsed.values()) == 1, parsed
    # The recent rejections (1, 11, 28) alone: not the old ones (27, 29), nor the other 23 messages.
    assert sorted(int(mid.split("-")[1]) for mid in parsed) == [1, 11, 28], parsed
