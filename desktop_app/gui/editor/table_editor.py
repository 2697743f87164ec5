"""The table block editor: an agenda table or fact box in a QTableView (DESIGN.md fact 1).

The header is the view's first row (bold, shaded), not QHeaderView: it is then edited,
navigated and pasted into like any other row, with the same keys. The view takes the
article's layout direction, so in an Arabic article the first column is on the right.
It is as tall as its rows (the article column scrolls, not the table); a wide table
scrolls sideways.

Keys (also in the context menu):
  F2 or typing        edit the current cell (F2 beats the window's F2, Rename article)
  Tab / Shift+Tab     next / previous cell; Tab in the last cell adds a row
  Enter               first cell of the next row; on the last row, adds a row
  Ctrl+Enter          insert a row below
  Ctrl+Shift+Delete   delete the selected rows (one undo step)
  Delete              clear the selected cells (when not editing)
  Alt+Up / Alt+Down   move the current row
  Alt+Shift+Left/Right  move the current column left / right on screen (so towards the
                      end / the start of the table in a right-to-left article)
  Up on the first row, Down on the last: leave the table (`leave_up` / `leave_down`)
  Ctrl+V              paste an HTML, tab-separated or Markdown table from the current cell

A table linked to one of the event's agenda tables (`source_id` set) shows a banner
(linked_banner.py) and is read-only: the keys above that change cells, rows or columns do
nothing, Tab and Enter only move (and leave the table after its last cell), and the context
menu offers "Detach" and "Edit in event" instead of the table commands.

Undo while a cell editor is open drives the article's shared undo stack, never the line
edit's own history (which would step behind the stack's back):
  Ctrl+Z              uncommitted text in the cell editor: put back the cell's stored text
                      (the editor stays open); nothing uncommitted: close the editor and
                      undo the article's last step
  Ctrl+Shift+Z, Ctrl+Y  right after such a revert: bring the reverted text back; with other
                      uncommitted text: nothing (fresh typing ends the redo history, as in
                      the prose); nothing uncommitted: close the editor and redo
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.document import TableBlock
from desktop_app.core.inline import Inline
from desktop_app.gui.editor import table_grid as tg
from desktop_app.gui.editor.linked_banner import LinkedBanner, SourceTitle, source_title_of
from desktop_app.gui.editor.table_model import DIRECTION_ROLE, TableModel
from desktop_app.gui.editor.table_paste import cells_from_clipboard

Action = Callable[[], object]
AnyIndex = QModelIndex | QPersistentModelIndex

_MAX_COLUMN_SHARE = 0.45  # no column but the last takes more than this of the width
_MIN_COLUMN_WIDTH = 60


def _qt_direction(direction: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight


def _is_redo(event: QKeyEvent) -> bool:
    # Both common redo keys, whatever the platform's standard one is.
    mods = _modifiers(event)
    ctrl = Qt.KeyboardModifier.ControlModifier
    return (
        event.matches(QKeySequence.StandardKey.Redo)
        or (event.key() == Qt.Key.Key_Z and mods == ctrl | Qt.KeyboardModifier.ShiftModifier)
        or (event.key() == Qt.Key.Key_Y and mods == ctrl)
    )


def _modifiers(event: QKeyEvent) -> Qt.KeyboardModifier:
    # Keypad Enter carries KeypadModifier; it must act as Return does.
    return event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


class _CellDelegate(QStyledItemDelegate):
    """Lays each cell out in its own direction and routes table keys out of the editor."""

    def __init__(self, view: _TableView) -> None:
        super().__init__(view)
        self._view = view
        self.editor: QWidget | None = None
        self._edited = QPersistentModelIndex()
        # The uncommitted text the last Ctrl+Z took out of the open editor, for redo.
        self._reverted: str | None = None

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        # The model's alignment is absolute; the direction orders the text itself, so
        # "10:00 Opening" reads left to right in an Arabic table.
        option.direction = _qt_direction(str(index.data(DIRECTION_ROLE)))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setLayoutDirection(_qt_direction(str(index.data(DIRECTION_ROLE))))
            editor.setAlignment(Qt.AlignmentFlag(int(index.data(Qt.ItemDataRole.TextAlignmentRole))))
            # Typing after a revert is a new edit: the reverted text is no longer redoable.
            editor.textEdited.connect(self._forget_reverted)
        self.editor = editor
        self._edited = QPersistentModelIndex(index)
        self._reverted = None
        return editor

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:
        if editor is self.editor:
            self.editor = None
            self._reverted = None
        super().destroyEditor(editor, index)

    def _forget_reverted(self) -> None:
        self._reverted = None

    def history_action(self, event: QKeyEvent) -> Action | None:
        """What Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y mean in the open cell editor (module doc)."""
        editor = self.editor
        if not isinstance(editor, QLineEdit):
            return None
        undo = event.matches(QKeySequence.StandardKey.Undo)
        if not undo and not _is_redo(event):
            return None
        stored = str(self._edited.data(Qt.ItemDataRole.EditRole) or "") if self._edited.isValid() else ""
        uncommitted = editor.text() != stored
        if undo:
            if uncommitted:
                return lambda: self._revert(editor, stored)
            return self._view.stack_undo
        if self._reverted is not None:
            return lambda: self._restore(editor)
        if uncommitted:
            return lambda: None
        return self._view.stack_redo

    def _revert(self, editor: QLineEdit, stored: str) -> None:
        self._reverted = editor.text()
        editor.setText(stored)
        editor.selectAll()

    def _restore(self, editor: QLineEdit) -> None:
        text, self._reverted = self._reverted, None
        if text is not None:
            editor.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            history = self.history_action(event)
            if history is not None:
                # Ours, not the line edit's own undo nor the window's Undo shortcut.
                if event.type() == QEvent.Type.KeyPress:
                    history()
                event.accept()
                return True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._view.action_for(event, editing=True) is not None
        ):
            event.accept()  # our key, not a window shortcut's (Edit > Paste and the like)
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._view.action_for(event, editing=True)
            if action is not None:
                self._view.finish_editing()
                action()
                return True
        return super().eventFilter(watched, event)


class _TableView(QTableView):
    def __init__(self, owner: TableBlockEditor) -> None:
        super().__init__(owner)
        self._owner = owner

    def action_for(self, event: QKeyEvent, editing: bool) -> Action | None:
        return self._owner.action_for(event, editing)

    def finish_editing(self) -> None:
        """Commit and close the open cell editor, if any, before a table command."""
        delegate = self.itemDelegate()
        editor = delegate.editor if isinstance(delegate, _CellDelegate) else None
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def discard_editing(self) -> None:
        """Close the open cell editor without writing it to the model."""
        delegate = self.itemDelegate()
        editor = delegate.editor if isinstance(delegate, _CellDelegate) else None
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def stack_undo(self) -> None:
        self.discard_editing()
        self._owner.undo_stack().undo()

    def stack_redo(self) -> None:
        self.discard_editing()
        self._owner.undo_stack().redo()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            editing = self.state() == QAbstractItemView.State.EditingState
            edit_key = (
                event.key() == Qt.Key.Key_F2
                and _modifiers(event) == Qt.KeyboardModifier.NoModifier
                and not self._owner.is_linked()  # nothing to edit: F2 stays the window's
            )
            if self.action_for(event, editing) is not None or (edit_key and not editing):
                # Table keys beat window shortcuts while the table has focus, the way a
                # line edit keeps Ctrl+V for itself; so does F2, the item views' key to edit
                # a cell, which the window also binds (Rename article).
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.action_for(event, editing=self.state() == QAbstractItemView.State.EditingState)
        if action is None:
            super().keyPressEvent(event)
            return
        self.finish_editing()
        action()
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = self._owner.context_menu(self)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._owner.refit()


class TableBlockEditor(QWidget):
    """Edits one TableBlock; follows the block-widget contract of `gui.editor`."""

    changed = Signal()
    leave_up = Signal()
    leave_down = Signal()
    detach_requested = Signal()
    edit_source_requested = Signal(str, int)
    """("table", the event table's id): the reporter wants to edit the linked table there."""

    def __init__(
        self,
        block: TableBlock,
        direction: str,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        source_title: SourceTitle | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = undo_stack
        self._source_title = source_title
        self.banner: LinkedBanner | None = None
        self._model = TableModel(block, direction, undo_stack, self)
        self._view = _TableView(self)
        self._view.setAccessibleName(self.tr("Table"))  # what a screen reader announces
        self._view.setModel(self._model)
        self._view.setItemDelegate(_CellDelegate(self._view))
        self._view.horizontalHeader().hide()
        self._view.verticalHeader().hide()
        self._view.horizontalHeader().setStretchLastSection(True)
        self._view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._view.setWordWrap(True)
        self._view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self._view)
        self.setFocusProxy(self._view)
        # As tall as the view, which is as tall as its rows: the article column scrolls.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._refitting = False
        self._model.grid_restored.connect(self._after_edit)
        self._show_link()
        self.set_direction(direction)

    # --- the block contract ------------------------------------------------------------

    def blocks(self) -> tuple[TableBlock, ...]:
        return (self._model.table_block(),)

    def set_direction(self, direction: str) -> None:
        self.setLayoutDirection(_qt_direction(direction))
        self._view.setLayoutDirection(_qt_direction(direction))
        self._model.set_direction(direction)
        self.refit()

    def focus_start(self) -> None:
        self.set_current_cell(0, 0)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_end(self) -> None:
        self.set_current_cell(self._model.rowCount() - 1, self._model.columnCount() - 1)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the link to the event's table ----------------------------------------------------

    def source_id(self) -> int | None:
        return self._model.source_id()

    def is_linked(self) -> bool:
        return self._model.is_linked()

    def set_source_id(self, source_id: int | None) -> None:
        """Detach (None) or link again: called by the column's undoable Detach command."""
        self._view.finish_editing()
        self._model.set_source_id(source_id)
        self._show_link()
        self.changed.emit()

    def replace_block(self, block: TableBlock) -> None:
        """Show the event's current content (or, its table gone, the block detached) with
        no undo step and no `changed`: the column reports the refresh once."""
        self._view.discard_editing()
        row, column = self.current_cell()
        self._model.replace(block)
        self.set_current_cell(row, column)
        self._show_link()
        self.refit()

    def refresh_source_title(self) -> None:
        """Ask the title again: the event's table may have been renamed."""
        if self.banner is not None and self.is_linked():
            self.banner.set_title(source_title_of(self._source_title, "table", self.source_id()))

    def _show_link(self) -> None:
        linked = self.is_linked()
        if linked and self.banner is None:
            self.banner = LinkedBanner("table", self)
            self.banner.detach_clicked.connect(self.detach_requested)
            self.banner.edit_clicked.connect(self._request_edit)
            self._layout.insertWidget(0, self.banner)
        if self.banner is not None:
            self.banner.setVisible(linked)
        self.refresh_source_title()

    def _request_edit(self) -> None:
        source = self.source_id()
        if source is not None:
            self.edit_source_requested.emit("table", source)

    # --- access -------------------------------------------------------------------------

    def model(self) -> TableModel:
        return self._model

    def undo_stack(self) -> QUndoStack:
        return self._stack

    def view(self) -> QTableView:
        return self._view

    def current_cell(self) -> tuple[int, int]:
        index = self._view.currentIndex()
        return (index.row(), index.column()) if index.isValid() else (0, 0)

    def set_current_cell(self, row: int, column: int) -> None:
        row = max(0, min(row, self._model.rowCount() - 1))
        column = max(0, min(column, self._model.columnCount() - 1))
        self._view.setCurrentIndex(self._model.index(row, column))

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self._view.selectionModel().selectedIndexes()}
        rows.add(self.current_cell()[0])
        return sorted(rows)

    # --- commands (each one undo step) ----------------------------------------------------

    def _apply(self, after: tg.Grid, text: str, cell_after: tuple[int, int]) -> bool:
        return self._model.apply(after, text, self.current_cell(), cell_after)

    def insert_row_above(self) -> bool:
        row, _ = self.current_cell()
        at = max(row, 1)  # nothing goes above the header row
        text = QCoreApplication.translate("TableBlockEditor", "Insert row")
        return self._apply(tg.insert_row(self._model.grid(), at), text, (at, 0))

    def insert_row_below(self) -> bool:
        row, _ = self.current_cell()
        text = QCoreApplication.translate("TableBlockEditor", "Insert row")
        return self._apply(tg.insert_row(self._model.grid(), row + 1), text, (row + 1, 0))

    def delete_rows(self, rows: Iterable[int] | None = None) -> bool:
        """Delete the selected body rows (the header row stays) as one undo step."""
        doomed = [r for r in (self.selected_rows() if rows is None else rows) if r >= 1]
        if not doomed:
            return False
        text = self.tr("Delete %n row(s)", "", len(doomed))
        after = tg.remove_rows(self._model.grid(), doomed)
        return self._apply(after, text, (min(doomed[0], len(after) - 1), self.current_cell()[1]))

    def move_row(self, delta: int) -> bool:
        row, column = self.current_cell()
        if not tg.can_move_row(self._model.grid(), row, delta):
            return False
        text = QCoreApplication.translate("TableBlockEditor", "Move row")
        return self._apply(tg.move_row(self._model.grid(), row, delta), text, (row + delta, column))

    def insert_column_before(self) -> bool:
        row, column = self.current_cell()
        text = QCoreApplication.translate("TableBlockEditor", "Insert column")
        return self._apply(tg.insert_column(self._model.grid(), column), text, (row, column))

    def insert_column_after(self) -> bool:
        row, column = self.current_cell()
        text = QCoreApplication.translate("TableBlockEditor", "Insert column")
        return self._apply(tg.insert_column(self._model.grid(), column + 1), text, (row, column + 1))

    def delete_column(self) -> bool:
        """Refused (returns False) on the table's only column: a table needs one."""
        row, column = self.current_cell()
        if self._model.columnCount() <= 1:
            return False
        text = QCoreApplication.translate("TableBlockEditor", "Delete column")
        after = tg.remove_column(self._model.grid(), column)
        return self._apply(after, text, (row, min(column, tg.width(after) - 1)))

    def move_column(self, delta: int) -> bool:
        """delta -1 moves the column towards the table's start, +1 towards its end."""
        row, column = self.current_cell()
        if not tg.can_move_column(self._model.grid(), column, delta):
            return False
        text = QCoreApplication.translate("TableBlockEditor", "Move column")
        return self._apply(tg.move_column(self._model.grid(), column, delta), text, (row, column + delta))

    def clear_cells(self) -> bool:
        grid = self._model.grid()
        for index in self._view.selectionModel().selectedIndexes() or [self._view.currentIndex()]:
            if index.isValid():
                grid = tg.set_cell(grid, index.row(), index.column(), Inline())
        text = QCoreApplication.translate("TableBlockEditor", "Clear cells")
        return self._apply(grid, text, self.current_cell())

    def paste(self) -> bool:
        """Paste the clipboard's table (or text) from the current cell, growing the table."""
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return False
        html = mime.html() if mime.hasHtml() else None
        text = mime.text() if mime.hasText() else None
        cells = cells_from_clipboard(html, text)
        if not cells:
            return False
        row, column = self.current_cell()
        text_label = QCoreApplication.translate("TableBlockEditor", "Paste cells")
        if not self._apply(tg.paste(self._model.grid(), row, column, cells), text_label, (row, column)):
            return False
        last_row = row + len(cells) - 1
        last_column = column + max(len(r) for r in cells) - 1
        selection = QItemSelection(self._model.index(row, column), self._model.index(last_row, last_column))
        self._view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    # --- navigation ---------------------------------------------------------------------------

    def next_cell(self) -> None:
        row, column = self.current_cell()
        if column + 1 < self._model.columnCount():
            self.set_current_cell(row, column + 1)
        elif row + 1 < self._model.rowCount():
            self.set_current_cell(row + 1, 0)
        elif self.is_linked():
            self.leave_down.emit()  # no row to add: move on to the next block
        else:
            text = QCoreApplication.translate("TableBlockEditor", "Insert row")
            self._apply(tg.insert_row(self._model.grid(), row + 1), text, (row + 1, 0))

    def previous_cell(self) -> None:
        row, column = self.current_cell()
        if column > 0:
            self.set_current_cell(row, column - 1)
        elif row > 0:
            self.set_current_cell(row - 1, self._model.columnCount() - 1)

    def next_row(self) -> None:
        row, _ = self.current_cell()
        if row + 1 < self._model.rowCount():
            self.set_current_cell(row + 1, 0)
        elif self.is_linked():
            self.leave_down.emit()
        else:
            self.insert_row_below()

    def _is_tabular_clipboard(self) -> bool:
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return False
        if mime.hasHtml() and "<table" in mime.html().lower():
            return True
        return mime.hasText() and any(sep in mime.text().strip("\r\n") for sep in "\t\n")

    def action_for(self, event: QKeyEvent, editing: bool) -> Action | None:
        """The table command a key press means, or None to let the view (or the cell
        editor) handle it. Kept free of side effects so the delegate can ask first."""
        key = event.key()
        mods = _modifiers(event)
        none = Qt.KeyboardModifier.NoModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        alt = Qt.KeyboardModifier.AltModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        row, _ = self.current_cell()
        last_row = self._model.rowCount() - 1
        rtl = self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if key == Qt.Key.Key_Tab and mods == none:
            return self.next_cell
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and mods == shift):
            return self.previous_cell
        if enter and mods == none:
            return self.next_row
        if key == Qt.Key.Key_Up and mods == none and row == 0:
            return self.leave_up.emit
        if key == Qt.Key.Key_Down and mods == none and row == last_row:
            return self.leave_down.emit
        if self.is_linked():
            return None  # the commands below change the table, which belongs to the event
        if enter and mods == ctrl:
            return self.insert_row_below
        if key == Qt.Key.Key_Delete and mods == ctrl | shift:
            return self.delete_rows
        if key == Qt.Key.Key_Delete and mods == none and not editing:
            return self.clear_cells
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods == alt:
            return lambda: self.move_row(-1 if key == Qt.Key.Key_Up else 1)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods == alt | shift:
            # Keys name screen sides; in a right-to-left table the start is on the right.
            towards_start = (key == Qt.Key.Key_Left) != rtl
            return lambda: self.move_column(-1 if towards_start else 1)
        if event.matches(QKeySequence.StandardKey.Paste) and (not editing or self._is_tabular_clipboard()):
            return self.paste
        return None

    # --- context menu ----------------------------------------------------------------------

    def context_menu(self, parent: QWidget | None = None) -> QMenu:
        """The table's context menu for the current cell (shown by the view; built apart
        so it can be tested without exec)."""
        grid = self._model.grid()
        row, column = self.current_cell()
        body_rows = [r for r in self.selected_rows() if r >= 1]
        menu = QMenu(parent or self)
        if self.is_linked():
            detach = menu.addAction(self.tr("Detach from event"), self.detach_requested.emit)
            detach.setObjectName("detachAction")
            edit = menu.addAction(self.tr("Edit in event"), self._request_edit)
            edit.setObjectName("editInEventAction")
            return menu

        def add(text: str, slot: Action, enabled: bool = True, shortcut: str = "") -> None:
            action = QAction(text, menu)
            action.setEnabled(enabled)
            if shortcut:
                # Shown as a hint: the keys themselves are handled by the view.
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False: slot())
            menu.addAction(action)

        add(QCoreApplication.translate("TableBlockEditor", "Insert row above"), self.insert_row_above, row >= 1)
        add(
            QCoreApplication.translate("TableBlockEditor", "Insert row below"),
            self.insert_row_below,
            shortcut="Ctrl+Return",
        )
        add(
            self.tr("Delete %n row(s)", "", max(1, len(body_rows))),
            self.delete_rows,
            bool(body_rows),
            "Ctrl+Shift+Delete",
        )
        add(QCoreApplication.translate("TableBlockEditor", "Move row up"), lambda: self.move_row(-1),
            tg.can_move_row(grid, row, -1), "Alt+Up")
        add(QCoreApplication.translate("TableBlockEditor", "Move row down"), lambda: self.move_row(1),
            tg.can_move_row(grid, row, 1), "Alt+Down")
        menu.addSeparator()
        add(QCoreApplication.translate("TableBlockEditor", "Insert column before"), self.insert_column_before)
        add(QCoreApplication.translate("TableBlockEditor", "Insert column after"), self.insert_column_after)
        add(QCoreApplication.translate("TableBlockEditor", "Delete column"), self.delete_column, tg.width(grid) > 1)
        add(QCoreApplication.translate("TableBlockEditor", "Move column before"), lambda: self.move_column(-1),
            tg.can_move_column(grid, column, -1))
        add(QCoreApplication.translate("TableBlockEditor", "Move column after"), lambda: self.move_column(1),
            tg.can_move_column(grid, column, 1))
        menu.addSeparator()
        add(QCoreApplication.translate("TableBlockEditor", "Paste"), self.paste, shortcut="Ctrl+V")
        return menu

    # --- layout ------------------------------------------------------------------------------

    def _after_edit(self, row: int, column: int) -> None:
        self.set_current_cell(row, column)
        self.refit()
        self.changed.emit()

    def refit(self) -> None:
        """Size columns to their text (within limits, the last one stretches), wrap long
        cells and make the view exactly as tall as its rows."""
        if self._refitting:
            return
        self._refitting = True
        try:
            view = self._view
            available = max(view.viewport().width(), 200)
            widest = max(_MIN_COLUMN_WIDTH, int(available * _MAX_COLUMN_SHARE))
            for column in range(self._model.columnCount() - 1):
                hint = view.sizeHintForColumn(column)
                view.setColumnWidth(column, max(_MIN_COLUMN_WIDTH, min(hint, widest)))
            view.resizeRowsToContents()
            height = sum(view.rowHeight(r) for r in range(self._model.rowCount())) + 2 * view.frameWidth()
            if view.horizontalHeader().length() > view.viewport().width():
                height += view.horizontalScrollBar().sizeHint().height()
            view.setFixedHeight(height)
        finally:
            self._refitting = False
