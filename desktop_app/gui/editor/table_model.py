"""The item model of a table block: row 0 is the header, shown as the first row.

Cells stay `Inline`; the view shows and edits their plain text. Writing a new text
replaces the cell with one plain run, while a cell nobody changed keeps its marks
(an editor that commits the same text is not an edit). Every change goes through the
article's undo stack as a `GridCommand`.

A table linked to an event's agenda table (`source_id` set) is read-only here: its cells
belong to the event, so `setData` and `apply` refuse and no cell is editable. Undo and
redo of earlier steps (`restore_grid`) still work, and `replace` takes in the event's
current content without an undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette, QUndoStack

from desktop_app.core.arabic import direction_of
from desktop_app.core.document import TableBlock
from desktop_app.core.inline import Inline
from desktop_app.gui.editor.table_commands import Cell, GridCommand
from desktop_app.gui.editor.table_grid import Grid, block_of, grid_of, set_cell

HEADER_ROLE = Qt.ItemDataRole.UserRole + 1
"""True for the header row's cells."""
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 2
"""'rtl' or 'ltr': the cell's own direction (neutral text takes the article's)."""

AnyIndex = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    grid_restored = Signal(int, int)
    """After an edit, its undo or its redo: the cell (row, column) to make current."""

    def __init__(
        self, block: TableBlock, direction: str, undo_stack: QUndoStack, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._grid = grid_of(block)
        self._source_id = block.source_id
        self._direction = direction
        self._undo_stack = undo_stack

    # --- content -------------------------------------------------------------------

    def grid(self) -> Grid:
        return self._grid

    def table_block(self) -> TableBlock:
        return block_of(self._grid, self._source_id)

    def source_id(self) -> int | None:
        return self._source_id

    def is_linked(self) -> bool:
        return self._source_id is not None

    def set_source_id(self, source_id: int | None) -> None:
        """Link or detach (the column's undoable Detach); the cells stay as they are."""
        self._source_id = source_id
        self._changed_all()  # flags and tooltips follow the link

    def replace(self, block: TableBlock) -> None:
        """Show `block` (the event's current content) with no undo step: the article did
        not edit it."""
        self.beginResetModel()
        self._grid = grid_of(block)
        self._source_id = block.source_id
        self.endResetModel()

    def cell(self, row: int, column: int) -> Inline:
        return self._grid[row][column]

    def direction(self) -> str:
        return self._direction

    def set_direction(self, direction: str) -> None:
        self._direction = direction
        self._changed_all()

    def cell_direction(self, row: int, column: int) -> str:
        return direction_of(self._grid[row][column].text, fallback=self._direction)

    def apply(
        self, after: Grid, text: str, cell_before: Cell, cell_after: Cell, merge_cell: Cell | None = None
    ) -> bool:
        """Push the change from the current grid to `after` as one undo step; refused
        (False) while the table is linked to the event's."""
        if after == self._grid or self.is_linked():
            return False
        self._undo_stack.push(GridCommand(self, self._grid, after, text, cell_before, cell_after, merge_cell))
        return True

    def restore_grid(self, grid: Grid, cell: Cell) -> None:
        """Called by undo commands only: show `grid` as is."""
        same_shape = len(grid) == len(self._grid) and len(grid[0]) == len(self._grid[0])
        if same_shape:
            self._grid = grid
            self._changed_all()
        else:
            self.beginResetModel()
            self._grid = grid
            self.endResetModel()
        self.grid_restored.emit(*cell)

    def _changed_all(self) -> None:
        if self._grid:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._grid) - 1, len(self._grid[0]) - 1))

    # --- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._grid)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._grid[0])

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.is_linked() else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._grid[row][column].text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(row, column)
        if role == DIRECTION_ROLE:
            return self.cell_direction(row, column)
        if role == HEADER_ROLE:
            return row == 0
        if role == Qt.ItemDataRole.ToolTipRole and self.is_linked():
            return linked_hint()
        if row == 0 and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if row == 0 and role == Qt.ItemDataRole.BackgroundRole:
            return QGuiApplication.palette().brush(QPalette.ColorRole.Button)
        return None

    def alignment(self, row: int, column: int) -> Qt.AlignmentFlag:
        """Absolute alignment: an Arabic cell sits on the right, a Latin one on the left,
        in a right-to-left and a left-to-right view alike. Without AlignAbsolute, Qt
        would mirror AlignLeft/AlignRight with the view's layout direction."""
        side = Qt.AlignmentFlag.AlignRight if self.cell_direction(row, column) == "rtl" else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.is_linked():
            return False
        row, column = index.row(), index.column()
        text = "" if value is None else str(value)
        if text == self._grid[row][column].text:
            return False  # an untouched cell keeps its bold and links
        new = Inline.plain(text) if text else Inline()
        cell = (row, column)
        label = QCoreApplication.translate("TableBlockEditor", "Edit cell")
        return self.apply(set_cell(self._grid, row, column, new), label, cell, cell, merge_cell=cell)


def linked_hint() -> str:
    """What a linked table's cells say when hovered: why they cannot be typed into."""
    return QCoreApplication.translate(
        "TableBlockEditor", "This table belongs to the event: edit it in the event, or detach it to change it here."
    )
