"""A database Hadath cannot open (damaged, not Hadath's, from a newer Hadath) gets a dialog:
restore a backup, open another file or start a new one; the file itself is never written
over or deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.gui import database_problem_dialog as module
from desktop_app.gui.database_open import local_path, open_database, was_damaged
from desktop_app.gui.database_problem_dialog import DatabaseProblemDialog, problem_kind
from desktop_app.gui.main_window import MainWindow
from desktop_app.preferences import Preferences
from desktop_app.store.articles import NewArticle, create_articles, list_articles
from desktop_app.store.backups import BackupSettings, list_backups, make_backup
from desktop_app.store.database import Database

from ..store.test_database import _corrupt_a_page


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch, isolated_settings):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # default preferences
    (tmp_path / "run").mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    monkeypatch.setenv("HADATH_LANG", "en")
    monkeypatch.delenv("HADATH_DB", raising=False)


def _with_articles(path: Path, count: int = 3) -> list[int]:
    db = Database.open(path)
    ids = create_articles(
        db, [NewArticle(Document(f"مقال {n}", (Paragraph(Inline.plain("نص " * 300)),))) for n in range(count)]
    )
    db.close()
    return ids


def garbage(folder: Path) -> Path:
    path = folder / "notes.sqlite3"
    path.write_bytes(b"These are my notes, not a database.\n" * 50)
    return path


def truncated(folder: Path) -> Path:
    path = folder / "news.sqlite3"
    _with_articles(path, 20)
    _checkpoint(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def newer(folder: Path) -> Path:
    path = folder / "future.sqlite3"
    _with_articles(path, 1)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    _checkpoint(path)
    return path


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def _state(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes and what lies beside it: both must stay as they were."""
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def _refusal(path: Path):
    with pytest.raises(Exception) as caught:
        Database.open(path)
    return caught.value


@pytest.mark.parametrize(
    ("make", "kind", "headline"),
    [
        (garbage, "foreign", "This is not a Hadath database"),
        (truncated, "damaged", "This database is damaged"),
        (newer, "newer", "This database needs a newer Hadath"),
    ],
)
def test_each_problem_reads_plainly(qapp, tmp_path, make, kind, headline):
    path = make(tmp_path)
    error = _refusal(path)
    assert problem_kind(error) == kind
    dialog = DatabaseProblemDialog(error, path)
    assert dialog.ui.headlineLabel.text() == headline
    assert path.name in dialog.ui.messageLabel.text()
    assert path.name in dialog.ui.detailLabel.text()
    assert not dialog.ui.restoreButton.isHidden()
    assert dialog.ui.lastUsedButton.isHidden()  # nothing chosen instead yet


def _answer(monkeypatch, action):
    """The reporter's choice in the dialog; returns the dialogs shown."""
    shown: list[DatabaseProblemDialog] = []

    def fake_exec(dialog: DatabaseProblemDialog) -> int:
        shown.append(dialog)
        if action is not None:
            action(dialog)
        return dialog.result() if dialog.chosen is not None else QDialog.DialogCode.Rejected

    monkeypatch.setattr(DatabaseProblemDialog, "exec", fake_exec)
    return shown


@pytest.mark.parametrize("make", [garbage, truncated, newer])
def test_start_a_new_database_leaves_the_file_alone(qapp, tmp_path, monkeypatch, make):
    path = make(tmp_path)
    before = _state(path)
    fresh = tmp_path / "fresh.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    shown = _answer(monkeypatch, lambda d: d.ui.newButton.click())
    opened = open_database(str(path))
    assert not isinstance(opened, int)
    database, guard = opened
    try:
        assert database.path == fresh and list_articles(database) == []
        assert guard is not None and guard.database == fresh.resolve()
    finally:
        database.close()
        guard.release()
    assert len(shown) == 1
    assert _state(path) == before
    # The next time, the file chosen instead is one click away.
    again = DatabaseProblemDialog(_refusal(path), path)
    assert not again.ui.lastUsedButton.isHidden() and again.last_used() == fresh


def test_a_new_database_never_takes_an_existing_name(qapp, tmp_path, monkeypatch):
    path = garbage(tmp_path)
    taken = tmp_path / "taken.sqlite3"
    taken.write_text("somebody's file")
    fresh = tmp_path / "fresh"
    answers = iter([(str(taken), ""), (str(fresh), "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(answers))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = DatabaseProblemDialog(_refusal(path), path)
    dialog.start_new()
    assert warnings and "already exists" in warnings[0]
    assert dialog.chosen == tmp_path / "fresh.sqlite3"
    assert taken.read_text() == "somebody's file"


def test_open_another_file_and_its_own_problem_is_asked_again(qapp, tmp_path, monkeypatch):
    path = truncated(tmp_path)
    other_bad = garbage(tmp_path)
    good = tmp_path / "good.sqlite3"
    ids = _with_articles(good, 2)
    answers = iter([str(other_bad), str(good)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(answers), ""))
    shown = _answer(monkeypatch, lambda d: d.ui.openButton.click())
    database, guard = open_database(str(path))
    try:
        assert database.path == good
        assert sorted(s.id for s in list_articles(database)) == sorted(ids)
    finally:
        database.close()
        guard.release()
    assert [d.kind for d in shown] == ["damaged", "foreign"]


def test_quit_gives_up_with_status_1(qapp, tmp_path, monkeypatch):
    path = newer(tmp_path)
    before = _state(path)
    _answer(monkeypatch, None)
    assert open_database(str(path)) == 1
    assert _state(path) == before


def _backed_up_then_damaged(tmp_path: Path) -> tuple[Path, list[int], Path]:
    path = tmp_path / "news.sqlite3"
    ids = _with_articles(path, 20)
    backup = make_backup(path, BackupSettings.for_database(path)).path
    _checkpoint(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path, ids, backup


def test_damage_found_after_start_is_checked_in_full_next_time(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "news.sqlite3"
    _with_articles(path, 20)
    _corrupt_a_page(path)  # the header and schema read fine: found after the first paint
    before = _state(path)
    shown = _answer(monkeypatch, None)
    database, guard = open_database(str(path))
    assert shown == []
    window = MainWindow(database, "en")
    reported: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: reported.append(a[2]))
    window.safety.verify_database()
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert "damaged" in reported[0]
    window.autosaver.shutdown()
    window.close()
    database.close()
    guard.release()
    assert was_damaged(path)
    # The next start checks the file before opening it and offers the way out.
    assert open_database(str(path)) == 1
    assert [d.kind for d in shown] == ["damaged"]
    assert _state(path) == before


def test_a_damaged_database_is_restored_in_place_and_its_bytes_kept(qapp, tmp_path, monkeypatch):
    path, ids, backup = _backed_up_then_damaged(tmp_path)
    damaged = path.read_bytes()
    offered: list[list[str]] = []

    def pick(_parent, _title, _label, items, *_args):
        offered.append(list(items))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: informed.append(a[2]))
    _answer(monkeypatch, lambda d: d.ui.restoreButton.click())
    database, guard = open_database(str(path))
    try:
        assert database.path == path
        assert sorted(s.id for s in list_articles(database)) == sorted(ids)
    finally:
        database.close()
        guard.release()
    assert backup.name in offered[0][0] and offered[0][-1] == "Choose a backup file…"
    # The damaged file's bytes were kept, unchanged, as a copy in the backup folder.
    (kept,) = [b for b in list_backups(path, backup.parent) if b.kind == "damaged"]
    assert kept.path.read_bytes() == damaged
    assert str(kept.path) in informed[0]


def test_a_newer_database_gets_the_backup_as_a_new_file(qapp, tmp_path, monkeypatch):
    old = tmp_path / "old.sqlite3"
    ids = _with_articles(old, 2)
    path = newer(tmp_path)
    before = _state(path)
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[-1], True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
    _answer(monkeypatch, lambda d: d.ui.restoreButton.click())
    database, guard = open_database(str(path))
    try:
        assert database.path != path and database.path.parent == tmp_path
        assert database.path.name.startswith("future-restored-")
        assert sorted(s.id for s in list_articles(database)) == sorted(ids)
    finally:
        database.close()
        guard.release()
    assert _state(path)[0] == before[0]


def test_a_bad_backup_is_refused_and_nothing_changes(qapp, tmp_path, monkeypatch):
    path, _ids, _backup = _backed_up_then_damaged(tmp_path)
    before = _state(path)
    bad = garbage(tmp_path / "backups")
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[-1], True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = DatabaseProblemDialog(_refusal(path), path)
    assert dialog.restore_backup() is False
    assert warnings and "not a Hadath backup" in warnings[0]
    assert dialog.chosen is None and _state(path) == before


def test_the_app_opens_what_the_dialog_chose(qapp, tmp_path, monkeypatch):
    from desktop_app import app as app_module

    path = garbage(tmp_path)
    before = _state(path)
    fresh = tmp_path / "fresh.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    _answer(monkeypatch, lambda d: d.ui.newButton.click())
    seen: list[MainWindow] = []

    def fake_exec(*_args) -> int:
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for window in seen:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main(db=str(path)) == 0
    (window,) = seen
    assert window.db.path == fresh
    assert _state(path) == before


def test_free_path_never_returns_an_existing_file(tmp_path, monkeypatch):
    first = module.free_path(tmp_path, "news", "new")
    first.write_text("x")
    second = module.free_path(tmp_path, "news", "new")
    assert second != first and not second.exists() and second.suffix == ".sqlite3"


def test_local_path_of_targets(tmp_path):
    assert local_path(tmp_path / "a.sqlite3") == tmp_path / "a.sqlite3"
    assert local_path(f"sqlite:///{tmp_path}/b.sqlite3") == tmp_path / "b.sqlite3"
    assert local_path("sqlite:///:memory:") is None
    assert local_path("postgresql://news@server/hadath") is None


def test_backups_are_looked_for_in_the_folder_the_preferences_name(qapp, tmp_path, monkeypatch):
    path = tmp_path / "news.sqlite3"
    _with_articles(path, 2)
    elsewhere = tmp_path / "usb-stick"
    made = make_backup(path, BackupSettings.for_database(path, str(elsewhere))).path
    path.write_bytes(b"not a database any more" * 100)
    offered: list[list[str]] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (offered.append(a[3]), (a[3][0], True))[1])
    dialog = DatabaseProblemDialog(_refusal(path), path, preferences=Preferences(backup_folder=str(elsewhere)))
    assert dialog.pick_backup() == made
    assert made.name in offered[0][0]
    # Without the preference, the default folder next to the file holds no backup: only
    # "Choose a backup file…" is offered.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert DatabaseProblemDialog(_refusal(path), path).pick_backup() is None
    assert offered[1] == ["Choose a backup file…"]
