"""Revisions of an article: the list with what each one changed, one revision's text,
restoring one, and the snapshots taken before exports and database updates.

Which revisions are written, and by whom (reasons are `models.REVISION_REASONS`):

- import: the text as it arrived (`articles.create_articles`);
- autosave: while the reporter types; consecutive autosaves within
  `articles.AUTOSAVE_REVISION_WINDOW` (5 minutes) update one revision, so an afternoon of
  typing leaves one every few minutes;
- manual: an explicit save, and the text a restore brings back;
- restore: the text as it stood just before a restore (`restore_revision`);
- export: the text before an export (`revision_before_export`, GUI and CLI); skipped when
  the newest revision already holds that text and can no longer change;
- delete: the text when the article went to the trash (`articles.delete_article`);
- migration: the text before a database update (`write_migration_revisions`).

A restore never destroys a revision: it adds two. Retention is bounded by
`store.retention` (at most `keep` per article, oldest first, never the newest `protected`
nor the newest "import" and "restore" ones).

The words each revision added and removed are computed when the list is read, by a word
diff of each revision against the one before (the first against an empty text); nothing
is cached in the database. Documents are read a batch at a time, so a long history of a
long article never sits in memory at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, inspect, select, text

from desktop_app.core.document import Document, block_from_json, block_text, document_from_json
from desktop_app.core.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from desktop_app.core.word_diff import changes_between
from desktop_app.store.articles import (
    AUTOSAVE_REVISION_WINDOW,
    document_json,
    dumps_json,
    live_article,
    store_document,
    write_revision,
)
from desktop_app.store.database import Database
from desktop_app.store.models import Article, Revision, utc_now
from desktop_app.store.readers import AlchemyReader, Reader
from desktop_app.store.reads import load_document, not_found
from desktop_app.store.records import as_utc
from desktop_app.store.retention import Retention, current_retention, prune

_BATCH = 50  # revision documents read at a time while listing

_ARTICLE_EXISTS = "SELECT id FROM articles WHERE id = :id"
_DOCUMENTS = """
SELECT id, created_at, reason, title, document, word_count FROM revisions
WHERE article_id = :id AND id > :after ORDER BY id LIMIT :limit
"""
_REVISION = """
SELECT id, article_id, created_at, reason, title, document, word_count FROM revisions WHERE id = :id
"""


@dataclass(frozen=True)
class RevisionSummary:
    id: int
    created_at: datetime
    reason: str
    title: str
    word_count: int
    added: int  # words, against the revision before it
    removed: int
    # The text a restore brought back (the "manual" revision written together with the
    # "restore" one that keeps the text it replaced).
    restored: bool = False
    # False when the stored document cannot be read; its counts are then 0.
    readable: bool = True


@dataclass(frozen=True)
class RevisionRecord:
    id: int
    article_id: int
    created_at: datetime
    reason: str
    title: str
    word_count: int
    document: Document


def _parse(raw: str) -> Document:
    return document_from_json(json.loads(raw))


class _Texts:
    """The plain text of stored documents, as `Document.plain_text` gives it, read one
    after another: a block the previous document also had is not parsed again (most
    revisions differ from the one before in a paragraph or two)."""

    def __init__(self) -> None:
        self._blocks: dict[str, str] = {}

    def of(self, raw: str) -> str | None:
        """None when the document cannot be read."""
        seen: dict[str, str] = {}
        try:
            data = json.loads(raw)
            lines = [str(data.get("title", ""))]
            for block in data.get("blocks", []):
                key = json.dumps(block, ensure_ascii=False, sort_keys=True)
                text = self._blocks.get(key)
                if text is None:
                    text = block_text(block_from_json(block))
                seen[key] = text
                lines.append(text)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        self._blocks = seen
        return "\n".join(line for line in lines if line)


def _unreadable(revision_id: int, exc: Exception) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP("errors", "Revision {revision} is damaged and cannot be shown: {reason}"),
        revision=revision_id,
        reason=str(exc),
    )


def _rows(reader: Reader, article_id: int) -> Iterator[tuple[int, datetime, str, str, str, int]]:
    after = 0
    while True:
        batch = reader.rows(_DOCUMENTS, {"id": article_id, "after": after, "limit": _BATCH})
        for id_, created, reason, title, document, words in batch:
            yield int(id_), as_utc(created), str(reason), str(title or ""), str(document), int(words or 0)
        if len(batch) < _BATCH:
            return
        after = int(batch[-1][0])


def list_revisions(db: Database, article_id: int) -> list[RevisionSummary]:
    """The article's revisions, newest first, each with the words it added and removed
    against the one before. Articles in the trash keep their history and list it too."""
    summaries: list[RevisionSummary] = []
    with db.reading() as reader:
        if not reader.rows(_ARTICLE_EXISTS, {"id": article_id}):
            raise not_found(article_id)
        previous_raw, previous_text = "", ""
        previous: RevisionSummary | None = None
        texts = _Texts()
        for id_, created, reason, title, raw, words in _rows(reader, article_id):
            if raw == previous_raw:
                current_text: str | None = previous_text
                added = removed = 0
            else:
                current_text = texts.of(raw)
                added, removed = (0, 0) if current_text is None else changes_between(previous_text, current_text)
            restored = (
                reason == "manual"
                and previous is not None
                and previous.reason == "restore"
                and previous.created_at == created
            )
            summary = RevisionSummary(
                id_, created, reason, title, words, added, removed, restored, current_text is not None
            )
            summaries.append(summary)
            previous = summary
            if current_text is not None:
                previous_raw, previous_text = raw, current_text
    summaries.reverse()
    return summaries


def get_revision(db: Database, revision_id: int, article_id: int | None = None) -> RevisionRecord:
    """One revision with its document; NotFoundError when it does not exist (or belongs
    to another article than `article_id`), StoreError when its document is damaged."""
    with db.reading() as reader:
        found = reader.rows(_REVISION, {"id": revision_id})
    if not found or (article_id is not None and int(found[0][1]) != article_id):
        raise _no_revision(revision_id)
    id_, owner, created, reason, title, raw, words = found[0]
    try:
        document = _parse(str(raw))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _unreadable(int(id_), exc) from exc
    return RevisionRecord(
        int(id_), int(owner), as_utc(created), str(reason), str(title or ""), int(words or 0), document
    )


def _no_revision(revision_id: int) -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no revision {revision}."), revision=revision_id)


def restore_revision(db: Database, article_id: int, revision_id: int) -> int:
    """Make the revision's text (title included) the article's text again, in one
    transaction: first a "restore" revision keeps the text it replaces, then the old text
    is saved as a new "manual" revision. Returns the new revision's id. Nothing is
    deleted, except what retention prunes."""
    record = get_revision(db, revision_id, article_id)
    now = utc_now()
    with db.session() as session:
        article = live_article(session, article_id)
        conn = session.connection()
        current = load_document(AlchemyReader(conn), article_id, article.title)
        write_revision(conn, article_id, current, "restore", now)
        store_document(db, session, article, record.document, "manual", now)
        newest = conn.execute(
            select(Revision.id).where(Revision.article_id == article_id).order_by(Revision.id.desc()).limit(1)
        ).scalar_one()
    return int(newest)


def revision_before_export(db: Database, article_id: int) -> bool:
    """Keep the text about to be exported; True when a revision was written. Skipped when
    the newest revision holds the same text and nothing will change it: any revision but
    an autosave that later autosaves may still update."""
    now = utc_now()
    with db.session() as session:
        article = live_article(session, article_id)
        conn = session.connection()
        current = load_document(AlchemyReader(conn), article_id, article.title)
        newest = conn.execute(
            select(Revision.reason, Revision.document, Revision.created_at)
            .where(Revision.article_id == article_id)
            .order_by(Revision.id.desc())
            .limit(1)
        ).first()
        held = newest is not None and newest.document == document_json(current)
        if held and newest is not None and _settled(newest.reason, newest.created_at, now):
            return False
        write_revision(conn, article_id, current, "export", now)
        prune(conn, article_id, current_retention())
    return True


def _settled(reason: str, created_at: datetime | str, now: datetime) -> bool:
    """True when a revision will not change any more: later autosaves update the newest
    autosave only within the window."""
    return reason != "autosave" or now - as_utc(created_at) >= AUTOSAVE_REVISION_WINDOW


def prune_revisions(db: Database, article_id: int, keep: int, protected: int) -> int:
    """Hold the article to `keep` revisions now (see `store.retention`); returns how many
    were deleted. Saves prune by themselves with the configured limits."""
    retention = Retention(keep, protected)
    with db.session() as session:
        if session.get(Article, article_id) is None:
            raise not_found(article_id)
        return prune(session.connection(), article_id, retention)


_LIVE_ARTICLES = "SELECT id, title, word_count FROM articles WHERE deleted_at IS NULL ORDER BY id"
_NEWEST = """
SELECT r.article_id, r.reason, r.document, r.created_at FROM revisions AS r
WHERE r.id IN (SELECT MAX(id) FROM revisions GROUP BY article_id)
"""
_BLOCK_DATA = "SELECT article_id, data FROM blocks ORDER BY article_id, position"


def write_migration_revisions(conn: Connection) -> int:
    """Before a database update: a "migration" revision of every article whose newest
    revision does not already hold its text for good. Runs on the caller's connection and
    transaction, with plain SQL over the columns every schema so far has, so it works on a
    file of any earlier revision; a file without tables yet is left alone. Returns how many
    revisions were written."""
    if not inspect(conn).has_table("revisions"):
        return 0
    now = utc_now()
    newest = {
        int(article_id): (str(reason), str(document), created)
        for article_id, reason, document, created in conn.execute(text(_NEWEST))
    }
    bodies: dict[int, list[object]] = {}
    for article_id, data in conn.execute(text(_BLOCK_DATA)):
        bodies.setdefault(int(article_id), []).append(json.loads(data))
    rows = []
    for article_id, title, words in conn.execute(text(_LIVE_ARTICLES)):
        # The same JSON `document_json` writes, built from the stored block data as it is,
        # without reading it through the current document model (an old file may predate it).
        raw = dumps_json({"title": title, "blocks": bodies.get(int(article_id), [])})
        held = newest.get(int(article_id))
        if held is not None and held[1] == raw and _settled(held[0], held[2], now):
            continue
        rows.append(
            {"article_id": article_id, "created_at": now, "reason": "migration", "title": title,
             "document": raw, "word_count": int(words or 0)}
        )
    if rows:
        conn.execute(insert(Revision), rows)
    return len(rows)


__all__ = [
    "RevisionRecord",
    "RevisionSummary",
    "get_revision",
    "list_revisions",
    "prune_revisions",
    "restore_revision",
    "revision_before_export",
    "write_migration_revisions",
]
