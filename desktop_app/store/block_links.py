"""Which article blocks link to an event's agenda table or topic list (`source_id`).

A block's link lives in its JSON, not in a column, so finding the articles that use a
table reads the candidate blocks (a portable LIKE narrows them) and parses them. Kept
apart from `agenda.py` and `topics.py`, which both need it when a table or list is
deleted, and from `linked.py`, which needs them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, select, update

from desktop_app.core.errors import QT_TRANSLATE_NOOP, StoreError
from desktop_app.store.database import Database
from desktop_app.store.models import Article, Block

LinkKind = Literal["table", "topics"]
LINK_KINDS: tuple[str, ...] = ("table", "topics")


@dataclass(frozen=True)
class LinkingArticle:
    id: int
    title: str
    in_trash: bool


def check_kind(kind: str) -> str:
    if kind not in LINK_KINDS:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of linked block “{value}”: use one of {allowed}."),
            value=kind,
            allowed=", ".join(LINK_KINDS),
        )
    return kind


def linked_blocks(conn: Connection, kind: str, source_id: int) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """(block id, article id, block JSON) of every block of `kind` linked to `source_id`,
    trashed articles included."""
    rows = conn.execute(
        select(Block.id, Block.article_id, Block.data)
        .where(Block.kind == kind, Block.data.like('%"source_id"%'))
        .order_by(Block.article_id, Block.position)
    )
    for block_id, article_id, data in rows:
        parsed = json.loads(data)
        if parsed.get("source_id") == source_id:
            yield block_id, article_id, parsed


def articles_linking_conn(conn: Connection, kind: str, source_id: int) -> list[LinkingArticle]:
    ids = sorted({article_id for _, article_id, _ in linked_blocks(conn, check_kind(kind), source_id)})
    if not ids:
        return []
    rows = conn.execute(
        select(Article.id, Article.title, Article.deleted_at).where(Article.id.in_(ids)).order_by(Article.id)
    )
    return [LinkingArticle(row.id, row.title, row.deleted_at is not None) for row in rows]


def articles_linking(db: Database, kind: str, source_id: int) -> list[LinkingArticle]:
    """The articles (trashed ones flagged) whose body links to the agenda table
    (`kind="table"`) or topic list (`kind="topics"`) with id `source_id`: what the GUI
    names before it deletes the table or list."""
    with db.session() as session:
        return articles_linking_conn(session.connection(), kind, source_id)


def detach_all(conn: Connection, kind: str, source_id: int) -> int:
    """Turn every block linked to `source_id` into an article-local copy; returns how
    many blocks changed. The copies keep the content they last showed."""
    count = 0
    for block_id, _, data in list(linked_blocks(conn, kind, source_id)):
        data.pop("source_id", None)
        conn.execute(
            update(Block)
            .where(Block.id == block_id)
            .values(data=json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        )
        count += 1
    return count


def in_use_error(kind: str, title: str, users: list[LinkingArticle]) -> StoreError:
    live = [user for user in users if not user.in_trash] or users
    names = "، ".join(f"“{user.title}”" for user in live[:5])
    if len(live) > 5:
        names += " …"
    template = (
        QT_TRANSLATE_NOOP(
            "errors",
            "The table “{title}” is linked in {count} article(s): {names}. Delete it anyway "
            "to keep a local copy in each of them.",
        )
        if kind == "table"
        else QT_TRANSLATE_NOOP(
            "errors",
            "The topic list “{title}” is linked in {count} article(s): {names}. Delete it "
            "anyway to keep a local copy in each of them.",
        )
    )
    return TableInUseError(template, title=title, count=len(users), names=names)


class TableInUseError(StoreError):
    """A table or list that articles link to; `force=True` deletes it and detaches them."""
