from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.store.database import Database

TITLE = "انطلاق الدورة 93 للانتربول في المغرب"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "gui.sqlite3")
    yield db
    db.close()


@pytest.fixture
def sample_id(database: Database, sample_path: Path) -> int:
    from desktop_app.core.importer import load_file
    from desktop_app.store.articles import NewArticle, create_articles

    loaded = load_file(sample_path, title=TITLE)
    (article_id,) = create_articles(
        database, [NewArticle(loaded.document, loaded.language, loaded.direction)]
    )
    return article_id


@pytest.fixture
def window(qtbot, database, isolated_settings):
    """The main window in English, on screen (offscreen), its autosaver stopped after."""
    from desktop_app.gui.main_window import MainWindow

    win = MainWindow(database, "en")
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    yield win
    win.autosaver.shutdown()


@pytest.fixture
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture(autouse=True, scope="session")
def english_ui(qapp):
    # The English catalogue carries the plural forms ("1 word", "2 words").
    from desktop_app.app import install_translations

    install_translations(qapp, "en")


@pytest.fixture(autouse=True)
def clean_clipboard(qapp):
    # A QMimeData left on the offscreen clipboard crashes the interpreter at exit
    # (PySide6 6.11): clear it after every test.
    yield
    qapp.clipboard().clear()
