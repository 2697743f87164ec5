from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.codecs.html_in import from_html, safe_href
from desktop_app.core.document import Heading, ListBlock, Paragraph, Quote, TableBlock
from desktop_app.core.inline import Inline, Run


def kinds(document):
    return [block.kind for block in document.blocks]


def test_headings_and_title_from_first_h1():
    document = from_html(
        "<h1>Title</h1><p>Lead</p><h1>Again</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4>"
        "<h5>Five</h5><h6>Six</h6>"
    )
    assert document.title == "Title"
    assert [(b.text.text, b.level) for b in document.blocks if isinstance(b, Heading)] == [
        ("Again", 2),
        ("Two", 2),
        ("Three", 3),
        ("Four", 4),
        ("Five", 4),
        ("Six", 4),
    ]


def test_title_element_used_without_h1_and_site_suffix_dropped():
    html = "<html><head><title>Interpol meets in Marrakech | News Site</title></head><p>x</p>"
    assert from_html(html).title == "Interpol meets in Marrakech"
    assert from_html("<title>مؤتمر مراكش</title><p>x</p>").title == "مؤتمر مراكش"
    assert from_html("<title>T</title><h1>Real</h1><p>x</p>").title == "Real"


def test_inline_marks_and_links():
    (paragraph,) = from_html(
        "<p>a <strong>b</strong> <b><i>c</i></b> <em>d</em> <code>e</code> <kbd>f</kbd> "
        '<a href="https://x.org/">g</a> <a href="mailto:a@b.c">h</a> <a href="/rel">i</a></p>'
    ).blocks
    runs = paragraph.text.runs
    assert Run("b", bold=True) in runs
    assert Run("c", bold=True, italic=True) in runs
    assert Run("d", italic=True) in runs
    assert Run("e", code=True) in runs and Run("f", code=True) in runs
    assert Run("g", href="https://x.org/") in runs
    assert Run("h", href="mailto:a@b.c") in runs
    assert Run("i", href="/rel") in runs
    assert paragraph.text.text == "a b c d e f g h i"


def test_unsafe_links_dropped_text_kept():
    for href in (
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "file:///etc/passwd",
    ):
        (paragraph,) = from_html(f'<p><a href="{href}">click</a></p>').blocks
        assert paragraph.text == Inline.plain("click"), href
    assert safe_href("page.html#top") == "page.html#top"
    assert safe_href("#frag") == "#frag"
    assert safe_href(None) is None


def test_script_style_iframe_and_friends_dropped():
    html = (
        "<head><style>p{color:red}</style><script>var a='<p>no</p>';</script></head>"
        "<body><p>keep</p><script>alert('x')</script><iframe src=x>frame text</iframe>"
        "<noscript>enable js</noscript><template><p>tpl</p></template>"
        "<svg><text>svg text</text></svg><form><button>Send</button>Search</form></body>"
    )
    document = from_html(html)
    assert document.plain_text() == "keep"


def test_only_scripts_gives_no_blocks():
    assert from_html("<script>x()</script><style>a{}</style>").blocks == ()


def test_main_content_preferred_over_navigation():
    html = (
        "<header><a href='/'>Site</a><nav><a href='/a'>Politics</a></nav></header>"
        "<aside>Most read</aside><main><article><h1>Story</h1><p>Body text.</p>"
        "<footer>Tags: x</footer></article></main><footer>Copyright</footer>"
    )
    document = from_html(html)
    assert document.title == "Story"
    assert document.plain_text() == "Story\nBody text."


def test_largest_article_wins_without_main():
    html = (
        "<article><p>Related teaser</p></article>"
        "<article><h1>Story</h1><p>A much longer body of the real story.</p></article>"
    )
    document = from_html(html)
    assert document.title == "Story"
    assert kinds(document) == ["paragraph"]
    assert "teaser" not in document.plain_text()


def test_nested_lists_flattened():
    html = "<ol><li>one<ul><li>one.a</li><li>one.b<ol><li>deep</li></ol></li></ul></li><li>two</ol>"
    (block,) = from_html(html).blocks
    assert isinstance(block, ListBlock) and block.ordered
    assert [item.text for item in block.items] == ["one", "one.a", "one.b", "deep", "two"]


def test_list_item_with_paragraphs_and_marks():
    (block,) = from_html("<ul><li><p>a <b>b</b></p><p>c</p></li><li>d<br>e</li></ul>").blocks
    assert [item.text for item in block.items] == ["a b c", "d e"]
    assert Run("b", bold=True) in block.items[0].runs


def test_table_with_th_header_and_colspan():
    html = (
        "<table><caption>Facts</caption><thead><tr><th>العنوان</th><th>التفاصيل</th></tr>"
        "</thead><tbody><tr><td>موقع الحدث</td><td>مراكش</td></tr>"
        "<tr><td colspan=2>ممتد</td></tr><tr><td>a<td>b<td>c</tbody></table>"
    )
    caption, table = from_html(html).blocks
    assert caption == Paragraph(Inline.plain("Facts"))
    assert isinstance(table, TableBlock)
    assert [c.text for c in table.header] == ["العنوان", "التفاصيل", ""]
    assert [[c.text for c in row] for row in table.rows] == [
        ["موقع الحدث", "مراكش", ""],
        ["ممتد", "", ""],
        ["a", "b", "c"],
    ]


def test_table_without_th_uses_first_row():
    (table,) = from_html("<table><tr><td>h1</td><td>h2</td></tr><tr><td>1</td></tr></table>").blocks
    assert [c.text for c in table.header] == ["h1", "h2"]
    assert [[c.text for c in row] for row in table.rows] == [["1", ""]]


def test_first_th_row_is_header_even_after_a_td_row():
    (table,) = from_html("<table><tr><td>x</td></tr><tr><th>H</th></tr></table>").blocks
    assert [c.text for c in table.header] == ["H"]
    assert [[c.text for c in row] for row in table.rows] == [["x"]]


def test_nested_table_read_as_text():
    (table,) = from_html(
        "<table><tr><td>a<table><tr><td>in</td></tr></table></td></tr></table>"
    ).blocks
    assert [c.text for c in table.header] == ["a in"]


def test_blockquote_and_pre():
    document = from_html(
        "<blockquote><p>one</p><h1>two</h1><ul><li>three</li></ul></blockquote>"
        "<pre><code>x  = 1\n\ny = 2</code></pre>"
    )
    quote, first, second = document.blocks
    assert document.title == ""
    assert isinstance(quote, Quote)
    assert [p.text for p in quote.paragraphs] == ["one", "two", "three"]
    assert first == Paragraph(Inline((Run("x  = 1", code=True),)))
    assert second == Paragraph(Inline((Run("y = 2", code=True),)))


def test_br_single_is_space_double_is_paragraph_break():
    document = from_html("<div>line one<br>line two<br> <br>\nnext para</div>")
    assert [b.text.text for b in document.blocks] == ["line one line two", "next para"]


def test_whitespace_collapsed_like_a_browser():
    (paragraph,) = from_html("<p>\n  a\t\tb  <b> c </b>  d&nbsp;&nbsp;e\u200b</p>").blocks
    assert paragraph.text.text == "a b c d e"


def test_entities_and_arabic_text():
    (paragraph,) = from_html("<p dir=rtl>الدورة&nbsp;93 &amp; &laquo;الانتربول&raquo;</p>").blocks
    assert paragraph.text.text == "الدورة 93 & «الانتربول»"


def test_text_outside_paragraphs_and_block_boundaries():
    document = from_html("loose <b>text</b><div>in div</div><section>sec</section>tail")
    assert [b.text.text for b in document.blocks] == ["loose text", "in div", "sec", "tail"]


def test_malformed_markup():
    html = (
        "<p>unclosed <b>bold<p>next</td></tr></table>"
        "<ul><li>a<li>b</ul></ul></li><table><tr><td>x<td>y</tr><tr><td>z"
        "<p>after</div></span><h2>h<h3>i</h3>"
    )
    document = from_html(html)
    assert "unclosed" in document.plain_text()
    assert [b.kind for b in document.blocks][:3] == ["paragraph", "paragraph", "list"]
    table = next(b for b in document.blocks if isinstance(b, TableBlock))
    assert [c.text for c in table.header] == ["x", "y"]


def test_deep_nesting_does_not_overflow():
    html = "<div>" * 5000 + "deep" + "</div>" * 5000 + "<span>" * 5000 + "x"
    assert "deep" in from_html(html).plain_text()


def test_sample_as_html(sample_text):
    lines = sample_text.splitlines()
    rows = [
        "<tr>" + "".join(f"<td>{c.strip()}</td>" for c in line.strip("|").split("|")) + "</tr>"
        for line in lines[14:18]
    ]
    html = (
        "<h1>العنوان</h1>"
        + "".join(
            f"<p>{line}</p>" if i % 2 == 0 else f"<h2>{line}</h2>"
            for i, line in enumerate(lines[:7])
        )
        + "<ul>"
        + "".join(f"<li>{line[2:]}</li>" for line in lines[7:12])
        + "</ul>"
        + "<table><tr><th>العنوان</th><th>التفاصيل</th></tr>"
        + "".join(rows)
        + "</table>"
        + f"<p>{lines[18]}</p>"
    )
    document = from_html(html)
    assert kinds(document) == [
        "paragraph", "heading", "paragraph", "heading", "paragraph", "heading", "paragraph",
        "list", "table", "paragraph",
    ]  # fmt: skip
    assert len(document.blocks[-2].rows) == 4


@given(st.text())
def test_never_raises_on_text(text):
    from_html(text)


_TAGS = [
    "p",
    "div",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "b",
    "a",
    "h1",
    "h2",
    "pre",
    "blockquote",
    "br",
    "script",
    "thead",
    "caption",
    "main",
    "article",
    "nav",
]


@settings(max_examples=200)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
            st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
            st.sampled_from(["text", "نص", " ", "\n", "&amp;", "<a href='javascript:x'>", "</a>"]),
        ),
        max_size=40,
    )
)
def test_never_raises_on_tag_soup(parts):
    document = from_html("".join(parts))
    for block in document.blocks:
        if isinstance(block, TableBlock):
            assert all(len(row) == block.width for row in block.rows)
        for run in getattr(getattr(block, "text", None), "runs", ()):
            assert run.href is None or not run.href.startswith("javascript")
