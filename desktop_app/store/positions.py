"""Helpers shared by the agenda and topic repositories: owners, positions, reorders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from sqlalchemy import ColumnElement, Connection, Table, bindparam, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop_app.core import reorder
from desktop_app.core.errors import QT_TRANSLATE_NOOP, StoreError
from desktop_app.store.articles import live_article
from desktop_app.store.models import Base
from desktop_app.store.trashed import live_event


def check_owner(session: Session, event_id: int | None, article_id: int | None) -> None:
    """A table or list belongs to an event, or to one article when local; the owner must
    exist and not be in the trash (InTrashError), as a trashed event hides its tables
    and lists."""
    if (event_id is None) == (article_id is None):
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "A table or list belongs either to an event or to one article.")
        )
    if event_id is not None:
        live_event(session, event_id)
    if article_id is not None:
        live_article(session, article_id)


def next_position(conn: Connection, position: InstrumentedAttribute[int], *where: ColumnElement[bool]) -> int:
    current = conn.execute(select(func.max(position)).where(*where)).scalar()
    return 0 if current is None else int(current) + 1


def write_order(conn: Connection, model: type[Base], order: Sequence[int], current: dict[int, int]) -> None:
    """Set positions 0..n-1 following `order`, touching only rows whose position changes."""
    table = cast(Table, model.__table__)
    changes = [
        {"_id": item, "_position": index} for index, item in enumerate(order) if current.get(item) != index
    ]
    if changes:
        conn.execute(
            update(table).where(table.c.id == bindparam("_id")).values(position=bindparam("_position")),
            changes,
        )


def check_text(value: object) -> str:
    if not isinstance(value, str):
        raise StoreError(QT_TRANSLATE_NOOP("errors", "Titles, headers and cells must be text."))
    return value


# One message per kind of thing moved, so translators get whole sentences.
_UNKNOWN = {
    "rows": QT_TRANSLATE_NOOP("errors", "Some of the rows to move are not in this table."),
    "columns": QT_TRANSLATE_NOOP("errors", "Some of the columns to move are not in this table."),
    "items": QT_TRANSLATE_NOOP("errors", "Some of the items to move are not in this list."),
}
_NOT_PERMUTATION = {
    "rows": QT_TRANSLATE_NOOP("errors", "The new order must list each of the table's {count} rows exactly once."),
    "columns": QT_TRANSLATE_NOOP(
        "errors", "The new order must list each of the table's {count} columns exactly once."
    ),
    "items": QT_TRANSLATE_NOOP("errors", "The new order must list each of the list's {count} items exactly once."),
}


def new_order(order: Sequence[int], change: Callable[[list[int]], list[int]], what: str) -> list[int]:
    """Apply a reorder from `core.reorder`, turning an unknown id into a message."""
    try:
        return change(list(order))
    except ValueError:
        raise StoreError(_UNKNOWN[what]) from None


def check_permutation(order: Sequence[int], wanted: Sequence[int], what: str) -> list[int]:
    if not reorder.is_permutation(order, wanted):
        raise StoreError(_NOT_PERMUTATION[what], count=len(order))
    return list(wanted)
