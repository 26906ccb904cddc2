"""Columns for the terminal: a header row, every column as wide as its widest value, and, only
when the terminal is too narrow, the widest shrinkable columns shortened with an ellipsis."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
import unicodedata

GAP = "  "
ELLIPSIS = "…"
NARROWEST = 6  # a shortened column keeps at least this many characters

# What a terminal must never get from a mail's text: controls (ESC sequences), bidi embeddings,
# overrides and isolates (U+202A-U+202E, U+2066-U+2069), zero-width and other format characters.
UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f"
                        "\ufeff\ufff9-\ufffb\ud800-\udfff]")


def shown(value, width: int | None = None) -> str:
    """Text from the state (which came from a mail) made safe for the terminal, cut to `width`."""
    text = " ".join(UNSHOWABLE.sub("", str(value or "")).split())
    return text if width is None else text[:width]


def when(ts: float | None) -> str:
    """A time stamp as local date and time, "-" for none."""
    try:
        return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"
    except (OverflowError, ValueError, OSError):  # a due time beyond the calendar's end
        return "(out of range)"


def terminal_width() -> int | None:
    """The terminal's width ($COLUMNS where set, else asked of the terminal); None (no limit) when
    the output is not a terminal, so that `onward status | grep` sees whole values even where
    COLUMNS is exported."""
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def fit(widths: list[int], shrinkable: set[int], limit: int | None) -> list[int]:
    """Column widths that fit `limit` characters with GAPs between them, taking one character at a
    time from the widest shrinkable column (so no single column is cut to nothing first)."""
    widths = list(widths)
    if limit is None:
        return widths
    while sum(widths) + len(GAP) * (len(widths) - 1) > limit:
        candidates = [i for i in shrinkable if widths[i] > NARROWEST]
        if not candidates:
            break  # as narrow as it goes: the terminal wraps the rest
        widest = max(candidates, key=lambda i: (widths[i], -i))
        widths[widest] -= 1
    return widths


def shown_width(text: str) -> int:
    """Terminal columns `text` takes: East Asian wide characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def cut(text: str, width: int) -> str:
    """`text` in at most `width` columns, ending in an ellipsis when shortened, padded to `width`."""
    if shown_width(text) > width:
        kept, used = [], 0
        for c in text:
            w = shown_width(c)
            if used + w > width - 1:
                break
            kept.append(c)
            used += w
        text = "".join(kept) + ELLIPSIS
    return text + " " * (width - shown_width(text))


def render(headers: list[str], rows: list[list[str]], shrinkable: set[int],
           limit: int | None, indent: str = "") -> list[str]:
    """The lines of the table (header first); the last column is not padded."""
    natural = [max(shown_width(c) for c in column) for column in zip(headers, *rows)]
    room = None if limit is None else limit - len(indent)
    widths = fit(natural, shrinkable, room)
    lines = []
    for row in [headers, *rows]:
        cells = [cut(c, w) for c, w in zip(row, widths)]
        lines.append((indent + GAP.join(cells)).rstrip())
    return lines
