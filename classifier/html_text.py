"""Readable text from an HTML mail part, without a third-party parser.

Mail HTML is simple but often broken; regular expressions over a capped input are fast (parsing is
most of the classifier's cost) and never raise, which a tree-building parser cannot promise.
"""

from __future__ import annotations

import html
import re

MAX_HTML_CHARS = 200_000  # bounds the regex work on huge newsletters; the text we keep is capped later

_DROP_BLOCKS = re.compile(
    r"<!--.*?(?:-->|$)"
    r"|<(script|style|head|title|noscript|template)\b[^>]*>.*?(?:</\1\s*>|$)"
    # Quoted earlier messages: keep the new text, not the thread it answers.
    r"|<blockquote\b[^>]*>.*?(?:</blockquote\s*>|$)",
    re.I | re.S,
)
# Gmail, Outlook and Apple Mail put the quoted thread after one of these; everything after it goes.
_QUOTE_START = re.compile(
    r"<div[^>]+(?:class=[\"']?(?:gmail_quote|moz-cite-prefix)|id=[\"']?(?:divRplyFwdMsg|appendonsend))",
    re.I,
)
_LINE_BREAKS = re.compile(r"<(?:br|/p|/div|/tr|/li|/h[1-6]|/table|hr|p|div|li|tr|h[1-6])\b[^>]*>", re.I)
_CELL_BREAKS = re.compile(r"</t[dh]\s*>", re.I)
_TAGS = re.compile(r"<[^>]*>?")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\ufeff]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


def html_to_text(markup: str) -> str:
    """Visible text of `markup`: one line per block element, entities decoded, whitespace tidied."""
    markup = markup[:MAX_HTML_CHARS]
    quote = _QUOTE_START.search(markup)
    if quote:
        markup = markup[: quote.start()]
    markup = _DROP_BLOCKS.sub(" ", markup)
    markup = _LINE_BREAKS.sub("\n", markup)
    markup = _CELL_BREAKS.sub(" ", markup)
    text = html.unescape(_TAGS.sub("", markup))
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()
