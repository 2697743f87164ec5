from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from desktop_app.core.codecs.markdown_in import from_markdown
from desktop_app.core.codecs.markdown_out import to_markdown
from desktop_app.core.codecs.plaintext_in import from_plain_text
from desktop_app.core.document import Document, Heading, ListBlock, Paragraph, TableBlock
from desktop_app.core.export.html import HtmlOptions, render_body, render_document, render_fragment
from desktop_app.core.inline import Inline, Run

from .checks import run_vnu, vnu_command

TITLE = "انطلاق الدورة 93 للانتربول في المغرب"
GOLDEN = Path(__file__).resolve().parents[2] / "fixtures" / "golden"


@pytest.fixture
def sample(sample_text) -> Document:
    return from_plain_text(sample_text, title=TITLE)


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{name} changed; UPDATE_GOLDEN=1 to accept"


def test_sample_html_matches_golden(sample):
    check_golden("interpol-93.html", render_document(sample, HtmlOptions("ar", "rtl", "ملخص")))


def test_sample_markdown_matches_golden(sample):
    check_golden("interpol-93.md", to_markdown(sample))


def test_sample_fragment_matches_golden(sample):
    check_golden("interpol-93.fragment.html", render_fragment(sample, HtmlOptions("ar", "rtl")))


def test_document_shell(sample):
    page = render_document(sample, HtmlOptions("ar", "rtl", 'ملخص "قصير" <b>'))
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">')
    assert f"<title>{TITLE}</title>" in page and f"<h1>{TITLE}</h1>" in page
    assert '<meta name="description" content="ملخص &quot;قصير&quot; &lt;b&gt;">' in page
    assert page.count("<h2 id=") == 3 and page.count("<li>") == 5
    assert page.count("<th scope=\"col\">") == 2 and page.count("<tr>") == 5


def test_heading_ids_keep_arabic_letters(sample):
    body = render_body(sample)
    ids = re.findall(r'<h2 id="([^"]+)"', body)
    assert ids[0].startswith("أهمية-انطلاق")
    assert all(not i.startswith("_") for i in ids)


def test_cells_and_items_running_the_other_way_get_dir():
    document = Document("T", (
        TableBlock((Inline.plain("الاسم"), Inline.plain("الوقت")),
                   ((Inline.plain("Jürgen Stock"), Inline.plain("10:00")),)),
        ListBlock((Inline.plain("Interpol"), Inline.plain("الانتربول"))),
        Paragraph(Inline.plain("٠٩:٠٠")),
    ))
    body = render_body(document, "rtl")
    assert '<td dir="ltr">Jürgen Stock</td>' in body
    assert "<td>10:00</td>" in body  # neutral: takes the document's direction
    assert '<li dir="ltr">Interpol</li>' in body and "<li>الانتربول</li>" in body
    ltr = render_body(Document("T", (Paragraph(Inline.plain("قال حموشي")),)), "ltr")
    assert '<p dir="rtl">' in ltr


def test_nothing_executable_survives():
    document = Document("x", (
        Paragraph(Inline((Run("<script>alert(1)</script>"), Run("click", href="javascript:alert(1)")))),
    ))
    body = render_body(document)
    assert "<script" not in body and "javascript:" not in body
    assert "&lt;script&gt;" in body


def test_fragment_is_body_only(sample):
    fragment = render_fragment(sample, HtmlOptions("ar", "rtl"))
    assert fragment.startswith('<div lang="ar" dir="rtl">') and "<html" not in fragment
    assert "<style" not in fragment and "class=" not in fragment and "style=" not in fragment


class _Texts(HTMLParser):
    TAGS = ("h1", "h2", "h3", "h4", "li", "th", "td", "a")

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.found: dict[str, list[str]] = {t: [] for t in self.TAGS}
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.TAGS:
            self.stack.append(tag)
            self.found[tag].append("")
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        for tag in self.stack:
            self.found[tag][-1] += data


def _texts(html: str) -> tuple[dict[str, list[str]], list[str]]:
    parser = _Texts()
    parser.feed(html)
    return {k: [" ".join(v.split()) for v in vs] for k, vs in parser.found.items()}, parser.hrefs


def test_markdown_renders_the_same_in_markdown_it(sample):
    document = Document(TITLE, (*sample.blocks, Paragraph(Inline((
        Run("انظر "), Run("موقع Interpol", href="https://www.interpol.int/ar"), Run(" | a*b_c [x]"))))))
    ours, our_links = _texts(f"<h1>{TITLE}</h1>" + render_body(document))
    theirs, their_links = _texts(MarkdownIt("commonmark").enable("table").render(to_markdown(document)))
    assert ours == theirs
    assert our_links == their_links


def test_markdown_export_imports_back_to_the_same_article(sample):
    markdown = to_markdown(sample)
    assert from_markdown(markdown) == sample
    assert to_markdown(from_markdown(markdown)) == markdown


def test_headings_levels_round_trip_through_html():
    document = Document("T", tuple(Heading(Inline.plain(f"h{n}"), level=n) for n in (2, 3, 4)))
    body = render_body(document)
    assert "<h2" in body and "<h3" in body and "<h4" in body


@pytest.mark.skipif(vnu_command() is None, reason="Nu Html Checker not installed (make vnu)")
def test_nu_html_checker_passes(sample, tmp_path):
    page = tmp_path / "sample.html"
    page.write_text(render_document(sample, HtmlOptions("ar", "rtl", "ملخص")), encoding="utf-8")
    result = run_vnu([page])
    assert result.returncode == 0, result.stderr + result.stdout
