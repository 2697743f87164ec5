"""The event repository: create, edit, archive and read events (moving one to the trash
is `store.trash.trash_event`; an event in the trash is refused here like a missing one).

`articles.py` already finds-or-creates an event by title (for imports) and lists events;
those stay there and are re-exported here, so the event sheet needs one import. Every
function runs in one transaction; invalid input raises StoreError before anything changes.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import QT_TRANSLATE_NOOP, StoreError
from desktop_app.store.articles import (
    ArticleSummary,
    EventSummary,
    get_or_create_event,
    list_events,
)
from desktop_app.store.database import Database
from desktop_app.store.models import DIGIT_STYLES, Article, Event, utc_now
from desktop_app.store.trashed import live_event

EVENT_FIELDS = frozenset(
    {
        "title", "organizer", "city", "venue", "country", "start_date", "end_date",
        "time_zone", "language", "description", "digit_style",
    }
)
_TEXT_FIELDS = ("title", "organizer", "city", "venue", "country", "description")
_TEXT_LIMITS = {"title": 500, "organizer": 500, "city": 200, "venue": 500, "country": 200}
# ar, ar_MA, fr-MA, en: a coverage locale as QLocale names it.
_LOCALE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$")


@dataclass(frozen=True)
class EventRecord:
    id: int
    title: str
    organizer: str
    city: str
    venue: str
    country: str
    start_date: date | None
    end_date: date | None
    time_zone: str
    language: str
    description: str
    digit_style: str
    archived: bool
    created_at: datetime
    updated_at: datetime


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _as_date(name: str, value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):  # a datetime is a date too; its time would be lost
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "The event's {field} must be a date without a time."), field=name
        )
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise StoreError(
        QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (write it as 2026-11-24)."), value=str(value)
    )


def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Checked and normalised copies of the fields; raises on the first bad one."""
    unknown = sorted(set(fields) - EVENT_FIELDS)
    if unknown:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Events have no field named {names}."), names=", ".join(unknown)
        )
    clean: dict[str, Any] = {}
    for name, value in fields.items():
        if name in _TEXT_FIELDS:
            if not isinstance(value, str):
                raise StoreError(QT_TRANSLATE_NOOP("errors", "The event's {field} must be text."), field=name)
            value = value.strip()
            limit = _TEXT_LIMITS.get(name)
            if limit is not None and len(value) > limit:
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "The event's {field} is too long ({length}; at most {limit})."),
                    field=name,
                    length=len(value),
                    limit=limit,
                )
        elif name in ("start_date", "end_date"):
            value = _as_date(name, value)
        elif name == "language":
            value = str(value or "").strip()
            if not _LOCALE.match(value):
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "“{value}” is not a coverage locale such as ar_MA, ar_EG, fr or en."),
                    value=value,
                )
            value = value.replace("-", "_")
        elif name == "time_zone":
            value = str(value or "").strip()
            # No time-zone database (Windows without tzdata) means nothing to check against.
            if value and _time_zones() and value not in _time_zones():
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "“{value}” is not a time zone such as Africa/Casablanca."),
                    value=value,
                )
        elif name == "digit_style" and value not in DIGIT_STYLES:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "Unknown digit style “{value}”: use one of {allowed}."),
                value=value,
                allowed=", ".join(DIGIT_STYLES),
            )
        clean[name] = value
    if "title" in clean and not clean["title"]:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "An event needs a title."))
    return clean


def _check_dates(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "The event cannot end ({end}) before it starts ({start})."),
            start=start.isoformat(),
            end=end.isoformat(),
        )


def _record(event: Event) -> EventRecord:
    return EventRecord(
        id=event.id,
        title=event.title,
        organizer=event.organizer,
        city=event.city,
        venue=event.venue,
        country=event.country,
        start_date=event.start_date,
        end_date=event.end_date,
        time_zone=event.time_zone,
        language=event.language,
        description=event.description,
        digit_style=event.digit_style,
        archived=event.archived,
        created_at=event.created_at,
        updated_at=event.updated_at,
    )


def create_event(db: Database, title: str, **fields: Any) -> int:
    """A new event; `fields` as in `update_event`. Titles need not be unique: a yearly
    summit keeps its name."""
    clean = _clean_fields({"title": title, **fields})
    _check_dates(clean.get("start_date"), clean.get("end_date"))
    now = utc_now()
    defaults: dict[str, Any] = {name: "" for name in (*_TEXT_FIELDS, "time_zone")}
    defaults.update(language="ar", digit_style="auto", start_date=None, end_date=None)
    with db.session() as session:
        event = Event(**{**defaults, **clean}, archived=False, created_at=now, updated_at=now)
        session.add(event)
        session.flush()
        return event.id


def update_event(db: Database, event_id: int, **fields: Any) -> None:
    """Change any of title, organizer, city, venue, country, start_date, end_date (dates
    or ISO strings), time_zone, language (the coverage locale), description, digit_style.
    An end before the start, counting the dates already stored, is refused."""
    with db.session() as session:
        apply_event_fields(session, event_id, fields)


def apply_event_fields(session: Session, event_id: int, fields: dict[str, Any]) -> Event:
    """`update_event` inside a caller's transaction (the fact box is rewritten in the
    same one)."""
    clean = _clean_fields(fields)
    event = live_event(session, event_id)
    _check_dates(clean.get("start_date", event.start_date), clean.get("end_date", event.end_date))
    for name, value in clean.items():
        setattr(event, name, value)
    event.updated_at = utc_now()
    return event


def set_archived(db: Database, event_id: int, archived: bool) -> None:
    """Archived events leave the default event list; their data and articles stay."""
    with db.session() as session:
        event = live_event(session, event_id)
        event.archived = bool(archived)
        event.updated_at = utc_now()


def archive_event(db: Database, event_id: int) -> None:
    set_archived(db, event_id, True)


def unarchive_event(db: Database, event_id: int) -> None:
    set_archived(db, event_id, False)


def get_event(db: Database, event_id: int) -> EventRecord:
    with db.session() as session:
        return _record(live_event(session, event_id))


def event_articles(db: Database, event_id: int) -> list[ArticleSummary]:
    """The event's articles not in the trash, for the event sheet: newest first."""
    with db.session() as session:
        event = live_event(session, event_id)
        rows = session.execute(
            select(
                Article.id,
                Article.title,
                Article.status,
                Article.language,
                Article.direction,
                Article.updated_at,
                Article.word_count,
            )
            .where(Article.event_id == event_id, Article.deleted_at.is_(None))
            .order_by(Article.updated_at.desc(), Article.id.desc())
        ).all()
        return [
            ArticleSummary(
                id=row.id,
                title=row.title,
                status=row.status,
                language=row.language,
                direction=row.direction,
                event_title=event.title,
                updated_at=row.updated_at,
                word_count=row.word_count,
                event_id=event_id,
            )
            for row in rows
        ]


__all__ = [
    "EVENT_FIELDS",
    "EventRecord",
    "EventSummary",
    "apply_event_fields",
    "archive_event",
    "create_event",
    "event_articles",
    "get_event",
    "get_or_create_event",
    "list_events",
    "set_archived",
    "unarchive_event",
    "update_event",
]
