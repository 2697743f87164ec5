"""The item delegate of the agenda table editor's cells. Each cell is painted in its own
direction (`DIRECTION_ROLE`: that of its text's first strong letter, else the table's, so
an Arabic name reads right to left in a French programme), and so is the line edit that
edits it; the open line edit is kept at hand so that a table action can commit its text
before it runs (`AgendaTableEditor.commit_editing`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.gui.event.agenda_model import DIRECTION_ROLE, AnyIndex


class AgendaCellDelegate(QStyledItemDelegate):
    """Lays each cell out in its own direction and keeps the open editor at hand, so a
    table command can commit it first."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor: QWidget | None = None

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.direction = (
            Qt.LayoutDirection.RightToLeft if index.data(DIRECTION_ROLE) == "rtl" else Qt.LayoutDirection.LeftToRight
        )

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            direction = str(index.data(DIRECTION_ROLE))
            editor.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
            )
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)
