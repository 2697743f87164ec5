"""The Preferences dialog: what it shows, what it saves, what it refuses, what it applies
at once, and the restart a new interface language asks for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton

from desktop_app.gui import preferences_dialog
from desktop_app.gui.editor.text_editor import TextBlocksEditor
from desktop_app.gui.language_switch import (
    PREVIOUS_PID,
    cancel_restart,
    interface_language,
    relaunch_command,
    relaunch_if_requested,
    request_restart,
    restart_requested,
    wait_for_previous_instance,
)
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.preferences_dialog import PreferencesDialog, ask_restart, edit_preferences
from desktop_app.gui.theme import ThemeController, is_dark
from desktop_app.preferences import Preferences, load_preferences

CHOSEN = Preferences(
    ui_language="fr", article_language="fr", article_direction="ltr", digit_style="arabic-indic",
    coverage_locale="fr_MA", autosave_seconds=4.5, backup_folder="", backups_daily=10, backups_weekly=6,
    revisions_kept=300, revisions_protected=30, editor_font="", editor_font_size=14, theme="dark",
)


@pytest.fixture
def appearance(qapp):
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    yield
    for controller in qapp.findChildren(ThemeController):
        shiboken6.delete(controller)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


@pytest.fixture
def no_restart():
    yield
    cancel_restart()


def dialog_for(qtbot, preferences: Preferences, language: str = "en", path: Path | None = None) -> PreferencesDialog:
    dialog = PreferencesDialog(preferences, language, path=path)
    qtbot.addWidget(dialog)
    return dialog


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_dialog_shows_the_preferences(qtbot, tmp_path):
    dialog = dialog_for(qtbot, CHOSEN, path=tmp_path / "p.json")
    ui = dialog.ui
    assert ui.uiLanguageCombo.currentData() == "fr" and ui.uiLanguageCombo.currentText() == "Français"
    assert ui.themeCombo.currentData() == "dark"
    assert ui.articleLanguageCombo.currentData() == "fr"
    assert ui.articleDirectionCombo.currentData() == "ltr"
    assert ui.digitsCombo.currentData() == "arabic-indic"
    assert ui.coverageCombo.currentData() == "fr_MA"
    assert ui.editorSizeSpin.value() == 14 and ui.autosaveSpin.value() == 4.5
    assert (ui.dailySpin.value(), ui.weeklySpin.value()) == (10, 6)
    assert (ui.revisionsKeptSpin.value(), ui.revisionsProtectedSpin.value()) == (300, 30)
    assert "300" in ui.revisionsNote.text() and "30" in ui.revisionsNote.text()
    assert dialog.chosen() == CHOSEN  # shown and read back without a change


def test_accepting_saves_every_value_in_one_file(qtbot, tmp_path):
    path = tmp_path / "cfg" / "preferences.json"
    dialog = dialog_for(qtbot, Preferences(), path=path)
    ui = dialog.ui
    choose(ui.uiLanguageCombo, "ar")
    choose(ui.themeCombo, "light")
    choose(ui.articleLanguageCombo, "en")
    choose(ui.articleDirectionCombo, "auto")
    choose(ui.digitsCombo, "western")
    choose(ui.coverageCombo, "ar_EG")
    ui.editorSizeSpin.setValue(18)
    ui.autosaveSpin.setValue(10)
    ui.backupFolderEdit.setText(str(tmp_path / "backups"))
    ui.dailySpin.setValue(14)
    ui.weeklySpin.setValue(8)
    ui.revisionsKeptSpin.setValue(500)
    ui.revisionsProtectedSpin.setValue(50)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = Preferences(
        ui_language="ar", theme="light", article_language="en", article_direction="auto", digit_style="western",
        coverage_locale="ar_EG", editor_font_size=18, autosave_seconds=10.0, backup_folder=str(tmp_path / "backups"),
        backups_daily=14, backups_weekly=8, revisions_kept=500, revisions_protected=50,
    )
    assert dialog.saved == expected
    assert load_preferences(path) == expected
    assert sorted(p.name for p in path.parent.iterdir()) == ["preferences.json"]  # no temporary file left


def test_cancel_writes_nothing(qtbot, tmp_path):
    path = tmp_path / "preferences.json"
    dialog = dialog_for(qtbot, Preferences(), path=path)
    choose(dialog.ui.themeCombo, "dark")
    dialog.reject()
    assert not path.exists() and dialog.saved is None


@pytest.mark.parametrize("typed", ["backups", "relative/folder"])
def test_a_relative_backup_folder_is_refused(qtbot, tmp_path, warnings, typed):
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps(asdict(CHOSEN)), encoding="utf-8")
    before = path.read_bytes()
    dialog = dialog_for(qtbot, CHOSEN, path=path)
    dialog.ui.backupFolderEdit.setText(typed)
    dialog.accept()
    assert warnings and "full path" in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None
    assert dialog.ui.tabs.currentWidget() is dialog.ui.savingTab  # shown where to fix it
    assert path.read_bytes() == before


def test_a_file_is_not_a_backup_folder(qtbot, tmp_path, warnings):
    path = tmp_path / "preferences.json"
    file = tmp_path / "notes.txt"
    file.write_text("notes", encoding="utf-8")
    dialog = dialog_for(qtbot, Preferences(), path=path)
    dialog.ui.backupFolderEdit.setText(str(file))
    dialog.accept()
    assert warnings and "notes.txt" in warnings[0] and "not a folder" in warnings[0]
    assert not path.exists() and file.read_text(encoding="utf-8") == "notes"


def test_home_relative_backup_folder_is_stored_in_full(qtbot, tmp_path):
    dialog = dialog_for(qtbot, Preferences(), path=tmp_path / "p.json")
    dialog.ui.backupFolderEdit.setText("~/Hadath backups")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.backup_folder == str(Path.home() / "Hadath backups")


def test_a_preferences_file_that_cannot_be_written_keeps_the_dialog_open(qtbot, tmp_path, warnings):
    blocker = tmp_path / "cfg"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    dialog = dialog_for(qtbot, Preferences(), path=blocker / "preferences.json")
    choose(dialog.ui.themeCombo, "dark")
    dialog.accept()
    assert warnings and "cfg" in warnings[0]
    assert dialog.saved is None and dialog.result() != QDialog.DialogCode.Accepted
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def test_protected_revisions_never_outnumber_those_kept(qtbot, tmp_path):
    dialog = dialog_for(qtbot, Preferences(), path=tmp_path / "p.json")
    ui = dialog.ui
    ui.revisionsKeptSpin.setValue(15)
    assert ui.revisionsProtectedSpin.maximum() == 15 and ui.revisionsProtectedSpin.value() == 15
    assert "15 revisions" in ui.revisionsNote.text() and "newest 15 are never pruned" in ui.revisionsNote.text()
    dialog.accept()
    assert dialog.saved is not None and (dialog.saved.revisions_kept, dialog.saved.revisions_protected) == (15, 15)


def test_arabic_interface_offers_arabic_fonts_first(qtbot, tmp_path):
    arabic = set(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))

    def families(dialog: PreferencesDialog) -> list[str]:
        combo = dialog.ui.editorFontCombo
        assert combo.itemData(0) == ""  # the system's font comes first
        return [combo.itemText(i) if combo.itemData(i) else "|" for i in range(1, combo.count())]

    listed = families(dialog_for(qtbot, Preferences(), "ar", tmp_path / "p.json"))
    first = listed[: listed.index("|")]
    assert first and all(f in arabic for f in first)
    assert not any(f in arabic for f in listed[listed.index("|") + 1:])
    latin = set(QFontDatabase.families(QFontDatabase.WritingSystem.Latin))
    english = families(dialog_for(qtbot, Preferences(), "en", tmp_path / "p.json"))
    assert all(f in latin for f in english[: english.index("|")])  # Latin fonts lead in English


def test_a_font_or_locale_from_elsewhere_is_kept(qtbot, tmp_path):
    mine = Preferences(editor_font="A Font Not Installed Here", coverage_locale="ar_OM")
    dialog = dialog_for(qtbot, mine, path=tmp_path / "p.json")
    assert dialog.chosen().editor_font == "A Font Not Installed Here"
    assert dialog.chosen().coverage_locale == "ar_OM"


def test_font_preview_follows_the_choice(qtbot, tmp_path):
    dialog = dialog_for(qtbot, Preferences(), path=tmp_path / "p.json")
    dialog.ui.editorSizeSpin.setValue(24)
    assert dialog.ui.fontPreview.font().pointSize() == 24
    assert "مراكش" in dialog.ui.fontPreview.text()


def test_restart_note_shows_only_for_another_language(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("HADATH_LANG", raising=False)
    dialog = dialog_for(qtbot, Preferences(ui_language="en"), "en", tmp_path / "p.json")
    dialog.show()
    assert not dialog.ui.restartNote.isVisible()
    choose(dialog.ui.uiLanguageCombo, "ar")
    assert dialog.ui.restartNote.isVisible()


def test_browse_fills_the_backup_folder(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "chosen"))
    dialog = dialog_for(qtbot, Preferences(), path=tmp_path / "p.json")
    dialog.ui.backupBrowseButton.click()
    assert dialog.ui.backupFolderEdit.text() == str(tmp_path / "chosen")


# Applying ----------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, database, sample_id, isolated_settings, appearance, monkeypatch):
    monkeypatch.delenv("HADATH_LANG", raising=False)
    win = MainWindow(database, "en", preferences=Preferences(ui_language="en", theme="light"))
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    assert win.open_article(sample_id)
    yield win
    win.autosaver.shutdown()


def run_dialog(monkeypatch, change) -> None:
    """Make the dialog's exec() apply `change` to its widgets and press OK."""

    def fake_exec(dialog: PreferencesDialog) -> int:
        change(dialog.ui)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)


def test_accepted_changes_apply_at_once(qapp, window, tmp_path, monkeypatch):
    def change(ui) -> None:
        choose(ui.themeCombo, "dark")
        ui.editorSizeSpin.setValue(19)
        ui.autosaveSpin.setValue(6)
        choose(ui.articleLanguageCombo, "fr")
        choose(ui.articleDirectionCombo, "ltr")
        choose(ui.coverageCombo, "fr_FR")
        ui.revisionsKeptSpin.setValue(50)
        ui.revisionsProtectedSpin.setValue(5)

    from desktop_app.store.retention import Retention, current_retention

    run_dialog(monkeypatch, change)
    monkeypatch.setattr("desktop_app.store.retention._current", current_retention())  # put back afterwards
    text_before = window.column.blocks()
    path = tmp_path / "preferences.json"
    new = edit_preferences(window, path)
    qapp.processEvents()
    assert new is not None and window.preferences == new == load_preferences(path)
    assert is_dark(qapp.palette()) and is_dark(window.ui.libraryTree.palette())
    editor = next(e for e in window.column.editors() if isinstance(e, TextBlocksEditor))
    assert editor.font().pointSize() == 19
    assert window.autosaver.delay_ms == 6000
    assert current_retention() == Retention(50, 5)  # the next save prunes to the new bound
    assert window.column.blocks() == text_before  # laid out again, nothing lost
    # New articles and events take the new defaults.
    from desktop_app.store.events import get_event
    from desktop_app.store.reads import get_article

    article = get_article(window.db, window.new_article())
    assert (article.language, article.direction) == ("fr", "ltr")
    assert get_event(window.db, window.events.new_event()).language == "fr_FR"


def test_cancelled_dialog_applies_nothing(qapp, window, tmp_path, monkeypatch):
    monkeypatch.setattr(PreferencesDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    before = window.preferences
    assert edit_preferences(window, tmp_path / "p.json") is None
    assert window.preferences is before and not (tmp_path / "p.json").exists()
    assert not is_dark(qapp.palette())


def test_a_new_language_offers_a_restart_that_reopens_the_article(window, sample_id, tmp_path, monkeypatch, no_restart):
    run_dialog(monkeypatch, lambda ui: choose(ui.uiLanguageCombo, "ar"))
    asked: list[str] = []
    monkeypatch.setattr(preferences_dialog, "ask_restart", lambda _w, language: asked.append(language) or True)
    edit_preferences(window, tmp_path / "p.json")
    assert asked == ["ar"]
    assert load_preferences(tmp_path / "p.json").ui_language == "ar"
    assert restart_requested() == tuple(relaunch_command(str(window.db.path)))
    assert not window.isVisible()  # closed: its text saved, its article remembered
    assert QSettings().value("session/article") in (sample_id, str(sample_id))


def test_declining_the_restart_keeps_working(window, tmp_path, monkeypatch, no_restart):
    run_dialog(monkeypatch, lambda ui: choose(ui.uiLanguageCombo, "fr"))
    monkeypatch.setattr(preferences_dialog, "ask_restart", lambda _w, _language: False)
    edit_preferences(window, tmp_path / "p.json")
    assert window.isVisible() and restart_requested() is None
    assert window.preferences.ui_language == "fr"  # used at the next start


def test_same_language_asks_nothing(window, tmp_path, monkeypatch, no_restart):
    run_dialog(monkeypatch, lambda ui: choose(ui.themeCombo, "dark"))
    monkeypatch.setattr(preferences_dialog, "ask_restart", lambda *_args: pytest.fail("asked to restart"))
    assert edit_preferences(window, tmp_path / "p.json") is not None
    assert window.isVisible()


@pytest.mark.parametrize(("button", "expected"), [("Restart now", True), ("Later", False)])
def test_restart_question_has_clear_answers(qtbot, window, button, expected):
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "العربية" in box.text()
        (chosen,) = [b for b in box.findChildren(QPushButton) if b.text() == button]
        chosen.click()

    QTimer.singleShot(0, answer)
    assert ask_restart(window, "ar") is expected


def test_edit_menu_opens_preferences_with_ctrl_comma(window, monkeypatch):
    opened: list[Preferences] = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda dialog: opened.append(dialog.chosen()) or 0)
    assert window.ui.actionPreferences.shortcut().toString() == "Ctrl+,"
    assert window.ui.actionPreferences in window.ui.menuEdit.actions()
    window.ui.actionPreferences.trigger()
    assert opened == [window.preferences]


# Restarting --------------------------------------------------------------------------------


def test_relaunch_command_runs_the_same_app_on_the_same_database():
    assert relaunch_command("/data/h.sqlite3", executable="/py", frozen=False) == [
        "/py", "-m", "desktop_app", "--db", "/data/h.sqlite3",
    ]
    assert relaunch_command(None, executable="/opt/Hadath/hadath", frozen=True) == ["/opt/Hadath/hadath"]


def test_relaunch_starts_the_new_process_with_this_ones_id(monkeypatch, no_restart):
    started: list[tuple[list[str], dict[str, str]]] = []

    class FakePopen:
        def __init__(self, command, env, **_kwargs) -> None:
            started.append((command, env))

    monkeypatch.setattr(subprocess, "Popen", FakePopen)
    assert relaunch_if_requested() is None and started == []  # nothing asked
    request_restart("/data/h.sqlite3")
    assert relaunch_if_requested() is not None
    ((command, env),) = started
    assert command[-2:] == ["--db", "/data/h.sqlite3"] and env[PREVIOUS_PID] == str(os.getpid())
    assert restart_requested() is None  # once


def test_restarted_app_waits_until_the_old_one_has_exited():
    old = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        environ = {PREVIOUS_PID: str(old.pid)}
        assert wait_for_previous_instance(environ, timeout=0.3) is False  # still running
        assert PREVIOUS_PID not in environ  # not handed down to later processes
    finally:
        old.kill()
        old.wait()
    assert wait_for_previous_instance({PREVIOUS_PID: str(old.pid)}, timeout=5) is True
    assert wait_for_previous_instance({}, timeout=5) is True
    assert wait_for_previous_instance({PREVIOUS_PID: "not a number"}, timeout=5) is True


def test_interface_language_of_a_preference():
    assert interface_language("fr", {"LANG": "ar_MA.UTF-8"}) == "fr"
    assert interface_language("system", {"LANG": "ar_MA.UTF-8"}) == "ar"
    assert interface_language("fr", {"HADATH_LANG": "en", "LANG": "ar_MA.UTF-8"}) == "en"


def test_app_reads_the_preferences_once_and_applies_them(
    qapp, database, isolated_settings, appearance, tmp_path, monkeypatch
):
    import desktop_app.preferences as preferences_module
    from desktop_app import app as app_module

    monkeypatch.delenv("HADATH_LANG", raising=False)
    stored = Preferences(ui_language="en", theme="dark", editor_font_size=17, autosave_seconds=7.5)
    path = tmp_path / "preferences.json"
    preferences_module.save_preferences(stored, path)
    monkeypatch.setattr(preferences_module, "default_path", lambda: path)
    reads: list[Preferences] = []
    real_load = preferences_module.load_preferences
    monkeypatch.setattr(preferences_module, "load_preferences", lambda *a: reads.append(real_load(*a)) or reads[-1])
    seen: list[MainWindow] = []

    def fake_exec(*_args) -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append(window)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main(db=str(database.path)) == 0
    (window,) = seen
    assert reads == [stored] and window.preferences == stored
    assert is_dark(qapp.palette())
    assert QApplication.font("TextBlocksEditor").pointSize() == 17
    assert window.autosaver.delay_ms == 7500
