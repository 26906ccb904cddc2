"""The drafting pass's look at the inbox (ImapTarget.look_ahead and reasons_not_wanted), against the
real Dovecot: which rejections are still in the inbox and which are flagged \\Deleted, read with UID
SEARCHes of compact UID sets, is what a FETCH of their FLAGS said (issue 17: that FETCH's answer
cost more CPU to parse than the rest of the look)."""

from __future__ import annotations

import imaplib
import random

import pytest

from onward.daemon import config, credentials, deliver
from onward.daemon.mailbox.imap import ImapTarget
from onward.daemon.mailbox.imap_session import SEARCH_LINE, Session, uid_set_parts
from onward.daemon.mailbox.replies import DELETED
from onward.daemon.state import Due
from tests.support.imap_count import imap_commands

COUNT = 3000
EXPUNGED = [*range(100, 200), *range(13, COUNT, 13)]  # gone from the inbox, and not in Trash
MOVED = [5, *range(500, 511)]  # moved to Trash
FLAGGED = [7, *range(1000, 1021), COUNT]  # flagged \Deleted, not expunged


def numbered(n: int) -> bytes:
    return (f"From: hr@company{n}.example\r\nTo: sam@example.net\r\nMessage-ID: <{n}@look.ahead>\r\n"
            f"Subject: Your application {n}\r\n\r\nThank you for applying.\r\n").encode()


@pytest.fixture
def opened(mail_user, write_config):
    """A session with the inbox of COUNT messages open as the scan leaves it (EXAMINE), changed
    since by another client: some expunged, some moved to Trash, some flagged \\Deleted."""
    for n in range(1, COUNT + 1):
        mail_user.drop(numbered(n))
    cfg = config.load(write_config(mail_user))
    with Session(cfg.imap, credentials.resolve(cfg)) as session:
        inbox = session.examine("INBOX")
        assert inbox.exists == COUNT
        with mail_user.client() as c:
            c.select_folder("INBOX")
            c.add_flags([u for u in EXPUNGED if u not in MOVED + FLAGGED], [b"\\Deleted"])
            c.expunge()
            c.move(MOVED, "Trash")
            c.add_flags(FLAGGED, [b"\\Deleted"])
        yield session, cfg, inbox.uidvalidity


@pytest.mark.unit
def test_a_uid_set_is_written_in_ranges_and_parts_that_fit_a_command_line():
    rng = random.Random(7)
    uids = sorted(rng.sample(range(1, 200_000), 20_000) + list(range(300_000, 340_000)))
    parts = list(uid_set_parts(uids, 600))
    assert all(len(part) <= 600 for part in parts)
    spelt = []
    for part in parts:
        for item in part.split(","):
            low, _colon, high = item.partition(":")
            spelt += range(int(low), int(high or low) + 1)
    assert spelt == uids
    assert list(uid_set_parts(range(1, 50_001), SEARCH_LINE)) == ["1:50000"]  # dense: one range
    assert list(uid_set_parts([9, 3, 4, 5, 3, 1], 100)) == ["1,3:5,9"]  # sorted, once each
    assert list(uid_set_parts([], 100)) == []


@pytest.mark.unit
def test_reading_ahead_keeps_each_search_under_the_command_line_limit():
    """Thousands of rejections of a large inbox, UIDs of ten digits and none next to another: the
    UID sets are cut into SEARCHes whose lines stay under SEARCH_LINE, which the shortest server
    limits allow (a FETCH line that grew with the batch once had a pass fail at every retry)."""

    class Recording:
        lines: list[str] = []

        def noop(self):
            return b"OK", []

        def search(self, criteria):
            self.lines.append(f"UID SEARCH {criteria}")
            return []

    session = Session.__new__(Session)
    session.client, session._news = Recording(), False  # type: ignore[assignment]
    uids = list(range(4_294_900_000, 4_294_960_000, 2))
    assert session.present_and_deleted(uids) == (set(), set())
    lines = session.client.lines  # type: ignore[attr-defined]
    assert len(lines) > 2 and all(len(line) < SEARCH_LINE + 40 for line in lines)
    asked = [int(u) for line in lines if not line.endswith("DELETED") for u in line.split()[3].split(",")]
    assert asked == uids


def test_which_rejections_are_still_in_the_inbox_is_what_a_fetch_of_their_flags_said(opened, mail_user):
    """A large pass (thousands of UIDs, gaps between them, some never given): present and flagged
    \\Deleted as FETCH FLAGS says, in a few SEARCHes, without opening the inbox read-write or
    changing a flag (nothing marked read)."""
    session, _cfg, _uidvalidity = opened
    before = mail_user.flags()
    asked = [u for u in range(1, COUNT + 6) if u % 3]
    with imap_commands() as sent:
        present, deleted = session.present_and_deleted(asked)
    assert set(sent) <= {"NOOP", "UID SEARCH", "CAPABILITY"} and sent["UID SEARCH"] <= 6, sent
    assert present == {u for u in asked if u in before}
    assert deleted == {u for u in asked if b"\\Deleted" in before.get(u, ())}
    assert deleted and present and len(present) < len(asked)  # every case is there
    assert mail_user.flags() == before


def dues_of(uidvalidity: int) -> tuple[list[Due], dict[str, str]]:
    """Rejections of every kind of fate, and the reasons each should have (none: still wanted)."""
    dues, expected = [], {}

    def due(key: str, uid: int, n: int, reason: str | None = None, validity: int = uidvalidity) -> None:
        dues.append(Due(key, uid, validity, "INBOX", f"<{n}@look.ahead>", 0.0, b""))
        if reason:
            expected[key] = reason

    for n in (1, 2, 3, 150, 151, 26, 2999):
        due(f"kept or archived {n}", n, n)  # 150, 151, 26: expunged, not in Trash: archived
    for n in MOVED[:3]:
        due(f"moved {n}", n, n, DELETED)
    for n in FLAGGED[:3] + [COUNT]:
        due(f"flagged {n}", n, n, DELETED)
    # The inbox's UIDVALIDITY changed since they were recorded: their UIDs mean nothing now (7 is
    # another message, flagged \Deleted), and they are looked for by Message-ID.
    due("renumbered 1", 7, 1, validity=uidvalidity + 1)
    due("renumbered moved", 1, 507, DELETED, validity=uidvalidity + 1)
    due("renumbered archived", 4, 160, validity=uidvalidity + 1)
    return dues, expected


def reasons_by_batch(target: ImapTarget, dues: list[Due], size: int = 4) -> dict[str, str]:
    reasons: dict[str, str] = {}
    for start in range(0, len(dues), size):
        reasons.update(target.reasons_not_wanted(dues[start:start + size]))
    return reasons


def test_a_rejection_expunged_moved_flagged_or_renumbered_is_judged_the_same_read_ahead_or_not(
        opened, caplog):
    session, cfg, uidvalidity = opened
    dues, expected = dues_of(uidvalidity)
    # Thousands more in the pass, as a first scan leaves them: read ahead with the rest.
    others = [Due(f"other {n}", n, uidvalidity, "INBOX", f"<{n}@look.ahead>", 0.0, b"")
              for n in range(1, COUNT + 1, 2)]

    ahead = ImapTarget(session, cfg)
    with imap_commands() as sent:
        deliver.look_ahead(ahead, dues + others)
    assert "SELECT" not in sent and "EXAMINE" not in sent, sent  # the inbox the scan left open
    with imap_commands() as sent:
        assert reasons_by_batch(ahead, dues) == expected
    assert "SELECT" not in sent, sent

    asking = ImapTarget(session, cfg)  # no read ahead: each batch asks for itself
    with imap_commands() as sent:
        assert reasons_by_batch(asking, dues) == expected
    assert "SELECT" not in sent and sent["EXAMINE"] > 0, sent


def test_a_read_ahead_that_fails_leaves_each_batch_to_ask_for_itself(opened, monkeypatch, caplog):
    session, cfg, uidvalidity = opened
    dues, expected = dues_of(uidvalidity)
    asked = []
    read = Session.present_and_deleted

    def refused_once(self, uids):
        asked.append(len(uids))
        if len(asked) == 1:
            raise imaplib.IMAP4.error("SEARCH refused: [LIMIT] too long")
        return read(self, uids)

    monkeypatch.setattr(Session, "present_and_deleted", refused_once)
    target = ImapTarget(session, cfg)
    with caplog.at_level("INFO", logger="onward.daemon.deliver"):
        deliver.look_ahead(target, dues)
    assert "could not read ahead" in caplog.text
    assert reasons_by_batch(target, dues) == expected
    assert len(asked) > 1  # the batches asked
