"""An event's agenda tables: the list (the fact box excepted: it has its own editor in the
event sheet), New / Rename / Delete, and the editor of the chosen table beside it.

Table-level changes are undoable like the editor's own (`AgendaTableEditor.new_table`,
`rename_table`, `delete_table`); the list follows every change through the editor's
`table_changed`, which the panel passes on. Delete moves the table to the trash at once
(undo and File → Trash bring it back); when articles link it, a message names them: they
keep showing it until the trash is emptied.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidgetItem, QMessageBox, QWidget

from desktop_app.core.errors import HadathError
from desktop_app.gui.event.agenda_editor import AgendaTableEditor
from desktop_app.gui.forms.agenda_tables_panel_ui import Ui_AgendaTablesPanel
from desktop_app.gui.icons import themed_icon
from desktop_app.i18n import translated_error
from desktop_app.store.agenda import AgendaTableSummary, list_tables
from desktop_app.store.block_links import articles_linking
from desktop_app.store.database import Database

TABLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FACT_BOX_ROLE = "fact_box"
MAX_NAMED_ARTICLES = 5


class AgendaTablesPanel(QWidget):
    table_changed = Signal(int)
    """After every store change of one of the event's tables (passed on from the editor)."""

    def __init__(self, db: Database, event_id: int, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.undo_stack = undo_stack
        self.ui = Ui_AgendaTablesPanel()
        self.ui.setupUi(self)
        self.editor = AgendaTableEditor(db, undo_stack, self.ui.editorHost)
        self.ui.editorLayout.addWidget(self.editor)
        self.editor.set_event(event_id)
        self.editor.table_changed.connect(self._editor_changed)
        self._tables: list[AgendaTableSummary] = []
        ui = self.ui
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([240, 760])
        ui.newButton.setIcon(themed_icon("fa6s.plus", self))
        ui.renameButton.setIcon(themed_icon("fa6s.pen", self))
        ui.deleteButton.setIcon(themed_icon("fa6s.trash-can", self))
        ui.newButton.clicked.connect(self.ask_new_table)
        ui.renameButton.clicked.connect(self.ask_rename_table)
        ui.deleteButton.clicked.connect(self.ask_delete_table)
        ui.tableList.currentItemChanged.connect(self._chosen)
        ui.tableList.itemDoubleClicked.connect(lambda _: self.ask_rename_table())
        # Not reload(): the editor has just read the event, and _fill reads the table it
        # chooses; reload() would read both a second time.
        self._fill(None)

    # --- the list ---------------------------------------------------------------------

    def tables(self) -> list[AgendaTableSummary]:
        """The tables listed, in their order."""
        return list(self._tables)

    def current_table_id(self) -> int | None:
        item = self.ui.tableList.currentItem()
        return int(item.data(TABLE_ID_ROLE)) if item is not None else None

    def select_table(self, table_id: int) -> bool:
        for row in range(self.ui.tableList.count()):
            if self.ui.tableList.item(row).data(TABLE_ID_ROLE) == table_id:
                self.ui.tableList.setCurrentRow(row)
                return True
        return False

    def reload(self) -> None:
        """Read the event's tables again; the chosen one stays chosen while it exists."""
        self.editor.set_event(self.event_id)
        self._fill(self.editor.table_id() or self.current_table_id())
        if self.editor.table_id() is not None:
            self.editor.reload()

    def _fill(self, wanted: int | None) -> None:
        ui = self.ui
        previous_row = max(ui.tableList.currentRow(), 0)
        try:
            tables = list_tables(self.db, event_id=self.event_id)
        except HadathError as error:
            tables = []
            ui.emptyLabel.setText(translated_error(error))
        self._tables = [table for table in tables if table.role != FACT_BOX_ROLE]
        ui.tableList.blockSignals(True)
        ui.tableList.clear()
        icon = themed_icon("fa6s.table", self)
        for table in self._tables:
            title = table.title or self.tr("Untitled table")
            rows = self.tr("%n row(s)", "", table.row_count)
            item = QListWidgetItem(f"{title}\n{rows}")
            item.setData(TABLE_ID_ROLE, table.id)
            item.setToolTip(title)
            item.setIcon(icon)
            ui.tableList.addItem(item)
        ids = [table.id for table in self._tables]
        if wanted in ids:
            ui.tableList.setCurrentRow(ids.index(wanted))
        elif ids:
            # The chosen table went (deleted, or its creation undone): its neighbour.
            ui.tableList.setCurrentRow(min(previous_row, len(ids) - 1))
        ui.tableList.blockSignals(False)
        chosen = self.current_table_id()
        if chosen != self.editor.table_id():
            self.editor.set_table(chosen)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        chosen = self.current_table_id() is not None
        ui.renameButton.setEnabled(chosen)
        ui.deleteButton.setEnabled(chosen)
        ui.emptyLabel.setVisible(not self._tables)
        ui.tableList.setVisible(bool(self._tables))

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        table_id = int(current.data(TABLE_ID_ROLE)) if current is not None else None
        if table_id != self.editor.table_id():
            self.editor.set_table(table_id)
        self._update_buttons()

    def _editor_changed(self, table_id: int) -> None:
        self._fill(self.editor.table_id())
        self.table_changed.emit(table_id)

    # --- New, Rename, Delete ----------------------------------------------------------

    def ask_new_table(self) -> int | None:
        title, ok = QInputDialog.getText(self, self.tr("New table"), self.tr("Title of the new table:"))
        if not ok:
            return None
        return self.editor.new_table(title.strip())

    def ask_rename_table(self) -> bool:
        table_id = self.current_table_id()
        if table_id is None:
            return False
        current = next((table.title for table in self._tables if table.id == table_id), "")
        title, ok = QInputDialog.getText(
            self, self.tr("Rename table"), self.tr("Title:"), QLineEdit.EchoMode.Normal, current
        )
        if not ok or title.strip() == current:
            return False
        return self.editor.rename_table(title.strip())

    def ask_delete_table(self) -> bool:
        """Move the chosen table to the trash (undoable, so nothing is asked); when live
        articles link it, say which: they keep showing it until the trash is emptied."""
        table_id = self.current_table_id()
        summary = next((table for table in self._tables if table.id == table_id), None)
        if summary is None:
            return False
        try:
            users = [user for user in articles_linking(self.db, "table", summary.id) if not user.in_trash]
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Delete table"), translated_error(error))
            return False
        if self.editor.table_id() != summary.id:
            self.editor.set_table(summary.id)
        if not self.editor.delete_table():
            return False
        if users:
            title = summary.title or self.tr("Untitled table")
            shown = users[:MAX_NAMED_ARTICLES]
            names = "\n".join(f"• {user.title}" for user in shown)
            if len(users) > len(shown):
                names += "\n" + self.tr("and %n more", "", len(users) - len(shown))
            message = (
                self.tr("The table “%1” is in the trash. %n article(s) link it:", "", len(users)).replace("%1", title)
                + "\n"
                + names
                + "\n\n"
                + self.tr(
                    "They keep showing it until you empty the trash. Undo, or File → Trash, brings it back."
                )
            )
            QMessageBox.information(self, self.tr("Table moved to the trash"), message)
        return True
