"""Turn an HTML-only mail body into readable plain text, with the standard library's HTMLParser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
          "hr", "section", "article", "header", "footer", "center", "address", "pre"}
_VOID = {"br", "img", "hr", "meta", "input", "link", "wbr", "col", "area", "base", "source"}
_SKIP = {"script", "style", "head", "title", "template", "noscript"}
# Quoted earlier mail in HTML replies: the applicant's own words must not be read as the rejection.
_QUOTE_CLASSES = re.compile(r"gmail_quote|yahoo_quoted|moz-cite-prefix|divRplyFwdMsg|OutlookMessageHeader")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._quote_tag = ""  # the element that opened the quoted part, and how deep it nests
        self._quote_nest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif self._quote_tag:
            self._quote_nest += tag == self._quote_tag
        elif tag not in _VOID and (
            tag == "blockquote" or _QUOTE_CLASSES.search(" ".join(v or "" for _, v in attrs))
        ):
            self._quote_tag, self._quote_nest = tag, 1
        if tag in _BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == self._quote_tag:
            self._quote_nest -= 1
            if self._quote_nest <= 0:
                self._quote_tag = ""
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth and not self._quote_tag:
            # Source line breaks inside a paragraph are not text line breaks in HTML.
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    """Visible text of an HTML document; paragraphs become blank-line separated."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except Exception:  # HTMLParser is lenient; this is a last guard against odd input
        return re.sub(r"<[^>]*>", " ", html)
    text = "".join(collector.parts).replace("\xa0", " ")
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
