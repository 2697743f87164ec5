"""The trash: articles, events, agenda tables and topic lists the reporter deleted, kept
whole until the trash is emptied.

Moving a thing to the trash sets its `deleted_at` and nothing else: its rows, its
children and every link to it stay, so a restore is one UPDATE and brings back exactly
what was there.

- An article in the trash leaves the library and the search index (`articles.delete_article`).
- An event in the trash takes its agenda tables and topic lists with it (they are hidden
  through the event, not written to); its articles stay in the library, shown without an
  event until the event is restored, when they are its articles again.
- A table or list in the trash stays linked from the articles that show it: their blocks
  keep the link and the copy they last showed (`linked.current_block` leaves them as
  they are), so restoring it brings the links back to life. Only an event's tables and
  lists go to the trash; the fact box goes with its event.

Restoring an article whose event is in the trash brings the article back without an
event showing (the link is kept for when the event comes back). Restoring a table or
list whose event is in the trash restores the event too, so it comes back where it was.

Deleting for good (one item, or emptying the whole trash) first turns every article
block linked to a deleted table or list into a local copy (`block_links.detach_all`),
then deletes the rows; the articles of a deleted event stay, without an event. Each call
is one transaction: all of it happens, or none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select, update
from sqlalchemy.orm import Session

from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from desktop_app.store import agenda, topics
from desktop_app.store.articles import delete_article
from desktop_app.store.block_links import LinkingArticle, articles_linking_conn
from desktop_app.store.database import Database
from desktop_app.store.models import (
    AgendaRow,
    AgendaRowArticle,
    AgendaTable,
    Article,
    Block,
    Event,
    Revision,
    TopicItem,
    TopicItemArticle,
    TopicList,
    utc_now,
)
from desktop_app.store.readers import AlchemyReader
from desktop_app.store.reads import load_document
from desktop_app.store.records import as_utc
from desktop_app.store.search import document_body
from desktop_app.store.trashed import check_live_list, check_live_table, event_not_found, live_event

ARTICLE, EVENT, TABLE, LIST = "article", "event", "table", "list"
KINDS: tuple[str, ...] = (ARTICLE, EVENT, TABLE, LIST)
FACT_BOX = "fact_box"

ItemKey = tuple[str, int]  # (kind, id)
_MODELS: dict[str, Any] = {ARTICLE: Article, EVENT: Event, TABLE: AgendaTable, LIST: TopicList}


@dataclass(frozen=True)
class TrashedItem:
    """One thing in the trash, as the Trash dialog and `hadath trash list` show it."""

    kind: str  # one of KINDS
    id: int
    title: str
    deleted_at: datetime
    # The event an article, table or list belongs to (None for an event, or an article
    # without one), and whether that event is in the trash too.
    event_id: int | None
    event_title: str | None
    event_in_trash: bool
    # What it holds: an article's words, a table's rows, a list's topics, an event's
    # tables and lists together.
    size: int

    @property
    def key(self) -> ItemKey:
        return (self.kind, self.id)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "deleted_at": self.deleted_at.isoformat(),
            "event_id": self.event_id,
            "event_title": self.event_title,
            "event_in_trash": self.event_in_trash,
            "size": self.size,
        }


# --- errors -------------------------------------------------------------------------------


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of thing in the trash “{value}”: use one of {allowed}."),
            value=kind,
            allowed=", ".join(KINDS),
        )
    return kind


def _missing(kind: str, item_id: int) -> NotFoundError:
    if kind == ARTICLE:
        return NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no article with id {id}."), id=item_id)
    if kind == EVENT:
        return event_not_found(item_id)
    if kind == TABLE:
        return NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no agenda table with id {id}."), id=item_id)
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no topic list with id {id}."), id=item_id)


def _not_in_trash(title: str) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP("errors", "“{title}” is not in the trash."), title=title)


def _inside_event(title: str, event: str) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "errors", "“{title}” is in the trash with its event “{event}”: restore or delete the event."
        ),
        title=title,
        event=event,
    )


# --- into the trash -----------------------------------------------------------------------


def trash_article(db: Database, article_id: int) -> None:
    """Move an article to the trash (a "delete" revision records what it was)."""
    delete_article(db, article_id)


def trash_event(db: Database, event_id: int) -> None:
    """Move an event to the trash with its tables and lists; its articles stay."""
    with db.session() as session:
        live_event(session, event_id).deleted_at = utc_now()


def _event_table(session: Session, table_id: int) -> AgendaTable:
    table = session.get(AgendaTable, table_id)
    if table is None:
        raise _missing(TABLE, table_id)
    if table.role == FACT_BOX:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "The fact box belongs to its event: it goes to the trash only with the event."
            )
        )
    return table


def _only_event_things(event_id: int | None) -> None:
    if event_id is None:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "Only an event's tables and lists go to the trash."))


def trash_table(db: Database, table_id: int) -> list[LinkingArticle]:
    """Move an event's agenda table to the trash; returns the live articles linking it,
    which keep showing it (their copy) until the trash is emptied."""
    with db.session() as session:
        table = _event_table(session, table_id)
        _only_event_things(table.event_id)
        check_live_table(session, table)  # already in the trash, on its own or with its event
        table.deleted_at = utc_now()
        return [user for user in articles_linking_conn(session.connection(), "table", table_id) if not user.in_trash]


def trash_list(db: Database, list_id: int) -> list[LinkingArticle]:
    """Move an event's topic list to the trash; returns the live articles linking it,
    which keep showing it (their copy) until the trash is emptied."""
    with db.session() as session:
        found = session.get(TopicList, list_id)
        if found is None:
            raise _missing(LIST, list_id)
        _only_event_things(found.event_id)
        check_live_list(session, found)
        found.deleted_at = utc_now()
        return [user for user in articles_linking_conn(session.connection(), "topics", list_id) if not user.in_trash]


def move_to_trash(db: Database, kind: str, item_id: int) -> None:
    """`trash_article`, `trash_event`, `trash_table` or `trash_list` by kind."""
    trash = {ARTICLE: trash_article, EVENT: trash_event, TABLE: trash_table, LIST: trash_list}
    trash[check_kind(kind)](db, item_id)


# --- reading the trash --------------------------------------------------------------------


def list_trash(db: Database) -> list[TrashedItem]:
    """Everything in the trash, the most recently deleted first. The tables and lists of
    an event in the trash are inside it, not listed apart (unless trashed on their own
    before the event)."""
    with db.session() as session:
        conn = session.connection()
        events = {
            int(event_id): (title, deleted_at)
            for event_id, title, deleted_at in conn.execute(select(Event.id, Event.title, Event.deleted_at))
        }

        def item(kind: str, item_id: int, title: str, deleted_at: Any, event_id: int | None, size: int) -> TrashedItem:
            event_title, event_deleted = events.get(event_id, (None, None)) if event_id is not None else (None, None)
            return TrashedItem(
                kind=kind,
                id=int(item_id),
                title=title,
                deleted_at=as_utc(deleted_at),
                event_id=event_id if event_title is not None else None,
                event_title=event_title,
                event_in_trash=event_deleted is not None,
                size=int(size or 0),
            )

        found = [
            item(ARTICLE, *row)
            for row in conn.execute(
                select(Article.id, Article.title, Article.deleted_at, Article.event_id, Article.word_count).where(
                    Article.deleted_at.is_not(None)
                )
            )
        ]
        holdings = _event_holdings(conn)
        found += [
            item(EVENT, event_id, title, deleted_at, None, holdings.get(event_id, 0))
            for event_id, (title, deleted_at) in events.items()
            if deleted_at is not None
        ]
        rows = select(func.count(AgendaRow.id)).where(AgendaRow.table_id == AgendaTable.id).scalar_subquery()
        found += [
            item(TABLE, *row)
            for row in conn.execute(
                select(AgendaTable.id, AgendaTable.title, AgendaTable.deleted_at, AgendaTable.event_id, rows).where(
                    AgendaTable.deleted_at.is_not(None)
                )
            )
        ]
        topics_count = select(func.count(TopicItem.id)).where(TopicItem.list_id == TopicList.id).scalar_subquery()
        found += [
            item(LIST, *row)
            for row in conn.execute(
                select(TopicList.id, TopicList.title, TopicList.deleted_at, TopicList.event_id, topics_count).where(
                    TopicList.deleted_at.is_not(None)
                )
            )
        ]
    found.sort(key=lambda entry: (entry.deleted_at, KINDS.index(entry.kind), entry.id), reverse=True)
    return found


def _event_holdings(conn: Connection) -> dict[int, int]:
    """How many tables (the fact box included) and lists each event holds."""
    counts: dict[int, int] = {}
    for owner, key in ((AgendaTable.event_id, AgendaTable.id), (TopicList.event_id, TopicList.id)):
        for event_id, count in conn.execute(select(owner, func.count(key)).where(owner.is_not(None)).group_by(owner)):
            if event_id is not None:
                counts[int(event_id)] = counts.get(int(event_id), 0) + int(count)
    return counts


def trash_count(db: Database) -> int:
    return len(list_trash(db))


# --- out of the trash ---------------------------------------------------------------------


def _trashed_row(session: Session, kind: str, item_id: int) -> Any:
    """The row of a thing in the trash on its own; refuses one that is not."""
    row = session.get(_MODELS[check_kind(kind)], item_id)
    if row is None:
        raise _missing(kind, item_id)
    if row.deleted_at is None:
        event_id = getattr(row, "event_id", None) if kind in (TABLE, LIST) else None
        event = session.get(Event, event_id) if event_id is not None else None
        if event is not None and event.deleted_at is not None:
            raise _inside_event(row.title, event.title)
        raise _not_in_trash(row.title)
    return row


def restore(db: Database, kind: str, item_id: int) -> list[ItemKey]:
    """Put one thing back; returns what came back (a table or list whose event was in the
    trash brings the event back too)."""
    return restore_items(db, [(kind, item_id)])


def restore_items(db: Database, keys: Iterable[ItemKey]) -> list[ItemKey]:
    """Put things back, all in one transaction; an item not in the trash refuses them
    all. Returns what came back, in order, each once."""
    wanted = list(dict.fromkeys(keys))
    restored: list[ItemKey] = []
    with db.session() as session:
        conn = session.connection()
        rows = [(kind, item_id, _trashed_row(session, kind, item_id)) for kind, item_id in wanted]
        for kind, item_id, row in rows:
            if row.deleted_at is None:  # an event a table or list before it brought back
                continue
            row.deleted_at = None
            restored.append((kind, item_id))
            if kind == ARTICLE:
                session.flush()
                document = load_document(AlchemyReader(conn), item_id, row.title)
                db.search_index.index_article(conn, item_id, row.title, document_body(document))
            elif kind in (TABLE, LIST) and row.event_id is not None:
                event = session.get(Event, row.event_id)
                if event is not None and event.deleted_at is not None:
                    event.deleted_at = None
                    restored.append((EVENT, event.id))
    return list(dict.fromkeys(restored))


def take_back(db: Database, kind: str, item_id: int, event_id: int | None, title: str) -> bool:
    """For the undo of moving an event's table (`kind="table"`) or list (`"list"`) to the
    trash: restore it when it is in the trash, leave it when it is back already (the
    Trash dialog restored it). True then; False when it is gone for good, for the caller
    to bring back from its snapshot. Refused, with nothing written, when its id now
    names another owner's table or list (emptying the trash freed the id)."""
    if check_kind(kind) not in (TABLE, LIST):
        _only_event_things(None)
    with db.session() as session:
        row = session.get(_MODELS[kind], item_id)
        if row is None:
            return False
        if (row.event_id, row.article_id) != (event_id, None):
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "“{title}” cannot be put back: another table or list took its place."),
                title=title,
            )
        in_trash = row.deleted_at is not None
    if in_trash:
        restore(db, kind, item_id)
    return True


# --- deleting for good --------------------------------------------------------------------


def _purge_article(session: Session, article_id: int) -> None:
    conn = session.connection()
    for table_id in conn.execute(select(AgendaTable.id).where(AgendaTable.article_id == article_id)).scalars().all():
        agenda.purge_table(conn, table_id)
    for list_id in conn.execute(select(TopicList.id).where(TopicList.article_id == article_id)).scalars().all():
        topics.purge_list(conn, list_id)
    # Explicit deletes, children first: CASCADE needs foreign keys on.
    conn.execute(delete(AgendaRowArticle).where(AgendaRowArticle.article_id == article_id))
    conn.execute(delete(TopicItemArticle).where(TopicItemArticle.article_id == article_id))
    conn.execute(delete(Revision).where(Revision.article_id == article_id))
    conn.execute(delete(Block).where(Block.article_id == article_id))
    conn.execute(delete(Article).where(Article.id == article_id))


def _purge_event(session: Session, event_id: int) -> None:
    conn = session.connection()
    for table_id in conn.execute(select(AgendaTable.id).where(AgendaTable.event_id == event_id)).scalars().all():
        agenda.purge_table(conn, table_id)
    for list_id in conn.execute(select(TopicList.id).where(TopicList.event_id == event_id)).scalars().all():
        topics.purge_list(conn, list_id)
    # Its articles stay, live or in the trash, without an event.
    conn.execute(update(Article).where(Article.event_id == event_id).values(event_id=None))
    conn.execute(delete(Event).where(Event.id == event_id))


def delete_forever(db: Database, keys: Iterable[ItemKey]) -> int:
    """Delete things in the trash for good, all in one transaction (an item not in the
    trash refuses them all): linked blocks become local copies first. Returns how many
    items were deleted."""
    wanted = list(dict.fromkeys(keys))
    with db.session() as session:
        for kind, item_id in wanted:
            _trashed_row(session, kind, item_id)
        _purge(db, session, wanted)
    return len(wanted)


def empty_trash(db: Database) -> int:
    """Delete everything in the trash for good, in one transaction; returns how many
    items (as `list_trash` counts them) were deleted."""
    with db.session() as session:
        keys = _trash_keys(session.connection())
        _purge(db, session, keys)
    return len(keys)


def _trash_keys(conn: Connection) -> list[ItemKey]:
    keys: list[ItemKey] = []
    for kind, model in _MODELS.items():
        ids = conn.execute(select(model.id).where(model.deleted_at.is_not(None))).scalars()
        keys += [(kind, int(item_id)) for item_id in ids]
    return keys


def _purge(db: Database, session: Session, keys: Sequence[ItemKey]) -> None:
    conn = session.connection()
    # Events last: purging one deletes its tables and lists, which may be listed too.
    for kind, item_id in sorted(keys, key=lambda key: key[0] == EVENT):
        if kind == ARTICLE:
            _purge_article(session, item_id)
            # It left the search index when trashed; this covers an index rebuilt since.
            db.search_index.remove(conn, item_id)
        elif kind == TABLE:
            agenda.purge_table(conn, item_id)
        elif kind == LIST:
            topics.purge_list(conn, item_id)
        else:
            _purge_event(session, item_id)
    # Rows went through Core: the ORM objects loaded to check them are stale now.
    session.expire_all()


__all__ = [
    "ARTICLE",
    "EVENT",
    "KINDS",
    "LIST",
    "TABLE",
    "TrashedItem",
    "delete_forever",
    "empty_trash",
    "list_trash",
    "move_to_trash",
    "restore",
    "restore_items",
    "take_back",
    "trash_article",
    "trash_count",
    "trash_event",
    "trash_list",
    "trash_table",
]
