from __future__ import annotations

import pytest

from desktop_app.core.document import (
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    TableBlock,
    TopicListBlock,
    block_text,
    document_from_json,
    document_to_json,
)
from desktop_app.core.inline import Inline, Run


def test_inline_normalises_runs():
    text = Inline((Run("مر"), Run(""), Run("اكش"), Run(" 93", bold=True)))
    assert text.runs == (Run("مراكش"), Run(" 93", bold=True))
    assert text == Inline((Run("مراكش"), Run(" 93", bold=True)))
    assert text.text == "مراكش 93"


def test_inline_strip_crosses_runs():
    text = Inline((Run("  "), Run(" a", italic=True), Run("b  ")))
    assert text.strip() == Inline((Run("a", italic=True), Run("b")))


def test_table_pads_ragged_rows_and_folds_surplus():
    header = (Inline.plain("A"), Inline.plain("B"))
    table = TableBlock(header, rows=((Inline.plain("1"),), tuple(Inline.plain(c) for c in "xyz")))
    assert table.rows[0] == (Inline.plain("1"), Inline())
    assert table.rows[1] == (Inline.plain("x"), Inline.plain("y z"))


def test_table_needs_a_column():
    with pytest.raises(ValueError):
        TableBlock(header=())


def test_heading_levels_are_bounded():
    with pytest.raises(ValueError):
        Heading(Inline.plain("x"), level=1)


def test_json_round_trip_keeps_every_block_kind():
    document = Document(
        title="انطلاق الدورة 93",
        blocks=(
            Heading(Inline.plain("عنوان"), level=3),
            Paragraph(Inline((Run("حموشي "), Run("Interpol", bold=True, href="https://x.org")))),
            Quote((Inline.plain("قال"), Inline((Run("code", code=True),)))),
            ListBlock((Inline.plain("أ"), Inline.plain("ب")), ordered=True),
            TableBlock((Inline.plain("العنوان"), Inline.plain("التفاصيل")),
                       ((Inline.plain("موقع"), Inline.plain("مراكش")),), source_id=4),
            TopicListBlock((Inline.plain("قضية"),), title="قضايا", ordered=False, source_id=2),
        ),
    )
    assert document_from_json(document_to_json(document)) == document


def test_block_text_of_table():
    table = TableBlock((Inline.plain("a"), Inline.plain("b")), ((Inline.plain("1"), Inline.plain("2")),))
    assert block_text(table) == "a | b\n1 | 2"
