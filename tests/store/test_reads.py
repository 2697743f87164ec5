"""The start-up read path (store.reads): sqlite3 for a local file, SQLAlchemy otherwise,
same SQL and same records either way; and no SQLAlchemy import on the sqlite3 route."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date
from pathlib import Path

from desktop_app.core.document import Document, Heading, Paragraph, TableBlock
from desktop_app.core.inline import Inline, Run
from desktop_app.store.articles import (
    ArticleRecord,
    NewArticle,
    create_articles,
    get_article,
    list_articles,
    list_events,
    save_document,
)
from desktop_app.store.database import Database
from desktop_app.store.events import create_event, set_archived
from desktop_app.store.readers import AlchemyReader, SqliteReader
from desktop_app.store.records import ArticleRecord as PlainArticleRecord

ROOT = Path(__file__).resolve().parents[2]


def _library(path: Path) -> list[int]:
    """A small library: an article with an event, marks and a table; one without an event;
    an archived event with dates and one without."""
    with Database.open(path) as db:
        body = (
            Heading(Inline.plain("عنوان فرعي"), 2),
            Paragraph(Inline((Run("نص ", frozenset()), Run("عريض", frozenset({"bold"}))))),
            TableBlock(
                (Inline.plain("الوقت"), Inline.plain("الجلسة")), ((Inline.plain("9:00"), Inline.plain("افتتاح")),)
            ),
        )
        ids = create_articles(
            db,
            [
                NewArticle(Document("الأول", body), event_title="الدورة 93"),
                NewArticle(
                    Document("Second", (Paragraph(Inline.plain("plain words")),)), language="en", direction="ltr"
                ),
            ],
        )
        archived = create_event(db, "قديم", city="مراكش", start_date=date(2024, 11, 4), end_date=date(2024, 11, 7))
        set_archived(db, archived, True)
    return ids


def test_record_types_are_the_same_from_both_modules():
    assert ArticleRecord is PlainArticleRecord


def test_local_file_opens_and_reads_without_sqlalchemy(tmp_path):
    path = tmp_path / "lib.sqlite3"
    ids = _library(path)
    script = textwrap.dedent(
        f"""
        import sys
        from desktop_app.store.database import Database
        from desktop_app.store.reads import get_article, list_articles, list_events
        db = Database.open({str(path)!r})
        assert len(list_articles(db)) == 2
        assert get_article(db, {ids[0]}).title == "الأول"
        assert len(list_events(db)) == 2
        db.close()
        print("sqlalchemy" in sys.modules)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_both_routes_give_identical_records(tmp_path):
    path = tmp_path / "lib.sqlite3"
    ids = _library(path)
    with Database.open(path) as direct, Database.open(f"sqlite:///{path}") as alchemy:
        assert direct.direct_reads and not alchemy.direct_reads
        for article_id in ids:
            assert get_article(direct, article_id) == get_article(alchemy, article_id)
        assert list_articles(direct) == list_articles(alchemy)
        for archived in (True, False):
            assert list_events(direct, include_archived=archived) == list_events(alchemy, include_archived=archived)
        # And the same values the ORM's typed columns give.
        from desktop_app.store.models import Article, Event

        with alchemy.session() as session:
            orm_article = session.get(Article, ids[0])
            assert orm_article is not None
            record = get_article(direct, ids[0])
            assert record.updated_at == orm_article.updated_at and record.updated_at.tzinfo == UTC
            assert record.created_at == orm_article.created_at
            orm_events = {e.id: e for e in session.query(Event)}
        events = list_events(direct)
        assert {e.title for e in events} == {"الدورة 93", "قديم"}
        for event in events:
            orm_event = orm_events[event.id]
            assert (event.start_date, event.end_date, event.archived) == (
                orm_event.start_date, orm_event.end_date, orm_event.archived
            )
        assert [e.title for e in list_events(direct, include_archived=False)] == ["الدورة 93"]
        assert next(e for e in events if e.title == "قديم").start_date == date(2024, 11, 4)


def test_a_write_after_a_sqlite3_read_is_seen_by_the_next_read(tmp_path):
    path = tmp_path / "lib.sqlite3"
    ids = _library(path)
    with Database.open(path) as db:
        before = get_article(db, ids[1])
        assert list_articles(db)[0].id == ids[1]
        save_document(db, ids[0], Document("الأول معدل", (Paragraph(Inline.plain("جديد")),)))
        after = get_article(db, ids[0])
        assert after.title == "الأول معدل"
        assert after.document.blocks == (Paragraph(Inline.plain("جديد")),)
        assert list_articles(db)[0].id == ids[0]
        assert get_article(db, ids[1]) == before


def test_sqlite3_read_connection_has_the_connection_settings(tmp_path):
    path = tmp_path / "lib.sqlite3"
    _library(path)
    with Database.open(path) as db, db.reading() as reader:
        assert isinstance(reader, SqliteReader)
        assert reader.rows("PRAGMA journal_mode") == [("wal",)]
        assert reader.rows("PRAGMA foreign_keys") == [(1,)]
        assert reader.rows("PRAGMA busy_timeout") == [(5000,)]


def test_a_url_reads_through_sqlalchemy(tmp_path):
    path = tmp_path / "lib.sqlite3"
    ids = _library(path)
    with Database.open(f"sqlite:///{path}") as db:
        with db.reading() as reader:
            assert isinstance(reader, AlchemyReader)
            assert reader.rows("SELECT title FROM articles WHERE id = :id", {"id": ids[0]}) == [("الأول",)]
        assert get_article(db, ids[0]).event_title == "الدورة 93"


def test_memory_database_reads_through_sqlalchemy():
    with Database.open("sqlite://") as db:
        assert not db.direct_reads
        assert list_articles(db) == [] and list_events(db) == []


def test_record_carries_the_stored_word_count_on_both_routes(tmp_path):
    from desktop_app.core.arabic import word_count
    from desktop_app.store.articles import update_metadata

    path = tmp_path / "lib.sqlite3"
    ids = _library(path)

    def check(article_id: int) -> None:
        with Database.open(path) as direct, Database.open(f"sqlite:///{path}") as alchemy:
            for db in (direct, alchemy):
                record = get_article(db, article_id)
                assert record.word_count == word_count(record.document.plain_text()) > 0

    for article_id in ids:
        check(article_id)
    with Database.open(path) as db:
        save_document(db, ids[0], Document("الأول", (Paragraph(Inline.plain("نص أطول بكثير من قبل")),)))
        update_metadata(db, ids[1], title="عنوان من أربع كلمات")
    check(ids[0])
    check(ids[1])
