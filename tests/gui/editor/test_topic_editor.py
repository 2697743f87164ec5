from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.core.document import TopicListBlock
from desktop_app.core.inline import Inline, Run
from desktop_app.gui.editor.topic_editor import TopicListEditor
from desktop_app.gui.editor.topic_model import retext

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "interpol-93-marrakech.txt"
ISSUES = tuple(line[2:] for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.startswith("- "))


def block_of(*texts: str, **kwargs) -> TopicListBlock:
    return TopicListBlock(tuple(Inline.plain(t) for t in texts), **kwargs)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make(qtbot, stack):
    def factory(block: TopicListBlock, direction: str = "rtl") -> TopicListEditor:
        editor = TopicListEditor(block, direction, stack)
        qtbot.addWidget(editor)
        editor.resize(520, 300)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return factory


def only(editor: TopicListEditor) -> TopicListBlock:
    (block,) = editor.blocks()
    assert isinstance(block, TopicListBlock)
    return block


def texts(editor: TopicListEditor) -> list[str]:
    return [item.text for item in only(editor).items]


def type_text(widget, text: str) -> None:
    # DESIGN.md decision 7: never keyClicks with Arabic.
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def open_editor(editor: TopicListEditor, row: int) -> QLineEdit:
    index = editor.topic_model.index(row)
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    widget = editor.view.indexWidget(index)
    assert isinstance(widget, QLineEdit)
    return widget


def press(widget, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, mods))


def test_sample_issues_round_trip(make):
    block = block_of(*ISSUES, title="قضايا", source_id=None)
    editor = make(block)
    assert editor.blocks() == (block,)
    assert len(ISSUES) == 5


def test_add_with_button_then_type_arabic_and_undo_redo(make, stack):
    editor = make(block_of(*ISSUES[:2], title="قضايا"))
    before = only(editor)
    editor.view.setCurrentIndex(editor.topic_model.index(1))
    editor.add_button.click()
    assert editor.topic_model.rowCount() == 3
    assert only(editor) == before  # a pending empty row is not content
    line = editor.view.indexWidget(editor.topic_model.index(2))
    assert isinstance(line, QLineEdit)
    type_text(line, "مراكش")
    press(line, Qt.Key.Key_Tab)  # commits and moves on
    after = only(editor)
    assert texts(editor) == [*ISSUES[:2], "مراكش"]
    assert stack.undoText() == "Add topic"
    stack.undo()
    assert only(editor) == before
    stack.redo()
    assert only(editor) == after


def test_enter_on_last_item_adds_below_and_empty_enter_leaves(make, qtbot, stack):
    editor = make(block_of("أ"))
    line = open_editor(editor, 0)
    type_text(line, "ب")  # the editor opens with its text selected: typing replaces it
    press(line, Qt.Key.Key_Return)
    assert texts(editor) == ["ب"]
    assert editor.topic_model.rowCount() == 2  # the new pending row, in edit
    new_line = editor.view.indexWidget(editor.topic_model.index(1))
    assert isinstance(new_line, QLineEdit)
    type_text(new_line, "ج")
    press(new_line, Qt.Key.Key_Return)
    assert texts(editor)[1] == "ج"
    empty = editor.view.indexWidget(editor.topic_model.index(2))
    assert isinstance(empty, QLineEdit)
    with qtbot.waitSignal(editor.leave_down, timeout=1000):
        press(empty, Qt.Key.Key_Return)
    qtbot.wait(1)
    assert editor.topic_model.rowCount() == 2


def test_insert_and_ctrl_enter_add_a_row_and_escape_discards_it(make, stack):
    editor = make(block_of("a", "b"))
    editor.view.setCurrentIndex(editor.topic_model.index(0))
    press(editor.view, Qt.Key.Key_Insert)
    assert editor.topic_model.rowCount() == 3
    line = editor.view.indexWidget(editor.topic_model.index(1))
    assert isinstance(line, QLineEdit)
    press(line, Qt.Key.Key_Escape)
    assert editor.topic_model.rowCount() == 2
    assert stack.count() == 0
    editor.view.setCurrentIndex(editor.topic_model.index(1))
    press(editor.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    line = editor.view.indexWidget(editor.topic_model.index(2))
    assert isinstance(line, QLineEdit)
    type_text(line, "c")
    press(line, Qt.Key.Key_Tab)
    assert texts(editor) == ["a", "b", "c"]
    # Enter on the last item (not editing) adds below it too; Enter elsewhere edits.
    editor.view.finish_editing()
    editor.view.setCurrentIndex(editor.topic_model.index(2))
    press(editor.view, Qt.Key.Key_Return)
    assert editor.topic_model.rowCount() == 4
    assert editor.topic_model.is_pending(3)
    editor.view.setCurrentIndex(editor.topic_model.index(0))
    assert editor.topic_model.rowCount() == 3  # leaving the empty row dropped it
    press(editor.view, Qt.Key.Key_Return)
    assert isinstance(editor.view.indexWidget(editor.topic_model.index(0)), QLineEdit)
    assert texts(editor) == ["a", "b", "c"]


def test_edit_in_place_keeps_marks_and_undoes(make, stack):
    bold = Inline((Run("تعزيز ", bold=True), Run("الأمن")))
    block = TopicListBlock((bold, Inline.plain("ثان")), title="ت")
    editor = make(block)
    line = open_editor(editor, 0)
    line.setText("تعزيز الأمن الدولي")
    press(line, Qt.Key.Key_Tab)
    edited = only(editor)
    assert edited.items[0] == Inline((Run("تعزيز ", bold=True), Run("الأمن الدولي")))
    assert stack.undoText() == "Edit topic"
    stack.undo()
    assert only(editor) == block
    stack.redo()
    assert only(editor) == edited


def test_typing_starts_editing(make):
    editor = make(block_of("old", "x"), "ltr")
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.topic_model.index(0))
    type_text(editor.view, "ن")
    line = editor.view.indexWidget(editor.topic_model.index(0))
    assert isinstance(line, QLineEdit)
    type_text(line, "ص")
    press(line, Qt.Key.Key_Tab)
    assert texts(editor)[0] == "نص"


def test_editing_to_empty_removes_the_item(make, stack):
    block = block_of("a", "b", "c")
    editor = make(block)
    line = open_editor(editor, 1)
    line.clear()
    press(line, Qt.Key.Key_Tab)
    assert texts(editor) == ["a", "c"]
    assert stack.undoText() == "Remove topic"
    stack.undo()
    assert only(editor) == block


def test_remove_multiselection_in_one_step(make, stack):
    block = block_of(*ISSUES)
    editor = make(block)
    selection = editor.view.selectionModel()
    for row in (0, 2, 4):
        selection.select(editor.topic_model.index(row), selection.SelectionFlag.Select)
    press(editor.view, Qt.Key.Key_Delete)
    assert texts(editor) == [ISSUES[1], ISSUES[3]]
    assert stack.count() == 1
    assert stack.undoText() == "Remove topic"
    stack.undo()
    assert only(editor) == block
    stack.redo()
    assert texts(editor) == [ISSUES[1], ISSUES[3]]
    editor.view.setCurrentIndex(editor.topic_model.index(0))
    editor.remove_button.click()
    assert texts(editor) == [ISSUES[3]]


def test_alt_up_down_reorder_with_undo(make, qtbot, stack):
    block = block_of("a", "b", "c")
    editor = make(block, "ltr")
    editor.view.setCurrentIndex(editor.topic_model.index(0))
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(editor) == ["b", "a", "c"]
    assert editor.view.currentIndex().row() == 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(editor) == ["b", "c", "a"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # already last
    assert stack.count() == 2
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(editor) == ["b", "a", "c"]
    assert stack.undoText() == "Move topic"
    stack.undo()
    stack.undo()
    stack.undo()
    assert only(editor) == block
    stack.redo()
    assert texts(editor) == ["b", "a", "c"]


def test_drag_and_drop_move_through_mime_data(make, stack):
    block = block_of("a", "b", "c", "d")
    editor = make(block)
    model = editor.topic_model
    mime = model.mimeData([model.index(0), model.index(2)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert texts(editor) == ["b", "d", "a", "c"]
    moved = only(editor)
    assert stack.count() == 1
    assert stack.undoText() == "Move topic"
    stack.undo()
    assert only(editor) == block
    stack.redo()
    assert only(editor) == moved
    # Onto an item lands before it; nothing gets removed.
    mime = model.mimeData([model.index(3)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, model.index(0))
    assert texts(editor) == ["c", "b", "d", "a"]


def test_drop_from_another_list_is_refused(make):
    one, two = make(block_of("a", "b")), make(block_of("x", "y"))
    mime = one.topic_model.mimeData([one.topic_model.index(0)])
    assert not two.topic_model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    two.topic_model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert texts(two) == ["x", "y"]


def test_rename_title_merges_typing_and_undoes(make, stack):
    block = block_of("a", title="")
    editor = make(block)
    editor.title_edit.setFocus()
    type_text(editor.title_edit, "أبرز القضايا")
    assert only(editor).title == "أبرز القضايا"
    assert stack.count() == 1
    assert stack.undoText() == "Rename topic list"
    stack.undo()
    assert only(editor) == block
    assert editor.title_edit.text() == ""
    stack.redo()
    assert editor.title_edit.text() == "أبرز القضايا"


def test_ordered_toggle(make, stack):
    block = block_of("a", "b")
    editor = make(block)
    assert not editor.ordered_button.isChecked()
    editor.ordered_button.click()
    assert only(editor).ordered
    assert stack.undoText() == "Number topics"
    assert editor.ordered_button.toolTip() == "Bullet topics"
    stack.undo()
    assert only(editor) == block
    assert not editor.ordered_button.isChecked()
    stack.redo()
    assert editor.ordered_button.isChecked()
    editor.ordered_button.click()
    assert stack.undoText() == "Bullet topics"


def test_changed_after_each_edit(make, qtbot, stack):
    editor = make(block_of("a", "b"))
    with qtbot.waitSignal(editor.changed, timeout=1000):
        editor.ordered_button.click()
    with qtbot.waitSignal(editor.changed, timeout=1000):
        stack.undo()


def test_leave_up_and_down(make, qtbot):
    editor = make(block_of("a", "b"))
    editor.focus_start()
    assert editor.view.currentIndex().row() == 0
    with qtbot.waitSignal(editor.leave_up, timeout=1000):
        qtbot.keyClick(editor.view, Qt.Key.Key_Up)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down)
    assert editor.view.currentIndex().row() == 1
    with qtbot.waitSignal(editor.leave_down, timeout=1000):
        qtbot.keyClick(editor.view, Qt.Key.Key_Down)
    editor.focus_end()
    assert editor.view.currentIndex().row() == 1
    with qtbot.waitSignal(editor.leave_up, timeout=1000):
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_Up)


def test_up_down_from_an_open_editor_navigates(make, qtbot):
    editor = make(block_of("a", "b"))
    line = open_editor(editor, 0)
    with qtbot.waitSignal(editor.leave_up, timeout=1000):
        press(line, Qt.Key.Key_Up)
    line = open_editor(editor, 0)
    press(line, Qt.Key.Key_Down)
    assert editor.view.currentIndex().row() == 1


def test_empty_items_are_dropped(make):
    block = TopicListBlock((Inline.plain("a"), Inline(), Inline.plain("  "), Inline.plain("b")), title="t",
                           ordered=True, source_id=3)
    editor = make(block)
    assert editor.blocks() == (TopicListBlock((Inline.plain("a"), Inline.plain("b")), title="t",
                                              ordered=True, source_id=3),)


def test_rtl_layout_puts_text_and_bullets_on_the_right(make):
    editor = make(block_of("نعم", "OK", "10:00"), "rtl")
    view, model = editor.view, editor.topic_model
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    right = Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0), Qt.ItemDataRole.TextAlignmentRole) & right
    assert not model.data(model.index(1), Qt.ItemDataRole.TextAlignmentRole) & right  # Latin item: left
    assert model.data(model.index(2), Qt.ItemDataRole.TextAlignmentRole) & right  # neutral: the article's
    rect = view.visualRect(model.index(0))
    marker, text = view.itemDelegate().split(rect)
    assert marker.left() > text.left()
    assert marker.right() == rect.right()
    # The short Arabic item is painted at the right half of the row.
    image = view.viewport().grab(rect).toImage()
    dark = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).lightness() < 128]
    assert dark and min(dark) > image.width() // 2

    editor.set_direction("ltr")
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    marker, text = view.itemDelegate().split(view.visualRect(model.index(0)))
    assert marker.left() < text.left()
    assert not model.data(model.index(2), Qt.ItemDataRole.TextAlignmentRole) & right


def test_view_grows_with_rows_without_scrollbar(make, qtbot):
    editor = make(block_of(*ISSUES))
    qtbot.wait(10)
    small = editor.view.sizeHint().height()
    editor.view.setCurrentIndex(editor.topic_model.index(4))
    for _ in range(3):
        press(editor.view, Qt.Key.Key_Insert)
        line = editor.view.indexWidget(editor.view.currentIndex())
        type_text(line, "بند")
        press(line, Qt.Key.Key_Tab)
    qtbot.wait(10)
    assert editor.view.sizeHint().height() > small
    assert editor.view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_banner_and_read_only_only_when_linked(make, stack):
    linked = make(block_of("a", source_id=12))
    assert linked.banner is not None and linked.banner.isVisible()
    assert not linked.add_button.isVisible() and linked.title_edit.isReadOnly()
    assert make(block_of("a")).banner is None
    editor = make(block_of("a"))
    line = open_editor(editor, 0)
    line.setText("b")
    press(line, Qt.Key.Key_Tab)
    assert only(editor) == block_of("b")
    assert stack.count() == 1


def test_retext_keeps_unchanged_marks():
    old = Inline((Run("a", bold=True), Run("bc"), Run("d", italic=True)))
    assert retext(old, "a") == Inline((Run("a", bold=True),))
    assert retext(old, "aXbcd") == Inline((Run("aX", bold=True), Run("bc"), Run("d", italic=True)))
    assert retext(Inline(), "x") == Inline.plain("x")
    assert retext(old, old.text) is old


def test_focus_start_and_end_on_an_empty_list(make, qtbot):
    editor = make(block_of(title="عنوان"))
    editor.focus_start()
    qtbot.waitUntil(lambda: editor.title_edit.hasFocus())
    assert editor.title_edit.cursorPosition() == 0
    editor.focus_end()
    assert editor.title_edit.cursorPosition() == len("عنوان")
    with qtbot.waitSignal(editor.leave_down, timeout=1000):
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_Down)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)  # Enter in the title starts the first topic
    assert editor.topic_model.is_pending(0)
