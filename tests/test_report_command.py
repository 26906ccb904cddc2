"""`onward report` end to end: on a real Dovecot holding eight weeks of a job search in four
languages (the demo's samples, dated over those weeks), on the demo, and its messages."""

from __future__ import annotations

import hashlib
import json
import os
import time

import pytest

from onward.daemon.commands.demo import dated, demo_ages, demo_messages
from tests.support.helpers import onward

# The demo's search (daemon/demo/ages.toml): 8 application confirmations (en, de, fr, es), two
# interview invitations, an offer, 7 rejections; the Tidewell application never got an answer.
SEARCH = {"applied": 8, "invitation": 2, "offer": 1, "rejection": 7}


@pytest.fixture
def search(mail_user, write_config):
    """The demo's search delivered into Dovecot, each mail at its age, read by `onward run --once`."""
    now = time.time()
    ages = demo_ages()
    for name, raw in demo_messages():
        arrived = now - ages[name] * 86400
        mail_user.drop(dated(raw, arrived), mtime=arrived)
    config = write_config(mail_user, extra='[drafts]\ndelay = "0m"\n[schedule]\nlookback = "60d"\n'
                                           '[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.net"')
    done = onward("--config", str(config), "run", "--once", timeout=180)
    assert done.returncode == 0, done.stderr
    return config


def test_the_report_of_a_search_held_by_dovecot(search, tmp_path):
    state = tmp_path / "state.sqlite3"  # where write_config puts it
    before = hashlib.sha256(state.read_bytes()).hexdigest()
    done = onward("--config", str(search), "report", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert {k: report["totals"][k] for k in SEARCH} == SEARCH
    weeks = report["weeks"]
    assert {k: sum(w["counts"].get(k, 0) for w in weeks) for k in SEARCH} == SEARCH
    assert len([w for w in weeks if w["counts"].get("applied")]) >= 4  # spread over the weeks
    assert [(a["company"], a["role"]) for a in report["silent"]] == [("Tidewell Insurance", "Pricing Analyst")]
    assert report["stages"]["offered"] == 1 and report["drafts_saved"] == 7

    text = onward("--config", str(search), "report")
    assert text.returncode == 0, text.stderr
    assert "Silent applications (no answer yet): 1" in text.stdout
    assert "Pricing Analyst at Tidewell Insurance" in text.stdout
    assert "total       8             10       2           1       7" in text.stdout

    # A period before the search: nothing in it, said so.
    early = onward("--config", str(search), "report", "--since", "2020-01-01", "--until", "2020-03-31")
    assert early.returncode == 0 and "No job mail was recorded in this period" in early.stdout
    assert hashlib.sha256(state.read_bytes()).hexdigest() == before  # the report only reads


def test_the_report_page_of_a_search_held_by_dovecot(search, tmp_path):
    pytest.importorskip("matplotlib", reason="--html needs the optional extra onward[report]")
    page = tmp_path / "report.html"
    done = onward("--config", str(search), "report", "--html", str(page))
    assert done.returncode == 0, done.stderr
    assert f"report written to {page}" in done.stdout
    assert page.stat().st_mode & 0o777 == 0o600  # it quotes what employers wrote: the user's only
    text = page.read_text(encoding="utf-8")
    values = {key: text.split(f'data-key="{key}"><span class="value">')[1].split("<")[0]
              for key in ("applied", "rejection", "offer", "silent")}
    assert values == {"applied": "8", "rejection": "7", "offer": "1", "silent": "1"}
    assert text.count('data-series="applications"') >= 4 + 4  # the weeks' bars and the stages


def test_before_any_mail_was_read_the_report_says_so(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "none" / "state.sqlite3"}"\n')
    done = onward("--config", str(config), "report")
    assert done.returncode == 0
    assert "nothing to report yet: there is no state file at" in done.stdout
    assert "Traceback" not in done.stderr and not (tmp_path / "none").exists()  # read-only: made nothing


@pytest.mark.parametrize("args, message", [
    (("--since", "last week"), '--since "last week": write a date like 2026-09-01'),
    (("--since", "2026-10-01", "--until", "2026-09-01"), "--since 2026-10-01 is after --until 2026-09-01"),
    (("--since", "0001-01-01"), "--since 0001-01-01: give a date between 1971-01-01 and 9998-12-31"),
    (("--until", "9999-12-31"), "--until 9999-12-31: give a date between 1971-01-01 and 9998-12-31"),
])
def test_a_wrong_date_is_one_sentence_and_exit_2(tmp_path, args, message):
    env = {k: v for k, v in os.environ.items() if k != "ONWARD_CONFIG"}
    done = onward("report", *args, env={**env, "XDG_CONFIG_HOME": str(tmp_path)})
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def test_html_without_the_chart_extra_says_how_to_get_it(tmp_path):
    # A matplotlib that cannot be imported, ahead of the real one on the path.
    shadow = tmp_path / "shadow" / "matplotlib"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('not installed')\n")
    config = tmp_path / "config.toml"
    config.write_text(f'[state]\npath = "{tmp_path / "state.sqlite3"}"\n')
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(shadow.parent),
                                                                      os.environ.get("PYTHONPATH")]))}
    done = onward("--config", str(config), "report", "--html", str(tmp_path / "r.html"), env=env)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "--html needs the optional chart package: install it with `pip install 'onward[report]'`" in done.stderr
    assert not (tmp_path / "r.html").exists()


def test_the_demo_shows_the_report_of_its_search(tmp_path):
    done = onward("demo", "--dir", str(tmp_path / "demo"), timeout=180)
    assert done.returncode == 0, done.stderr
    out = done.stdout.split("The search in numbers, as `onward report` shows it for your own mail:")[1]
    assert "total       8             10       2           1       7" in out
    assert "Pricing Analyst at Tidewell Insurance" in out
    page = tmp_path / "demo" / "report.html"
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert "pip install 'onward[report]'" in out and not page.exists()
    else:
        assert f"The same report as a page with charts: {page}" in out and page.exists()
