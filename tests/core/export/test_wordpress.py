"""WordPress markup, compared with what WordPress's own serialiser writes for the same
blocks (the expected strings follow Gutenberg's test fixtures, e.g.
core__heading__h2.serialized.html, core__quote__style-1, core__table)."""

from __future__ import annotations

from desktop_app.core.document import Document, Heading, ListBlock, Paragraph, Quote, TableBlock, TopicListBlock
from desktop_app.core.export.publish import ExportArticle, ExportOptions, export_article
from desktop_app.core.export.wordpress import inline_html, serialize_attributes
from desktop_app.core.inline import Inline, Run

P = Inline.plain


def wp(*blocks, direction="ltr", title="", summary="", table_titles=None) -> str:
    article = ExportArticle(
        Document(title=title, blocks=blocks), language="en", direction=direction, summary=summary,
        table_titles=table_titles or {},
    )
    return export_article(article, ExportOptions(format="wordpress"))


def test_heading_levels():
    assert wp(Heading(P("Two"))) == '<!-- wp:heading -->\n<h2 class="wp-block-heading">Two</h2>\n<!-- /wp:heading -->\n'
    assert wp(Heading(P("Three"), level=3)) == (
        '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Three</h3>\n<!-- /wp:heading -->\n'
    )
    assert wp(title="Title").startswith('<!-- wp:heading {"level":1} -->\n<h1 class="wp-block-heading">Title</h1>')


def test_paragraph_direction():
    assert wp(Paragraph(P("Plain"))) == "<!-- wp:paragraph -->\n<p>Plain</p>\n<!-- /wp:paragraph -->\n"
    assert wp(Paragraph(P("قال"))) == (
        '<!-- wp:paragraph {"direction":"rtl"} -->\n<p dir="rtl">قال</p>\n<!-- /wp:paragraph -->\n'
    )
    # In a right-to-left article every paragraph says its direction: the site may run LTR.
    assert wp(Paragraph(P("Interpol")), Paragraph(P("٠٩:٠٠")), direction="rtl") == (
        '<!-- wp:paragraph {"direction":"ltr"} -->\n<p dir="ltr">Interpol</p>\n<!-- /wp:paragraph -->\n\n'
        '<!-- wp:paragraph {"direction":"rtl"} -->\n<p dir="rtl">٠٩:٠٠</p>\n<!-- /wp:paragraph -->\n'
    )


def test_lists_hold_list_item_blocks():
    assert wp(ListBlock((P("a"), P("b")))) == (
        '<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>a</li>\n<!-- /wp:list-item -->\n\n'
        "<!-- wp:list-item -->\n<li>b</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->\n"
    )
    ordered = wp(ListBlock((P("a"),), ordered=True))
    assert ordered.startswith('<!-- wp:list {"ordered":true} -->\n<ol class="wp-block-list">')
    topics = wp(TopicListBlock((P("x"),), title="Key issues", ordered=True))
    assert topics.startswith("<!-- wp:paragraph -->\n<p><strong>Key issues</strong></p>\n<!-- /wp:paragraph -->\n\n"
                             '<!-- wp:list {"ordered":true} -->')
    assert wp(ListBlock((P(" "),))) == ""  # an empty list is no block at all


def test_quote_holds_paragraph_blocks():
    assert wp(Quote((P("one"), P("two")))) == (
        '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>one</p>\n'
        "<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>two</p>\n<!-- /wp:paragraph --></blockquote>\n"
        "<!-- /wp:quote -->\n"
    )


def test_table_with_caption_and_header_scope():
    table = TableBlock((P("Time"), P("Session")), ((P("09:00"), P("Opening")),), source_id=4)
    assert wp(table, table_titles={4: "Programme"}) == (
        '<!-- wp:table {"hasFixedLayout":false} -->\n<figure class="wp-block-table"><table><thead><tr>'
        '<th scope="col">Time</th><th scope="col">Session</th></tr></thead><tbody><tr><td>09:00</td>'
        '<td>Opening</td></tr></tbody></table><figcaption class="wp-element-caption">Programme</figcaption>'
        "</figure>\n<!-- /wp:table -->\n"
    )
    header_only = wp(TableBlock((P("a"),)))
    assert "<tbody>" not in header_only and "<figcaption" not in header_only


def test_cells_running_the_other_way_are_isolated():
    table = TableBlock((P("الاسم"), P("الوقت")), ((P("Jürgen Stock."), P("10:00")),))
    markup = wp(table, Heading(P("Interpol")), direction="rtl")
    assert "<td>\u2066Jürgen Stock.\u2069</td><td>10:00</td>" in markup
    assert '<h2 class="wp-block-heading">\u2066Interpol\u2069</h2>' in markup
    assert "\u2066" not in wp(table, direction="ltr").replace("<td>Jürgen", "")


def test_inline_marks_nest_as_rich_text_does():
    inline = Inline((
        Run("a", bold=True), Run("b", bold=True, italic=True), Run("c", italic=True),
        Run("d", href="https://x.org/?a=1&b=2"), Run("e", href="https://x.org/?a=1&b=2", bold=True),
        Run("<f>", code=True),
    ))
    assert inline_html(inline) == (
        "<strong>a<em>b</em></strong><em>c</em>"
        '<a href="https://x.org/?a=1&amp;b=2">d<strong>e</strong></a><code>&lt;f&gt;</code>'
    )


def test_attribute_json_is_escaped_as_wordpress_does():
    expected = '{"a":"\\u002d\\u002d\\u003e\\u003cb\\u003e\\u0026\\u0022x\\u0022"}'
    assert serialize_attributes({"a": "--><b>&\"x\""}) == expected
    assert serialize_attributes({"level": 3}) == '{"level":3}'
