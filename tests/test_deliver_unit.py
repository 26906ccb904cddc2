"""Delivery with a drafts target in memory (tests.support.fakes): what is due is drafted once, what
is not wanted is skipped, a crash between saving and recording never makes a second draft, and a
failing rejection is retried, then failed. Pure Python: no server, a real state file."""

from __future__ import annotations

import base64
import dataclasses
import email
import email.utils
import imaplib
import json
import time

import pytest

from onward import drafts
from onward.drafts import render
from onward.daemon import composed
from onward.daemon.config import Config, IdentityConfig
from onward.daemon.errors import ConnectionFailure
from onward.daemon.deliver import save_due_drafts, settings_from_config
from onward.daemon.isolation import MAX_ATTEMPTS, RETRY_AFTER
from onward.daemon.mailbox.message import message_key
from onward.daemon.mailbox.replies import REPLIED
from onward.daemon.state import Record, Status, Store
from tests.support.fakes import FakeTarget
from tests.support.mail import rejection

NOW = time.time()
SETTINGS = settings_from_config(Config(identity=IdentityConfig(name="Sam Seeker",
                                                               email="sam@example.net")))


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "state.sqlite3")
    yield store
    store.close()


def waiting(store: Store, n: int, due_at: float) -> str:
    """A rejection recorded as waiting for its drafts until `due_at`; returns its key."""
    raw = rejection(n)
    key = message_key(raw)
    store.commit_batch("INBOX", 1, n, [Record(key, n, f"<{n}@x>", "Your application", "HR",
                                              NOW - 3600, Status.WAITING, due_at=due_at, raw=raw)])
    return key


def test_a_due_rejection_is_drafted_once_and_not_before_it_is_due(store):
    target = FakeTarget()
    due = waiting(store, 1, NOW - 1)
    later = waiting(store, 2, NOW + 3600)
    outcomes = save_due_drafts(store, target, SETTINGS, NOW)
    assert outcomes == [(due, Status.DRAFTED)]
    assert len(target.saved) >= 1 and [d["key"] for d in store.drafted()] == [due]
    assert store.next_due_at() == pytest.approx(NOW + 3600)
    assert save_due_drafts(store, target, SETTINGS, NOW) == []  # drafted: never touched again
    assert [k for k, _o in save_due_drafts(store, target, SETTINGS, NOW + 7200)] == [later]


def test_a_rejection_no_longer_wanted_is_skipped_with_the_reason(store):
    target = FakeTarget()
    key = waiting(store, 1, NOW - 1)
    target.not_wanted[key] = REPLIED
    assert save_due_drafts(store, target, SETTINGS, NOW) == [(key, f"skipped: {REPLIED}")]
    assert target.saved == {} and "save" not in target.asked
    (row,) = store.rejections()
    assert row["status"] == Status.SKIPPED and row["reason"] == REPLIED


def test_drafts_saved_before_a_crash_are_not_saved_again(store):
    # The crash came between saving the drafts and recording it: the target has them already.
    key = waiting(store, 1, NOW - 1)
    plan = drafts.plan_drafts(rejection(1), key, SETTINGS)
    target = FakeTarget()
    target.saved = {d.key: d.as_bytes() for d in plan.drafts}
    assert target.saved  # the rejection gets at least one draft
    assert save_due_drafts(store, target, SETTINGS, NOW) == [(key, "drafts already there")]
    assert "save" not in target.asked
    assert [d["key"] for d in store.drafted()] == [key]


def test_a_failing_rejection_is_retried_later_then_failed(store):
    target = FakeTarget()
    target.fail_save = RuntimeError("the target broke")
    key = waiting(store, 1, NOW - 1)
    now = NOW
    for attempt in range(1, MAX_ATTEMPTS + 1):
        ((k, outcome),) = save_due_drafts(store, target, SETTINGS, now)
        assert k == key and outcome.startswith("failed" if attempt == MAX_ATTEMPTS else "retrying")
        assert save_due_drafts(store, target, SETTINGS, now) == []  # not at every loop
        now += RETRY_AFTER * 2 ** (attempt - 1) + 1
    (row,) = store.rejections()
    assert row["status"] == Status.FAILED and "the target broke" in row["reason"]
    assert store.next_due_at() is None


class HalfSavingTarget(FakeTarget):
    """Saves the first of a batch's drafts, then refuses the rest: a server whose MULTIAPPEND is
    not all or none."""

    def save_many(self, drafts):
        key, raw = drafts[0]
        self.save(key, raw)
        raise imaplib.IMAP4.error("APPEND refused: [CANNOT] too many")


def test_drafts_refused_together_are_looked_for_again_then_saved_alone(store):
    target = HalfSavingTarget()
    keys = [waiting(store, n, NOW - 1) for n in (1, 2, 3)]
    outcomes = dict(save_due_drafts(store, target, SETTINGS, NOW))
    assert set(outcomes) == set(keys)
    # The one kept before the refusal is found again, not saved twice; the others saved alone.
    assert target.asked.count("save") == len(target.saved) and len(target.saved) >= 3
    assert target.asked.count("saved_keys") == 2
    # (The one kept counts as there already: a server that breaks RFC 3502's all-or-none is rare.)
    assert sorted(outcomes.values()) == [Status.DRAFTED] * 2 + ["drafts already there"]


def test_one_record_that_cannot_be_written_does_not_hold_back_its_batch(store):
    # A batch's outcomes are recorded in one transaction; one detail that is no JSON would roll the
    # whole batch back at every pass. The others are recorded alone; only that one waits.
    from onward.daemon.deliver import record_finished
    good, bad = waiting(store, 1, NOW - 1), waiting(store, 2, NOW - 1)
    record_finished(store, [(good, Status.SKIPPED, {"reason": "replied"}),
                            (bad, Status.SKIPPED, {"reason": {"not", "json"}})], NOW)
    status = {row["key"]: row["status"] for row in store.rejections()}
    assert status[good] == Status.SKIPPED and status[bad] == Status.WAITING


class FailingLookupTarget(FakeTarget):
    """A target whose connection drops when asked which drafts are there already."""

    def saved_keys(self, keys):
        raise ConnectionFailure("the connection dropped")


def test_a_skipped_rejection_is_recorded_when_an_error_ends_the_pass_after_it(store):
    # Decided before the batch's drafts are looked for: an error that ends the pass there must
    # not lose that decision (the pass would decide it again, and again, while the server fails).
    target = FailingLookupTarget()
    skipped, wanted = waiting(store, 1, NOW - 1), waiting(store, 2, NOW - 1)
    target.not_wanted[skipped] = REPLIED
    with pytest.raises(ConnectionFailure):
        save_due_drafts(store, target, SETTINGS, NOW)
    status = {row["key"]: row["status"] for row in store.rejections()}
    assert status == {skipped: Status.SKIPPED, wanted: Status.WAITING}


def composed_rejection(store: Store, n: int, composed: bytes | None) -> str:
    """A due rejection recorded with its drafts as the scan composed them."""
    raw = rejection(n)
    key = message_key(raw)
    store.commit_batch("INBOX", 1, n, [Record(key, n, f"<{n}@x>", "Your application", "HR", NOW - 3600,
                                              Status.WAITING, due_at=NOW - 1, raw=raw, composed=composed)])
    return key


def test_drafts_composed_when_the_rejection_was_read_are_saved_as_they_are(store, monkeypatch):
    key = message_key(rejection(1))
    kept = composed.compose(rejection(1), key, SETTINGS, NOW - 5)
    composed_rejection(store, 1, kept.to_bytes())

    def not_again(*_args, **_kwargs):
        raise AssertionError("the rejection was read a second time")

    monkeypatch.setattr(drafts, "plan_drafts", not_again)
    monkeypatch.setattr(drafts, "read_rejection", not_again)
    target = FakeTarget()
    assert save_due_drafts(store, target, SETTINGS, NOW) == [(key, Status.DRAFTED)]
    assert target.saved == {d.key: d.raw for d in kept.drafts}
    (row,) = store.drafted()
    assert row["company"] == kept.facts["company"]


def kept_as_before(kept: composed.Composed, settings) -> bytes:
    """A composition as the state kept it before it was compressed: plain JSON, its drafts in
    base64 and its settings mark in full."""
    mark = json.dumps({"settings": dataclasses.asdict(settings), "version": composed.__version__,
                       "templates": ""}, sort_keys=True)
    return json.dumps({"facts": kept.facts, "skipped": kept.skipped, "settings": mark, "at": kept.at,
                       "drafts": [[d.kind, d.key, base64.b64encode(d.raw).decode()]
                                  for d in kept.drafts]}).encode()


def test_a_composition_kept_uncompressed_by_an_earlier_onward_is_still_used(store, monkeypatch):
    key = message_key(rejection(1))
    kept = composed.compose(rejection(1), key, SETTINGS, NOW - 5)
    composed_rejection(store, 1, kept_as_before(kept, SETTINGS))

    def not_again(*_args, **_kwargs):
        raise AssertionError("the rejection was read a second time")

    monkeypatch.setattr(drafts, "plan_drafts", not_again)
    target = FakeTarget()
    assert save_due_drafts(store, target, SETTINGS, NOW) == [(key, Status.DRAFTED)]
    assert target.saved == {d.key: d.raw for d in kept.drafts}


def test_a_kept_composition_is_compressed_and_gives_back_any_bytes():
    key = message_key(rejection(1))
    kept = composed.compose(rejection(1), key, SETTINGS, NOW - 5)
    assert len(kept.to_bytes()) * 2 < len(kept_as_before(kept, SETTINGS))
    odd = composed.ReadyDraft("reply", key, bytes(range(256)) + "Grüße\r\n".encode())
    again = composed.Composed.from_bytes(dataclasses.replace(kept, drafts=(odd,)).to_bytes())
    assert again == dataclasses.replace(kept, drafts=(odd,))


@pytest.mark.parametrize("why", ["other settings", "long ago", "damaged"])
def test_a_composition_that_no_longer_holds_is_done_again(store, why):
    key = message_key(rejection(1))
    separate = dataclasses.replace(SETTINGS, mode="separate")
    kept = {"other settings": composed.compose(rejection(1), key, separate, NOW).to_bytes(),
            "long ago": composed.compose(rejection(1), key, SETTINGS,
                                         NOW - composed.FRESH_FOR - 60).to_bytes(),
            "damaged": b'{"facts": '}[why]
    composed_rejection(store, 1, kept)
    target = FakeTarget()
    assert save_due_drafts(store, target, SETTINGS, NOW) == [(key, Status.DRAFTED)]
    assert list(target.saved) == [f"{key}/reply"]  # as the settings say now
    date = email.message_from_bytes(target.saved[f"{key}/reply"])["Date"]
    assert email.utils.parsedate_to_datetime(date).timestamp() == pytest.approx(NOW, abs=1)


def test_a_template_edited_while_a_rejection_waits_makes_its_drafts_be_composed_again(tmp_path):
    import os
    import shutil

    shutil.copytree(render.SHIPPED_DIR / "en", tmp_path / "en")
    settings = dataclasses.replace(SETTINGS, templates_dir=str(tmp_path))
    key = message_key(rejection(1))
    kept = composed.compose(rejection(1), key, settings, NOW - 5).to_bytes()
    assert composed.usable(kept, composed.settings_mark(settings), NOW) is not None
    template = tmp_path / "en" / "reply.txt.j2"
    template.write_text(template.read_text() + "\nP.S. edited\n")
    st = template.stat()
    os.utime(template, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert composed.usable(kept, composed.settings_mark(settings), NOW) is None


def test_the_templates_dir_is_walked_once_a_pass_however_many_rejections_wait(store, tmp_path,
                                                                           monkeypatch):
    import os
    import shutil

    templates = tmp_path / "templates"  # apart from the state file, which changes as it is written
    shutil.copytree(render.SHIPPED_DIR / "en", templates / "en")
    settings = dataclasses.replace(SETTINGS, templates_dir=str(templates))
    # One the scan composed (still good), and some to compose now.
    composed_rejection(store, 1, composed.compose(rejection(1), message_key(rejection(1)), settings,
                                                  NOW - 5).to_bytes())
    for n in range(2, 6):
        composed_rejection(store, n, None)
    walks = []
    real_walk = os.walk

    def counting_walk(top, *args, **kwargs):
        if os.fspath(top) == str(templates):
            walks.append(top)
        return real_walk(top, *args, **kwargs)

    monkeypatch.setattr(os, "walk", counting_walk)
    plans = []
    real_plan = drafts.plan_drafts
    monkeypatch.setattr(drafts, "plan_drafts", lambda *a, **k: plans.append(1) or real_plan(*a, **k))
    outcomes = save_due_drafts(store, FakeTarget(), settings, NOW, batch_size=2)
    assert [o for _k, o in outcomes] == [Status.DRAFTED] * 5
    assert (len(plans), len(walks)) == (4, 1)  # the kept one used as it is; one walk in all


def test_a_composition_made_by_another_onward_version_is_composed_again(monkeypatch):
    key = message_key(rejection(1))
    kept = composed.compose(rejection(1), key, SETTINGS, NOW - 5).to_bytes()
    monkeypatch.setattr(composed, "__version__", "999.0")
    assert composed.usable(kept, composed.settings_mark(SETTINGS), NOW) is None


@pytest.mark.parametrize("damaged", [
    b'{"facts": null, "skipped": null, "settings": "", "at": 0, "drafts": []}',
    b'[]', b'"text"', b'{"facts": {}, "skipped": null, "settings": "", "at": 0, "drafts": [1]}'])
def test_a_damaged_composition_counts_as_absent(damaged):
    assert composed.usable(damaged, composed.settings_mark(SETTINGS), NOW) is None


def test_a_damaged_composition_of_a_skipped_rejection_does_not_end_the_pass(store):
    target = FakeTarget()
    key = composed_rejection(store, 1, b'{"facts": null, "skipped": null, "settings": "", "at": 0,'
                                       b' "drafts": []}')
    target.not_wanted[key] = REPLIED
    assert save_due_drafts(store, target, SETTINGS, NOW) == [(key, f"skipped: {REPLIED}")]
    assert {row["key"]: row["status"] for row in store.rejections()} == {key: Status.SKIPPED}


class ReadingAheadTarget(FakeTarget):
    """A target with the optional look_ahead step, which fails with `fails` (if set)."""

    def __init__(self, fails: Exception | None = None):
        super().__init__()
        self.fails = fails

    def look_ahead(self, dues):
        self.asked.append("look_ahead")
        if self.fails is not None:
            raise self.fails


@pytest.mark.parametrize("fails", [None, imaplib.IMAP4.error("FETCH refused: [LIMIT] too long"),
                                   ValueError("an answer not understood")])
def test_a_read_ahead_that_fails_for_one_messages_reason_leaves_each_batch_to_check(store, fails):
    # look_ahead is asked once, before the first batch; whatever it could not read, every batch
    # still asks whether its rejections are wanted: a deleted one is skipped all the same.
    target = ReadingAheadTarget(fails)
    keys = [waiting(store, n, NOW - 1) for n in (1, 2, 3)]
    target.not_wanted[keys[2]] = REPLIED
    outcomes = dict(save_due_drafts(store, target, SETTINGS, NOW, batch_size=2))
    assert target.asked[0] == "look_ahead" and target.asked.count("look_ahead") == 1
    assert target.asked.count("reasons_not_wanted") == 2
    assert outcomes == {keys[0]: Status.DRAFTED, keys[1]: Status.DRAFTED,
                        keys[2]: f"skipped: {REPLIED}"}


def test_a_connection_lost_while_reading_ahead_ends_the_pass_before_any_draft(store):
    # As everywhere else in a pass: the service retries it whole, with backoff; nothing is
    # drafted without its checks.
    target = ReadingAheadTarget(ConnectionFailure("the connection dropped"))
    waiting(store, 1, NOW - 1)
    with pytest.raises(ConnectionFailure):
        save_due_drafts(store, target, SETTINGS, NOW)
    assert target.asked == ["look_ahead"] and target.saved == {}
    assert [row["status"] for row in store.rejections()] == [Status.WAITING]
