"""Acceptance over the test corpus: every article, every format, several option sets."""

from __future__ import annotations

import re

import pytest

from desktop_app.core.export.prepare import prepare
from desktop_app.core.export.publish import ExportOptions, export_article

from .checks import (
    all_blocks,
    delimiter_count,
    markdown_it,
    parse_blocks,
    parse_front_matter,
    run_vnu,
    scan,
    strip_front_matter,
    structure,
    vnu_command,
)
from .corpus import CorpusArticle, load_corpus

CORPUS = load_corpus()
NAMES = [c.name for c in CORPUS]
OPTION_SETS = {
    "default": ExportOptions(),
    "arabic-indic, bare": ExportOptions(
        digits="arabic-indic", include_title=False, include_summary=False, include_fact_box=False
    ),
    "western": ExportOptions(digits="western"),
}


def test_corpus_covers_what_the_issue_asks():
    assert len(CORPUS) >= 5
    text = "\n".join(c.article.document.plain_text() for c in CORPUS)
    assert re.search("[٠-٩]", text)  # Eastern digits
    assert "|" in text  # a pipe inside a cell
    assert {c.article.language.split("_")[0] for c in CORPUS} >= {"ar", "fr", "en"}
    assert any(c.article.fact_box_ids and c.article.table_titles for c in CORPUS)


@pytest.mark.skipif(vnu_command() is None, reason="Nu Html Checker not installed (make vnu)")
def test_every_page_passes_the_nu_checker(tmp_path):
    files = []
    for corpus in CORPUS:
        for index, options in enumerate(OPTION_SETS.values()):
            path = tmp_path / f"{corpus.name}-{index}.html"
            path.write_text(export_article(corpus.article, options), encoding="utf-8")
            files.append(path)
    result = run_vnu(files)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "Error" not in result.stderr and "Warning" not in result.stderr


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("options", list(OPTION_SETS.values()), ids=list(OPTION_SETS))
def test_markdown_renders_to_the_html_structure(name, options):
    corpus = CORPUS[NAMES.index(name)]
    page = export_article(corpus.article, options)
    markdown = export_article(corpus.article, ExportOptions(**{**vars(options), "format": "markdown"}))
    # A page exported without its title keeps it in a hidden <h1> for screen readers
    # only; the Markdown has no such thing to say.
    page = re.sub(r'<h1 class="visually-hidden">.*?</h1>', "", page)
    ours, our_links = structure(page)
    theirs, their_links = structure(markdown_it(markdown))
    assert ours == theirs
    assert our_links == their_links
    if name != "interpol-93-sample":
        assert our_links, "the corpus article has links"


@pytest.mark.parametrize("name", NAMES)
def test_markdown_with_front_matter_renders_the_same_body(name):
    corpus = CORPUS[NAMES.index(name)]
    plain = export_article(corpus.article, ExportOptions(format="markdown"))
    with_matter = export_article(corpus.article, ExportOptions(format="markdown", front_matter=True))
    assert strip_front_matter(with_matter) == plain
    matter = parse_front_matter(with_matter)
    assert matter["title"] == corpus.article.document.title
    assert matter["summary"] == corpus.article.summary
    assert matter["direction"] in ("rtl", "ltr") and "_" not in matter["language"]


def _texts_of(tag_html: str) -> str:
    return " ".join("".join(scan(tag_html).text).split())


def _check_block(block, direction: str) -> None:
    attrs = block.attrs
    html = block.inner_html.strip()
    if block.name == "core/heading":
        assert set(attrs) <= {"level"} and attrs.get("level") != 2  # the default is left out
        level = attrs.get("level", 2)
        assert isinstance(level, int) and 1 <= level <= 6
        assert re.fullmatch(rf'<h{level} class="wp-block-heading">.*</h{level}>', html, re.S), html
    elif block.name == "core/paragraph":
        assert set(attrs) <= {"direction"}
        if attrs:
            assert attrs["direction"] in ("ltr", "rtl")
            assert html.startswith(f'<p dir="{attrs["direction"]}">'), html
        else:
            assert html.startswith("<p>") and direction == "ltr"
        assert html.endswith("</p>")
    elif block.name == "core/list":
        assert attrs in ({}, {"ordered": True})
        tag = "ol" if attrs else "ul"
        assert html.startswith(f'<{tag} class="wp-block-list">') and html.endswith(f"</{tag}>")
        assert block.inner_blocks and all(b.name == "core/list-item" for b in block.inner_blocks)
    elif block.name == "core/list-item":
        assert attrs == {} and html.startswith("<li>") and html.endswith("</li>")
    elif block.name == "core/quote":
        assert attrs == {} and html.startswith('<blockquote class="wp-block-quote">')
        assert block.inner_blocks and all(b.name == "core/paragraph" for b in block.inner_blocks)
    elif block.name == "core/table":
        assert attrs == {"hasFixedLayout": False}
        assert re.fullmatch(
            r'<figure class="wp-block-table"><table><thead><tr>(<th scope="col">.*?</th>)+</tr></thead>'
            r"(<tbody>(<tr>(<td>.*?</td>)+</tr>)+</tbody>)?</table>"
            r'(<figcaption class="wp-element-caption">.*</figcaption>)?</figure>',
            html, re.S,
        ), html
    else:
        raise AssertionError(f"unexpected block {block.name}")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("options", list(OPTION_SETS.values()), ids=list(OPTION_SETS))
def test_wordpress_blocks_parse(name, options):
    corpus: CorpusArticle = CORPUS[NAMES.index(name)]
    text = export_article(corpus.article, ExportOptions(**{**vars(options), "format": "wordpress"}))
    blocks = parse_blocks(text)
    direction = prepare(corpus.article, options).direction
    every = all_blocks(blocks)
    for block in every:
        _check_block(block, direction)
    # Every `<!--` in the markup is a block delimiter: none comes from the text.
    assert text.count("<!--") == delimiter_count(text) == 2 * len(every)
    assert not scan(text).problems
    # The same words as the HTML page, block for block.
    page_cells = structure(export_article(corpus.article, options))[0]
    cells = [_texts_of(b.inner_html).strip("\u2066\u2067\u2069") for b in every if b.name == "core/list-item"]
    assert cells == page_cells["li"]


def test_wordpress_keeps_rtl_paragraphs_in_a_french_article():
    corpus = CORPUS[NAMES.index("fr-cloture")]
    blocks = all_blocks(parse_blocks(export_article(corpus.article, ExportOptions(format="wordpress"))))
    quoted = [b for b in blocks if b.name == "core/paragraph" and b.attrs.get("direction") == "rtl"]
    assert len(quoted) == 1 and "الأمن" in quoted[0].inner_html
    assert any(b.name == "core/paragraph" and not b.attrs for b in blocks)


def test_mixed_direction_cells_in_the_arabic_table():
    corpus = CORPUS[NAMES.index("ar-opening-day")]
    page = export_article(corpus.article, ExportOptions())
    assert '<td dir="ltr">Daniel Moreau</td>' in page
    assert "<td>١٢:٠٠</td>" in page  # neutral digits take the table's direction
    assert "<td>الذكاء الاصطناعي | الفرص والمخاطر</td>" in page  # the escaped pipe stays in its cell
    assert '<td dir="ltr">Women in policing</td>' in page
    wordpress = export_article(corpus.article, ExportOptions(format="wordpress"))
    assert "<td>\u2066Daniel Moreau\u2069</td>" in wordpress


def test_arabic_quote_in_french_article_gets_dir():
    corpus = CORPUS[NAMES.index("fr-cloture")]
    page = export_article(corpus.article, ExportOptions())
    assert '<html lang="fr" dir="ltr">' in page
    assert '<p dir="rtl">«إن الأمن' in page and '<td dir="rtl">مراكش</td>' in page


def test_fact_box_of_the_programme():
    corpus = CORPUS[NAMES.index("ar-programme")]
    page = export_article(corpus.article, ExportOptions())
    assert "<caption>بطاقة الحدث</caption>" in page and "<caption>برنامج الجلسات</caption>" in page
    without = export_article(corpus.article, ExportOptions(include_fact_box=False))
    assert "بطاقة الحدث" not in without and "<caption>برنامج الجلسات</caption>" in without
