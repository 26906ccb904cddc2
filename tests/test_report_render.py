"""`onward report`'s rendering, on a Report built by hand: the text, and the page's HTML as text
(what the browser draws of it: tests/test_report_browser.py)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from onward.daemon.report import render_html, render_text
from onward.daemon.report.data import REASONS, STAGES
from tests.support.reports import sample_report


def test_the_text_report_has_every_section_with_its_numbers():
    text = render_text.render(sample_report())
    assert "from 2026-11-01 to 2026-11-28" in text  # until is the moment after the last day
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.startswith("  2026-11-")}
    # applications, answers (invitations + offers + rejections), interviews, offers, rejections
    assert rows["2026-11-16"] == ["3", "6", "2", "0", "4"]
    assert rows["2026-11-23"] == ["0", "4", "0", "1", "3"]
    assert re.search(r"total +15 +14 +3 +1 +10\n", text)
    assert "Answer rate: 60%" in text and "median time to answer: 9.5 days" in text
    assert re.search(r"assessed +2\n", text) and re.search(r"offered +1\n", text)
    assert "    4  another candidate's experience was closer" in text
    assert "internal candidate" not in text  # reasons no rejection gave are left out
    assert "Silent applications (no answer yet): 2" in text and "Backend Developer" in text
    assert "onward drafted 8, you sent 5; feedback received: 2" in text


def test_each_rejection_shows_what_followed_it_in_text_and_page():
    report = sample_report()
    line = next(l for l in render_text.render(report).splitlines() if l.startswith("  2026-11-12"))
    assert line.split()[:1] + line.split()[-3:] == ["2026-11-12", "2026-11-13", "2026-11-16", "2026-11-16"]
    page = render_html.render(report) if render_html.available() else ""
    if page:
        cells = re.findall(r"<td>([^<]*)</td>", page.split('class="after"')[1].split("</table>")[0])
        assert cells == ["2026-11-12", "Analyst at Harbourline", "2026-11-13", "2026-11-16", "2026-11-16"]


def test_the_feedback_received_is_quoted_in_text_and_page():
    report = sample_report()
    text = render_text.render(report)
    assert "The feedback you received:" in text and "  Analyst at Harbourline, 2026-11-16:" in text
    assert "    - Your case study was strong, but <the panel> wanted more SQL." in text
    assert "\x1b" not in text and "A [31mportfolio link" in text
    if render_html.available():
        page = render_html.render(report)
        assert "<li>Your case study was strong, but &lt;the panel&gt; wanted more SQL.</li>" in page
        assert "\x1b" not in page


def test_text_from_mail_reaches_the_terminal_without_control_characters():
    text = render_text.render(sample_report())
    assert "\x1b" not in text
    assert "Data <b>Analyst</b> at Quillfeather [31mLtd" in text


def test_an_empty_period_says_so_instead_of_empty_tables():
    report = sample_report()
    report.weeks, report.applications, report.silent = [], [], []
    report.totals = {}
    assert "No job mail was recorded in this period" in render_text.render(report)


class Page(HTMLParser):
    """What a test needs of the page: every tag with its attributes, and the text."""

    def __init__(self, page: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def bars(page: Page) -> list[dict]:
    return [a for t, a in page.tags if t == "g" and a.get("class") == "bar"]


@pytest.fixture(scope="module")
def page() -> str:
    pytest.importorskip("matplotlib", reason="the optional extra onward[report] draws the charts")
    return render_html.render(sample_report())


def test_each_bar_of_the_page_carries_the_number_it_draws(page):
    drawn = {(b["data-series"], b["data-label"]): int(b["data-value"]) for b in bars(Page(page))}
    report = sample_report()
    for week in report.weeks:
        for series, key in render_text.WEEK_SERIES:
            if series != "answers":
                assert drawn[(series, week.start)] == render_text.week_value(week, key)
        # The answers are the stack of their kinds.
        stacked = [int(b["data-value"]) for b in bars(Page(page)) if b.get("data-stack") == "answers"
                   and b["data-label"] == week.start]
        assert sum(stacked) == render_text.week_value(week, "answers") and len(stacked) == 3
    assert [drawn[("applications", render_html.STAGE_NAMES[s])] for s in STAGES] == [11, 2, 1, 1]
    assert [drawn[("rejections", render_text.REASON_NAMES[r])] for r in REASONS] == [3, 4, 0, 1, 0, 0, 2]
    assert len(drawn) == 4 * 4 + 4 + 7


def test_no_reasons_read_is_said_not_drawn_as_empty_bars():
    pytest.importorskip("matplotlib")
    report = sample_report()
    report.reasons = {}
    page = Page(render_html.render(report))
    assert [a["data-chart"] for t, a in page.tags if t == "figure"] == ["weeks", "stages"]
    assert "No reason was read from this period's rejections." in "".join(page.text)


def test_the_page_is_self_contained_and_fits_a_phone(page):
    parsed = Page(page)
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in parsed.tags
    assert not [t for t, _a in parsed.tags if t in ("script", "img", "iframe", "object", "link") and
                not (t == "link" and _a.get("href") == "data:,")]
    # No address anywhere but the XML namespaces' names (which are never fetched).
    assert not re.search(r"(?i)(https?:)?//[a-z0-9]", re.sub(r'xmlns(:\w+)?="[^"]*"', "", page))
    assert "@import" not in page and "@font-face" not in page
    policy = [a["content"] for t, a in parsed.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert policy and policy[0].startswith("default-src 'none'")
    svgs = [a for t, a in parsed.tags if t == "svg"]
    assert len(svgs) == 3 and all("viewbox" in a and "width" not in a for a in svgs)
    ids = [a["id"] for _t, a in parsed.tags if "id" in a]
    assert len(ids) == len(set(ids))  # three charts on one page: no id is used twice


def test_text_from_mail_is_escaped_in_the_page(page):
    assert "Data &lt;b&gt;Analyst&lt;/b&gt; at Quillfeather" in page
    assert "<b>Analyst" not in page and "\x1b" not in page


def test_the_same_report_gives_the_same_charts():
    pytest.importorskip("matplotlib")
    strip = lambda p: re.sub(r"Made by onward on [^,]*,", "", p)  # noqa: E731
    assert strip(render_html.render(sample_report())) == strip(render_html.render(sample_report()))
