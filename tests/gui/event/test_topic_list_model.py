from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.gui.event.topic_list_model import (
    ARTICLE_IDS_ROLE,
    ITEM_ID_ROLE,
    MIME_TYPE,
    TopicListEdits,
    TopicListModel,
    article_titles,
)
from desktop_app.store import topics
from desktop_app.store.articles import NewArticle, create_article
from desktop_app.store.topic_snapshots import take_snapshot
from tests.gui.event.conftest import EVENT_TITLE

ISSUES = ["التعاون الأمني", "Cybercrime and ransomware.", "دور المرأة في الشرطة"]
FSI, PDI = "\u2068", "\u2069"


def article(db, title: str, event: str = EVENT_TITLE) -> int:
    document = Document(title=title, blocks=(Paragraph(Inline.plain("نص.")),))
    return create_article(db, NewArticle(document, event_title=event))


@pytest.fixture
def issues(database, event_id) -> int:
    return topics.create_list(database, "أبرز القضايا", event_id=event_id, items=ISSUES)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def edits(database, stack) -> TopicListEdits:
    return TopicListEdits(database, stack)


@pytest.fixture
def model(edits, issues) -> TopicListModel:
    model = TopicListModel(edits)
    model.load(issues)
    return model


def texts(db, list_id) -> list[str]:
    return [item.text for item in topics.get_list(db, list_id).items]


def test_roles(model, database, issues):
    ids = [item.id for item in topics.get_list(database, issues).items]
    assert model.rowCount() == 3 and model.list_id == issues
    assert model.data(model.index(1)) == f"{FSI}Cybercrime and ransomware.{PDI}"
    assert model.data(model.index(1), Qt.ItemDataRole.EditRole) == ISSUES[1]
    assert model.data(model.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.data(model.index(0), ITEM_ID_ROLE) == ids[0]
    assert model.data(model.index(0), ARTICLE_IDS_ROLE) == ()
    assert model.data(model.index(0), Qt.ItemDataRole.ToolTipRole) == "Not covered yet"
    assert model.data(model.index(0), Qt.ItemDataRole.DecorationRole).isNull()
    flags = model.flags(model.index(0))
    for flag in (Qt.ItemFlag.ItemIsEditable, Qt.ItemFlag.ItemIsUserCheckable, Qt.ItemFlag.ItemIsDragEnabled):
        assert flags & flag
    assert model.flags(QModelIndex()) == Qt.ItemFlag.ItemIsDropEnabled
    assert model.data(model.index(7)) is None


def test_numbered_display_and_tooltips(model, database, issues, edits):
    topics.set_ordered(database, issues, True)
    opening = article(database, "افتتاح الدورة")
    item = topics.get_list(database, issues).items[2].id
    topics.link_item(database, item, opening)
    topics.set_covered(database, topics.get_list(database, issues).items[1].id)
    model.refresh()
    model.set_article_titles(article_titles(database, topics.get_list(database, issues).event_id))
    assert model.ordered and model.data(model.index(0)).startswith("1. ")
    assert model.data(model.index(2)).startswith("3. ")
    assert model.data(model.index(2), Qt.ItemDataRole.ToolTipRole) == f"Covered by “{FSI}افتتاح الدورة{PDI}”"
    assert model.data(model.index(1), Qt.ItemDataRole.ToolTipRole) == "Marked covered; no article linked"
    assert model.data(model.index(2), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_edit_and_undo_redo(model, database, issues, stack):
    assert model.setData(model.index(0), "  التعاون الأمني الدولي ", Qt.ItemDataRole.EditRole)
    assert texts(database, issues)[0] == "التعاون الأمني الدولي"
    assert stack.count() == 1 and stack.undoText() == "Edit topic"
    stack.undo()
    assert texts(database, issues) == ISSUES
    assert model.data(model.index(0), Qt.ItemDataRole.EditRole) == ISSUES[0]
    stack.redo()
    assert model.data(model.index(0), Qt.ItemDataRole.EditRole) == "التعاون الأمني الدولي"


def test_unchanged_text_is_no_step(model, stack):
    assert model.setData(model.index(0), ISSUES[0], Qt.ItemDataRole.EditRole)
    assert stack.count() == 0


def test_emptied_text_removes_the_topic_undoably(model, database, issues, stack):
    before = take_snapshot(database, issues)
    assert model.setData(model.index(1), "   ", Qt.ItemDataRole.EditRole)
    assert texts(database, issues) == [ISSUES[0], ISSUES[2]] and model.rowCount() == 2
    stack.undo()
    assert take_snapshot(database, issues) == before and model.rowCount() == 3


def test_pending_row_becomes_a_topic_only_with_text(model, database, issues, stack):
    index = model.add_pending(1)
    assert model.is_pending(1) and model.has_pending() and model.item_id(1) is None
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) is None
    assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, "  ", Qt.ItemDataRole.EditRole)
    assert model.is_pending(1) and texts(database, issues) == ISSUES and stack.count() == 0
    assert model.setData(index, "بند جديد", Qt.ItemDataRole.EditRole)
    assert texts(database, issues) == [ISSUES[0], "بند جديد", *ISSUES[1:]]
    assert not model.has_pending() and model.item_id(1) == topics.get_list(database, issues).items[1].id
    stack.undo()
    assert texts(database, issues) == ISSUES and model.rowCount() == 3


def test_discard_pending(model):
    model.add_pending(3)
    model.discard_pending()
    assert model.rowCount() == 3 and not model.has_pending()


def test_selection_follows_a_move_done_by_undo(model, database, issues, stack):
    ids = [item.id for item in topics.get_list(database, issues).items]
    tracked = QPersistentModelIndex(model.index(0))
    assert model.shift_rows([0], 2)
    assert tracked.row() == 2 and model.item_id(2) == ids[0]
    stack.undo()
    assert tracked.row() == 0 and [model.item_id(r) for r in range(3)] == ids


def test_covered_check_state(model, database, issues, stack):
    assert model.setData(model.index(2), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert topics.get_list(database, issues).items[2].covered
    assert stack.undoText() == "Mark topic covered"
    assert model.setData(model.index(2), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not topics.get_list(database, issues).items[2].covered
    assert stack.undoText() == "Mark topic not covered"


def test_links(model, database, issues, stack):
    opening = article(database, "افتتاح الدورة")
    assert model.set_link(0, opening, True)
    assert model.data(model.index(0), ARTICLE_IDS_ROLE) == (opening,)
    assert model.set_link(0, opening, False)
    assert topics.get_list(database, issues).items[0].article_ids == ()
    assert not model.set_link(9, opening, True)
    stack.undo()
    stack.undo()
    assert not topics.get_list(database, issues).items[0].covered


def test_drop_onto_a_topic_lands_before_it(model, database, issues):
    data = model.mimeData([model.index(2)])
    assert data.text() == ISSUES[2]
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0)) is False
    assert texts(database, issues) == [ISSUES[2], ISSUES[0], ISSUES[1]]


def test_drop_at_the_end(model, database, issues):
    data = model.mimeData([model.index(0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert texts(database, issues) == [ISSUES[1], ISSUES[2], ISSUES[0]]


def test_drops_from_elsewhere_are_refused(model, edits, database, event_id, stack):
    other_list = topics.create_list(database, "التوصيات", event_id=event_id, items=["بند"])
    other = TopicListModel(edits)
    other.load(other_list)
    foreign = other.mimeData([other.index(0)])
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    junk = QMimeData()
    junk.setData(MIME_TYPE, b"not json")
    assert not model.canDropMimeData(junk, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    copy = model.mimeData([model.index(0)])
    assert not model.canDropMimeData(copy, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert stack.count() == 0


def test_run_reports_refusals_and_skips_no_ops(edits, database, issues, stack):
    failures: list[str] = []
    edits.failed.connect(failures.append)
    changed: list[int] = []
    edits.changed.connect(changed.append)
    assert edits.run("Rename", issues, lambda: topics.rename_list(database, issues, "أبرز القضايا")) == issues
    assert stack.count() == 0 and changed == []
    assert edits.run("Add", issues, lambda: topics.add_item(database, issues, "   ")) is None
    assert failures == ["A topic needs some text."] and texts(database, issues) == ISSUES
    assert edits.run("Rename", issues, lambda: topics.rename_list(database, issues, "القضايا")) == issues
    assert changed == [issues] and stack.count() == 1


def test_undo_outlives_the_panel(database, issues, stack):
    edits = TopicListEdits(database, stack)
    edits.run("Rename", issues, lambda: topics.rename_list(database, issues, "القضايا"))
    shiboken6.delete(edits)
    stack.undo()
    assert topics.get_list(database, issues).title == "أبرز القضايا"


def test_load_nothing_or_a_missing_list(model, database, issues):
    model.load(None)
    assert model.rowCount() == 0 and model.list_id is None
    assert not model.setData(model.index(0), "x")
    model.load(999)
    assert model.list_id is None
    model.load(issues)
    topics.delete_list(database, issues, force=True)
    model.refresh()
    assert model.list_id is None and model.rowCount() == 0


def test_article_titles_include_other_events_when_asked(database, event_id):
    ours = article(database, "افتتاح الدورة")
    theirs = article(database, "معرض الكتاب", event="معرض الدار البيضاء للكتاب")
    assert article_titles(database, event_id) == {ours: "افتتاح الدورة"}
    assert article_titles(database, event_id, [theirs]) == {ours: "افتتاح الدورة", theirs: "معرض الكتاب"}
