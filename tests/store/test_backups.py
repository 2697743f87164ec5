"""Backups: consistent copies of a live database, checked when made, kept 7 daily and
4 weekly, restored with the current file backed up first."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.store import backups
from desktop_app.store.backups import Backup, BackupError, BackupSettings
from desktop_app.store.database import Database, known_revisions
from tests.store.conftest import snapshot

START = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)  # a Monday


# --- content a reporter would not want to lose -------------------------------------------


def build_coverage(db: Database) -> dict[str, int]:
    """An event with its fact box, a programme table, a topic list, an imported-style
    article linked to a row and an item, an article made from the event, and an
    article-local table and list."""
    from desktop_app.locale_names import names_for
    from desktop_app.store import agenda, events, topics
    from desktop_app.store.articles import NewArticle, create_articles
    from desktop_app.store.fact_box import create_fact_box
    from desktop_app.store.from_event import new_article_from_event

    event_id = events.create_event(
        db, "الدورة 93 للجمعية العامة للانتربول", organizer="الانتربول", city="مراكش",
        start_date=date(2025, 11, 24), end_date=date(2025, 11, 27), language="ar_MA", time_zone="Africa/Casablanca",
    )
    fact_box = create_fact_box(db, event_id, names_for)
    agenda.add_row(db, fact_box, ["أبرز القضايا", "الجريمة العابرة للحدود"])
    programme = agenda.create_table(
        db, "برنامج اليوم الأول", event_id=event_id,
        columns=[("الساعة", "time"), ("الجلسة", "text"), ("المتحدث", "person")],
        rows=[["09:00", "الجلسة الافتتاحية", "عبد اللطيف حموشي"], ["١٤:٠٠", "الجريمة السيبرانية", "—"]],
    )
    issues = topics.create_list(db, "أبرز القضايا", event_id=event_id, items=["التعاون الأمني", "الجريمة المنظمة"])
    text = Document(
        title="انطلاق الدورة 93 للانتربول في المغرب",
        blocks=(Paragraph(Inline.plain("وصل الوفد إلى مَرَّاكُش صباح الإثنين.")),),
    )
    (written,) = create_articles(db, [NewArticle(text, "ar", "rtl", event_id=event_id)])
    opening = new_article_from_event(db, event_id, "opening_day", names_for, issues_list_id=issues)
    agenda.link_row(db, agenda.get_table(db, programme).rows[0].id, written)
    topics.link_item(db, topics.get_list(db, issues).items[1].id, opening)
    local_table = agenda.create_table(db, "أرقام", article_id=written, columns=[("البند", "text")], rows=[["42"]])
    local_list = topics.create_list(db, "نقاط", article_id=written, items=["أولى"])
    return {
        "event": event_id, "programme": programme, "issues": issues, "written": written, "opening": opening,
        "local_table": local_table, "local_list": local_list,
    }


def content_of(db: Database) -> dict[str, Any]:
    """Everything the reporter sees, through the store's own readers, and every row of
    every table underneath (the search index included)."""
    from desktop_app.store import agenda, events, topics
    from desktop_app.store.reads import get_article, list_articles, list_events

    articles = {summary.id: get_article(db, summary.id) for summary in list_articles(db)}
    event_ids = [summary.id for summary in list_events(db)]
    owners = [{"event_id": event_id} for event_id in event_ids] + [{"article_id": aid} for aid in articles]
    tables = {
        table.id: agenda.get_table(db, table.id) for owner in owners for table in agenda.list_tables(db, **owner)
    }
    lists = {
        item.id: topics.get_list(db, item.id) for owner in owners for item in topics.list_lists(db, **owner)
    }
    return {
        "articles": articles,
        "events": {event_id: events.get_event(db, event_id) for event_id in event_ids},
        "tables": tables,
        "lists": lists,
        "rows": raw_rows(db.path),
    }


def raw_rows(path: Path | None) -> dict[str, list[tuple[Any, ...]]]:
    assert path is not None
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        # Sorted in Python: some tables have no rowid to order by.
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    finally:
        conn.close()


def change_everything(db: Database, ids: dict[str, int]) -> None:
    """Edits after the backup: each kind of thing changes, so a restore must undo them."""
    from desktop_app.store import agenda, events, topics
    from desktop_app.store.articles import NewArticle, create_article, save_document

    save_document(db, ids["written"], Document(title="عنوان آخر", blocks=()), reason="manual")
    create_article(db, NewArticle(Document(title="مقال جديد"), "ar", "rtl"))
    events.update_event(db, ids["event"], title="حدث آخر")
    agenda.add_row(db, ids["programme"], ["16:00", "ندوة صحفية", ""])
    topics.add_item(db, ids["issues"], "بند جديد")
    topics.rename_list(db, ids["local_list"], "قائمة أخرى")


@pytest.fixture
def settings(tmp_path: Path) -> BackupSettings:
    return BackupSettings.for_database(tmp_path / "hadath.sqlite3")


def count_articles(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def new_article(db: Database, title: str) -> int:
    from desktop_app.store.articles import NewArticle, create_article

    return create_article(db, NewArticle(Document(title=title), "ar", "rtl"))


# --- making backups ----------------------------------------------------------------------


def test_backup_is_one_checked_file_named_by_utc_time(db, settings):
    new_article(db, "مقال")
    made = backups.make_backup(db.path, settings, now=datetime(2025, 3, 1, 10, 15, 7, 900, tzinfo=UTC))
    assert made.path == settings.folder / "hadath-2025-03-01T10-15-07Z-manual.sqlite3"
    assert made.kind == "manual" and made.created == datetime(2025, 3, 1, 10, 15, 7, tzinfo=UTC)
    assert sorted(p.name for p in settings.folder.iterdir()) == [made.path.name]  # no -wal, no temp file
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    assert count_articles(made.path) == 1
    # Twice in one second: a second name, not an overwrite; the day keeps its newest.
    again = backups.make_backup(db.path, settings, now=datetime(2025, 3, 1, 10, 15, 7, tzinfo=UTC))
    assert again.path.name == "hadath-2025-03-01T10-15-07Z-manual-2.sqlite3"
    assert [b.path for b in backups.list_backups(db.path, settings.folder)] == [again.path]


def test_backup_of_a_live_database_while_another_connection_writes(db, settings):
    from desktop_app.store.articles import NewArticle, create_article

    settings = BackupSettings(settings.folder, daily=30)

    new_article(db, "أول")
    writer_db = Database.open(db.path)  # a second writer, as the autosave thread is
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def write() -> None:
        try:
            while not stop.is_set():
                item = NewArticle(Document(title=f"مقال {len(written)}"), "ar", "rtl")
                written.append(create_article(writer_db, item))
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=write)
    thread.start()
    made: list[tuple[int, Backup, int]] = []
    try:
        for day in range(8):  # a day apart, so that retention keeps them all
            before = len(written)
            backup = backups.make_backup(db.path, settings, now=START + timedelta(days=day))
            made.append((before, backup, len(written)))
    finally:
        stop.set()
        thread.join()
        writer_db.close()
    assert not errors, errors
    assert len(written) > 8  # the writer kept going while backups ran
    for before, backup, after in made:
        assert backups.integrity_problem(backup.path) is None
        # One snapshot: every article committed before the copy, none after it ended.
        assert 1 + before <= count_articles(backup.path) <= 1 + after
    assert count_articles(db.path) == 1 + len(written)


def test_verification_deletes_a_corrupted_copy_and_says_so(db, settings, monkeypatch):
    new_article(db, "مقال")
    good = backups.make_backup(db.path, settings, now=START)
    database_before = db.path.read_bytes()
    real_copy = backups._copy_pages

    def corrupting_copy(source: Path, destination: Path) -> None:
        real_copy(source, destination)
        data = bytearray(destination.read_bytes())
        for page in range(2, len(data) // 4096):  # every b-tree page but the schema's
            data[page * 4096 + 8 : page * 4096 + 40] = b"\xff" * 32
        destination.write_bytes(bytes(data))

    monkeypatch.setattr(backups, "_copy_pages", corrupting_copy)
    with pytest.raises(BackupError, match="failed its integrity check"):
        backups.make_backup(db.path, settings, now=START + timedelta(days=1))
    # The bad copy is gone (no final name, no temp file); the good one is untouched.
    assert sorted(p.name for p in settings.folder.iterdir()) == [good.path.name]
    assert db.path.read_bytes() == database_before


def test_a_copy_that_cannot_be_written_leaves_nothing(db, settings, monkeypatch):
    def full_disk(source: Path, destination: Path) -> None:
        destination.write_bytes(b"SQLite format 3\x00partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_copy_pages", full_disk)
    with pytest.raises(BackupError, match="No space left"):
        backups.make_backup(db.path, settings, now=START)
    assert list(settings.folder.iterdir()) == []


def test_backup_refuses_a_missing_database_and_an_unwritable_folder(tmp_path, db):
    with pytest.raises(BackupError, match="no database"):
        backups.make_backup(tmp_path / "none.sqlite3", BackupSettings(tmp_path / "b"))
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(BackupError, match="backup folder"):
        backups.make_backup(db.path, BackupSettings(blocked / "backups"))


def test_backup_to_a_folder_or_a_new_file_never_over_an_existing_one(db, tmp_path):
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    into = backups.backup_to(db.path, elsewhere, now=START)
    assert into.path == elsewhere / "hadath-2025-01-06T08-00-00Z-manual.sqlite3"
    named = backups.backup_to(db.path, tmp_path / "copy.sqlite3")
    assert backups.integrity_problem(named.path) is None
    before = named.path.read_bytes()
    with pytest.raises(BackupError, match="already exists"):
        backups.backup_to(db.path, named.path)
    assert named.path.read_bytes() == before
    with pytest.raises(BackupError, match="does not exist"):
        backups.backup_to(db.path, tmp_path / "missing" / "copy.sqlite3")


def test_list_shows_this_databases_backups_and_pre_update_copies_only(db, settings):
    made = backups.make_backup(db.path, settings, now=START)
    pre_update = db.path.with_name(f"{db.path.name}.before-0004.bak")
    pre_update.write_bytes(made.path.read_bytes())
    (settings.folder / "other-2025-01-06T08-00-00Z-manual.sqlite3").write_bytes(b"")  # another database's
    (settings.folder / f".{made.path.name}.1.2.partial").write_bytes(b"")
    (settings.folder / "notes.txt").write_text("x")
    listed = backups.list_backups(db.path, settings.folder)
    assert [(b.path, b.kind) for b in listed] == [(pre_update, "before-update"), (made.path, "manual")]


def test_pre_update_copy_is_verified_too(tmp_path, monkeypatch):
    from tests.store.test_migrations import _db_at

    target = tmp_path / "old.sqlite3"
    _db_at(target, "0001")
    original = target.read_bytes()
    monkeypatch.setattr(backups, "integrity_problem", lambda path: "page 3 is never used")
    with pytest.raises(Exception, match="page 3 is never used"):
        Database.open(target)
    assert target.read_bytes() == original
    assert not list(tmp_path.glob("*.bak"))


# --- when, and how many -------------------------------------------------------------------


def test_start_of_day_backup_only_when_the_last_is_a_day_old(db, settings, tmp_path):
    assert backups.backup_if_due(tmp_path / "none.sqlite3", settings, START) is None  # nothing to back up
    first = backups.backup_if_due(db.path, settings, START)
    assert first is not None and first.kind == "auto"
    assert backups.backup_if_due(db.path, settings, START + timedelta(hours=23, minutes=59)) is None
    manual = backups.make_backup(db.path, settings, now=START + timedelta(hours=20))
    # A manual backup counts: the next automatic one waits a day from it.
    assert backups.backup_if_due(db.path, settings, START + timedelta(hours=30)) is None
    second = backups.backup_if_due(db.path, settings, manual.created + timedelta(days=1))
    assert second is not None
    assert len(backups.list_backups(db.path, settings.folder)) == 3


def _expected(made: list[Backup], daily: int, weekly: int) -> set[Path]:
    """The rule written out the slow way: the newest backup of each of the last `daily`
    days with backups and of each of the last `weekly` ISO weeks with backups."""
    by_day: dict[date, Backup] = {}
    by_week: dict[tuple[int, int], Backup] = {}
    for backup in made:
        day = backup.created.date()
        week = (day.isocalendar()[0], day.isocalendar()[1])
        if day not in by_day or backup.created > by_day[day].created:
            by_day[day] = backup
        if week not in by_week or backup.created > by_week[week].created:
            by_week[week] = backup
    days = sorted(by_day)[-daily:]
    weeks = sorted(by_week)[-weekly:]
    return {by_day[d].path for d in days} | {by_week[w].path for w in weeks}


def test_sixty_days_keep_seven_daily_and_four_weekly(db, settings, monkeypatch):
    monkeypatch.setattr(backups, "_fsync", lambda path: None)  # speed: durability is not under test
    made: list[Backup] = []
    for day in range(60):
        if day % 9 == 4:
            continue  # days the laptop stayed shut
        morning = START + timedelta(days=day)
        auto = backups.backup_if_due(db.path, settings, morning)
        if auto is not None:
            made.append(auto)
            assert backups.backup_if_due(db.path, settings, morning + timedelta(hours=10)) is None
        else:  # not a day since yesterday's manual backup
            assert made[-1].kind == "manual" and morning - made[-1].created < timedelta(days=1)
        if day % 3 == 0:  # a manual backup later that day: it becomes the day's newest
            made.append(backups.make_backup(db.path, settings, now=morning + timedelta(hours=9)))
    kept = backups.list_backups(db.path, settings.folder)
    assert {backup.path for backup in kept} == _expected(made, 7, 4)
    days = {backup.created.date() for backup in kept}
    weeks = {backup.created.isocalendar()[:2] for backup in kept}
    assert len(days) == len(kept)  # one per day kept
    assert len(weeks) == 4
    newest_days = sorted({backup.created.date() for backup in made})[-7:]
    assert set(newest_days) <= days
    assert kept[0].path == made[-1].path  # the newest survives
    assert 7 < len(kept) <= 11


def test_the_newest_backup_is_never_pruned():
    made = [
        Backup(Path(f"/b/h-{i}.sqlite3"), START + timedelta(hours=i), "manual", 1) for i in range(5)
    ]
    assert backups.plan_retention(made, daily=1, weekly=0) == {made[-1].path}
    restored = Backup(Path("/b/h-r.sqlite3"), START + timedelta(hours=2, minutes=30), "before-restore", 1)
    damaged = Backup(Path("/b/h-d.sqlite3"), START - timedelta(days=300), "damaged", 1)
    update = Backup(Path("/b/h.sqlite3.before-0004.bak"), START - timedelta(days=300), "before-update", 1)
    keep = backups.plan_retention([*made, restored, damaged, update], daily=1, weekly=0)
    # The way back from a restore stays for the kept days; damaged and pre-update copies always.
    assert keep == {made[-1].path, restored.path, damaged.path, update.path}
    later = Backup(Path("/b/h-later.sqlite3"), START + timedelta(days=1), "auto", 1)
    assert restored.path not in backups.plan_retention([*made, restored, later], daily=1, weekly=0)


def test_relative_and_default_backup_folders(tmp_path):
    database = tmp_path / "data" / "hadath.sqlite3"
    assert backups.backup_folder(database) == tmp_path / "data" / "backups"
    assert backups.backup_folder(database, "  ") == tmp_path / "data" / "backups"
    assert backups.backup_folder(database, "safe") == tmp_path / "data" / "safe"
    assert backups.backup_folder(database, str(tmp_path / "usb")) == tmp_path / "usb"


# --- restoring ------------------------------------------------------------------------------


def test_a_restored_backup_opens_with_the_same_articles_events_tables_and_lists(tmp_path, settings):
    path = tmp_path / "hadath.sqlite3"
    with Database.open(path) as db:
        ids = build_coverage(db)
        saved = content_of(db)
        backup = backups.make_backup(path, settings, now=START)
        change_everything(db, ids)
        changed = content_of(db)
    assert changed != saved
    result = backups.restore_backup(backup.path, path, settings, now=START + timedelta(hours=1))
    with Database.open(path) as db:
        restored = content_of(db)
    assert restored["articles"] == saved["articles"]
    assert restored["events"] == saved["events"]
    assert restored["tables"] == saved["tables"]
    assert restored["lists"] == saved["lists"]
    assert restored == saved
    assert len(saved["articles"]) == 2 and len(saved["tables"]) == 3 and len(saved["lists"]) == 2
    # The file it replaced was backed up first, and restoring that brings the edits back.
    assert result.previous is not None and result.previous.kind == "before-restore"
    backups.restore_backup(result.previous.path, path, settings, now=START + timedelta(hours=2))
    with Database.open(path) as db:
        assert content_of(db) == changed


def test_restore_while_another_connection_is_open(db, settings):
    new_article(db, "أول")
    backup = backups.make_backup(db.path, settings, now=START)
    new_article(db, "ثان")
    backups.restore_backup(backup.path, db.path, settings, now=START + timedelta(minutes=1))
    from desktop_app.store.reads import list_articles

    # SQLite's locking hands the open connection the restored pages, not a mix.
    assert [a.title for a in list_articles(db)] == ["أول"]
    assert backups.integrity_problem(db.path) is None


def test_restore_an_older_schema_backup_which_then_updates(tmp_path, settings):
    from tests.store.test_migrations import _db_at

    old = tmp_path / "old-copy.sqlite3"
    _db_at(old, "0001")
    path = tmp_path / "hadath.sqlite3"
    with Database.open(path) as db:
        new_article(db, "سيختفي")
    assert backups.check_backup(old) == "0001"
    backups.restore_backup(old, path, settings, now=START)
    with Database.open(path) as db:
        from desktop_app.store.reads import list_articles

        assert list_articles(db) == []
        assert raw_rows(path)["alembic_version"] == [(known_revisions()[1],)]


def test_restore_over_a_damaged_database_keeps_its_bytes(tmp_path, settings):
    path = tmp_path / "hadath.sqlite3"
    with Database.open(path) as db:
        new_article(db, "محفوظ")
    backup = backups.make_backup(path, settings, now=START)
    damaged = b"SQLite format 3\x00" + b"\x13" * 8000
    path.write_bytes(damaged)
    result = backups.restore_backup(backup.path, path, settings, now=START + timedelta(hours=1))
    assert result.previous is not None and result.previous.kind == "damaged"
    assert result.previous.path.read_bytes() == damaged
    assert count_articles(path) == 1
    assert not Path(f"{path}-wal").exists()
    # Listed, never pruned, never taken for the latest good backup.
    assert backups.latest_backup(path, settings.folder) == backup
    assert result.previous.path in {b.path for b in backups.list_backups(path, settings.folder)}


def _foreign(tmp_path: Path) -> Path:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    return other


def _newer(tmp_path: Path, db: Database) -> Path:
    newer = tmp_path / "newer.sqlite3"
    backups.backup_to(db.path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return newer


def _corrupt(tmp_path: Path, db: Database) -> Path:
    corrupt = tmp_path / "corrupt.sqlite3"
    backups.backup_to(db.path, corrupt)
    data = bytearray(corrupt.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 40] = b"\xff" * 32
    corrupt.write_bytes(bytes(data))
    return corrupt


def _empty_sqlite(tmp_path: Path) -> Path:
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).execute("PRAGMA user_version = 1").connection.close()
    return empty


REFUSALS = {
    "missing": (lambda tmp, db: tmp / "nowhere.sqlite3", "There is no backup"),
    "folder": (lambda tmp, db: tmp, "is a folder"),
    "text": (lambda tmp, db: (tmp / "notes.sqlite3", (tmp / "notes.sqlite3").write_text("hello"))[0], "not an SQLite"),
    "corrupt": (_corrupt, "is damaged"),
    "foreign": (lambda tmp, db: _foreign(tmp), "does not hold Hadath's tables"),
    "empty": (lambda tmp, db: _empty_sqlite(tmp), "does not hold Hadath's tables"),
    "newer": (_newer, "newer version of Hadath"),
    "itself": (lambda tmp, db: db.path, "the database itself"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_restore_refuses_and_changes_nothing(case, tmp_path, db, settings):
    new_article(db, "لا يمس")
    backups.make_backup(db.path, settings, now=START)
    db.close()
    make, message = REFUSALS[case]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    source = make(elsewhere, db)
    before = snapshot(tmp_path)
    with pytest.raises(BackupError, match=message):
        backups.restore_backup(source, db.path, settings, now=START + timedelta(hours=1))
    assert snapshot(tmp_path) == before  # the database, its backups, the candidate: as they were


def test_restore_refused_when_the_current_file_cannot_be_backed_up(db, settings, tmp_path):
    new_article(db, "لا يمس")
    backup = backups.backup_to(db.path, tmp_path / "copy.sqlite3")
    new_article(db, "ثان")
    db.close()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the backup folder should be")
    before = db.path.read_bytes()
    with pytest.raises(BackupError, match="Nothing was restored"):
        backups.restore_backup(backup.path, db.path, BackupSettings(blocked / "backups"), now=START)
    assert db.path.read_bytes() == before
    assert count_articles(db.path) == 2


def test_restore_into_a_missing_database_file(tmp_path, db, settings):
    new_article(db, "مقال")
    backup = backups.make_backup(db.path, settings, now=START)
    target = tmp_path / "fresh" / "hadath.sqlite3"
    target.parent.mkdir()
    result = backups.restore_backup(backup.path, target, BackupSettings(tmp_path / "fresh" / "backups"))
    assert result.previous is None
    assert count_articles(target) == 1


def test_a_locked_database_is_not_taken_for_a_damaged_one(db, settings, monkeypatch):
    new_article(db, "لا يمس")
    backup = backups.make_backup(db.path, settings, now=START)
    new_article(db, "ثان")
    db.close()

    def locked(source: Path, destination: Path) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(backups, "_copy_pages", locked)
    before = db.path.read_bytes()
    with pytest.raises(BackupError, match=r"Nothing was restored.*database is locked"):
        backups.restore_backup(backup.path, db.path, settings, now=START + timedelta(hours=1))
    assert db.path.read_bytes() == before
    assert [b.kind for b in backups.list_backups(db.path, settings.folder)] == ["manual"]  # no "damaged" copy


def test_restore_waits_for_a_writer_and_gives_up_leaving_the_file_as_it_was(db, settings, monkeypatch):
    new_article(db, "أول")
    backup = backups.make_backup(db.path, settings, now=START)
    new_article(db, "ثان")
    monkeypatch.setattr(backups, "BUSY_TIMEOUT_S", 0.2)
    writer = sqlite3.connect(db.path, timeout=1)
    writer.execute("BEGIN IMMEDIATE")  # another process in the middle of a save
    writer.execute("UPDATE articles SET title = 'يكتب' WHERE title = 'ثان'")
    try:
        with pytest.raises(BackupError, match="left as it was"):
            backups.restore_backup(backup.path, db.path, settings, now=START + timedelta(hours=1))
    finally:
        writer.commit()
        writer.close()
    # The writer's save went through after the restore gave up; nothing was replaced.
    conn = sqlite3.connect(db.path)
    assert sorted(row[0] for row in conn.execute("SELECT title FROM articles")) == sorted(["أول", "يكتب"])
    conn.close()
    assert backups.integrity_problem(db.path) is None
