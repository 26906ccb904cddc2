"""What the scan records of each job mail (daemon.job_mail, daemon.triage): kinds, links, the
reason hook; a Maildir's history read by `onward scan --since`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from onward import drafts
from onward.daemon.config import Config
from onward.daemon.job_mail import job_id_in, read_job_mail
from onward.daemon.mailbox.message import Message, message_key
from onward.daemon.state import Status
from onward.daemon.triage import Triager
from tests.support.helpers import onward, state_rows
from tests.support.job_search import job_search
from tests.support.mail import message

DAY = 86400.0
MAILS = {name: raw for name, _at, _f, _k, raw in job_search(time.time() - 45 * DAY)}


@pytest.mark.parametrize("subject, text, expected", [
    ("Application received - Job ID: R-10422", "", "R-10422"),
    ("Your application", "Thank you for applying (Req #4471) for the role.", "4471"),
    ("Eingangsbestätigung - Kennziffer 2026-114", "", "2026-114"),
    ("Votre candidature", "Référence : MK-22 - Chargé de projet", "MK-22"),
    ("Tu candidatura", "Referencia: ES-553. Gracias por tu interés.", "ES-553"),
    ("Your application for Data Analyst", "We will review it by 12 May.", ""),
    # a year or a date after a word that looks like a reference is no job id
    ("Thank you for your preference: 2026", "", ""),
    ("Ihre Bewerbung", "Referenz 12.11.2026 - wir melden uns.", ""),
    ("Unser Zeichen: ref 2026", "", ""),
    ("Ref. ABC/2026/17", "", "ABC/2026/17"),
])
def test_job_ids_in_four_languages(subject, text, expected):
    assert job_id_in(subject, text) == expected


def test_a_rejection_gets_its_reason_from_the_hook_and_a_failing_hook_costs_only_the_reason():
    raw = MAILS["ardent-rejection"]
    seen = []
    job = read_job_mail(raw, "k", "rejection", 0.99, 1.0, reason_of=lambda text: seen.append(text) or "closer_experience")
    assert job.reason == "closer_experience" and "Ardent Conseil" in seen[0]
    assert (job.company, job.role) == ("Ardent Conseil", "Chargé de projet marketing digital")

    def broken(text):
        raise RuntimeError("model file missing")

    job = read_job_mail(raw, "k", "rejection", 0.99, 1.0, reason_of=broken)
    assert job.reason is None and job.company == "Ardent Conseil"
    assert read_job_mail(MAILS["alcazar-offer"], "k", "offer", 0.9, 1.0, reason_of=lambda t: "volume").reason is None


def test_no_job_mail_gets_no_facts_and_text_from_a_mail_is_one_clean_line():
    assert read_job_mail(MAILS["newsletter"], "k", "not_job", 0.9, 1.0).company == ""
    hostile = message(1, subject="Application received \x1b[31mred\x1b[0m\r\n for Data Analyst",
                      sender="Evil\x07 <a@b.example>")
    job = read_job_mail(hostile, "k", "applied", 0.9, 1.0)
    assert "\x1b" not in job.subject and "\x07" not in job.sender and "\n" not in job.subject


def as_batch(*names):
    out = []
    for uid, name in enumerate(names, 1):
        raw = MAILS[name]
        m = Message(uid, raw, dt.datetime.now(dt.timezone.utc), len(raw))
        out.append((m, message_key(raw, m.headers)))
    return out


def test_the_triage_records_kinds_links_and_reasons_but_drafts_only_what_the_rejection_model_judges():
    triage = Triager(Config(), reason_of=lambda text: "closer_experience")
    batch = as_batch("lindenhof-applied", "lindenhof-rejection", "alcazar-offer", "newsletter")
    applied, rejection, offer, newsletter = triage(batch)
    assert (applied.status, applied.job.kind, applied.job.job_id) == (Status.OTHER, "applied", "2026-114")
    assert applied.job.company == "Lindenhof Maschinenbau"
    assert (rejection.status, rejection.job.kind, rejection.job.reason) == (Status.WAITING, "rejection",
                                                                            "closer_experience")
    assert rejection.job.company == ""  # read once, when its drafts are composed (deliver.py)
    assert rejection.job.job_id == "2026-114" and rejection.job.message_id == "<lindenhof-rejection@jobs.example>"
    assert (offer.status, offer.job.kind, offer.due_at) == (Status.OTHER, "offer", None)
    assert newsletter.job.kind is None  # set aside by the first stage: no kind read
    # By default the shipped reasons model reads it: the rejection says another profile was closer.
    _, wired, _, _ = Triager(Config())(batch)
    assert wired.job.reason == "closer_experience"


def maildir_account(tmp_path) -> tuple[Path, Path]:
    root = tmp_path / "Mail"
    for folder in ("INBOX", "Archive", "Drafts"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True)
    config = tmp_path / "config.toml"
    config.write_text(f'[[accounts]]\nname = "home"\ntype = "maildir"\npath = "{root}"\n'
                      f'[identity]\nname = "Sam Seeker"\nemail = "sam@example.net"\n'
                      f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n')
    return root, config


def test_scan_since_shows_a_progress_bar_on_a_terminal(tmp_path):
    root, config = maildir_account(tmp_path)
    for n in range(120):
        (root / "INBOX" / "new" / f"{n}.M{n}.host").write_bytes(
            message(n, subject=f"Application received: Analyst {n}", date=time.time() - n * 3600))
    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "onward.daemon", "--config", str(config), "scan",
                             "--since", "30d"], stdout=subprocess.PIPE, stderr=secondary)
    os.close(secondary)
    seen = b""
    while select.select([primary], [], [], 120)[0]:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # EIO: the child closed its end
            break
        if not chunk:
            break
        seen += chunk
    os.close(primary)
    assert proc.wait(timeout=120) == 0
    assert "home: scanning INBOX [" in seen.decode() and "120/120" in seen.decode()


def test_scan_since_reads_a_maildir_and_its_folders_as_files(tmp_path):
    root, config = maildir_account(tmp_path)
    start = time.time() - 45 * DAY
    for n, (name, at, folder, _kind, raw) in enumerate(job_search(start)):
        path = root / folder / "new" / f"{int(at)}.M{n}.host"
        path.write_bytes(raw)
        os.utime(path, (time.time(), time.time()))  # synced today: the Date header tells its day
    old = root / "INBOX" / "new" / "1.M99.host"
    old.write_bytes(message(99, subject="Application received: Old Role",
                            date=start - 200 * DAY))  # before --since: not read
    names = sorted(p.name for p in root.rglob("*") if p.is_file())
    since = dt.date.fromtimestamp(start - DAY).isoformat()
    done = onward("--config", str(config), "scan", "--since", since, "--folder", "Archive")
    assert done.returncode == 0, done.stderr
    assert "home: INBOX: 9 message(s)" in done.stdout and "home: Archive: 3 message(s)" in done.stdout
    rows = dict(state_rows(tmp_path / "state.sqlite3", "SELECT message_id, received_at FROM job_mail"))
    assert len(rows) == 12
    fernwood = rows["<fernwood-applied@jobs.example>"]
    assert abs(fernwood - (start + 9 * 3600)) < 2  # dated by its header, not by the sync
    assert sorted(p.name for p in root.rglob("*") if p.is_file()) == names  # nothing renamed or moved
    assert not list((root / "Drafts").rglob("*.host*")) and not any((root / "Drafts" / "cur").iterdir())
    again = onward("--config", str(config), "scan", "--since", since, "--folder", "Archive")
    assert "INBOX: 0 message(s)" in again.stdout and "Archive: 0 message(s)" in again.stdout


def test_scan_since_leaves_out_the_users_own_mail(tmp_path):
    root, config = maildir_account(tmp_path)  # [identity] email = sam@example.net
    application = message(1, subject="Application: Data Analyst", sender="Sam Seeker <Sam@Example.net>",
                          body="Dear hiring team,\n\nplease find attached my application for the Data "
                               "Analyst position.\n\nSam\n")
    (root / "Archive" / "cur" / "1.M1.host:2,S").write_bytes(application)  # an All Mail-like folder
    (root / "INBOX" / "new" / "2.M2.host").write_bytes(MAILS["fernwood-applied"])
    done = onward("--config", str(config), "scan", "--since", "60d", "--folder", "Archive")
    assert done.returncode == 0, done.stderr
    senders = [s for (s,) in state_rows(tmp_path / "state.sqlite3", "SELECT sender FROM job_mail")]
    assert senders and not any("sam@example.net" in (s or "").lower() for s in senders)


def test_a_maildir_file_the_mail_reader_moves_during_the_scan_is_read_where_it_went(tmp_path, monkeypatch):
    from onward.daemon.config import accounts_of, load
    from onward.daemon.history import MaildirSource

    root, config = maildir_account(tmp_path)
    moved = root / "INBOX" / "new" / "7.M7.host"
    moved.write_bytes(MAILS["fernwood-applied"])
    read = MaildirSource._read

    def move_first(path):  # listed, then moved (new/ to cur/) before it is read
        if path == moved:
            moved.rename(root / "INBOX" / "cur" / "7.M7.host:2,S")
        return read(path)

    monkeypatch.setattr(MaildirSource, "_read", staticmethod(move_first))
    source = MaildirSource(accounts_of(load(config))[0])
    since = dt.date.today() - dt.timedelta(days=60)
    (first,) = list(source.chunks("INBOX", since, None))
    assert first.messages == [] and first.cursor.names == frozenset()  # not marked done unread
    (again,) = list(source.chunks("INBOX", since, first.cursor))
    assert len(again.messages) == 1  # read where it went


@pytest.mark.parametrize("failure, error, words", [
    (KeyboardInterrupt(), "RuntimeFailure", "interrupted: run `onward scan --since "),
    (ConnectionResetError(104, "Connection reset by peer"), "ConnectionFailure", "run `onward scan --since "),
])
def test_an_interrupted_or_dropped_scan_says_how_to_go_on_with_exit_3(tmp_path, monkeypatch, failure, error, words):
    import argparse

    from onward.daemon import errors, history
    from onward.daemon.commands import scan

    root, config = maildir_account(tmp_path)

    def fails(*args, **kwargs):
        raise failure

    monkeypatch.setattr(history, "scan_history", fails)  # scan.run imports it when it runs
    args = argparse.Namespace(config=config, since="2026-09-05", folder=[])
    with pytest.raises(getattr(errors, error)) as caught:
        scan.run(args)
    assert isinstance(caught.value, errors.RuntimeFailure)  # exit 3, one sentence
    assert words in str(caught.value) and "2026-09-05` again to go on where it stopped" in str(caught.value)


@pytest.mark.parametrize("since, words", [
    ("100000000d", "reaches back before the year 1"),
    ("next week", "neither a date like 2026-09-01 nor a time ago"),
    ("2999-01-01", "is in the future"),
])
def test_a_since_no_calendar_holds_is_a_usage_error(since, words):
    from onward.daemon.commands.scan import parse_since
    from onward.daemon.errors import UsageError

    with pytest.raises(UsageError, match=words):
        parse_since(since, today=dt.date(2026, 12, 4))
    assert parse_since("90d", today=dt.date(2026, 12, 4)) == dt.date(2026, 9, 5)


def test_the_triage_composes_the_drafts_of_a_rejection_due_at_once_and_only_those():
    from onward.daemon.composed import Composed, facts_of, settings_from_config, settings_mark
    from onward.daemon.schema import DraftsConfig, Duration

    batch = as_batch("lindenhof-applied", "lindenhof-rejection")
    later = Triager(Config(), reason_of=None)(batch)  # due in a day: composed when due
    assert [r.composed for r in later] == [None, None]
    at_once = dataclasses.replace(Config(), drafts=DraftsConfig(delay=Duration(0)))
    applied, rejection = Triager(at_once, reason_of=None)(batch)
    assert applied.composed is None  # no rejection, no drafts
    composed = Composed.from_bytes(rejection.composed)
    assert composed.facts == facts_of(drafts.read_rejection(batch[1][0].raw))
    assert [d.key for d in composed.drafts] == [f"{rejection.key}/reply"]
    assert composed.settings == settings_mark(settings_from_config(at_once))
