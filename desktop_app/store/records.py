"""What the store hands out and takes in: plain frozen dataclasses, no SQLAlchemy.

They live apart from `articles.py` so the window can show an article without importing
SQLAlchemy (DESIGN.md decision 9); `articles.py` and `search.py` re-export them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from desktop_app.core.document import Document, document_to_json

# Snippets mark the match with these plain-text brackets; the GUI turns them into bold.
SNIPPET_OPEN = "["
SNIPPET_CLOSE = "]"


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    title: str
    slug: str
    summary: str
    focus_keyphrase: str
    language: str
    direction: str
    status: str
    event_id: int | None
    event_title: str | None
    created_at: datetime
    updated_at: datetime
    document: Document
    # The stored count (title and body, as `core.arabic.word_count` counts them, kept up
    # to date by every write): the status bar shows it without counting 50,000 words.
    word_count: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "slug": self.slug,
            "summary": self.summary,
            "focus_keyphrase": self.focus_keyphrase,
            "language": self.language,
            "direction": self.direction,
            "status": self.status,
            "event_id": self.event_id,
            "event_title": self.event_title,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "document": document_to_json(self.document),
        }


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    status: str
    language: str
    direction: str
    event_title: str | None
    updated_at: datetime
    word_count: int
    event_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "language": self.language,
            "direction": self.direction,
            "event_title": self.event_title,
            "updated_at": _iso(self.updated_at),
            "word_count": self.word_count,
        }


@dataclass(frozen=True)
class EventSummary:
    id: int
    title: str
    city: str
    country: str
    start_date: date | None
    end_date: date | None
    archived: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "city": self.city,
            "country": self.country,
            "start_date": _iso(self.start_date),
            "end_date": _iso(self.end_date),
            "archived": self.archived,
        }


@dataclass(frozen=True)
class NewArticle:
    document: Document
    language: str = "ar"
    direction: str = "rtl"
    event_title: str | None = None
    slug: str | None = None
    summary: str = ""
    event_id: int | None = None  # wins over event_title: titles need not be unique


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str
    snippet: str
    # Lower is better: the backend's score (bm25 on SQLite, which is negative).
    rank: float

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "snippet": self.snippet,
            "rank": self.rank,
        }


def as_utc(value: datetime | str) -> datetime:
    """A stored timestamp as an aware UTC datetime: SQLite keeps text without an offset,
    and comparing naive with aware datetimes raises. Shared with `models.UTCDateTime`."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
