"""The event's fact box: a two-column agenda table (role "fact_box") whose generated rows
are written from the event's details and whose other rows the reporter writes.

Generated rows (`agenda_rows.field` set) are rewritten in the same transaction as the
event change that affects them, so the stored table is always what every linked article
shows, and reading it needs no locale knowledge. The locale knowledge (month names,
digits) comes in as `names_for`, since Qt owns it (`desktop_app.locale_names`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from desktop_app.core.fact_box import (
    FIELDS,
    FactBoxSource,
    FactRow,
    NamesFor,
    default_headers,
    fact_rows,
    wording,
)
from desktop_app.store.database import Database
from desktop_app.store.events import apply_event_fields
from desktop_app.store.models import (
    AgendaCell,
    AgendaColumn,
    AgendaRow,
    AgendaRowArticle,
    AgendaTable,
    Event,
)
from desktop_app.store.positions import next_position, write_order
from desktop_app.store.trashed import live_event

ROLE = "fact_box"


def source_of(event: Event) -> FactBoxSource:
    return FactBoxSource(
        city=event.city,
        venue=event.venue,
        country=event.country,
        organizer=event.organizer,
        start=event.start_date,
        end=event.end_date,
        locale=event.language,
        digit_style=event.digit_style,
    )


def _fact_box_id(conn: Connection, event_id: int) -> int | None:
    found = conn.execute(
        select(AgendaTable.id)
        .where(AgendaTable.event_id == event_id, AgendaTable.role == ROLE)
        .order_by(AgendaTable.id)
        .limit(1)
    ).scalar()
    return None if found is None else int(found)


def fact_box_id(db: Database, event_id: int) -> int | None:
    """The id of the event's fact box table, or None when it has none."""
    with db.session() as session:
        return _fact_box_id(session.connection(), event_id)


def create_fact_box(db: Database, event_id: int, names_for: NamesFor) -> int:
    """The event's fact box, made when it has none: titled and headed in the coverage
    language, with a row for each detail the event has. Returns its id either way."""
    with db.session() as session:
        event = live_event(session, event_id)
        conn = session.connection()
        existing = _fact_box_id(conn, event_id)
        if existing is not None:
            return existing
        words = wording(event.language)
        table_id = int(
            conn.execute(
                insert(AgendaTable)
                .values(
                    title=words.title,
                    event_id=event_id,
                    position=next_position(conn, AgendaTable.position, AgendaTable.event_id == event_id),
                    role=ROLE,
                )
                .returning(AgendaTable.id)
            ).scalar_one()
        )
        for index, header in enumerate(words.header):
            conn.execute(
                insert(AgendaColumn).values(table_id=table_id, position=index, header=header, kind="text")
            )
        _sync(conn, table_id, event, names_for)
        return table_id


def sync_fact_box(db: Database, event_id: int, names_for: NamesFor) -> bool:
    """Rewrite the generated rows from the event's current details; True when anything
    changed (the caller then refreshes the articles that link the fact box)."""
    with db.session() as session:
        event = live_event(session, event_id)
        conn = session.connection()
        table_id = _fact_box_id(conn, event_id)
        return table_id is not None and _sync(conn, table_id, event, names_for)


def update_event_details(db: Database, event_id: int, names_for: NamesFor, **fields: Any) -> bool:
    """`events.update_event` and the fact box rewrite in one transaction: a refused field
    changes neither. True when the fact box changed."""
    with db.session() as session:
        event = apply_event_fields(session, event_id, fields)
        session.flush()
        conn = session.connection()
        table_id = _fact_box_id(conn, event_id)
        return table_id is not None and _sync(conn, table_id, event, names_for)


def _columns(conn: Connection, table_id: int) -> list[tuple[int, str]]:
    columns = [
        (int(row.id), row.header)
        for row in conn.execute(
            select(AgendaColumn.id, AgendaColumn.header)
            .where(AgendaColumn.table_id == table_id)
            .order_by(AgendaColumn.position, AgendaColumn.id)
        )
    ]
    # A fact box is label | value: a column the reporter removed comes back.
    while len(columns) < 2:
        position = len(columns)
        new_id = conn.execute(
            insert(AgendaColumn)
            .values(table_id=table_id, position=position, header="", kind="text")
            .returning(AgendaColumn.id)
        ).scalar_one()
        columns.append((int(new_id), ""))
    return columns


def _follow_language(conn: Connection, table_id: int, columns: list[tuple[int, str]], locale: str) -> bool:
    """Title and headers still as generated switch to the coverage language; ones the
    reporter wrote stay."""
    words = wording(locale)
    changed = False
    headers = (columns[0][1], columns[1][1])
    if headers in default_headers() and headers != words.header:
        for (column_id, _), header in zip(columns[:2], words.header, strict=True):
            conn.execute(update(AgendaColumn).where(AgendaColumn.id == column_id).values(header=header))
        changed = True
    title = conn.execute(select(AgendaTable.title).where(AgendaTable.id == table_id)).scalar_one()
    titles = {wording(language).title for language in ("ar", "fr", "en")}
    if title in titles and title != words.title:
        conn.execute(update(AgendaTable).where(AgendaTable.id == table_id).values(title=words.title))
        changed = True
    return changed


def _sync(conn: Connection, table_id: int, event: Event, names_for: NamesFor) -> bool:
    wanted = {row.field: row for row in fact_rows(source_of(event), names_for(event.language))}
    columns = _columns(conn, table_id)
    changed = _follow_language(conn, table_id, columns, event.language)
    label_column, value_column = columns[0][0], columns[1][0]
    rows = conn.execute(
        select(AgendaRow.id, AgendaRow.field, AgendaRow.position)
        .where(AgendaRow.table_id == table_id)
        .order_by(AgendaRow.position, AgendaRow.id)
    ).all()
    order = [int(row.id) for row in rows]
    positions = {int(row.id): int(row.position) for row in rows}
    by_field = {row.field: int(row.id) for row in rows if row.field is not None}
    texts: dict[tuple[int, int], str] = {
        (int(row.row_id), int(row.column_id)): row.text
        for row in conn.execute(
            select(AgendaCell.row_id, AgendaCell.column_id, AgendaCell.text).where(
                AgendaCell.row_id.in_(list(by_field.values()))
            )
        )
    }

    doomed = [row_id for field, row_id in by_field.items() if field not in wanted]
    if doomed:
        conn.execute(delete(AgendaRowArticle).where(AgendaRowArticle.row_id.in_(doomed)))
        conn.execute(delete(AgendaCell).where(AgendaCell.row_id.in_(doomed)))
        conn.execute(delete(AgendaRow).where(AgendaRow.id.in_(doomed)))
        order = [row_id for row_id in order if row_id not in doomed]
        changed = True

    for field in FIELDS:
        row = wanted.get(field)
        if row is None:
            continue
        row_id = by_field.get(field)
        if row_id is None:
            row_id = _insert(conn, table_id, field)
            order.insert(_slot(order, by_field, field), row_id)
            by_field[field] = row_id
            changed = True
        changed |= _write(conn, texts, row_id, label_column, row.label)
        changed |= _write(conn, texts, row_id, value_column, row.value)
    write_order(conn, AgendaRow, order, positions)
    return changed


def _slot(order: list[int], by_field: dict[str | None, int], field: str) -> int:
    """Where a new generated row goes: after the generated rows of the fields before it,
    so the rows keep FIELDS order however the reporter arranged the free ones."""
    slot = 0
    for earlier in FIELDS[: FIELDS.index(field)]:
        row_id = by_field.get(earlier)
        if row_id is not None and row_id in order:
            slot = max(slot, order.index(row_id) + 1)
    return slot


def _insert(conn: Connection, table_id: int, field: str) -> int:
    # Appended, then placed by write_order with the rest.
    position = next_position(conn, AgendaRow.position, AgendaRow.table_id == table_id)
    return int(
        conn.execute(
            insert(AgendaRow).values(table_id=table_id, position=position, field=field).returning(AgendaRow.id)
        ).scalar_one()
    )


def _write(conn: Connection, texts: dict[tuple[int, int], str], row_id: int, column_id: int, text: str) -> bool:
    current = texts.get((row_id, column_id))
    if current == text:
        return False
    if current is None:
        conn.execute(insert(AgendaCell).values(row_id=row_id, column_id=column_id, text=text))
    else:
        conn.execute(
            update(AgendaCell)
            .where(AgendaCell.row_id == row_id, AgendaCell.column_id == column_id)
            .values(text=text)
        )
    texts[(row_id, column_id)] = text
    return True


__all__ = [
    "ROLE",
    "FactRow",
    "create_fact_box",
    "fact_box_id",
    "source_of",
    "sync_fact_box",
    "update_event_details",
]
