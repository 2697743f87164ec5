"""Insert the event's fact box, an agenda table or a topic list into an article, linked
(it follows the event) or as a copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop_app.core.document import Block
from desktop_app.gui.forms.insert_from_event_dialog_ui import Ui_InsertFromEventDialog
from desktop_app.gui.icons import themed_icon
from desktop_app.store import agenda, topics
from desktop_app.store.database import Database
from desktop_app.store.linked import detach_block

SOURCE_ROLE = Qt.ItemDataRole.UserRole


class InsertFromEventDialog(QDialog):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_InsertFromEventDialog()
        self.ui.setupUi(self)
        ui = self.ui
        tables = agenda.list_tables(db, event_id=event_id)
        for summary in sorted(tables, key=lambda s: s.role != "fact_box"):
            if summary.role == "fact_box":
                text = self.tr("Fact box — {title}").format(title=summary.title)
                icon = themed_icon("fa6s.circle-info", self)
            else:
                text = self.tr("Table — {title} (%n row(s))", "", summary.row_count).format(
                    title=summary.title or self.tr("Untitled table")
                )
                icon = themed_icon("fa6s.table", self)
            item = QListWidgetItem(icon, text, ui.sourcesList)
            item.setData(SOURCE_ROLE, ("table", summary.id))
        for lst in topics.list_lists(db, event_id=event_id):
            item = QListWidgetItem(
                themed_icon("fa6s.list-check", self, directional=True),
                self.tr("List — {title}").format(title=lst.title or self.tr("Untitled list")),
                ui.sourcesList,
            )
            item.setData(SOURCE_ROLE, ("topics", lst.id))
        empty = ui.sourcesList.count() == 0
        ui.emptyLabel.setVisible(empty)
        ui.emptyLabel.setText(
            self.tr("The event has no fact box, table or list yet: add them in the event sheet.") if empty else ""
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not empty)
        if not empty:
            ui.sourcesList.setCurrentRow(0)

    def choose(self, kind: str, source_id: int, *, linked: bool = True) -> None:
        for row in range(self.ui.sourcesList.count()):
            item = self.ui.sourcesList.item(row)
            if item.data(SOURCE_ROLE) == (kind, source_id):
                self.ui.sourcesList.setCurrentItem(item)
        (self.ui.linkedRadio if linked else self.ui.copyRadio).setChecked(True)

    def block(self) -> Block | None:
        """The block to insert: linked (source_id set) or a detached copy."""
        item = self.ui.sourcesList.currentItem()
        if item is None:
            return None
        kind, source_id = item.data(SOURCE_ROLE)
        block: Block = agenda.table_block(self.db, source_id) if kind == "table" else topics.topic_list_block(
            self.db, source_id
        )
        return block if self.ui.linkedRadio.isChecked() else detach_block(block)
