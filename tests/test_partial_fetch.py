"""Read less (issue 17): a large message is fetched first in part (its first 64 KB: headers and first
text part), and whole only when the first stage passes it, against the real Dovecot. Mail the first
stage sets aside is recorded from that part, with the same records and drafts as reading every
message whole, and never marked read."""

from __future__ import annotations

import imaplib
import time
from pathlib import Path

from hypothesis import given, settings, strategies as st

from onward.classifier import prefilter
from onward.daemon import config
from onward.daemon.mailbox import imap_session
from onward.daemon.mailbox.imap_session import FIRST_BYTES, cut_short
from onward.daemon.mailbox.message import parse_headers
from onward.daemon.triage import Triager, needs_whole
from tests.support.helpers import state_rows
from tests.support.mail import interview, rejection
from tests.support.scan import (BIG_REJECTION, BIG_SALE, IDENTITY, JOBS, NO_ID, ROWS, SALE, SHOP, drafts_as_read,
                                run_at)

class WholeTriager(Triager):
    """The in-process triage reading every message whole, as the scan did before."""

    def read_whole(self):
        return None


def received(monkeypatch) -> list[int]:
    """Counts the bytes the IMAP server sends from now on."""
    count = [0]
    for name in ("read", "readline"):
        original = getattr(imaplib.IMAP4, name)

        def wrapper(self, *args, _original=original):
            data = _original(self, *args)
            count[0] += len(data)
            return data

        monkeypatch.setattr(imaplib.IMAP4, name, wrapper)
    return count


def test_the_first_stage_reads_no_more_than_the_part_fetched_first():
    # So its answer on the part is its answer on the whole message.
    assert prefilter._PARSE_CAP <= FIRST_BYTES
    assert not prefilter.passes(BIG_SALE) and not prefilter.passes(BIG_SALE[:FIRST_BYTES])
    assert prefilter.passes(BIG_REJECTION[:FIRST_BYTES])
    assert not needs_whole(BIG_SALE[:FIRST_BYTES])
    assert needs_whole(NO_ID[:FIRST_BYTES])  # its key is a hash of all its bytes
    assert needs_whole(b"Subject: x\r\nX-Long: " + b"y" * FIRST_BYTES)  # its header block is cut
    assert cut_short(BIG_SALE[:FIRST_BYTES], len(BIG_SALE))
    assert not cut_short(SALE, len(SALE)) and not cut_short(b"x" * FIRST_BYTES, FIRST_BYTES)


def needs_whole_by_the_parser(start: bytes) -> bool:
    """needs_whole as it was written first: the email parser reads the Message-ID."""
    if b"\n\n" not in start and b"\r\n\r\n" not in start:
        return True
    if not str(parse_headers(start).get("Message-ID") or "").strip():
        return True
    return prefilter.passes(start)


_FIELDS = st.sampled_from([
    "Message-ID: <a@b.example>", "message-id:<c@d>", "Message-ID:   ", "Message-ID:", "Message-ID :<g@h>",
    " <folded@x>", "\t(comment)", "Subject: Your order has shipped", "Subject: Your application", ":no name",
    "From: Shop <news@shop.example>", "no colon here", "From a@b Mon Dec  1", "X-Message-ID: <other@x>",
    "Message-ID: <caf\u00e9@x>", "Subject: a\rb", "List-Unsubscribe: <mailto:x@y>", "",
])


_NEWLINES = st.sampled_from(["\r\n", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_FIELDS, _NEWLINES), max_size=8), st.sampled_from(["\r\n", "\n", ""]),
       st.sampled_from(["Sale ends today.", "We regret to inform you", "x" * FIRST_BYTES]))
def test_whether_to_fetch_whole_is_decided_as_the_parser_decides(lines, blank, body):
    # Each line its own line end (LF and CRLF mixed, a bare LF blank line before CRLF ones), and
    # now and then no blank line at all.
    start = (("".join(field + newline for field, newline in lines) + blank + body).encode("utf-8"))[:FIRST_BYTES]
    assert needs_whole(start) == needs_whole_by_the_parser(start)
    assert needs_whole(start[:40]) == needs_whole_by_the_parser(start[:40])  # a block cut short


def test_large_mail_set_aside_is_fetched_in_part_with_the_same_records_and_drafts(
        mail_user, write_config, tmp_path, monkeypatch):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n' + IDENTITY)
    for raw in (rejection(1), interview(2), SHOP, BIG_SALE, BIG_REJECTION, NO_ID):
        mail_user.drop(raw)
    cfg = config.load(path)
    at = time.time() + 2
    whole_bytes = received(monkeypatch)
    run_at(path, at, WholeTriager(cfg, lambda: at))
    state = tmp_path / "state.sqlite3"
    as_before = (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user))
    assert [row[6] for row in as_before[0]] == ["drafted", "other", "other", "other", "drafted", "other"], [(r[0], r[6], r[7]) for r in as_before[0]]
    assert len(as_before[2]) == 2

    for suffix in ("", "-wal", "-shm"):  # from nothing again, as the service reads: in part first
        Path(f"{state}{suffix}").unlink(missing_ok=True)
    with mail_user.client() as c:
        c.select_folder("Drafts")
        c.delete_messages(c.search("ALL"))
        c.expunge()
    fetched_whole: list[list[int]] = []
    original = imap_session.Session._bodies

    def spy(self, uids, cap):
        if cap > FIRST_BYTES:
            fetched_whole.append(sorted(uids))
        return original(self, uids, cap)

    monkeypatch.setattr(imap_session.Session, "_bodies", spy)
    part_bytes = received(monkeypatch)
    _service, result = run_at(path, at)  # through the scan's workers
    assert result.fetched == 6 and result.rejections == 2
    assert (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user)) == as_before
    # Fetched whole: the large rejection (uid 5) and the large mail without a Message-ID (uid 6),
    # never the large mail the first stage set aside (uid 4).
    assert fetched_whole == [[5, 6]]
    assert whole_bytes[0] - part_bytes[0] > len(BIG_SALE) - FIRST_BYTES - 10_000
    with mail_user.client() as c:  # BODY.PEEK, in part or whole: nothing marked read
        c.select_folder("INBOX", readonly=True)
        assert c.search("SEEN") == []
