"""The agenda repository: titled tables of an event (or local to one article), stored as
rows of SQLite tables: columns, rows and cells, never a JSON blob.

Every function runs in one transaction; bad input raises StoreError (NotFoundError for an
unknown id) before anything is written. Positions are renumbered 0..n-1 after every change
of order. A cell that was never written reads as empty text.

Cells are plain text: formatting in a saved TableBlock (bold, links) is dropped, since an
agenda holds times, names and rooms, and the same text must sort and export as CSV.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.core import reorder
from desktop_app.core.agenda_values import reference_year, sorted_order, validation_marks
from desktop_app.core.document import TableBlock
from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from desktop_app.core.inline import Inline
from desktop_app.store.articles import live_article
from desktop_app.store.block_links import articles_linking_conn, detach_all, in_use_error
from desktop_app.store.coverage import Coverage
from desktop_app.store.database import Database
from desktop_app.store.models import (
    COLUMN_KINDS,
    AgendaCell,
    AgendaColumn,
    AgendaRow,
    AgendaRowArticle,
    AgendaTable,
    Article,
    Event,
)
from desktop_app.store.positions import (
    check_owner,
    check_permutation,
    check_text,
    new_order,
    next_position,
    write_order,
)
from desktop_app.store.trashed import check_live_table

ColumnSpec = str | tuple[str, str]  # a header, or (header, kind)


@dataclass(frozen=True)
class AgendaColumnRecord:
    id: int
    position: int
    header: str
    kind: str


@dataclass(frozen=True)
class AgendaRowRecord:
    id: int
    position: int
    cells: tuple[str, ...]  # one per column, in column order
    field: str | None = None  # the event field a generated fact-box row mirrors


@dataclass(frozen=True)
class AgendaTableRecord:
    id: int
    title: str
    event_id: int | None
    article_id: int | None
    position: int
    columns: tuple[AgendaColumnRecord, ...]
    rows: tuple[AgendaRowRecord, ...]
    role: str = ""  # "fact_box" for the event's fact box

    def column_texts(self, column_index: int) -> list[str]:
        return [row.cells[column_index] for row in self.rows]


@dataclass(frozen=True)
class AgendaTableSummary:
    id: int
    title: str
    position: int
    column_count: int
    row_count: int
    role: str = ""


@dataclass(frozen=True)
class AgendaMark:
    """A validation mark on a cell (a warning, not a refusal)."""

    row_id: int
    column_id: int
    row: int
    column: int
    reason: str  # agenda_values.NOT_A_TIME, NOT_A_DATE or OUTSIDE_EVENT


# --- lookups ----------------------------------------------------------------------------


def _table(session: Session, table_id: int, *, in_trash: bool = False) -> AgendaTable:
    """The table; one in the trash (its own or its event's) raises InTrashError unless
    `in_trash` allows it: trashed tables are neither shown nor changed."""
    table = session.get(AgendaTable, table_id)
    if table is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no agenda table with id {id}."), id=table_id)
    if not in_trash:
        check_live_table(session, table)
    return table


def _column(session: Session, column_id: int) -> AgendaColumn:
    column = session.get(AgendaColumn, column_id)
    if column is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no table column with id {id}."), id=column_id)
    _table(session, column.table_id)  # a column of a table in the trash is not changed
    return column


def _row(session: Session, row_id: int) -> AgendaRow:
    row = session.get(AgendaRow, row_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no table row with id {id}."), id=row_id)
    _table(session, row.table_id)  # a row of a table in the trash is not changed
    return row


def _check_kind(kind: str) -> str:
    if kind not in COLUMN_KINDS:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Unknown column kind “{value}”: use one of {allowed}."),
            value=kind,
            allowed=", ".join(COLUMN_KINDS),
        )
    return kind


def _column_spec(spec: ColumnSpec) -> tuple[str, str]:
    if isinstance(spec, str):
        return spec, "text"
    header, kind = spec
    return check_text(header), _check_kind(kind)


def _column_order(conn: Connection, table_id: int) -> dict[int, int]:
    rows = conn.execute(
        select(AgendaColumn.id, AgendaColumn.position)
        .where(AgendaColumn.table_id == table_id)
        .order_by(AgendaColumn.position, AgendaColumn.id)
    )
    return {row.id: row.position for row in rows}


def _row_order(conn: Connection, table_id: int) -> dict[int, int]:
    rows = conn.execute(
        select(AgendaRow.id, AgendaRow.position)
        .where(AgendaRow.table_id == table_id)
        .order_by(AgendaRow.position, AgendaRow.id)
    )
    return {row.id: row.position for row in rows}


def _load(session: Session, table_id: int) -> AgendaTableRecord:
    table = _table(session, table_id)
    conn = session.connection()
    columns = tuple(
        AgendaColumnRecord(row.id, index, row.header, row.kind)
        for index, row in enumerate(
            conn.execute(
                select(AgendaColumn.id, AgendaColumn.header, AgendaColumn.kind)
                .where(AgendaColumn.table_id == table_id)
                .order_by(AgendaColumn.position, AgendaColumn.id)
            )
        )
    )
    where = {column.id: index for index, column in enumerate(columns)}
    fields: dict[int, str | None] = dict(
        conn.execute(
            select(AgendaRow.id, AgendaRow.field)
            .where(AgendaRow.table_id == table_id)
            .order_by(AgendaRow.position, AgendaRow.id)
        ).all()
    )
    cells: dict[int, list[str]] = {row_id: [""] * len(columns) for row_id in fields}
    for row_id, column_id, text in conn.execute(
        select(AgendaCell.row_id, AgendaCell.column_id, AgendaCell.text)
        .join(AgendaRow, AgendaRow.id == AgendaCell.row_id)
        .where(AgendaRow.table_id == table_id)
    ):
        if column_id in where:
            cells[row_id][where[column_id]] = text
    rows = tuple(
        AgendaRowRecord(row_id, index, tuple(texts), fields[row_id])
        for index, (row_id, texts) in enumerate(cells.items())
    )
    return AgendaTableRecord(
        id=table.id,
        title=table.title,
        event_id=table.event_id,
        article_id=table.article_id,
        position=table.position,
        columns=columns,
        rows=rows,
        role=table.role,
    )


# --- tables -----------------------------------------------------------------------------


def create_table(
    db: Database,
    title: str = "",
    *,
    event_id: int | None = None,
    article_id: int | None = None,
    columns: Sequence[ColumnSpec] = ("",),
    rows: Sequence[Sequence[str]] = (),
) -> int:
    """A new table at the end of its owner's tables. `columns` are headers or (header,
    kind) pairs, at least one; `rows` are cell texts, padded or refused when too wide."""
    title = check_text(title).strip()
    specs = [_column_spec(spec) for spec in columns]
    if not specs:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A table needs at least one column."))
    body = [_row_texts(row, len(specs)) for row in rows]
    with db.session() as session:
        check_owner(session, event_id, article_id)
        conn = session.connection()
        owner = AgendaTable.event_id == event_id if event_id is not None else AgendaTable.article_id == article_id
        position = next_position(conn, AgendaTable.position, owner)
        table_id = int(
            conn.execute(
                insert(AgendaTable)
                .values(title=title, event_id=event_id, article_id=article_id, position=position)
                .returning(AgendaTable.id)
            ).scalar_one()
        )
        column_ids = [
            int(
                conn.execute(
                    insert(AgendaColumn)
                    .values(table_id=table_id, position=index, header=header, kind=kind)
                    .returning(AgendaColumn.id)
                ).scalar_one()
            )
            for index, (header, kind) in enumerate(specs)
        ]
        _insert_rows(conn, table_id, column_ids, body, 0)
        return table_id


def _row_texts(row: Sequence[str], width: int) -> list[str]:
    texts = [check_text(text) for text in row]
    if len(texts) > width:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "A row has {count} cells but the table has only {width} columns."),
            count=len(texts),
            width=width,
        )
    return texts + [""] * (width - len(texts))


def _insert_rows(
    conn: Connection, table_id: int, column_ids: Sequence[int], rows: Sequence[Sequence[str]], start: int
) -> list[int]:
    if not rows:
        return []
    row_ids = list(
        conn.execute(
            insert(AgendaRow).returning(AgendaRow.id, sort_by_parameter_order=True),
            [{"table_id": table_id, "position": start + index} for index in range(len(rows))],
        ).scalars()
    )
    cells = [
        {"row_id": row_id, "column_id": column_id, "text": text}
        for row_id, texts in zip(row_ids, rows, strict=True)
        for column_id, text in zip(column_ids, texts, strict=True)
        if text
    ]
    if cells:
        conn.execute(insert(AgendaCell), cells)
    return row_ids


def get_table(db: Database, table_id: int) -> AgendaTableRecord:
    with db.session() as session:
        return _load(session, table_id)


def list_tables(
    db: Database, *, event_id: int | None = None, article_id: int | None = None
) -> list[AgendaTableSummary]:
    """The tables of an event, or the local tables of an article, in their order; those
    in the trash left out (an event in the trash raises InTrashError)."""
    with db.session() as session:
        check_owner(session, event_id, article_id)
        owner = AgendaTable.event_id == event_id if event_id is not None else AgendaTable.article_id == article_id
        columns = (
            select(func.count(AgendaColumn.id))
            .where(AgendaColumn.table_id == AgendaTable.id)
            .scalar_subquery()
        )
        rows = select(func.count(AgendaRow.id)).where(AgendaRow.table_id == AgendaTable.id).scalar_subquery()
        result = session.execute(
            select(AgendaTable.id, AgendaTable.title, AgendaTable.position, columns, rows, AgendaTable.role)
            .where(owner, AgendaTable.deleted_at.is_(None))
            .order_by(AgendaTable.position, AgendaTable.id)
        ).all()
    return [AgendaTableSummary(*row) for row in result]


def rename_table(db: Database, table_id: int, title: str) -> None:
    title = check_text(title).strip()
    with db.session() as session:
        _table(session, table_id).title = title


def delete_table(db: Database, table_id: int, *, force: bool = False) -> int:
    """Delete a table for good (in the trash or not) with its columns, rows, cells and
    coverage links; the reporter's Delete moves it to the trash instead
    (`store.trash.trash_table`). When articles link to it, refuse (TableInUseError
    naming them; `block_links.articles_linking` lists them for the GUI's question)
    unless `force`, which keeps a local copy in each article. Returns how many linked
    blocks were detached."""
    with db.session() as session:
        table = _table(session, table_id, in_trash=True)
        conn = session.connection()
        users = articles_linking_conn(conn, "table", table_id)
        if users and not force:
            raise in_use_error("table", table.title, users)
        return purge_table(conn, table_id)


def purge_table(conn: Connection, table_id: int) -> int:
    """Inside the caller's transaction: detach every block linked to the table (each
    keeps the content it showed), then delete the table and all it holds. Returns how
    many linked blocks were detached."""
    detached = detach_all(conn, "table", table_id)
    # Explicit deletes, children first: CASCADE needs foreign keys on, which another
    # backend or a hand-opened connection may not have.
    row_ids = select(AgendaRow.id).where(AgendaRow.table_id == table_id).scalar_subquery()
    conn.execute(delete(AgendaRowArticle).where(AgendaRowArticle.row_id.in_(row_ids)))
    conn.execute(delete(AgendaCell).where(AgendaCell.row_id.in_(row_ids)))
    conn.execute(delete(AgendaRow).where(AgendaRow.table_id == table_id))
    conn.execute(delete(AgendaColumn).where(AgendaColumn.table_id == table_id))
    conn.execute(delete(AgendaTable).where(AgendaTable.id == table_id))
    return detached


# --- columns ----------------------------------------------------------------------------


def add_column(
    db: Database, table_id: int, header: str = "", kind: str = "text", *, position: int | None = None
) -> int:
    """A new empty column at `position` (clamped), or at the end."""
    header = check_text(header)
    _check_kind(kind)
    with db.session() as session:
        _table(session, table_id)
        conn = session.connection()
        current = _column_order(conn, table_id)
        column_id = int(
            conn.execute(
                insert(AgendaColumn)
                .values(table_id=table_id, position=len(current), header=header, kind=kind)
                .returning(AgendaColumn.id)
            ).scalar_one()
        )
        order = [*current, column_id]
        if position is not None:
            order = reorder.move_to(order, [column_id], position)
        write_order(conn, AgendaColumn, order, {**current, column_id: len(current)})
        return column_id


def rename_column(db: Database, column_id: int, header: str) -> None:
    header = check_text(header)
    with db.session() as session:
        _column(session, column_id).header = header


def set_column_kind(db: Database, column_id: int, kind: str) -> None:
    """Change how a column sorts and validates; the cells stay as typed."""
    _check_kind(kind)
    with db.session() as session:
        _column(session, column_id).kind = kind


def remove_column(db: Database, column_id: int) -> None:
    """Remove a column and its cells; the last column of a table cannot go."""
    with db.session() as session:
        column = _column(session, column_id)
        conn = session.connection()
        current = _column_order(conn, column.table_id)
        if len(current) == 1:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "A table needs at least one column; its last column cannot be removed.")
            )
        conn.execute(delete(AgendaCell).where(AgendaCell.column_id == column_id))
        conn.execute(delete(AgendaColumn).where(AgendaColumn.id == column_id))
        del current[column_id]
        write_order(conn, AgendaColumn, list(current), current)


def reorder_columns(db: Database, table_id: int, column_ids: Sequence[int]) -> None:
    """Put the columns in the order given, which must name each of them once."""
    with db.session() as session:
        _table(session, table_id)
        conn = session.connection()
        current = _column_order(conn, table_id)
        write_order(conn, AgendaColumn, check_permutation(list(current), column_ids, "columns"), current)


def move_column(db: Database, column_id: int, position: int) -> None:
    with db.session() as session:
        table_id = _column(session, column_id).table_id
        conn = session.connection()
        current = _column_order(conn, table_id)
        write_order(conn, AgendaColumn, reorder.move_to(list(current), [column_id], position), current)


# --- rows -------------------------------------------------------------------------------


def add_rows(
    db: Database, table_id: int, rows: Sequence[Sequence[str]], *, position: int | None = None
) -> list[int]:
    """New rows (cell texts in column order, padded) inserted at `position` (clamped) or
    at the end; returns their ids in order."""
    with db.session() as session:
        _table(session, table_id)
        conn = session.connection()
        column_ids = list(_column_order(conn, table_id))
        body = [_row_texts(row, len(column_ids)) for row in rows]
        current = _row_order(conn, table_id)
        new_ids = _insert_rows(conn, table_id, column_ids, body, len(current))
        if position is not None and new_ids:
            order = reorder.move_to([*current, *new_ids], new_ids, position)
            write_order(
                conn,
                AgendaRow,
                order,
                {**current, **{row_id: len(current) + i for i, row_id in enumerate(new_ids)}},
            )
        return new_ids


def add_row(db: Database, table_id: int, cells: Sequence[str] = (), *, position: int | None = None) -> int:
    return add_rows(db, table_id, [cells], position=position)[0]


def _rows_of(session: Session, table_id: int, row_ids: Sequence[int]) -> dict[int, int]:
    _table(session, table_id)
    current = _row_order(session.connection(), table_id)
    unknown = [row_id for row_id in row_ids if row_id not in current]
    if unknown:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no row with id {id} in this table."), id=unknown[0]
        )
    return current


def _refuse_generated(conn: Connection, row_ids: Iterable[int]) -> None:
    """Generated fact-box rows follow the event's details; editing them here would be
    overwritten at the next change of the event, so it is refused with the way to do it."""
    ids = set(row_ids)
    if ids and conn.execute(
        select(AgendaRow.id).where(AgendaRow.id.in_(ids), AgendaRow.field.is_not(None)).limit(1)
    ).first():
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This row is written from the event's details; change the event's details to change it.",
            )
        )


def remove_rows(db: Database, table_id: int, row_ids: Sequence[int]) -> None:
    """Remove rows (and their cells and coverage links) of this table; any unknown id,
    or a row generated from the event's details, refuses the whole removal."""
    with db.session() as session:
        current = _rows_of(session, table_id, row_ids)
        conn = session.connection()
        _refuse_generated(conn, row_ids)
        doomed = set(row_ids)
        if doomed:
            conn.execute(delete(AgendaRowArticle).where(AgendaRowArticle.row_id.in_(doomed)))
            conn.execute(delete(AgendaCell).where(AgendaCell.row_id.in_(doomed)))
            conn.execute(delete(AgendaRow).where(AgendaRow.id.in_(doomed)))
        kept = [row_id for row_id in current if row_id not in doomed]
        write_order(conn, AgendaRow, kept, current)


def reorder_rows(db: Database, table_id: int, row_ids: Sequence[int]) -> None:
    """Put the rows in the order given, which must name each of them once."""
    with db.session() as session:
        _table(session, table_id)
        conn = session.connection()
        current = _row_order(conn, table_id)
        write_order(conn, AgendaRow, check_permutation(list(current), row_ids, "rows"), current)


def move_rows(db: Database, table_id: int, row_ids: Sequence[int], position: int) -> list[int]:
    """Move a selection of rows (a drag) so the first lands at `position`; returns the
    new order of row ids."""
    with db.session() as session:
        current = _rows_of(session, table_id, row_ids)
        order = new_order(list(current), lambda o: reorder.move_to(o, row_ids, position), "rows")
        write_order(session.connection(), AgendaRow, order, current)
        return order


def shift_rows(db: Database, table_id: int, row_ids: Sequence[int], delta: int) -> list[int]:
    """Move a selection of rows `delta` places (Alt+Up: -1, Alt+Down: +1)."""
    with db.session() as session:
        current = _rows_of(session, table_id, row_ids)
        order = new_order(list(current), lambda o: reorder.shift(o, row_ids, delta), "rows")
        write_order(session.connection(), AgendaRow, order, current)
        return order


# --- cells ------------------------------------------------------------------------------


def set_cells(db: Database, table_id: int, changes: Sequence[tuple[int, int, str]]) -> None:
    """Write (row id, column id, text) changes of one table together (a paste, an undo)."""
    with db.session() as session:
        _table(session, table_id)
        conn = session.connection()
        rows = _row_order(conn, table_id)
        columns = _column_order(conn, table_id)
        for row_id, column_id, text in changes:
            check_text(text)
            if row_id not in rows:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "There is no row with id {id} in this table."), id=row_id
                )
            if column_id not in columns:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "There is no column with id {id} in this table."), id=column_id
                )
        _refuse_generated(conn, [row_id for row_id, _, _ in changes])
        _write_cells(conn, changes)


def _write_cells(conn: Connection, changes: Sequence[tuple[int, int, str]]) -> None:
    if not changes:
        return
    row_ids = {row_id for row_id, _, _ in changes}
    existing = {
        (row.row_id, row.column_id): row.id
        for row in conn.execute(
            select(AgendaCell.id, AgendaCell.row_id, AgendaCell.column_id).where(AgendaCell.row_id.in_(row_ids))
        )
    }
    for row_id, column_id, text in changes:
        cell_id = existing.get((row_id, column_id))
        if cell_id is not None:
            conn.execute(update(AgendaCell).where(AgendaCell.id == cell_id).values(text=text))
        else:
            new_id = conn.execute(
                insert(AgendaCell).values(row_id=row_id, column_id=column_id, text=text).returning(AgendaCell.id)
            ).scalar_one()
            existing[(row_id, column_id)] = int(new_id)


def set_cell(db: Database, row_id: int, column_id: int, text: str) -> None:
    with db.session() as session:
        row = _row(session, row_id)
        column = _column(session, column_id)
        if row.table_id != column.table_id:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The row and the column belong to different tables."))
        _refuse_generated(session.connection(), [row_id])
        _write_cells(session.connection(), [(row_id, column_id, check_text(text))])


# --- sorting and validation -------------------------------------------------------------


def _event_dates(session: Session, table: AgendaTable) -> tuple[date | None, date | None]:
    event_id = table.event_id
    if event_id is None and table.article_id is not None:
        article = session.get(Article, table.article_id)
        event_id = article.event_id if article is not None else None
    event = session.get(Event, event_id) if event_id is not None else None
    return (event.start_date, event.end_date) if event is not None else (None, None)


def sort_table(
    db: Database, table_id: int, column_id: int, *, descending: bool = False, strip_article: bool = True
) -> list[int]:
    """Sort the rows by a column, as its kind says (`agenda_values.sort_key`), and keep
    that order; returns the new order of row ids. Ties keep their order."""
    with db.session() as session:
        table = _table(session, table_id)
        column = _column(session, column_id)
        if column.table_id != table_id:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "That column belongs to another table."))
        record = _load(session, table_id)
        index = next(i for i, c in enumerate(record.columns) if c.id == column_id)
        start, end = _event_dates(session, table)
        year = reference_year(start, end)
        indexes = sorted_order(
            column.kind,
            record.column_texts(index),
            descending=descending,
            strip_article=strip_article,
            default_year=year,
        )
        order = [record.rows[i].id for i in indexes]
        write_order(
            session.connection(),
            AgendaRow,
            order,
            {row.id: row.position for row in record.rows},
        )
        return order


def table_marks(db: Database, table_id: int) -> list[AgendaMark]:
    """Validation marks: time cells that are not times, date cells that are not dates or
    fall outside the dates of the table's event."""
    with db.session() as session:
        table = _table(session, table_id)
        record = _load(session, table_id)
        start, end = _event_dates(session, table)
    kinds = [column.kind for column in record.columns]
    return [
        AgendaMark(
            row_id=record.rows[mark.row].id,
            column_id=record.columns[mark.column].id,
            row=mark.row,
            column=mark.column,
            reason=mark.reason,
        )
        for mark in validation_marks(kinds, [row.cells for row in record.rows], start, end)
    ]


# --- as a document block ----------------------------------------------------------------


def record_block(record: AgendaTableRecord) -> TableBlock:
    return TableBlock(
        header=tuple(Inline.plain(column.header) for column in record.columns),
        rows=tuple(tuple(Inline.plain(text) for text in row.cells) for row in record.rows),
        source_id=record.id,
    )


def table_block(db: Database, table_id: int) -> TableBlock:
    """The table as a linked TableBlock (`source_id` = the table's id)."""
    return record_block(get_table(db, table_id))


def save_table_block(db: Database, table_id: int, block: TableBlock) -> None:
    """Make the table hold what `block` holds. Columns and rows are matched by position,
    so their ids (and with them column kinds and coverage links) survive a cell edit;
    extra ones are added at the end, missing ones removed from the end."""
    header = [cell.text for cell in block.header]
    body = [[cell.text for cell in row] for row in block.rows]
    with db.session() as session:
        _table(session, table_id)
        conn = session.connection()
        record = _load(session, table_id)
        column_ids = [column.id for column in record.columns]
        for column, text in zip(record.columns, header, strict=False):
            if column.header != text:
                conn.execute(update(AgendaColumn).where(AgendaColumn.id == column.id).values(header=text))
        for index in range(len(column_ids), len(header)):
            column_ids.append(
                int(
                    conn.execute(
                        insert(AgendaColumn)
                        .values(table_id=table_id, position=index, header=header[index], kind="text")
                        .returning(AgendaColumn.id)
                    ).scalar_one()
                )
            )
        surplus_columns = column_ids[len(header) :]
        if surplus_columns:
            conn.execute(delete(AgendaCell).where(AgendaCell.column_id.in_(surplus_columns)))
            conn.execute(delete(AgendaColumn).where(AgendaColumn.id.in_(surplus_columns)))
        column_ids = column_ids[: len(header)]
        changes = [
            (row.id, column_id, texts[c])
            for row, texts in zip(record.rows, body, strict=False)
            for c, column_id in enumerate(column_ids)
            if (row.cells[c] if c < len(row.cells) else "") != texts[c]
        ]
        _write_cells(conn, changes)
        _insert_rows(conn, table_id, column_ids, body[len(record.rows) :], len(record.rows))
        surplus_rows = [row.id for row in record.rows[len(body) :]]
        if surplus_rows:
            conn.execute(delete(AgendaRowArticle).where(AgendaRowArticle.row_id.in_(surplus_rows)))
            conn.execute(delete(AgendaCell).where(AgendaCell.row_id.in_(surplus_rows)))
            conn.execute(delete(AgendaRow).where(AgendaRow.id.in_(surplus_rows)))


def create_table_from_block(
    db: Database,
    block: TableBlock,
    title: str = "",
    *,
    event_id: int | None = None,
    article_id: int | None = None,
    kinds: Sequence[str] | None = None,
) -> int:
    """A new table holding a block's content (an import, a paste, "make this table the
    event's"); `kinds` gives the column kinds, text by default."""
    kinds = list(kinds) if kinds is not None else ["text"] * block.width
    if len(kinds) != block.width:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "{count} column kinds given for a table of {width} columns."),
            count=len(kinds),
            width=block.width,
        )
    return create_table(
        db,
        title,
        event_id=event_id,
        article_id=article_id,
        columns=[(cell.text, kind) for cell, kind in zip(block.header, kinds, strict=True)],
        rows=[[cell.text for cell in row] for row in block.rows],
    )


# --- coverage ---------------------------------------------------------------------------


def link_row(db: Database, row_id: int, article_id: int) -> None:
    """Record that an article covers a session (an agenda row); linking twice is fine."""
    with db.session() as session:
        _row(session, row_id)
        live_article(session, article_id)
        conn = session.connection()
        exists = conn.execute(
            select(AgendaRowArticle.row_id).where(
                AgendaRowArticle.row_id == row_id, AgendaRowArticle.article_id == article_id
            )
        ).first()
        if exists is None:
            conn.execute(insert(AgendaRowArticle).values(row_id=row_id, article_id=article_id))


def unlink_row(db: Database, row_id: int, article_id: int) -> None:
    with db.session() as session:
        _row(session, row_id)
        session.connection().execute(
            delete(AgendaRowArticle).where(
                AgendaRowArticle.row_id == row_id, AgendaRowArticle.article_id == article_id
            )
        )


def row_articles(db: Database, table_id: int) -> dict[int, tuple[int, ...]]:
    """For each row of the table, the ids of the live articles covering it (rows nobody
    covers map to an empty tuple)."""
    with db.session() as session:
        _table(session, table_id)
        conn = session.connection()
        result: dict[int, list[int]] = {row_id: [] for row_id in _row_order(conn, table_id)}
        for row_id, article_id in conn.execute(
            select(AgendaRowArticle.row_id, AgendaRowArticle.article_id)
            .join(AgendaRow, AgendaRow.id == AgendaRowArticle.row_id)
            .join(Article, Article.id == AgendaRowArticle.article_id)
            .where(AgendaRow.table_id == table_id, Article.deleted_at.is_(None))
            .order_by(AgendaRowArticle.row_id, AgendaRowArticle.article_id)
        ):
            result[row_id].append(article_id)
    return {row_id: tuple(ids) for row_id, ids in result.items()}


def table_coverage(db: Database, table_id: int) -> Coverage:
    """How many rows (sessions) a live article covers, of how many."""
    links = row_articles(db, table_id)
    return Coverage(covered=sum(1 for ids in links.values() if ids), total=len(links))
