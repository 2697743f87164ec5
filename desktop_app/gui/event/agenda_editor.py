"""The editor of one of an event's agenda tables (a programme, a list of speakers), as data:
every change goes straight to the store, one transaction per user action.

Undo: each action is a `TableCommand` on the caller's undo stack holding a snapshot of the
table before and after (`store.agenda_snapshots`). The action itself is the first "redo";
later redos restore the after-snapshot, undos the before-snapshot, so every action, from a
cell edit to a created table, undoes the same way. Deleting a table moves it to the trash
(`TrashTableCommand`): undo takes it out again, links and all. `table_changed(table id)` follows every
store change, redo and undo alike: article blocks linked to the table refresh on it.

Around the editor: `agenda_commands` (the undo commands), `agenda_cell_delegate` (cells
laid out in their own direction), `agenda_editor_actions` (toolbar, keys, menus, context
menus) and `agenda_import_export` (CSV import, paste, CSV export).

The table is laid out in the direction of the event's coverage language (an Arabic
programme shows its first column on the right, whatever the UI language), and column moves
say "earlier"/"later", not left/right.

Keys (also in the toolbar and the context menus):
  Ctrl+Enter            add a row below the current one
  Ctrl+Shift+Delete     remove the selected rows
  Delete                empty the selected cells
  Alt+Up / Alt+Down     move the selected rows
  Alt+Shift+Left/Right  move the current column (towards the start/end of the table, as
                        the arrows point on screen)
  Ctrl+Shift+V          paste a Markdown or HTML table from the clipboard
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop_app.core.agenda_values import reference_year
from desktop_app.core.document import TableBlock
from desktop_app.core.errors import HadathError
from desktop_app.core.table_io import guess_kinds
from desktop_app.gui.event.agenda_cell_delegate import AgendaCellDelegate
from desktop_app.gui.event.agenda_commands import Focus, TableCommand, TrashTableCommand
from desktop_app.gui.event.agenda_editor_actions import KIND_ICONS, KINDS, AgendaEditorActions
from desktop_app.gui.event.agenda_import_export import AgendaImportExport
from desktop_app.gui.event.agenda_model import AgendaTableModel, DropRequest, compute_marks, language_direction
from desktop_app.gui.forms.agenda_editor_ui import Ui_AgendaTableEditor
from desktop_app.gui.icons import themed_icon
from desktop_app.i18n import translated_error
from desktop_app.store import agenda, trash
from desktop_app.store.agenda_snapshots import TableSnapshot, live_coverage, take_snapshot
from desktop_app.store.database import Database
from desktop_app.store.events import event_articles, get_event

Action = Callable[[TableSnapshot], TableSnapshot | None]
FIT_ROWS = 50
MAX_COLUMN_WIDTH = 320


class AgendaTableEditor(QWidget):
    table_changed = Signal(int)
    """After every store change of a table (an action, its undo, its redo): its id."""

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.ui = Ui_AgendaTableEditor()
        self.ui.setupUi(self)
        self._table_id: int | None = None
        self._event_id: int | None = None
        self._snapshot: TableSnapshot | None = None
        self._dates: tuple[date | None, date | None] = (None, None)
        self._event_language = ""
        self._last_sort: tuple[int, bool] | None = None  # (column id, descending) until the next change
        self.model = AgendaTableModel(self)
        self.model.edit_handler = self.edit_cell
        self.model.move_handler = self._drop_rows
        view = self.ui.tableView
        self._delegate = AgendaCellDelegate(view)
        view.setItemDelegate(self._delegate)
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(160)
        header.setSectionsClickable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.verticalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Column widths are fitted to the first rows only: measuring 5,000 would cost more
        # than loading them.
        view.verticalHeader().setResizeContentsPrecision(FIT_ROWS)
        header.setResizeContentsPrecision(FIT_ROWS)  # sizeHintForColumn reads this one
        # One click sorts, a double-click renames: the click waits out the double-click
        # interval so that renaming a column never sorts the table first.
        self._sort_timer = QTimer(self, singleShot=True)
        self._sort_timer.setInterval(QApplication.doubleClickInterval())
        self._sort_timer.timeout.connect(self._sort_clicked_column)
        self._clicked_section = -1
        header.sectionClicked.connect(self._header_clicked)
        header.sectionDoubleClicked.connect(self._header_double_clicked)
        self.editor_actions = AgendaEditorActions(self)
        self.import_export = AgendaImportExport(self)
        # Once: themed icons take the view's palette when painted (icons.py).
        model_icons: dict[str, QIcon] = {kind: themed_icon(KIND_ICONS[kind], view) for kind in KINDS}
        model_icons["covered"] = themed_icon("fa6s.check", view)
        model_icons["generated"] = themed_icon("fa6s.lock", view)
        self.model.set_icons(model_icons)
        self._apply_direction("rtl")
        self._show_nothing()

    # --- building -------------------------------------------------------------------

    def _apply_direction(self, direction: str) -> None:
        """Lay the table out in its language's direction; arrows and shortcuts follow."""
        rtl = direction == "rtl"
        view = self.ui.tableView
        view.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.model.set_direction(direction)
        self.editor_actions.apply_direction(rtl)

    # --- showing a table --------------------------------------------------------------

    def table_id(self) -> int | None:
        return self._table_id

    def event_id(self) -> int | None:
        return self._event_id

    def snapshot(self) -> TableSnapshot | None:
        """What the editor shows (the store's state after its last change)."""
        return self._snapshot

    def set_event(self, event_id: int | None) -> None:
        """The event new tables (an import, a paste) go to while no table is shown."""
        if event_id != self._event_id:
            self._event_id = event_id
            self._load_event()
        self.editor_actions.update_enabled()

    def set_table(self, table_id: int | None) -> None:
        """Show a table (loaded once, in full), or nothing."""
        self._sort_timer.stop()
        self._forget_sort()
        if table_id is None:
            self._table_id = None
            self._snapshot = None
            self.model.set_table(None)
            self._show_nothing()
            return
        try:
            with _collector_paused():
                snapshot = take_snapshot(self.db, table_id)
        except HadathError as error:
            self._table_id = None
            self._snapshot = None
            self.model.set_table(None)
            self._show_nothing(translated_error(error))
            return
        self._table_id = table_id
        if snapshot.event_id is not None and snapshot.event_id != self._event_id:
            self._event_id = snapshot.event_id
            self._load_event()
        self._snapshot = None
        with _collector_paused():
            self._show(snapshot)
        view = self.ui.tableView
        if self.model.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(self.model.index(0, 0))

    def reload(self) -> None:
        """Read the table and its event again (after a change made elsewhere)."""
        focus = self._focus()
        self._load_event()
        table_id = self._table_id
        self.set_table(table_id)
        self._set_focus(focus)

    def _load_event(self) -> None:
        self._dates = (None, None)
        self._event_language = ""
        if self._event_id is not None:
            try:
                event = get_event(self.db, self._event_id)
            except HadathError:
                return
            self._dates = (event.start_date, event.end_date)
            self._event_language = event.language
        self._apply_direction(language_direction(self._event_language) if self._event_language else "rtl")
        self._load_titles()

    def _load_titles(self) -> None:
        if self._event_id is None:
            self.model.set_article_titles({})
            return
        try:
            articles = event_articles(self.db, self._event_id)
        except HadathError:
            articles = []
        self.model.set_article_titles({article.id: article.title for article in articles})

    def _show_nothing(self, message: str | None = None) -> None:
        self.ui.emptyLabel.setText(
            message or self.tr("No table chosen. Create a table, or pick one from the list.")
        )
        self.ui.emptyLabel.setVisible(True)
        self.ui.tableView.setVisible(False)
        self.ui.titleLabel.setVisible(False)
        self.ui.statusLabel.setText("")
        self.editor_actions.update_enabled()

    def _show(self, snapshot: TableSnapshot) -> None:
        """Bring the model to `snapshot`, recomputing marks and coverage only when what
        they depend on changed (a sort of 5,000 rows changes neither)."""
        previous = self._snapshot
        if previous is not None and previous.table_id != snapshot.table_id:
            previous = None
        record = snapshot.record()
        marks = None
        if previous is None or previous.columns != snapshot.columns or _cells(previous) != _cells(snapshot):
            marks = compute_marks(record, *self._dates)
        coverage = None
        if previous is None or previous.links != snapshot.links:
            coverage = live_coverage(self.db, snapshot)
        if previous is None:
            self.model.set_table(record, marks or (), coverage)
        else:
            self.model.update_table(record, marks, coverage)
        if previous is None or [c.id for c in previous.columns] != [c.id for c in snapshot.columns]:
            self._fit_columns()
        self._snapshot = snapshot
        self.ui.emptyLabel.setVisible(False)
        self.ui.tableView.setVisible(True)
        self.ui.titleLabel.setVisible(True)
        untitled = self.tr("Untitled table")
        self.ui.titleLabel.setText(f"<b>{_escape(snapshot.title) or untitled}</b>")
        self._update_status()
        self.editor_actions.update_enabled()

    def _fit_columns(self) -> None:
        """Columns as wide as their header and first rows need, within reason; the last
        one takes what is left."""
        view = self.ui.tableView
        header = view.horizontalHeader()
        for column in range(self.model.columnCount()):
            width = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(width + 8, MAX_COLUMN_WIDTH))

    def _update_status(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            self.ui.statusLabel.setText("")
            return
        parts = [self.tr("%n row(s)", "", len(snapshot.rows))]
        marks = len(self.model.marks())
        if marks:
            parts.append(self.tr("%n cell(s) to check", "", marks))
        covered = sum(1 for row in range(self.model.rowCount()) if self.model.articles(row))
        if covered:
            parts.append(
                self.tr("%1 of %2 sessions covered").replace("%1", str(covered)).replace("%2", str(len(snapshot.rows)))
            )
        self.ui.statusLabel.setText(" · ".join(parts))

    # --- the current cell and selection ------------------------------------------------

    def selected_rows(self) -> list[int]:
        """The rows of the selected cells, else the current row; in order."""
        view = self.ui.tableView
        # From the selection's ranges, not selectedIndexes(): that lists every cell (5,000
        # rows of 4 columns selected: 20,000 indexes on every selection change).
        rows = {row for span in view.selectionModel().selection() for row in range(span.top(), span.bottom() + 1)}
        if not rows and view.currentIndex().isValid():
            rows = {view.currentIndex().row()}
        return sorted(rows)

    def current_column(self) -> int:
        index = self.ui.tableView.currentIndex()
        return index.column() if index.isValid() else -1

    def _focus(self) -> Focus:
        index = self.ui.tableView.currentIndex()
        if not index.isValid() or self.model.record() is None:
            return (None, None)
        return (self.model.row_id(index.row()), self.model.column_id(index.column()))

    def _set_focus(self, focus: Focus) -> None:
        row_id, column_id = focus
        row = self.model.row_of(row_id) if row_id is not None else None
        column = self.model.column_of(column_id) if column_id is not None else None
        if row is None and self.model.rowCount():
            row = min(self.ui.tableView.currentIndex().row(), self.model.rowCount() - 1)
            row = max(row, 0)
        if row is None:
            return
        index = self.model.index(row, column if column is not None else max(self.current_column(), 0))
        self.ui.tableView.setCurrentIndex(index)
        self.ui.tableView.scrollTo(index)

    def commit_editing(self) -> None:
        """Write the open cell editor's text (one undo step of its own) before an action."""
        editor = self._delegate.editor
        if editor is not None:
            view = self.ui.tableView
            view.commitData(editor)
            view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # --- running actions ---------------------------------------------------------------

    def show_error(self, error: HadathError) -> None:
        QMessageBox.warning(self, self.tr("Agenda table"), translated_error(error))

    def _perform(self, text: str, action: Action, focus_after: Callable[[], Focus] | None = None) -> bool:
        """Run one store change as an undoable command; False when refused or no-op.
        `focus_after` names the cell to make current once the change is made (a new
        row's id exists only then); by default the current cell stays."""
        table_id = self._table_id
        if table_id is None:
            return False
        focus_before = self._focus()
        try:
            with _collector_paused():
                before = self._same_as_shown(take_snapshot(self.db, table_id))
                derived = action(before)
                after = derived if derived is not None else take_snapshot(self.db, table_id)
        except HadathError as error:
            self.show_error(error)
            self.set_table(table_id)  # show what the store holds now
            self._set_focus(focus_before)
            return False
        if after == before:
            return False
        self._forget_sort()
        self._show(after)
        focus = focus_after() if focus_after is not None else focus_before
        self._set_focus(focus)
        self.undo_stack.push(TableCommand(self, text, table_id, before, after, focus_before, focus))
        self.table_changed.emit(table_id)
        return True

    def _same_as_shown(self, snapshot: TableSnapshot) -> TableSnapshot:
        """The shown snapshot when the store still holds just that: the undo history
        then shares one copy of a 5,000-row table between commands instead of keeping
        a fresh one per action (which also spares the garbage collector's full passes)."""
        return self._snapshot if snapshot == self._snapshot and self._snapshot is not None else snapshot

    def _create(self, text: str, make: Callable[[], int]) -> int | None:
        """Create a table (an import, a paste) as an undoable command and show it."""
        origin = self._table_id
        try:
            table_id = make()
            after = take_snapshot(self.db, table_id)
        except HadathError as error:
            self.show_error(error)
            return None
        self.set_table(table_id)
        focus = self._focus()
        self.undo_stack.push(TableCommand(self, text, table_id, None, after, (None, None), focus, fallback=origin))
        self.table_changed.emit(table_id)
        return table_id

    def restored(self, table_id: int, snapshot: TableSnapshot | None, focus: Focus, fallback: int | None) -> None:
        """Called by a `TableCommand` after its undo or redo wrote the store."""
        if snapshot is None:
            if self._table_id == table_id:
                self.set_table(fallback)
        elif self._table_id == table_id:
            self._forget_sort()
            self._show(snapshot)
            self._set_focus(focus)
        else:
            self.set_table(table_id)  # show the table the undo changed
            self._set_focus(focus)
        self.table_changed.emit(table_id)

    # --- cells -------------------------------------------------------------------------

    def edit_cell(self, row_id: int, column_id: int, text: str) -> bool:
        """Write one cell (the model's edit handler): one undoable `set_cell`."""

        def write(before: TableSnapshot) -> TableSnapshot:
            agenda.set_cell(self.db, row_id, column_id, text)
            return before.with_cell(row_id, column_id, text)

        return self._perform(self.tr("Edit cell"), write, lambda: (row_id, column_id))

    def clear_selected_cells(self) -> bool:
        view = self.ui.tableView
        changes = [
            (self.model.row_id(index.row()), self.model.column_id(index.column()), "")
            for index in view.selectionModel().selectedIndexes()
            if index.data() and not self.model.is_generated(index.row())
        ]
        table_id = self._table_id
        if not changes or table_id is None:
            return False
        return self._perform(self.tr("Clear cells"), lambda _: agenda.set_cells(self.db, table_id, changes))

    # --- rows --------------------------------------------------------------------------

    def add_row(self) -> bool:
        table_id = self._table_id
        if table_id is None:
            return False
        current = self.ui.tableView.currentIndex()
        position = current.row() + 1 if current.isValid() else self.model.rowCount()
        column = self.model.column_id(max(current.column(), 0)) if self.model.columnCount() else None
        new: list[int] = []

        def add(_: TableSnapshot) -> None:
            new.append(agenda.add_row(self.db, table_id, position=position))

        return self._perform(self.tr("Add row"), add, lambda: (new[0], column))

    def remove_selected_rows(self) -> bool:
        table_id = self._table_id
        rows = self.selected_rows()
        if table_id is None or not rows:
            return False
        ids = [self.model.row_id(row) for row in rows]
        text = self.tr("Remove %n row(s)", "", len(ids))
        return self._perform(text, lambda _: agenda.remove_rows(self.db, table_id, ids))

    def move_selected_rows(self, delta: int) -> bool:
        table_id = self._table_id
        rows = self.selected_rows()
        if table_id is None or not rows:
            return False
        ids = [self.model.row_id(row) for row in rows]

        def shift(before: TableSnapshot) -> TableSnapshot:
            return before.reordered(agenda.shift_rows(self.db, table_id, ids, delta))

        return self._perform(self.tr("Move rows"), shift)

    def append_rows(self, rows: Sequence[Sequence[str]], text: str) -> bool:
        """Add rows below the last (an import, a paste) as one action named `text`; the
        first of them becomes the current row."""
        table_id = self._table_id
        if table_id is None or not rows:
            return False
        added: list[int] = []

        def append(_: TableSnapshot) -> None:
            added.extend(agenda.add_rows(self.db, table_id, rows))

        column = self._focus()[1]
        return self._perform(text, append, lambda: (added[0], column))

    def _drop_rows(self, request: DropRequest) -> bool:
        table_id = self._table_id
        if table_id is None:
            return False

        def move(before: TableSnapshot) -> TableSnapshot:
            return before.reordered(agenda.move_rows(self.db, table_id, request.row_ids, request.position))

        # After the drag's own event handling: the view must not be reset under its feet.
        QTimer.singleShot(0, lambda: self._perform(self.tr("Move rows"), move))
        return True

    # --- columns -----------------------------------------------------------------------

    def add_column(self, header: str, kind: str = "text", position: int | None = None) -> bool:
        table_id = self._table_id
        if table_id is None:
            return False
        if position is None:
            column = self.current_column()
            position = column + 1 if column >= 0 else self.model.columnCount()
        new: list[int] = []

        def add(_: TableSnapshot) -> None:
            new.append(agenda.add_column(self.db, table_id, header, kind, position=position))

        row_id = self._focus()[0]
        return self._perform(self.tr("Add column"), add, lambda: (row_id, new[0]))

    def ask_add_column(self) -> bool:
        header, ok = QInputDialog.getText(self, self.tr("Add column"), self.tr("Header of the new column:"))
        return ok and self.add_column(header.strip())

    def rename_column(self, column: int, header: str) -> bool:
        if not 0 <= column < self.model.columnCount():
            return False
        column_id = self.model.column_id(column)
        return self._perform(self.tr("Rename column"), lambda _: agenda.rename_column(self.db, column_id, header))

    def ask_rename_column(self, column: int | None = None) -> bool:
        column = self.current_column() if column is None else column
        if not 0 <= column < self.model.columnCount():
            return False
        header, ok = QInputDialog.getText(
            self,
            self.tr("Rename column"),
            self.tr("Header:"),
            QLineEdit.EchoMode.Normal,
            self.model.columns()[column].header,
        )
        return ok and self.rename_column(column, header.strip())

    def set_column_kind(self, kind: str, column: int | None = None) -> bool:
        column = self.current_column() if column is None else column
        if not 0 <= column < self.model.columnCount():
            return False
        column_id = self.model.column_id(column)
        return self._perform(
            self.tr("Change column kind"), lambda _: agenda.set_column_kind(self.db, column_id, kind)
        )

    def move_current_column(self, delta: int) -> bool:
        column = self.current_column()
        target = column + delta
        if column < 0 or not 0 <= target < self.model.columnCount():
            return False
        column_id = self.model.column_id(column)
        return self._perform(self.tr("Move column"), lambda _: agenda.move_column(self.db, column_id, target))

    def remove_column(self, column: int) -> bool:
        if not 0 <= column < self.model.columnCount():
            return False
        column_id = self.model.column_id(column)
        return self._perform(self.tr("Remove column"), lambda _: agenda.remove_column(self.db, column_id))

    def ask_remove_column(self, column: int | None = None) -> bool:
        column = self.current_column() if column is None else column
        if not 0 <= column < self.model.columnCount():
            return False
        filled = sum(1 for row in range(self.model.rowCount()) if self.model.row_record(row).cells[column].strip())
        if filled:
            answer = QMessageBox.question(
                self,
                self.tr("Remove column"),
                self.tr("Remove the column “%1” and the text of its %n cell(s)?", "", filled).replace(
                    "%1", self.model.header_text(column)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.remove_column(column)

    # --- sorting -----------------------------------------------------------------------

    def sort_by(self, column: int, descending: bool = False) -> bool:
        """Sort the rows by a column, as its kind says, and keep that order."""
        table_id = self._table_id
        if table_id is None or not 0 <= column < self.model.columnCount():
            return False
        column_id = self.model.column_id(column)
        strip = self.ui.ignoreArticleCheck.isChecked()

        def sort(before: TableSnapshot) -> TableSnapshot:
            # agenda.sort_table's rule (sorted_order, the event's year for dates without
            # one) over the snapshot just read, then one reorder: sort_table would read
            # the table again, a third of the time of sorting 5,000 rows.
            order = before.sorted_rows(
                column_id, descending=descending, strip_article=strip, default_year=reference_year(*self._dates)
            )
            agenda.reorder_rows(self.db, table_id, order)
            return before.reordered(order)

        text = self.tr("Sort by “%1”").replace("%1", self.model.header_text(column))
        changed = self._perform(text, sort)
        self._last_sort = (column_id, descending)  # even unchanged: the next click reverses
        header = self.ui.tableView.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        return changed

    def sort_current_column(self, descending: bool) -> bool:
        return self.sort_by(self.current_column(), descending)

    def _header_clicked(self, section: int) -> None:
        self._clicked_section = section
        self._sort_timer.start()

    def _header_double_clicked(self, section: int) -> None:
        self._sort_timer.stop()
        self.ask_rename_column(section)

    def _sort_clicked_column(self) -> None:
        """A header click sorts ascending; a second click on the same column, with no
        change between, sorts descending."""
        section = self._clicked_section
        if not 0 <= section < self.model.columnCount():
            return
        self.commit_editing()
        column_id = self.model.column_id(section)
        descending = self._last_sort == (column_id, False)
        self.sort_by(section, descending)

    def _forget_sort(self) -> None:
        """Any change but a sort: the table may no longer be in the order shown."""
        self._last_sort = None
        self.ui.tableView.horizontalHeader().setSortIndicatorShown(False)

    # --- coverage ----------------------------------------------------------------------

    def set_covered(self, row: int, article_id: int, covered: bool) -> bool:
        """Record (or forget) that an article covers the row's session."""
        if not 0 <= row < self.model.rowCount():
            return False
        row_id = self.model.row_id(row)
        if covered:
            return self._perform(self.tr("Mark as covered"), lambda _: agenda.link_row(self.db, row_id, article_id))
        return self._perform(self.tr("Unmark as covered"), lambda _: agenda.unlink_row(self.db, row_id, article_id))

    # --- tables ------------------------------------------------------------------------

    def create_table_from(self, block: TableBlock, title: str, text: str) -> bool:
        """Make an imported or pasted table a new table of the event, its column kinds
        guessed, as one action named `text`; show it."""
        event_id = self._event_id
        if event_id is None:
            return False
        kinds = guess_kinds(block, reference_year(*self._dates))
        return (
            self._create(
                text,
                lambda: agenda.create_table_from_block(self.db, block, title, event_id=event_id, kinds=kinds),
            )
            is not None
        )

    def new_table(self, title: str, columns: Sequence[agenda.ColumnSpec] = ("",)) -> int | None:
        """Create an empty table of the event (the panel's New table) and show it."""
        event_id = self._event_id
        if event_id is None:
            return None
        return self._create(
            self.tr("New table"), lambda: agenda.create_table(self.db, title, event_id=event_id, columns=columns)
        )

    def rename_table(self, title: str) -> bool:
        table_id = self._table_id
        if table_id is None:
            return False
        return self._perform(self.tr("Rename table"), lambda _: agenda.rename_table(self.db, table_id, title))

    def delete_table(self) -> bool:
        """Move the shown table to the trash; articles linking it keep the link and their
        copy until the trash is emptied. Undo takes it out of the trash."""
        table_id = self._table_id
        if table_id is None:
            return False
        focus = self._focus()
        try:
            before = take_snapshot(self.db, table_id)
            trash.trash_table(self.db, table_id)
        except HadathError as error:
            self.show_error(error)
            return False
        self.set_table(None)
        self.undo_stack.push(TrashTableCommand(self, self.tr("Delete table"), before, focus))
        self.table_changed.emit(table_id)
        return True

    # --- import, paste, export: agenda_import_export ---------------------------------

    def ask_import(self, new_table: bool) -> bool:
        """Import a CSV or TSV file the reporter picks, as a new table or as rows below
        the shown one."""
        return self.import_export.ask_import(new_table)

    def paste_table(self) -> bool:
        """Paste the clipboard's table: its rows go below the table's when the widths
        match; otherwise (or with no table shown) it may become a new table."""
        return self.import_export.paste_table()

    def ask_export_csv(self) -> bool:
        return self.import_export.ask_export_csv()

    def export_csv(self, path: Path) -> bool:
        """Write the table as CSV (UTF-8 with a BOM for Excel), atomically."""
        return self.import_export.export_csv(path)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage-collector pass while a table is read and changed. Reading 5,000 rows
    makes tens of thousands of short-lived tuples (sort keys, query rows, the fresh
    snapshot that `_same_as_shown` drops); a collection in the middle would promote them
    and soon cost a full pass over every object of the application (~50 ms). Freed by
    reference counting before the collector resumes, they never reach it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _cells(snapshot: TableSnapshot) -> dict[int, tuple[str, ...]]:
    return {row.id: row.cells for row in snapshot.rows}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
