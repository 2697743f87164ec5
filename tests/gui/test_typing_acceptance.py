"""Acceptance: a reporter recreates the sample article in the real window, key by key.

Arabic text goes in as one QKeyEvent per character to the widget that has focus (DESIGN.md
fact 7: qtbot.keyClicks aborts on it). Named keys (Ctrl+N, Enter, Tab, Down, F2, Ctrl+V)
go through QTest to the window, so shortcut overrides and window shortcuts take part the
way they do for a real keyboard. Where the keys land is never forced: each step asserts
which widget the previous key left focused.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desktop_app.core.codecs.markdown_out import to_markdown
from desktop_app.core.codecs.plaintext_in import from_plain_text
from desktop_app.core.document import Document, Heading, ListBlock, Paragraph, TableBlock
from desktop_app.gui.editor.table_editor import TableBlockEditor
from desktop_app.gui.editor.text_editor import TextBlocksEditor
from desktop_app.gui.main_window import MainWindow
from desktop_app.store.articles import get_article

from .conftest import TITLE

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier

# The fact table as a web page would hand it to the clipboard: styles, a caption-less
# <thead>, entities and whitespace between cells.
FACT_TABLE_HTML = """<html><head><meta charset="utf-8"></head><body>
<!--StartFragment--><table dir="rtl" class="wp-block-table" style="border-collapse: collapse">
<thead><tr><th style="text-align:right">العنوان</th> <th style="text-align:right">التفاصيل</th></tr></thead>
<tbody>
<tr><td>موقع الحدث</td> <td>مدينة مراكش،&nbsp;المملكة المغربية.</td></tr>
<tr><td>مدة الدورة</td> <td>من 24 حتى 27 نونبر الجاري.</td></tr>
<tr><td>أبرز القضايا</td>
    <td>الجريمة العابرة للحدود، الجريمة السيبرانية، تعزيز حضور المرأة في الشرطة.</td></tr>
<tr><td>أهمية الحدث</td> <td>تطوير التعاون الأمني والمؤسسي عالميًا.</td></tr>
</tbody></table><!--EndFragment-->
</body></html>"""


@pytest.fixture
def arabic_window(qtbot, database, isolated_settings) -> Iterator[MainWindow]:
    # An Arabic-language window makes new articles right-to-left, as our reporters' are.
    win = MainWindow(database, "ar")
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    win.activateWindow()
    # Keys go where focus is, so the window must really be the active one.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    yield win
    win.autosaver.shutdown()


class Reporter:
    """Types like a person at the keyboard: into whatever widget has focus."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for char in text:
            target = self.focused()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, NONE, char))

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        QTest.keyClick(self.window.windowHandle(), key, modifiers)

    def line(self, text: str) -> None:
        self.type(text)
        self.press(Qt.Key.Key_Return)

    def text_editor(self) -> TextBlocksEditor:
        widget = self.focused()
        assert isinstance(widget, TextBlocksEditor), f"focus is on {widget!r}, not the prose"
        return widget

    def table(self) -> TableBlockEditor:
        node: QWidget | None = self.focused()
        while node is not None and not isinstance(node, TableBlockEditor):
            node = node.parentWidget()
        assert node is not None, f"focus is on {self.focused()!r}, not a table"
        return node


@dataclass(frozen=True)
class Wire:
    """The sample's lines by role: what the reporter reads off the wire copy to retype."""

    lead: str
    sections: list[tuple[str, str]]  # (sub-heading, paragraph)
    items: list[str]  # with their `- `
    rows: list[list[str]]  # header first
    closing: str


def read_wire(sample_text: str) -> Wire:
    lines = [line.strip() for line in sample_text.strip().splitlines()]
    table = [line for line in lines if line.startswith("|") and "---" not in line]
    return Wire(
        lead=lines[0],
        sections=list(zip(lines[1:7:2], lines[2:7:2], strict=True)),
        items=[line for line in lines if line.startswith("- ")],
        rows=[[cell.strip() for cell in line.strip("|").split("|")] for line in table],
        closing=lines[-1],
    )


def test_reporter_types_the_sample_article(arabic_window, sample_text):
    window = arabic_window
    reporter = Reporter(window)
    wire = read_wire(sample_text)
    started = time.perf_counter()

    # Ctrl+N: a new article, the title field focused with its placeholder title selected.
    reporter.press(Qt.Key.Key_N, CTRL)
    assert window.record is not None and window.column is not None
    article_id = window.record.id
    assert reporter.focused() is window.ui.titleEdit
    reporter.line(TITLE)
    # The reporter clicks into the empty page.
    first = window.column.editors()[0]
    assert isinstance(first, TextBlocksEditor)
    QTest.mouseClick(first.viewport(), Qt.MouseButton.LeftButton)
    assert reporter.text_editor() is first

    reporter.line(wire.lead)
    for heading, paragraph in wire.sections:
        reporter.type("## ")  # the Markdown shortcut turns the empty paragraph into a heading
        reporter.line(heading)  # Enter at the end of a heading opens a plain paragraph
        reporter.line(paragraph)
    # `- ` starts the list; Enter continues it, and typing `- ` again out of habit is
    # taken as the item's marker, not as text.
    for item in wire.items:
        reporter.line(item)
    reporter.press(Qt.Key.Key_Return)  # Enter on the empty item ends the list
    prose = reporter.text_editor()
    last = prose.blocks()[-1]
    assert isinstance(last, ListBlock) and len(last.items) == len(wire.items)
    assert prose.textCursor().block().textList() is None

    # Insert > Table: a two-column table (placeholder header, one empty row) after the text.
    assert window.ui.actionInsertTable in window.ui.menuInsert.actions()
    window.ui.actionInsertTable.trigger()
    table = reporter.table()
    assert table.current_cell() == (0, 0)
    rows = wire.rows
    for number, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            reporter.type(cell)  # the first letter opens the cell editor, replacing the cell
            assert isinstance(reporter.focused(), QLineEdit)
            if (number, column) != (len(rows) - 1, len(cells) - 1):
                reporter.press(Qt.Key.Key_Tab)  # commits; Tab in the last cell adds a row
    reporter.press(Qt.Key.Key_Down)  # commits the last cell and leaves the table downwards
    closing = reporter.text_editor()
    assert closing is window.column.editors()[-1]
    reporter.type(wire.closing)

    assert window.autosaver.flush()
    elapsed = time.perf_counter() - started

    expected = from_plain_text(sample_text)
    stored = get_article(window.db, article_id).document
    assert stored.title == TITLE
    assert len(stored.blocks) == len(expected.blocks)
    for number, (got, want) in enumerate(zip(stored.blocks, expected.blocks, strict=True)):
        assert got == want, f"block {number} differs"
    assert stored.blocks == expected.blocks
    assert [type(b) for b in stored.blocks] == [
        Paragraph, Heading, Paragraph, Heading, Paragraph, Heading, Paragraph, ListBlock, TableBlock, Paragraph,
    ]
    assert to_markdown(stored) == to_markdown(replace(expected, title=stored.title))
    assert [type(e) for e in window.column.editors()] == [TextBlocksEditor, TableBlockEditor, TextBlocksEditor]
    assert elapsed < 20


def test_pasting_the_fact_table_html_into_an_empty_cell(arabic_window, sample_text):
    window = arabic_window
    reporter = Reporter(window)
    reporter.press(Qt.Key.Key_N, CTRL)
    assert window.record is not None and window.column is not None
    article_id = window.record.id
    window.column.focus_start()
    window.ui.actionInsertTable.trigger()
    table = reporter.table()
    # Empty the first cell (F2, select all, delete), then paste into it while editing.
    reporter.press(Qt.Key.Key_F2)
    assert isinstance(reporter.focused(), QLineEdit)
    reporter.press(Qt.Key.Key_A, CTRL)
    reporter.press(Qt.Key.Key_Backspace)
    assert reporter.focused().text() == ""  # type: ignore[attr-defined]
    mime = QMimeData()
    mime.setHtml(FACT_TABLE_HTML)
    mime.setText("العنوان\tالتفاصيل")  # what a browser puts beside it; the HTML must win
    QApplication.clipboard().setMimeData(mime)
    reporter.press(Qt.Key.Key_V, CTRL)

    (expected,) = [b for b in from_plain_text(sample_text).blocks if isinstance(b, TableBlock)]
    assert table.blocks() == (expected,)
    assert window.autosaver.flush()
    stored = get_article(window.db, article_id).document
    assert stored.blocks == (expected,)
    assert to_markdown(stored) == to_markdown(Document(title=stored.title, blocks=(expected,)))
