"""What the exporters need from the store: articles as `ExportArticle`s, one at a time or
a whole event's, and the event a CLI argument names.

Reads only, each function in one read transaction (`Database.reading`), so an article and
the fact box ids it is exported with come from the same snapshot even while the autosave
worker writes. Portable SQL through `store.readers`, like `store.reads`: exporting from a
local file needs no SQLAlchemy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.document import Document, TableBlock, block_from_json
from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from desktop_app.core.export.publish import ExportArticle
from desktop_app.store.readers import Reader
from desktop_app.store.reads import not_found
from desktop_app.store.records import as_utc

if TYPE_CHECKING:
    from desktop_app.store.database import Database

# Large IN lists are split: SQLite caps bound parameters (32,766 today, 999 in old builds).
_CHUNK = 500

# Whatever is in the trash is not exported: an article whose event is in the trash goes
# out without an event (no event title, no fact box), as the library shows it.
_ARTICLE_COLUMNS = """
SELECT a.id, a.title, a.slug, a.summary, a.language, a.direction, a.status, a.updated_at,
       e.id, e.title
FROM articles AS a LEFT OUTER JOIN events AS e ON a.event_id = e.id AND e.deleted_at IS NULL
"""
_ONE_ARTICLE = _ARTICLE_COLUMNS + "WHERE a.id = :id AND a.deleted_at IS NULL"
# The event sheet's order: the most recently updated first.
_EVENT_ARTICLES = (
    _ARTICLE_COLUMNS
    + "WHERE a.event_id = :event_id AND a.deleted_at IS NULL ORDER BY a.updated_at DESC, a.id DESC"
)
_EVENT = "SELECT id, title, language, time_zone FROM events WHERE id = :id AND deleted_at IS NULL"
_EVENTS_TITLED = "SELECT id FROM events WHERE title = :title AND deleted_at IS NULL ORDER BY id"
_FACT_BOXES = (
    "SELECT id FROM agenda_tables WHERE event_id = :event_id AND role = 'fact_box' AND deleted_at IS NULL ORDER BY id"
)


@dataclass(frozen=True)
class EventExport:
    """An event's articles ready for a bundle, with what its index page needs."""

    event_id: int
    title: str
    language: str  # the coverage locale, as stored: ar_MA, fr, en
    time_zone: str  # "" when the event has none
    articles: tuple[tuple[int, ExportArticle], ...]


def _event_not_found(event_id: int) -> NotFoundError:
    # The same words as store.events: one translation serves both.
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no event with id {id}."), id=event_id)


def _placeholders(prefix: str, values: Sequence[int]) -> tuple[str, dict[str, Any]]:
    names = [f"{prefix}{index}" for index in range(len(values))]
    return ", ".join(f":{name}" for name in names), dict(zip(names, values, strict=True))


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _documents(reader: Reader, titles: dict[int, str]) -> dict[int, Document]:
    """The bodies of many articles in a few queries instead of one per article."""
    blocks: dict[int, list[Any]] = {article_id: [] for article_id in titles}
    for chunk in _chunks(list(titles)):
        marks, params = _placeholders("a", chunk)
        sql = f"SELECT article_id, data FROM blocks WHERE article_id IN ({marks}) ORDER BY article_id, position"
        for article_id, data in reader.rows(sql, params):
            blocks[article_id].append(block_from_json(json.loads(data)))
    return {article_id: Document(title=titles[article_id], blocks=tuple(found)) for article_id, found in blocks.items()}


def _fact_box_ids(reader: Reader, event_id: int | None) -> frozenset[int]:
    if event_id is None:
        return frozenset()
    return frozenset(int(table_id) for (table_id,) in reader.rows(_FACT_BOXES, {"event_id": event_id}))


def _table_titles(reader: Reader, documents: Iterable[Document]) -> dict[int, str]:
    """The titles of the agenda tables the documents' linked table blocks mirror: a
    table's title lives on the AgendaTable only, and the export writes it as a caption."""
    linked = sorted(
        {
            block.source_id
            for document in documents
            for block in document.blocks
            if isinstance(block, TableBlock) and block.source_id is not None
        }
    )
    titles: dict[int, str] = {}
    for chunk in _chunks(linked):
        marks, params = _placeholders("t", chunk)
        sql = f"SELECT id, title FROM agenda_tables WHERE id IN ({marks})"
        titles.update((int(table_id), title) for table_id, title in reader.rows(sql, params) if title)
    return titles


def _export_article(
    row: tuple[Any, ...], document: Document, fact_boxes: frozenset[int], table_titles: dict[int, str]
) -> ExportArticle:
    _id, _title, slug, summary, language, direction, status, updated_at, _event_id, event_title = row
    return ExportArticle(
        document=document,
        language=language,
        direction=direction,
        summary=summary or "",
        slug=slug or "",
        # No publication time is stored; the last change is what a CMS import treats as
        # the article's date, and what the index lists.
        date=as_utc(updated_at),
        status=status,
        event_title=event_title,
        fact_box_ids=fact_boxes,
        table_titles={
            block.source_id: table_titles[block.source_id]
            for block in document.blocks
            if isinstance(block, TableBlock) and block.source_id in table_titles
        },
    )


def export_article_of(db: Database, article_id: int) -> ExportArticle:
    """One live article with its body, event title, its event's fact box ids and the
    titles of the tables it links."""
    with db.reading() as reader:
        found = reader.rows(_ONE_ARTICLE, {"id": article_id})
        if not found:
            raise not_found(article_id)
        row = found[0]
        document = _documents(reader, {row[0]: row[1]})[row[0]]
        fact_boxes = _fact_box_ids(reader, row[8])
        titles = _table_titles(reader, [document])
    return _export_article(row, document, fact_boxes, titles)


def _ids_text(ids: Iterable[int]) -> str:
    return ", ".join(str(i) for i in sorted(ids))


def _check_wanted(reader: Reader, event_title: str, live: dict[int, Any], wanted: Sequence[int]) -> None:
    """Refuse ids that are not live articles of this event, naming every one of them."""
    missing = [article_id for article_id in dict.fromkeys(wanted) if article_id not in live]
    if not missing:
        return
    elsewhere: set[int] = set()
    for chunk in _chunks(missing):
        marks, params = _placeholders("m", chunk)
        sql = f"SELECT id FROM articles WHERE deleted_at IS NULL AND id IN ({marks})"
        elsewhere.update(int(article_id) for (article_id,) in reader.rows(sql, params))
    unknown = [article_id for article_id in missing if article_id not in elsewhere]
    if unknown:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "No article has the id {ids} (or it is in the trash)."),
            ids=_ids_text(unknown),
        )
    raise StoreError(
        QT_TRANSLATE_NOOP("errors", "These articles do not belong to the event “{event}”: {ids}."),
        event=event_title,
        ids=_ids_text(elsewhere),
    )


def read_event_export(db: Database, event_id: int, article_ids: Sequence[int] | None = None) -> EventExport:
    """The event's live articles (or the chosen ones, in the order given, each once),
    the event's fact box ids on every article. An id that names no live article, or an
    article of another event, is refused with every such id named."""
    with db.reading() as reader:
        events = reader.rows(_EVENT, {"id": event_id})
        if not events:
            raise _event_not_found(event_id)
        _id, title, language, time_zone = events[0]
        rows = {row[0]: row for row in reader.rows(_EVENT_ARTICLES, {"event_id": event_id})}
        if article_ids is None:
            chosen = list(rows)
        else:
            _check_wanted(reader, title, rows, article_ids)
            chosen = list(dict.fromkeys(article_ids))
        documents = _documents(reader, {article_id: rows[article_id][1] for article_id in chosen})
        fact_boxes = _fact_box_ids(reader, event_id)
        titles = _table_titles(reader, documents.values())
    articles = tuple(
        (article_id, _export_article(rows[article_id], documents[article_id], fact_boxes, titles))
        for article_id in chosen
    )
    return EventExport(event_id, title, language or "ar", time_zone or "", articles)


def event_export_articles(
    db: Database, event_id: int, article_ids: Sequence[int] | None = None
) -> list[tuple[int, ExportArticle]]:
    """(id, ExportArticle) for the event's live articles, or the chosen ones; see
    `read_event_export`."""
    return list(read_event_export(db, event_id, article_ids).articles)


def find_event(db: Database, name: str) -> int:
    """The event a user names on the command line: an id, else an exact title. A title
    several events share is refused with their ids, so the user can pick one."""
    text = name.strip()
    with db.reading() as reader:
        if text.isdecimal() and reader.rows(_EVENT, {"id": int(text)}):
            return int(text)
        found = [int(event_id) for (event_id,) in reader.rows(_EVENTS_TITLED, {"title": text})]
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no event with the id or title “{event}”."), event=text
        )
    if len(found) > 1:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Several events are titled “{title}”: give one of their ids ({ids})."),
            title=text,
            ids=_ids_text(found),
        )
    return found[0]


__all__ = ["EventExport", "event_export_articles", "export_article_of", "find_event", "read_event_export"]
