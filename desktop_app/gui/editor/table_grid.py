"""Pure operations on a table grid: row 0 is the header, the rest are body rows.

Grids are immutable tuples so an undo command can keep the before and after states
by reference: undo then restores exactly what was there, marks included.
No Qt here, so the rules are easy to test on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.core.document import TableBlock
from desktop_app.core.inline import Inline

Row = tuple[Inline, ...]
Grid = tuple[Row, ...]


def grid_of(block: TableBlock) -> Grid:
    return (tuple(block.header), *block.rows)


def block_of(grid: Grid, source_id: int | None = None) -> TableBlock:
    return TableBlock(header=grid[0], rows=grid[1:], source_id=source_id)


def width(grid: Grid) -> int:
    return len(grid[0])


def set_cell(grid: Grid, row: int, column: int, value: Inline) -> Grid:
    cells = list(grid[row])
    cells[column] = value
    return (*grid[:row], tuple(cells), *grid[row + 1 :])


def insert_row(grid: Grid, at: int) -> Grid:
    """An empty row at `at`; never above the header, which stays row 0."""
    at = max(1, min(at, len(grid)))
    return (*grid[:at], (Inline(),) * width(grid), *grid[at:])


def remove_rows(grid: Grid, rows: Iterable[int]) -> Grid:
    """Drop body rows; the header row cannot be removed (the table keeps its columns)."""
    doomed = {r for r in rows if 1 <= r < len(grid)}
    return tuple(row for i, row in enumerate(grid) if i not in doomed)


def can_move_row(grid: Grid, row: int, delta: int) -> bool:
    return 1 <= row < len(grid) and 1 <= row + delta < len(grid)


def move_row(grid: Grid, row: int, delta: int) -> Grid:
    if not can_move_row(grid, row, delta):
        return grid
    rows = list(grid)
    rows.insert(row + delta, rows.pop(row))
    return tuple(rows)


def insert_column(grid: Grid, at: int) -> Grid:
    at = max(0, min(at, width(grid)))
    return tuple((*row[:at], Inline(), *row[at:]) for row in grid)


def remove_column(grid: Grid, column: int) -> Grid:
    """The table keeps at least one column: removing the last one returns the grid as is."""
    if width(grid) <= 1 or not 0 <= column < width(grid):
        return grid
    return tuple((*row[:column], *row[column + 1 :]) for row in grid)


def can_move_column(grid: Grid, column: int, delta: int) -> bool:
    return 0 <= column < width(grid) and 0 <= column + delta < width(grid)


def move_column(grid: Grid, column: int, delta: int) -> Grid:
    if not can_move_column(grid, column, delta):
        return grid
    moved: list[Row] = []
    for row in grid:
        cells = list(row)
        cells.insert(column + delta, cells.pop(column))
        moved.append(tuple(cells))
    return tuple(moved)


def paste(grid: Grid, row: int, column: int, block: Sequence[Sequence[Inline]]) -> Grid:
    """Lay `block` over the grid from (row, column), adding rows and columns at the end
    as needed; cells outside the pasted rectangle are kept."""
    if not block:
        return grid
    needed_rows = row + len(block)
    needed_width = column + max(len(cells) for cells in block)
    grown = [list(cells) + [Inline()] * (needed_width - len(cells)) for cells in grid]
    grown.extend([Inline()] * max(needed_width, width(grid)) for _ in range(needed_rows - len(grown)))
    for r, cells in enumerate(block):
        for c, value in enumerate(cells):
            grown[row + r][column + c] = value
    return tuple(tuple(cells) for cells in grown)
