"""The user guide: three languages with the same sections, links that land, opened from
the Help menu in the UI language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from desktop_app.gui.help_dialog import HelpDialog, guide_path, read_guide, show_help
from desktop_app.gui.main_window import MainWindow

LANGUAGES = ("ar", "en", "fr")
TOPICS = ["import", "workspace", "fact-box", "agenda", "topics", "linked", "templates", "export", "keyboard"]


def test_every_language_has_the_same_sections():
    for language in LANGUAGES:
        assert guide_path(language).name == f"guide.{language}.html"
        sections = read_guide(guide_path(language)).found
        assert [s.anchor for s in sections] == TOPICS, language
        assert all(s.title for s in sections)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_lands_on_a_section(language):
    guide = read_guide(guide_path(language))
    internal = [href for href in guide.links if href.startswith("#")]
    assert len(internal) >= len(TOPICS) + 3  # the contents, the cross-references, back to the top
    assert {href[1:] for href in internal} <= guide.anchors
    assert all(href.startswith("#") for href in guide.links)  # nothing leaves the guide: it works offline


def test_a_language_without_a_guide_gets_the_english_one():
    assert guide_path("de") == guide_path("en")


def test_arabic_guide_reads_right_to_left(qtbot):
    dialog = HelpDialog("ar")
    qtbot.addWidget(dialog)
    block = dialog.ui.browser.document().firstBlock()
    assert block.text() == "دليل استخدام حدث"
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    english = HelpDialog("en")
    qtbot.addWidget(english)
    assert english.ui.browser.document().firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight


def _link_position(dialog: HelpDialog, href: str) -> int:
    block = dialog.ui.browser.document().firstBlock()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                return fragment.position() + fragment.length() // 2
            it += 1
        block = block.next()
    raise AssertionError(href)


def test_clicking_a_link_and_the_contents_go_to_the_section(qtbot):
    dialog = HelpDialog("en")
    qtbot.addWidget(dialog)
    dialog.resize(860, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    browser = dialog.ui.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(_link_position(dialog, "#export"))
    point = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert browser.source().fragment() == "export"
    assert browser.verticalScrollBar().value() > 0
    assert dialog.ui.contentsTree.currentItem().text(0) == "Exporting for WordPress or a CMS"
    # The contents list goes to a section too, and Back returns.
    (agenda,) = [s for s in dialog.sections if s.anchor == "agenda"]
    item = dialog.ui.contentsTree.findItems(agenda.title, Qt.MatchFlag.MatchRecursive)[0]
    dialog.ui.contentsTree.itemClicked.emit(item, 0)
    assert browser.source().fragment() == "agenda"
    browser.backward()
    assert browser.source().fragment() == "export"


def test_help_menu_opens_the_guide_in_the_ui_language(qtbot, database, isolated_settings):
    window = MainWindow(database, "fr")
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.ui.actionUserGuide.shortcut().toString() == "F1"
        window.ui.actionUserGuide.trigger()
        (dialog,) = window.findChildren(HelpDialog)
        assert dialog.isVisible() and dialog.path == guide_path("fr")
        assert dialog.ui.browser.source() == QUrl.fromLocalFile(str(guide_path("fr")))
        assert show_help(window, "fr") is dialog  # F1 again brings the same window forward
    finally:
        window.autosaver.shutdown()
