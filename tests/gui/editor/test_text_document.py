from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from desktop_app.core.document import Block, Heading, ListBlock, Paragraph, Quote
from desktop_app.core.inline import Inline, Run
from desktop_app.gui.editor.text_document import fill_document, read_document

ALPHABET = "abcXYZ éàمراكشالدورةحدث ٠١٢93.,:؛،!?()-«»"

runs = st.builds(
    Run,
    text=st.text(alphabet=ALPHABET, min_size=1, max_size=12),
    bold=st.booleans(),
    italic=st.booleans(),
    code=st.booleans(),
    href=st.one_of(st.none(), st.sampled_from(["https://example.org/a", "/relative", "mailto:x@y.z"])),
)
inlines = st.lists(runs, min_size=1, max_size=4).map(lambda rs: Inline(tuple(rs))).filter(bool)
blocks = st.one_of(
    st.builds(Paragraph, inlines),
    st.builds(Heading, inlines, st.integers(2, 4)),
    st.builds(Quote, st.lists(inlines, min_size=1, max_size=3).map(tuple)),
    st.builds(ListBlock, st.lists(inlines, min_size=1, max_size=4).map(tuple), st.booleans()),
)


def round_trip(items: tuple[Block, ...], direction: str = "rtl") -> tuple[Block, ...]:
    doc = QTextDocument()
    fill_document(doc, items, direction)
    return read_document(doc)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(blocks, max_size=8).map(tuple), st.sampled_from(["rtl", "ltr"]))
def test_round_trip_any_text_blocks(qapp, items: tuple[Block, ...], direction: str) -> None:
    assert round_trip(items, direction) == items


def test_round_trip_explicit(qapp) -> None:
    items = (
        Heading(Inline.plain("انطلاق الدورة 93"), 2),
        Paragraph(Inline((Run("مراكش "), Run("Interpol", bold=True, href="https://interpol.int"), Run(" ٢٠٢٥")))),
        Heading(Inline.plain("Sous-titre"), 4),
        Quote((Inline.plain("قال حموشي"), Inline((Run("code", code=True),)))),
        Quote((Inline.plain("another quote"),)),
        ListBlock((Inline.plain("واحد"), Inline.plain("two")), ordered=True),
        ListBlock((Inline.plain("bullet"),), ordered=False),
        Paragraph(Inline((Run("italic", italic=True), Run(" bold italic", bold=True, italic=True)))),
    )
    assert round_trip(items) == items


def test_heading_is_drawn_bold_but_not_marked_bold(qapp) -> None:
    doc = QTextDocument()
    fill_document(doc, (Heading(Inline.plain("عنوان"), 3),), "rtl")
    block = doc.firstBlock()
    assert block.blockFormat().headingLevel() == 3
    fragment = block.begin().fragment()
    assert fragment.charFormat().fontWeight() >= 700
    assert read_document(doc) == (Heading(Inline.plain("عنوان"), 3),)


def test_empty_document_and_blank_blocks(qapp) -> None:
    assert round_trip(()) == ()
    assert round_trip((Paragraph(Inline()), Paragraph(Inline.plain("x")))) == (Paragraph(Inline.plain("x")),)


def test_block_directions(qapp) -> None:
    doc = QTextDocument()
    items = (Paragraph(Inline.plain("مرحبا")), Paragraph(Inline.plain("Hello")), Paragraph(Inline.plain("10:00")))
    fill_document(doc, items, "rtl")
    first = doc.firstBlock()
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft
    assert first.next().textDirection() == Qt.LayoutDirection.LeftToRight
    assert first.next().next().textDirection() == Qt.LayoutDirection.RightToLeft
    fill_document(doc, items, "ltr")
    assert doc.lastBlock().textDirection() == Qt.LayoutDirection.LeftToRight
    assert doc.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
