"""The lazy article column: placeholders stand in for block widgets until they are needed."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from desktop_app.core.document import Heading, Paragraph, TableBlock
from desktop_app.core.inline import Inline
from desktop_app.gui.editor.column import ArticleColumn
from desktop_app.gui.editor.placeholder import BlockPlaceholder
from desktop_app.gui.editor.table_editor import TableBlockEditor
from desktop_app.gui.editor.text_editor import TextBlocksEditor


def long_article(sections: int = 60) -> tuple:
    blocks: list = []
    for number in range(sections):
        blocks.append(Heading(Inline.plain(f"القسم {number}"), level=2))
        blocks += [Paragraph(Inline.plain(f"فقرة {number} " + "كلمة " * 120)) for _ in range(3)]
        header = (Inline.plain("الوقت"), Inline.plain("الجلسة"))
        blocks.append(TableBlock(header, rows=((Inline.plain(f"{number}:00"), Inline.plain("افتتاح")),)))
    return tuple(blocks)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def column(qtbot, stack):
    blocks = long_article()
    widget = ArticleColumn(blocks, "rtl", stack)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def placeholders(column: ArticleColumn) -> list[int]:
    return [i for i, slot in enumerate(column.slots()) if isinstance(slot, BlockPlaceholder)]


def text_placeholder(column: ArticleColumn) -> int:
    """The index of a placeholder whose first group (the one `materialise` builds) is prose.
    A placeholder stands for a run of groups: when the first run starts with a table, build
    that table, and the rest of the run, starting with prose, follows it."""
    index = placeholders(column)[0]
    if not column.slots()[index].is_text():
        column.materialise(index)
        index += 1
    assert isinstance(column.slots()[index], BlockPlaceholder) and column.slots()[index].is_text()
    return index


def test_long_article_opens_with_placeholders_and_exact_blocks(column):
    settle()
    assert placeholders(column), "a long article must not build every widget up front"
    assert isinstance(column.slots()[0], TextBlocksEditor)
    # The model is whole before anything below the fold is built: autosave and export use it.
    assert column.blocks() == long_article()


def test_placeholders_take_no_room_of_their_own(column):
    settle()
    slots = column.slots()
    for upper, lower in itertools.pairwise(slots):
        assert upper.geometry().bottom() < lower.geometry().top()
    assert all(slot.height() > 0 for slot in slots if isinstance(slot, BlockPlaceholder))


def test_scrolling_builds_what_comes_into_view(column, qtbot):
    settle()
    # One placeholder stands for a run of groups and building splits it, so count what is built.
    before = len(column.slots()) - len(placeholders(column))
    bar = column.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: len(column.slots()) - len(placeholders(column)) > before)
    top, bottom = bar.value(), bar.value() + column.viewport().height()
    for slot in column.slots():
        if slot.y() < bottom and slot.y() + slot.height() > top:
            assert not isinstance(slot, BlockPlaceholder)
    assert column.blocks() == long_article()


def test_down_arrow_into_a_placeholder_builds_it(column, stack):
    settle()
    index = placeholders(column)[0]
    above = column.materialise(index - 1)
    above.focus_end()
    above.leave_down.emit()
    assert not isinstance(column.slots()[index], BlockPlaceholder)
    assert column.blocks() == long_article()


def test_up_arrow_at_the_top_of_a_built_editor_enters_the_placeholder_above(column):
    settle()
    # One placeholder stands for a whole run of groups: take one with a built editor below it.
    slots = column.slots()
    index = next(i for i in placeholders(column) if i + 1 < len(slots))
    lower = column.materialise(index + 1)
    lower.leave_up.emit()
    # The run's last group is built, right above the editor the cursor left.
    assert not isinstance(column.slots()[column.slots().index(lower) - 1], BlockPlaceholder)
    assert column.blocks() == long_article()


def test_undo_reaches_an_editor_built_late(column, stack):
    settle()
    index = text_placeholder(column)
    editor = column.materialise(index)
    assert isinstance(editor, TextBlocksEditor)
    editor.focus_end()
    for char in "تم":
        QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))
    assert column.blocks() != long_article()
    # Build everything else, then undo: the typed text goes from the very same widget.
    column.editors()
    assert not placeholders(column)
    while stack.canUndo():
        stack.undo()
    assert column.slots()[index] is editor
    assert column.blocks() == long_article()


def test_insert_table_after_a_late_editor_and_undo(column, stack):
    settle()
    index = text_placeholder(column)
    editor = column.materialise(index)
    editor.focus_end()
    column._current = editor
    count = len(column.slots())
    table = column.insert_block(TableBlock((Inline.plain("أ"),), rows=((Inline(),),)))
    assert isinstance(table, TableBlockEditor) and column.slots()[index + 1] is table
    assert len(column.slots()) == count + 1
    stack.undo()
    assert column.blocks() == long_article()
    assert len(column.slots()) == count


def test_editors_builds_every_widget(column):
    editors = column.editors()
    assert not placeholders(column)
    assert not any(isinstance(e, BlockPlaceholder) for e in editors)
    assert column.blocks() == long_article()


def test_cursor_state_round_trips_through_a_fresh_column(column, qtbot, stack):
    settle()
    index = text_placeholder(column)
    editor = column.materialise(index)
    cursor = editor.textCursor()
    cursor.setPosition(25)
    editor.setTextCursor(cursor)
    column._current = editor
    state = column.cursor_state()
    again = ArticleColumn(long_article(), "rtl", QUndoStack())
    qtbot.addWidget(again)
    again.resize(800, 600)
    again.show()
    qtbot.waitExposed(again)
    assert again.restore_cursor(state)
    restored = again.current_editor()
    assert isinstance(restored, TextBlocksEditor)
    assert again.slots().index(restored) == index
    assert restored.textCursor().position() == 25

    def cursor_in_view() -> bool:
        spot = restored.viewport().mapTo(again.viewport(), restored.cursorRect().center())
        return again.viewport().rect().contains(spot)

    qtbot.waitUntil(cursor_in_view)


def test_cursor_state_of_nowhere_is_refused(column):
    assert not column.restore_cursor("99999;text;3")
    assert not column.restore_cursor("not a place")


def test_table_and_topic_editors_load_only_when_built(tmp_path):
    """An article of prose opens without importing the item-view editors."""
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    import desktop_app.gui.editor.column as column_module

    assert TableBlockEditor.__module__ == column_module._TABLE_MODULE
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication
        from desktop_app.core.document import Paragraph, TableBlock
        from desktop_app.core.inline import Inline
        from desktop_app.gui.editor.column import ArticleColumn
        app = QApplication([])
        stack = QUndoStack()
        prose = [Paragraph(Inline.plain("فقرة " * 50)) for _ in range(150)]  # one tall editor
        table = TableBlock((Inline.plain("أ"),), ((Inline.plain("ب"),),))
        column = ArticleColumn(prose + [table], "rtl", stack)
        assert column.placeholder_count() == 1  # the table, far below the first screens
        assert column.blocks()[-1] == table
        loaded = lambda: sorted(m for m in sys.modules if m.endswith(("table_editor", "topic_editor")))
        print(loaded())
        column.editors()  # builds the table far below: now the module loads
        print(loaded())
        """
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.strip().splitlines()
    assert before == "[]"
    assert after == "['desktop_app.gui.editor.table_editor']"


def test_column_in_a_visible_parent_builds_its_first_screen_then_the_rest(qtbot, stack):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    host.resize(700, 300)
    QVBoxLayout(host)
    host.show()
    qtbot.waitExposed(host)
    column = ArticleColumn(long_article(), "rtl", stack, host)
    # Only the groups that start within the host's 300 pixels are built up front (the
    # first text and the table under it), not the 2,400 pixels of a column without one.
    assert isinstance(column.slots()[0], TextBlocksEditor)
    assert len(column.slots()) - len(placeholders(column)) <= 2
    alone = ArticleColumn(long_article(), "rtl", QUndoStack())
    qtbot.addWidget(alone)
    assert len(alone.slots()) - len(placeholders(alone)) > 2
    host.layout().addWidget(column)
    settle()
    qtbot.waitUntil(lambda: column._painted)
    settle()
    # Painted: nothing the viewport shows is a placeholder, and the next screen is built.
    top = column.verticalScrollBar().value()
    reach = top + 2 * column.viewport().height()
    for slot in column.slots():
        if slot.y() < reach and slot.y() + slot.height() > top:
            assert not isinstance(slot, BlockPlaceholder)
    assert column.blocks() == long_article()
