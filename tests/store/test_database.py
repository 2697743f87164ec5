from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core.errors import StoreError
from desktop_app.store import database as database_module
from desktop_app.store.database import Database, default_database_path, resolve_target
from tests.store.conftest import snapshot


def test_open_creates_folders_and_sets_pragmas(tmp_path):
    target = tmp_path / "a" / "b" / "hadath.sqlite3"
    db = Database.open(target)
    try:
        assert db.path == target and target.exists()
        assert db.url.startswith("sqlite:///")
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    finally:
        db.close()


def test_session_commits_and_rolls_back(db):
    with db.session() as session:
        session.execute(text("INSERT INTO events (title, organizer, city, venue, country, "
                             "time_zone, language, description, archived, created_at, updated_at)"
                             " VALUES ('e', '', '', '', '', '', 'ar', '', 0, '2025-01-01', "
                             "'2025-01-01')"))
    with pytest.raises(RuntimeError), db.session() as session:
        session.execute(text("DELETE FROM events"))
        raise RuntimeError("boom")
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM events")).scalar() == 1


def test_sqlite_url_target(tmp_path):
    target = tmp_path / "via-url.db"
    with Database.open(f"sqlite:///{target}") as db:
        assert db.path == target
    assert target.exists()


def test_memory_url():
    with Database.open("sqlite://") as db:
        assert db.path is None
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM articles")).scalar() == 0


def test_default_path_uses_env_at_call_time(tmp_path, monkeypatch):
    monkeypatch.setattr(database_module.platformdirs, "user_data_path", lambda app: tmp_path / app)
    monkeypatch.delenv("HADATH_DB", raising=False)
    assert default_database_path() == tmp_path / "hadath" / "hadath.sqlite3"
    assert resolve_target(None) == tmp_path / "hadath" / "hadath.sqlite3"
    monkeypatch.setenv("HADATH_DB", str(tmp_path / "env.db"))
    assert default_database_path() == tmp_path / "env.db"
    assert resolve_target(None) == str(tmp_path / "env.db")
    assert resolve_target(tmp_path / "explicit.db") == tmp_path / "explicit.db"
    with Database.open() as db:
        assert db.path == tmp_path / "env.db"


def test_default_path_without_env_opens_in_data_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(database_module.platformdirs, "user_data_path", lambda app: tmp_path / app)
    monkeypatch.delenv("HADATH_DB", raising=False)
    with Database.open() as db:
        assert db.path == tmp_path / "hadath" / "hadath.sqlite3"
    assert (tmp_path / "hadath" / "hadath.sqlite3").exists()


def _refused(target: Path | str, folder: Path, match: str) -> None:
    before = snapshot(folder)
    with pytest.raises(StoreError, match=match):
        Database.open(target)
    assert snapshot(folder) == before


def test_refuses_path_under_a_file(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    _refused(tmp_path / "file.txt" / "sub" / "db.sqlite3", tmp_path, "cannot be created")


def test_refuses_proc():
    with pytest.raises(StoreError):
        Database.open("/proc/x/y.db")
    assert not Path("/proc/x").exists()


def test_refuses_folder(tmp_path):
    (tmp_path / "dir").mkdir()
    _refused(tmp_path / "dir", tmp_path, "folder")


def test_refuses_non_sqlite_file(tmp_path):
    target = tmp_path / "notes.db"
    target.write_text("هذا ليس قاعدة بيانات, just text that is long enough")
    _refused(target, tmp_path, "not a Hadath database")


def test_refuses_short_file(tmp_path):
    target = tmp_path / "short.db"
    target.write_bytes(b"SQLite")
    _refused(target, tmp_path, "not a Hadath database")


def test_empty_file_is_a_new_database(tmp_path):
    target = tmp_path / "empty.db"
    target.touch()
    with Database.open(target) as db, db.session() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_refuses_other_programs_database(tmp_path):
    target = tmp_path / "other.db"
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    _refused(target, tmp_path, "another program")


def test_refuses_newer_schema(tmp_path):
    target = tmp_path / "newer.db"
    Database.open(target).close()
    conn = sqlite3.connect(target)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    _refused(target, tmp_path, "newer version of Hadath")


def test_refuses_corrupt_database(tmp_path):
    target = tmp_path / "corrupt.db"
    with Database.open(target) as db, db.session() as session:
        for number in range(300):
            session.execute(
                text("INSERT INTO events (title, organizer, city, venue, country, time_zone, "
                     "language, description, archived, created_at, updated_at) VALUES "
                     "(:t, '', '', '', '', '', 'ar', '', 0, '2025-01-01', '2025-01-01')"),
                {"t": f"event {number} " + "x" * 200},
            )
    data = bytearray(target.read_bytes())
    assert len(data) > 8192
    data[4096:8192] = b"\xff" * 4096  # clobber the pages after the schema page
    target.write_bytes(bytes(data))
    _refused(target, tmp_path, "damaged")


def _corrupt_a_page(path):
    """Overwrite a leaf page of the revisions table: the header, schema and article rows
    stay readable, so the file opens quickly, but quick_check fails."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (page,) = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'revisions' AND pagetype = 'leaf' ORDER BY pageno DESC LIMIT 1"
    ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    data[start : start + page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))


def test_deferred_integrity_check_blocks_writes_to_a_damaged_file(tmp_path):
    from desktop_app.core.document import Document, Paragraph
    from desktop_app.core.errors import StoreError
    from desktop_app.core.inline import Inline
    from desktop_app.store.articles import NewArticle, create_articles

    path = tmp_path / "news.sqlite3"
    db = Database.open(path)
    create_articles(db, [NewArticle(Document("T", (Paragraph(Inline.plain("نص " * 400)),)))] * 20)
    db.close()
    _corrupt_a_page(path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        Database.open(path)
    deferred = Database.open(path, defer_integrity_check=True)
    with pytest.raises(StoreError, match="damaged"):
        create_articles(deferred, [NewArticle(Document("x", (Paragraph(Inline.plain("y")),)))])
    with pytest.raises(StoreError, match="damaged"):
        deferred.verify_integrity()
    deferred.close()
    assert path.read_bytes() == before


def test_deferred_integrity_check_passes_on_a_sound_file(tmp_path):
    from desktop_app.core.document import Document, Paragraph
    from desktop_app.core.inline import Inline
    from desktop_app.store.articles import NewArticle, create_articles, list_articles

    path = tmp_path / "news.sqlite3"
    Database.open(path).close()
    db = Database.open(path, defer_integrity_check=True)
    db.verify_integrity()
    create_articles(db, [NewArticle(Document("T", (Paragraph(Inline.plain("نص")),)))])
    assert len(list_articles(db)) == 1
    db.close()
