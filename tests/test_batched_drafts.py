"""Saving drafts in batches (issue 17 item 3), against the real Dovecot: a batch of due rejections
is checked against Drafts, Sent and Trash in a few commands, not one SEARCH per draft and per
In-Reply-To lookup, and every exactly-once guarantee still holds."""

from __future__ import annotations

import functools
import email
import imaplib
import os
import time

import pytest

from onward import drafts
from onward.daemon import config, credentials, deliver
from onward.daemon import service as service_module
from onward.daemon.mailbox import imap_lookup
from onward.daemon.mailbox.imap_lookup import FIELDS, FolderLookup, Headers, keys_in, replies, with_message_id
from onward.daemon.mailbox.imap_session import Appended, Session, appended_uids
from onward.daemon.mailbox.replies import KEY_HEADER
from onward.daemon.service import Service, make_service
from tests.support.helpers import (drafts_in, keys_in_drafts, onward, poll, rejections, service_at,
                                   start_onward, state_rows, wait_for)
from tests.support.imap_count import imap_commands, imap_commands_in
from tests.support.mail import message, rejection
from tests.support.proxy import FaultProxy

COUNT = 24


def rejection_n(n: int) -> bytes:
    return rejection(n, subject=f"Your application to Company {n}")


def message_id(raw: bytes) -> str:
    return email.message_from_bytes(raw)["Message-ID"]


def reply_to(raw: bytes, how: str = "In-Reply-To", key: str = "") -> bytes:
    marker = f"{KEY_HEADER}: {key}\r\n" if key else ""
    return (f"From: sam@example.net\r\nTo: hr@example.org\r\nSubject: Re: yours\r\n"
            f"{how}: {message_id(raw)}\r\n{marker}\r\nThanks!\r\n").encode()


def onward_keys(user) -> list[str]:
    """The keys of onward's drafts in Drafts (a hand-written reply there has none)."""
    return sorted(str(m[KEY_HEADER]) for m, _flags in drafts_in(user) if m[KEY_HEADER])


def count_commands(during):
    """Run `during()`, counting the IMAP commands Service.save_due_drafts sends by name."""
    with imap_commands_in(Service, "save_due_drafts") as sent:
        during()
    return sent


@pytest.fixture
def mixed_batch(mail_user, write_config, tmp_path):
    """COUNT due rejections, five of which the mailbox already answers for in some way."""
    path = write_config(mail_user, extra='[drafts]\ndelay = "2h"')
    raws = {n: rejection_n(n) for n in range(1, COUNT + 1)}
    for raw in raws.values():
        mail_user.drop(raw)
    now = time.time()
    assert poll(path, now).rejections == COUNT
    key_of = dict(state_rows(tmp_path / "state.sqlite3", "SELECT message_id, key FROM messages"))
    mail_user.append(reply_to(raws[2], "References"), folder="Sent")  # answered already
    mail_user.append(reply_to(raws[3]), folder="Drafts")  # an edited draft: no key, still threaded
    mail_user.append(reply_to(raws[4]), folder="Trash")  # a draft thrown away
    # Saved before a crash (or a lost state): onward's draft with its key, in Drafts and in Sent.
    mail_user.append(reply_to(raws[5], key=f"{key_of[message_id(raws[5])]}/reply"), folder="Drafts")
    # (In Sent, by its key alone: a reply there would be reason enough by itself.)
    mail_user.append(message(99).replace(b"\r\n\r\n", f"\r\n{KEY_HEADER}: {key_of[message_id(raws[6])]}"
                                                        "/reply\r\n\r\n".encode(), 1), folder="Sent")
    return path, now + 3 * 3600, key_of, raws


EXPECTED = {"Company 2": "skipped", "Company 3": "skipped", "Company 4": "skipped"}
REASONS = {"Company 2": "you already replied", "Company 3": "a reply draft already exists",
           "Company 4": "its draft was deleted"}


def assert_decided(path, user, key_of, raws) -> list[str]:
    """Each rejection of mixed_batch decided as it must be; returns the keys in Drafts."""
    by_company = {r["subject"].rsplit(" to ", 1)[-1]: r for r in rejections(path)}
    for company, reason in REASONS.items():
        assert by_company[company]["status"] == "skipped" and by_company[company]["reason"] == reason
    for n in (5, 6):  # found by their keys: drafted, nothing saved again
        assert by_company[f"Company {n}"]["status"] == "drafted"
    keys = onward_keys(user)
    wanted = sorted(f"{key_of[message_id(raws[n])]}/reply" for n in raws if n not in (2, 3, 4, 6))
    assert keys == wanted  # one draft each (5's is the one that was there), none for the others
    return keys


def test_a_batch_is_checked_in_a_few_commands_and_each_rejection_drafted_once(mail_user, mixed_batch):
    path, later, key_of, raws = mixed_batch
    sent = count_commands(lambda: poll(path, later))
    # Today's code sent three SEARCHes per rejection (Sent, Drafts and Trash by In-Reply-To), and
    # more for keys: here a handful for the whole batch, and each folder opened once.
    assert sent["UID SEARCH"] <= 6, sent
    assert sent["EXAMINE"] + sent["SELECT"] <= 5, sent
    assert sent["APPEND"] == 1, sent  # 19 drafts in one MULTIAPPEND (RFC 3502), all or none
    keys = assert_decided(path, mail_user, key_of, raws)
    poll(path, later + 60)
    assert onward_keys(mail_user) == keys  # a second run adds none


def test_batch_after_batch_in_one_pass(mail_user, mixed_batch, monkeypatch):
    """Later batches find the drafts the earlier ones saved (read once, as arrivals), and the
    commands grow with the batches, not with the drafts."""
    path, later, key_of, raws = mixed_batch
    monkeypatch.setattr(service_module, "save_due_drafts",
                        functools.partial(deliver.save_due_drafts, batch_size=4))
    sent = count_commands(lambda: poll(path, later))
    batches = -(-COUNT // 4)
    assert sent["EXAMINE"] <= 4 * batches and sent["UID SEARCH"] <= 3 * batches + 2, sent
    assert sent["APPEND"] <= batches, sent
    keys = assert_decided(path, mail_user, key_of, raws)
    poll(path, later + 60)
    assert onward_keys(mail_user) == keys


def test_a_rehearsal_decides_what_the_real_run_does(mail_user, mixed_batch, tmp_path):
    path, later, key_of, raws = mixed_batch
    out = tmp_path / "rehearsal"
    rehearsal = make_service(config.load(path), clock=lambda: later, dry_run_dir=out)
    try:
        rehearsal.run_once()
    finally:
        rehearsal.store.close()
    rehearsed = sorted(email.message_from_bytes(f.read_bytes())[KEY_HEADER] for f in out.glob("*.eml"))
    before = set(onward_keys(mail_user))
    real = service_at(path, lambda: later)
    try:
        real.run_once()
    finally:
        real.store.close()
    saved = sorted(set(onward_keys(mail_user)) - before)
    assert len(saved) == COUNT - 5 and rehearsed == saved
    assert rehearsal.drafted == real.drafted == COUNT - 5  # what each run's summary counts


# (where, drafts in Drafts after the crash, rejections the state has as drafted by then): the batch's
# 20 drafts go in one MULTIAPPEND, then its 10 rejections are recorded in one transaction: a crash
# half-way through that transaction records none of them, one after it all of them.
CRASHES = [("before_append:12", 0, 0), ("after_append:7", 20, 0), ("while_finishing:5", 20, 0),
           ("after_finish", 20, 10)]


@pytest.mark.parametrize("point, in_drafts, recorded", CRASHES, ids=[c[0] for c in CRASHES])
def test_a_crash_half_way_through_a_batch_never_duplicates(mail_user, write_config, tmp_path, point,
                                                           in_drafts, recorded):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\nmode = "separate"')
    for n in range(1, 11):
        mail_user.drop(rejection_n(n))
    crashed = onward("--config", str(path), "run", "--once", env=dict(os.environ, ONWARD_CRASH_AT=point))
    assert crashed.returncode == -9, f"never reached {point}: {crashed.stderr}"
    assert len(keys_in_drafts(mail_user)) == in_drafts
    statuses = [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT status FROM messages")]
    assert statuses.count("drafted") == recorded and len(statuses) == 10
    done = onward("--config", str(path), "run", "--once")
    assert done.returncode == 0, done.stderr
    keys = keys_in_drafts(mail_user)
    assert len(keys) == 20 and len(set(keys)) == 20, keys  # a thank-you and a feedback request each
    assert onward("--config", str(path), "run", "--once").returncode == 0
    assert len(drafts_in(mail_user)) == 20
    statuses = [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT status FROM messages")]
    assert statuses == ["drafted"] * 10


# Two batches (deliver.DRAFT_BATCH + 5 rejections, one draft each): a crash after the first one's
# record leaves the second waiting; one after the second's leaves nothing to do.
TWO_BATCHES = [("after_finish:1", deliver.DRAFT_BATCH), ("after_finish:2", deliver.DRAFT_BATCH + 5)]


@pytest.mark.parametrize("point, done_before", TWO_BATCHES, ids=[c[0] for c in TWO_BATCHES])
def test_a_crash_between_two_batches_never_duplicates(mail_user, write_config, tmp_path, point,
                                                      done_before):
    total = deliver.DRAFT_BATCH + 5
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"')
    for n in range(1, total + 1):
        mail_user.drop(rejection_n(n))
    crashed = onward("--config", str(path), "run", "--once", timeout=300,
                     env=dict(os.environ, ONWARD_CRASH_AT=point))
    assert crashed.returncode == -9, f"never reached {point}: {crashed.stderr}"
    assert len(keys_in_drafts(mail_user)) == done_before
    statuses = [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT status FROM messages")]
    assert statuses.count("drafted") == done_before and len(statuses) == total
    done = onward("--config", str(path), "run", "--once", timeout=300)
    assert done.returncode == 0, done.stderr
    keys = keys_in_drafts(mail_user)
    assert len(keys) == total and len(set(keys)) == total, keys
    statuses = [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT status FROM messages")]
    assert statuses == ["drafted"] * total


def test_what_arrives_during_a_pass_is_found_without_searching_it_again(mail_user, write_config):
    """The folder as first opened is searched on the server; what arrives later (the pass's own
    drafts, or a reply the user saves meanwhile) is read once and found in the index."""
    old, new = message(1), message(2)
    mail_user.append(reply_to(old), folder="Drafts")
    mail_user.append(message(3), folder="Drafts")  # unrelated
    cfg = config.load(write_config(mail_user))
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        lookup = FolderLookup(session, "Drafts")
        criteria = [("In-Reply-To", message_id(old)), ("In-Reply-To", message_id(new)),
                    (KEY_HEADER, "abc123")]
        first = lookup.candidates(criteria)
        assert [len(replies(first, message_id(m))) for m in (old, new)] == [1, 0]
        mail_user.append(reply_to(new), folder="Drafts")
        mail_user.append(reply_to(message(4), key="abc123/thanks"), folder="Drafts")
        second = lookup.candidates(criteria)
        assert [len(replies(second, message_id(m))) for m in (old, new)] == [1, 1]
        assert keys_in(second) == {"abc123/thanks"}
        assert sorted(lookup.arrived) == [3, 4] and lookup.base == 2  # read once, kept
        # Case and folding do not hide a reply from the index (the server's search ignores both).
        mail_user.append((f"From: a@b\r\nReferences: <x@y>\r\n {message_id(message(5)).upper()}"
                          "\r\n\r\nhi\r\n").encode(), folder="Drafts")
        third = lookup.candidates([("References", message_id(message(5)))])
        assert len(replies(third, message_id(message(5)))) == 1


def searches_counted(monkeypatch) -> list[str]:
    """The folder of each Session.search_any from now on: in a drafting pass, each server search of
    a folder's earlier mail (the inbox is looked at with other commands)."""
    searched: list[str] = []
    search_any = Session.search_any

    def counted(self, *args, **kwargs):
        searched.append(self.selected.name)
        return search_any(self, *args, **kwargs)

    monkeypatch.setattr(Session, "search_any", counted)
    return searched


def test_a_folder_searched_often_in_one_pass_is_read_once_and_found_alike(mail_user, write_config, monkeypatch):
    """After INDEX_AFTER_SEARCHES searches of a folder's earlier mail, a pass reads that mail's
    lookup headers once, by UID (a year's use leaves gaps), keeps its ids, and finds by them what the
    server found: the later batches of a first scan's hundreds then search nothing on the server."""
    old, other = message(1), message(7)
    mail_user.append(reply_to(old, "References"), folder="Sent")
    for n in range(10, 16):
        mail_user.append(message(n), folder="Sent")
    with mail_user.client() as c:  # UIDs 2 and 4 gone
        c.select_folder("Sent")
        c.delete_messages([2, 4])
        c.expunge()
    mail_user.append(reply_to(message(6), key="k6/reply"), folder="Sent")
    searched = searches_counted(monkeypatch)
    cfg = config.load(write_config(mail_user))
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        lookup = FolderLookup(session, "Sent")
        criteria = [("References", message_id(old)), ("In-Reply-To", message_id(old)), (KEY_HEADER, "k6"),
                    ("In-Reply-To", message_id(other)), ("Message-ID", message_id(message(13)))]
        looks = [lookup.candidates(criteria) for _ in range(imap_lookup.INDEX_AFTER_SEARCHES + 3)]
        assert searched == ["Sent"] * imap_lookup.INDEX_AFTER_SEARCHES
        assert lookup.earlier is not None and sorted(set(lookup.earlier.owners)) == [1, 3, 5, 6, 7, 8]
        assert lookup.base == 8 and not lookup.arrived
        for found in looks:  # what the searches found, the ids find
            assert [len(replies(found, message_id(m))) for m in (old, other)] == [1, 0]
            assert keys_in(found) == {"k6/reply"} and with_message_id(found, message_id(message(13)))
            assert {h.uid for h in looks[0]} <= {h.uid for h in found}
        # A reply saved meanwhile is an arrival, read as before.
        mail_user.append(reply_to(other), folder="Sent")
        assert len(replies(lookup.candidates(criteria), message_id(other))) == 1
        assert len(searched) == imap_lookup.INDEX_AFTER_SEARCHES
        # A new UIDVALIDITY voids the index: the folder is searched on the server again.
        with mail_user.client() as c:
            c.delete_folder("Sent")
            c.create_folder("Sent")
        mail_user.append(reply_to(message(8)), folder="Sent")
        found = lookup.candidates(criteria + [("In-Reply-To", message_id(message(8)))])
        assert len(searched) == imap_lookup.INDEX_AFTER_SEARCHES + 1 and lookup.base == 1 and lookup.earlier is None
        assert [len(replies(found, message_id(m))) for m in (old, other, message(8))] == [0, 0, 1]
        assert keys_in(found) == set()


def test_a_folder_is_read_by_uid_in_commands_of_a_few_hundred(mail_user, write_config, monkeypatch):
    """By the UIDs there (a year's use leaves gaps, often thousands wide), not by every number up
    to the highest; and in several FETCHes, each line kept short."""
    for n in range(1, 8):
        mail_user.append(message(n), folder="Sent")
    with mail_user.client() as c:
        c.select_folder("Sent")
        c.delete_messages([1, 2, 3])
        c.expunge()
    monkeypatch.setattr(imap_lookup, "INDEX_AFTER_SEARCHES", 0)
    monkeypatch.setattr(imap_lookup, "ARRIVALS_AT_ONCE", 2)
    cfg = config.load(write_config(mail_user))
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        lookup = FolderLookup(session, "Sent")
        with imap_commands() as sent:
            lookup.candidates([("In-Reply-To", message_id(message(9)))])
        assert lookup.earlier is not None and sorted(set(lookup.earlier.owners)) == [4, 5, 6, 7]
        assert sent["UID FETCH"] == 2, sent


def test_a_value_that_is_no_whole_id_is_still_searched_on_the_server(mail_user, write_config, monkeypatch):
    """Once the earlier mail's ids are read, a value the ids cannot answer (not in <>, as some
    mailers write References) is searched for on the server alone, and found as before."""
    mail_user.append(b"From: sam@example.net\r\nIn-Reply-To: bare-id@odd.example\r\n\r\nThanks!\r\n",
                     folder="Sent")
    mail_user.append(reply_to(message(1)), folder="Sent")
    monkeypatch.setattr(imap_lookup, "INDEX_AFTER_SEARCHES", 0)
    searched: list = []
    search_any = Session.search_any
    monkeypatch.setattr(Session, "search_any", lambda self, criteria, **kw: searched.append(criteria)
                        or search_any(self, criteria, **kw))
    cfg = config.load(write_config(mail_user))
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        lookup = FolderLookup(session, "Sent")
        found = lookup.candidates([("In-Reply-To", "bare-id@odd.example"), ("In-Reply-To", message_id(message(1)))])
        assert lookup.earlier is not None and searched == [[("In-Reply-To", "bare-id@odd.example")]]
        assert len(replies(found, "bare-id@odd.example")) == 1 and len(replies(found, message_id(message(1)))) == 1


@pytest.mark.unit
def test_ids_of_one_hash_only_find_more():
    """Two ids that share a hash find each other's messages too (their headers are then matched
    exactly); an id is never missed."""
    earlier = imap_lookup.EarlierMail(key=lambda token: len(token))
    earlier.add([Headers(1, "<a@x>", "", ""), Headers(2, "<b@x>", "<c@yy>", "k1/reply"), Headers(3, "<dd@x>", "", "")])
    assert sorted(earlier.find("<a@x>")) == sorted(earlier.find("<b@x>")) == [1, 2]
    assert sorted(earlier.find("<c@yy>")) == [2, 3]
    assert earlier.find("k1") == earlier.find("k1/reply") == [2]  # a key, and its rejection's part
    assert earlier.find("<zzzzzzz@x>") == [] and imap_lookup.EarlierMail().find("<a@x>") == []


@pytest.mark.unit
def test_a_key_is_found_by_each_of_its_parts_and_two_keys_by_each():
    """A follow-up's key ("<rejection key>/follow-up/reply") by its rejection's key and its own; a
    message with two key fields (parse joins them) by either."""
    follow_up = Headers.parse(1, b"X-Onward-Key: hb/follow-up/reply\r\n")
    assert {"hb", "hb/follow-up", "hb/follow-up/reply"} <= follow_up.tokens()
    both = Headers.parse(2, b"X-Onward-Key: h1/reply\r\nX-Onward-Key: H2/thanks\r\n")
    assert {"h1", "h1/reply", "h2", "h2/thanks"} <= both.tokens()


@pytest.mark.parametrize("refusal", ["too large", "refused"])
def test_a_folder_too_large_for_the_index_or_refused_is_searched_for_the_whole_pass(
        mail_user, write_config, monkeypatch, refusal):
    """More ids than INDEX_TOKENS_AT_MOST, or a server that refuses to give them (NO):
    the earlier mail is searched on the server batch after batch, and not read again."""
    old = message(1)
    mail_user.append(reply_to(old), folder="Sent")
    mail_user.append(message(2), folder="Sent")  # UID 2: read only by the index
    monkeypatch.setattr(imap_lookup, "INDEX_AFTER_SEARCHES", 1)
    if refusal == "too large":
        monkeypatch.setattr(imap_lookup, "INDEX_TOKENS_AT_MOST", 1)
    header_fields, reads = Session.header_fields, []

    def refusing(self, uids, fields):
        reads.append(list(uids))
        if refusal == "refused" and 2 in uids:
            raise imaplib.IMAP4.error("NO [SERVERBUG] cannot read that now")
        return header_fields(self, uids, fields)

    monkeypatch.setattr(Session, "header_fields", refusing)
    searched = searches_counted(monkeypatch)
    cfg = config.load(write_config(mail_user))
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        lookup = FolderLookup(session, "Sent")
        for _ in range(4):
            assert len(replies(lookup.candidates([("In-Reply-To", message_id(old))]), message_id(old))) == 1
        assert len(searched) == 4 and lookup.index_declined and lookup.earlier is None and lookup.base == 2
        assert reads == [[1], [1, 2], [1], [1], [1]]  # the whole folder tried once, then its matches alone


@pytest.mark.parametrize("index_after", [0, 2])
def test_a_pass_that_reads_the_folders_into_its_index_decides_every_rejection_alike(
        mail_user, mixed_batch, monkeypatch, index_after):
    """The mixed batch (a reply in Sent, an edited draft, one in Trash, onward's own drafts by their
    keys in Drafts and Sent), one rejection a batch: decided by the index from the first batch (0),
    or after two searches of each folder (2), exactly as by the server's searches."""
    path, later, key_of, raws = mixed_batch
    monkeypatch.setattr(imap_lookup, "INDEX_AFTER_SEARCHES", index_after)
    monkeypatch.setattr(service_module, "save_due_drafts",
                        functools.partial(deliver.save_due_drafts, batch_size=1))
    searched = searches_counted(monkeypatch)
    poll(path, later)
    assert len(searched) <= 3 * index_after, searched  # then each folder's earlier mail is in the index
    keys = assert_decided(path, mail_user, key_of, raws)
    poll(path, later + 60)
    assert onward_keys(mail_user) == keys


def test_drafts_refused_together_are_saved_one_by_one(mail_user, write_config):
    """A server that refuses the MULTIAPPEND (for good, not "try later") gets each draft alone."""
    proxy = FaultProxy(("127.0.0.1", mail_user.server.port))
    path = write_config(mail_user, port=proxy.port, timeout="5s",
                        extra='[drafts]\ndelay = "0m"\nmode = "separate"')
    for n in range(1, 4):
        mail_user.drop(rejection_n(n))
    proxy.refuse("APPEND", "NO [CANNOT] Not all at once", times=1)
    try:
        done = onward("--config", str(path), "run", "--once")
    finally:
        proxy.close()
    assert done.returncode == 0, done.stderr
    assert proxy.refused == 1
    keys = keys_in_drafts(mail_user)
    assert len(keys) == 6 and len(set(keys)) == 6, keys
    assert "3 rejection(s) with drafts saved" in done.stdout, done.stdout


def test_the_scan_workers_compose_the_drafts_due_at_once_and_the_service_only_saves_them(
        mail_user, write_config, monkeypatch):
    """Read once: a rejection due at once is read and its drafts composed in the scan's worker,
    where its message is parsed already; the service itself reads no rejection."""
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\nmode = "separate"')
    for n in range(1, 5):
        mail_user.drop(rejection_n(n))
    read_here = []
    original = drafts.read_rejection

    def counted(raw):
        read_here.append(raw)
        return original(raw)

    monkeypatch.setattr(drafts, "read_rejection", counted)
    monkeypatch.setattr(drafts.plan, "read_rejection", counted)
    result = poll(path, time.time())
    assert result.rejections == 4
    keys = keys_in_drafts(mail_user)
    assert len(keys) == 8 and len(set(keys)) == 8, keys
    assert read_here == []
    by_company = {r["subject"].rsplit(" to ", 1)[-1]: r for r in rejections(path)}
    assert {r["status"] for r in by_company.values()} == {"drafted"}
    # The facts read in the worker are kept, as if read here.
    assert by_company["Company 1"]["company"] == original(rejection_n(1)).company != ""


def test_a_crash_in_the_middle_of_a_multiappend_saves_none_of_it_and_the_next_run_all(
        mail_user, write_config, tmp_path):
    """Killed while its MULTIAPPEND is on the wire (the server has the command and part of the
    drafts, then the connection is gone): RFC 3502's all-or-none keeps none, nothing is recorded,
    and the next run saves each draft once."""
    proxy = FaultProxy(("127.0.0.1", mail_user.server.port))
    path = write_config(mail_user, port=proxy.port, timeout="30s",
                        extra='[drafts]\ndelay = "0m"\nmode = "separate"')
    for n in range(1, 11):
        mail_user.drop(rejection_n(n))
    # The APPEND is held a moment, then trickles on: the process is killed with part of it sent.
    proxy.stall(3, "APPEND")
    try:
        running = start_onward("--config", str(path), "run", "--once", log=tmp_path / "crashed.log")
        try:
            wait_for(lambda: proxy.stalled, timeout=120)
            proxy.slow(0.2, chunk=256)
            time.sleep(4)  # the stall is over: a few pieces of the command reached the server
            assert running.poll() is None, (tmp_path / "crashed.log").read_text()
        finally:
            running.kill()
            running.wait()
        proxy.reset()  # the connection goes with the process: the server has half a command
        proxy.allow()
        assert keys_in_drafts(mail_user) == []
        statuses = [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT status FROM messages")]
        assert statuses == ["waiting"] * 10
        done = onward("--config", str(path), "run", "--once")
        assert done.returncode == 0, done.stderr
    finally:
        proxy.close()
    keys = keys_in_drafts(mail_user)
    assert len(keys) == 20 and len(set(keys)) == 20, keys
    statuses = [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT status FROM messages")]
    assert statuses == ["drafted"] * 10


def test_the_inbox_is_read_once_a_pass_and_every_batch_knows_what_was_deleted(mail_user, write_config,
                                                                               monkeypatch):
    """The flags of a pass's rejections in the inbox are read before its first batch, in the
    inbox the scan left open (opening a large inbox again for each batch was most of what a
    batch cost): later batches still skip the rejections deleted (flagged, or moved to Trash)."""
    path = write_config(mail_user, extra='[drafts]\ndelay = "2h"')
    raws = {n: rejection_n(n) for n in range(1, 9)}
    for raw in raws.values():
        mail_user.drop(raw)
    now = time.time()
    assert poll(path, now).rejections == len(raws)
    with mail_user.client() as c:
        c.select_folder("INBOX")
        c.add_flags([3, 8], [b"\\Deleted"])  # deleted, not yet expunged
        c.move([6], "Trash")
    monkeypatch.setattr(service_module, "save_due_drafts",
                        functools.partial(deliver.save_due_drafts, batch_size=2))
    sent = count_commands(lambda: poll(path, now + 3 * 3600))
    batches = len(raws) // 2
    assert sent["EXAMINE"] + sent["SELECT"] <= 3 * batches, sent  # Drafts, Sent, Trash a batch
    by_company = {r["subject"].rsplit(" to ", 1)[-1]: r for r in rejections(path)}
    for n in (3, 6, 8):
        assert by_company[f"Company {n}"]["reason"] == "the rejection was deleted"
    assert sorted(int(r["subject"].rsplit(" ", 1)[-1]) for r in rejections(path)
                  if r["status"] == "drafted") == [1, 2, 4, 5, 7]
    assert len(onward_keys(mail_user)) == 5


def test_the_pass_knows_its_own_drafts_from_the_append_answer_as_it_would_by_reading_them(
        mail_user, write_config):
    """Drafts the pass saves are indexed from their bytes and the UIDs the server gave them
    (APPENDUID), not fetched back before the next batch: the same headers as the server's copy."""
    old, new = message(1), message(2)
    cfg = config.load(write_config(mail_user))
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        lookup = FolderLookup(session, "Drafts")
        criteria = [("In-Reply-To", message_id(old)), ("In-Reply-To", message_id(new)),
                    (KEY_HEADER, "abc123"), (KEY_HEADER, "def456")]
        assert lookup.candidates(criteria) == []
        ours = [reply_to(old, key="abc123/reply"),
                reply_to(new, "References", key="def456/thanks").replace(b"\r\n\r\n", b"\r\nSubject2: x\r\n\t y\r\n\r\n", 1)]
        appended = session.append_drafts("Drafts", ours)
        assert appended and len(appended.uids) == 2
        lookup.note_saved(appended.uidvalidity, list(zip(appended.uids, ours)))
        with imap_commands() as sent:
            found = lookup.candidates(criteria)
        assert "UID FETCH" not in sent, sent
        assert keys_in(found) == {"abc123/reply", "def456/thanks"}
        assert [len(replies(found, message_id(m))) for m in (old, new)] == [1, 1]
        read = session.header_fields(appended.uids, FIELDS)  # as _take_arrivals reads them
        assert [lookup.arrived[uid] for uid in appended.uids] == [Headers.parse(uid, read[uid])
                                                                  for uid in appended.uids]
        # A draft that arrived from elsewhere in between: nothing is taken from the answer, and
        # the next look reads both from the server.
        mail_user.append(reply_to(message(3)), folder="Drafts")
        later = [reply_to(message(4), key="ghi789/reply")]
        appended = session.append_drafts("Drafts", later)
        lookup.note_saved(appended.uidvalidity, list(zip(appended.uids, later)))
        assert appended.uids[0] not in lookup.arrived
        found = lookup.candidates([("In-Reply-To", message_id(message(3))), (KEY_HEADER, "ghi789")])
        assert keys_in(found) == {"ghi789/reply"} and len(replies(found, message_id(message(3)))) == 1


@pytest.mark.unit
@pytest.mark.parametrize("between", ["\x0c", "\u2028", "\x85", "\x1c"])
def test_an_id_after_a_character_python_also_takes_for_a_line_end_is_kept(between):
    """The server's search reads a References header to its CRLF; so does the lookup."""
    block = f"References: <p@x>{between}<a6@y.example>\r\nIn-Reply-To: <q@x>\r\n".encode()
    headers = Headers.parse(1, block)
    assert replies([headers], "<a6@y.example>") == [headers] and replies([headers], "<q@x>") == [headers]


@pytest.mark.unit
def test_appended_uids_are_read_from_the_servers_answer():
    assert appended_uids("[APPENDUID 38505 3955:3957] Append completed.", 3) == Appended(38505, [3955, 3956, 3957])
    assert appended_uids("OK [appenduid 7 4,9:10] done", 3).uids == [4, 9, 10]
    assert appended_uids("Append completed.", 1) is None
    assert appended_uids("[APPENDUID 7 10:9] odd", 2) is None  # not rising: not understood, not used
    assert appended_uids("[APPENDUID 7 4,9:10] done", 2) is None  # not the number of messages sent
    # A server's range far larger than what was sent is refused before it is spelt out.
    assert appended_uids("[APPENDUID 7 1:4000000000] done", 50) is None
    assert appended_uids("[APPENDUID 7 " + "9" * 5000 + "] done", 1) is None  # no ValueError of int()
