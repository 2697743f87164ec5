"""Article text is text, never markup: a hostile corpus in every field of an article, every
export format, and a scan of the result for anything that could run, load or navigate."""

from __future__ import annotations

import re

import pytest

from desktop_app.core.document import Document, Heading, ListBlock, Paragraph, Quote, TableBlock, TopicListBlock
from desktop_app.core.export.publish import EXPORT_FORMATS, ExportArticle, ExportOptions, export_article
from desktop_app.core.inline import Inline, Run

from .checks import (
    delimiter_count,
    link_is_safe,
    markdown_it,
    parse_blocks,
    parse_front_matter,
    scan,
    strip_front_matter,
)

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><circle/></svg>",
    "<body onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "<style>body{display:none}</style>",
    '<object data="x.swf"></object><embed src="x.swf">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<!-- comment --><!-- wp:html --><script>alert(1)</script><!-- /wp:html -->",
    "--> <!-- <!--[if IE]><script>alert(1)</script><![endif]-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<?xml-stylesheet href=x?>",
    '" onmouseover="alert(1)" x="',
    "' onfocus='alert(1)' autofocus x='",
    '{: onclick="alert(1)" } {onclick=alert(1)}',
    "[click](javascript:alert(1)) ![x](javascript:alert(1)) <javascript:alert(1)>",
    "[ref]: javascript:alert(1)",
    "&lt;script&gt;alert(1)&lt;/script&gt; &#60;script&#62;",
    "---\ntitle: pwned\n---",
    "<!-- hadath:topics title=\"x\" --> `code` *em* **b** | pipe | \\",
    "\x00\x01\x1b<script>\u2028\u2029\ufeff",
    "<ScRiPt>alert(1)</sCrIpT> <IMG SRC=JaVaScRiPt:alert(1)>",
    "<form action=javascript:alert(1)><input type=submit></form> <button formaction=javascript:alert(1)>",
    "<base href=javascript:alert(1)//> <link rel=import href=x>",
)
HREFS = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "&amp;#106;avascript:alert(1)",
    "java\u200bscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "file:///etc/passwd",
    '"><script>alert(1)</script>',
    "https://ok.example/?q=<script>alert(1)</script>&x=\"y\"",
    "https://ok.example/ onmouseover=alert(1)",
    "mailto:x@example.org?subject=<!--",
)


def _runs(payload: str, href: str) -> Inline:
    return Inline((
        Run(payload), Run(" "), Run(payload, bold=True), Run(" "), Run(payload, italic=True), Run(" "),
        Run(payload, code=True), Run(" "), Run(payload, href=href), Run(" "), Run("link", href=href, bold=True),
    ))


def hostile_article(payload: str, href: str) -> ExportArticle:
    inline = _runs(payload, href)
    document = Document(
        title=payload,
        blocks=(
            Heading(inline, level=2),
            Paragraph(inline),
            Quote((inline, inline)),
            ListBlock((inline, Inline.plain(payload)), ordered=True),
            ListBlock((inline,)),
            TableBlock(
                (inline, Inline.plain(payload)), ((inline, inline), (Inline.plain(payload), inline)), source_id=5
            ),
            TopicListBlock((inline, Inline.plain(payload)), title=payload, ordered=False),
            TopicListBlock((inline,), title=payload, ordered=True),
            Heading(Inline.plain(payload), level=4),
        ),
    )
    return ExportArticle(
        document=document, language="ar", direction="rtl", summary=payload, slug=payload,
        event_title=payload, table_titles={5: payload}, status=payload,
    )


CASES = [(p, HREFS[i % len(HREFS)]) for i, p in enumerate(PAYLOADS)] + [(PAYLOADS[0], h) for h in HREFS]


def _assert_inert(markup: str, *, page: bool, where: str) -> None:
    found = scan(markup)
    assert not found.problems, f"{where}: {found.problems}"
    if page:
        from desktop_app.core.export.html import stylesheet

        assert found.styles == [f"\n{stylesheet()}"], f"{where}: a <style> besides ours"
    else:
        assert not found.styles, where
    # Each real link was checked by `scan`; every <a> it saw had an href it accepted.
    assert all(link_is_safe(h) for h in re.findall(r'<a href="([^"]*)"', markup)), where


@pytest.mark.parametrize(("payload", "href"), CASES)
def test_html_page_and_fragment_are_inert(payload, href):
    article = hostile_article(payload, href)
    for format in ("html", "fragment"):
        markup = export_article(article, ExportOptions(format=format))
        _assert_inert(markup, page=format == "html", where=format)
        assert not scan(markup).comments, "no comment survives in HTML"


@pytest.mark.parametrize(("payload", "href"), CASES)
def test_markdown_rendered_with_raw_html_is_inert(payload, href):
    article = hostile_article(payload, href)
    markdown = export_article(article, ExportOptions(format="markdown", front_matter=True))
    values = parse_front_matter(markdown)
    assert values["title"] == " ".join(payload.split())
    # A static site generator renders the body; a careless one renders the front matter too.
    for source in (strip_front_matter(markdown), markdown):
        rendered = markdown_it(source, raw_html=True)
        _assert_inert(rendered, page=False, where="markdown")
        # The only comments are our empty separators between two lists.
        assert set(scan(rendered).comments) <= {" "}, scan(rendered).comments


@pytest.mark.parametrize(("payload", "href"), CASES)
def test_wordpress_blocks_are_inert(payload, href):
    article = hostile_article(payload, href)
    markup = export_article(article, ExportOptions(format="wordpress"))
    blocks = parse_blocks(markup)
    assert [b.name for b in blocks][:2] == ["core/heading", "core/paragraph"]
    # Every comment is one of our block delimiters; the text opened none.
    assert markup.count("<!--") == delimiter_count(markup)
    assert markup.count("-->") == delimiter_count(markup)
    found = scan(markup)
    assert all(re.fullmatch(r" /?wp:[a-z-]+( \{[^<>&]*\})? ", c) for c in found.comments), found.comments
    _assert_inert(markup, page=False, where="wordpress")


@pytest.mark.parametrize("format", EXPORT_FORMATS)
def test_the_text_is_kept_as_text(format):
    article = hostile_article("<script>alert(1)</script>", "javascript:alert(1)")
    text = export_article(article, ExportOptions(format=format))
    if format == "markdown":
        text = markdown_it(text)
    visible = "".join(scan(text).text)
    # Shown to the reader as written, not dropped and not run.
    assert visible.count("<script>alert(1)</script>") >= 10


def test_front_matter_values_read_back_exactly():
    tricky = 'a "quoted" \\ back\tslash\n--> <!-- # : - [x] {y} \x00\x1b\u2028\u0085\ufeff ---'
    article = ExportArticle(
        Document(title=tricky), language="ar", direction="rtl", summary=tricky, slug=tricky, event_title=tricky
    )
    markdown = export_article(article, ExportOptions(format="markdown", front_matter=True))
    values = parse_front_matter(markdown)
    # Titles and summaries are one line of text (the way every format shows them); the
    # slug is kept as given, whatever it holds.
    one_line = " ".join(tricky.split())
    assert values["title"] == values["summary"] == values["event"] == one_line
    assert values["slug"] == tricky.strip()
    head = markdown.split("\n---\n", 1)[0]
    assert "-->" not in head and "<!--" not in head
    assert all(ord(c) >= 0x20 or c == "\n" for c in head) and "\u2028" not in head


@pytest.mark.parametrize(
    "markup",
    [
        "<p><img src=x onerror=alert(1)></p>",
        '<p onclick="alert(1)">x</p>',
        '<a href="jav&#x09;ascript:alert(1)">x</a>',
        '<a href="data:text/html,x">x</a>',
        "<svg><circle/></svg>",
        "<iframe></iframe>",
        '<meta http-equiv="refresh" content="0">',
        "<![CDATA[x]]>",
    ],
)
def test_the_scanner_catches_active_content(markup):
    # The checks above are only as good as the scanner: it must see what a browser runs.
    assert scan(markup).problems


def test_the_block_parser_catches_broken_markup():
    with pytest.raises(AssertionError):
        parse_blocks("<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:heading -->")
    with pytest.raises(AssertionError):
        parse_blocks("<!-- wp:paragraph -->\n<p>x</p>")
    with pytest.raises(AssertionError):
        parse_blocks("<p>outside</p>\n<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->")
    escaped = '{"level":3,"x":"\\u002d\\u002d\\u003e"}'
    (block,) = parse_blocks(f"<!-- wp:heading {escaped} -->\n<h3>t</h3>\n<!-- /wp:heading -->")
    assert block.attrs == {"level": 3, "x": "-->"} and block.inner_html == "\n<h3>t</h3>\n"
