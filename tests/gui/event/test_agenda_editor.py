from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox
from shiboken6 import Shiboken
from sqlalchemy import update

from desktop_app.core.document import Document
from desktop_app.gui.event.agenda_editor import AgendaTableEditor
from desktop_app.gui.event.agenda_model import MARK_ROLE
from desktop_app.gui.event.csv_import_dialog import CsvImportDialog
from desktop_app.store import agenda
from desktop_app.store.articles import NewArticle, create_article
from desktop_app.store.database import Database
from desktop_app.store.models import AgendaRow
from tests.gui.event.conftest import EVENT_TITLE

ROWS = [
    ["11:00", "الجريمة السيبرانية", "د. فالديسي", "25 نونبر"],
    ["09:00", "افتتاح الدورة", "حموشي", "24 نونبر"],
    ["10:00", "رئاسة الجلسة", "", "24 نونبر"],
]


@pytest.fixture
def articles(database: Database, event_id: int) -> list[int]:
    return [
        create_article(database, NewArticle(Document(title=title), event_title=EVENT_TITLE))
        for title in ("افتتاح أشغال الدورة", "حصيلة اليوم الأول")
    ]


@pytest.fixture
def programme(database: Database, event_id: int, articles: list[int]) -> int:
    table_id = agenda.create_table(
        database,
        "البرنامج",
        event_id=event_id,
        columns=[("الوقت", "time"), "الجلسة", ("المتحدث", "person"), ("اليوم", "date")],
        rows=ROWS,
    )
    agenda.link_row(database, agenda.get_table(database, table_id).rows[0].id, articles[0])
    return table_id


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def editor(qtbot, database: Database, programme: int, stack: QUndoStack) -> AgendaTableEditor:
    widget = AgendaTableEditor(database, stack)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.set_table(programme)
    return widget


@pytest.fixture
def changes(editor: AgendaTableEditor) -> list[int]:
    seen: list[int] = []
    editor.table_changed.connect(seen.append)
    return seen


class Boxes:
    """Every message box shown, answered with `answer` (Yes unless a test says No)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def last(self) -> tuple[str, str]:
        return self.shown[-1]


@pytest.fixture
def messages(monkeypatch) -> Boxes:
    boxes = Boxes()

    def box(kind: str) -> Callable[..., Any]:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            boxes.shown.append((kind, text))
            return boxes.answer

        return show

    for kind in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box(kind)))
    return boxes


def state(db: Database, table_id: int) -> tuple[Any, Any] | None:
    try:
        return agenda.get_table(db, table_id), agenda.row_articles(db, table_id)
    except agenda.NotFoundError:
        return None


def column(db: Database, table_id: int, index: int = 1) -> list[str]:
    return agenda.get_table(db, table_id).column_texts(index)


def check_undo_redo(
    editor: AgendaTableEditor, stack: QUndoStack, table_id: int, before: Any, changes: list[int]
) -> None:
    """The last action undoes to `before` and redoes to what it made, store and view alike,
    each step announced by table_changed."""
    db = editor.db
    after = state(db, table_id)
    assert after != before
    seen = len(changes)
    stack.undo()
    assert state(db, table_id) == before
    assert changes[seen:] == [table_id]
    if before is not None and editor.table_id() == table_id:
        assert editor.model.record() == before[0]
    stack.redo()
    assert state(db, table_id) == after
    assert changes[seen:] == [table_id, table_id]
    if after is not None and editor.table_id() == table_id:
        assert editor.model.record() == after[0]


def select_rows(editor: AgendaTableEditor, rows: list[int]) -> None:
    view = editor.ui.tableView
    view.setCurrentIndex(editor.model.index(rows[0], 0))
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            editor.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def type_text(widget: Any, text: str) -> None:
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )


# --- showing ---------------------------------------------------------------------------


def test_shows_the_table_right_to_left(editor, database, programme):
    assert editor.model.rowCount() == 3 and editor.model.columnCount() == 4
    assert editor.model.record() == agenda.get_table(database, programme)
    assert editor.ui.tableView.layoutDirection() == Qt.LayoutDirection.RightToLeft  # ar_MA coverage
    assert editor.ui.tableView.isVisible() and not editor.ui.emptyLabel.isVisible()
    assert "البرنامج" in editor.ui.titleLabel.text()
    assert "3 row" in editor.ui.statusLabel.text() and "1 of 3 sessions covered" in editor.ui.statusLabel.text()
    editor.set_table(None)
    assert editor.model.rowCount() == 0 and editor.ui.emptyLabel.isVisible()
    assert not editor.ui.actionAddRow.isEnabled()


def test_an_unknown_table_says_so(editor):
    editor.set_table(999)
    assert editor.table_id() is None and "999" in editor.ui.emptyLabel.text()


def test_marks_are_shown(editor, database, programme):
    assert editor.model.index(0, 3).data(MARK_ROLE) is None
    rows = agenda.get_table(database, programme).rows
    editor.edit_cell(rows[0].id, agenda.get_table(database, programme).columns[3].id, "30 نونبر")
    assert editor.model.index(0, 3).data(MARK_ROLE) == "outside_event_dates"
    assert "1 cell" in editor.ui.statusLabel.text()
    editor.undo_stack.undo()
    assert editor.model.index(0, 3).data(MARK_ROLE) is None


# --- cells -----------------------------------------------------------------------------


def test_typing_arabic_in_a_cell_is_one_undoable_set_cell(qtbot, editor, database, programme, stack, changes):
    before = state(database, programme)
    view = editor.ui.tableView
    index = editor.model.index(2, 2)
    view.setCurrentIndex(index)
    view.edit(index)
    line = editor._delegate.editor
    assert isinstance(line, QLineEdit)
    type_text(line, "عبد اللطيف")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stack.count() == 1)  # the delegate commits on its next turn
    assert column(database, programme, 2)[2] == "عبد اللطيف"
    assert stack.count() == 1 and stack.undoText() == "Edit cell" and changes == [programme]
    check_undo_redo(editor, stack, programme, before, changes)


def test_clear_cells(editor, database, programme, stack, changes):
    before = state(database, programme)
    select_rows(editor, [1])
    editor.ui.actionClearCells.trigger()
    assert agenda.get_table(database, programme).rows[1].cells == ("", "", "", "")
    assert stack.count() == 1
    check_undo_redo(editor, stack, programme, before, changes)


def test_an_edit_the_store_refuses_shows_why_and_changes_nothing(editor, database, programme, stack, messages):
    rows = agenda.get_table(database, programme).rows
    agenda.remove_rows(database, programme, [rows[1].id])  # behind the editor's back
    before = state(database, programme)
    assert not editor.model.setData(editor.model.index(1, 1), "جديد")
    assert messages.shown and messages.last()[0] == "warning" and str(rows[1].id) in messages.last()[1]
    assert state(database, programme) == before and stack.count() == 0
    assert editor.model.rowCount() == 2  # the editor now shows what the store holds


# --- rows ------------------------------------------------------------------------------


def test_add_row_below_the_current_one(editor, database, programme, stack, changes):
    before = state(database, programme)
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 1))
    editor.ui.actionAddRow.trigger()
    record = agenda.get_table(database, programme)
    assert len(record.rows) == 4 and record.rows[1].cells == ("", "", "", "")
    assert editor.ui.tableView.currentIndex().row() == 1 and editor.ui.tableView.currentIndex().column() == 1
    check_undo_redo(editor, stack, programme, before, changes)
    assert agenda.get_table(database, programme).rows[1].id == record.rows[1].id  # redo keeps the id


def test_remove_selected_rows_and_undo_brings_coverage_back(editor, database, programme, stack, changes, articles):
    before = state(database, programme)
    select_rows(editor, [0, 2])
    assert editor.selected_rows() == [0, 2]
    editor.ui.actionRemoveRows.trigger()
    assert column(database, programme) == ["افتتاح الدورة"]
    assert stack.undoText() == "Remove 2 row(s)" or stack.undoText().startswith("Remove 2 row")
    check_undo_redo(editor, stack, programme, before, changes)
    stack.undo()
    first = agenda.get_table(database, programme).rows[0].id
    assert agenda.row_articles(database, programme)[first] == (articles[0],)
    assert editor.model.articles(0) == (articles[0],)


def test_move_rows_up_and_down(editor, database, programme, stack, changes):
    before = state(database, programme)
    select_rows(editor, [2])
    editor.ui.actionMoveUp.trigger()
    assert column(database, programme) == ["الجريمة السيبرانية", "رئاسة الجلسة", "افتتاح الدورة"]
    assert editor.selected_rows() == [1]  # the selection follows the row
    check_undo_redo(editor, stack, programme, before, changes)
    select_rows(editor, [0, 1])
    middle = state(database, programme)
    editor.ui.actionMoveDown.trigger()
    assert column(database, programme) == ["افتتاح الدورة", "الجريمة السيبرانية", "رئاسة الجلسة"]
    check_undo_redo(editor, stack, programme, middle, changes)


def test_keyboard_shortcuts(qtbot, editor, database, programme, stack):
    view = editor.ui.tableView
    editor.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(editor.model.index(2, 1))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert column(database, programme)[1] == "رئاسة الجلسة"
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(agenda.get_table(database, programme).rows) == 4
    assert stack.count() == 2
    # "Earlier" points right on screen in an Arabic table.
    assert editor.ui.actionMoveColumnEarlier.shortcut().toString() == "Alt+Shift+Right"
    assert editor.ui.actionRemoveRows.shortcut().toString() == "Ctrl+Shift+Del"


def test_drag_rows(qtbot, editor, database, programme, stack, changes):
    before = state(database, programme)
    model = editor.model
    data = model.mimeData([model.index(0, 0), model.index(1, 2)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert column(database, programme) == ["رئاسة الجلسة", "الجريمة السيبرانية", "افتتاح الدورة"]
    check_undo_redo(editor, stack, programme, before, changes)


def test_generated_rows_cannot_be_edited_or_removed_but_move(editor, database, programme, stack, messages):
    rows = agenda.get_table(database, programme).rows
    with database.session() as session:
        session.execute(update(AgendaRow).where(AgendaRow.id == rows[1].id).values(field="organizer"))
    editor.set_table(programme)
    before = state(database, programme)
    assert not editor.model.setData(editor.model.index(1, 1), "تغيير")
    select_rows(editor, [0, 1])
    assert not editor.ui.actionRemoveRows.isEnabled()
    editor.remove_selected_rows()  # the key press the disabled action would have swallowed
    assert messages.last()[0] == "warning" and "event's details" in messages.last()[1]
    assert state(database, programme) == before
    select_rows(editor, [1])
    editor.ui.actionClearCells.trigger()
    assert state(database, programme) == before
    editor.ui.actionMoveUp.trigger()
    assert agenda.get_table(database, programme).rows[0].id == rows[1].id
    assert agenda.get_table(database, programme).rows[0].field == "organizer"
    stack.undo()
    assert state(database, programme) == before


# --- columns ---------------------------------------------------------------------------


def test_add_column_after_the_current_one(editor, database, programme, stack, changes, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("القاعة", True)))
    before = state(database, programme)
    editor.ui.tableView.setCurrentIndex(editor.model.index(1, 1))
    editor.ui.actionAddColumn.trigger()
    record = agenda.get_table(database, programme)
    assert [c.header for c in record.columns] == ["الوقت", "الجلسة", "القاعة", "المتحدث", "اليوم"]
    assert editor.model.columnCount() == 5 and editor.current_column() == 2
    check_undo_redo(editor, stack, programme, before, changes)


def test_cancelled_dialogs_change_nothing(editor, database, programme, stack, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("x", False)))
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 1))
    before = state(database, programme)
    editor.ui.actionAddColumn.trigger()
    editor.ui.actionRenameColumn.trigger()
    assert state(database, programme) == before and stack.count() == 0


def test_rename_column_by_double_clicking_its_header(qtbot, editor, database, programme, stack, changes, monkeypatch):
    asked: list[str] = []

    def answer(parent, title, label, echo=None, text=""):
        asked.append(text)
        return "الموضوع", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    before = state(database, programme)
    header = editor.ui.tableView.horizontalHeader()
    header.sectionClicked.emit(1)  # a double-click starts with a click: it must not sort
    header.sectionDoubleClicked.emit(1)
    assert asked == ["الجلسة"]
    assert agenda.get_table(database, programme).columns[1].header == "الموضوع"
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    assert stack.count() == 1 and column(database, programme) == [row[1] for row in ROWS]
    check_undo_redo(editor, stack, programme, before, changes)


def test_set_column_kind(editor, database, programme, stack, changes):
    before = state(database, programme)
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 1))
    editor.editor_actions.kind_actions["time"].trigger()
    assert agenda.get_table(database, programme).columns[1].kind == "time"
    assert editor.model.index(0, 1).data(MARK_ROLE) == "not_a_time"
    check_undo_redo(editor, stack, programme, before, changes)
    stack.undo()
    assert editor.model.index(0, 1).data(MARK_ROLE) is None
    assert editor.editor_actions.kind_actions["text"].isChecked()


def test_move_column_earlier_and_later(editor, database, programme, stack, changes):
    before = state(database, programme)
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 1))
    assert editor.ui.actionMoveColumnEarlier.isEnabled() and editor.ui.actionMoveColumnLater.isEnabled()
    editor.ui.actionMoveColumnLater.trigger()
    assert [c.header for c in agenda.get_table(database, programme).columns][1:3] == ["المتحدث", "الجلسة"]
    assert editor.current_column() == 2  # the current cell stays in the moved column
    check_undo_redo(editor, stack, programme, before, changes)
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 0))
    assert not editor.ui.actionMoveColumnEarlier.isEnabled()
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 1))
    editor.ui.actionMoveColumnEarlier.trigger()
    assert agenda.get_table(database, programme).columns[0].header == "المتحدث"


def test_remove_column_asks_when_it_holds_text(editor, database, programme, stack, changes, messages):
    before = state(database, programme)
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 2))
    messages.answer = QMessageBox.StandardButton.No
    editor.ui.actionRemoveColumn.trigger()
    assert messages.last()[0] == "question" and "المتحدث" in messages.last()[1]
    assert state(database, programme) == before
    messages.answer = QMessageBox.StandardButton.Yes
    editor.ui.actionRemoveColumn.trigger()
    assert [c.header for c in agenda.get_table(database, programme).columns] == ["الوقت", "الجلسة", "اليوم"]
    check_undo_redo(editor, stack, programme, before, changes)
    stack.undo()
    assert column(database, programme, 2) == ["د. فالديسي", "حموشي", ""]


def test_an_empty_column_goes_without_asking(editor, database, programme, stack, messages):
    agenda.add_column(database, programme, "فارغ")
    editor.set_table(programme)
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 4))
    editor.ui.actionRemoveColumn.trigger()
    assert messages.shown == [] and editor.model.columnCount() == 4


def test_the_last_column_stays(qtbot, database, event_id, stack, messages):
    table_id = agenda.create_table(database, "عمود", event_id=event_id, columns=["أ"], rows=[["ب"]])
    widget = AgendaTableEditor(database, stack)
    qtbot.addWidget(widget)
    widget.set_table(table_id)
    widget.ui.tableView.setCurrentIndex(widget.model.index(0, 0))
    assert not widget.ui.actionRemoveColumn.isEnabled()
    before = state(database, table_id)
    assert not widget.remove_column(0)
    assert messages.last()[0] == "warning" and "last column" in messages.last()[1]
    assert state(database, table_id) == before and stack.count() == 0


# --- sorting ---------------------------------------------------------------------------


def test_sort_by_clicking_the_header(qtbot, editor, database, programme, stack, changes):
    before = state(database, programme)
    header = editor.ui.tableView.horizontalHeader()
    header.sectionClicked.emit(0)
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert column(database, programme, 0) == ["09:00", "10:00", "11:00"]
    assert header.isSortIndicatorShown() and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    header.sectionClicked.emit(0)  # again: descending
    qtbot.waitUntil(lambda: stack.count() == 2)
    assert column(database, programme, 0) == ["11:00", "10:00", "09:00"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    stack.undo()
    assert column(database, programme, 0) == ["09:00", "10:00", "11:00"]
    stack.undo()
    assert state(database, programme) == before


def test_sort_from_the_menu_and_undo(editor, database, programme, stack, changes):
    before = state(database, programme)
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 3))
    editor.ui.actionSortDescending.trigger()  # already in that order: nothing to undo
    assert state(database, programme) == before and stack.count() == 0
    editor.ui.actionSortAscending.trigger()
    assert column(database, programme, 3) == ["24 نونبر", "24 نونبر", "25 نونبر"]
    assert column(database, programme, 1) == ["افتتاح الدورة", "رئاسة الجلسة", "الجريمة السيبرانية"]  # ties kept
    check_undo_redo(editor, stack, programme, before, changes)


def test_ignoring_al_when_sorting_arabic(editor, database, programme, stack):
    assert editor.ui.ignoreArticleCheck.isChecked()
    editor.sort_by(1)
    assert column(database, programme) == ["افتتاح الدورة", "الجريمة السيبرانية", "رئاسة الجلسة"]  # ج before ر
    editor.ui.ignoreArticleCheck.setChecked(False)
    editor.sort_by(1, descending=True)
    editor.sort_by(1)
    assert column(database, programme) == ["افتتاح الدورة", "الجريمة السيبرانية", "رئاسة الجلسة"]
    agenda.set_cell(database, agenda.get_table(database, programme).rows[2].id,
                    agenda.get_table(database, programme).columns[1].id, "بيان ختامي")
    editor.set_table(programme)
    editor.sort_by(1)
    assert column(database, programme) == ["افتتاح الدورة", "الجريمة السيبرانية", "بيان ختامي"]  # ا before ب
    editor.ui.ignoreArticleCheck.setChecked(True)
    editor.sort_by(1)
    assert column(database, programme) == ["افتتاح الدورة", "بيان ختامي", "الجريمة السيبرانية"]  # ب before ج


@pytest.mark.parametrize(("index", "descending", "strip"), [(0, False, True), (0, True, True), (1, False, True),
                                                             (1, True, False), (2, False, True), (3, True, True)])
def test_the_editors_sort_is_the_stores(database, programme, editor, stack, index, descending, strip):
    rows = [["١٠:٣٠", "الندوة", "بن علي", "25 نونبر"], ["", "ندوة", "Stock", ""], ["x", "الإعلام", "أحمد", "غدا"],
            ["09:00", "رئاسة الجلسة", "حموشي", "24 نونبر"]]
    agenda.add_rows(database, programme, rows)
    editor.set_table(programme)
    editor.ui.ignoreArticleCheck.setChecked(strip)
    editor.sort_by(index, descending)
    ours = [row.id for row in agenda.get_table(database, programme).rows]
    stack.undo()
    column_id = agenda.get_table(database, programme).columns[index].id
    assert agenda.sort_table(database, programme, column_id, descending=descending, strip_article=strip) == ours


# --- coverage --------------------------------------------------------------------------


def test_covered_by_menu(editor, database, programme, stack, changes, articles):
    before = state(database, programme)
    editor.ui.tableView.setCurrentIndex(editor.model.index(1, 0))
    editor.editor_actions.fill_cover_menu()
    actions = [a for a in editor.editor_actions.cover_menu.actions() if a.isCheckable()]
    assert sorted(a.text() for a in actions) == sorted(["افتتاح أشغال الدورة", "حصيلة اليوم الأول"])
    assert not any(a.isChecked() for a in actions)
    assert editor.model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is None
    next(a for a in actions if a.text() == "حصيلة اليوم الأول").trigger()
    row_id = agenda.get_table(database, programme).rows[1].id
    assert agenda.row_articles(database, programme)[row_id] == (articles[1],)
    assert editor.model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is not None
    assert "حصيلة اليوم الأول" in editor.model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "2 of 3 sessions covered" in editor.ui.statusLabel.text()
    check_undo_redo(editor, stack, programme, before, changes)
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 0))
    editor.editor_actions.fill_cover_menu()
    covered = next(a for a in editor.editor_actions.cover_menu.actions() if a.text() == "افتتاح أشغال الدورة")
    assert covered.isChecked()
    covered.trigger()  # unticking unlinks
    assert agenda.row_articles(database, programme)[agenda.get_table(database, programme).rows[0].id] == ()


def test_covered_by_without_articles(qtbot, database, stack):
    from desktop_app.store.events import create_event

    event_id = create_event(database, "معرض الكتاب", language="ar")
    table_id = agenda.create_table(database, "ج", event_id=event_id, columns=["أ"], rows=[["ب"]])
    widget = AgendaTableEditor(database, stack)
    qtbot.addWidget(widget)
    widget.set_table(table_id)
    widget.ui.tableView.setCurrentIndex(widget.model.index(0, 0))
    widget.editor_actions.fill_cover_menu()
    (only,) = widget.editor_actions.cover_menu.actions()
    assert "no articles" in only.text() and not only.isEnabled()


# --- import, paste, export -------------------------------------------------------------


def _import(monkeypatch, path: Path, accept: bool = True) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    code = QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected
    monkeypatch.setattr(CsvImportDialog, "exec", lambda self: code)


def test_import_csv_into_this_table(editor, database, programme, stack, changes, monkeypatch, tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("الوقت;الجلسة;المتحدث;اليوم\n14:00;ختام الدورة;حموشي;27 نونبر\n15:00;ندوة صحفية;;\n",
                    encoding="utf-8")
    _import(monkeypatch, path)
    before = state(database, programme)
    editor.ui.actionImportInto.trigger()
    assert column(database, programme) == [row[1] for row in ROWS] + ["ختام الدورة", "ندوة صحفية"]
    assert stack.count() == 1 and len(changes) == 1
    check_undo_redo(editor, stack, programme, before, changes)


def test_import_cancelled_changes_nothing(editor, database, programme, stack, monkeypatch, tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("a,b,c,d\n", encoding="utf-8")
    _import(monkeypatch, path, accept=False)
    before = state(database, programme)
    editor.ui.actionImportInto.trigger()
    assert state(database, programme) == before and stack.count() == 0


def test_import_of_another_width_offers_a_new_table(editor, database, programme, event_id, stack, changes,
                                                    monkeypatch, tmp_path, messages):
    path = tmp_path / "المتحدثون.csv"
    path.write_text("الاسم,الصفة\nحموشي,المدير العام\nStock,Secretary General\n", encoding="utf-8")
    _import(monkeypatch, path)
    messages.answer = QMessageBox.StandardButton.No
    before = state(database, programme)
    editor.ui.actionImportInto.trigger()
    assert "2 columns" in messages.last()[1] and "4" in messages.last()[1]
    assert state(database, programme) == before and len(agenda.list_tables(database, event_id=event_id)) == 1
    messages.answer = QMessageBox.StandardButton.Yes
    editor.ui.actionImportInto.trigger()
    tables = agenda.list_tables(database, event_id=event_id)
    assert len(tables) == 2 and tables[1].title == "المتحدثون" and tables[1].row_count == 2
    assert editor.table_id() == tables[1].id and changes == [tables[1].id]
    assert state(database, programme) == before
    stack.undo()  # the new table goes, the editor goes back to the programme
    assert len(agenda.list_tables(database, event_id=event_id)) == 1 and editor.table_id() == programme
    stack.redo()
    assert agenda.get_table(database, tables[1].id).column_texts(0) == ["حموشي", "Stock"]
    assert editor.table_id() == tables[1].id


def test_import_as_a_new_table_guesses_column_kinds(editor, database, event_id, stack, monkeypatch, tmp_path):
    path = tmp_path / "اليوم الثاني.tsv"
    path.write_text("الوقت\tالجلسة\tاليوم\n09:00\tافتتاح\t25 نونبر\n10h30\tندوة\t25/11/2025\n", encoding="utf-8")
    _import(monkeypatch, path)
    editor.ui.actionImportNew.trigger()
    record = agenda.get_table(database, editor.table_id())
    assert record.title == "اليوم الثاني"
    assert [(c.header, c.kind) for c in record.columns] == [("الوقت", "time"), ("الجلسة", "text"), ("اليوم", "date")]
    assert editor.model.rowCount() == 2


def _clipboard(text: str = "", html: str | None = None) -> None:
    data = QMimeData()
    data.setText(text)
    if html is not None:
        data.setHtml(html)
    QApplication.clipboard().setMimeData(data)


def test_paste_a_markdown_table_of_the_same_width(editor, database, programme, stack, changes):
    _clipboard("| الوقت | الجلسة | المتحدث | اليوم |\n|---|---|---|---|\n| 16:00 | ختام | حموشي | 27 نونبر |\n")
    before = state(database, programme)
    editor.ui.actionPasteTable.trigger()
    assert agenda.get_table(database, programme).rows[3].cells == ("16:00", "ختام", "حموشي", "27 نونبر")
    assert editor.ui.tableView.currentIndex().row() == 3
    check_undo_redo(editor, stack, programme, before, changes)


def test_paste_an_html_table_of_another_width_as_a_new_table(editor, database, programme, event_id, stack,
                                                              messages):
    html = ("<table><tr><th>الاسم</th><th>الصفة</th></tr><tr><td>حموشي</td><td><b>المدير</b> العام</td></tr>"
            "</table>")
    _clipboard("الاسم الصفة", html)
    before = state(database, programme)
    editor.ui.actionPasteTable.trigger()
    assert messages.last()[0] == "question"
    tables = agenda.list_tables(database, event_id=event_id)
    assert len(tables) == 2
    assert agenda.get_table(database, tables[1].id).rows[0].cells == ("حموشي", "المدير العام")
    assert state(database, programme) == before
    stack.undo()
    assert len(agenda.list_tables(database, event_id=event_id)) == 1


def test_paste_without_a_table(editor, database, programme, stack, messages):
    _clipboard("نص عادي بلا جدول")
    before = state(database, programme)
    editor.ui.actionPasteTable.trigger()
    assert messages.last()[0] == "information" and "no table" in messages.last()[1]
    assert state(database, programme) == before and stack.count() == 0


def test_menus_and_paste_speak_arabic(qapp, qtbot, database, programme, stack, messages):
    """The menus' and the paste's strings are looked up in their own classes' contexts
    (AgendaEditorActions, AgendaImportExport): the Arabic catalogue has them there."""
    from desktop_app.app import install_translations

    try:
        install_translations(qapp, "ar")
        widget = AgendaTableEditor(database, stack)
        qtbot.addWidget(widget)
        assert widget.editor_actions.kind_menu.title() == "نوع العمود"
        widget.editor_actions.fill_cover_menu()
        (only,) = widget.editor_actions.cover_menu.actions()
        assert only.text() == "اختر صفًا أولًا"
        widget.set_table(programme)
        _clipboard("نص عادي بلا جدول")
        assert not widget.paste_table()
        assert messages.last()[1].startswith("لا تحوي الحافظة جدولًا")
    finally:
        install_translations(qapp, "en")


def test_paste_into_an_event_without_tables_creates_one(qtbot, database, event_id, stack):
    widget = AgendaTableEditor(database, stack)
    qtbot.addWidget(widget)
    widget.set_event(event_id)
    _clipboard("| أ | ب |\n|---|---|\n| 1 | 2 |\n")
    assert widget.ui.actionPasteTable.isEnabled() and not widget.ui.actionImportInto.isEnabled()
    widget.ui.actionPasteTable.trigger()
    (table,) = agenda.list_tables(database, event_id=event_id)
    assert widget.table_id() == table.id and widget.model.rowCount() == 1


def test_export_csv(editor, database, programme, monkeypatch, tmp_path):
    target = tmp_path / "programme"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    editor.ui.actionExportCsv.trigger()
    data = (tmp_path / "programme.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == '"الوقت","الجلسة","المتحدث","اليوم"'
    assert lines[1] == '"11:00","الجريمة السيبرانية","د. فالديسي","25 نونبر"'
    assert lines[3] == '"10:00","رئاسة الجلسة","","24 نونبر"' and lines[4] == ""


def test_export_to_a_folder_says_why(editor, monkeypatch, tmp_path, messages):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path), "")))
    folder = tmp_path / "out.csv"
    folder.mkdir()
    assert not editor.export_csv(folder)
    assert messages.last()[0] == "warning" and "folder" in messages.last()[1]


# --- undo of table-level changes -------------------------------------------------------


def test_new_rename_and_delete_table_undo(editor, database, programme, event_id, stack, changes, articles):
    new_id = editor.new_table("الضيوف")
    assert new_id is not None and editor.table_id() == new_id
    assert editor.rename_table("ضيوف الدورة")
    assert agenda.get_table(database, new_id).title == "ضيوف الدورة"
    stack.undo()
    assert agenda.get_table(database, new_id).title == "الضيوف"
    stack.undo()
    assert state(database, new_id) is None and editor.table_id() == programme
    stack.redo()
    assert editor.table_id() == new_id
    editor.set_table(programme)
    before = state(database, programme)
    assert editor.delete_table()
    assert state(database, programme) is None and editor.table_id() is None
    stack.undo()
    assert state(database, programme) == before and editor.table_id() == programme
    assert editor.model.articles(0) == (articles[0],)


def test_undo_switches_to_the_table_it_changes(editor, database, programme, event_id, stack):
    other = agenda.create_table(database, "آخر", event_id=event_id, columns=["أ"], rows=[["ب"]])
    editor.ui.tableView.setCurrentIndex(editor.model.index(0, 1))
    editor.add_row()
    editor.set_table(other)
    stack.undo()
    assert editor.table_id() == programme and editor.model.rowCount() == 3


def test_an_undo_the_store_refuses_is_dropped(editor, database, programme, event_id, stack, messages):
    new_id = editor.new_table("مؤقت")
    document = Document(title="مقال", blocks=(agenda.table_block(database, new_id),))
    article = create_article(database, NewArticle(document, event_title=EVENT_TITLE))
    stack.undo()  # deleting the table an article now links is refused
    assert messages.last()[0] == "warning" and "مقال" in messages.last()[1]
    assert agenda.get_table(database, new_id).title == "مؤقت"
    assert stack.count() == 0 and article


def test_commands_survive_the_editor(qtbot, database, programme, stack):
    widget = AgendaTableEditor(database, stack)
    widget.set_table(programme)
    widget.add_row()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(widget))
    stack.undo()
    assert len(agenda.get_table(database, programme).rows) == 3


def test_an_open_cell_editor_is_committed_before_an_action(editor, database, programme, stack):
    view = editor.ui.tableView
    index = editor.model.index(0, 1)
    view.setCurrentIndex(index)
    view.edit(index)
    line = editor._delegate.editor
    assert isinstance(line, QLineEdit)
    line.setText("ندوة الافتتاح")
    editor.ui.actionMoveDown.trigger()
    assert column(database, programme) == ["افتتاح الدورة", "ندوة الافتتاح", "رئاسة الجلسة"]
    assert stack.count() == 2 and editor._delegate.editor is None
    stack.undo()
    stack.undo()
    assert column(database, programme) == [row[1] for row in ROWS]


def _popped_menu(editor: AgendaTableEditor) -> list[str]:
    from PySide6.QtWidgets import QMenu

    menus = [menu for menu in editor.findChildren(QMenu) if menu.isVisible()]
    assert len(menus) == 1
    texts = [action.text() for action in menus[0].actions() if not action.isSeparator()]
    menus[0].close()
    menus[0].deleteLater()
    return texts


def test_context_menus(qtbot, editor, database, programme):
    from PySide6.QtCore import QPoint

    view = editor.ui.tableView
    header = view.horizontalHeader()
    editor.editor_actions.column_menu_at(QPoint(header.sectionViewportPosition(2) + 5, 5))
    texts = _popped_menu(editor)
    assert editor.current_column() == 2  # the clicked column is the one acted on
    assert {"Sort ascending", "Rename column…", "Column kind", "Remove column"} <= set(texts)
    rows = view.verticalHeader()
    editor.editor_actions.row_menu_at(QPoint(5, rows.sectionViewportPosition(1) + 5))
    texts = _popped_menu(editor)
    assert editor.selected_rows() == [1]
    assert {"Add row", "Remove rows", "Move rows up", "Covered by"} <= set(texts)
    editor.editor_actions.cell_menu_at(QPoint(5, 5))
    texts = _popped_menu(editor)
    assert {"Add row", "Sort descending", "Paste table", "Import CSV", "Export as CSV…"} <= set(texts)
