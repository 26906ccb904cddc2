"""Readable text from an HTML mail part, without a third-party parser.

Mail HTML is simple but often broken; regular expressions over a capped input are fast (parsing is
most of the classifier's cost) and never raise, which a tree-building parser cannot promise.
"""

from __future__ import annotations

import html
import re

from onward.classifier.forwards import FORWARD_HEADINGS, FORWARD_MARKS, ORIGINAL_MARKS, accent_optional_alternation

MAX_HTML_CHARS = 200_000  # bounds the regex work on huge newsletters; the text we keep is capped later

_DROP_BLOCKS = re.compile(
    r"<!--.*?(?:-->|$)"
    r"|<(script|style|head|title|noscript|template)\b[^>]*>.*?(?:</\1\s*>|$)"
    r"|(?P<quote><blockquote\b[^>]*>.*?(?:</blockquote\s*>|$))",
    re.I | re.S,
)
# A blockquote that quotes an earlier message (a mail client's `type="cite"`, one right after "…
# wrote:", or one that ends the mail) is the thread the new text answers, and goes. One with the
# mail going on after it is a platform's frame around the employer's own words ("Kobold Games replied
# to your application: <blockquote>…</blockquote> More jobs on …"): the message itself.
_CITED = re.compile(r"\btype\s*=\s*[\"']?cite", re.I)
_ATTRIBUTION = re.compile(rf"(?:wrote|a\s+[ée]crit|schrieb|escribi[óo]|{accent_optional_alternation(ORIGINAL_MARKS)})"
                          r"\W*$", re.I)
_ATTRIBUTION_REACH = 300
# A blockquote that opens with a forward's mark ("-------- Forwarded Message --------", "Begin forwarded
# message:") holds the forwarded mail, not a thread: it is kept as a plain-text forward's lines are, and
# the text's reading (a forward's subject, whom the mail went to) decides whether it counts.
_OPENS_FORWARD = re.compile(
    rf"^\W*(?:{accent_optional_alternation(FORWARD_MARKS)}|{accent_optional_alternation(FORWARD_HEADINGS)})", re.I)
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
    markup = _DROP_BLOCKS.sub(_dropped, markup)
    markup = _LINE_BREAKS.sub("\n", markup)
    markup = _CELL_BREAKS.sub(" ", markup)
    text = html.unescape(_TAGS.sub("", markup))
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


def _dropped(match: re.Match) -> str:
    """What a dropped block leaves: a space, or a quote's own text when it quotes no earlier message."""
    quote = match.group("quote")
    if quote is None:
        return " "
    opening = quote[: quote.find(">") + 1]
    before = _TAGS.sub("", match.string[max(0, match.start() - _ATTRIBUTION_REACH): match.start()])
    after = _TAGS.sub("", match.string[match.end():]).strip()
    opens_forward = _OPENS_FORWARD.search(html.unescape(_TAGS.sub("", quote[len(opening):]))) is not None
    if not opens_forward and (_CITED.search(opening) or _ATTRIBUTION.search(before.rstrip()) or not after):
        return " "
    return "\n" + quote[len(opening):] + "\n"
