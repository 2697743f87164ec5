"""The article repository: what the CLI and the GUI call to create, read, save and list.

Every function takes the `Database` and runs in one transaction of its own. The reads the
window needs at start-up (`get_article`, `list_articles`, `list_events`) and the record
types live in `reads.py` and `records.py`, which import no SQLAlchemy; they are re-exported
here so callers keep one place to import from. Bulk creation
writes through SQLAlchemy Core executemany rather than ORM objects: importing ten thousand
wire stories would otherwise spend most of its time in per-object flushes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.core.arabic import slugify, word_count
from desktop_app.core.document import Document, block_to_json, document_to_json
from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from desktop_app.store.database import Database
from desktop_app.store.models import (
    DIRECTIONS,
    REVISION_REASONS,
    STATUSES,
    Article,
    Block,
    Event,
    Revision,
    utc_now,
)
from desktop_app.store.readers import AlchemyReader
from desktop_app.store.reads import get_article, list_articles, list_events, load_document, not_found
from desktop_app.store.records import ArticleRecord, ArticleSummary, EventSummary, NewArticle
from desktop_app.store.retention import current_retention, prune
from desktop_app.store.search import document_body

_CHUNK = 500  # articles per executemany round: bounded memory, few round trips
_SLUG_BULK_THRESHOLD = 50  # above this many new slugs, read every slug once instead
_DEFAULT_SLUG = "article"
_METADATA_FIELDS = frozenset(
    {"title", "slug", "summary", "focus_keyphrase", "language", "direction", "status", "event_id"}
)


# --- validation ---------------------------------------------------------------------


def _check_direction(direction: str) -> str:
    if direction not in DIRECTIONS:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "Unknown text direction “{value}”: use one of {allowed}."
            ),
            value=direction,
            allowed=", ".join(DIRECTIONS),
        )
    return direction


def _check_status(status: str) -> str:
    if status not in STATUSES:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Unknown article status “{value}”: use one of {allowed}."),
            value=status,
            allowed=", ".join(STATUSES),
        )
    return status


def _check_language(language: str) -> str:
    language = (language or "").strip()
    if not language or len(language) > 16:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not a language code such as ar, fr or en."),
            value=language,
        )
    return language


def _check_reason(reason: str) -> str:
    if reason not in REVISION_REASONS:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Unknown revision reason “{value}”: use one of {allowed}."),
            value=reason,
            allowed=", ".join(REVISION_REASONS),
        )
    return reason


# --- serialisation ------------------------------------------------------------------


def dumps_json(data: Any) -> str:
    """JSON as the store writes it: blocks, documents and revisions alike."""
    # Compact and readable Arabic: the stored JSON is for the program and for people
    # poking at the file with sqlite3 alike.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class _Prepared:
    title: str
    document: Document
    blocks: list[tuple[str, str]]  # (kind, JSON)
    document_json: str
    body: str
    word_count: int


def _prepare(document: Document) -> _Prepared:
    title = document.title.strip()
    document = replace(document, title=title)
    # Each block is turned into JSON and text once: an imported table can hold 100,000 cells.
    block_json = [block_to_json(block) for block in document.blocks]
    body = document_body(document)
    return _Prepared(
        title=title,
        document=document,
        blocks=[(block.kind, dumps_json(data)) for block, data in zip(document.blocks, block_json, strict=True)],
        document_json=dumps_json({"title": title, "blocks": block_json}),
        body=body,
        word_count=word_count(f"{title}\n{body}"),
    )


def _batched(items: Iterable[NewArticle], size: int) -> Iterator[list[NewArticle]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# --- slugs and events -----------------------------------------------------------------


class _Slugs:
    """Hands out unique slugs within one transaction, seeing earlier ones in the batch."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._taken: set[str] = set()
        self._seen_bases: set[str] = set()
        self._all_loaded = False

    def preload(self, bases: Iterable[str]) -> None:
        new = {base for base in bases if base not in self._seen_bases}
        if self._all_loaded or not new:
            return
        if len(new) > _SLUG_BULK_THRESHOLD:
            self._taken.update(self._conn.execute(select(Article.slug)).scalars())
            self._all_loaded = True
            return
        for base in new:
            # A range on the unique index instead of LIKE, which SQLite cannot index here.
            rows = self._conn.execute(
                select(Article.slug).where(
                    (Article.slug == base)
                    | ((Article.slug > base + "-") & (Article.slug < base + "."))
                )
            ).scalars()
            self._taken.update(rows)
            self._seen_bases.add(base)

    def allocate(self, wanted: str, exclude: str | None = None) -> str:
        base = slugify(wanted) or _DEFAULT_SLUG
        self.preload([base])
        candidate, number = base, 1
        while candidate in self._taken and candidate != exclude:
            number += 1
            candidate = f"{base}-{number}"
        self._taken.add(candidate)
        return candidate


def _event_id(conn: Connection, title: str, cache: dict[str, int], now: datetime) -> int:
    title = title.strip()
    if title in cache:
        return cache[title]
    found = conn.execute(
        select(Event.id).where(Event.title == title, Event.deleted_at.is_(None)).order_by(Event.id).limit(1)
    ).scalar()
    if found is None:
        found = conn.execute(
            insert(Event).values(title=title, created_at=now, updated_at=now).returning(Event.id)
        ).scalar_one()
    cache[title] = int(found)
    return cache[title]


def _existing_event(conn: Connection, event_id: int) -> int:
    if conn.execute(select(Event.id).where(Event.id == event_id, Event.deleted_at.is_(None))).scalar() is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no event with id {id}."), id=event_id)
    return event_id


# --- create ---------------------------------------------------------------------------


def create_articles(db: Database, items: Iterable[NewArticle]) -> list[int]:
    """Store every item in ONE transaction: all of them, or none if any fails."""
    ids: list[int] = []
    now = utc_now()
    with db.session() as session:
        conn = session.connection()
        events: dict[str, int] = {}
        slugs = _Slugs(conn)
        for chunk in _batched(items, _CHUNK):
            prepared = [_prepare(item.document) for item in chunk]
            slugs.preload(
                slugify(item.slug or p.title) or _DEFAULT_SLUG
                for item, p in zip(chunk, prepared, strict=True)
            )
            rows = []
            for item, p in zip(chunk, prepared, strict=True):
                event_title = (item.event_title or "").strip()
                rows.append(
                    {
                        "title": p.title,
                        "slug": slugs.allocate(item.slug or p.title),
                        "summary": item.summary,
                        "focus_keyphrase": "",
                        "language": _check_language(item.language),
                        "direction": _check_direction(item.direction),
                        "status": "draft",
                        "event_id": _existing_event(conn, item.event_id)
                        if item.event_id is not None
                        else _event_id(conn, event_title, events, now)
                        if event_title
                        else None,
                        "word_count": p.word_count,
                        "created_at": now,
                        "updated_at": now,
                        "deleted_at": None,
                    }
                )
            new_ids = list(
                conn.execute(
                    insert(Article).returning(Article.id, sort_by_parameter_order=True), rows
                ).scalars()
            )
            _write_bodies(conn, new_ids, prepared, "import", now)
            db.search_index.index_many(
                conn, ((i, p.title, p.body) for i, p in zip(new_ids, prepared, strict=True))
            )
            ids.extend(new_ids)
    return ids


def _write_bodies(
    conn: Connection,
    article_ids: Sequence[int],
    prepared: Sequence[_Prepared],
    reason: str,
    now: datetime,
    *,
    revision: bool = True,
) -> None:
    blocks = [
        {"article_id": article_id, "position": position, "kind": kind, "data": data}
        for article_id, p in zip(article_ids, prepared, strict=True)
        for position, (kind, data) in enumerate(p.blocks)
    ]
    if blocks:
        conn.execute(insert(Block), blocks)
    if not revision:
        return
    conn.execute(
        insert(Revision),
        [
            {
                "article_id": article_id,
                "created_at": now,
                "reason": reason,
                "title": p.title,
                "document": p.document_json,
                "word_count": p.word_count,
            }
            for article_id, p in zip(article_ids, prepared, strict=True)
        ],
    )


def create_article(db: Database, item: NewArticle) -> int:
    return create_articles(db, [item])[0]


# --- read -----------------------------------------------------------------------------


def live_article(session: Session, article_id: int) -> Article:
    """The article, unless it is missing or in the trash (NotFoundError)."""
    article = session.get(Article, article_id)
    if article is None or article.deleted_at is not None:
        raise not_found(article_id)
    return article


def _load_document(conn: Connection, article_id: int, title: str) -> Document:
    return load_document(AlchemyReader(conn), article_id, title)


# --- change ---------------------------------------------------------------------------


# Autosaves within this window of the newest autosave revision update it instead of adding
# one: an afternoon of typing leaves a revision every few minutes, not every two seconds.
AUTOSAVE_REVISION_WINDOW = timedelta(minutes=5)


def save_document(
    db: Database, article_id: int, document: Document, *, reason: str = "manual"
) -> None:
    """Replace the article's body and title, refresh its search entry, keep a revision
    (autosaves coalesce, see AUTOSAVE_REVISION_WINDOW) and prune old ones (`retention`)."""
    _check_reason(reason)
    prepared = _prepare(document)
    with db.session() as session:
        _store(db, session, live_article(session, article_id), prepared, reason, utc_now())


def store_document(
    db: Database, session: Session, article: Article, document: Document, reason: str, now: datetime
) -> None:
    """`save_document` inside the caller's transaction (a restore writes two revisions in one)."""
    _store(db, session, article, _prepare(document), _check_reason(reason), now)


def _store(db: Database, session: Session, article: Article, prepared: _Prepared, reason: str, now: datetime) -> None:
    article_id = article.id
    conn = session.connection()
    conn.execute(delete(Block).where(Block.article_id == article_id))
    article.title = prepared.title
    article.word_count = prepared.word_count
    article.updated_at = now
    session.flush()
    recent = _recent_autosave(conn, article_id, now) if reason == "autosave" else None
    if recent is None:
        _write_bodies(conn, [article_id], [prepared], reason, now)
        prune(conn, article_id, current_retention())
    else:
        _write_bodies(conn, [article_id], [prepared], reason, now, revision=False)
        conn.execute(
            update(Revision)
            .where(Revision.id == recent)
            .values(title=prepared.title, document=prepared.document_json, word_count=prepared.word_count)
        )
    db.search_index.index_article(conn, article_id, prepared.title, prepared.body)


def write_revision(conn: Connection, article_id: int, document: Document, reason: str, now: datetime) -> None:
    """A revision of `document` alone, the article's body left as it is."""
    _write_revision(conn, article_id, _prepare(document), _check_reason(reason), now)


def document_json(document: Document) -> str:
    """The document as revisions store it: equal text means an equal document."""
    return dumps_json(document_to_json(replace(document, title=document.title.strip())))


def _write_revision(conn: Connection, article_id: int, prepared: _Prepared, reason: str, now: datetime) -> None:
    conn.execute(
        insert(Revision).values(
            article_id=article_id,
            created_at=now,
            reason=reason,
            title=prepared.title,
            document=prepared.document_json,
            word_count=prepared.word_count,
        )
    )


def _recent_autosave(conn: Connection, article_id: int, now: datetime) -> int | None:
    """The newest revision's id when it is an autosave younger than the window."""
    newest = conn.execute(
        select(Revision.id, Revision.reason, Revision.created_at)
        .where(Revision.article_id == article_id)
        .order_by(Revision.id.desc())
        .limit(1)
    ).first()
    if newest is None or newest.reason != "autosave":
        return None
    # created_at is a UTCDateTime column: always read back aware.
    return int(newest.id) if timedelta(0) <= now - newest.created_at < AUTOSAVE_REVISION_WINDOW else None


def update_metadata(db: Database, article_id: int, **fields: Any) -> None:
    """Change title, slug, summary, focus_keyphrase, language, direction, status or
    event_id; unknown fields and invalid values raise StoreError before anything changes."""
    unknown = sorted(set(fields) - _METADATA_FIELDS)
    if unknown:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Articles have no field named {names}."),
            names=", ".join(unknown),
        )
    if "status" in fields:
        _check_status(fields["status"])
    if "direction" in fields:
        _check_direction(fields["direction"])
    if "language" in fields:
        fields["language"] = _check_language(fields["language"])
    for name in ("title", "summary", "focus_keyphrase"):
        if name in fields and not isinstance(fields[name], str):
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "The article's {field} must be text."), field=name
            )
    if "title" in fields:
        fields["title"] = fields["title"].strip()
    with db.session() as session:
        article = live_article(session, article_id)
        conn = session.connection()
        if "slug" in fields:
            wanted = slugify(str(fields["slug"] or "")) or _DEFAULT_SLUG
            clash = conn.execute(
                select(Article.id).where(Article.slug == wanted, Article.id != article_id)
            ).first()
            if clash is not None:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The slug “{slug}” is already used by article {other}."
                    ),
                    slug=wanted,
                    other=clash[0],
                )
            fields["slug"] = wanted
        chosen = session.get(Event, fields["event_id"]) if fields.get("event_id") is not None else None
        if fields.get("event_id") is not None and (chosen is None or chosen.deleted_at is not None):
            # "No event" even for one in the trash: the inspector offers live events only.
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "There is no event with id {id}."),
                id=fields["event_id"],
            )
        for name, value in fields.items():
            setattr(article, name, value)
        article.updated_at = utc_now()
        session.flush()
        if "title" in fields:
            document = _load_document(conn, article_id, article.title)
            # The title's words count too (ArticleRecord.word_count feeds the status bar).
            article.word_count = word_count(document.plain_text())
            db.search_index.index_article(conn, article_id, article.title, document_body(document))


def delete_article(db: Database, article_id: int) -> None:
    """Move an article to the trash: hidden from lists and search, body and revisions kept
    (a "delete" revision records what it was)."""
    now = utc_now()
    with db.session() as session:
        article = live_article(session, article_id)
        conn = session.connection()
        prepared = _prepare(_load_document(conn, article_id, article.title))
        article.deleted_at = now
        session.flush()
        _write_revision(conn, article_id, prepared, "delete", now)
        db.search_index.remove(conn, article_id)


# --- events ---------------------------------------------------------------------------


def get_or_create_event(db: Database, title: str) -> int:
    title = (title or "").strip()
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "An event needs a title."))
    with db.session() as session:
        return _event_id(session.connection(), title, {}, utc_now())


__all__ = [
    "ArticleRecord",
    "ArticleSummary",
    "EventSummary",
    "NewArticle",
    "create_article",
    "create_articles",
    "delete_article",
    "get_article",
    "get_or_create_event",
    "list_articles",
    "list_events",
    "save_document",
    "update_metadata",
]
