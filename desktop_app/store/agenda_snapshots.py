"""Whole-table snapshots of an agenda table, taken before and after an edit: undo and redo
put a table back with `restore_snapshot`, whatever the edit was.

A snapshot holds what the table IS (title, columns with their ids, headers and kinds, rows
with their ids, generated-row fields and cells, the coverage links of its rows), so one
restore undoes a cell edit, a sort, a removed column or a deleted table alike. Ids are
kept: a restored row is the same row to every coverage link and every later snapshot.

Restoring writes only what differs (a cell edit undone in a 5,000-row table rewrites one
cell), in one transaction. An id that another table took in the meantime (SQLite reuses
the highest id once it is freed) cannot be reused: that row or column comes back under a
new id, with its cells and links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from desktop_app.core.agenda_values import sorted_order
from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError
from desktop_app.store.agenda import AgendaColumnRecord, AgendaRowRecord, AgendaTableRecord
from desktop_app.store.database import Database
from desktop_app.store.models import (
    AgendaCell,
    AgendaColumn,
    AgendaRow,
    AgendaRowArticle,
    AgendaTable,
    Article,
    Event,
)
from desktop_app.store.positions import write_order

Link = tuple[int, int]  # (row id, article id)


@dataclass(frozen=True)
class ColumnSnapshot:
    id: int
    header: str
    kind: str


@dataclass(frozen=True)
class RowSnapshot:
    id: int
    field: str | None  # the event field of a generated fact-box row, else None
    cells: tuple[str, ...]  # one per column, in column order


@dataclass(frozen=True)
class TableSnapshot:
    table_id: int
    title: str
    event_id: int | None
    article_id: int | None
    position: int
    role: str
    columns: tuple[ColumnSnapshot, ...]
    rows: tuple[RowSnapshot, ...]
    links: frozenset[Link]  # coverage: which articles cover which rows, trashed ones too

    def record(self) -> AgendaTableRecord:
        """The table as `agenda.get_table` would return it, without a query."""
        return AgendaTableRecord(
            id=self.table_id,
            title=self.title,
            event_id=self.event_id,
            article_id=self.article_id,
            position=self.position,
            columns=tuple(
                AgendaColumnRecord(column.id, index, column.header, column.kind)
                for index, column in enumerate(self.columns)
            ),
            rows=tuple(
                AgendaRowRecord(row.id, index, row.cells, row.field) for index, row in enumerate(self.rows)
            ),
            role=self.role,
        )

    # Derived snapshots: an edit whose whole effect is known (a reorder, one cell) gives
    # its "after" without reading the table again, which a 5,000-row sort notices.

    def reordered(self, row_ids: Sequence[int]) -> TableSnapshot:
        """The same table with its rows in the order given (each row id once)."""
        by_id = {row.id: row for row in self.rows}
        if len(row_ids) != len(by_id) or set(row_ids) != set(by_id):
            raise ValueError("not a reordering of this table's rows")
        return replace(self, rows=tuple(by_id[row_id] for row_id in row_ids))

    def with_cell(self, row_id: int, column_id: int, text: str) -> TableSnapshot:
        """The same table with one cell's text changed."""
        column = next(i for i, c in enumerate(self.columns) if c.id == column_id)
        rows = tuple(
            replace(row, cells=(*row.cells[:column], text, *row.cells[column + 1 :])) if row.id == row_id else row
            for row in self.rows
        )
        if rows == self.rows and not any(row.id == row_id for row in self.rows):
            raise ValueError(f"no row {row_id} in this table")
        return replace(self, rows=rows)

    def sorted_rows(
        self, column_id: int, *, descending: bool = False, strip_article: bool = True, default_year: int | None = None
    ) -> list[int]:
        """The row ids in the order `agenda.sort_table` gives (the same
        `agenda_values.sorted_order` over the same cells), from the cells in hand: the
        editor has just read them, and reading 5,000 rows again costs a third of a sort."""
        index = next((i for i, column in enumerate(self.columns) if column.id == column_id), None)
        if index is None:
            raise ValueError(f"no column {column_id} in this table")
        texts = [row.cells[index] for row in self.rows]
        # Keys are computed once per distinct text (a programme repeats a few dozen times
        # and rooms thousands of times). Equal keys mean equal texts (the raw text ends
        # every key), so ranking the rows by their text's place, stably, is the order
        # sorted_order gives the whole column: ties keep their order both ways.
        distinct = list(dict.fromkeys(texts))
        ranked = sorted_order(
            self.columns[index].kind,
            distinct,
            descending=descending,
            strip_article=strip_article,
            default_year=default_year,
        )
        rank = {distinct[place]: position for position, place in enumerate(ranked)}
        order = sorted(range(len(texts)), key=lambda i: rank[texts[i]])
        return [self.rows[i].id for i in order]

    def row_links(self) -> dict[int, tuple[int, ...]]:
        """For each row id, the ids of the articles linked to it (trashed ones included)."""
        result: dict[int, list[int]] = {row.id: [] for row in self.rows}
        for row_id, article_id in sorted(self.links):
            if row_id in result:
                result[row_id].append(article_id)
        return {row_id: tuple(ids) for row_id, ids in result.items()}


# --- taking -----------------------------------------------------------------------------


def take_snapshot(db: Database, table_id: int) -> TableSnapshot:
    """Everything the table holds, read in one transaction."""
    params = {"table": table_id}
    with db.reading() as reader:
        # Plain SQL through the store's read route: on a local file it skips SQLAlchemy's
        # row processing, which is most of the time of reading a 5,000-row table.
        found = reader.rows(
            "SELECT id, title, event_id, article_id, position, role FROM agenda_tables WHERE id = :table",
            params,
        )
        if not found:
            raise _no_table(table_id)
        columns = reader.rows(
            "SELECT id, header, kind FROM agenda_columns WHERE table_id = :table ORDER BY position, id", params
        )
        rows = reader.rows(
            "SELECT id, field FROM agenda_rows WHERE table_id = :table ORDER BY position, id", params
        )
        cells = reader.rows(
            "SELECT c.row_id, c.column_id, c.text FROM agenda_cells c"
            " JOIN agenda_rows r ON r.id = c.row_id WHERE r.table_id = :table",
            params,
        )
        links = reader.rows(
            "SELECT l.row_id, l.article_id FROM agenda_row_articles l"
            " JOIN agenda_rows r ON r.id = l.row_id WHERE r.table_id = :table",
            params,
        )
    where = {column_id: index for index, (column_id, _, _) in enumerate(columns)}
    texts: dict[int, list[str]] = {row_id: [""] * len(columns) for row_id, _ in rows}
    for row_id, column_id, text in cells:
        index = where.get(column_id)
        if index is not None and row_id in texts:
            texts[row_id][index] = text or ""
    table_row = found[0]
    return TableSnapshot(
        table_id=int(table_row[0]),
        title=table_row[1] or "",
        event_id=table_row[2],
        article_id=table_row[3],
        position=int(table_row[4] or 0),
        role=table_row[5] or "",
        columns=tuple(ColumnSnapshot(int(c_id), header or "", kind or "text") for c_id, header, kind in columns),
        rows=tuple(RowSnapshot(int(row_id), field, tuple(texts[row_id])) for row_id, field in rows),
        links=frozenset((int(row_id), int(article_id)) for row_id, article_id in links),
    )


def live_coverage(db: Database, snapshot: TableSnapshot) -> dict[int, tuple[int, ...]]:
    """What `agenda.row_articles` returns (each row's covering articles, trashed ones
    left out), from the snapshot's links: one lookup of the few articles they name."""
    articles = sorted({article_id for _, article_id in snapshot.links})
    live: set[int] = set()
    if articles:
        # Only numbered placeholders go into the text; the ids travel as parameters.
        marks = ", ".join(f":a{index}" for index in range(len(articles)))
        with db.reading() as reader:
            live = {
                int(row[0])
                for row in reader.rows(
                    f"SELECT id FROM articles WHERE deleted_at IS NULL AND id IN ({marks})",
                    {f"a{index}": article_id for index, article_id in enumerate(articles)},
                )
            }
    return {
        row_id: tuple(article_id for article_id in ids if article_id in live)
        for row_id, ids in snapshot.row_links().items()
    }


def _no_table(table_id: int) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no agenda table with id {id}."), id=table_id)


# --- restoring --------------------------------------------------------------------------


def restore_snapshot(db: Database, snapshot: TableSnapshot) -> dict[int, int]:
    """Make the table exactly what `snapshot` holds, in one transaction: the table itself
    (re-created when it was deleted), columns and rows (removed ones re-inserted with
    their ids, added ones deleted), their order, every cell and every coverage link (to
    articles that still exist). Returns {old id: new id} for the rows and columns that
    had to take a new id (see the module docstring); usually empty."""
    with db.session() as session:
        conn = session.connection()
        _restore_table(conn, snapshot)
        renamed: dict[int, int] = {}
        column_ids = _restore_columns(conn, snapshot, renamed)
        row_ids = _restore_rows(conn, snapshot, renamed)
        _restore_cells(conn, snapshot, row_ids, column_ids)
        _restore_links(conn, snapshot, row_ids)
        return renamed


def _restore_table(conn: Connection, snapshot: TableSnapshot) -> None:
    current = conn.execute(
        select(AgendaTable.title, AgendaTable.role).where(AgendaTable.id == snapshot.table_id)
    ).first()
    if current is None:
        _check_owner(conn, snapshot)
        conn.execute(
            insert(AgendaTable).values(
                id=snapshot.table_id,
                title=snapshot.title,
                event_id=snapshot.event_id,
                article_id=snapshot.article_id,
                position=snapshot.position,
                role=snapshot.role,
            )
        )
    elif (current.title, current.role) != (snapshot.title, snapshot.role):
        conn.execute(
            update(AgendaTable)
            .where(AgendaTable.id == snapshot.table_id)
            .values(title=snapshot.title, role=snapshot.role)
        )


def _check_owner(conn: Connection, snapshot: TableSnapshot) -> None:
    """A deleted table comes back only to an owner that still exists."""
    if snapshot.event_id is not None:
        if conn.execute(select(Event.id).where(Event.id == snapshot.event_id)).first() is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no event with id {id}."), id=snapshot.event_id)
    elif (
        snapshot.article_id is not None
        and conn.execute(select(Article.id).where(Article.id == snapshot.article_id)).first() is None
    ):
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no article with id {id}."), id=snapshot.article_id
        )


def _owners(conn: Connection, model: type[AgendaColumn] | type[AgendaRow], ids: Iterable[int]) -> dict[int, int]:
    """{id: table id} for those of `ids` that exist, in whichever table."""
    result: dict[int, int] = {}
    chunk: list[int] = []
    for item in ids:
        chunk.append(item)
        if len(chunk) == 500:  # well under every backend's limit of bound parameters
            result.update(_owners_of(conn, model, chunk))
            chunk = []
    if chunk:
        result.update(_owners_of(conn, model, chunk))
    return result


def _owners_of(conn: Connection, model: type[AgendaColumn] | type[AgendaRow], ids: list[int]) -> dict[int, int]:
    return {row.id: row.table_id for row in conn.execute(select(model.id, model.table_id).where(model.id.in_(ids)))}


def _current(conn: Connection, model: type[AgendaColumn] | type[AgendaRow], table_id: int) -> dict[int, int]:
    """{id: position} of the table's columns or rows."""
    rows = conn.execute(select(model.id, model.position).where(model.table_id == table_id))
    return {row.id: row.position for row in rows}


def _restore_columns(conn: Connection, snapshot: TableSnapshot, renamed: dict[int, int]) -> list[int]:
    table_id = snapshot.table_id
    current = _current(conn, AgendaColumn, table_id)
    wanted = {column.id for column in snapshot.columns}
    doomed = [column_id for column_id in current if column_id not in wanted]
    if doomed:
        conn.execute(delete(AgendaCell).where(AgendaCell.column_id.in_(doomed)))
        conn.execute(delete(AgendaColumn).where(AgendaColumn.id.in_(doomed)))
    for column_id in doomed:
        del current[column_id]
    elsewhere = _owners(conn, AgendaColumn, (c.id for c in snapshot.columns if c.id not in current))
    existing = {
        row.id: (row.header, row.kind)
        for row in conn.execute(
            select(AgendaColumn.id, AgendaColumn.header, AgendaColumn.kind).where(AgendaColumn.table_id == table_id)
        )
    }
    order: list[int] = []
    for index, column in enumerate(snapshot.columns):
        if column.id in current:
            if existing[column.id] != (column.header, column.kind):
                conn.execute(
                    update(AgendaColumn)
                    .where(AgendaColumn.id == column.id)
                    .values(header=column.header, kind=column.kind)
                )
            order.append(column.id)
            continue
        values: dict[str, Any] = {"table_id": table_id, "position": index, "header": column.header, "kind": column.kind}
        if column.id not in elsewhere:
            values["id"] = column.id
        new_id = int(conn.execute(insert(AgendaColumn).values(**values).returning(AgendaColumn.id)).scalar_one())
        if new_id != column.id:
            renamed[column.id] = new_id
        current[new_id] = index
        order.append(new_id)
    write_order(conn, AgendaColumn, order, current)
    return order


def _restore_rows(conn: Connection, snapshot: TableSnapshot, renamed: dict[int, int]) -> list[int]:
    table_id = snapshot.table_id
    current = _current(conn, AgendaRow, table_id)
    wanted = {row.id for row in snapshot.rows}
    doomed = [row_id for row_id in current if row_id not in wanted]
    if doomed:
        for chunk in _chunks(doomed):
            conn.execute(delete(AgendaRowArticle).where(AgendaRowArticle.row_id.in_(chunk)))
            conn.execute(delete(AgendaCell).where(AgendaCell.row_id.in_(chunk)))
            conn.execute(delete(AgendaRow).where(AgendaRow.id.in_(chunk)))
    for row_id in doomed:
        del current[row_id]
    fields = {
        row.id: row.field
        for row in conn.execute(select(AgendaRow.id, AgendaRow.field).where(AgendaRow.table_id == table_id))
    }
    changed_fields = [
        {"_id": row.id, "_field": row.field}
        for row in snapshot.rows
        if row.id in current and fields.get(row.id) != row.field
    ]
    if changed_fields:
        rows_table = cast(Table, AgendaRow.__table__)
        conn.execute(
            update(rows_table).where(rows_table.c.id == bindparam("_id")).values(field=bindparam("_field")),
            changed_fields,
        )
    missing = [(index, row) for index, row in enumerate(snapshot.rows) if row.id not in current]
    elsewhere = _owners(conn, AgendaRow, (row.id for _, row in missing))
    same_id = [(index, row) for index, row in missing if row.id not in elsewhere]
    if same_id:
        conn.execute(
            insert(AgendaRow),
            [{"id": row.id, "table_id": table_id, "position": index, "field": row.field} for index, row in same_id],
        )
        current.update({row.id: index for index, row in same_id})
    for index, row in missing:
        if row.id in elsewhere:
            new_id = int(
                conn.execute(
                    insert(AgendaRow)
                    .values(table_id=table_id, position=index, field=row.field)
                    .returning(AgendaRow.id)
                ).scalar_one()
            )
            renamed[row.id] = new_id
            current[new_id] = index
    order = [renamed.get(row.id, row.id) for row in snapshot.rows]
    write_order(conn, AgendaRow, order, current)
    return order


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _restore_cells(
    conn: Connection, snapshot: TableSnapshot, row_ids: Sequence[int], column_ids: Sequence[int]
) -> None:
    existing: dict[tuple[int, int], tuple[int, str]] = {
        (row.row_id, row.column_id): (row.id, row.text)
        for row in conn.execute(
            select(AgendaCell.id, AgendaCell.row_id, AgendaCell.column_id, AgendaCell.text)
            .join(AgendaRow, AgendaRow.id == AgendaCell.row_id)
            .where(AgendaRow.table_id == snapshot.table_id)
        )
    }
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    for row_id, row in zip(row_ids, snapshot.rows, strict=True):
        for column_id, text in zip(column_ids, row.cells, strict=True):
            found = existing.get((row_id, column_id))
            if found is None:
                if text:  # a cell never written reads as empty: no row needed
                    inserts.append({"row_id": row_id, "column_id": column_id, "text": text})
            elif (found[1] or "") != text:
                updates.append({"_id": found[0], "_text": text})
    if updates:
        cells = cast(Table, AgendaCell.__table__)
        conn.execute(update(cells).where(cells.c.id == bindparam("_id")).values(text=bindparam("_text")), updates)
    if inserts:
        conn.execute(insert(AgendaCell), inserts)


def _restore_links(conn: Connection, snapshot: TableSnapshot, row_ids: Sequence[int]) -> None:
    new_id: Mapping[int, int] = {row.id: row_id for row, row_id in zip(snapshot.rows, row_ids, strict=True)}
    wanted = {(new_id[row_id], article_id) for row_id, article_id in snapshot.links if row_id in new_id}
    current = {
        (row.row_id, row.article_id)
        for row in conn.execute(
            select(AgendaRowArticle.row_id, AgendaRowArticle.article_id)
            .join(AgendaRow, AgendaRow.id == AgendaRowArticle.row_id)
            .where(AgendaRow.table_id == snapshot.table_id)
        )
    }
    for row_id, article_id in current - wanted:
        conn.execute(
            delete(AgendaRowArticle).where(
                AgendaRowArticle.row_id == row_id, AgendaRowArticle.article_id == article_id
            )
        )
    missing = wanted - current
    if not missing:
        return
    # A link to an article purged since cannot come back; trashed articles still exist.
    articles = {article_id for _, article_id in missing}
    alive = set(conn.execute(select(Article.id).where(Article.id.in_(articles))).scalars())
    values = [
        {"row_id": row_id, "article_id": article_id}
        for row_id, article_id in sorted(missing)
        if article_id in alive
    ]
    if values:
        conn.execute(insert(AgendaRowArticle), values)
