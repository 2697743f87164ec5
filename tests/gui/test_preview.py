from __future__ import annotations

from desktop_app.core.document import Document, Paragraph, TableBlock
from desktop_app.core.inline import Inline, Run
from desktop_app.gui.preview import document_html, inline_html


def test_inline_marks_and_escaping():
    text = Inline((Run("a<b", bold=True), Run(" x", italic=True, href="https://e.org/?a=1&b=2")))
    assert inline_html(text) == '<b>a&lt;b</b><a href="https://e.org/?a=1&amp;b=2"><i> x</i></a>'


def test_rtl_tables_are_emitted_mirrored_for_qt():
    table = TableBlock((Inline.plain("العنوان"), Inline.plain("التفاصيل")),
                       ((Inline.plain("موقع"), Inline.plain("Marrakech")),))
    html = document_html(Document("ع", (table,)), "rtl")
    assert html.index("التفاصيل") < html.index("العنوان")
    assert html.index("Marrakech") < html.index("موقع")
    assert '<td dir="ltr" align="left">Marrakech</td>' in html
    ltr = document_html(Document("T", (table,)), "ltr")
    assert ltr.index("العنوان") < ltr.index("التفاصيل")


def test_neutral_paragraph_takes_article_direction():
    html = document_html(Document("", (Paragraph(Inline.plain("10:00")),)), "rtl")
    assert 'dir="rtl"' in html
