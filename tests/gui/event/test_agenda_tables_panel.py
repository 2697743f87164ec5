from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import update

from desktop_app.core.document import Document, Paragraph, TableBlock
from desktop_app.core.inline import Inline
from desktop_app.gui.event.agenda_tables_panel import TABLE_ID_ROLE, AgendaTablesPanel
from desktop_app.store import agenda, trash
from desktop_app.store.articles import NewArticle, create_article, delete_article, get_article
from desktop_app.store.database import Database
from desktop_app.store.models import AgendaTable
from desktop_app.store.trashed import InTrashError
from tests.gui.event.conftest import EVENT_TITLE


class Boxes:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def messages(monkeypatch) -> Boxes:
    boxes = Boxes()

    def box(kind: str) -> Any:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            boxes.shown.append((kind, text))
            return boxes.answer

        return show

    for kind in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box(kind)))
    return boxes


@pytest.fixture
def tables(database: Database, event_id: int) -> list[int]:
    programme = agenda.create_table(
        database, "البرنامج", event_id=event_id, columns=[("الوقت", "time"), "الجلسة"],
        rows=[["09:00", "الافتتاح"], ["10:00", "ندوة"]],
    )
    speakers = agenda.create_table(database, "المتحدثون", event_id=event_id, columns=["الاسم"], rows=[["حموشي"]])
    fact_box = agenda.create_table(database, "بطاقة تقنية", event_id=event_id, columns=["العنوان", "التفاصيل"])
    with database.session() as session:
        session.execute(update(AgendaTable).where(AgendaTable.id == fact_box).values(role="fact_box"))
    return [programme, speakers, fact_box]


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot, database: Database, event_id: int, tables: list[int], stack: QUndoStack) -> AgendaTablesPanel:
    widget = AgendaTablesPanel(database, event_id, stack)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    return widget


def _listed(panel: AgendaTablesPanel) -> list[tuple[int, str]]:
    items = [panel.ui.tableList.item(row) for row in range(panel.ui.tableList.count())]
    return [(item.data(TABLE_ID_ROLE), item.text()) for item in items]


def _answer_text(monkeypatch, text: str, ok: bool = True) -> list[str]:
    asked: list[str] = []

    def answer(parent, title, label, echo=None, current=""):
        asked.append(current)
        return text, ok

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    return asked


def test_lists_the_tables_but_the_fact_box(panel, tables):
    listed = _listed(panel)
    assert [table_id for table_id, _ in listed] == tables[:2]
    assert listed[0][1].startswith("البرنامج\n2 row") and listed[1][1].startswith("المتحدثون\n1 row")
    assert panel.editor.table_id() == tables[0]  # the first table is open
    assert panel.ui.renameButton.isEnabled() and panel.ui.deleteButton.isEnabled()
    assert not panel.ui.emptyLabel.isVisible()


def test_choosing_a_table_opens_it(panel, tables):
    panel.ui.tableList.setCurrentRow(1)
    assert panel.editor.table_id() == tables[1] and panel.editor.model.rowCount() == 1
    assert panel.current_table_id() == tables[1]


def test_an_event_without_tables(qtbot, database, stack):
    from desktop_app.store.events import create_event

    event_id = create_event(database, "معرض الكتاب")
    widget = AgendaTablesPanel(database, event_id, stack)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.ui.emptyLabel.isVisible() and not widget.ui.tableList.isVisible()
    assert not widget.ui.renameButton.isEnabled() and not widget.ui.deleteButton.isEnabled()
    assert widget.editor.table_id() is None


def test_new_table_and_its_undo(panel, database, event_id, tables, stack, monkeypatch):
    changed: list[int] = []
    panel.table_changed.connect(changed.append)
    _answer_text(monkeypatch, "  الضيوف ")
    new_id = panel.ask_new_table()
    assert new_id is not None and agenda.get_table(database, new_id).title == "الضيوف"
    assert [table_id for table_id, _ in _listed(panel)] == [*tables[:2], new_id]
    assert panel.current_table_id() == new_id == panel.editor.table_id()
    assert changed == [new_id]
    stack.undo()
    assert [table_id for table_id, _ in _listed(panel)] == tables[:2]
    assert panel.editor.table_id() == tables[0] and changed == [new_id, new_id]
    stack.redo()
    assert [table_id for table_id, _ in _listed(panel)] == [*tables[:2], new_id]


def test_new_table_cancelled(panel, database, event_id, stack, monkeypatch):
    _answer_text(monkeypatch, "x", ok=False)
    assert panel.ask_new_table() is None
    assert len(agenda.list_tables(database, event_id=event_id)) == 3 and stack.count() == 0


def test_rename_and_its_undo(panel, database, tables, stack, monkeypatch):
    panel.ui.tableList.setCurrentRow(1)
    asked = _answer_text(monkeypatch, "ضيوف الدورة")
    panel.ui.renameButton.click()
    assert asked == ["المتحدثون"]
    assert agenda.get_table(database, tables[1]).title == "ضيوف الدورة"
    assert _listed(panel)[1][1].startswith("ضيوف الدورة\n") and panel.current_table_id() == tables[1]
    stack.undo()
    assert _listed(panel)[1][1].startswith("المتحدثون\n")
    _answer_text(monkeypatch, "المتحدثون")
    panel.ui.renameButton.click()
    assert stack.count() == 1  # the same title: nothing to do


def test_delete_moves_the_table_to_the_trash_without_asking(panel, database, tables, stack, messages):
    record = agenda.get_table(database, tables[0])
    panel.ui.deleteButton.click()
    assert messages.shown == []  # undoable: nothing to ask, and no article to name
    with pytest.raises(InTrashError):
        agenda.get_table(database, tables[0])
    assert [item.key for item in trash.list_trash(database)] == [("table", tables[0])]
    assert [table_id for table_id, _ in _listed(panel)] == [tables[1]]
    assert panel.editor.table_id() == tables[1]  # the neighbour opens
    stack.undo()
    assert agenda.get_table(database, tables[0]) == record and trash.list_trash(database) == []
    assert [table_id for table_id, _ in _listed(panel)] == tables[:2]
    assert panel.editor.table_id() == tables[0]
    stack.redo()
    assert [item.key for item in trash.list_trash(database)] == [("table", tables[0])]
    assert [table_id for table_id, _ in _listed(panel)] == [tables[1]]


def test_delete_names_the_linking_articles_which_keep_their_link(panel, database, tables, stack, messages):
    block = agenda.table_block(database, tables[0])
    linking = create_article(
        database,
        NewArticle(Document(title="برنامج الدورة كاملا", blocks=(Paragraph(Inline.plain("مقدمة")), block)),
                   event_title=EVENT_TITLE),
    )
    trashed = create_article(database, NewArticle(Document(title="مسودة قديمة", blocks=(block,))))
    delete_article(database, trashed)
    changed: list[int] = []
    panel.table_changed.connect(changed.append)
    panel.ui.deleteButton.click()
    ((kind, text),) = messages.shown
    assert kind == "information" and "is in the trash" in text
    assert "برنامج الدورة كاملا" in text and "مسودة قديمة" not in text and "1 article" in text
    assert "until you empty the trash" in text
    assert changed == [tables[0]]
    # The article keeps its link and its copy while the table is in the trash.
    (kept,) = [b for b in get_article(database, linking).document.blocks if isinstance(b, TableBlock)]
    assert kept == block
    stack.undo()
    assert agenda.get_table(database, tables[0]).title == "البرنامج"
    assert changed == [tables[0], tables[0]]


def test_undo_after_the_trash_was_emptied_brings_the_table_back(panel, database, tables, stack, messages):
    record = agenda.get_table(database, tables[0])
    panel.ui.deleteButton.click()
    trash.empty_trash(database)
    stack.undo()
    assert agenda.get_table(database, tables[0]) == record
    assert panel.editor.table_id() == tables[0]


def test_undo_after_a_restore_from_the_trash_changes_nothing(panel, database, tables, stack, messages):
    panel.ui.deleteButton.click()
    trash.restore(database, "table", tables[0])
    stack.undo()
    assert messages.shown == [] and agenda.get_table(database, tables[0]).title == "البرنامج"
    assert [table_id for table_id, _ in _listed(panel)] == tables[:2]


def test_a_refused_delete_says_why(panel, database, tables, stack, messages):
    # Another window trashed the table meanwhile.
    trash.trash_table(database, tables[0])
    panel.ui.deleteButton.click()
    ((kind, text),) = messages.shown
    assert kind == "warning" and "in the trash" in text and stack.count() == 0


def test_edits_in_the_editor_update_the_list_and_are_passed_on(panel, tables, stack):
    changed: list[int] = []
    panel.table_changed.connect(changed.append)
    panel.editor.add_row()
    assert changed == [tables[0]] and _listed(panel)[0][1].startswith("البرنامج\n3 row")
    stack.undo()
    assert changed == [tables[0], tables[0]] and _listed(panel)[0][1].startswith("البرنامج\n2 row")


def test_reload_sees_tables_made_elsewhere(panel, database, event_id, tables):
    panel.ui.tableList.setCurrentRow(1)
    made = agenda.create_table(database, "اليوم الثاني", event_id=event_id, columns=["أ"])
    agenda.add_row(database, tables[1], ["بن علي"])
    panel.reload()
    assert [table_id for table_id, _ in _listed(panel)] == [*tables[:2], made]
    assert panel.current_table_id() == tables[1] and panel.editor.model.rowCount() == 2
    assert panel.select_table(made) and panel.editor.table_id() == made
    assert not panel.select_table(tables[2])  # the fact box is not listed
