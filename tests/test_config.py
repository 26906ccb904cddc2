"""The config schema: defaults, durations, typos, types, and the exit status for each mistake."""

from pathlib import Path

import pytest

from onward.daemon import config
from onward.daemon.config import ConfigError, parse, parse_duration
from tests.support.helpers import onward


@pytest.mark.parametrize("text, seconds", [
    ("90m", 5400), ("36h", 129600), ("2d", 172800), ("0m", 0), ("1h30m", 5400), ("45s", 45),
    ("1w", 604800), (" 2 h ", 7200),
])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "2 days", "h", "10", "-5m", "1.5.h", "3y"])
def test_bad_durations_name_the_key(text):
    with pytest.raises(ConfigError, match=r"\[drafts\] delay"):
        parse({"drafts": {"delay": text}}, Path("."))


def test_defaults():
    cfg = parse({}, Path("."))
    assert cfg.imap.security == "tls" and cfg.imap.effective_port == 993
    assert cfg.imap.password_env == "ONWARD_IMAP_PASSWORD"
    assert cfg.schedule.poll_interval == 300 and cfg.schedule.idle is True
    assert cfg.schedule.lookback == 14 * 86400
    assert cfg.drafts.delay == 86400
    assert parse({"imap": {"security": "starttls"}}, Path(".")).imap.effective_port == 143


@pytest.mark.parametrize("data, message", [
    ({"imap": {"hots": "x"}}, 'unknown key "hots" in [imap]; did you mean "host"?'),
    ({"imap": {"pasword_env": "X"}}, 'did you mean "password_env"?'),
    ({"shedule": {}}, 'did you mean "schedule"?'),
    ({"drafts": {"dealy": "2h"}}, 'did you mean "delay"?'),
    ({"imap": {"zzz": 1}}, "known keys: host, port"),
    ({"imap": {"port": "993"}}, "[imap] port: expected a whole number"),
    ({"imap": {"port": True}}, "[imap] port: expected a whole number"),
    ({"schedule": {"idle": "yes"}}, "[schedule] idle: expected true or false"),
    ({"imap": {"security": "ssl"}}, "[imap] security: must be one of"),
    ({"imap": {"host": "mail.example.com", "security": "none"}}, "only allowed for a server on this machine"),
    ({"classifier": {"threshold": 1.5}}, "[classifier] threshold"),
    ({"imap": {"port": 70000}}, "[imap] port"),
    ({"imap": "x"}, "[imap] must be a table"),
])
def test_mistakes_name_the_key(data, message):
    with pytest.raises(ConfigError) as err:
        parse(data, Path("."))
    assert message in str(err.value)


def test_plain_imap_allowed_on_loopback():
    for host in ("127.0.0.1", "localhost", "::1"):
        assert parse({"imap": {"host": host, "security": "none"}}, Path(".")).imap.host == host


def test_relative_paths_are_taken_from_the_config_folder(tmp_path):
    cfg = parse({"state": {"path": "st/state.db"}, "imap": {"ca_file": "~/ca.pem"}}, tmp_path)
    assert cfg.state_path == tmp_path / "st" / "state.db"
    assert cfg.imap.ca_file == str(Path("~/ca.pem").expanduser())


def test_lookup_order(tmp_path, monkeypatch):
    monkeypatch.delenv("ONWARD_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config.default_config_path() == tmp_path / "xdg" / "onward" / "config.toml"
    monkeypatch.setenv("ONWARD_CONFIG", str(tmp_path / "env.toml"))
    assert config.default_config_path() == tmp_path / "env.toml"


def test_example_config_is_valid_and_documents_every_key():
    example = Path(__file__).parent.parent / "config.example.toml"
    cfg = config.load(example)
    assert cfg.imap.host
    text = example.read_text()
    import dataclasses
    for section in ("imap", "identity", "schedule", "drafts", "classifier", "state"):
        for f in dataclasses.fields(getattr(cfg, section)):
            assert f"{f.name} =" in text, f"[{section}] {f.name} is not in config.example.toml"


@pytest.mark.parametrize("body, expected", [
    ('[imap]\nhost = "127.0.0.1"\nusername = "a"\nsecurty = "tls"\n', 'did you mean "security"'),
    ('[imap\nhost=1', "is not valid TOML"),
    ('[imap]\nhost = "127.0.0.1"\n', "[imap] username: missing"),
])
def test_cli_exits_2_with_one_line(tmp_path, body, expected):
    path = tmp_path / "c.toml"
    path.write_text(body)
    done = onward("--config", str(path), "check")
    assert done.returncode == 2
    assert expected in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_cli_missing_config_says_where_it_looked(tmp_path):
    done = onward("--config", str(tmp_path / "nope.toml"), "run", "--once")
    assert done.returncode == 2
    assert str(tmp_path / "nope.toml") in done.stderr and "config.example.toml" in done.stderr


def test_cli_usage_error_exits_2():
    assert onward("frobnicate").returncode == 2
