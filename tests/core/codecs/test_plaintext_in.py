from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.codecs.plaintext_in import from_plain_text
from desktop_app.core.document import Heading, ListBlock, Paragraph, TableBlock


def kinds(document):
    return [block.kind for block in document.blocks]


def texts(blocks):
    return [block.text.text for block in blocks]


# -- the sample -------------------------------------------------------------------------


def test_sample_block_sequence(sample_text):
    document = from_plain_text(sample_text, title="انطلاق الدورة 93")
    assert document.title == "انطلاق الدورة 93"
    assert kinds(document) == [
        "paragraph",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
        "list",
        "table",
        "paragraph",
    ]
    headings = [b for b in document.blocks if isinstance(b, Heading)]
    assert [h.level for h in headings] == [2, 2, 2]
    assert texts(headings)[0] == "أهمية انطلاق الدورة 93 للانتربول في المغرب بالنسبة للتعاون الدولي"
    assert sum(isinstance(b, Paragraph) for b in document.blocks) == 5


def test_sample_list_and_table(sample_text):
    document = from_plain_text(sample_text, title="t")
    (items,) = [b for b in document.blocks if isinstance(b, ListBlock)]
    assert not items.ordered
    assert len(items.items) == 5
    assert items.items[0].text == "ترسيخ التعاون الأمني بين الدول الأعضاء في الانتربول."
    (table,) = [b for b in document.blocks if isinstance(b, TableBlock)]
    assert [c.text for c in table.header] == ["العنوان", "التفاصيل"]
    assert len(table.rows) == 4
    assert [c.text for c in table.rows[1]] == ["مدة الدورة", "من 24 حتى 27 نونبر الجاري."]


def test_sample_keeps_every_word(sample_text):
    document = from_plain_text(sample_text, title="t")
    plain = document.plain_text()
    for word in re.findall(r"[^\s|\-]+", sample_text):
        assert word in plain, word


def test_sample_without_title_keeps_lead_paragraph(sample_text):
    document = from_plain_text(sample_text)
    assert document.title == ""
    assert isinstance(document.blocks[0], Paragraph)
    assert document.blocks[0].text.text.startswith("انطلاق الدورة 93")
    assert len(document.blocks) == 10


def test_sample_with_crlf_and_blank_lines_between_paragraphs(sample_text):
    spaced = "\r\n\r\n".join(sample_text.splitlines())
    document = from_plain_text(spaced, title="t")
    # The table rows are separated by blank lines here, so only the header row makes the
    # table; what matters is that prose lines are never glued together.
    assert kinds(document)[:8] == kinds(from_plain_text(sample_text, title="t"))[:8]


def test_sample_double_spaced_paragraphs(sample_text):
    lines = sample_text.splitlines()
    spaced = "\n\n".join(lines[:7]) + "\n\n" + "\n".join(lines[7:])
    assert kinds(from_plain_text(spaced, title="t")) == kinds(from_plain_text(sample_text, "t"))


# -- title ------------------------------------------------------------------------------


def test_short_first_line_becomes_title():
    document = from_plain_text("Summit opens in Rabat\nDelegates arrived on Monday for talks.")
    assert document.title == "Summit opens in Rabat"
    assert kinds(document) == ["paragraph"]


def test_first_line_repeating_given_title_is_dropped():
    document = from_plain_text("Summit opens\nDelegates arrived.", title="Summit opens")
    assert document.title == "Summit opens"
    assert kinds(document) == ["paragraph"]


def test_blank_title_counts_as_missing():
    document = from_plain_text("Summit opens\nDelegates arrived.", title="  ")
    assert document.title == "Summit opens"


def test_single_short_line_stays_a_paragraph():
    document = from_plain_text("Just one line")
    assert document.title == ""
    assert kinds(document) == ["paragraph"]


def test_first_line_ending_with_period_is_not_a_title():
    document = from_plain_text("Delegates arrived.\nMore text here.")
    assert document.title == ""
    assert kinds(document) == ["paragraph", "paragraph"]


def test_hash_title_and_headings():
    text = "# The title\n\nLead.\n\n## Section\n\nBody.\n\n### Sub\n\nMore.\n\n###### Deep\n\nEnd."
    document = from_plain_text(text)
    assert document.title == "The title"
    levels = [(b.text.text, b.level) for b in document.blocks if isinstance(b, Heading)]
    assert levels == [("Section", 2), ("Sub", 3), ("Deep", 4)]


def test_hash_heading_later_is_level_two():
    document = from_plain_text("Lead text.\n# Later\nBody.", title="T")
    assert document.blocks[1] == Heading(document.blocks[1].text, level=2)
    assert document.blocks[1].text.text == "Later"


# -- headings ---------------------------------------------------------------------------


def test_implicit_heading_rules():
    text = "\n".join(
        [
            "Lead paragraph that is long enough to be a paragraph.",
            "A heading line",
            "Body text follows.",
            "Not a heading because it ends with a colon:",
            "Body text again.",
            "Two short lines",
            "in a row",
            "Body.",
            "Trailing short line",
        ]
    )
    document = from_plain_text(text, title="T")
    assert [(b.kind, b.text.text) for b in document.blocks] == [
        ("paragraph", "Lead paragraph that is long enough to be a paragraph."),
        ("heading", "A heading line"),
        ("paragraph", "Body text follows."),
        ("paragraph", "Not a heading because it ends with a colon:"),
        ("paragraph", "Body text again."),
        ("paragraph", "Two short lines"),
        ("heading", "in a row"),
        ("paragraph", "Body."),
        ("paragraph", "Trailing short line"),
    ]


def test_heading_punctuation_arabic_and_quotes():
    for line in ("هل ينجح المؤتمر؟", "قال الوزير: «نعم.»", "أولاً، ", "وبعد…", "كلمة؛"):
        document = from_plain_text(f"مقدمة طويلة.\n{line}\nنص الفقرة.", title="T")
        assert kinds(document) == ["paragraph", "paragraph", "paragraph"], line


def test_heading_too_long_or_too_many_words():
    many = " ".join(["word"] * 16)
    long = "x" * 121
    for line in (many, long):
        document = from_plain_text(f"Lead.\n{line}\nBody.", title="T")
        assert kinds(document) == ["paragraph"] * 3


def test_heading_before_list_and_table():
    document = from_plain_text(
        "Lead.\nKey points\n- a\n- b\nFacts\n| a | b |\n|---|---|\n| 1 | 2 |", "T"
    )
    assert kinds(document) == ["paragraph", "heading", "list", "heading", "table"]


def test_number_only_line_is_not_heading():
    document = from_plain_text("Lead.\n2024\nBody.", title="T")
    assert kinds(document) == ["paragraph"] * 3


# -- lists ------------------------------------------------------------------------------


def test_bullet_markers():
    document = from_plain_text("Lead.\n- a\n• b\n* c\n– d\n· e", title="T")
    assert kinds(document) == ["paragraph", "list"]
    assert [i.text for i in document.blocks[1].items] == ["a", "b", "c", "d", "e"]


def test_numbered_markers_western_and_arabic_indic():
    document = from_plain_text("Lead.\n1. one\n2) two\n١. ثلاثة\n٢) أربعة\n۵. five\n3- six", "T")
    (block,) = document.blocks[1:]
    assert isinstance(block, ListBlock) and block.ordered
    assert [i.text for i in block.items] == ["one", "two", "ثلاثة", "أربعة", "five", "six"]


def test_bullet_then_numbered_are_two_lists():
    document = from_plain_text("Lead.\n- a\n- b\n1. c\n2. d", title="T")
    assert [(b.kind, getattr(b, "ordered", None)) for b in document.blocks[1:]] == [
        ("list", False),
        ("list", True),
    ]


def test_not_list_items():
    for line in (
        "-no space",
        "2024. A year opened the line",
        "1.5 million people came.",
        "*emphasis*",
    ):
        document = from_plain_text(f"Lead.\n{line}\nBody.", title="T")
        assert "list" not in kinds(document), line


def test_list_across_blank_lines_is_one_list():
    document = from_plain_text("Lead.\n\n- a\n\n- b\n\n- c\n\nEnd.", title="T")
    assert kinds(document) == ["paragraph", "list", "paragraph"]
    assert len(document.blocks[1].items) == 3


# -- tables -----------------------------------------------------------------------------


def test_table_without_outer_pipes_and_alignment():
    document = from_plain_text("Lead.\na | b\n:--|--:\n1 | 2\n3 | 4", title="T")
    (table,) = document.blocks[1:]
    assert isinstance(table, TableBlock)
    assert [c.text for c in table.header] == ["a", "b"]
    assert [[c.text for c in row] for row in table.rows] == [["1", "2"], ["3", "4"]]


def test_table_escaped_pipe_and_ragged_rows():
    text = "| a | b | c |\n|---|---|---|\n| x \\| y | z |\n| 1 | 2 | 3 | 4 |"
    (table,) = from_plain_text(text, title="T").blocks
    assert [c.text for c in table.rows[0]] == ["x | y", "z", "", ""]
    assert table.width == 4  # the header grows to the widest row
    assert [c.text for c in table.header] == ["a", "b", "c", ""]
    assert [c.text for c in table.rows[1]] == ["1", "2", "3", "4"]


def test_table_without_delimiter_row_needs_outer_pipes():
    document = from_plain_text("| a | b |\n| 1 | 2 |", title="T")
    assert kinds(document) == ["table"]
    document = from_plain_text("Lead.\nParis | Reuters\nBody.", title="T")
    assert "table" not in kinds(document)
    assert "Paris | Reuters" in document.plain_text()


def test_table_header_only():
    (table,) = from_plain_text("| a | b |\n|---|---|", title="T").blocks
    assert table.rows == ()


# -- clean-up and wrapping --------------------------------------------------------------


def test_whitespace_normalised_and_zwnj_kept():
    text = "\ufeffLead\u00a0text\u200b here.\r\nمی\u200cخواهم  \t ok.\r\n"
    document = from_plain_text(text, title="T")
    assert texts(document.blocks) == ["Lead text here.", "می\u200cخواهم ok."]


def test_hard_wrapped_email():
    text = (
        "Summit opens in Rabat\n\n"
        "Delegates from forty countries arrived in Rabat on Monday for\n"
        "three days of talks on security cooperation and cybercrime,\n"
        "officials said.\n\n"
        "Background\n"
        "The assembly last met in Vienna, where members agreed on a new\n"
        "framework for sharing data.\n\n"
        "- first item that is long enough to wrap onto the next\n"
        "  line of the message\n"
        "- second item\n\n"
        "Closing paragraph.\n"
    )
    document = from_plain_text(text)
    assert document.title == "Summit opens in Rabat"
    assert kinds(document) == ["paragraph", "heading", "paragraph", "list", "paragraph"]
    assert document.blocks[0].text.text == (
        "Delegates from forty countries arrived in Rabat on Monday for three days of talks "
        "on security cooperation and cybercrime, officials said."
    )
    assert document.blocks[1].text.text == "Background"
    assert document.blocks[3].items[0].text == (
        "first item that is long enough to wrap onto the next line of the message"
    )


def test_bare_urls_become_links():
    (paragraph,) = from_plain_text("See https://example.org/a_(b). Done", title="T").blocks
    links = [run for run in paragraph.text.runs if run.href]
    assert [(r.text, r.href) for r in links] == [("https://example.org/a_(b)",) * 2]
    assert paragraph.text.text == "See https://example.org/a_(b). Done"


def test_empty_text_gives_empty_document():
    assert from_plain_text("").blocks == ()
    assert from_plain_text(" \n\u200b\n").blocks == ()


_NUMBER_MARKER = re.compile(r"^\s*[0-9٠-٩۰-۹]{1,3}[.)-]", re.MULTILINE)


@given(st.text())
def test_never_raises_and_keeps_words(text):
    plain = from_plain_text(text).plain_text()
    for word in re.findall(r"\w+", _NUMBER_MARKER.sub(" ", text)):
        assert word in plain


@given(
    st.lists(
        st.sampled_from(
            [
                "Lead text here.",
                "Short head",
                "- item",
                "1. one",
                "| a | b |",
                "|---|---|",
                "",
                "# T",
                "long " * 30,
            ]
        ),
        max_size=12,
    )
)
def test_never_raises_on_structured_lines(lines):
    document = from_plain_text("\n".join(lines))
    assert all(block.kind in {"paragraph", "heading", "list", "table"} for block in document.blocks)
