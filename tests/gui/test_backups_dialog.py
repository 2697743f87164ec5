"""File → Back up now, File → Backups… (list, back up, restore), the start-of-day backup,
and a restore that carries on in a new window on the restored file."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop_app.core.document import Paragraph
from desktop_app.core.inline import Inline
from desktop_app.gui import backups_dialog
from desktop_app.gui.backups_dialog import BackupsDialog, restore_in_window
from desktop_app.gui.main_window import MainWindow
from desktop_app.store import backups
from desktop_app.store.backups import BackupError, BackupSettings
from desktop_app.store.database import Database
from desktop_app.store.reads import get_article, list_articles
from tests.gui.test_main_window import type_text
from tests.store.conftest import snapshot
from tests.store.test_backups import build_coverage, change_everything, content_of

START = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)


@pytest.fixture
def settings(database) -> BackupSettings:
    return BackupSettings.for_database(database.path)


def adopt(qtbot, new: MainWindow | None) -> MainWindow:
    """The window a restore made: closed with the test, its database too."""
    assert new is not None
    qtbot.addWidget(new)
    new.destroyed.connect(new.db.close)
    return new


# --- the dialog -------------------------------------------------------------------------------


def test_dialog_lists_backups_newest_first_with_why_they_were_made(qtbot, database, settings):
    auto = backups.make_backup(database.path, settings, kind="auto", now=START)
    manual = backups.make_backup(database.path, settings, now=START + timedelta(days=1))
    damaged = settings.folder / "gui-2025-01-08T09-00-00Z-damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    dialog = BackupsDialog(database.path, settings)
    qtbot.addWidget(dialog)
    assert dialog.backups_shown() == [(damaged, "damaged"), (manual.path, "manual"), (auto.path, "auto")]
    rows = [dialog.ui.backupList.topLevelItem(i).text(1) for i in range(3)]
    assert rows == ["Damaged file, kept aside", "Made by hand", "Daily, automatic"]
    assert "7 days" in dialog.ui.introLabel.text() and "4 weeks" in dialog.ui.introLabel.text()
    assert str(settings.folder) in dialog.ui.folderLabel.text()
    assert not dialog.ui.emptyLabel.isVisibleTo(dialog)
    assert not dialog.ui.restoreButton.isEnabled()  # nothing chosen yet
    dialog.select(damaged)
    assert not dialog.ui.restoreButton.isEnabled() and dialog.ui.restoreButton.toolTip()
    dialog.select(manual.path)
    assert dialog.ui.restoreButton.isEnabled()


def test_dialog_without_backups_says_so(qtbot, database, settings):
    dialog = BackupsDialog(database.path, settings)
    qtbot.addWidget(dialog)
    assert dialog.backups_shown() == []
    assert dialog.ui.emptyLabel.isVisibleTo(dialog)
    assert not dialog.ui.openFolderButton.isEnabled()  # no folder yet


def test_back_up_now_in_the_dialog(qtbot, database, settings, sample_id):
    dialog = BackupsDialog(database.path, settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.back_up().done, timeout=10000):
        pass
    (shown,) = dialog.backups_shown()
    assert shown[1] == "manual" and shown[0].exists()
    assert dialog.ui.backupList.currentItem() is not None  # the new one is selected
    assert "Backed up" in dialog.ui.statusLabel.text()
    assert dialog.ui.backUpButton.isEnabled()


def test_dialog_backup_failure_is_shown_in_the_dialog(qtbot, database, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    dialog = BackupsDialog(database.path, BackupSettings(blocked / "backups"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.back_up().failed, timeout=10000):
        pass
    assert "backup folder" in dialog.ui.statusLabel.text()
    assert dialog.backups_shown() == []


def test_restore_asks_first_and_accepts_with_the_choice(qtbot, database, settings, monkeypatch):
    made = backups.make_backup(database.path, settings, now=START)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = BackupsDialog(database.path, settings)
    qtbot.addWidget(dialog)
    dialog.select(made.path)
    dialog.ui.restoreButton.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.chosen is None
    dialog.ui.restoreButton.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == made.path
    assert "backed up first" in asked[0]


def test_restore_from_a_file_refuses_a_bad_one_in_the_dialog(qtbot, database, settings, tmp_path, monkeypatch):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(notes), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked about a file it refused"))
    dialog = BackupsDialog(database.path, settings)
    qtbot.addWidget(dialog)
    assert not dialog.restore_from_file()
    assert "not an SQLite database file" in dialog.ui.statusLabel.text()
    assert dialog.chosen is None


# --- restoring under the main window ------------------------------------------------------------


def test_restore_carries_on_in_a_new_window_with_everything_as_it_was(qtbot, window, settings, monkeypatch):
    ids = build_coverage(window.db)
    saved = content_of(window.db)
    made = backups.make_backup(window.db.path, settings, now=START)
    change_everything(window.db, ids)
    window.refresh_library()
    assert window.open_article(ids["opening"])
    editor = window.column.editors()[-1]
    editor.focus_end()
    type_text(editor, " كلمة لم تحفظ بعد")  # typed, not yet autosaved
    swaps: list[tuple[object, object]] = []
    backups_dialog.window_replaced.replaced.connect(lambda old, new: swaps.append((old, new)))
    old_db = window.db

    new = adopt(qtbot, restore_in_window(window, made.path, settings))

    assert swaps == [(window, new)]
    assert new.preferences is window.preferences
    assert new is not window and new.isVisible() and not window.isVisible()
    assert new.db is not old_db
    assert content_of(new.db) == saved  # articles, events, tables, lists: all as backed up
    assert new.record is not None and new.record.id == ids["opening"]  # the same article, reopened
    blank = Paragraph(Inline())  # the editor and the store differ only in blank lines
    stored = saved["articles"][ids["opening"]].document.blocks
    assert [b for b in new.column.blocks() if b != blank] == [b for b in stored if b != blank]
    assert new.ui.titleEdit.text() == saved["articles"][ids["opening"]].title
    assert len(new.ui.libraryTree.article_items()) == len(saved["articles"])
    assert "Restored" in new.statusBar().currentMessage()
    # The text typed before the restore was saved into the backup made first: not lost.
    (previous,) = [b for b in backups.list_backups(new.db.path, settings.folder) if b.kind == "before-restore"]
    copy = previous.path.with_name("look.sqlite3")
    shutil.copyfile(previous.path, copy)
    with Database.open(copy) as before_restore:
        text = get_article(before_restore, ids["opening"]).document.plain_text()
    assert text.endswith("كلمة لم تحفظ بعد")
    # The new window writes to the restored file.
    new_id = new.new_article()
    assert new_id in [a.id for a in list_articles(new.db)]


def test_a_refused_backup_leaves_the_window_and_the_file_as_they_were(qtbot, window, settings, tmp_path,
                                                                      monkeypatch, sample_id):
    window.open_article(sample_id)
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    before = snapshot(tmp_path)
    assert restore_in_window(window, notes, settings) is None
    assert "not an SQLite database file" in shown[0]
    assert snapshot(tmp_path) == before
    assert window.isVisible() and window.record is not None
    assert [a.id for a in list_articles(window.db)] == [sample_id]  # its database still open
    editor = window.column.editors()[-1]
    editor.focus_end()
    type_text(editor, " بعد")
    with qtbot.waitSignal(window.autosaver.saved, timeout=5000):
        pass  # and still saving


def test_restore_refused_while_the_text_cannot_be_saved(qtbot, window, settings, monkeypatch, sample_id):
    made = backups.make_backup(window.db.path, settings, now=START)
    window.open_article(sample_id)
    type_text(window.column.editors()[-1], "ز")
    monkeypatch.setattr(window.autosaver, "flush", lambda: False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert restore_in_window(window, made.path, settings) is None
    assert "could not be saved" in shown[0]
    assert window.isVisible()
    assert [b.kind for b in backups.list_backups(window.db.path, settings.folder)] == ["manual"]
    monkeypatch.undo()  # saving works again: the text reaches the same database
    assert window.autosaver.flush()
    assert get_article(window.db, sample_id).document.plain_text().endswith("ز")


def test_show_backups_restores_the_chosen_one(qtbot, window, settings, monkeypatch, sample_id):
    made = backups.make_backup(window.db.path, settings, now=START)
    window.new_article()

    def choose(dialog: BackupsDialog) -> int:
        dialog.chosen = made.path
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BackupsDialog, "exec", choose)
    new = adopt(qtbot, backups_dialog.show_backups(window))
    assert [a.id for a in list_articles(new.db)] == [sample_id]


# --- the start-of-day backup and File → Back up now ----------------------------------------------


def test_the_app_backs_up_after_the_first_paint_and_only_once_a_day(qtbot, database, sample_id, settings,
                                                                    isolated_settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from desktop_app import app as app_module

    monkeypatch.setenv("HADATH_LANG", "en")
    # The user's own preferences, leftover emergency copies and locks stay out of it.
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        (tmp_path / variable).mkdir()
        monkeypatch.setenv(variable, str(tmp_path / variable))
    seen: list[str] = []

    def fake_exec(*_args) -> int:
        (shown,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append("folder before the paint" if settings.folder.exists() else "nothing before the paint")
        qtbot.waitUntil(lambda: "Backed up the database" in shown.statusBar().currentMessage(), timeout=10000)
        shown.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main(db=str(database.path), article_id=sample_id) == 0
    assert seen == ["nothing before the paint"]
    (made,) = backups.list_backups(database.path, settings.folder)
    assert made.kind == "auto"


def test_the_daily_backup_waits_a_day(qtbot, window, settings):
    first = backups_dialog.start_daily_backup(window, settings)
    assert first is not None
    with qtbot.waitSignal(first.done, timeout=10000):
        pass
    assert "Backed up the database" in window.statusBar().currentMessage()
    job = backups_dialog.start_daily_backup(window, settings)  # a second start the same day
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=10000) as blocker:
        pass
    assert blocker.args == [None]
    assert len(backups.list_backups(window.db.path, settings.folder)) == 1


def test_daily_backup_failure_is_a_status_message(qtbot, window, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    job = backups_dialog.start_daily_backup(window, BackupSettings(blocked / "backups"))
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=10000):
        pass
    assert "The daily backup was not made" in window.statusBar().currentMessage()


def test_back_up_now_from_the_file_menu(qtbot, window, sample_id):
    assert window.ui.actionBackUpNow in window.ui.menuFile.actions()
    assert window.ui.actionBackups in window.ui.menuFile.actions()
    window.ui.actionBackUpNow.trigger()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=10000)
    # The default folder: "backups" next to the database.
    (made,) = backups.list_backups(window.db.path, window.db.path.parent / "backups")
    assert made.kind == "manual" and window.ui.actionBackUpNow.isEnabled()


def test_back_up_now_failure_is_shown(qtbot, window, monkeypatch):
    def refuse(*args, **kwargs):
        raise BackupError("Cannot back up “{path}”: {reason}", path="x", reason="disk full")

    monkeypatch.setattr(backups, "make_backup", refuse)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    job = backups_dialog.back_up_now(window)
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=10000):
        pass
    assert shown == ["Cannot back up “x”: disk full"]
    assert window.ui.actionBackUpNow.isEnabled()


def test_backups_follow_the_windows_preferences(qtbot, window, tmp_path):
    safe = tmp_path / "safe"
    window.preferences = replace(window.preferences, backup_folder=str(safe), backups_daily=1, backups_weekly=0)
    made = []
    for _ in range(2):
        job = backups_dialog.back_up_now(window)
        assert job is not None
        with qtbot.waitSignal(job.done, timeout=10000) as blocker:
            pass
        made.append(blocker.args[0].path)
    # Into the chosen folder, and one day kept: the newest.
    assert list(safe.iterdir()) == [made[-1]]


def test_a_restore_that_fails_midway_carries_on_with_the_file_as_it_was(qtbot, window, settings, monkeypatch,
                                                                        sample_id):
    import sqlite3

    made = backups.make_backup(window.db.path, settings, now=START)
    second = window.new_article()
    window.open_article(sample_id)

    def disk_error(backup, database_path):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backups, "_copy_into_place", disk_error)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    new = adopt(qtbot, restore_in_window(window, made.path, settings))
    assert "disk I/O error" in shown[0] and "left as it was" in shown[0]
    assert sorted(a.id for a in list_articles(new.db)) == sorted([sample_id, second])
    assert new.record is not None and new.record.id == sample_id
