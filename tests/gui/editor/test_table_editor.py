from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle

from desktop_app.core.document import TableBlock
from desktop_app.core.inline import Inline, Run
from desktop_app.gui.editor import table_grid as tg
from desktop_app.gui.editor.table_editor import TableBlockEditor
from desktop_app.gui.editor.table_paste import cells_from_clipboard

P = Inline.plain


def fact_table(source_id: int | None = None) -> TableBlock:
    # Unlinked unless asked: a table linked to the event's is read-only (test_linked_blocks.py).
    return TableBlock(
        header=(P("العنوان"), P("التفاصيل")),
        rows=(
            (P("موقع الحدث"), Inline((Run("مدينة "), Run("مراكش", bold=True), Run("، المملكة المغربية.")))),
            (P("مدة الدورة"), P("من 24 حتى 27 نونبر الجاري.")),
            (P("أبرز القضايا"), P("الجريمة العابرة للحدود.")),
        ),
        source_id=source_id,
    )


def texts(editor: TableBlockEditor) -> list[list[str]]:
    return [[cell.text for cell in row] for row in editor.model().grid()]


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make(qtbot, stack):
    def build(block: TableBlock | None = None, direction: str = "rtl") -> TableBlockEditor:
        editor = TableBlockEditor(block or fact_table(), direction, stack)
        qtbot.addWidget(editor)
        editor.resize(600, 300)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return build


def press(widget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, text: str = "") -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))


def cell_editor(editor: TableBlockEditor) -> QLineEdit | None:
    """The open cell editor (focus is unreliable offscreen, so ask the delegate)."""
    return editor.view().itemDelegate().editor


def type_text(editor: TableBlockEditor, text: str) -> None:
    # DESIGN.md fact 7: never qtbot.keyClicks with Arabic. The first key reaches the
    # view, which opens the cell editor and forwards it; the rest go to that editor.
    for ch in text:
        press(cell_editor(editor) or editor.view(), Qt.Key.Key_unknown, text=ch)


# --- layout and direction -------------------------------------------------------------


@pytest.mark.parametrize("direction", ["rtl", "ltr"])
def test_first_column_on_the_start_side(make, direction):
    editor = make(direction=direction)
    view, model = editor.view(), editor.model()
    first = view.visualRect(model.index(0, 0))
    second = view.visualRect(model.index(0, 1))
    expected = Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
    assert view.layoutDirection() == expected
    if direction == "rtl":
        assert first.left() > second.left()
    else:
        assert first.left() < second.left()


def test_set_direction_mirrors_columns(make):
    editor = make(direction="ltr")
    editor.set_direction("rtl")
    view, model = editor.view(), editor.model()
    assert view.visualRect(model.index(0, 0)).left() > view.visualRect(model.index(0, 1)).left()


def _visual_side(view, index) -> Qt.AlignmentFlag:
    alignment = Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole))
    visual = QStyle.visualAlignment(view.layoutDirection(), alignment)
    return visual & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)


@pytest.mark.parametrize("direction", ["rtl", "ltr"])
def test_cell_alignment_follows_its_own_text(make, direction):
    block = TableBlock(header=(P("الوقت"), P("Session")), rows=((P("١٠:٠٠"), P("10:00")),))
    editor = make(block, direction)
    view, model = editor.view(), editor.model()
    right, left = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft
    assert _visual_side(view, model.index(0, 0)) == right  # Arabic, whatever the article
    assert _visual_side(view, model.index(0, 1)) == left  # Latin, whatever the article
    neutral = right if direction == "rtl" else left  # times take the article's direction
    assert _visual_side(view, model.index(1, 0)) == neutral
    assert _visual_side(view, model.index(1, 1)) == neutral
    assert model.cell_direction(1, 1) == direction


def test_header_row_is_styled(make):
    editor = make()
    model = editor.model()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None


def test_height_fits_rows_without_vertical_scrollbar(make):
    editor = make()
    view = editor.view()
    rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    assert view.height() >= rows
    assert view.verticalScrollBar().maximum() == 0
    before = view.height()
    editor.set_current_cell(3, 0)
    editor.insert_row_below()
    assert view.height() > before


# --- blocks and cell edits ---------------------------------------------------------------


def test_blocks_keep_source_id_and_marks(make):
    editor = make(fact_table(source_id=7))
    assert editor.blocks() == (fact_table(source_id=7),)
    assert make().blocks() == (fact_table(),)


def test_set_data_edits_and_undoes(make, stack, qtbot):
    editor = make()
    model = editor.model()
    with qtbot.waitSignal(editor.changed):
        assert model.setData(model.index(1, 1), "مدينة الرباط")
    assert editor.blocks()[0].rows[0][1] == P("مدينة الرباط")
    assert stack.undoText() == "Edit cell"
    stack.undo()
    assert editor.blocks() == (fact_table(),)
    stack.redo()
    assert editor.blocks()[0].rows[0][1] == P("مدينة الرباط")


def test_same_text_is_not_an_edit(make, stack):
    editor = make()
    model = editor.model()
    assert not model.setData(model.index(1, 1), model.index(1, 1).data())
    assert stack.count() == 0
    assert editor.blocks() == (fact_table(),)


def test_consecutive_edits_of_one_cell_merge(make, stack):
    editor = make()
    model = editor.model()
    model.setData(model.index(2, 1), "أ")
    model.setData(model.index(2, 1), "أب")
    assert stack.count() == 1
    model.setData(model.index(3, 1), "x")
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_typing_arabic_through_the_delegate(make, stack):
    editor = make()
    view = editor.view()
    editor.set_current_cell(2, 0)
    view.setFocus()
    type_text(editor, "مراكش ١٠:٠٠")
    line_edit = cell_editor(editor)
    assert isinstance(line_edit, QLineEdit)
    assert line_edit.text() == "مراكش ١٠:٠٠"
    press(line_edit, Qt.Key.Key_Return)
    # Typing replaces the cell (spreadsheet style); Enter commits and goes to the next row.
    assert texts(editor)[2][0] == "مراكش ١٠:٠٠"
    assert editor.current_cell() == (3, 0)
    assert stack.undoText() == "Edit cell"
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_editing_header_row(make):
    editor = make()
    model = editor.model()
    model.setData(model.index(0, 1), "Details")
    assert editor.blocks()[0].header == (P("العنوان"), P("Details"))


# --- keyboard ------------------------------------------------------------------------------


def test_tab_and_backtab_wrap_rows(make):
    editor = make()
    view = editor.view()
    editor.set_current_cell(0, 0)
    press(view, Qt.Key.Key_Tab)
    assert editor.current_cell() == (0, 1)
    press(view, Qt.Key.Key_Tab)
    assert editor.current_cell() == (1, 0)
    press(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.current_cell() == (0, 1)


def test_tab_in_last_cell_adds_a_row(make, stack):
    editor = make()
    editor.focus_end()
    press(editor.view(), Qt.Key.Key_Tab)
    assert editor.model().rowCount() == 5
    assert editor.current_cell() == (4, 0)
    assert stack.undoText() == "Insert row"
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_tab_while_editing_commits_and_moves(make):
    editor = make()
    view = editor.view()
    editor.set_current_cell(1, 0)
    view.setFocus()
    type_text(editor, "مكان")
    press(cell_editor(editor), Qt.Key.Key_Tab)
    assert texts(editor)[1][0] == "مكان"
    assert editor.current_cell() == (1, 1)


def test_enter_on_last_row_adds_a_row(make, stack):
    editor = make()
    view = editor.view()
    editor.set_current_cell(1, 1)
    press(view, Qt.Key.Key_Return)
    assert editor.current_cell() == (2, 0)
    assert editor.model().rowCount() == 4
    editor.set_current_cell(3, 1)
    press(view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert editor.model().rowCount() == 5
    assert editor.current_cell() == (4, 0)
    assert texts(editor)[4] == ["", ""]
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_ctrl_enter_inserts_row_below(make, stack):
    editor = make()
    editor.set_current_cell(1, 1)
    press(editor.view(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert texts(editor)[2] == ["", ""]
    assert texts(editor)[3][0] == "مدة الدورة"
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_alt_up_down_move_rows(make, stack):
    editor = make()
    view = editor.view()
    editor.set_current_cell(3, 1)
    press(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [row[0] for row in texts(editor)] == ["العنوان", "موقع الحدث", "أبرز القضايا", "مدة الدورة"]
    assert editor.current_cell() == (2, 1)
    press(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    press(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # the header stays on top
    assert [row[0] for row in texts(editor)] == ["العنوان", "أبرز القضايا", "موقع الحدث", "مدة الدورة"]
    press(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.current_cell() == (2, 1)
    assert stack.count() == 3
    assert stack.undoText() == "Move row"
    for _ in range(3):
        stack.undo()
    assert editor.blocks() == (fact_table(),)


@pytest.mark.parametrize(("direction", "key", "expected"), [
    ("ltr", Qt.Key.Key_Right, ["التفاصيل", "العنوان"]),
    ("rtl", Qt.Key.Key_Left, ["التفاصيل", "العنوان"]),
    ("rtl", Qt.Key.Key_Right, ["العنوان", "التفاصيل"]),  # already at the start
])
def test_alt_shift_arrows_move_columns_on_screen(make, stack, direction, key, expected):
    editor = make(direction=direction)
    editor.set_current_cell(1, 0)
    press(editor.view(), key, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert texts(editor)[0] == expected
    if expected[0] != "العنوان":
        assert editor.current_cell() == (1, 1)
        assert stack.undoText() == "Move column"
        stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_leave_signals(make, qtbot):
    editor = make()
    view = editor.view()
    editor.set_current_cell(0, 1)
    with qtbot.waitSignal(editor.leave_up):
        press(view, Qt.Key.Key_Up)
    editor.set_current_cell(3, 0)
    with qtbot.waitSignal(editor.leave_down):
        press(view, Qt.Key.Key_Down)
    editor.set_current_cell(1, 0)
    with qtbot.assertNotEmitted(editor.leave_up), qtbot.assertNotEmitted(editor.leave_down):
        press(view, Qt.Key.Key_Up)
    assert editor.current_cell() == (0, 0)


def test_focus_start_and_end(make):
    editor = make()
    editor.focus_end()
    assert editor.current_cell() == (3, 1)
    editor.focus_start()
    assert editor.current_cell() == (0, 0)


# --- rows and columns --------------------------------------------------------------------------


def test_multi_row_delete_is_one_undo_step(make, stack):
    editor = make()
    view, model = editor.view(), editor.model()
    editor.set_current_cell(1, 0)
    view.selectionModel().select(model.index(3, 0), view.selectionModel().SelectionFlag.Select)
    press(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [row[0] for row in texts(editor)] == ["العنوان", "مدة الدورة"]
    assert stack.count() == 1
    assert stack.undoText() == "Delete 2 rows"
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_header_row_is_never_deleted(make, stack):
    editor = make()
    editor.set_current_cell(0, 0)
    assert not editor.delete_rows()
    assert stack.count() == 0


def test_column_insert_delete_and_last_column_refused(make, stack):
    editor = make()
    editor.set_current_cell(1, 0)
    editor.insert_column_after()
    assert texts(editor)[0] == ["العنوان", "", "التفاصيل"]
    assert editor.current_cell() == (1, 1)
    editor.insert_column_before()
    assert texts(editor)[0] == ["العنوان", "", "", "التفاصيل"]
    assert editor.delete_column()
    assert editor.delete_column()
    assert editor.delete_column()
    assert editor.model().columnCount() == 1
    assert not editor.delete_column()  # the table keeps one column
    assert editor.model().columnCount() == 1
    while stack.canUndo():
        stack.undo()
    assert editor.blocks() == (fact_table(),)
    while stack.canRedo():
        stack.redo()
    assert editor.model().columnCount() == 1


def test_insert_row_above_and_clear_cells(make, stack):
    editor = make()
    editor.set_current_cell(2, 1)
    editor.insert_row_above()
    assert texts(editor)[2] == ["", ""]
    assert texts(editor)[3][0] == "مدة الدورة"
    editor.set_current_cell(1, 1)
    press(editor.view(), Qt.Key.Key_Delete)
    assert texts(editor)[1] == ["موقع الحدث", ""]
    assert stack.undoText() == "Clear cells"
    stack.undo()
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_context_menu_items(make):
    editor = make()
    editor.set_current_cell(1, 0)
    menu = editor.context_menu()
    actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert list(actions) == [
        "Insert row above", "Insert row below", "Delete 1 row", "Move row up", "Move row down",
        "Insert column before", "Insert column after", "Delete column", "Move column before",
        "Move column after", "Paste",
    ]
    assert not actions["Move row up"].isEnabled()  # row 1 cannot go above the header
    assert not actions["Move column before"].isEnabled()
    actions["Move row down"].trigger()
    assert [row[0] for row in texts(editor)][1:3] == ["مدة الدورة", "موقع الحدث"]
    menu.deleteLater()


# --- paste ------------------------------------------------------------------------------------


def set_clipboard(text: str | None = None, html: str | None = None) -> None:
    mime = QMimeData()
    if text is not None:
        mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


def test_paste_tsv_grows_the_table(make, stack):
    editor = make()
    editor.set_current_cell(3, 1)
    set_clipboard("أ\tب\tج\n10:00\t\"x\ty\"\tz\n")
    press(editor.view(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    grid = texts(editor)
    assert len(grid) == 5 and len(grid[0]) == 4
    assert grid[3] == ["أبرز القضايا", "أ", "ب", "ج"]
    assert grid[4] == ["", "10:00", "x\ty", "z"]
    assert stack.count() == 1 and stack.undoText() == "Paste cells"
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_paste_markdown_table_includes_its_header_row(make, stack):
    editor = make()
    editor.set_current_cell(1, 0)
    set_clipboard("| الوقت | الجلسة |\n|---|---|\n| ٠٩:٠٠ | **الافتتاح** |\n")
    assert editor.paste()
    grid = editor.model().grid()
    assert [c.text for c in grid[1]] == ["الوقت", "الجلسة"]
    assert grid[2][1] == Inline((Run("الافتتاح", bold=True),))
    assert grid[3][0].text == "أبرز القضايا"  # untouched rows stay
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_paste_plain_pipe_table(make):
    editor = make()
    editor.set_current_cell(3, 0)
    set_clipboard("| a | b |\n| c | d |")
    assert editor.paste()
    assert texts(editor)[3:] == [["a", "b"], ["c", "d"]]


def test_paste_html_table(make, stack):
    editor = make()
    editor.set_current_cell(2, 0)
    html = (
        "<table><tr><th>القاعة</th><th>المتحدث</th></tr>"
        "<tr><td>A</td><td><a href='https://example.org'>Jürgen Stock</a></td></tr></table>"
    )
    set_clipboard("ignored", html)
    press(editor.view(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    grid = editor.model().grid()
    assert [c.text for c in grid[2]] == ["القاعة", "المتحدث"]
    assert grid[3][1] == Inline((Run("Jürgen Stock", href="https://example.org"),))
    assert stack.count() == 1
    stack.undo()
    assert editor.blocks() == (fact_table(),)


def test_paste_cells_parser_fallbacks():
    assert cells_from_clipboard(None, "") == []
    assert cells_from_clipboard(None, "one\ntwo\n") == [[P("one")], [P("two")]]
    assert cells_from_clipboard("<p>no table</p>", "a\tb") == [[P("a"), P("b")]]


def test_grid_paste_keeps_cells_outside_the_rectangle():
    grid = tg.grid_of(TableBlock(header=(P("h1"), P("h2"), P("h3"))))
    pasted = tg.paste(grid, 1, 1, [[P("x")]])
    assert [[c.text for c in row] for row in pasted] == [["h1", "h2", "h3"], ["", "x", ""]]


def test_table_keys_beat_window_shortcuts(qtbot, stack):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    editor = TableBlockEditor(fact_table(), "rtl", stack, window)
    QVBoxLayout(window).addWidget(editor)
    window_paste = QAction(window)
    window_paste.setShortcut(QKeySequence.StandardKey.Paste)
    window.addAction(window_paste)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    editor.focus_end()
    set_clipboard("a\tb")
    with qtbot.assertNotEmitted(window_paste.triggered):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert texts(editor)[3] == ["أبرز القضايا", "a", "b"]


# --- undo while a cell editor is open -------------------------------------------------------

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_z_in_open_cell_first_reverts_its_uncommitted_text(make, stack):
    editor = make()
    editor.set_current_cell(1, 0)
    editor.view().setFocus()
    type_text(editor, "مكان")
    line_edit = cell_editor(editor)
    assert line_edit is not None and line_edit.text() == "مكان"
    press(line_edit, Qt.Key.Key_Z, CTRL)
    # The cell's stored text is back in the still-open editor; the stack was not touched.
    assert cell_editor(editor) is line_edit
    assert line_edit.text() == "موقع الحدث"
    assert stack.count() == 0
    press(line_edit, Qt.Key.Key_Z, CTRL_SHIFT)
    assert line_edit.text() == "مكان"
    press(line_edit, Qt.Key.Key_Return)
    assert texts(editor)[1][0] == "مكان"
    assert stack.count() == 1


def test_ctrl_z_in_unchanged_cell_closes_it_and_undoes_the_article(make, stack):
    editor = make()
    editor.set_current_cell(1, 0)
    editor.view().setFocus()
    type_text(editor, "مكان")
    press(cell_editor(editor), Qt.Key.Key_Tab)
    assert texts(editor)[1][0] == "مكان"
    # Open the next cell without changing it (F2), then undo: the editor closes and the
    # article's last step (the committed cell) is undone.
    press(editor.view(), Qt.Key.Key_F2)
    line_edit = cell_editor(editor)
    assert line_edit is not None
    press(line_edit, Qt.Key.Key_Z, CTRL)
    assert editor.view().state() != editor.view().State.EditingState
    assert editor.blocks() == (fact_table(),)
    assert stack.index() == 0
    editor.set_current_cell(2, 1)
    press(editor.view(), Qt.Key.Key_F2)
    press(cell_editor(editor), Qt.Key.Key_Y, CTRL)
    assert texts(editor)[1][0] == "مكان"
    assert stack.index() == 1


def test_redo_with_fresh_uncommitted_text_keeps_it(make, stack):
    editor = make()
    editor.set_current_cell(1, 0)
    editor.view().setFocus()
    type_text(editor, "أ")
    press(cell_editor(editor), Qt.Key.Key_Return)
    stack.undo()
    type_text(editor, "ب")
    line_edit = cell_editor(editor)
    press(line_edit, Qt.Key.Key_Z, CTRL_SHIFT)
    # Fresh typing ends the redo history, as in the prose: the redo is not replayed under it.
    assert line_edit.text() == "ب"
    assert texts(editor)[1][0] == "موقع الحدث"
    press(line_edit, Qt.Key.Key_Z, CTRL)
    press(line_edit, Qt.Key.Key_Z, CTRL)
    # A revert, then an undo with nothing left uncommitted: the stack is at its start.
    assert cell_editor(editor) is None or editor.view().state() != editor.view().State.EditingState
    assert stack.index() == 0


def test_ctrl_z_in_open_cell_beats_the_window_undo_shortcut(qtbot, stack):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    editor = TableBlockEditor(fact_table(), "rtl", stack, window)
    QVBoxLayout(window).addWidget(editor)
    window_undo = QAction(window)
    window_undo.setShortcut(QKeySequence.StandardKey.Undo)
    window.addAction(window_undo)
    window.show()
    window.activateWindow()
    # Shortcuts only match in the active window: wait for it, or the test proves nothing.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.set_current_cell(1, 0)
    editor.view().setFocus()
    type_text(editor, "مكان")
    line_edit = cell_editor(editor)
    assert line_edit is not None
    line_edit.setFocus()
    with qtbot.assertNotEmitted(window_undo.triggered):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Z, CTRL)
    assert line_edit.text() == "موقع الحدث"
    assert stack.count() == 0


def test_f2_edits_the_cell_rather_than_a_window_f2_shortcut(qtbot, stack):
    # The main window binds F2 to Rename article; in a table F2 is the key to edit a cell.
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    editor = TableBlockEditor(fact_table(), "rtl", stack, window)
    QVBoxLayout(window).addWidget(editor)
    window_f2 = QAction(window)
    window_f2.setShortcut(QKeySequence("F2"))
    window.addAction(window_f2)
    window.show()
    window.activateWindow()
    # Shortcuts only match in the active window: wait for it, or the test proves nothing.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.set_current_cell(2, 1)
    editor.view().setFocus()
    with qtbot.assertNotEmitted(window_f2.triggered):
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_F2)
    line_edit = cell_editor(editor)
    assert isinstance(line_edit, QLineEdit)
    assert line_edit.text() == "من 24 حتى 27 نونبر الجاري."
