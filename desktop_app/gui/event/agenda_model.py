"""The item model of an event's agenda table, as the store holds it (`AgendaTableRecord`).

The model never writes: an edited cell or a dropped row goes to `edit_handler` /
`move_handler`, which the editor turns into an undoable store change and answers with
`update_table(new record)`. `update_table` applies the difference as row removals,
insertions, a layout change (a sort, a move) and data changes, so the view keeps its
selection and scroll position across a sort of 5,000 rows; nothing here queries the
database, and the record is loaded once per change.

Marks and coverage are keyed by row and column ids, not positions: a sort or a move
changes neither.

Direction (DESIGN.md fact 4): a cell is laid out in the direction of its first strong
letter; a cell with none (`10:00`, `٢٠٢٥`, a room number) takes the table's direction, and
its alignment is `AlignLeading`, which follows the view's layout direction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from desktop_app.core.agenda_values import NOT_A_DATE, NOT_A_TIME, OUTSIDE_EVENT, validation_marks
from desktop_app.core.arabic import strong_direction
from desktop_app.store.agenda import AgendaColumnRecord, AgendaMark, AgendaRowRecord, AgendaTableRecord

AnyIndex = QModelIndex | QPersistentModelIndex

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The store id of the cell's row (also on the vertical header)."""
COLUMN_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The store id of the cell's column (also on the horizontal header)."""
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 3
"""'rtl' or 'ltr': the direction the cell's text is laid out in."""
MARK_ROLE = Qt.ItemDataRole.UserRole + 4
"""The cell's validation mark (agenda_values.NOT_A_TIME…), or None."""
GENERATED_ROLE = Qt.ItemDataRole.UserRole + 5
"""True on a row generated from the event's details (read-only)."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 6
"""The column's kind on the horizontal header: text, time, date or person."""

MIME_TYPE = "application/x-hadath-agenda-rows"
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "ps", "ckb", "yi", "dv"})

# Amber, see-through so the theme's base colour (light or dark) shows under it.
WARNING_BRUSH = QBrush(QColor(240, 170, 0, 90))
# A faint grey over generated rows: they read as the event's, not as the reporter's.
GENERATED_BRUSH = QBrush(QColor(128, 128, 128, 40))

# Most tables need nothing but these; marks and coverage are keyed by store ids.
CellKey = tuple[int, int]  # (row id, column id)


def language_direction(language: str) -> str:
    """'rtl' for a coverage language written right to left (ar, ar_MA, fa…), else 'ltr'."""
    primary = language.replace("-", "_").split("_")[0].lower()
    return "rtl" if primary in RTL_LANGUAGES else "ltr"


def compute_marks(record: AgendaTableRecord, start: date | None, end: date | None) -> list[AgendaMark]:
    """What `agenda.table_marks` returns, from a record already in hand (no query): the
    same `agenda_values.validation_marks`, which judges each cell on its own, asked once
    per distinct text of a column (a programme of 5,000 rows spells a few dozen times)."""
    found: list[tuple[int, int, str]] = []
    for c, column in enumerate(record.columns):
        texts = [row.cells[c] for row in record.rows]
        distinct = list(dict.fromkeys(texts))
        reasons = {
            distinct[mark.row]: mark.reason
            for mark in validation_marks([column.kind], [[text] for text in distinct], start, end)
        }
        if reasons:
            found.extend((r, c, reasons[text]) for r, text in enumerate(texts) if text in reasons)
    found.sort()
    return [
        AgendaMark(row_id=record.rows[r].id, column_id=record.columns[c].id, row=r, column=c, reason=reason)
        for r, c, reason in found
    ]


@dataclass(frozen=True)
class DropRequest:
    row_ids: tuple[int, ...]
    position: int  # where the first lands once the rows are taken out (reorder.move_to)


class AgendaTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._record: AgendaTableRecord | None = None
        self._rows: list[AgendaRowRecord] = []
        self._columns: tuple[AgendaColumnRecord, ...] = ()
        self._index_of: dict[int, int] | None = None  # row id → row, built when asked
        self._marks: dict[CellKey, str] = {}
        self._coverage: dict[int, tuple[int, ...]] = {}
        self._titles: dict[int, str] = {}
        self._icons: dict[str, QIcon] = {}
        self._direction = "rtl"
        self.edit_handler: Callable[[int, int, str], bool] | None = None
        """(row id, column id, text) → whether the store took the edit."""
        self.move_handler: Callable[[DropRequest], bool] | None = None
        """Rows dropped (a drag) → whether the store took the move."""

    # --- content -------------------------------------------------------------------

    def record(self) -> AgendaTableRecord | None:
        return self._record

    def table_id(self) -> int | None:
        return self._record.id if self._record is not None else None

    def columns(self) -> tuple[AgendaColumnRecord, ...]:
        return self._columns

    def row_record(self, row: int) -> AgendaRowRecord:
        return self._rows[row]

    def row_id(self, row: int) -> int:
        return self._rows[row].id

    def column_id(self, column: int) -> int:
        return self._columns[column].id

    def row_of(self, row_id: int) -> int | None:
        if self._index_of is None:
            self._index_of = {row.id: index for index, row in enumerate(self._rows)}
        return self._index_of.get(row_id)

    def column_of(self, column_id: int) -> int | None:
        return next((index for index, column in enumerate(self._columns) if column.id == column_id), None)

    def is_generated(self, row: int) -> bool:
        return self._rows[row].field is not None

    def articles(self, row: int) -> tuple[int, ...]:
        """The live articles covering the row (a session)."""
        return self._coverage.get(self._rows[row].id, ())

    def marks(self) -> dict[CellKey, str]:
        return dict(self._marks)

    def set_direction(self, direction: str) -> None:
        if direction != self._direction:
            self._direction = direction
            self._all_changed()

    def set_icons(self, icons: Mapping[str, QIcon]) -> None:
        """Icons drawn by the view's owner in its palette: the column kinds ('time',
        'date', 'person'), 'covered' and 'generated' for the vertical header."""
        self._icons = dict(icons)
        self._headers_changed()

    def set_article_titles(self, titles: Mapping[int, str]) -> None:
        """Titles of the articles that may cover rows, for the vertical header's tips."""
        self._titles = dict(titles)
        self._headers_changed(Qt.Orientation.Vertical)

    def set_table(
        self,
        record: AgendaTableRecord | None,
        marks: Iterable[AgendaMark] = (),
        coverage: Mapping[int, Sequence[int]] | None = None,
    ) -> None:
        """Show another table (or none): a reset."""
        self.beginResetModel()
        self._record = record
        self._rows = list(record.rows) if record is not None else []
        self._columns = record.columns if record is not None else ()
        self._index_of = None
        self._marks = _mark_map(marks)
        self._coverage = _coverage_map(coverage)
        self.endResetModel()

    def update_table(
        self,
        record: AgendaTableRecord,
        marks: Iterable[AgendaMark] | None = None,
        coverage: Mapping[int, Sequence[int]] | None = None,
    ) -> None:
        """Show the table's new state as the smallest set of changes; `marks` and
        `coverage` None keep the current ones (a sort changes neither)."""
        old = self._record
        if old is None or old.id != record.id or [c.id for c in old.columns] != [c.id for c in record.columns]:
            self.set_table(record, marks if marks is not None else (), coverage)
            return
        old_rows = {row.id: row for row in self._rows}
        if not self._apply_row_changes(record):
            self.set_table(record, marks if marks is not None else self._mark_list(), coverage)
            return
        changed = {
            index
            for index, row in enumerate(record.rows)
            if row.id in old_rows and (old_rows[row.id].cells, old_rows[row.id].field) != (row.cells, row.field)
        }
        if marks is not None:
            new_marks = _mark_map(marks)
            for key in set(self._marks.items()) ^ set(new_marks.items()):
                row = self.row_of(key[0][0])
                if row is not None:
                    changed.add(row)
            self._marks = new_marks
        header_changed = False
        if coverage is not None:
            new_coverage = _coverage_map(coverage)
            header_changed = new_coverage != self._coverage
            self._coverage = new_coverage
        if any(row.field != old_rows[row.id].field for row in record.rows if row.id in old_rows):
            header_changed = True
        columns_changed = record.columns != self._columns
        self._record = record
        self._columns = record.columns
        if changed and self._columns:
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(self._columns) - 1))
        if header_changed:
            self._headers_changed(Qt.Orientation.Vertical)
        if columns_changed:
            self._headers_changed(Qt.Orientation.Horizontal)
            self._all_changed()  # a column's kind changes its cells' marks and tips

    def _mark_list(self) -> list[AgendaMark]:
        return [AgendaMark(row_id, column_id, 0, 0, reason) for (row_id, column_id), reason in self._marks.items()]

    def _apply_row_changes(self, record: AgendaTableRecord) -> bool:
        """Bring `self._rows` to `record.rows` with removals, insertions and a layout
        change; False when the change is too scattered to be worth it (then reset)."""
        new_ids = [row.id for row in record.rows]
        new_set = set(new_ids)
        gone = [index for index, row in enumerate(self._rows) if row.id not in new_set]
        for first, last in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self._index_of = None
            self.endRemoveRows()
        kept = {row.id for row in self._rows}
        by_id = {row.id: row for row in record.rows}
        arrivals = _runs([index for index, row_id in enumerate(new_ids) if row_id not in kept])
        if len(arrivals) > 64:
            return False
        for first, last in arrivals:
            before = new_ids[first - 1] if first > 0 else None
            at = 0 if before is None else self._position_of(before) + 1
            self.beginInsertRows(QModelIndex(), at, at + last - first)
            self._rows[at:at] = [by_id[row_id] for row_id in new_ids[first : last + 1]]
            self._index_of = None
            self.endInsertRows()
        if [row.id for row in self._rows] != new_ids:
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            old_ids = [self._rows[index.row()].id for index in old]
            self._rows = list(record.rows)
            self._index_of = None
            moved = [
                self.index(self._position_of(row_id), index.column())
                for index, row_id in zip(old, old_ids, strict=True)
            ]
            self.changePersistentIndexList(old, moved)
            self.layoutChanged.emit()
        else:
            self._rows = list(record.rows)
            self._index_of = None
        return True

    def _position_of(self, row_id: int) -> int:
        found = self.row_of(row_id)
        assert found is not None  # a kept row: it is in the list
        return found

    def _all_changed(self) -> None:
        if self._rows and self._columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    def _headers_changed(self, orientation: Qt.Orientation | None = None) -> None:
        counts = ((Qt.Orientation.Horizontal, len(self._columns)), (Qt.Orientation.Vertical, len(self._rows)))
        for which, count in counts:
            if count and orientation in (None, which):
                self.headerDataChanged.emit(which, 0, count - 1)

    # --- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on a cell
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if not self.is_generated(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell_direction(self, row: int, column: int) -> str:
        return strong_direction(self._rows[row].cells[column]) or self._direction

    def alignment(self, row: int, column: int) -> Qt.AlignmentFlag:
        """Text with a strong letter sits on its own side (absolute, so the view's
        direction does not flip it); neutral text (times, numbers) on the leading side of
        the view, which is laid out in the table's direction."""
        strong = strong_direction(self._rows[row].cells[column])
        if strong is None:
            return Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        side = Qt.AlignmentFlag.AlignRight if strong == "rtl" else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        record = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return record.cells[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(row, column)
        if role == DIRECTION_ROLE:
            return self.cell_direction(row, column)
        if role == ROW_ID_ROLE:
            return record.id
        if role == COLUMN_ID_ROLE:
            return self._columns[column].id
        if role == GENERATED_ROLE:
            return record.field is not None
        if role == MARK_ROLE:
            return self._marks.get((record.id, self._columns[column].id))
        if role == Qt.ItemDataRole.BackgroundRole:
            if (record.id, self._columns[column].id) in self._marks:
                return WARNING_BRUSH
            return GENERATED_BRUSH if record.field is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(row, column)
        if role == Qt.ItemDataRole.FontRole and record.field is not None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _cell_tip(self, row: int, column: int) -> str | None:
        record = self._rows[row]
        tips = []
        reason = self._marks.get((record.id, self._columns[column].id))
        if reason is not None:
            tips.append(self.mark_text(reason))
        if record.field is not None:
            tips.append(self.tr("This row comes from the event's details: change them in the event sheet."))
        return "\n".join(tips) or None

    def mark_text(self, reason: str) -> str:
        if reason == NOT_A_TIME:
            return self.tr("Not a time: write it like 09:30, 9h30 or 10:00–11:30.")
        if reason == NOT_A_DATE:
            return self.tr("Not a date: write it like 24 November 2025 or 2025-11-24.")
        if reason == OUTSIDE_EVENT:
            return self.tr("This date falls outside the event's dates.")
        return reason

    def kind_name(self, kind: str) -> str:
        names = {
            "text": self.tr("Text"),
            "time": self.tr("Time"),
            "date": self.tr("Date"),
            "person": self.tr("Person"),
        }
        return names.get(kind, kind)

    def header_text(self, column: int) -> str:
        """The column's header, or a stand-in naming its place when it has none."""
        header = self._columns[column].header
        return header if header.strip() else self.tr("Column %1").replace("%1", str(column + 1))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_text(section)
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icons.get(column.kind) if column.kind != "text" else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%1 — kind: %2. Click to sort, double-click to rename.").replace(
                    "%1", self.header_text(section)
                ).replace("%2", self.kind_name(column.kind))
            if role == Qt.ItemDataRole.FontRole and not column.header.strip():
                font = QFont()
                font.setItalic(True)
                return font
            if role == COLUMN_ID_ROLE:
                return column.id
            if role == KIND_ROLE:
                return column.kind
            return None
        if not 0 <= section < len(self._rows):
            return None
        record = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            if record.field is not None:
                return self._icons.get("generated")
            return self._icons.get("covered") if self._coverage.get(record.id) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_tip(record)
        if role == ROW_ID_ROLE:
            return record.id
        if role == GENERATED_ROLE:
            return record.field is not None
        return None

    def _row_tip(self, record: AgendaRowRecord) -> str | None:
        tips = []
        if record.field is not None:
            tips.append(self.tr("This row comes from the event's details: change them in the event sheet."))
        covering = self._coverage.get(record.id, ())
        if covering:
            # Isolated, so a Latin title inside an Arabic list keeps its place.
            names = [f"“\u2068{self._titles.get(article, '#' + str(article))}\u2069”" for article in covering]
            tips.append(self.tr("Covered by %1").replace("%1", QLocale().createSeparatedList(names)))
        return "\n".join(tips) or None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.is_generated(index.row()):
            return False
        text = "" if value is None else str(value)
        row, column = index.row(), index.column()
        if text == self._rows[row].cells[column] or self.edit_handler is None:
            return False
        return self.edit_handler(self._rows[row].id, self._columns[column].id, text)

    # --- drag and drop ------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        payload = {"table": self.table_id(), "rows": [self._rows[row].id for row in rows]}
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
        return data

    def _dropped_rows(self, data: QMimeData) -> list[int] | None:
        """The row ids a drag carries, when they are rows of this very table."""
        if self._record is None or not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(payload, dict) or payload.get("table") != self._record.id:
            return None  # another table's rows: moving them here is not a move
        ids = payload.get("rows")
        if not isinstance(ids, list) or not ids or any(self.row_of(row_id) is None for row_id in ids):
            return None
        return [int(row_id) for row_id in ids]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._dropped_rows(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        ids = self._dropped_rows(data)
        if ids is None or action != Qt.DropAction.MoveAction or self.move_handler is None:
            return False
        # A drop on a cell lands before its row; between rows, at the gap; below the last
        # row (row -1, no parent), at the end.
        gap = parent.row() if parent.isValid() else (row if row >= 0 else len(self._rows))
        moving = set(ids)
        position = gap - sum(1 for index in range(min(gap, len(self._rows))) if self._rows[index].id in moving)
        self.move_handler(DropRequest(tuple(ids), position))
        # False: the move is done; the view must not remove the dragged rows itself.
        return False


def _mark_map(marks: Iterable[AgendaMark]) -> dict[CellKey, str]:
    return {(mark.row_id, mark.column_id): mark.reason for mark in marks}


def _coverage_map(coverage: Mapping[int, Sequence[int]] | None) -> dict[int, tuple[int, ...]]:
    return {row_id: tuple(ids) for row_id, ids in (coverage or {}).items() if ids}


def _runs(indexes: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted indexes as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for index in indexes:
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs
