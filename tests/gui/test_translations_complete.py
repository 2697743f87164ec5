"""The Arabic UI shows no English: every window, menu, toolbar, panel and block editor is
walked and every user-visible string must carry Arabic letters (or be a name we keep)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.app import install_translations
from desktop_app.core.document import TopicListBlock
from desktop_app.gui.editor.table_editor import TableBlockEditor
from desktop_app.gui.editor.topic_editor import TopicListEditor
from desktop_app.gui.main_window import MainWindow

ARABIC = re.compile("[\u0600-\u06ff]")
LATIN = re.compile("[A-Za-z]")
# Proper names and format names that stay as they are in Arabic.
KEPT = {"HTML", "Markdown", "JSON", "Hadath"}


def _untranslated(text: str) -> bool:
    plain = text.replace("&", "").strip()
    if not plain or ARABIC.search(plain) or not LATIN.search(plain):
        return False
    return not set(re.findall(r"[A-Za-z]+", plain)) <= KEPT


def _widget_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        for text in (widget.toolTip(), widget.accessibleName(), widget.whatsThis()):
            found.append((name, text))
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        if isinstance(widget, QPlainTextEdit):
            found.append((name, widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found.extend((name, widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QMenu):
            found.append((name, widget.title()))
        for action in widget.actions():
            found.extend((f"{name}:{action.objectName()}", t) for t in (action.text(), action.toolTip()))
    return found


@pytest.fixture
def arabic_window(qtbot, qapp, database, sample_id, isolated_settings):
    install_translations(qapp, "ar")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = MainWindow(database, "ar")
    qtbot.addWidget(window)
    window.show()
    window.open_article(sample_id)
    yield window
    window.autosaver.shutdown()
    install_translations(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_main_window_speaks_only_arabic(arabic_window):
    window = arabic_window
    window.column.insert_block(TopicListBlock(items=(), title=""))
    QApplication.processEvents()
    texts = _widget_texts(window)
    texts.append(("windowTitle", window.windowTitle().replace("انطلاق الدورة 93 للانتربول في المغرب", "")))
    texts.append(("undo", window.undo_action.text()))
    bad = [(name, text) for name, text in texts if _untranslated(text)]
    assert not bad, bad


def test_block_editor_menus_speak_arabic(arabic_window):
    window = arabic_window
    table = next(e for e in window.column.editors() if isinstance(e, TableBlockEditor))
    menu = table.context_menu(window)
    bad = [a.text() for a in menu.actions() if _untranslated(a.text())]
    assert not bad, bad
    window.column.insert_block(TopicListBlock(items=(), title=""))
    topics = next(e for e in window.column.editors() if isinstance(e, TopicListEditor))
    bad = [(n, t) for n, t in _widget_texts(topics) if _untranslated(t)]
    assert not bad, bad


def test_the_check_itself_catches_english():
    assert _untranslated("&Insert")
    assert not _untranslated("&إدراج")
    assert not _untranslated("تصدير بصيغة &HTML…")
    assert not _untranslated("HTML")
    assert not _untranslated("10:00")


def test_the_walker_sees_the_english_window(qtbot, database, sample_id, isolated_settings):
    window = MainWindow(database, "en")
    qtbot.addWidget(window)
    window.open_article(sample_id)
    english = [t for _, t in _widget_texts(window) if _untranslated(t)]
    assert len(english) > 40  # menus, actions, labels, placeholders, combo items
    window.autosaver.shutdown()
