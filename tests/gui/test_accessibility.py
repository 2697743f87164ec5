"""Accessibility and the keyboard: every control has a name a screen reader can say,
every command is in a menu reachable with Alt and a letter, and Tab goes through the
controls in reading order.

Names are read the way assistive technology reads them, through Qt's accessibility
interface: a widget's accessibleName, else its text (buttons, check boxes), else the
label whose buddy it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from desktop_app.gui.about_dialog import AboutDialog
from desktop_app.gui.help_dialog import HelpDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.preferences_dialog import PreferencesDialog
from desktop_app.gui.shortcuts_dialog import ShortcutsDialog
from desktop_app.preferences import Preferences
from desktop_app.store.database import Database
from tools import render_screenshots

INTERACTIVE = (
    QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
    QAbstractSlider,
)
SHEET_TABS = ("detailsTab", "factBoxTab", "agendaTab", "topicsTab", "coverageTab", "articlesTab")


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets, named through their owner: scroll bars,
    headers, a combo box's popup and line edit, a spin box's line edit, a table's corner
    button, a toolbar's overflow button, a line edit's clear button."""
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):
        return True
    while parent is not None:
        if parent.metaObject().className() == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def unnamed(top: QWidget) -> list[str]:
    """The interactive widgets under `top` a screen reader could not name."""
    missing: list[str] = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _qt_internal(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            owner = widget.parentWidget()
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(owner).__name__}")
    return missing


@pytest.fixture(scope="module")
def sample_event(tmp_path_factory) -> Iterator[tuple[Database, int, list[int]]]:
    db = Database.open(tmp_path_factory.mktemp("a11y") / "event.sqlite3")
    event_id, articles = render_screenshots.build_event(db)
    yield db, event_id, articles
    db.close()


@pytest.fixture
def window(qtbot, sample_event, isolated_settings):
    db, _event_id, (opening, _imported) = sample_event
    win = MainWindow(db, "en")
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    assert win.open_article(opening)  # text, a linked table and a linked topic list
    yield win
    win.autosaver.shutdown()


def test_every_control_of_the_window_and_the_article_has_a_name(window):
    kinds = {type(w).__name__ for w in window.column.findChildren(QWidget)}
    assert {"TextBlocksEditor", "TopicListView", "LinkedBanner"} <= kinds  # the article's editors are there
    assert unnamed(window) == []


def test_every_control_of_the_event_sheet_has_a_name(window, sample_event):
    _db, event_id, _articles = sample_event
    assert window.events.show_event(event_id)
    sheet = window.events.sheet
    assert sheet is not None
    for tab in SHEET_TABS:
        sheet.ui.tabs.setCurrentWidget(getattr(sheet.ui, tab))
        QApplication.processEvents()
        assert unnamed(sheet) == [], tab


def _dialogs(window: MainWindow, event_id: int, tmp_path: Path) -> dict[str, QDialog]:
    made = {name: make() for name, make in render_screenshots.dialogs(window, event_id).items()}
    made.update({
        "preferences": PreferencesDialog(window.preferences, "en", window, path=tmp_path / "p.json"),
        "help": HelpDialog("en", window),
        "about": AboutDialog(window),
        "shortcuts": ShortcutsDialog(window, window),
    })
    return made


def test_every_control_of_every_dialog_has_a_name(window, sample_event, tmp_path):
    _db, event_id, _articles = sample_event
    dialogs = _dialogs(window, event_id, tmp_path)
    assert {"new_article_dialog", "export_dialog", "preferences", "about"} <= set(dialogs)
    for name, dialog in dialogs.items():
        dialog.show()
        pages = dialog.findChildren(QWidget, "tabs")
        tabs = pages[0] if pages and hasattr(pages[0], "count") else None
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            assert unnamed(dialog) == [], name
        dialog.close()
        dialog.deleteLater()


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_actions(submenu)
        elif not action.isSeparator():
            yield action


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def test_every_window_action_is_in_a_menu(window):
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    in_menus = {id(a) for menu in menus for a in _menu_actions(menu)}
    window_actions = (
        [a for a in window.findChildren(QAction) if a.parent() is window and not a.isSeparator() and a.text()]
        + [a for a in window.ui.toolBar.actions() if not a.isSeparator()]
        + window.ui.libraryTree.actions()
    )
    assert len(window_actions) > 30
    outside = sorted({a.text() for a in window_actions if id(a) not in in_menus})
    assert outside == []


def test_menus_open_with_alt_and_a_letter_of_their_own(window):
    titles = [a.text() for a in window.menuBar().actions()]
    keys = [_mnemonic(t) for t in titles]
    assert None not in keys and len(set(keys)) == len(keys), titles
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        letters: dict[str, list[str]] = {}
        for action in _menu_actions(menu):
            if action in (window.undo_action, window.redo_action):
                continue  # Qt writes their text ("Undo Typing"); Ctrl+Z and Ctrl+Y reach them
            key = _mnemonic(action.text())
            assert key is not None, action.text()
            letters.setdefault(key, []).append(action.text())
        clashes = {k: v for k, v in letters.items() if len(v) > 1}
        assert clashes == {}, menu.title()


def _tab_order(start: QWidget, count: int) -> list[str]:
    names: list[str] = []
    widget = start
    for _ in range(count):
        names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while (
            not (widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
            or not widget.isVisibleTo(start.window())
            or _qt_internal(widget)
        ):
            widget = widget.nextInFocusChain()
    return names


def test_tab_goes_through_the_inspector_in_reading_order(window):
    chain = []
    widget = window.ui.filterEdit
    for _ in range(400):
        chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
    order = ["filterEdit", "libraryTree", "titleEdit", "slugEdit", "summaryEdit", "keyphraseEdit",
             "languageCombo", "directionCombo", "statusCombo", "eventCombo"]
    positions = [chain.index(name) for name in order]
    assert positions == sorted(positions)


def test_tab_goes_through_the_preferences_in_reading_order(qtbot, tmp_path):
    dialog = PreferencesDialog(Preferences(), "en", path=tmp_path / "p.json")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.savingTab)
    assert _tab_order(dialog.ui.autosaveSpin, 7) == [
        "autosaveSpin", "backupFolderEdit", "backupBrowseButton", "dailySpin", "weeklySpin",
        "revisionsKeptSpin", "revisionsProtectedSpin",
    ]
    dialog.ui.tabs.setCurrentWidget(dialog.ui.appearanceTab)
    assert _tab_order(dialog.ui.uiLanguageCombo, 4) == [
        "uiLanguageCombo", "themeCombo", "editorFontCombo", "editorSizeSpin",
    ]


def test_labelled_controls_carry_descriptions_where_a_name_is_not_enough(qtbot, tmp_path):
    dialog = PreferencesDialog(Preferences(), "en", path=tmp_path / "p.json")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    for widget in (ui.uiLanguageCombo, ui.themeCombo, ui.editorFontCombo, ui.digitsCombo, ui.coverageCombo,
                   ui.autosaveSpin, ui.backupBrowseButton):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Description).strip(), widget.objectName()
