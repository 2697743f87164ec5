from __future__ import annotations

import pytest

from desktop_app.core.codecs.markdown_in import from_markdown
from desktop_app.core.codecs.markdown_out import canonical_document, to_markdown
from desktop_app.core.document import (
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    TableBlock,
    TopicListBlock,
)
from desktop_app.core.inline import Inline, Run

P = Inline.plain


def _para(*runs: Run) -> Document:
    return Document(blocks=(Paragraph(Inline(runs)),))


def _round_trip(doc: Document) -> str:
    md = to_markdown(doc)
    assert from_markdown(md) == canonical_document(doc), md
    assert to_markdown(from_markdown(md)) == md
    return md


# ------------------------------------------------------------------------ blocks


def test_full_document_layout():
    doc = Document(
        title="المؤتمر ٩٣",
        blocks=(
            Paragraph(P("فقرة أولى")),
            Heading(P("عنوان"), level=3),
            Quote((P("سطر"), P("سطر ثان"))),
            ListBlock((P("أ"), P("ب"))),
            ListBlock((P("one"), P("two")), ordered=True),
            TableBlock(header=(P("العنوان"), P("التفاصيل")), rows=((P("المدينة"), P("مراكش")),)),
        ),
    )
    assert _round_trip(doc) == (
        "# المؤتمر ٩٣\n\nفقرة أولى\n\n### عنوان\n\n> سطر\n>\n> سطر ثان\n\n- أ\n- ب\n\n"
        "<!-- -->\n\n1. one\n2. two\n\n| العنوان | التفاصيل |\n| --- | --- |\n"
        "| المدينة | مراكش |\n"
    )


def test_empty_document_and_empty_title():
    assert to_markdown(Document()) == ""
    assert from_markdown("") == Document()
    assert _round_trip(Document(blocks=(Paragraph(P("x")),))) == "x\n"


@pytest.mark.parametrize("level", [2, 3, 4])
def test_heading_levels(level):
    assert _round_trip(Document(blocks=(Heading(P("h"), level=level),))) == "#" * level + " h\n"


def test_foreign_heading_levels_map_into_range():
    doc = from_markdown("# T\n\n# later\n\n##### five\n\n###### six\n")
    assert doc.title == "T"
    assert [b.level for b in doc.blocks] == [2, 4, 4]


def test_h1_not_first_is_not_the_title():
    doc = from_markdown("para\n\n# late\n")
    assert doc.title == ""
    assert doc.blocks == (Paragraph(P("para")), Heading(P("late"), level=2))


def test_topic_list_marker_round_trip_and_source_id_dropped():
    block = TopicListBlock((P("a"), P("b")), title='قضايا "مهمة" -- <x>', ordered=True, source_id=7)
    md = to_markdown(Document(blocks=(block,)))
    assert md.startswith("<!-- hadath:topics title=")
    comment = md.split("\n")[0]
    assert "--" not in comment[4:-3] and ">" not in comment[:-1]
    assert from_markdown(md).blocks == (TopicListBlock((P("a"), P("b")), title='قضايا "مهمة" -- <x>', ordered=True),)


def test_empty_topic_list_does_not_claim_the_next_list():
    doc = Document(blocks=(TopicListBlock((), title="t"), ListBlock((P("x"),))))
    _round_trip(doc)


def test_other_comments_are_dropped_and_only_exact_marker_counts():
    doc = from_markdown("<!-- hadath:topics title='x' -->\n\n- a\n\n<!-- note -->\n\ntext\n")
    assert doc.blocks == (ListBlock((P("a"),)), Paragraph(P("text")))


def test_consecutive_lists_and_quotes_stay_apart():
    doc = Document(
        blocks=(
            ListBlock((P("a"),)),
            ListBlock((P("b"),)),
            Quote((P("q"),)),
            Quote((P("r"),)),
            TopicListBlock((P("t"),)),
            ListBlock((P("c"),), ordered=True),
        )
    )
    _round_trip(doc)


def test_table_pipes_empty_cells_and_header_only():
    doc = Document(
        blocks=(
            TableBlock(header=(P("a|b"), Inline()), rows=((Inline(), P("|")), (P("x"),))),
            TableBlock(header=(P("only"),)),
            TableBlock(header=(P("h"),), rows=((Inline(),),)),
        )
    )
    md = _round_trip(doc)
    assert "| a\\|b |  |" in md


def test_code_with_pipe_in_table_cell_leaves_pipe_outside_code():
    cell = Inline((Run("a|b", code=True),))
    doc = Document(blocks=(TableBlock(header=(cell,)),))
    md = to_markdown(doc)
    assert md.startswith("| `a`\\|`b` |")
    assert from_markdown(md).blocks[0].header[0] == Inline((Run("a", code=True), Run("|"), Run("b", code=True)))


def test_foreign_escaped_pipe_in_table_code_is_a_pipe():
    doc = from_markdown("| `a\\|b` |\n| --- |\n")
    assert doc.blocks[0].header[0] == Inline((Run("a|b", code=True),))


def test_ragged_foreign_table_rows_are_padded():
    doc = from_markdown("| a | b |\n| --- | --- |\n| 1 |\n")
    assert doc.blocks[0].rows == ((P("1"), Inline()),)


def test_nested_lists_flatten_into_the_outer_list():
    doc = from_markdown("- a\n    - b\n    - c\n- d\n")
    assert doc.blocks == (ListBlock((P("a"), P("b"), P("c"), P("d"))),)


def test_quote_with_list_and_heading_flattens_to_paragraphs():
    doc = from_markdown("> # h\n>\n> - a\n> - b\n>\n> text\n")
    assert doc.blocks == (Quote((P("h"), P("a"), P("b"), P("text"))),)


def test_code_block_becomes_code_paragraphs_and_hr_is_dropped():
    doc = from_markdown("    x = 1\n\n    y < 2\n\n---\n\nend\n")
    code = [Paragraph(Inline((Run(t, code=True),))) for t in ("x = 1", "y < 2")]
    assert doc.blocks == (*code, Paragraph(P("end")))


def test_image_becomes_alt_text():
    assert from_markdown("see ![مراكش](a.png)\n").blocks == (Paragraph(P("see مراكش")),)


# ------------------------------------------------------------------------ raw HTML


def test_raw_html_never_survives():
    doc = from_markdown("<script>alert(1)</script>\n\nhi <b onclick='x()'>there</b>\n")
    assert doc.blocks == (Paragraph(P("hi there")),)
    md = to_markdown(doc)
    assert "<" not in md


def test_html_block_keeps_its_text():
    doc = from_markdown("<div>\n<p>نص <i>مهم</i></p>\n</div>\n")
    assert doc.blocks == (Paragraph(P("نص مهم")),)


def test_no_placeholders_leak():
    doc = from_markdown("a <span>b</span> &amp; &copy; &#1575; <mail@x.org>\n")
    text = doc.plain_text()
    assert "\x02" not in text and "\x03" not in text
    assert text == "a b & © ا mail@x.org"


# ------------------------------------------------------------------------ escapes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a*b_c", "a\\*b\\_c"),
        ("[x](y)", "\\[x\\](y)"),
        ("a\\b", "a\\\\b"),
        ("`code`", "\\`code\\`"),
        ("# not heading", "\\# not heading"),
        ("> not quote", "\\> not quote"),
        ("- not item", "\\- not item"),
        ("+ not item", "\\+ not item"),
        ("1. not item", "1\\. not item"),
        ("1) not item", "1\\) not item"),
        ("١. ليس بندًا", "١\\. ليس بندًا"),
        ("---", "\\---"),
        ("a | b", "a \\| b"),
        ("<b>", "&lt;b>"),
        ("&amp; & b", "&amp;amp; & b"),
        ("AT&T", "AT&amp;T"),
        ("{: .x}", "\\{: .x}"),
        ("~~~", "&#126;~~"),
        ("ends with #", "ends with \\#"),
        ("    code?", "&#32;&#32;&#32;&#32;code?"),
        ("trail ", "trail&#32;"),
        ("tab\there", "tab&#9;here"),
    ],
)
def test_plain_text_escapes(text, expected):
    md = _round_trip(_para(Run(text)))
    assert md == expected + "\n"


def test_bang_before_link_is_escaped():
    md = _round_trip(_para(Run("!"), Run("x", href="u")))
    assert md == "\\![x](u)\n"


def test_newlines_become_spaces():
    doc = _para(Run("a\nb\r\nc"))
    assert from_markdown(to_markdown(doc)) == _para(Run("a b  c"))


# ------------------------------------------------------------------------ inline marks


def test_bold_italic_and_both():
    md = _round_trip(
        _para(Run("b", bold=True), Run(" "), Run("i", italic=True), Run(" "), Run("bi", bold=True, italic=True))
    )
    assert md == "**b** *i* **_bi_**\n"


def test_whitespace_at_emphasis_edges_moves_outside():
    doc = _para(Run("a"), Run(" bold ", bold=True), Run("c"))
    md = to_markdown(doc)
    assert md == "a **bold** c\n"
    assert from_markdown(md) == _para(Run("a "), Run("bold", bold=True), Run(" c"))


def test_intraword_emphasis_next_to_punctuation():
    md = _round_trip(_para(Run("a"), Run("(b)", bold=True), Run("c")))
    assert md == "&#97;**(b)**&#99;\n"


def test_code_fences_and_padding():
    assert _round_trip(_para(Run("a`b", code=True))) == "``a`b``\n"
    assert _round_trip(_para(Run("`x`", code=True))) == "`` `x` ``\n"
    assert _round_trip(_para(Run("<&>", code=True))) == "`<&>`\n"


def test_links_group_runs_and_escape_destinations():
    doc = _para(
        Run("see "),
        Run("the ", href="https://x.org/a b(c)'"),
        Run("site", bold=True, href="https://x.org/a b(c)'"),
    )
    md = _round_trip(doc)
    assert md == "see [the **site**](https://x.org/a&#32;b\\(c\\)&#39;)\n"


def test_bold_covering_a_link_goes_outside_it():
    md = _round_trip(_para(Run("x", bold=True, href="u"), Run(" y", bold=True)))
    assert md == "**[x](u) y**\n"


def test_adjacent_links_stay_separate():
    _round_trip(_para(Run("a", href="u"), Run("b", href="v")))


def test_arabic_article_round_trip(sample_text):
    paragraphs = [line for line in sample_text.splitlines() if line.strip()][:12]
    doc = Document(title="الإنتربول", blocks=tuple(Paragraph(P(p)) for p in paragraphs))
    _round_trip(doc)


def test_paragraph_of_only_a_character_reference_is_text():
    _round_trip(_para(Run(" ")))
    assert from_markdown("&amp;\n").blocks == (Paragraph(P("&")),)
