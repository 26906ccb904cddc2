"""The config taken at its word, the pure part: durations have bounds that name the key and the
bound, and resolving a password exports nothing. (The parts that need a login or a process are in
tests/test_config_word.py.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from onward.daemon import credentials
from onward.daemon.config import ConfigError, parse


@pytest.mark.parametrize("data, message", [
    ({"drafts": {"delay": "91d"}}, "[drafts] delay: 91d is more than the most allowed, 90d"),
    ({"drafts": {"delay": "99999999999d"}}, "[drafts] delay:"),
    ({"schedule": {"lookback": "366d"}}, "[schedule] lookback: 366d is more than the most allowed, 365d"),
    ({"schedule": {"poll_interval": "2d"}}, "[schedule] poll_interval: 2d is more than the most allowed, 1d"),
    ({"schedule": {"poll_interval": "0s"}}, "[schedule] poll_interval: must be at least 1s"),
    ({"imap": {"timeout": "0s"}}, "[imap] timeout: must be at least 1s"),
    ({"accounts": [{"name": "w", "host": "h", "username": "u", "delay": "100d"}]},
     "[[accounts]] w delay: 100d is more than the most allowed, 90d"),
])
def test_durations_have_bounds_that_name_key_and_bound(data, message):
    with pytest.raises(ConfigError) as caught:
        parse(data, Path("."))
    assert message in str(caught.value)


@pytest.mark.parametrize("data", [
    {"drafts": {"delay": "90d"}}, {"drafts": {"delay": "0m"}}, {"schedule": {"lookback": "365d"}},
    {"schedule": {"lookback": "0m"}}, {"schedule": {"poll_interval": "1d"}},
])
def test_durations_at_their_bounds_are_fine(data):
    parse(data, Path("."))


def test_resolving_a_password_exports_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("SOME_PW", raising=False)
    monkeypatch.delenv("ONWARD_LEAK", raising=False)
    (tmp_path / ".env").write_text("SOME_PW=s3cret\nONWARD_LEAK=1\n")
    cfg = parse({"imap": {"host": "h", "username": "u", "password_env": "SOME_PW"}}, tmp_path,
                source=tmp_path / "config.toml")
    before = dict(os.environ)
    assert credentials.resolve(cfg).secret == "s3cret"
    assert dict(os.environ) == before
