from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.gui.main_window import ARTICLE_ID_ROLE, MainWindow

from .conftest import TITLE


def type_text(widget, text: str) -> None:
    # qtbot.keyClicks aborts on non-Latin-1 text (DESIGN.md fact 7): send key events.
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def window(qtbot, database, isolated_settings):
    win = MainWindow(database, "en")
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    return win


def test_library_lists_and_shows_the_article(window, sample_id):
    window.refresh_library()
    assert window.ui.articleList.count() == 1
    assert not window.ui.emptyLabel.isVisible()
    assert window.show_article(sample_id)
    text = window.ui.articleView.toPlainText()
    assert text.startswith(TITLE)
    assert "العنوان" in text and "موقع الحدث" in text
    assert "word" in window.statusBar().currentMessage()
    assert window.ui.actionExportHtml.isEnabled()


def test_empty_library_says_how_to_start(window):
    assert window.ui.articleList.count() == 0
    assert window.ui.emptyLabel.isVisible()
    assert not window.ui.actionExportHtml.isEnabled()


def test_filter_uses_the_search_index(window, sample_id, qtbot):
    window.refresh_library()
    type_text(window.ui.filterEdit, "مَرَّاكُش")
    qtbot.waitUntil(lambda: window.ui.articleList.count() == 1 and "[" in window.ui.articleList.item(0).toolTip())
    window.ui.filterEdit.clear()
    type_text(window.ui.filterEdit, "غيرموجود")
    qtbot.waitUntil(lambda: window.ui.articleList.count() == 0)
    assert not window.ui.emptyLabel.isVisible()


def test_selecting_an_item_opens_it(window, sample_id):
    window.refresh_library()
    item = window.ui.articleList.item(0)
    window.ui.articleList.setCurrentItem(item)
    assert window.record is not None and window.record.id == item.data(ARTICLE_ID_ROLE)


def test_export_writes_html_and_markdown(window, sample_id, tmp_path: Path):
    window.show_article(sample_id)
    assert window.export_to(tmp_path / "a.html", "html")
    assert window.export_to(tmp_path / "a.md", "md")
    assert '<html lang="ar" dir="rtl">' in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert (tmp_path / "a.md").read_text(encoding="utf-8").startswith(f"# {TITLE}")


def test_import_paths_adds_articles(window, sample_path):
    ids = window.import_paths([sample_path])
    assert len(ids) == 1
    assert window.ui.articleList.count() == 1
    assert window.record is not None and window.record.id == ids[0]


def test_bad_import_warns_and_stores_nothing(window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert window.import_paths([empty]) == []
    assert shown and "empty" in shown[0]
    assert window.ui.articleList.count() == 0


def test_unknown_article_warns(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not window.show_article(4242)
    assert shown and "4242" in shown[0]


def test_arabic_layout_is_mirrored(qtbot, database, sample_id, isolated_settings):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        win = MainWindow(database, "ar")
        qtbot.addWidget(win)
        win.resize(1000, 700)
        win.show()
        win.show_article(sample_id)
        library_x = win.ui.libraryPanel.mapTo(win, QPoint(0, 0)).x()
        viewer_x = win.ui.articleView.mapTo(win, QPoint(0, 0)).x()
        assert library_x > viewer_x
        assert win.ui.articleView.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_window_state_is_remembered(qtbot, database, isolated_settings):
    from PySide6.QtCore import QSettings

    first = MainWindow(database, "en")
    qtbot.addWidget(first)
    first.resize(720, 520)
    first.show()
    first.ui.splitter.setSizes([250, 470])
    first.close()
    second = MainWindow(database, "en")
    qtbot.addWidget(second)
    second.restore_state(QSettings())
    second.show()
    assert second.size().width() == 720
    assert abs(second.ui.splitter.sizes()[0] - 250) <= 5


def test_first_article_opens_when_none_is_asked_for(window, sample_id):
    window.refresh_library()
    window.show_first_article()
    assert window.record is not None and window.record.id == sample_id
    assert window.ui.articleList.currentItem() is not None
