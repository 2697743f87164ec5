from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from desktop_app.core.document import Document, Paragraph, TableBlock, TopicListBlock
from desktop_app.core.inline import Inline
from desktop_app.gui.event.insert_from_event_dialog import InsertFromEventDialog
from desktop_app.gui.library import EVENT_ID_ROLE
from desktop_app.locale_names import names_for
from desktop_app.store import agenda, events, topics
from desktop_app.store.articles import NewArticle, create_articles, get_article
from desktop_app.store.fact_box import create_fact_box


@pytest.fixture
def article_id(database, event_id):
    (article,) = create_articles(
        database, [NewArticle(Document("افتتاح", (Paragraph(Inline.plain("نص")),)), event_id=event_id)]
    )
    return article


def test_choosing_an_event_in_the_library_shows_its_sheet_and_back(window, event_id, article_id, qtbot):
    window.refresh_library()
    tree = window.ui.libraryTree
    event_item = next(
        tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, EVENT_ID_ROLE) == event_id
    )
    assert window.open_article(article_id)
    tree.setCurrentItem(event_item)
    assert window.events.sheet_shown()
    assert not window.column.isVisible() and not window.ui.inspectorScroll.isVisible()
    assert not window.ui.actionBold.isEnabled()  # article commands wait for the article
    assert window.ui.actionNewFromEvent.isEnabled()
    assert window.windowTitle().startswith("الدورة 93")
    assert window.undo_group.activeStack() is window.events.undo_stack
    assert window.open_article(article_id)  # the same article: back to it as it was
    assert not window.events.sheet_shown() and window.column.isVisible()
    assert window.undo_group.activeStack() is window.undo_stack
    assert window.ui.actionInsertFromEvent.isEnabled() and window.ui.actionShowEvent.isEnabled()


def test_new_event_opens_its_sheet_with_the_title_selected(window, database):
    event_id = window.events.new_event()
    assert events.get_event(database, event_id).title == "New event"
    assert events.get_event(database, event_id).language == "en"
    assert window.events.sheet_shown()
    assert window.events.sheet.ui.titleEdit.selectedText() == "New event"


def test_insert_from_event_links_and_edit_in_event_goes_back(window, database, event_id, article_id, monkeypatch):
    fact_box = create_fact_box(database, event_id, names_for)
    issues = topics.create_list(database, "أبرز القضايا", event_id=event_id, items=["أ", "ب"])
    assert window.open_article(article_id)

    def accept(dialog: InsertFromEventDialog) -> int:
        dialog.choose("topics", issues, linked=True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(InsertFromEventDialog, "exec", accept)
    block = window.events.insert_from_event()
    assert isinstance(block, TopicListBlock) and block.source_id == issues
    assert ("topics", issues) in window.column.linked_sources()
    assert window.autosaver.flush()
    stored = get_article(database, article_id).document.blocks
    assert any(isinstance(b, TopicListBlock) and b.source_id == issues for b in stored)

    # "Edit in event" on the linked list: the sheet, on the Topics tab.
    assert window.events.edit_source("topics", issues)
    assert window.events.sheet.ui.tabs.currentWidget() is window.events.sheet.ui.topicsTab
    assert window.events.edit_source("table", fact_box)
    assert window.events.sheet.ui.tabs.currentWidget() is window.events.sheet.ui.factBoxTab

    # An item edited in the event reaches the open article when the reporter returns.
    topics.edit_item(database, topics.get_list(database, issues).items[0].id, "أولوية")
    window.events.on_linked_source_changed("topics", issues)
    assert window.open_article(article_id)
    shown = next(b for b in window.column.blocks() if isinstance(b, TopicListBlock))
    assert shown.items[0].text == "أولوية"


def test_a_deleted_source_leaves_a_copy_in_the_open_article(window, database, event_id, article_id):
    table_id = agenda.create_table(database, "البرنامج", event_id=event_id, columns=["الساعة"], rows=[["10:00"]])
    assert window.open_article(article_id)
    window.column.insert_block(agenda.table_block(database, table_id))
    assert window.autosaver.flush()
    agenda.delete_table(database, table_id, force=True)
    assert window.events.refresh_open_article()
    [table] = [b for b in window.column.blocks() if isinstance(b, TableBlock)]
    assert table.source_id is None and table.rows[0][0].text == "10:00"


def test_article_without_event_cannot_insert_from_one(window, database):
    (loose,) = create_articles(database, [NewArticle(Document("حر"))])
    assert window.open_article(loose)
    assert not window.ui.actionInsertFromEvent.isEnabled()
    assert window.events.insert_from_event() is None
    assert not window.events.show_article_event()
