"""Log lines as the CLI sets them up, in this process: `--log-format json` gives one JSON object a
line with stable fields and redacted secrets; event names come from templates, not values.
(Logs of real runs against the real Dovecot: tests/test_logs.py.)"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import re
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onward.daemon import logs
from onward.daemon.cli import parse_args
from onward.daemon.logs import account_context, event_name


@pytest.fixture
def json_logs(monkeypatch):
    """logs.setup as `onward --log-format json` does it, onto a stderr of our own; its lines, parsed."""
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    logs.setup(0, "json")
    yield lambda: [json.loads(line) for line in stderr.getvalue().splitlines()]
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.parametrize("argv", [["--log-format", "json", "status"], ["status", "--log-format", "json"]])
def test_the_option_is_taken_before_and_after_the_command(argv):
    assert parse_args(argv).log_format == "json"
    assert parse_args(["status"]).log_format == "text"


def test_each_line_is_one_json_object_with_the_stable_fields(json_logs):
    log = logging.getLogger("onward.daemon.scan")
    with account_context("work"):
        log.info("rejection from %s (%s, p=%.2f): drafts due %s", "Fernwood", "Your application", 0.97,
                 "Monday", extra={"decision": "rejection", "probability": 0.97})
    log.warning("mailbox unavailable: %s; retrying", "connection reset\nby peer")
    first, second = json_logs()
    assert dt.datetime.fromisoformat(first["time"]).utcoffset() is not None  # a zone, always
    assert first | {"time": None} == {
        "time": None, "level": "info", "account": "work", "event": "rejection_from",
        "logger": "onward.daemon.scan", "decision": "rejection", "probability": 0.97,
        "message": "rejection from Fernwood (Your application, p=0.97): drafts due Monday"}
    assert (second["level"], second["account"], second["event"]) == ("warning", None, "mailbox_unavailable")
    assert second["message"] == "mailbox unavailable: connection reset\nby peer; retrying"  # one line still


def test_secrets_are_redacted_in_messages_fields_and_tracebacks(json_logs, monkeypatch):
    monkeypatch.setattr(logs, "_known_secrets", set())  # this test's secret only, and for it alone
    logs.register_secret("hunter2-secret")
    log = logging.getLogger("onward.daemon.mailbox.imap_session")
    try:
        raise RuntimeError("login failed for hunter2-secret")
    except RuntimeError:
        log.exception("LOGIN sam hunter2-secret refused", extra={"detail": "pw hunter2-secret"})
    (line,) = json_logs()
    assert "hunter2-secret" not in json.dumps(line)
    assert "**REDACTED**" in line["message"] and "**REDACTED**" in line["detail"]
    assert "RuntimeError" in line["traceback"]


def test_event_names_come_from_the_template_not_the_values():
    import logging

    from onward.daemon.logs import event_name

    def name(template, *args, **extra):
        record = logging.LogRecord("onward.daemon.x", logging.INFO, "", 0, template, args, None)
        record.__dict__.update(extra)
        return event_name(record)

    assert name("rejection from %s (%s, p=%.2f): drafts due %s", "A", "B", 0.9, "x") == "rejection_from"
    assert name("%s: %d new message(s) recorded, %d skipped", "INBOX", 2, 0) == "new_message_recorded"
    assert name("mailbox unavailable: %s; retrying", "down") == "mailbox_unavailable"
    assert name("anything at all", event="message_decided") == "message_decided"


def _redact_every_pattern(text: str) -> str:
    """redact() as it was before it looked for the patterns' words first: every pattern, always."""
    for secret in logs._known_secrets:
        text = text.replace(secret, "**REDACTED**")
    for pattern in logs._SECRET_PATTERNS:
        text = pattern.sub(r"\1**REDACTED**", text)
    return text


_NEAR_SECRETS = ["LOGIN", "login", "AUTHENTICATE", "password", "PASSWORD", "paſſword", "pAsSwOrD", "passwort",
                 "ſ", "K", " ", "\t", "=", ":", '"', "'", "user", "hunter2", "é", "\n", "LOG IN"]


@given(st.lists(st.sampled_from(_NEAR_SECRETS) | st.text(max_size=4), max_size=12).map("".join))
@settings(max_examples=400, deadline=None)
def test_redact_looks_for_the_words_first_and_redacts_exactly_as_every_pattern_does(text):
    assert logs.redact(text) == _redact_every_pattern(text)


def test_redact_still_finds_a_password_spelt_with_a_long_s():
    assert logs.redact("paſſword=hunter2") == "paſſword=**REDACTED**"


def test_a_text_lines_time_is_the_local_time_of_its_record_also_at_a_change_of_the_zones_offset(monkeypatch):
    # The formatter keeps the last second's text: it must give what _local_time gives, line after
    # line, through the hour that a change back from summer time shows twice (fold) and at times
    # that round up to the next second.
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        formatter = logs._TextFormatter(with_time=True)
        change = 1_792_890_000  # 2026-10-25 01:00:00 UTC: 03:00 CEST is 02:00 CET again
        times = [change + offset + fraction for offset in range(-3605, 3605, 599)
                 for fraction in (0.0, 0.0004, 0.4995, 0.9994999, 0.9999996)]
        times += [change - 1 + 0.9999996, change - 0.0000001, change, change + 3600 - 0.0000004]
        times += [change - 1800.25, change + 1800 - 0.25]  # one wall time, 02:29:59.750, twice in a row
        for created in times + times[::-1]:
            record = logging.makeLogRecord({"created": created})
            when = logs._local_time(record)
            expected = when.strftime("%Y-%m-%d %H:%M:%S.") + f"{when.microsecond // 1000:03d}" + when.strftime("%z")
            assert formatter.formatTime(record) == expected, created
    finally:
        monkeypatch.undo()
        time.tzset()


def test_every_character_the_password_pattern_takes_for_a_letter_casefolds_to_that_letter():
    # redact() runs the patterns only when the casefolded line holds "password": that is sound only
    # if each character IGNORECASE matches for a letter of it (over all of Unicode) casefolds to
    # that letter alone ("ſ" to "s"; "K", the Kelvin sign, to "k" is no letter of it).
    everything = "".join(map(chr, range(0x110000)))
    flags = logs._SECRET_PATTERNS[2].flags
    for letter in "password":
        taken = set(re.findall(letter, everything, flags))
        assert taken >= {letter, letter.upper()}
        assert {c for c in taken if c.casefold() != letter} == set(), letter
        for c in taken:  # and a line with it passes the words' test and is redacted
            assert logs.redact("password".replace(letter, c, 1) + ": hunter2").endswith(": **REDACTED**"), c
