"""The bootstrap: `hadath` / `hadath open ID` build the window in the UI language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

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
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert app_module.main(db=str(fake)) == 1
    assert shown and "notes.db" in shown[0]
    assert fake.read_text(encoding="utf-8") == "not a database"
