"""Company and role are read at scan time only where something shows them (issue 17: the scan's
time), against the real Dovecot: the mail the report matches into applications, and other job mail
from a person (`onward contacts`). Job alerts and job-board or applicant-tracking notices are
counted by kind, their facts never read; the report, the contacts and the drafts are the same as
when every job mail's facts were read."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import random
import time
from pathlib import Path

from onward import drafts
from onward.classifier import corpus
from onward.daemon import config, job_mail
from onward.daemon.contacts import sender_is_person
from onward.daemon.triage import Triager
from tests.support.helpers import drafts_in, onward, state_rows
from tests.support.scan import IDENTITY, ROWS, run_at

JOBS = ("SELECT key, kind, probability, company, role, job_id, message_id, in_reply_to, refs, sender,"
        " subject, received_at, reason, source FROM job_mail ORDER BY key")
NOT_JOB = ("everyday", "negative_non_job", "not_job")


def job_heavy_inbox(count: int = 70) -> list[bytes]:
    """Job mail of every kind from the training corpus, a third of it rejections, each with its own
    Message-ID and dated now (so it is new mail, not old)."""
    examples = corpus.load_corpus(corpus.TRAIN_DIR)
    rng = random.Random(17)
    rejections = [e.raw for e in examples if e.label == "rejection"]
    others = [e.raw for e in examples if e.label != "rejection" and e.category not in NOT_JOB]
    picks = rng.sample(rejections, count // 3) + rng.sample(others, count - count // 3)
    rng.shuffle(picks)
    now = email.utils.formatdate().encode()
    out = []
    for n, raw in enumerate(picks):
        head, sep, body = raw.partition(b"\n\n")
        lines = [line for line in head.split(b"\n") if not line.lower().startswith((b"message-id:", b"date:"))]
        out.append(b"\n".join([f"Message-ID: <facts-{n}@example.org>".encode(), b"Date: " + now, *lines])
                   + sep + body)
    return out


def drafts_as_read(user) -> list[tuple]:
    """Each draft's headers and text, as text (a draft may have no To: the reply's address unknown)."""
    out = []
    for mail, _flags in drafts_in(user):
        body = mail.get_body(("plain",))
        out.append(tuple(str(mail[name]) for name in ("To", "Subject", "In-Reply-To", "X-Onward-Key"))
                   + (body.get_content() if body else "",))
    return sorted(out)


def shown(path: Path) -> tuple:
    """What the user sees of the scan: the report and the contacts, as JSON."""
    today = dt.date.today()
    report = onward("--config", str(path), "report", "--json", "--since", str(today - dt.timedelta(days=7)),
                    "--until", str(today + dt.timedelta(days=2)))  # a fixed period: the same "until"
    contacts = onward("--config", str(path), "contacts", "--json")
    assert report.returncode == 0 and contacts.returncode == 0, report.stderr + contacts.stderr
    return json.loads(report.stdout), json.loads(contacts.stdout)


def test_facts_are_read_only_where_the_report_or_the_contacts_show_them(
        mail_user, write_config, tmp_path, monkeypatch):
    path = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n' + IDENTITY)
    for raw in job_heavy_inbox():
        mail_user.drop(raw)
    cfg = config.load(path)
    at = time.time() + 2
    read = []

    def counted(original):
        def reading(raw, *args, **kwargs):
            read.append(raw)
            return original(raw, *args, **kwargs)
        return reading

    # A draft's reading and a record's (the scan's, of job mail: read_record) count alike.
    monkeypatch.setattr(drafts, "read_rejection", counted(drafts.read_rejection))
    monkeypatch.setattr(drafts, "read_record", counted(drafts.read_record))
    with monkeypatch.context() as before:  # every job mail's facts read (raising=False: the rule is new)
        before.setattr(job_mail, "facts_shown", lambda kind, sender: True, raising=False)
        run_at(path, at, Triager(cfg, lambda: at))
    state = tmp_path / "state.sqlite3"
    every = (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user), shown(path))
    read_before = len(read)

    for suffix in ("", "-wal", "-shm"):  # the same inbox from nothing, reading facts where shown
        Path(f"{state}{suffix}").unlink(missing_ok=True)
    with mail_user.client() as c:
        c.select_folder("Drafts")
        c.delete_messages(c.search("ALL"))
        c.expunge()
    read.clear()
    run_at(path, at, Triager(cfg, lambda: at))
    where_shown = (state_rows(state, ROWS), state_rows(state, JOBS), drafts_as_read(mail_user), shown(path))

    # Not read: other job mail from no person (job alerts, job boards, applicant-tracking systems).
    unread = {row[0] for row in every[1] if row[1] == "other_job" and not sender_is_person(row[9])}
    kinds = [row[1] for row in every[1]]
    assert len(unread) >= 3 and {"applied", "invitation", "other_job", "rejection"} <= set(kinds), kinds
    assert any(row[1] == "other_job" and sender_is_person(row[9]) for row in every[1])  # a recruiter's
    assert len(read) == read_before - len(unread), (len(read), read_before, len(unread))
    # The same messages, drafts, report and contacts; the job mail table differs only in the
    # company, role and job id of that unread mail, which nothing shows.
    assert where_shown[0] == every[0]
    assert where_shown[2] == every[2] and len(every[2]) >= 10
    assert where_shown[3] == every[3]
    assert every[3][0]["applications"]  # the report matched something
    assert every[3][1]  # and the contacts list someone
    assert [r for r in where_shown[1] if r[0] not in unread] == [r for r in every[1] if r[0] not in unread]
    blank = [(r[0], *r[1:3], *r[6:]) for r in where_shown[1] if r[0] in unread]
    assert blank == [(r[0], *r[1:3], *r[6:]) for r in every[1] if r[0] in unread]
    assert all(r[3] is None and r[4] is None for r in where_shown[1] if r[0] in unread)
    assert any(r[3] or r[4] for r in every[1] if r[0] in unread)  # what was read before, for nothing
