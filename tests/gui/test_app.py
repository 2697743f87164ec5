"""The bootstrap: `hadath` / `hadath open ID` build the window in the UI language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app import app as app_module
from desktop_app.gui.main_window import MainWindow

from .conftest import TITLE


@pytest.fixture
def no_event_loop(monkeypatch):
    seen: list[MainWindow] = []

    def fake_exec(*_args) -> int:
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for window in seen:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return seen


def test_open_shows_the_article(qapp, database, sample_id, isolated_settings, no_event_loop, monkeypatch):
    monkeypatch.setenv("HADATH_LANG", "en")
    assert app_module.main(db=str(database.path), article_id=sample_id) == 0
    (window,) = no_event_loop
    assert window.record is not None and window.record.title == TITLE


def test_arabic_ui_is_right_to_left_and_translated(qapp, database, isolated_settings, no_event_loop, monkeypatch):
    monkeypatch.setenv("HADATH_LANG", "ar")
    try:
        assert app_module.main(db=str(database.path)) == 0
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        (window,) = no_event_loop
        assert window.ui.menuFile.title() == "&ملف"
        assert window.ui.libraryLabel.text() == "المقالات"
    finally:
        app_module.install_translations(qapp, "en")
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_bad_database_shows_a_message(qapp, tmp_path, no_event_loop, monkeypatch):
    monkeypatch.setenv("HADATH_LANG", "en")
    fake = tmp_path / "notes.db"
    fake.write_text("not a database", encoding="utf-8")
    from desktop_app.gui.database_problem_dialog import DatabaseProblemDialog

    shown: list[str] = []

    def refuse(dialog) -> int:  # the reporter chooses Quit
        shown.append(dialog.ui.detailLabel.text())
        return DatabaseProblemDialog.DialogCode.Rejected

    monkeypatch.setattr(DatabaseProblemDialog, "exec", refuse)
    assert app_module.main(db=str(fake)) == 1
    assert shown and "notes.db" in shown[0]
    assert fake.read_text(encoding="utf-8") == "not a database"


def test_library_fills_after_the_article_is_painted(qapp, qtbot, database, sample_id, isolated_settings, monkeypatch):
    monkeypatch.setenv("HADATH_LANG", "en")
    filled: list[int] = []

    def fake_exec(*_args) -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        assert window.record is not None and window.ui.libraryTree.article_items() == []
        qtbot.waitUntil(lambda: len(window.ui.libraryTree.article_items()) == 1, timeout=5000)
        filled.append(len(window.ui.libraryTree.article_items()))
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main(db=str(database.path), article_id=sample_id) == 0
    assert filled == [1]


def test_showing_an_article_does_not_import_sqlalchemy(database, sample_id, tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.store.database import Database\n"
        "from desktop_app.gui.main_window import MainWindow\n"
        f"db = Database.open({str(database.path)!r})\n"
        "window = MainWindow(db, 'en')\n"
        "window.show()\n"
        f"assert window.open_article({sample_id})\n"
        "app.processEvents()\n"
        "print('sqlalchemy' in sys.modules)\n"
        "window.autosaver.shutdown()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
