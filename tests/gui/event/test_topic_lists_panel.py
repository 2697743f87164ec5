from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
)
from sqlalchemy import text

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.gui.event.topic_lists_panel import LIST_ID_ROLE, TopicListsPanel
from desktop_app.store import topics, trash
from desktop_app.store.articles import NewArticle, create_article, get_article
from desktop_app.store.database import Database
from desktop_app.store.topic_snapshots import take_snapshot
from tests.gui.event.conftest import EVENT_TITLE

ISSUES = [
    "ترسيخ التعاون الأمني بين الدول الأعضاء.",
    "مواجهة الجريمة المنظمة العابرة للحدود.",
    "حماية الأنظمة الرقمية من الهجمات السيبرانية.",
    "تطوير دور المرأة في مؤسسات الشرطة.",
    "التصدي لشبكات الاحتيال.",
]
RECOMMENDATIONS = ["تعزيز تبادل المعلومات.", "إنشاء مركز إقليمي للتدريب."]


def article(db: Database, title: str, *blocks) -> int:
    document = Document(title=title, blocks=(Paragraph(Inline.plain("نص المقال.")), *blocks))
    return create_article(db, NewArticle(document, event_title=EVENT_TITLE))


@pytest.fixture
def issues(database, event_id) -> int:
    list_id = topics.create_list(database, "أبرز القضايا", event_id=event_id, items=ISSUES)
    items = topics.get_list(database, list_id).items
    topics.set_covered(database, items[0].id)
    topics.set_covered(database, items[3].id)
    return list_id


@pytest.fixture
def recommendations(database, event_id, issues) -> int:
    return topics.create_list(database, "التوصيات", event_id=event_id, items=RECOMMENDATIONS)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def panel(qtbot, database, event_id, stack, issues, recommendations) -> TopicListsPanel:
    widget = TopicListsPanel(database, event_id, stack)
    qtbot.addWidget(widget)
    widget.resize(900, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def changes(panel) -> list[int]:
    seen: list[int] = []
    panel.list_changed.connect(seen.append)
    return seen


def type_text(widget, text: str) -> None:
    # DESIGN.md decision 7: never keyClicks with Arabic.
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )


def press(widget, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, mods))


def texts(db, list_id) -> list[str]:
    return [item.text for item in topics.get_list(db, list_id).items]


def tree_rows(panel) -> list[tuple[str, str]]:
    tree = panel.ui.listsTree
    return [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())]


def editor_at(panel, row) -> QLineEdit:
    widget = panel.ui.itemsView.indexWidget(panel.model.index(row))
    assert isinstance(widget, QLineEdit)
    return widget


def select_rows(panel, *rows) -> None:
    view = panel.ui.itemsView
    selection = view.selectionModel()
    selection.clear()
    for row in rows:
        selection.select(panel.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(panel.model.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate)


def answer_dialog(monkeypatch, text: str, ok: bool = True) -> list[tuple]:
    asked: list[tuple] = []

    def fake(parent, title, label, *args, **kwargs):
        asked.append((title, label, kwargs.get("text", args[1] if len(args) > 1 else "")))
        return text, ok

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake))
    return asked


def answer_question(monkeypatch, answer) -> list[str]:
    asked: list[str] = []

    def fake(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))
    return asked


def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    return shown


# --- lists ----------------------------------------------------------------------------


def test_lists_with_their_coverage(panel, issues, recommendations):
    assert tree_rows(panel) == [("أبرز القضايا", "2 of 5 covered"), ("التوصيات", "0 of 2 covered")]
    assert panel.current_list_id() == issues
    assert [panel.model.data(panel.model.index(r), Qt.ItemDataRole.EditRole) for r in range(5)] == ISSUES
    assert "أبرز القضايا" in panel.ui.itemsLabel.text()
    panel.select_list(recommendations)
    assert panel.model.list_id == recommendations and panel.model.rowCount() == 2


def test_new_list_then_undo_and_redo(panel, database, event_id, stack, changes, monkeypatch):
    asked = answer_dialog(monkeypatch, " النتائج ")
    panel.ui.newListButton.click()
    assert asked and asked[0][0] == "New topic list"
    summaries = topics.list_lists(database, event_id=event_id)
    assert [s.title for s in summaries][-1] == "النتائج"
    new_id = summaries[-1].id
    assert panel.current_list_id() == new_id and changes == [new_id]
    # The new list opens with an empty topic in edit, which leaving empty drops.
    assert panel.model.is_pending(0)
    press(editor_at(panel, 0), Qt.Key.Key_Escape)
    assert panel.model.rowCount() == 0
    assert tree_rows(panel)[-1] == ("النتائج", "no topics yet")

    stack.undo()
    assert [s.id for s in topics.list_lists(database, event_id=event_id)] == [s.id for s in summaries[:-1]]
    assert len(tree_rows(panel)) == 2 and changes == [new_id, new_id]
    stack.redo()
    assert topics.get_list(database, new_id).title == "النتائج"
    assert panel.current_list_id() == new_id and changes == [new_id] * 3


def test_new_list_cancelled_changes_nothing(panel, database, event_id, stack, monkeypatch):
    answer_dialog(monkeypatch, "x", ok=False)
    panel.ui.newListButton.click()
    assert len(topics.list_lists(database, event_id=event_id)) == 2 and stack.count() == 0


def test_rename_list_and_undo(panel, database, issues, stack, changes, monkeypatch):
    asked = answer_dialog(monkeypatch, "القضايا الكبرى")
    panel.ui.renameListButton.click()
    assert asked[0][2] == "أبرز القضايا"  # the dialog starts from the current title
    assert topics.get_list(database, issues).title == "القضايا الكبرى"
    assert tree_rows(panel)[0][0] == "القضايا الكبرى" and changes == [issues]
    assert stack.undoText() == "Rename topic list"
    stack.undo()
    assert topics.get_list(database, issues).title == "أبرز القضايا"
    assert tree_rows(panel)[0][0] == "أبرز القضايا" and changes == [issues, issues]
    stack.redo()
    assert topics.get_list(database, issues).title == "القضايا الكبرى"


def test_rename_with_f2_and_unchanged_title_is_no_step(panel, stack, monkeypatch):
    answer_dialog(monkeypatch, "أبرز القضايا")
    press(panel.ui.listsTree, Qt.Key.Key_F2)
    assert stack.count() == 0


def informations(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text, *a, **k: shown.append(text))
    )
    return shown


def test_delete_moves_the_list_to_the_trash_without_asking(panel, database, issues, stack, changes, monkeypatch):
    asked = answer_question(monkeypatch, QMessageBox.StandardButton.No)
    told = informations(monkeypatch)
    before = take_snapshot(database, issues)
    assert panel.delete_list()
    assert asked == [] and told == []  # undoable, and no article to name
    assert [item.key for item in trash.list_trash(database)] == [("list", issues)]
    assert take_snapshot(database, issues) == before  # every row kept
    assert [row[0] for row in tree_rows(panel)] == ["التوصيات"] and changes == [issues]
    stack.undo()
    assert trash.list_trash(database) == [] and panel.current_list_id() == issues
    assert changes == [issues, issues]
    stack.redo()
    assert [item.key for item in trash.list_trash(database)] == [("list", issues)]


def test_delete_names_linking_articles_which_keep_their_link(panel, database, issues, stack, changes, monkeypatch):
    block = topics.topic_list_block(database, issues)
    linking = article(database, "افتتاح الدورة", block)
    panel.reload()
    told = informations(monkeypatch)
    press(panel.ui.listsTree, Qt.Key.Key_Delete)
    assert len(told) == 1 and "افتتاح الدورة" in told[0] and "until you empty the trash" in told[0]
    assert all(s.id != issues for s in topics.list_lists(database, event_id=block_event(database, issues)))
    # In the trash, the list stays linked: the article shows it as it was.
    assert get_article(database, linking).document.blocks[1] == block
    assert [row[0] for row in tree_rows(panel)] == ["التوصيات"] and changes == [issues]
    stack.undo()
    assert panel.current_list_id() == issues and changes == [issues, issues]
    assert topics.topic_list_block(database, issues) == block


def block_event(db, list_id) -> int:
    with db.session() as session:
        return session.execute(text("SELECT event_id FROM topic_lists WHERE id = :id"), {"id": list_id}).scalar_one()


def test_undo_after_the_trash_was_emptied_brings_the_list_back(panel, database, issues, stack):
    before = take_snapshot(database, issues)
    panel.delete_list()
    trash.empty_trash(database)
    stack.undo()
    assert take_snapshot(database, issues) == before and panel.current_list_id() == issues


def test_numbered_toggle_and_undo(panel, database, issues, stack, changes):
    panel.ui.numberedButton.click()
    assert topics.get_list(database, issues).ordered
    assert panel.model.data(panel.model.index(1)).startswith("2. ")
    assert panel.ui.numberedButton.isChecked() and changes == [issues]
    stack.undo()
    assert not topics.get_list(database, issues).ordered
    assert not panel.ui.numberedButton.isChecked()
    assert not panel.model.data(panel.model.index(1)).startswith("2")


def test_undo_shows_the_list_it_changes(panel, database, issues, recommendations, stack):
    panel.ui.numberedButton.click()
    panel.select_list(recommendations)
    stack.undo()
    assert panel.current_list_id() == issues and not topics.get_list(database, issues).ordered


# --- topics ---------------------------------------------------------------------------


def test_add_topic_types_arabic_and_enter_adds_the_next(panel, database, issues, stack, changes):
    view = panel.ui.itemsView
    view.setCurrentIndex(panel.model.index(4))
    panel.ui.addItemButton.click()
    assert panel.model.is_pending(5)
    editor = editor_at(panel, 5)
    type_text(editor, "مكافحة الإرهاب")
    press(editor, Qt.Key.Key_Return)
    assert texts(database, issues) == [*ISSUES, "مكافحة الإرهاب"]
    assert changes == [issues] and stack.undoText() == "Add topic"
    # Enter on the last topic opened the next one; Escape leaves it out.
    assert panel.model.is_pending(6)
    press(editor_at(panel, 6), Qt.Key.Key_Escape)
    assert panel.model.rowCount() == 6 and texts(database, issues)[-1] == "مكافحة الإرهاب"
    assert panel.model.flags(panel.model.index(5)) & Qt.ItemFlag.ItemIsUserCheckable

    stack.undo()
    assert texts(database, issues) == ISSUES and panel.model.rowCount() == 5
    stack.redo()
    assert texts(database, issues) == [*ISSUES, "مكافحة الإرهاب"] and panel.model.rowCount() == 6


def test_add_in_the_middle_with_insert(panel, database, issues):
    view = panel.ui.itemsView
    view.setCurrentIndex(panel.model.index(1))
    press(view, Qt.Key.Key_Insert)
    editor = editor_at(panel, 2)
    type_text(editor, "بند أوسط")
    press(editor, Qt.Key.Key_Return)
    assert texts(database, issues) == [*ISSUES[:2], "بند أوسط", *ISSUES[2:]]
    assert not panel.model.has_pending()  # Enter in the middle opens no next topic


def test_edit_in_place_and_undo(panel, database, issues, stack):
    view = panel.ui.itemsView
    index = panel.model.index(2)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = editor_at(panel, 2)
    editor.clear()
    type_text(editor, "أمن الفضاء الرقمي")
    press(editor, Qt.Key.Key_Return)
    assert texts(database, issues)[2] == "أمن الفضاء الرقمي"
    assert stack.undoText() == "Edit topic"
    stack.undo()
    assert texts(database, issues) == ISSUES
    assert panel.model.data(index, Qt.ItemDataRole.EditRole) == ISSUES[2]


def test_remove_multiple_and_undo_brings_ids_back(panel, database, issues, stack, changes):
    ids = [item.id for item in topics.get_list(database, issues).items]
    select_rows(panel, 1, 3)
    panel.ui.removeItemButton.click()
    assert texts(database, issues) == [ISSUES[0], ISSUES[2], ISSUES[4]]
    assert stack.undoText() == "Remove 2 topic(s)" or stack.undoText() == "Remove 2 topics"
    assert changes == [issues] and tree_rows(panel)[0][1] == "1 of 3 covered"
    stack.undo()
    record = topics.get_list(database, issues)
    assert [item.id for item in record.items] == ids and record.items[3].covered
    assert tree_rows(panel)[0][1] == "2 of 5 covered"


def test_delete_key_removes(panel, database, issues):
    select_rows(panel, 0)
    press(panel.ui.itemsView, Qt.Key.Key_Delete)
    assert texts(database, issues) == ISSUES[1:]


def test_move_with_alt_arrows_and_buttons(panel, database, issues, stack):
    view = panel.ui.itemsView
    select_rows(panel, 1, 2)
    press(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(database, issues) == [ISSUES[1], ISSUES[2], ISSUES[0], *ISSUES[3:]]
    # The selection follows the moved topics.
    assert sorted(i.row() for i in view.selectionModel().selectedIndexes()) == [0, 1]
    press(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(database, issues) == ISSUES
    panel.ui.moveDownButton.click()
    assert texts(database, issues) == [ISSUES[0], ISSUES[3], ISSUES[1], ISSUES[2], ISSUES[4]]
    panel.ui.moveUpButton.click()
    assert texts(database, issues) == ISSUES
    stack.undo()
    assert texts(database, issues) == [ISSUES[0], ISSUES[3], ISSUES[1], ISSUES[2], ISSUES[4]]
    stack.undo()
    stack.undo()
    assert texts(database, issues) == [ISSUES[1], ISSUES[2], ISSUES[0], *ISSUES[3:]]
    stack.undo()
    assert texts(database, issues) == ISSUES


def test_move_at_the_edge_is_no_step(panel, stack):
    select_rows(panel, 0)
    panel.ui.moveUpButton.click()
    assert stack.count() == 0


def test_drag_and_drop_moves_in_one_step(panel, database, issues, stack):
    model = panel.model
    data = model.mimeData([model.index(0), model.index(1)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 5, 0, model.index(-1))
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, model.index(-1)) is False
    assert texts(database, issues) == [ISSUES[2], ISSUES[3], ISSUES[0], ISSUES[1], ISSUES[4]]
    assert stack.count() == 1
    stack.undo()
    assert texts(database, issues) == ISSUES


def test_covered_checkbox_and_undo(panel, database, issues, stack, changes):
    model = panel.model
    index = model.index(1)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert topics.get_list(database, issues).items[1].covered
    assert tree_rows(panel)[0][1] == "3 of 5 covered" and changes == [issues]
    stack.undo()
    assert not topics.get_list(database, issues).items[1].covered
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_covered_by_menu_links_and_unlinks(panel, database, issues, stack, changes):
    opening = article(database, "افتتاح الدورة")
    closing = article(database, "اختتام الدورة")
    panel.reload()
    menu = panel.covered_by_menu(2)
    actions = {action.text(): action for action in menu.actions()}
    assert set(actions) == {"افتتاح الدورة", "اختتام الدورة"}
    assert not any(action.isChecked() for action in actions.values())
    actions["اختتام الدورة"].trigger()
    item = topics.get_list(database, issues).items[2]
    assert item.article_ids == (closing,) and item.covered
    tooltip = panel.model.data(panel.model.index(2), Qt.ItemDataRole.ToolTipRole)
    assert "اختتام الدورة" in tooltip
    assert not panel.model.data(panel.model.index(2), Qt.ItemDataRole.DecorationRole).isNull()

    menu = panel.covered_by_menu(2)
    checked = [action.text() for action in menu.actions() if action.isChecked()]
    assert checked == ["اختتام الدورة"]
    next(a for a in menu.actions() if a.text() == "اختتام الدورة").trigger()
    assert topics.get_list(database, issues).items[2].article_ids == ()
    stack.undo()
    assert topics.get_list(database, issues).items[2].article_ids == (closing,)
    stack.undo()
    item = topics.get_list(database, issues).items[2]
    assert item.article_ids == () and not item.covered
    assert opening not in item.article_ids and len(changes) == 4


def test_covered_by_menu_without_articles(panel):
    menu = panel.covered_by_menu(0)
    (only,) = menu.actions()
    assert not only.isEnabled() and "no articles" in only.text()


def test_refusal_shows_a_message_and_changes_nothing(panel, database, issues, recommendations, stack, monkeypatch):
    shown = warnings(monkeypatch)
    # Another window deleted the list meanwhile: the edit is refused with a message.
    topics.delete_list(database, issues, force=True)
    before = take_snapshot(database, recommendations)
    assert not panel.model.setData(panel.model.index(0), "نص", Qt.ItemDataRole.EditRole)
    assert shown and "no topic with id" in shown[0]
    assert stack.count() == 0 and take_snapshot(database, recommendations) == before
    assert panel.ui.listsTree.topLevelItem(1).data(0, LIST_ID_ROLE) == recommendations


def test_failed_undo_is_reported_and_dropped(panel, database, issues, recommendations, stack, monkeypatch):
    shown = warnings(monkeypatch)
    panel.select_list(issues)
    panel.ui.numberedButton.click()
    panel.select_list(recommendations)
    panel.ui.deleteListButton.click()
    assert stack.count() == 2
    # Meanwhile the trash was emptied and an article made a list of its own, which SQLite
    # gave the freed id.
    trash.empty_trash(database)
    owner = article(database, "افتتاح الدورة")
    assert topics.create_list(database, "قائمة المقال", article_id=owner, items=["بند"]) == recommendations
    stack.undo()
    assert shown and "another table or list took its place" in shown[0]
    assert texts(database, recommendations) == ["بند"] and stack.count() == 1
    assert [row[0] for row in tree_rows(panel)] == ["أبرز القضايا"]
    # The steps before it still undo.
    stack.undo()
    assert not topics.get_list(database, issues).ordered


def test_undo_brings_back_a_topic_whose_id_was_reused(panel, database, issues, recommendations, stack):
    panel.select_list(recommendations)
    last = topics.get_list(database, recommendations).items[-1].id
    select_rows(panel, 1)
    panel.ui.removeItemButton.click()
    assert topics.add_item(database, issues, "بند") == last
    stack.undo()
    assert texts(database, recommendations) == RECOMMENDATIONS
    assert panel.model.rowCount() == 2
    assert panel.model.data(panel.model.index(1), Qt.ItemDataRole.EditRole) == RECOMMENDATIONS[1]


def test_buttons_follow_the_selection(qtbot, database, event_id, stack):
    empty = TopicListsPanel(database, event_id, stack)
    qtbot.addWidget(empty)
    assert empty.current_list_id() is None
    assert not empty.ui.deleteListButton.isEnabled() and not empty.ui.addItemButton.isEnabled()
    assert empty.ui.newListButton.isEnabled()


def test_clicking_the_check_box_marks_covered(panel, database, issues, qtbot, stack):
    view = panel.ui.itemsView
    index = panel.model.index(1)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert topics.get_list(database, issues).items[1].covered
    assert stack.undoText() == "Mark topic covered"


def test_context_menu_offers_covered_by(panel, database, qtbot):
    article(database, "افتتاح الدورة")
    panel.reload()
    view = panel.ui.itemsView
    before = set(panel.findChildren(QMenu))
    view.customContextMenuRequested.emit(view.visualRect(panel.model.index(0)).center())
    (menu,) = [m for m in panel.findChildren(QMenu) if m not in before and m.parent() is panel]
    texts_shown = [action.text() for action in menu.actions()]
    assert texts_shown[:4] == ["Add topic", "Remove", "Move up", "Move down"]
    (covered_by,) = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert [a.text() for a in covered_by.actions()] == ["افتتاح الدورة"]
    menu.close()
