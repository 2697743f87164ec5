"""Whole-list snapshots of a topic list: how the event's topic-list editor undoes.

An undo step keeps the list as it was before and after the change; undoing or redoing
puts one of them back with `restore_snapshot`. Restoring is absolute, not a replay: it
does not matter which change happened in between, so every kind of edit (text, covered
flag, order, links, items added or removed, even the whole list deleted) undoes the
same way. Items keep their ids across an undo, so the ids a later snapshot names are
still the right ones when it is restored (`restore_snapshot` names the one exception).

Links to trashed articles are part of the snapshot: `topics` hides them, but they come
back with the article when it leaves the trash, and an undo must not lose them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from desktop_app.store.database import Database
from desktop_app.store.models import Article, Event, TopicItem, TopicItemArticle, TopicList


@dataclass(frozen=True)
class ItemSnapshot:
    id: int
    text: str
    covered: bool
    article_ids: tuple[int, ...]  # every linked article, trashed ones included, ascending


@dataclass(frozen=True)
class ListSnapshot:
    list_id: int
    title: str
    ordered: bool
    event_id: int | None
    article_id: int | None
    position: int
    items: tuple[ItemSnapshot, ...]  # in list order


def _snapshot(session: Session, list_id: int) -> ListSnapshot:
    found = session.get(TopicList, list_id)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no topic list with id {id}."), id=list_id)
    conn = session.connection()
    links: dict[int, list[int]] = {}
    for item_id, article_id in conn.execute(
        select(TopicItemArticle.item_id, TopicItemArticle.article_id)
        .join(TopicItem, TopicItem.id == TopicItemArticle.item_id)
        .where(TopicItem.list_id == list_id)
        .order_by(TopicItemArticle.item_id, TopicItemArticle.article_id)
    ):
        links.setdefault(item_id, []).append(article_id)
    items = tuple(
        ItemSnapshot(row.id, row.text, bool(row.covered), tuple(links.get(row.id, ())))
        for row in conn.execute(
            select(TopicItem.id, TopicItem.text, TopicItem.covered)
            .where(TopicItem.list_id == list_id)
            .order_by(TopicItem.position, TopicItem.id)
        )
    )
    return ListSnapshot(
        list_id=found.id,
        title=found.title,
        ordered=bool(found.ordered),
        event_id=found.event_id,
        article_id=found.article_id,
        position=found.position,
        items=items,
    )


def take_snapshot(db: Database, list_id: int) -> ListSnapshot:
    """The list as it is now (NotFoundError when there is no such list)."""
    with db.session() as session:
        return _snapshot(session, list_id)


def find_snapshot(db: Database, list_id: int) -> ListSnapshot | None:
    """The list as it is now, or None when it does not exist (deleted, or not yet made)."""
    try:
        return take_snapshot(db, list_id)
    except NotFoundError:
        return None


def restore_snapshot(db: Database, snapshot: ListSnapshot) -> None:
    """Make the list exactly what `snapshot` holds, in one transaction: the list itself
    (re-created with its id when it was deleted), its title and numbering, its items in
    order with their ids, texts, covered flags and links. Items added since are removed.

    Refused, with nothing written, when the list's event or article is gone, or when its
    id now names another owner's list. A topic whose id now belongs to another list comes
    back with a new id. Links to articles that no longer exist at all are dropped: there
    is nothing left for them to point to."""
    with db.session() as session:
        conn = session.connection()
        _check_owner(session, snapshot)
        found = session.get(TopicList, snapshot.list_id)
        if found is None:
            conn.execute(
                insert(TopicList).values(
                    id=snapshot.list_id,
                    title=snapshot.title,
                    event_id=snapshot.event_id,
                    article_id=snapshot.article_id,
                    ordered=snapshot.ordered,
                    position=snapshot.position,
                )
            )
        elif (found.event_id, found.article_id) != (snapshot.event_id, snapshot.article_id):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors", "The topic list “{title}” cannot be put back: its place was taken by another list."
                ),
                title=snapshot.title,
            )
        else:
            found.title = snapshot.title
            found.ordered = snapshot.ordered
            session.flush()
        _restore_items(conn, snapshot)


def _check_owner(session: Session, snapshot: ListSnapshot) -> None:
    if snapshot.event_id is not None and session.get(Event, snapshot.event_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no event with id {id}."), id=snapshot.event_id)
    if snapshot.article_id is not None and session.get(Article, snapshot.article_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no article with id {id}."), id=snapshot.article_id
        )


def _restore_items(conn: Connection, snapshot: ListSnapshot) -> None:
    list_id = snapshot.list_id
    current = {
        row.id: (row.text, bool(row.covered), row.position)
        for row in conn.execute(
            select(TopicItem.id, TopicItem.text, TopicItem.covered, TopicItem.position).where(
                TopicItem.list_id == list_id
            )
        )
    }
    wanted = [item.id for item in snapshot.items]
    surplus = [item_id for item_id in current if item_id not in set(wanted)]
    if surplus:
        conn.execute(delete(TopicItemArticle).where(TopicItemArticle.item_id.in_(surplus)))
        conn.execute(delete(TopicItem).where(TopicItem.id.in_(surplus)))
    # SQLite gives a freed highest id to the next row, so a removed topic's id may now
    # belong to a topic of another list: that one stays, ours comes back with a new id
    # (nothing outside the list refers to topic ids; its links are restored below).
    taken = set(
        conn.execute(select(TopicItem.id).where(TopicItem.id.in_(wanted), TopicItem.list_id != list_id)).scalars()
    ) if wanted else set()
    ids: dict[int, int] = {}
    for position, item in enumerate(snapshot.items):
        values = {"list_id": list_id, "position": position, "text": item.text, "covered": item.covered}
        if item.id in current:
            ids[item.id] = item.id
            if current[item.id] != (item.text, item.covered, position):
                conn.execute(update(TopicItem).where(TopicItem.id == item.id).values(**values))
        elif item.id in taken:
            ids[item.id] = int(conn.execute(insert(TopicItem).values(**values).returning(TopicItem.id)).scalar_one())
        else:
            conn.execute(insert(TopicItem).values(id=item.id, **values))
            ids[item.id] = item.id
    _restore_links(conn, {ids[item.id]: item.article_ids for item in snapshot.items})


def _restore_links(conn: Connection, links: dict[int, tuple[int, ...]]) -> None:
    """Make the links of these topics exactly `links` (topic id → article ids)."""
    if not links:
        return
    have = {
        (int(row.item_id), int(row.article_id))
        for row in conn.execute(
            select(TopicItemArticle.item_id, TopicItemArticle.article_id).where(
                TopicItemArticle.item_id.in_(list(links))
            )
        )
    }
    want = {(item_id, article_id) for item_id, article_ids in links.items() for article_id in article_ids}
    for item_id, article_id in have - want:
        conn.execute(
            delete(TopicItemArticle).where(
                TopicItemArticle.item_id == item_id, TopicItemArticle.article_id == article_id
            )
        )
    new = want - have
    if new:
        existing = set(
            conn.execute(select(Article.id).where(Article.id.in_({article_id for _, article_id in new}))).scalars()
        )
        rows = [
            {"item_id": item_id, "article_id": article_id}
            for item_id, article_id in sorted(new)
            if article_id in existing
        ]
        if rows:
            conn.execute(insert(TopicItemArticle), rows)
