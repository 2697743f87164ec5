"""File → Trash: what the reporter deleted (articles, events, agenda tables, topic lists),
with Restore, Delete forever and Empty trash.

Restore needs no question: it only brings things back. Deleting for good asks first,
naming how many items go; articles that link a table or list deleted for good keep their
own copy of it (`store.trash`). `trash_changed` follows every change, so the window
brings its library, the open article and the event sheet up to date.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QTreeWidgetItem, QWidget

from desktop_app.core.errors import HadathError
from desktop_app.gui.forms.trash_dialog_ui import Ui_TrashDialog
from desktop_app.gui.icons import themed_icon
from desktop_app.i18n import translated_error
from desktop_app.locale_names import short_local_time
from desktop_app.store import trash
from desktop_app.store.database import Database
from desktop_app.store.trash import ItemKey, TrashedItem

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ICONS = {
    trash.ARTICLE: ("fa6s.file-lines", False),
    trash.EVENT: ("fa6s.calendar-days", False),
    trash.TABLE: ("fa6s.table", False),
    trash.LIST: ("fa6s.list-check", True),
}


class TrashDialog(QDialog):
    trash_changed = Signal()
    """After every restore or deletion: the window shows the library and event again."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_TrashDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.restoreButton.setIcon(themed_icon("fa6s.trash-arrow-up", self))
        ui.deleteButton.setIcon(themed_icon("fa6s.xmark", self))
        ui.emptyButton.setIcon(themed_icon("fa6s.trash-can", self))
        header = ui.itemsTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.deleteButton.clicked.connect(self.ask_delete_selected)
        ui.emptyButton.clicked.connect(self.ask_empty)
        ui.itemsTree.itemSelectionChanged.connect(self._update_buttons)
        ui.itemsTree.installEventFilter(self)
        self._items: list[TrashedItem] = []
        self.reload()

    # --- showing ------------------------------------------------------------------------

    def items(self) -> list[TrashedItem]:
        """What the dialog lists, in its order (the most recently deleted first)."""
        return list(self._items)

    def reload(self) -> None:
        ui = self.ui
        wanted = set(self.selected_keys())
        try:
            self._items = trash.list_trash(self.db)
        except HadathError as error:
            self._items = []
            self._say(translated_error(error))
        ui.itemsTree.clear()
        for entry in self._items:
            item = self._item(entry)
            ui.itemsTree.addTopLevelItem(item)
            item.setSelected(entry.key in wanted)
        if ui.itemsTree.topLevelItemCount() and not ui.itemsTree.selectedItems():
            ui.itemsTree.setCurrentItem(ui.itemsTree.topLevelItem(0))
        ui.itemsTree.setVisible(bool(self._items))
        ui.emptyLabel.setVisible(not self._items)
        self._update_buttons()

    def _item(self, entry: TrashedItem) -> QTreeWidgetItem:
        title = entry.title or self._untitled(entry.kind)
        event = entry.event_title or ""
        if event and entry.event_in_trash:
            event = self.tr("%1 (in the trash)").replace("%1", event)
        item = QTreeWidgetItem([title, self._what(entry), event, self._when(entry)])
        icon, directional = KIND_ICONS[entry.kind]
        item.setIcon(0, themed_icon(icon, self, directional=directional))
        item.setData(0, KEY_ROLE, entry.key)
        item.setToolTip(0, title)
        item.setToolTip(2, event)
        return item

    def _untitled(self, kind: str) -> str:
        return {
            trash.ARTICLE: self.tr("Untitled article"),
            trash.EVENT: self.tr("Untitled event"),
            trash.TABLE: self.tr("Untitled table"),
        }.get(kind, self.tr("Untitled list"))

    def _what(self, entry: TrashedItem) -> str:
        if entry.kind == trash.ARTICLE:
            return self.tr("Article · %n word(s)", "", entry.size)
        if entry.kind == trash.EVENT:
            return self.tr("Event · %n table(s) and list(s)", "", entry.size)
        if entry.kind == trash.TABLE:
            return self.tr("Table · %n row(s)", "", entry.size)
        return self.tr("Topic list · %n topic(s)", "", entry.size)

    def _when(self, entry: TrashedItem) -> str:
        return short_local_time(entry.deleted_at)

    def selected_keys(self) -> list[ItemKey]:
        """The selected items, in the dialog's order."""
        tree = self.ui.itemsTree
        found: list[ItemKey] = []
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item.isSelected():
                kind, item_id = item.data(0, KEY_ROLE)
                found.append((str(kind), int(item_id)))
        return found

    def select(self, keys: list[ItemKey]) -> None:
        tree = self.ui.itemsTree
        wanted = set(keys)
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            item.setSelected(tuple(item.data(0, KEY_ROLE)) in wanted)

    def _update_buttons(self) -> None:
        chosen = bool(self.ui.itemsTree.selectedItems())
        self.ui.restoreButton.setEnabled(chosen)
        self.ui.deleteButton.setEnabled(chosen)
        self.ui.emptyButton.setEnabled(bool(self._items))

    def _say(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.ui.itemsTree
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.ask_delete_selected()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # --- acting -------------------------------------------------------------------------

    def restore_selected(self) -> list[ItemKey]:
        """Put the selected items back; returns what came back (an event with a table
        or list of it, when it was in the trash too)."""
        keys = self.selected_keys()
        if not keys:
            return []
        titles = {entry.key: entry.title for entry in self._items}
        try:
            restored = trash.restore_items(self.db, keys)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot restore"), translated_error(error))
            return []
        message = self.tr("%n item(s) restored.", "", len(keys))
        brought = [key for key in restored if key not in keys]
        if brought:
            names = ", ".join(f"“{titles.get(key, '')}”" for key in brought)
            message += " " + self.tr("Their event came back with them: %1.").replace("%1", names)
        self.reload()
        self._say(message)
        self.trash_changed.emit()
        return restored

    def ask_delete_selected(self) -> int:
        """Delete the selected items for good once the reporter agrees; returns how many."""
        keys = self.selected_keys()
        if not keys:
            return 0
        question = self.tr("Delete the %n selected item(s) for good? This cannot be undone.", "", len(keys))
        if any(kind in (trash.TABLE, trash.LIST, trash.EVENT) for kind, _ in keys):
            question += "\n\n" + self.tr(
                "Articles that show a table or list deleted now keep their own copy of it."
            )
        if not self._agree(self.tr("Delete forever"), question):
            return 0
        try:
            count = trash.delete_forever(self.db, keys)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot delete"), translated_error(error))
            return 0
        self.reload()
        self._say(self.tr("%n item(s) deleted for good.", "", count))
        self.trash_changed.emit()
        return count

    def ask_empty(self) -> int:
        """Empty the trash once the reporter agrees to the count it names."""
        count = len(self._items)
        if not count:
            return 0
        question = self.tr(
            "Delete the %n item(s) in the trash for good? This cannot be undone.", "", count
        ) + "\n\n" + self.tr("Articles that show a table or list deleted now keep their own copy of it.")
        if not self._agree(self.tr("Empty trash"), question):
            return 0
        try:
            deleted = trash.empty_trash(self.db)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot empty the trash"), translated_error(error))
            return 0
        self.reload()
        self._say(self.tr("%n item(s) deleted for good.", "", deleted))
        self.trash_changed.emit()
        return deleted

    def _agree(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
