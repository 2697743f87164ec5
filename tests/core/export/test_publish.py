from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.core.document import Document, Heading, ListBlock, Paragraph, Quote, TableBlock, TopicListBlock
from desktop_app.core.errors import InputError
from desktop_app.core.export.links import safe_href
from desktop_app.core.export.publish import (
    DIGIT_STYLES,
    EXPORT_FORMATS,
    ExportArticle,
    ExportOptions,
    export_article,
    export_with_plain_text,
    file_suffix,
)
from desktop_app.core.inline import Inline, Run

from .checks import parse_blocks, parse_front_matter

P = Inline.plain


def fact_box(source_id: int | None = 1) -> TableBlock:
    return TableBlock((P("العنوان"), P("التفاصيل")), ((P("المدينة"), P("مراكش")),), source_id=source_id)


def article(**changes) -> ExportArticle:
    document = Document(
        title="الدورة 93 للانتربول",
        blocks=(
            Paragraph(Inline((
                Run("انظر "), Run("الموقع 2025", href="https://example.org/2025/93"), Run(" في 24 نونبر"),
            ))),
            fact_box(),
            Heading(P("البرنامج"), level=3),
            TableBlock((P("الوقت"), P("الجلسة")), ((P("09:00"), P("الافتتاح")),), source_id=2),
            TableBlock((P("أ"), P("ب")), ((P("1"), P("2")),)),
            TopicListBlock((P("الأمن"), P("التعاون")), title="أبرز القضايا", ordered=True),
        ),
    )
    values = dict(
        document=document, language="ar", direction="rtl", summary="ملخص 2025 للدورة",
        slug="interpol-93", date=datetime(2025, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=1))),
        event_title="الجمعية العامة 93", fact_box_ids=frozenset({1}), table_titles={1: "بطاقة الحدث", 2: "البرنامج"},
    )
    values.update(changes)
    return ExportArticle(**values)


def test_formats_and_suffixes():
    assert EXPORT_FORMATS == ("html", "fragment", "markdown", "wordpress")
    assert DIGIT_STYLES == ("as_typed", "western", "arabic-indic")
    assert [file_suffix(f) for f in EXPORT_FORMATS] == [".html", ".html", ".md", ".html"]


def test_every_format_renders_the_article():
    for format in EXPORT_FORMATS:
        text = export_article(article(), ExportOptions(format=format))
        assert "الافتتاح" in text and "أبرز القضايا" in text, format


def test_unknown_format_is_refused():
    with pytest.raises(InputError, match="pdf: unknown export format"):
        export_article(article(), ExportOptions(format="pdf"))  # type: ignore[arg-type]


@pytest.mark.parametrize("format", EXPORT_FORMATS)
def test_arabic_indic_digits_convert_text_but_not_links(format):
    text = export_article(article(), ExportOptions(format=format, digits="arabic-indic", front_matter=True))
    assert "٩٣" in text and "٢٠٢٥" in text and "٠٩:٠٠" in text
    assert "https://example.org/2025/93" in text  # the link target keeps its digits
    assert "الموقع ٢٠٢٥" in text  # the link text does not
    if format == "markdown":
        # The date is data for the generator, not text: it keeps its Western digits.
        assert parse_front_matter(text)["date"] == "2025-11-24T09:00:00+01:00"


def test_western_digits_and_addresses_in_text():
    document = Document("٩٣", (Paragraph(P("يوم ٢٤ على www.site٢.example/٢٠٢٥ أو press٣@example.org")),))
    text = export_article(article(document=document), ExportOptions(format="fragment", digits="western"))
    assert "<h1>93</h1>" in text and "يوم 24" in text
    assert "www.site٢.example/٢٠٢٥" in text and "press٣@example.org" in text


def test_code_keeps_its_digits():
    document = Document("t", (Paragraph(Inline((Run("رقم 7 "), Run("port 8080", code=True)))),))
    text = export_article(article(document=document), ExportOptions(format="fragment", digits="arabic-indic"))
    assert "رقم ٧" in text and "<code>port 8080</code>" in text


def test_fact_box_dropped_only_when_asked():
    with_box = export_article(article(), ExportOptions(format="fragment"))
    without = export_article(article(), ExportOptions(format="fragment", include_fact_box=False))
    assert "المدينة" in with_box and "المدينة" not in without
    assert "الافتتاح" in without  # the programme (not the fact box) stays
    for format in EXPORT_FORMATS:
        assert "المدينة" not in export_article(article(), ExportOptions(format=format, include_fact_box=False))


def test_title_and_summary_options():
    page = export_article(article(), ExportOptions())
    assert '<meta name="description" content="ملخص 2025 للدورة">' in page
    assert "<h1>الدورة 93 للانتربول</h1>\n<p>ملخص 2025 للدورة</p>" in page
    bare = export_article(article(), ExportOptions(include_title=False, include_summary=False))
    # The meta description stays: it is metadata, not shown text.
    assert '<meta name="description" content="ملخص 2025 للدورة">' in bare
    assert "<p>ملخص 2025 للدورة</p>" not in bare
    assert "<h1>" not in bare and "<title>الدورة 93 للانتربول</title>" in bare
    # Headings remain, so the title stays for screen readers and the outline.
    assert '<h1 class="visually-hidden">الدورة 93 للانتربول</h1>' in bare
    markdown = export_article(article(), ExportOptions(format="markdown", include_title=False, include_summary=False))
    assert not markdown.startswith("#") and "ملخص" not in markdown
    blocks = parse_blocks(export_article(article(), ExportOptions(format="wordpress", include_title=False)))
    assert blocks[0].name == "core/paragraph" and "ملخص" in blocks[0].inner_html


def test_captions_only_where_the_data_has_a_title():
    page = export_article(article(), ExportOptions())
    assert page.count("<caption>") == 2
    assert "<caption>بطاقة الحدث</caption>" in page and "<caption>البرنامج</caption>" in page
    untitled = re.search(r"<table>\n(?:(?!</table>).)*>أ</th>", page, re.S)
    assert untitled is not None and "<caption>" not in untitled.group()
    markdown = export_article(article(), ExportOptions(format="markdown"))
    assert "**بطاقة الحدث**\n\n| العنوان | التفاصيل |" in markdown
    wordpress = export_article(article(), ExportOptions(format="wordpress"))
    assert wordpress.count('<figcaption class="wp-element-caption">') == 2


def test_topic_list_title_is_shown_before_its_list():
    fragment = export_article(article(), ExportOptions(format="fragment"))
    assert "<p><strong>أبرز القضايا</strong></p>\n<ol>\n<li>الأمن</li>" in fragment
    markdown = export_article(article(), ExportOptions(format="markdown"))
    assert "**أبرز القضايا**\n\n1. الأمن\n2. التعاون" in markdown
    assert "hadath:topics" not in markdown


def test_auto_direction_and_language_tag():
    english = Document("Interpol", (Paragraph(P("Delegates met in Marrakech, said مراكش.")),))
    page = export_article(article(document=english, direction="auto", language="en_GB"), ExportOptions())
    assert '<html lang="en-GB" dir="ltr">' in page
    assert '<p dir="rtl">ملخص 2025 للدورة</p>' in page  # the Arabic summary runs the other way
    arabic = export_article(article(direction="auto", language=""), ExportOptions())
    assert '<html lang="ar" dir="rtl">' in arabic  # guessed from the text when the tag is unusable


def test_opposite_direction_blocks_get_dir_in_fragment():
    document = Document("t", (
        Paragraph(P("Jürgen Stock spoke first.")),
        ListBlock((P("Interpol"), P("الانتربول"))),
        Quote((P("« La sécurité »"),)),
        Heading(P("Programme"), level=2),
    ))
    fragment = export_article(article(document=document), ExportOptions(format="fragment", include_title=False))
    assert fragment.startswith('<div lang="ar" dir="rtl">')
    assert '<p dir="ltr">Jürgen Stock spoke first.</p>' in fragment
    assert '<li dir="ltr">Interpol</li>' in fragment and "<li>الانتربول</li>" in fragment
    assert '<blockquote dir="ltr">' in fragment and '<h2 dir="ltr" id="programme">' in fragment
    assert "class=" not in fragment and "style" not in fragment


def test_links_are_checked_in_every_format():
    document = Document("t", (Paragraph(Inline((
        Run("ok", href="https://example.org/a?b=1&c=2"), Run(" "), Run("bad", href="JaVa\tScRipt:alert(1)"),
        Run(" "), Run("rel", href="../page.html"), Run(" "), Run("mail", href="mailto:a@example.org"),
    ))),))
    for format in EXPORT_FORMATS:
        text = export_article(article(document=document), ExportOptions(format=format))
        assert "alert" not in text, format
        assert "bad" in text  # the text of a refused link stays, as text
        assert "../page.html" in text and "mailto:a@example.org" in text


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://example.org/x", "https://example.org/x"),
        ("  http://example.org ", "http://example.org"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ("/news/93", "/news/93"),
        ("#table-1", "#table-1"),
        ("page.html?a=1", "page.html?a=1"),
        ("//cdn.example.org/x", "//cdn.example.org/x"),
        ("https://exa\u200bmple.org", "https://example.org"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)", None),
        ("\x01javascript:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("jav&#x09;ascript:alert(1)", None),
        ("&#106;avascript:alert(1)", None),
        ("javascript&colon;alert(1)", None),
        ("&amp;#106;avascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox(1)", None),
        ("file:///etc/passwd", None),
        ("java\u200dscript:alert(1)", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_href(href, kept):
    assert safe_href(href) == kept


def test_html_page_shell():
    page = export_article(article(), ExportOptions())
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
                           '<meta name="viewport" content="width=device-width, initial-scale=1">')
    assert "<body>\n<main>\n<article>\n<header>\n<h1>" in page
    assert page.count('<div class="table-box">\n<table>') == 3
    assert page.count('<th scope="col">') == 6
    assert "@media print" in page and "Noto Naskh Arabic" in page


def test_stylesheet_uses_logical_properties_only():
    page = export_article(article(), ExportOptions())
    css = re.sub(r"/\*.*?\*/", "", page[page.index("<style>") : page.index("</style>")], flags=re.S)
    assert not re.search(r"\b(left|right)\b", css)
    assert "text-align: start" in css and "padding-inline-start" in css and "margin-inline" in css
    assert "border-inline-start" in css


def test_markdown_front_matter_fields():
    text = export_article(article(), ExportOptions(format="markdown", front_matter=True))
    assert parse_front_matter(text) == {
        "title": "الدورة 93 للانتربول", "slug": "interpol-93", "summary": "ملخص 2025 للدورة",
        "date": "2025-11-24T09:00:00+01:00", "language": "ar", "direction": "rtl", "event": "الجمعية العامة 93",
    }
    assert text.split("---\n", 2)[2].startswith("\n# الدورة 93 للانتربول\n")
    plain = export_article(article(), ExportOptions(format="markdown"))
    assert not plain.startswith("---")


def test_front_matter_leaves_out_what_is_missing():
    text = export_article(article(slug="", summary="", date=None, event_title=None),
                          ExportOptions(format="markdown", front_matter=True))
    assert list(parse_front_matter(text)) == ["title", "language", "direction"]


def test_empty_article_exports_everywhere():
    empty = article(document=Document(), summary="", event_title=None, slug="")
    for format in EXPORT_FORMATS:
        text = export_article(empty, ExportOptions(format=format))
        assert "<script" not in text
    page = export_article(empty, ExportOptions())
    assert "<title>-</title>" in page and "<main>\n\n</main>" in page


def test_mixed_quote_keeps_each_paragraph_direction():
    document = Document("Clôture", (Quote((P("«إن الأمن مسؤولية جماعية»"), P("« La sécurité est collective »"))),
                                    Quote((P("«التعاون»"), P("«الأمن»")))))
    fragment = export_article(article(document=document, direction="ltr", summary=""),
                              ExportOptions(format="fragment"))
    # Mixed: the quote follows the page and its Arabic line says its own direction.
    assert '<blockquote>\n<p dir="rtl">«إن الأمن' in fragment and "<p>« La sécurité" in fragment
    # All Arabic: the quote itself turns, and its paragraphs inherit from it.
    assert '<blockquote dir="rtl">\n<p>«التعاون»</p>' in fragment


def test_dir_is_relative_to_the_enclosing_element():
    document = Document("t", (Quote((P("Interpol said"), P("« 10:00 » and more"))),))
    fragment = export_article(article(document=document), ExportOptions(format="fragment"))
    assert '<blockquote dir="ltr">\n<p>Interpol said</p>\n<p>« 10:00 » and more</p>' in fragment


def test_a_link_that_looks_like_a_reference_definition_is_kept():
    # Python-Markdown reads `[\\]:](https://example.com/)` as a reference definition.
    document = Document("t", (Paragraph(Inline((Run("]:", href="https://example.com/"),))),))
    for format in ("html", "fragment"):
        text = export_article(article(document=document), ExportOptions(format=format))
        assert '<a href="https://example.com/">]:</a>' in text, format


def test_plain_text_says_what_the_html_says_with_the_same_digits_and_parts():
    options = ExportOptions(format="fragment", digits="arabic-indic", include_fact_box=False)
    _, text = export_with_plain_text(article(), options)
    lines = text.split("\n")
    assert lines[0] == "الدورة ٩٣ للانتربول" and lines[1] == "ملخص ٢٠٢٥ للدورة"
    assert "انظر الموقع ٢٠٢٥ في ٢٤ نونبر" in lines
    assert "مراكش" not in text  # the fact box was left out, as in the HTML
    assert "٠٩:٠٠ | الافتتاح" in lines
    _, bare = export_with_plain_text(
        article(), ExportOptions(include_title=False, include_summary=False, include_fact_box=True)
    )
    assert bare.startswith("انظر الموقع 2025") and "المدينة | مراكش" in bare
