"""The one undo command a table block needs: swap the whole grid.

Every table edit (cell, rows, columns, paste) is a before/after pair of immutable
grids, so undo restores the exact cells, marks included, whatever the edit was.
Tables are small (a fact box, a programme), so keeping both states costs little.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from desktop_app.gui.editor.table_grid import Grid

Cell = tuple[int, int]

# Same id for every cell edit; mergeWith then checks that it is the same cell of the same table.
_CELL_EDIT_ID = 0x7AB1E


class GridTarget(Protocol):
    def restore_grid(self, grid: Grid, cell: Cell) -> None: ...


class GridCommand(QUndoCommand):
    def __init__(
        self,
        target: GridTarget,
        before: Grid,
        after: Grid,
        text: str,
        cell_before: Cell,
        cell_after: Cell,
        merge_cell: Cell | None = None,
    ) -> None:
        super().__init__(text)
        self.target = target
        self.before = before
        self.after = after
        self.cell_before = cell_before
        self.cell_after = cell_after
        self.merge_cell = merge_cell

    def redo(self) -> None:
        self.target.restore_grid(self.after, self.cell_after)

    def undo(self) -> None:
        self.target.restore_grid(self.before, self.cell_before)

    def id(self) -> int:
        return _CELL_EDIT_ID if self.merge_cell is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, GridCommand):
            return False
        if other.target is not self.target or other.merge_cell != self.merge_cell or other.before != self.after:
            return False
        self.after = other.after
        self.cell_after = other.cell_after
        return True
