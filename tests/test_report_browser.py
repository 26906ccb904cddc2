"""The report page in a real browser: Debian's chromium, driven by selenium through chromium-driver.

It renders without a console error, and each chart is drawn with the report's numbers: read back
from the page's DOM, and measured (a bar twice as high stands for twice as much).
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from onward.daemon.report import render_html, render_text
from onward.daemon.report.data import REASONS, STAGES
from tests.support.reports import sample_report

CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking")
MISSING = ("the report page's browser test needs Debian's chromium and chromium-driver "
           "(apt-get install chromium chromium-driver) and selenium (pip install -e '.[test,report]')")

# Every bar of the page: which chart, its numbers, and its size as drawn.
READ_BARS = """
return [...document.querySelectorAll('figure.chart g.bar')].map(g => {
  const box = g.getBoundingClientRect();
  return {chart: g.closest('figure').dataset.chart, series: g.dataset.series, label: g.dataset.label,
          value: Number(g.dataset.value), stack: g.dataset.stack || null,
          title: g.querySelector('title').textContent,
          width: box.width, height: box.height, top: box.top, bottom: box.bottom, left: box.left};
});
"""


def _missing(what: str):
    if os.environ.get("CI"):
        pytest.fail(f"{what}: {MISSING}")  # in CI a missing browser is a failure, never a skip
    pytest.skip(f"{what}: {MISSING}")


@pytest.fixture(scope="module")
def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed")
    chromium = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        _missing("chromium is not installed")
    version = subprocess.run([chromium, "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0, version.stderr
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The driver named here: selenium-manager would otherwise look for one on the network.
    session = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    yield session
    session.quit()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    pytest.importorskip("matplotlib", reason="the optional extra onward[report] draws the charts")
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_html.render(sample_report()), encoding="utf-8")
    return path


def open_page(browser, page, width: int):
    browser.set_window_size(width, 900)
    browser.get(page.as_uri())
    assert browser.execute_script("return document.readyState") == "complete"
    return browser.execute_script(READ_BARS)


def expected_bars() -> dict[tuple[str, str, str], int]:
    report = sample_report()
    bars = {("weeks", series, w.start): render_text.week_value(w, key)
            for series, key in render_text.WEEK_SERIES for w in report.weeks if series != "answers"}
    bars |= {("stages", "applications", render_html.STAGE_NAMES[s]): report.stages[s] for s in STAGES}
    bars |= {("reasons", "rejections", render_text.REASON_NAMES[r]): report.reasons[r] for r in REASONS}
    return bars


def test_the_page_renders_without_errors_and_every_chart_draws_the_reports_numbers(browser, page):
    bars = open_page(browser, page, 1000)
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    assert {(b["chart"], b["series"], b["label"]): b["value"] for b in bars} == expected_bars()
    assert all(b["title"].endswith(f": {b['value']}") for b in bars)  # the tooltip says the same
    for chart, size in (("weeks", "height"), ("stages", "width"), ("reasons", "width")):
        drawn = [b for b in bars if b["chart"] == chart]
        assert [b for b in drawn if b["value"] == 0 and b[size] > 0.5] == []
        scale = {round(b[size] / b["value"], 1) for b in drawn if b["value"]}
        # One scale for every bar of a chart (to a tenth of a pixel per unit): drawn to measure.
        assert max(scale) - min(scale) <= 0.2, (chart, scale)
        assert min(scale) > 3  # and big enough to see
    # Each week's answers: one stack, its kinds one on top of the other, as high as the answers.
    report = sample_report()
    weeks = [b for b in bars if b["chart"] == "weeks"]
    scale = next(b["height"] / b["value"] for b in weeks if b["value"])
    for week in report.weeks:
        stack = sorted((b for b in weeks if b["stack"] == "answers" and b["label"] == week.start and b["value"]),
                       key=lambda b: -b["bottom"])
        assert sum(b["value"] for b in stack) == render_text.week_value(week, "answers")
        assert len({round(b["left"]) for b in stack}) <= 1  # one column
        assert all(abs(low["top"] - high["bottom"]) < 0.5 for low, high in zip(stack, stack[1:]))
        if stack:
            assert abs(stack[0]["bottom"] - stack[-1]["top"] - scale * sum(b["value"] for b in stack)) < 1


def test_on_a_phone_the_charts_scale_to_the_screen(browser, page):
    bars = open_page(browser, page, 390)
    width = browser.execute_script("return document.documentElement.clientWidth")
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width
    charts = browser.execute_script(
        "return [...document.querySelectorAll('figure.chart svg')].map(s => s.getBoundingClientRect().width)")
    assert len(charts) == 3 and all(width * 0.8 < w <= width for w in charts)
    assert {(b["chart"], b["series"], b["label"]): b["value"] for b in bars} == expected_bars()
