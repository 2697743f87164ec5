"""How wide a table read from text may grow, shared by the readers and the CSV import.

Readers pad every row to the widest one, so one line of 23,000 pipes above 50,000 short
rows asked for a billion cells. A table gets at most `MAX_COLUMNS` columns, and when
padding every row to its widest would pass `MAX_CELLS` cells it is only as wide as its
median row (or as wide as fits): the cells of wider rows fold into their last cell
(`fit_cells`, as `TableBlock` folds rows), so no text is lost and the table stays in
proportion to the file. The CSV import refuses such files instead (`core.table_io`),
where the reporter sees a preview first.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from desktop_app.core.inline import Inline, Run

MAX_COLUMNS = 200
MAX_CELLS = 100_000


def table_width(row_lengths: Sequence[int]) -> int:
    """The number of columns for rows of these lengths (header included)."""
    widest = min(max(row_lengths, default=1), MAX_COLUMNS)
    if widest * len(row_lengths) <= MAX_CELLS:
        return max(1, widest)
    median = sorted(row_lengths)[len(row_lengths) // 2]
    return max(1, min(widest, max(median, MAX_CELLS // len(row_lengths))))


def fit_cells(cells: Sequence[Inline], width: int) -> tuple[Inline, ...]:
    """`cells` padded with empty cells to `width`, or with the surplus folded into the
    last cell, a space between each (what `TableBlock` does to a long row, in linear
    time: adding the cells one by one copies the growing cell each time)."""
    if len(cells) <= width:
        return (*cells, *(Inline(),) * (width - len(cells)))
    runs = list(cells[width - 1].runs)
    for extra in cells[width:]:
        if extra:
            runs.append(Run(" "))
            runs.extend(extra.runs)
    merged = tuple(
        Run("".join(run.text for run in group), *marks) for marks, group in itertools.groupby(runs, key=Run.marks)
    )
    return (*cells[: width - 1], Inline(merged))
