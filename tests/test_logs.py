"""Logs of real runs against the real Dovecot: timestamps, JSON fields, one line per new message."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys

from tests.support.helpers import onward
from tests.support.mail import interview, message, rejection

TEXT_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[.,]\d{3}[+-]\d{4} (DEBUG|INFO|WARNING|ERROR) ")


def _json_lines(stderr: str) -> list[dict]:
    lines = [json.loads(line) for line in stderr.splitlines() if line.strip()]
    assert lines
    return lines


def test_json_logs_of_a_real_run(mail_user, write_config):
    mail_user.drop(rejection(1))
    mail_user.drop(interview(2))
    mail_user.drop(message(3, subject="Evil \x1b[31mred\x1b[0m subject"))
    done = onward("--config", str(write_config(mail_user)), "run", "--once", "-v", "--log-format", "json")
    assert done.returncode == 0, done.stderr
    lines = _json_lines(done.stderr)
    for line in lines:
        when = dt.datetime.fromisoformat(line["time"])
        assert when.tzinfo is not None  # ISO 8601 with its zone
        assert abs((dt.datetime.now(dt.timezone.utc) - when).total_seconds()) < 300
        assert line["level"] in ("debug", "info", "warning", "error")
        assert re.fullmatch(r"[a-z][a-z0-9_.]*", line["event"]), line
        assert line["message"]
        assert "account" in line
    decided = [line for line in lines if line["event"] == "message_decided"]
    assert len(decided) == 3
    assert all(line["account"] == "default" for line in decided)
    by_subject = {line["subject"]: line for line in decided}
    first = by_subject["Your application for Data Analyst at Fernwood Analytics"]
    assert first["decision"] == "rejection" and first["probability"] >= 0.5
    assert "Fernwood" in first["message"] and "rejection" in first["message"]
    second = by_subject["Interview for Data Analyst - new time"]
    assert second["decision"] == "other" and "jonas.weber@brightlane.example" in second["message"]
    assert "\x1b" not in done.stderr  # the escape sequence in the subject never reaches the terminal
    assert "Evil [31mred[0m subject" in by_subject


def test_text_logs_carry_a_timestamp_and_one_line_per_message(mail_user, write_config):
    mail_user.drop(rejection(1))
    done = onward("-v", "--config", str(write_config(mail_user)), "run", "--once")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines and all(TEXT_TIME.match(line) for line in lines), lines
    (line,) = [line for line in lines if "Your application for Data Analyst" in line and "p=" in line]
    assert "rejection" in line and "Fernwood" in line


def test_text_logs_leave_the_timestamp_to_journald(mail_user, write_config):
    # JOURNAL_STREAM names the device and inode of the stream journald gave us as stderr.
    mail_user.drop(rejection(1))
    read_end, write_end = os.pipe()
    info = os.fstat(write_end)
    env = {**os.environ, "JOURNAL_STREAM": f"{info.st_dev}:{info.st_ino}"}
    path = write_config(mail_user)  # sets the password variable in os.environ first
    env["ONWARD_TEST_PASSWORD"] = mail_user.password
    proc = subprocess.Popen([sys.executable, "-m", "onward.daemon", "-v", "--config", str(path), "run", "--once"],
                            stdout=subprocess.DEVNULL, stderr=write_end, env=env)
    os.close(write_end)
    with os.fdopen(read_end) as fh:
        stderr = fh.read()
    assert proc.wait(timeout=60) == 0, stderr
    lines = stderr.strip().splitlines()
    assert lines and all(line.startswith(("INFO ", "WARNING ", "DEBUG ")) for line in lines), lines
    # The variable alone is not enough: it is inherited by children whose stderr goes elsewhere.
    mail_user.drop(interview(2))
    done = onward("-v", "--config", str(path), "run", "--once", env={**env, "JOURNAL_STREAM": "1:2"})
    assert done.stderr.strip() and all(TEXT_TIME.match(line) for line in done.stderr.strip().splitlines())


def test_json_logs_name_the_account(dovecot, tmp_path, monkeypatch):
    user = dovecot.add_user("logs-acct", "pw-logs-1")
    user.drop(rejection(1))
    monkeypatch.setenv("LOGS_PW", user.password)
    path = tmp_path / "config.toml"
    path.write_text(f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n'
                    f'[[accounts]]\nname = "work"\nusername = "{user.name}"\npassword_env = "LOGS_PW"\n'
                    f'host = "127.0.0.1"\nport = {dovecot.port}\nsecurity = "none"\n')
    done = onward("--config", str(path), "--log-format", "json", "run", "--once", "-v")
    assert done.returncode == 0, done.stderr
    lines = _json_lines(done.stderr)
    decided = [line for line in lines if line["event"] == "message_decided"]
    assert decided and all(line["account"] == "work" for line in decided)
    assert not any(line["message"].startswith("[work]") for line in lines)  # a field, not a prefix
