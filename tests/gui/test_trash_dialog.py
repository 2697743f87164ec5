"""File → Trash, the event sheet's Delete event, and the window following the trash."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app.core.document import Document, Paragraph, TableBlock
from desktop_app.core.inline import Inline
from desktop_app.gui.library import ARTICLE_ID_ROLE, EVENT_ID_ROLE
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.trash_dialog import TrashDialog
from desktop_app.store import agenda, events, topics, trash
from desktop_app.store.articles import NewArticle, create_article, get_article
from desktop_app.store.database import Database
from desktop_app.store.reads import list_articles, list_events

EVENT = "الدورة 93 للجمعية العامة للانتربول"


class Boxes:
    """QMessageBox stand-ins: what was shown, and the answer to give."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def texts(self, kind: str) -> list[str]:
        return [text for shown, _, text in self.shown if shown == kind]


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    found = Boxes()

    def box(kind: str) -> Any:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            found.shown.append((kind, title, text))
            return found.answer

        return show

    for kind in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box(kind)))
    return found


@pytest.fixture
def event_id(database: Database) -> int:
    return events.create_event(
        database, EVENT, city="مراكش", start_date=date(2025, 11, 24), end_date=date(2025, 11, 27), language="ar_MA"
    )


@pytest.fixture
def programme(database: Database, event_id: int) -> int:
    return agenda.create_table(
        database, "البرنامج", event_id=event_id, columns=["الساعة", "الجلسة"], rows=[["10:00", "الافتتاح"]]
    )


@pytest.fixture
def issues(database: Database, event_id: int) -> int:
    return topics.create_list(database, "أبرز القضايا", event_id=event_id, items=["الإرهاب", "الجريمة"])


@pytest.fixture
def article_id(database: Database, event_id: int, programme: int) -> int:
    document = Document(
        title="افتتاح الدورة",
        blocks=(Paragraph(Inline.plain("وصل الوفد")), agenda.table_block(database, programme)),
    )
    return create_article(database, NewArticle(document, event_id=event_id))


@pytest.fixture
def filled(database: Database, event_id: int, programme: int, issues: int, article_id: int) -> dict[str, int]:
    """A table, a list and an article in the trash (the article last)."""
    trash.trash_table(database, programme)
    trash.trash_list(database, issues)
    loose = create_article(database, NewArticle(Document(title="مسودة", blocks=(Paragraph(Inline.plain("نص")),))))
    trash.trash_article(database, loose)
    return {"table": programme, "list": issues, "article": loose}


@pytest.fixture
def dialog(qtbot, database: Database) -> TrashDialog:
    made = TrashDialog(database)
    qtbot.addWidget(made)
    made.show()
    return made


def rows(dialog: TrashDialog) -> list[list[str]]:
    tree = dialog.ui.itemsTree
    return [[tree.topLevelItem(r).text(c) for c in range(4)] for r in range(tree.topLevelItemCount())]


def changes(dialog: TrashDialog) -> list[None]:
    seen: list[None] = []
    dialog.trash_changed.connect(lambda: seen.append(None))
    return seen


# --- the dialog ---------------------------------------------------------------------------


def test_an_empty_trash_says_so(dialog):
    assert dialog.ui.emptyLabel.isVisible() and not dialog.ui.itemsTree.isVisible()
    assert not dialog.ui.restoreButton.isEnabled() and not dialog.ui.deleteButton.isEnabled()
    assert not dialog.ui.emptyButton.isEnabled()
    assert dialog.ask_empty() == 0 and dialog.restore_selected() == [] and dialog.ask_delete_selected() == 0


def test_lists_what_is_in_the_trash_newest_first(qtbot, database, filled):
    dialog = TrashDialog(database)
    qtbot.addWidget(dialog)
    listed = rows(dialog)
    assert [row[0] for row in listed] == ["مسودة", "أبرز القضايا", "البرنامج"]
    # Plural forms come from the catalogue ("1 row", "2 topics") once the lead translates.
    prefixes = ["Article · 2 word", "Topic list · 2 topic", "Table · 1 row"]
    assert [row[1].startswith(prefix) for row, prefix in zip(listed, prefixes, strict=True)] == [True] * 3
    assert [row[2] for row in listed] == ["", EVENT, EVENT]
    assert all(row[3] for row in listed)  # when, in the locale's short format
    assert [item.key for item in dialog.items()] == [("article", filled["article"]), ("list", filled["list"]),
                                                     ("table", filled["table"])]
    assert dialog.selected_keys() == [("article", filled["article"])]  # the first is chosen
    assert dialog.ui.restoreButton.isEnabled() and dialog.ui.emptyButton.isEnabled()


def test_restore_several_puts_them_back_with_their_links(qtbot, database, filled, article_id, boxes):
    dialog = TrashDialog(database)
    qtbot.addWidget(dialog)
    seen = changes(dialog)
    dialog.select([("table", filled["table"]), ("article", filled["article"])])
    assert dialog.restore_selected() == [("article", filled["article"]), ("table", filled["table"])]
    assert boxes.shown == [] and seen == [None]
    assert [row[0] for row in rows(dialog)] == ["أبرز القضايا"]
    assert "2 item" in dialog.ui.statusLabel.text()
    assert agenda.get_table(database, filled["table"]).title == "البرنامج"
    assert filled["article"] in [a.id for a in list_articles(database)]
    block = get_article(database, article_id).document.blocks[1]
    assert isinstance(block, TableBlock) and block.source_id == filled["table"]


def test_restoring_a_table_of_a_trashed_event_says_the_event_came_back(qtbot, database, event_id, programme, boxes):
    trash.trash_table(database, programme)
    trash.trash_event(database, event_id)
    dialog = TrashDialog(database)
    qtbot.addWidget(dialog)
    assert rows(dialog)[1][2] == f"{EVENT} (in the trash)"
    dialog.select([("table", programme)])
    dialog.restore_selected()
    assert f"“{EVENT}”" in dialog.ui.statusLabel.text() and rows(dialog) == []
    assert [event.id for event in list_events(database)] == [event_id]


def test_a_refused_restore_says_why_and_changes_nothing(qtbot, database, filled, boxes):
    dialog = TrashDialog(database)
    qtbot.addWidget(dialog)
    seen = changes(dialog)
    dialog.select([("list", filled["list"]), ("table", filled["table"])])
    trash.restore(database, "table", filled["table"])  # another window restored it meanwhile
    assert dialog.restore_selected() == []
    ((kind, _, text),) = boxes.shown
    assert kind == "warning" and "“البرنامج” is not in the trash" in text
    assert seen == [] and [item.key for item in trash.list_trash(database)] == [
        ("article", filled["article"]), ("list", filled["list"])
    ]


def test_delete_forever_asks_first_and_detaches_links(qtbot, database, filled, article_id, boxes):
    dialog = TrashDialog(database)
    qtbot.addWidget(dialog)
    seen = changes(dialog)
    dialog.select([("table", filled["table"])])
    boxes.answer = QMessageBox.StandardButton.No
    assert dialog.ask_delete_selected() == 0
    (question,) = boxes.texts("question")
    assert "1 selected item" in question and "cannot be undone" in question and "own copy" in question
    assert len(trash.list_trash(database)) == 3 and seen == []
    boxes.answer = QMessageBox.StandardButton.Yes
    assert dialog.ask_delete_selected() == 1
    assert seen == [None] and [row[0] for row in rows(dialog)] == ["مسودة", "أبرز القضايا"]
    assert "1 item" in dialog.ui.statusLabel.text()
    block = get_article(database, article_id).document.blocks[1]
    assert isinstance(block, TableBlock) and block.source_id is None and block.rows[0][1].text == "الافتتاح"


def test_the_delete_key_deletes_the_selection_after_asking(qtbot, database, filled, boxes):
    dialog = TrashDialog(database)
    qtbot.addWidget(dialog)
    dialog.select([("article", filled["article"]), ("list", filled["list"])])
    boxes.answer = QMessageBox.StandardButton.Yes
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog.ui.itemsTree, press)
    assert "2 selected item" in boxes.texts("question")[0]
    assert [item.key for item in trash.list_trash(database)] == [("table", filled["table"])]


def test_empty_trash_names_the_count_and_asks(qtbot, database, filled, boxes):
    dialog = TrashDialog(database)
    qtbot.addWidget(dialog)
    seen = changes(dialog)
    boxes.answer = QMessageBox.StandardButton.No
    dialog.ui.emptyButton.click()
    (question,) = boxes.texts("question")
    assert "3 item" in question and "in the trash" in question and len(trash.list_trash(database)) == 3 and seen == []
    boxes.answer = QMessageBox.StandardButton.Yes
    assert dialog.ask_empty() == 3
    assert trash.list_trash(database) == [] and not dialog.ui.emptyLabel.isHidden() and seen == [None]
    assert not dialog.ui.emptyButton.isEnabled()


# --- the window ---------------------------------------------------------------------------


def library_events(window: MainWindow) -> list[int]:
    tree = window.ui.libraryTree
    found = [tree.topLevelItem(i).data(0, EVENT_ID_ROLE) for i in range(tree.topLevelItemCount())]
    return [event for event in found if event is not None]


def test_file_trash_opens_the_dialog_and_the_window_follows(window, database, filled, monkeypatch):
    assert window.ui.actionTrash in window.ui.menuFile.actions()
    opened: list[TrashDialog] = []

    def run(dialog: TrashDialog) -> int:
        opened.append(dialog)
        dialog.select([("article", filled["article"])])
        dialog.restore_selected()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TrashDialog, "exec", run)
    window.ui.actionTrash.trigger()
    assert len(opened) == 1
    listed = [item.data(0, ARTICLE_ID_ROLE) for item in window.ui.libraryTree.article_items()]
    assert filled["article"] in listed  # the library followed the restore


def test_deleting_an_article_moves_it_to_the_trash(window, database, article_id, boxes):
    window.open_article(article_id)
    assert window.delete_current()
    (question,) = boxes.texts("question")
    assert "to the trash" in question
    assert "moved to the trash" in window.statusBar().currentMessage()
    assert [item.key for item in trash.list_trash(database)] == [("article", article_id)]


def test_delete_event_asks_then_trashes_it_and_its_articles_stay(window, database, event_id, programme, issues,
                                                                 article_id, boxes):
    window.open_article(article_id)
    assert window.events.show_event(event_id)
    sheet = window.events.sheet
    assert sheet is not None and sheet.ui.deleteEventButton.isVisible()
    boxes.answer = QMessageBox.StandardButton.No
    sheet.ui.deleteEventButton.click()
    (question,) = boxes.texts("question")
    assert EVENT in question and "1 table" in question and "1 topic list" in question and "1 article" in question
    assert window.events.sheet_shown() and list_events(database)
    boxes.answer = QMessageBox.StandardButton.Yes
    assert sheet.ask_delete_event()
    assert [item.key for item in trash.list_trash(database)] == [("event", event_id)]
    # Back to the article, which stays, now without an event.
    assert not window.events.sheet_shown() and window.column is not None and window.column.isVisible()
    assert window.record is not None and window.record.event_id is None
    assert not window.ui.actionShowEvent.isEnabled()
    assert library_events(window) == [] and window.events.undo_stack.count() == 0
    assert [item.text(0) for item in window.ui.libraryTree.article_items()] == ["افتتاح الدورة"]
    # Restored from the trash, the event brings its article back to it.
    trash.restore(database, "event", event_id)
    window.safety.after_trash_change()
    assert window.record.event_id == event_id and library_events(window) == [event_id]
    assert window.events.show_event(event_id) and sheet.tables_panel is not None
    assert [table.id for table in sheet.tables_panel.tables()] == [programme]


def test_a_table_restored_while_its_event_is_shown_comes_back_in_the_sheet(window, database, event_id, programme):
    assert window.events.show_event(event_id)
    sheet = window.events.sheet
    assert sheet is not None and sheet.tables_panel is not None
    trash.trash_table(database, programme)
    sheet.reload()
    assert sheet.tables_panel.tables() == []
    trash.restore(database, "table", programme)
    window.safety.after_trash_change()
    assert [table.id for table in sheet.tables_panel.tables()] == [programme]
