"""What being in the trash means to the repositories: the error a trashed event, agenda
table or topic list gives when it is read or changed, and the checks that raise it.

A thing is in the trash when its own `deleted_at` is set, and an agenda table or topic
list also when its event is: trashing an event hides its tables and lists without writing
to them, so restoring the event brings back exactly those that were not trashed on their
own. Kept apart from `trash.py` (which moves things in and out of the trash and needs
`agenda` and `topics`) so that `agenda` and `topics` can import it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError
from desktop_app.store.models import AgendaTable, Event, TopicList


class InTrashError(NotFoundError):
    """A thing that exists but is in the trash: hidden from reads, refused to writes.
    A NotFoundError, so callers that only ask "is it there?" treat it as gone; linked
    blocks tell the two apart (a trashed source keeps its copies linked)."""


def event_in_trash(title: str) -> InTrashError:
    return InTrashError(
        QT_TRANSLATE_NOOP("errors", "The event “{title}” is in the trash; restore it from File → Trash first."),
        title=title,
    )


def table_in_trash(title: str) -> InTrashError:
    return InTrashError(
        QT_TRANSLATE_NOOP("errors", "The table “{title}” is in the trash; restore it from File → Trash first."),
        title=title,
    )


def list_in_trash(title: str) -> InTrashError:
    return InTrashError(
        QT_TRANSLATE_NOOP(
            "errors", "The topic list “{title}” is in the trash; restore it from File → Trash first."
        ),
        title=title,
    )


def event_not_found(event_id: int) -> NotFoundError:
    # The same words as store.articles and store.publishing: one translation serves all.
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no event with id {id}."), id=event_id)


def live_event(session: Session, event_id: int) -> Event:
    """The event, unless it is missing (NotFoundError) or in the trash (InTrashError)."""
    event = session.get(Event, event_id)
    if event is None:
        raise event_not_found(event_id)
    if event.deleted_at is not None:
        raise event_in_trash(event.title)
    return event


def check_live_owner(session: Session, event_id: int | None) -> None:
    """A table or list of an event in the trash is in the trash too."""
    if event_id is not None:
        live_event(session, event_id)


def check_live_table(session: Session, table: AgendaTable) -> None:
    if table.deleted_at is not None:
        raise table_in_trash(table.title)
    check_live_owner(session, table.event_id)


def check_live_list(session: Session, found: TopicList) -> None:
    if found.deleted_at is not None:
        raise list_in_trash(found.title)
    check_live_owner(session, found.event_id)
