"""Linked table and topic-list blocks in the article column: banner, read-only content,
undoable Detach, "Edit in event", and refreshing from the event without undo steps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from desktop_app.core.document import Block, Heading, Paragraph, TableBlock, TopicListBlock
from desktop_app.core.inline import Inline
from desktop_app.gui.editor.column import ArticleColumn
from desktop_app.gui.editor.placeholder import BlockPlaceholder
from desktop_app.gui.editor.table_editor import TableBlockEditor
from desktop_app.gui.editor.table_model import linked_hint as table_hint
from desktop_app.gui.editor.text_editor import TextBlocksEditor
from desktop_app.gui.editor.topic_editor import TopicListEditor
from desktop_app.gui.editor.topic_model import linked_hint as topic_hint
from desktop_app.store.linked import detach_block

P = Inline.plain
TITLES = {("table", 4): "Programme", ("topics", 9): "Key issues"}


def programme(source_id: int | None = 4, session: str = "افتتاح") -> TableBlock:
    return TableBlock(
        header=(P("الوقت"), P("الجلسة")),
        rows=((P("09:00"), P(session)), (P("11:00"), P("الجريمة الإلكترونية"))),
        source_id=source_id,
    )


def issues(source_id: int | None = 9, *items: str) -> TopicListBlock:
    texts = items or ("الجريمة العابرة للحدود", "الأمن السيبراني")
    return TopicListBlock(tuple(P(t) for t in texts), title="القضايا", source_id=source_id)


def titles(kind: str, source_id: int) -> str | None:
    return TITLES.get((kind, source_id))


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make(qtbot, stack) -> Callable[..., ArticleColumn]:
    def build(blocks: tuple[Block, ...], **kwargs) -> ArticleColumn:
        column = ArticleColumn(blocks, "rtl", stack, **kwargs)
        qtbot.addWidget(column)
        column.resize(700, 700)
        column.show()
        qtbot.waitExposed(column)
        settle()
        return column

    return build


def article(*middle: Block) -> tuple[Block, ...]:
    return (Paragraph(P("فقرة أولى")), *middle, Paragraph(P("فقرة أخيرة")))


def editor_of(column: ArticleColumn, kind: type) -> TableBlockEditor | TopicListEditor:
    return next(e for e in column.editors() if isinstance(e, kind))


def type_arabic(widget, text: str) -> None:
    # DESIGN.md decision 7: never keyClicks with Arabic.
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        )


# --- the banner ------------------------------------------------------------------------


def test_banner_names_the_linked_table_and_list(make):
    column = make(article(programme(), issues(), programme(source_id=None)), source_title=titles)
    tables = [e for e in column.editors() if isinstance(e, TableBlockEditor)]
    linked_table, local_table = tables
    topics = editor_of(column, TopicListEditor)
    assert linked_table.banner is not None and linked_table.banner.isVisible()
    assert linked_table.banner.text() == "Linked to the event's table “Programme”"
    assert topics.banner is not None and topics.banner.isVisible()
    assert topics.banner.text() == "Linked to the event's list “Key issues”"
    assert local_table.banner is None
    # Above the content, with its buttons inside the column's width.
    assert linked_table.banner.geometry().bottom() < linked_table.view().geometry().top()
    for button in (linked_table.banner.detach_button, linked_table.banner.edit_button):
        assert button.isVisible()
        assert linked_table.banner.rect().contains(button.geometry())


def test_banner_without_titles_names_only_the_kind(make):
    column = make(article(programme(source_id=77), issues()))
    assert editor_of(column, TableBlockEditor).banner.text() == "Linked to the event's table"
    assert editor_of(column, TopicListEditor).banner.text() == "Linked to the event's list"
    # A source the title callable no longer knows (deleted) reads the same way.
    gone = make(article(programme(source_id=77)), source_title=titles)
    assert editor_of(gone, TableBlockEditor).banner.text() == "Linked to the event's table"


def test_banner_is_mirrored_in_a_right_to_left_article(make):
    column = make(article(programme()), source_title=titles)
    banner = editor_of(column, TableBlockEditor).banner
    assert banner.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The icon starts the line: on the right, the buttons at the left end.
    assert banner.icon_label.geometry().left() > banner.text_label.geometry().left()
    assert banner.edit_button.geometry().right() < banner.text_label.geometry().left()


# --- read-only -------------------------------------------------------------------------


def test_linked_table_cells_are_read_only(make, stack):
    column = make(article(programme()), source_title=titles)
    editor = editor_of(column, TableBlockEditor)
    model, view = editor.model(), editor.view()
    index = model.index(1, 1)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == table_hint()
    assert "edit it in the event" in table_hint() and "detach" in table_hint()
    assert not model.setData(index, "تغيير")
    editor.set_current_cell(1, 1)
    view.setFocus()
    type_arabic(view, "نص")
    assert view.itemDelegate().editor is None  # no cell editor opened
    assert not editor.insert_row_below()
    assert not editor.delete_column()
    assert not editor.clear_cells()
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                           Qt.KeyboardModifier.ControlModifier))
    assert column.blocks()[1] == programme()
    assert stack.count() == 0
    actions = [a.objectName() for a in editor.context_menu().actions()]
    assert actions == ["detachAction", "editInEventAction"]


def test_tab_leaves_a_linked_table_instead_of_adding_a_row(make, qtbot):
    column = make(article(programme()))
    editor = editor_of(column, TableBlockEditor)
    editor.focus_end()
    with qtbot.waitSignal(editor.leave_down, timeout=1000):
        QApplication.sendEvent(editor.view(), QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab,
                                                        Qt.KeyboardModifier.NoModifier))
    assert editor.model().rowCount() == 3


def test_linked_list_is_read_only(make, stack):
    column = make(article(issues()), source_title=titles)
    editor = editor_of(column, TopicListEditor)
    model, view = editor.topic_model, editor.view
    index = model.index(0)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == topic_hint()
    assert not model.setData(index, "تغيير")
    view.setCurrentIndex(index)
    view.edit(index)
    assert view.indexWidget(index) is None
    view.add_below()
    view.remove_selected()
    view.move_selected(1)
    model.rename("عنوان آخر")
    model.set_ordered(True)
    assert editor.title_edit.isReadOnly()
    assert not any(b.isVisible() for b in (editor.add_button, editor.remove_button, editor.ordered_button))
    assert column.blocks()[1] == issues()
    assert stack.count() == 0
    assert [a.objectName() for a in editor.context_menu().actions()] == ["detachAction", "editInEventAction"]


# --- detach ------------------------------------------------------------------------------


def test_detach_table_makes_it_editable_and_undo_links_it_again(make, stack, qtbot):
    column = make(article(programme()), source_title=titles)
    editor = editor_of(column, TableBlockEditor)
    with qtbot.waitSignal(column.changed, timeout=1000):
        editor.banner.detach_button.click()
    assert column.blocks()[1] == programme(source_id=None)
    assert not editor.banner.isVisible()
    assert stack.count() == 1 and stack.undoText() == "Detach from event"
    assert column.linked_sources() == set()
    # Now the article's own table: edits work, through undo.
    assert editor.model().setData(editor.model().index(1, 1), "جلسة")
    assert column.blocks()[1].rows[0][1] == P("جلسة")
    stack.undo()
    stack.undo()
    assert column.blocks()[1] == programme()
    assert editor.banner.isVisible()
    assert not editor.model().flags(editor.model().index(1, 1)) & Qt.ItemFlag.ItemIsEditable
    stack.redo()
    assert column.blocks()[1].source_id is None


def test_detach_list_from_its_context_menu(make, stack, qtbot):
    column = make(article(issues()), source_title=titles)
    editor = editor_of(column, TopicListEditor)
    menu = editor.context_menu()
    with qtbot.waitSignal(column.changed, timeout=1000):
        next(a for a in menu.actions() if a.objectName() == "detachAction").trigger()
    assert column.blocks()[1] == issues(None)
    assert not editor.banner.isVisible() and editor.add_button.isVisible()
    assert not editor.title_edit.isReadOnly()
    editor.topic_model.rename("قضايا المقال")
    assert column.blocks()[1].title == "قضايا المقال"
    stack.undo()
    stack.undo()
    assert column.blocks()[1] == issues()
    assert editor.title_edit.isReadOnly()


# --- edit in event -------------------------------------------------------------------------


def test_edit_in_event_asks_the_window_for_the_source(make, qtbot):
    column = make(article(programme(), issues()), source_title=titles)
    with qtbot.waitSignal(column.edit_source_requested, timeout=1000) as table_signal:
        editor_of(column, TableBlockEditor).banner.edit_button.click()
    assert table_signal.args == ["table", 4]
    topics = editor_of(column, TopicListEditor)
    with qtbot.waitSignal(column.edit_source_requested, timeout=1000) as list_signal:
        next(a for a in topics.context_menu().actions() if a.objectName() == "editInEventAction").trigger()
    assert list_signal.args == ["topics", 9]


# --- refresh from the event ------------------------------------------------------------------


def long_article_ending_in_links() -> tuple[Block, ...]:
    blocks: list[Block] = [programme()]
    for number in range(40):
        blocks.append(Heading(P(f"القسم {number}"), level=2))
        blocks += [Paragraph(P("كلمة " * 150)) for _ in range(3)]
        blocks.append(programme(source_id=None))  # splits the prose into groups
    # Far below the first screen: still placeholders when the column opens.
    blocks += [programme(source_id=5), issues(), Paragraph(P("خاتمة"))]
    return tuple(blocks)


def event_now(block: Block) -> Block:
    if isinstance(block, TableBlock):
        return programme(block.source_id, session="افتتاح رسمي")
    if isinstance(block, TopicListBlock):
        return issues(block.source_id, "الجريمة المنظمة")
    return block


def test_refresh_updates_built_and_unbuilt_blocks_without_undo(make, stack, qtbot):
    column = make(long_article_ending_in_links(), source_title=titles)
    assert isinstance(column.slots()[-1], BlockPlaceholder)
    unbuilt = [b for slot in column.slots() if isinstance(slot, BlockPlaceholder) for b in slot.blocks()]
    assert programme(source_id=5) in unbuilt and issues() in unbuilt
    text = next(e for e in column.slots() if isinstance(e, TextBlocksEditor))
    cursor = text.textCursor()
    cursor.setPosition(3)
    text.setTextCursor(cursor)
    text.setFocus()
    state = column.cursor_state()

    with qtbot.waitSignal(column.changed, timeout=1000):
        assert column.refresh_linked(event_now)
    blocks = column.blocks()
    assert blocks[0] == programme(session="افتتاح رسمي")
    assert programme(5, session="افتتاح رسمي") in blocks and issues(9, "الجريمة المنظمة") in blocks
    assert stack.count() == 0
    assert column.cursor_state() == state and text.textCursor().position() == 3
    still_unbuilt = [b for slot in column.slots() if isinstance(slot, BlockPlaceholder) for b in slot.blocks()]
    assert programme(5, session="افتتاح رسمي") in still_unbuilt
    # The unbuilt ones, once built, show the new content read-only.
    built = column.editors()
    assert editor_of(column, TopicListEditor).blocks() == (issues(9, "الجريمة المنظمة"),)
    far = [e for e in built if isinstance(e, TableBlockEditor)][-1]
    assert far.blocks() == (programme(5, session="افتتاح رسمي"),) and far.banner.isVisible()

    with qtbot.assertNotEmitted(column.changed):
        assert not column.refresh_linked(event_now)
    assert stack.count() == 0


def test_refresh_leaves_unlinked_blocks_alone(make):
    local = programme(source_id=None)
    column = make(article(local, issues(None)))
    calls: list[Block] = []

    def current(block: Block) -> Block:
        calls.append(block)
        return event_now(block)

    assert not column.refresh_linked(current)
    assert calls == []
    assert column.blocks()[1] == local


def test_a_gone_source_comes_back_detached_and_editable(make, stack):
    column = make(article(programme(), issues()), source_title=titles)
    assert column.linked_sources() == {("table", 4), ("topics", 9)}
    assert column.refresh_linked(detach_block)
    table, topics = editor_of(column, TableBlockEditor), editor_of(column, TopicListEditor)
    assert column.blocks()[1:3] == (programme(None), issues(None))
    assert not table.banner.isVisible() and not topics.banner.isVisible()
    assert table.model().setData(table.model().index(1, 1), "جلسة")
    assert column.linked_sources() == set()
    assert stack.count() == 1  # only the edit


def test_refresh_takes_a_new_title(make):
    names = dict(TITLES)
    column = make(article(programme()), source_title=lambda kind, id_: names.get((kind, id_)))
    names[("table", 4)] = "Programme (updated)"
    assert not column.refresh_linked(lambda block: block)
    assert editor_of(column, TableBlockEditor).banner.text() == "Linked to the event's table “Programme (updated)”"


# --- insertion ----------------------------------------------------------------------------------


def test_inserting_a_linked_block_shows_it_linked_and_undo_removes_it(make, stack):
    column = make(article(), source_title=titles)
    before = column.blocks()
    editor = column.insert_block(issues())
    assert isinstance(editor, TopicListEditor)
    assert editor.banner is not None and editor.banner.isVisible()
    assert not editor.topic_model.flags(editor.topic_model.index(0)) & Qt.ItemFlag.ItemIsEditable
    assert issues() in column.blocks()
    assert column.linked_sources() == {("topics", 9)}
    table = column.insert_block(programme())
    assert isinstance(table, TableBlockEditor) and table.banner.isVisible()
    assert column.linked_sources() == {("topics", 9), ("table", 4)}
    stack.undo()
    stack.undo()
    assert column.blocks() == before
    assert column.linked_sources() == set()


# --- with the real store --------------------------------------------------------------------------


def test_refresh_through_the_store(make, database, stack):
    from desktop_app.store import agenda, linked, topics
    from desktop_app.store.events import create_event

    event = create_event(database, "الدورة 93 للانتربول")
    table_id = agenda.create_table(database, "البرنامج", event_id=event, columns=("الوقت", "الجلسة"),
                                   rows=[("09:00", "افتتاح")])
    list_id = topics.create_list(database, "القضايا", event_id=event, items=["الإرهاب"])

    def title(kind: str, source_id: int) -> str | None:
        try:
            found = agenda.get_table(database, source_id) if kind == "table" else topics.get_list(database, source_id)
        except Exception:
            return None
        return found.title

    blocks = article(agenda.table_block(database, table_id), topics.topic_list_block(database, list_id))
    column = make(blocks, source_title=title)
    assert editor_of(column, TableBlockEditor).banner.text() == "Linked to the event's table “البرنامج”"
    current = lambda block: linked.current_block(database, block)  # noqa: E731
    assert not column.refresh_linked(current)

    topics.add_item(database, list_id, "الجريمة الإلكترونية")
    assert column.refresh_linked(current)
    assert [i.text for i in column.blocks()[2].items] == ["الإرهاب", "الجريمة الإلكترونية"]

    agenda.delete_table(database, table_id, force=True)
    assert column.refresh_linked(current)
    assert column.blocks()[1].source_id is None
    assert not editor_of(column, TableBlockEditor).banner.isVisible()
    assert stack.count() == 0
