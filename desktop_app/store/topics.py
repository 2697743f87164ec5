"""The topic-list repository: titled lists of an event (or of one article) holding ordered
items (key issues, recommendations, outcomes), each markable as covered and linkable to the
articles that cover it.

Coverage of an item is its `covered` flag: linking an article sets it (an article covers
the topic), unlinking leaves it (the reporter may have covered it elsewhere, say on air),
and the reporter can set or clear it by hand. Every function runs in one transaction;
bad input raises StoreError before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.core import reorder
from desktop_app.core.document import TopicListBlock
from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from desktop_app.core.inline import Inline
from desktop_app.store.articles import live_article
from desktop_app.store.block_links import articles_linking_conn, detach_all, in_use_error
from desktop_app.store.coverage import Coverage
from desktop_app.store.database import Database
from desktop_app.store.models import Article, TopicItem, TopicItemArticle, TopicList
from desktop_app.store.positions import (
    check_owner,
    check_permutation,
    check_text,
    new_order,
    next_position,
    write_order,
)
from desktop_app.store.trashed import check_live_list


@dataclass(frozen=True)
class TopicItemRecord:
    id: int
    position: int
    text: str
    covered: bool
    article_ids: tuple[int, ...]  # live articles linked as covering it


@dataclass(frozen=True)
class TopicListRecord:
    id: int
    title: str
    event_id: int | None
    article_id: int | None
    ordered: bool
    position: int
    items: tuple[TopicItemRecord, ...]

    @property
    def coverage(self) -> Coverage:
        return Coverage(covered=sum(1 for item in self.items if item.covered), total=len(self.items))


@dataclass(frozen=True)
class TopicListSummary:
    id: int
    title: str
    ordered: bool
    position: int
    coverage: Coverage


def _list(session: Session, list_id: int, *, in_trash: bool = False) -> TopicList:
    """The list; one in the trash (its own or its event's) raises InTrashError unless
    `in_trash` allows it: trashed lists are neither shown nor changed."""
    found = session.get(TopicList, list_id)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no topic list with id {id}."), id=list_id)
    if not in_trash:
        check_live_list(session, found)
    return found


def _item(session: Session, item_id: int) -> TopicItem:
    found = session.get(TopicItem, item_id)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no topic with id {id}."), id=item_id)
    _list(session, found.list_id)  # a topic of a list in the trash is not changed
    return found


def _item_order(conn: Connection, list_id: int) -> dict[int, int]:
    rows = conn.execute(
        select(TopicItem.id, TopicItem.position)
        .where(TopicItem.list_id == list_id)
        .order_by(TopicItem.position, TopicItem.id)
    )
    return {row.id: row.position for row in rows}


def _items_of(session: Session, list_id: int, item_ids: Sequence[int]) -> dict[int, int]:
    _list(session, list_id)
    current = _item_order(session.connection(), list_id)
    unknown = [item_id for item_id in item_ids if item_id not in current]
    if unknown:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no topic with id {id} in this list."), id=unknown[0]
        )
    return current


def _load(session: Session, list_id: int) -> TopicListRecord:
    found = _list(session, list_id)
    conn = session.connection()
    links: dict[int, list[int]] = {}
    for item_id, article_id in conn.execute(
        select(TopicItemArticle.item_id, TopicItemArticle.article_id)
        .join(TopicItem, TopicItem.id == TopicItemArticle.item_id)
        .join(Article, Article.id == TopicItemArticle.article_id)
        .where(TopicItem.list_id == list_id, Article.deleted_at.is_(None))
        .order_by(TopicItemArticle.item_id, TopicItemArticle.article_id)
    ):
        links.setdefault(item_id, []).append(article_id)
    items = tuple(
        TopicItemRecord(row.id, index, row.text, bool(row.covered), tuple(links.get(row.id, ())))
        for index, row in enumerate(
            conn.execute(
                select(TopicItem.id, TopicItem.text, TopicItem.covered)
                .where(TopicItem.list_id == list_id)
                .order_by(TopicItem.position, TopicItem.id)
            )
        )
    )
    return TopicListRecord(
        id=found.id,
        title=found.title,
        event_id=found.event_id,
        article_id=found.article_id,
        ordered=bool(found.ordered),
        position=found.position,
        items=items,
    )


# --- lists ------------------------------------------------------------------------------


def create_list(
    db: Database,
    title: str = "",
    *,
    event_id: int | None = None,
    article_id: int | None = None,
    ordered: bool = False,
    items: Sequence[str] = (),
) -> int:
    """A new list at the end of its owner's lists."""
    title = check_text(title).strip()
    texts = [check_text(text).strip() for text in items]
    with db.session() as session:
        check_owner(session, event_id, article_id)
        conn = session.connection()
        owner = TopicList.event_id == event_id if event_id is not None else TopicList.article_id == article_id
        list_id = int(
            conn.execute(
                insert(TopicList)
                .values(
                    title=title,
                    event_id=event_id,
                    article_id=article_id,
                    ordered=bool(ordered),
                    position=next_position(conn, TopicList.position, owner),
                )
                .returning(TopicList.id)
            ).scalar_one()
        )
        _insert_items(conn, list_id, texts, 0)
        return list_id


def _insert_items(conn: Connection, list_id: int, texts: Sequence[str], start: int) -> list[int]:
    if not texts:
        return []
    return list(
        conn.execute(
            insert(TopicItem).returning(TopicItem.id, sort_by_parameter_order=True),
            [
                {"list_id": list_id, "position": start + index, "text": text, "covered": False}
                for index, text in enumerate(texts)
            ],
        ).scalars()
    )


def get_list(db: Database, list_id: int) -> TopicListRecord:
    with db.session() as session:
        return _load(session, list_id)


def list_lists(
    db: Database, *, event_id: int | None = None, article_id: int | None = None
) -> list[TopicListSummary]:
    """The topic lists of an event, or the local lists of an article, with coverage;
    those in the trash left out (an event in the trash raises InTrashError)."""
    with db.session() as session:
        check_owner(session, event_id, article_id)
        owner = TopicList.event_id == event_id if event_id is not None else TopicList.article_id == article_id
        total = select(func.count(TopicItem.id)).where(TopicItem.list_id == TopicList.id).scalar_subquery()
        covered = (
            select(func.count(TopicItem.id))
            .where(TopicItem.list_id == TopicList.id, TopicItem.covered.is_(True))
            .scalar_subquery()
        )
        rows = session.execute(
            select(TopicList.id, TopicList.title, TopicList.ordered, TopicList.position, covered, total)
            .where(owner, TopicList.deleted_at.is_(None))
            .order_by(TopicList.position, TopicList.id)
        ).all()
    return [
        TopicListSummary(row[0], row[1], bool(row[2]), row[3], Coverage(int(row[4]), int(row[5]))) for row in rows
    ]


def rename_list(db: Database, list_id: int, title: str) -> None:
    title = check_text(title).strip()
    with db.session() as session:
        _list(session, list_id).title = title


def set_ordered(db: Database, list_id: int, ordered: bool) -> None:
    """Numbered (1. 2. 3.) or bulleted."""
    with db.session() as session:
        _list(session, list_id).ordered = bool(ordered)


def delete_list(db: Database, list_id: int, *, force: bool = False) -> int:
    """Delete a list for good (in the trash or not) with its items and links; the
    reporter's Delete moves it to the trash instead (`store.trash.trash_list`). Refused
    (TableInUseError naming the articles) while articles link to it, unless `force`,
    which leaves each of them a local copy. Returns how many linked blocks were
    detached."""
    with db.session() as session:
        found = _list(session, list_id, in_trash=True)
        conn = session.connection()
        users = articles_linking_conn(conn, "topics", list_id)
        if users and not force:
            raise in_use_error("topics", found.title, users)
        return purge_list(conn, list_id)


def purge_list(conn: Connection, list_id: int) -> int:
    """Inside the caller's transaction: detach every block linked to the list (each
    keeps the content it showed), then delete the list, its items and their links.
    Returns how many linked blocks were detached."""
    detached = detach_all(conn, "topics", list_id)
    item_ids = select(TopicItem.id).where(TopicItem.list_id == list_id).scalar_subquery()
    conn.execute(delete(TopicItemArticle).where(TopicItemArticle.item_id.in_(item_ids)))
    conn.execute(delete(TopicItem).where(TopicItem.list_id == list_id))
    conn.execute(delete(TopicList).where(TopicList.id == list_id))
    return detached


# --- items ------------------------------------------------------------------------------


def add_items(db: Database, list_id: int, texts: Sequence[str], *, position: int | None = None) -> list[int]:
    """New items at `position` (clamped) or at the end; empty texts are refused."""
    cleaned = [check_text(text).strip() for text in texts]
    if any(not text for text in cleaned):
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A topic needs some text."))
    with db.session() as session:
        _list(session, list_id)
        conn = session.connection()
        current = _item_order(conn, list_id)
        new_ids = _insert_items(conn, list_id, cleaned, len(current))
        if position is not None and new_ids:
            write_order(
                conn,
                TopicItem,
                reorder.move_to([*current, *new_ids], new_ids, position),
                {**current, **{item_id: len(current) + i for i, item_id in enumerate(new_ids)}},
            )
        return new_ids


def add_item(db: Database, list_id: int, text: str, *, position: int | None = None) -> int:
    return add_items(db, list_id, [text], position=position)[0]


def edit_item(db: Database, item_id: int, text: str) -> None:
    text = check_text(text).strip()
    if not text:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A topic needs some text."))
    with db.session() as session:
        _item(session, item_id).text = text


def remove_items(db: Database, list_id: int, item_ids: Sequence[int]) -> None:
    """Remove items of this list (and their links); an unknown id refuses them all."""
    with db.session() as session:
        current = _items_of(session, list_id, item_ids)
        conn = session.connection()
        doomed = set(item_ids)
        if doomed:
            conn.execute(delete(TopicItemArticle).where(TopicItemArticle.item_id.in_(doomed)))
            conn.execute(delete(TopicItem).where(TopicItem.id.in_(doomed)))
        kept = [item_id for item_id in current if item_id not in doomed]
        write_order(conn, TopicItem, kept, current)


def reorder_items(db: Database, list_id: int, item_ids: Sequence[int]) -> None:
    with db.session() as session:
        _list(session, list_id)
        conn = session.connection()
        current = _item_order(conn, list_id)
        write_order(conn, TopicItem, check_permutation(list(current), item_ids, "items"), current)


def move_items(db: Database, list_id: int, item_ids: Sequence[int], position: int) -> list[int]:
    with db.session() as session:
        current = _items_of(session, list_id, item_ids)
        order = new_order(list(current), lambda o: reorder.move_to(o, item_ids, position), "items")
        write_order(session.connection(), TopicItem, order, current)
        return order


def shift_items(db: Database, list_id: int, item_ids: Sequence[int], delta: int) -> list[int]:
    with db.session() as session:
        current = _items_of(session, list_id, item_ids)
        order = new_order(list(current), lambda o: reorder.shift(o, item_ids, delta), "items")
        write_order(session.connection(), TopicItem, order, current)
        return order


# --- coverage ---------------------------------------------------------------------------


def set_covered(db: Database, item_id: int, covered: bool = True) -> None:
    with db.session() as session:
        _item(session, item_id).covered = bool(covered)


def link_item(db: Database, item_id: int, article_id: int) -> None:
    """Record that an article covers the topic, and mark it covered."""
    with db.session() as session:
        item = _item(session, item_id)
        live_article(session, article_id)
        conn = session.connection()
        exists = conn.execute(
            select(TopicItemArticle.item_id).where(
                TopicItemArticle.item_id == item_id, TopicItemArticle.article_id == article_id
            )
        ).first()
        if exists is None:
            conn.execute(insert(TopicItemArticle).values(item_id=item_id, article_id=article_id))
        item.covered = True


def unlink_item(db: Database, item_id: int, article_id: int) -> None:
    """Forget that link; the covered flag stays as it is (see the module docstring)."""
    with db.session() as session:
        _item(session, item_id)
        session.connection().execute(
            delete(TopicItemArticle).where(
                TopicItemArticle.item_id == item_id, TopicItemArticle.article_id == article_id
            )
        )


def list_coverage(db: Database, list_id: int) -> Coverage:
    """How many items are covered, of how many ("3 of 5")."""
    return get_list(db, list_id).coverage


# --- as a document block ----------------------------------------------------------------


def record_block(record: TopicListRecord) -> TopicListBlock:
    return TopicListBlock(
        items=tuple(Inline.plain(item.text) for item in record.items),
        title=record.title,
        ordered=record.ordered,
        source_id=record.id,
    )


def topic_list_block(db: Database, list_id: int) -> TopicListBlock:
    """The list as a linked TopicListBlock (`source_id` = the list's id)."""
    return record_block(get_list(db, list_id))


def save_topic_list_block(db: Database, list_id: int, block: TopicListBlock) -> None:
    """Make the list hold what `block` holds (title, ordered, item texts). Items are
    matched by position so their ids, covered flags and links survive an edit; empty
    items are skipped."""
    title = check_text(block.title).strip()
    texts = [item.text.strip() for item in block.items if item.text.strip()]
    with db.session() as session:
        found = _list(session, list_id)
        found.title = title
        found.ordered = bool(block.ordered)
        conn = session.connection()
        current = list(_item_order(conn, list_id))
        existing = {
            row.id: row.text
            for row in conn.execute(select(TopicItem.id, TopicItem.text).where(TopicItem.list_id == list_id))
        }
        for item_id, text in zip(current, texts, strict=False):
            if existing[item_id] != text:
                conn.execute(update(TopicItem).where(TopicItem.id == item_id).values(text=text))
        _insert_items(conn, list_id, texts[len(current) :], len(current))
        surplus = current[len(texts) :]
        if surplus:
            conn.execute(delete(TopicItemArticle).where(TopicItemArticle.item_id.in_(surplus)))
            conn.execute(delete(TopicItem).where(TopicItem.id.in_(surplus)))


def create_list_from_block(
    db: Database, block: TopicListBlock, *, event_id: int | None = None, article_id: int | None = None
) -> int:
    return create_list(
        db,
        block.title,
        event_id=event_id,
        article_id=article_id,
        ordered=block.ordered,
        items=[item.text for item in block.items if item.text.strip()],
    )
