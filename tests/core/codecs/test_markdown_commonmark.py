"""Our Markdown must mean the same to markdown-it-py (CommonMark + tables) as to
Python-Markdown: same heading, list item and table cell texts, same link targets."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import unquote

import markdown
from hypothesis import HealthCheck, given, settings
from markdown_it import MarkdownIt

from desktop_app.core.codecs.markdown_out import to_markdown
from tests.core.codecs.strategies import documents

WATCHED = {"h1", "h2", "h3", "h4", "h5", "h6", "li", "th", "td", "p"}


class _Texts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, list[str]]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag in WATCHED:
            self.open.append((tag, []))
        if tag == "a":
            self.found.append(("href", unquote(dict(attrs).get("href") or "")))
        if tag in ("strong", "em", "code"):
            self.found.append((tag, ""))

    def handle_endtag(self, tag):
        if tag in WATCHED and self.open and self.open[-1][0] == tag:
            name, parts = self.open.pop()
            self.found.append((name, "".join(parts)))

    def handle_data(self, data):
        for _name, parts in self.open:
            parts.append(data)


def _texts(html: str) -> list[tuple[str, str]]:
    parser = _Texts()
    parser.feed(html)
    parser.close()
    return parser.found


MARKDOWN_IT = MarkdownIt("commonmark").enable("table")


def _python_markdown(md: str) -> str:
    return markdown.markdown(md, extensions=["tables", "sane_lists"])


def _markdown_it(md: str) -> str:
    # GFM renders a header-only table without <tbody>; Python-Markdown adds an empty row.
    return MARKDOWN_IT.render(md)


def _drop_empty_rows(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [item for item in found if item != ("td", "")]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_markdown_it_reads_the_same_texts_links_and_marks(doc):
    md = to_markdown(doc)
    ours = _drop_empty_rows(_texts(_python_markdown(md)))
    theirs = _drop_empty_rows(_texts(_markdown_it(md)))
    assert ours == theirs, md
