from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
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
                # Plus the "migration" revision of the one article, written before the update.
                expected = count + 1 if table == "revisions" else count
                assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == expected
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


def test_upgrade_from_0002_keeps_event_data_and_adds_coverage_tables(tmp_path):
    target = tmp_path / "v2.sqlite3"
    _db_at(target, "0002")
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(
        "INSERT INTO events (id, title, organizer, city, venue, country, start_date, end_date, time_zone, "
        "language, description, archived, created_at, updated_at) VALUES (1, 'الدورة 93', 'الانتربول', "
        "'مراكش', '', 'المغرب', '2026-11-24', '2026-11-27', 'Africa/Casablanca', 'ar_MA', '', 0, "
        "'2025-01-01', '2025-01-01')"
    )
    conn.execute(
        "INSERT INTO articles (id, title, slug, summary, focus_keyphrase, language, direction, status, "
        "event_id, word_count, created_at, updated_at) VALUES (3, 'افتتاح', 'iftitah', '', '', 'ar', 'rtl', "
        "'draft', 1, 1, '2025-01-01', '2025-01-01')"
    )
    conn.execute(
        "INSERT INTO blocks (article_id, position, kind, data) VALUES (3, 0, 'table', "
        """'{"kind":"table","header":[[{"t":"العنوان"}]],"rows":[[[{"t":"موقع الحدث"}]]],"source_id":1}')"""
    )
    conn.execute("INSERT INTO agenda_tables (id, title, event_id, position) VALUES (1, 'الحقائق', 1, 0)")
    conn.execute(
        "INSERT INTO agenda_columns (id, table_id, position, header, kind) VALUES (1, 1, 0, 'العنوان', 'text')"
    )
    conn.execute("INSERT INTO agenda_rows (id, table_id, position) VALUES (1, 1, 0), (2, 1, 1)")
    conn.execute("INSERT INTO agenda_cells (row_id, column_id, text) VALUES (1, 1, 'موقع الحدث'), (2, 1, 'مدة الدورة')")
    conn.execute("INSERT INTO topic_lists (id, title, event_id, ordered, position) VALUES (1, 'القضايا', 1, 0, 0)")
    conn.execute(
        "INSERT INTO topic_items (list_id, position, text, covered) VALUES (1, 0, 'التعاون الأمني', 1), "
        "(1, 1, 'الجريمة السيبرانية', 0)"
    )
    conn.commit()
    tables = (
        "events", "articles", "blocks", "agenda_tables", "agenda_columns", "agenda_rows", "agenda_cells",
        "topic_lists", "topic_items",
    )
    before = {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in tables}
    conn.close()

    with Database.open(target) as db:
        with db.session() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == known_revisions()[1]
            for table, rows in before.items():
                after = session.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()
                # Later revisions add columns at the end: the old ones keep their values.
                assert [tuple(row)[: len(rows[0])] for row in after] == rows
                if table == "events":
                    assert {row.digit_style for row in after} == {"auto"}
            for table in ("agenda_row_articles", "topic_item_articles"):
                assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []

        from desktop_app.store import agenda, topics
        from desktop_app.store.events import get_event
        from desktop_app.store.linked import articles_linking

        assert get_event(db, 1).digit_style == "auto"
        assert [a.id for a in articles_linking(db, "table", 1)] == [3]
        agenda.link_row(db, 1, 3)
        topics.link_item(db, 2, 3)
        assert str(agenda.table_coverage(db, 1)) == "1 of 2"
        assert str(topics.list_coverage(db, 1)) == "2 of 2"
        with db.session() as session:
            session.execute(text("DELETE FROM articles WHERE id = 3"))  # cascades to the links
            assert session.execute(text("SELECT count(*) FROM agenda_row_articles")).scalar() == 0
            assert session.execute(text("SELECT count(*) FROM topic_item_articles")).scalar() == 0
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_scanned_revisions_agree_with_alembic():
    # Database.open reads the scripts itself to skip importing Alembic when at head.
    from desktop_app.store.database import scanned_revisions

    assert scanned_revisions() == known_revisions()


FIXTURE_DATABASES = sorted((Path(__file__).parents[1] / "fixtures" / "databases").glob("hadath-*.sqlite3"))


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    # The search index (virtual table and its shadow tables) is rebuilt by migrations.
    return [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if name != "alembic_version" and not name.startswith(("search", "sqlite_"))
    ]


def test_there_is_a_fixture_database_for_every_revision_before_head():
    revisions, head = known_revisions()
    made = {path.stem.removeprefix("hadath-") for path in FIXTURE_DATABASES}
    assert made >= revisions - {head}


@pytest.mark.parametrize("fixture", FIXTURE_DATABASES, ids=lambda path: path.stem)
def test_fixture_database_upgrades_keeping_every_row(fixture, tmp_path):
    target = tmp_path / fixture.name
    shutil.copyfile(fixture, target)
    with sqlite3.connect(target) as old:
        tables = _user_tables(old)
        before = {table: old.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in tables}
    old.close()
    assert sum(len(rows) for rows in before.values()) > 15

    with Database.open(target) as db:
        with db.session() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == known_revisions()[1]
            for table, rows in before.items():
                after = [tuple(row) for row in session.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
                if table == "revisions":
                    # An update writes a "migration" revision of each article first.
                    added = after[len(rows):]
                    assert all("migration" in row for row in added)
                    assert bool(added) == (fixture.stem != f"hadath-{known_revisions()[1]}")
                    after = after[: len(rows)]
                assert len(after) == len(rows), table
                # Columns added later come after the old ones; the old ones keep every value.
                assert [row[: len(old_row)] for row, old_row in zip(after, rows, strict=True)] == rows, table
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        hits = search_articles(db, "مراكش")
        assert 3 in [hit.article_id for hit in hits]
        from desktop_app.store import agenda

        table = agenda.get_table(db, 1)
        assert [row.cells for row in table.rows] == [("10h00", "الجلسة الافتتاحية"), ("١٤:٣٠", "Cybercrime panel")]
