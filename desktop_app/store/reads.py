"""The reads the window needs to show an article: one portable SQL text per query.

The same SQL runs on a plain sqlite3 connection (a local file) or through SQLAlchemy
(PostgreSQL, URLs) — `Database.reading` picks the route — so this module imports no
SQLAlchemy and showing an article does not load it (DESIGN.md decision 9). Values come
back raw from either route (SQLite gives text for dates; PostgreSQL gives date objects)
and are normalised here, once.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desktop_app.core.document import Document, block_from_json
from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError
from desktop_app.store.readers import Reader
from desktop_app.store.records import ArticleRecord, ArticleSummary, EventSummary, as_utc

if TYPE_CHECKING:
    from desktop_app.store.database import Database

# An article whose event is in the trash shows no event (e.id is NULL) until the event is
# restored; its own event_id stays as it was, so a restore brings the link back.
_LIVE_EVENT = "LEFT OUTER JOIN events AS e ON a.event_id = e.id AND e.deleted_at IS NULL"

_ARTICLE = f"""
SELECT a.id, a.title, a.slug, a.summary, a.focus_keyphrase, a.language, a.direction,
       a.status, e.id, e.title, a.created_at, a.updated_at, a.word_count
FROM articles AS a {_LIVE_EVENT}
WHERE a.id = :id AND a.deleted_at IS NULL
"""

_BLOCKS = "SELECT data FROM blocks WHERE article_id = :id ORDER BY position"

_ARTICLES = f"""
SELECT a.id, a.title, a.status, a.language, a.direction, e.title, a.updated_at, a.word_count, e.id
FROM articles AS a {_LIVE_EVENT}
WHERE a.deleted_at IS NULL
ORDER BY a.updated_at DESC, a.id DESC
"""

_EVENTS = "SELECT id, title, city, country, start_date, end_date, archived FROM events WHERE deleted_at IS NULL"
_EVENTS_ORDER = " ORDER BY title, id"


def not_found(article_id: int) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("errors", "There is no article with id {id}."), id=article_id
    )


def _day(value: Any) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value))


def load_document(reader: Reader, article_id: int, title: str) -> Document:
    """The article's blocks in order; also used by writes, inside their transaction."""
    rows = reader.rows(_BLOCKS, {"id": article_id})
    return Document(title=title, blocks=tuple(block_from_json(json.loads(data)) for (data,) in rows))


def get_article(db: Database, article_id: int) -> ArticleRecord:
    with db.reading() as reader:
        found = reader.rows(_ARTICLE, {"id": article_id})
        if not found:
            raise not_found(article_id)
        (id_, title, slug, summary, keyphrase, language, direction, status, event_id,
         event_title, created_at, updated_at, words) = found[0]
        document = load_document(reader, id_, title)
    return ArticleRecord(
        id=id_,
        title=title,
        slug=slug,
        summary=summary,
        focus_keyphrase=keyphrase,
        language=language,
        direction=direction,
        status=status,
        event_id=event_id,
        event_title=event_title,
        created_at=as_utc(created_at),
        updated_at=as_utc(updated_at),
        document=document,
        word_count=int(words or 0),
    )


def list_articles(db: Database) -> list[ArticleSummary]:
    """Articles not in the trash, the most recently updated first."""
    with db.reading() as reader:
        rows = reader.rows(_ARTICLES)
    return [
        ArticleSummary(id_, title, status, language, direction, event_title, as_utc(updated), words, event_id)
        for id_, title, status, language, direction, event_title, updated, words, event_id in rows
    ]


def list_events(db: Database, *, include_archived: bool = True) -> list[EventSummary]:
    """Events not in the trash, archived ones too unless `include_archived` is False."""
    sql = _EVENTS + ("" if include_archived else " AND archived = :archived") + _EVENTS_ORDER
    with db.reading() as reader:
        rows = reader.rows(sql, {} if include_archived else {"archived": False})
    return [
        EventSummary(id_, title, city, country, _day(start), _day(end), bool(archived))
        for id_, title, city, country, start, end, archived in rows
    ]
