from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import create_engine, text

from desktop_app.store.articles import get_article, list_articles
from desktop_app.store.database import Database, known_revisions, migration_config
from desktop_app.store.search import search_articles


def _db_at(path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        config = migration_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.commit()
    engine.dispose()


def test_new_database_is_stamped_at_head(db):
    _, head = known_revisions()
    with db.session() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    assert not list(db.path.parent.glob("*.bak"))  # nothing to back up in a new file


def test_upgrade_from_0001_keeps_rows_and_backs_up(tmp_path):
    target = tmp_path / "old.sqlite3"
    _db_at(target, "0001")
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(
        "INSERT INTO events (id, title, organizer, city, venue, country, time_zone, language, "
        "description, archived, created_at, updated_at) VALUES "
        "(1, 'الجمعية العامة', '', 'مراكش', '', '', '', 'ar', '', 0, '2025-01-01', '2025-01-01')"
    )
    conn.execute(
        "INSERT INTO articles (id, title, slug, summary, focus_keyphrase, language, direction, "
        "status, event_id, word_count, created_at, updated_at) VALUES "
        "(7, 'افتتاح', 'iftitah', '', '', 'ar', 'rtl', 'draft', 1, 3, '2025-01-01', "
        "'2025-01-01')"
    )
    conn.execute(
        "INSERT INTO blocks (article_id, position, kind, data) VALUES "
        """(7, 0, 'paragraph', '{"kind":"paragraph","text":[{"t":"وصل الوفد إلى مَرَّاكُش"}]}')"""
    )
    conn.execute(
        "INSERT INTO revisions (article_id, created_at, reason, title, document, word_count) "
        "VALUES (7, '2025-01-01', 'import', 'افتتاح', '{}', 3)"
    )
    conn.commit()
    counts_before = {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("events", "articles", "blocks", "revisions")
    }
    conn.close()
    original = target.read_bytes()

    with Database.open(target) as db:
        _, head = known_revisions()
        backup = tmp_path / f"old.sqlite3.before-{head}.bak"
        assert backup.exists()
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
            assert old.execute("SELECT count(*) FROM blocks").fetchone()[0] == 1
        with db.session() as session:
            for table, count in counts_before.items():
                assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == count
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        record = get_article(db, 7)
        assert record.event_title == "الجمعية العامة"
        assert [a.id for a in list_articles(db)] == [7]
        hits = search_articles(db, "مراكش")
        assert [h.article_id for h in hits] == [7]
        assert "[مَرَّاكُش]" in hits[0].snippet
    assert original != target.read_bytes()


def test_reopening_at_head_makes_no_backup(tmp_path):
    target = tmp_path / "h.sqlite3"
    Database.open(target).close()
    Database.open(target).close()
    assert not list(tmp_path.glob("*.bak"))


def test_foreign_key_breakage_is_undone(tmp_path, monkeypatch):
    target = tmp_path / "fk.sqlite3"
    _db_at(target, "0001")
    conn = sqlite3.connect(target)
    # A dangling block: foreign_key_check after the upgrade must refuse the result.
    conn.execute(
        "INSERT INTO blocks (article_id, position, kind, data) VALUES (99, 0, 'paragraph', "
        """'{"kind":"paragraph","text":[]}')"""
    )
    conn.commit()
    conn.close()
    import pytest

    from desktop_app.core.errors import StoreError

    with pytest.raises(StoreError, match="undone"):
        Database.open(target)
    with sqlite3.connect(target) as restored:
        assert restored.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
