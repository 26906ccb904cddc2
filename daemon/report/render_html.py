"""`onward report --html FILE`: the report as one self-contained page with charts.

matplotlib (the optional extra `onward[report]`) draws each chart as SVG, which goes inline into
the page: no scripts, no fonts (text is drawn as paths), nothing fetched, and a Content-Security-
Policy that forbids fetching anything, so the page shows the same offline, on a phone, years later.
Each bar carries the number it draws (`data-series`, `data-label`, `data-value` and a <title>, the
tooltip) so that a program, or a test, can read the chart back. The page around the charts is
page.html, filled with str.format (its CSS braces are doubled).
"""

from __future__ import annotations

import datetime as dt
import html
import io
import logging
import re
import textwrap
from importlib import resources
from dataclasses import dataclass

from onward.daemon.report.data import REASONS, STAGES, Application, Report
from onward.daemon.report.render_text import (REASON_NAMES, WEEK_SERIES, after_rejection, confirmed, day, days,
                                              percent, span, stage_basis, week_value, who)
from onward.daemon.table import shown

# Okabe-Ito colours: told apart with every common colour-vision deficiency.
COLOURS = ("#0072B2", "#56B4E9", "#E69F00", "#009E73", "#D55E00")
STAGE_NAMES = {"applied": "applied", "assessed": "assessment", "interviewed": "interview",
               "offered": "offer"}


def available() -> bool:
    """Whether the optional extra that draws the charts is installed."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class Bar:
    series: str
    label: str
    value: int
    stack: str | None = None  # the bars stacked into one ("answers"), each with its own value


def render(report: Report) -> str:
    """The page as HTML text. Needs matplotlib: check `available()` first."""
    period = span(report)
    stages = [Bar("applications", STAGE_NAMES[s], report.stages.get(s, 0)) for s in STAGES]
    reasons = [Bar("rejections", REASON_NAMES[r], report.reasons.get(r, 0)) for r in REASONS]
    sections = [
        _figure("weeks", "Per week", "Applications (left) and the answers they got (right: interviews, "
                "offers and rejections stacked), week by week; weeks start on Monday.",
                _week_chart(report)),
        _figure("stages", "Furthest stage reached", f"How far each application went ({stage_basis(report)}).",
                _bar_chart("stages", stages)),
        _figure("reasons", "What the rejections said", "The reason a rejection gave, when it gave one.",
                _bar_chart("reasons", reasons)) if any(b.value for b in reasons) else
        "<section><h2>What the rejections said</h2><p>No reason was read from this period's "
        "rejections.</p></section>",
        _feedback(report),
    ]
    page = resources.files(__package__).joinpath("page.html").read_text(encoding="utf-8")
    return page.format(
        period=html.escape(period),
        numbers="".join(_number(key, name, value) for key, name, value in _numbers(report)),
        charts="".join(sections),
        silent=_silent(report),
        after=_after_rejection(report),
        generated=html.escape(dt.datetime.now().strftime("%Y-%m-%d %H:%M")),
    )


def _figure(chart_id: str, title: str, caption: str, svg: str) -> str:
    return (f'<section><h2>{html.escape(title)}</h2><figure class="chart" data-chart="{chart_id}">{svg}'
            f"<figcaption>{html.escape(caption)}</figcaption></figure></section>")


def _numbers(report: Report) -> list[tuple[str, str, str]]:
    answers = sum(report.totals.get(kind, 0) for kind in ("invitation", "offer", "rejection"))
    return [
        ("applied", "applications", str(report.totals.get("applied", 0))),
        ("answers", "answers", str(answers)),
        ("answer_rate", f"answer rate (of {confirmed(report)} confirmed)", percent(report.answer_rate)),
        ("median_days_to_answer", "median time to answer", days(report.median_days_to_answer)),
        ("invitation", "interviews", str(report.totals.get("invitation", 0))),
        ("offer", "offers", str(report.totals.get("offer", 0))),
        ("rejection", "rejections", str(report.totals.get("rejection", 0))),
        ("silent", "silent", str(len(report.silent))),
        ("replies_sent", "replies sent", str(report.replies_sent)),
        ("feedback_received", "feedback received", str(report.feedback_received)),
    ]


def _number(key: str, name: str, value: str) -> str:
    return (f'<div class="number" data-key="{key}"><span class="value">{html.escape(value)}</span>'
            f'<span class="name">{html.escape(name)}</span></div>')


def _feedback(report: Report) -> str:
    """The feedback employers sent, as they wrote it: the sentences that carry it."""
    if not report.feedback:
        return ""
    items = "".join(
        f"<li><p>{html.escape(day(said.received_at))}: "
        f"{html.escape(who(Application(said.company, said.role, None)))}</p><ul>"
        + "".join(f"<li>{html.escape(shown(sentence))}</li>" for sentence in said.sentences) + "</ul></li>"
        for said in report.feedback)
    return f'<section><h2>The feedback you received</h2><ul class="feedback">{items}</ul></section>'


def _after_rejection(report: Report) -> str:
    rows = after_rejection(report)
    if not rows:
        return "<p>No rejection in this period.</p>"
    head = "".join(f"<th>{name}</th>" for name in ("rejected", "application", "your reply", "their answer",
                                                   "feedback"))
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="after"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _silent(report: Report) -> str:
    if not report.silent:
        return "<p>None: every application in this period got an answer, or is still recent.</p>"
    rows = "".join(f"<tr><td>{html.escape(day(app.applied_at))}</td><td>{html.escape(who(app))}</td></tr>"
                   for app in report.silent)
    return f'<table class="silent"><thead><tr><th>applied</th><th>application</th></tr></thead><tbody>{rows}</tbody></table>'


def _week_chart(report: Report) -> str:
    """Two bars a week: the applications, and beside them the answers, stacked by kind."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    weeks = [w.start for w in report.weeks]
    with _style("weeks"):
        fig = Figure(figsize=(6.4, 4.0))
        ax = fig.add_subplot()
        labelled: dict[str, Bar] = {}
        bottoms = [0] * len(weeks)
        for i, (name, key) in enumerate(WEEK_SERIES):
            if key == "answers":
                continue  # the stack of the kinds below is the answers
            stack = None if key == "applied" else "answers"
            bars = [Bar(name, w.start, week_value(w, key), stack) for w in report.weeks]
            xs = [x + (0.2 if stack else -0.2) for x in range(len(weeks))]
            drawn = ax.bar(xs, [b.value for b in bars], 0.38, bottom=bottoms if stack else 0, label=name,
                           color=COLOURS[i])
            if stack:
                bottoms = [bottom + b.value for bottom, b in zip(bottoms, bars)]
            for patch, bar in zip(drawn.patches, bars):
                patch.set_gid(_gid(bar, labelled))
        every = -(-len(weeks) // 16)  # a long period names every 2nd (3rd, …) week: room to read
        ax.set_xticks(range(0, len(weeks), every),
                      [dt.date.fromisoformat(w).strftime("%d %b") for w in weeks[::every]],
                      rotation=45, ha="right")
        ax.set_ylabel("mails")
        ax.set_ylim(0, max([1, *bottoms, *(week_value(w, "applied") for w in report.weeks)]) * 1.05)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(ncols=4, loc="upper center", bbox_to_anchor=(0.5, 1.16), frameon=False, fontsize=11)
        _tidy(ax, "y")
        return _svg(fig, "weeks", labelled)


def _bar_chart(chart_id: str, bars: list[Bar]) -> str:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    with _style(chart_id):
        fig = Figure(figsize=(5.6, 0.5 * len(bars) + 0.8))
        ax = fig.add_subplot()
        drawn = ax.barh(range(len(bars)), [b.value for b in bars], 0.7, color=COLOURS[0])
        labelled: dict[str, Bar] = {}
        for patch, bar in zip(drawn.patches, bars):
            patch.set_gid(_gid(bar, labelled))
        ax.set_yticks(range(len(bars)), [textwrap.fill(b.label, 22) for b in bars])
        ax.invert_yaxis()  # the first stage (or reason) on top
        ax.set_xlim(0, max(1, *(b.value for b in bars)) * 1.1)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.bar_label(drawn, padding=3)
        _tidy(ax, "x")
        return _svg(fig, chart_id, labelled)


def _style(chart_id: str):
    import matplotlib

    # Its first use builds a font cache and says so at INFO: nothing the user needs to read.
    logging.getLogger("matplotlib").setLevel(logging.WARNING)

    # Text as paths: the page needs no font. A fixed hash salt: the same report, the same page.
    return matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": chart_id, "font.size": 12,
                                  "axes.edgecolor": "#888888"})


def _tidy(ax, grid: str) -> None:
    """Light lines across the bars (`grid`: "x" or "y"), no box."""
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_axisbelow(True)
    ax.grid(axis=grid, color="#dddddd")


def _gid(bar: Bar, labelled: dict[str, Bar]) -> str:
    """A fresh id for the bar's drawing, remembered with its numbers for _svg to write in."""
    gid = f"bar{len(labelled)}"
    labelled[gid] = bar
    return gid


def _svg(fig, chart_id: str, labelled: dict[str, Bar]) -> str:
    """The figure as inline SVG: ids made unique to the chart (several SVGs share one page), the
    size left to the CSS (so it scales), and each bar labelled with its numbers."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"(?s)\s*<metadata>.*?</metadata>", "", svg, count=1)  # who made it: inline, noise
    svg = re.sub(r'(<svg[^>]*?) width="[^"]*" height="[^"]*"', r"\1", svg, count=1)
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{chart_id}-{m.group(1)}"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{chart_id}-{m.group(1)})", svg)
    svg = re.sub(r'xlink:href="#([^"]+)"', lambda m: f'xlink:href="#{chart_id}-{m.group(1)}"', svg)
    for gid, bar in labelled.items():
        attrs = (f'class="bar" data-series="{html.escape(bar.series)}" data-label="{html.escape(bar.label)}" '
                 f'data-value="{bar.value}"' + (f' data-stack="{bar.stack}"' if bar.stack else ""))
        title = html.escape(f"{bar.series}, {bar.label}: {bar.value}")
        opening = f'<g id="{chart_id}-{gid}">'
        if opening not in svg:  # matplotlib wrote it otherwise: fail loudly, not a chart without numbers
            raise AssertionError(f"no {opening} in matplotlib's SVG")
        svg = svg.replace(opening, f'<g id="{chart_id}-{gid}" {attrs}>\n<title>{title}</title>', 1)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{chart_id} chart" ', 1)
