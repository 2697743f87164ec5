from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QUndoStack
from PySide6.QtWidgets import QInputDialog

from desktop_app.core.document import Heading, ListBlock, Paragraph, Quote, TableBlock
from desktop_app.core.inline import Inline, Run
from desktop_app.gui.editor.text_editor import TextBlocksEditor

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "interpol-93-marrakech.txt"
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make(qtbot, stack):
    def build(blocks=(), direction="rtl") -> TextBlocksEditor:
        editor = TextBlocksEditor(blocks, direction, stack)
        qtbot.addWidget(editor)
        editor.resize(500, 400)
        editor.show()
        editor.focus_end()
        return editor

    return build


def press(editor, key=Qt.Key.Key_unknown, text="", mods=Qt.KeyboardModifier.NoModifier) -> None:
    editor.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, key, mods, text))


def type_text(editor, text: str) -> None:
    """One key event per character: qtbot.keyClicks aborts on Arabic (DESIGN.md fact 7)."""
    for ch in text:
        key = {" ": Qt.Key.Key_Space, "\n": Qt.Key.Key_Return}.get(ch, Qt.Key.Key_unknown)
        press(editor, key, "\r" if ch == "\n" else ch)


def ctrl(editor, key, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier
    if shift:
        mods |= Qt.KeyboardModifier.ShiftModifier
    press(editor, key, "", mods)


def select_all(editor) -> None:
    cursor = editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    editor.setTextCursor(cursor)


def test_blocks_round_trip_through_the_widget(make) -> None:
    blocks = (
        Heading(Inline.plain("عنوان"), 3),
        Paragraph(Inline((Run("نص "), Run("bold", bold=True)))),
        Quote((Inline.plain("اقتباس"),)),
        ListBlock((Inline.plain("a"), Inline.plain("b")), ordered=True),
    )
    assert make(blocks).blocks() == blocks


def test_typing_arabic(make) -> None:
    editor = make()
    seen = []
    editor.changed.connect(lambda: seen.append(1))
    type_text(editor, "مراكش ٢٠٢٥")
    assert editor.blocks() == (Paragraph(Inline.plain("مراكش ٢٠٢٥")),)
    assert seen


@pytest.mark.parametrize(
    ("marker", "expected"),
    [
        ("## ", Heading(Inline.plain("نص"), 2)),
        ("### ", Heading(Inline.plain("نص"), 3)),
        ("#### ", Heading(Inline.plain("نص"), 4)),
        ("- ", ListBlock((Inline.plain("نص"),))),
        ("* ", ListBlock((Inline.plain("نص"),))),
        ("1. ", ListBlock((Inline.plain("نص"),), ordered=True)),
        ("١. ", ListBlock((Inline.plain("نص"),), ordered=True)),
        ("> ", Quote((Inline.plain("نص"),))),
    ],
)
def test_markdown_shortcuts(make, stack, marker, expected) -> None:
    editor = make()
    type_text(editor, marker + "نص")
    assert editor.blocks() == (expected,)
    stack.undo()  # the typed word
    stack.undo()  # the shortcut: one step, the marker comes back as text
    assert editor.blocks() == (Paragraph(Inline.plain(marker.strip())),)


def test_shortcut_only_at_paragraph_start(make) -> None:
    editor = make()
    type_text(editor, "a ## b")
    assert editor.blocks() == (Paragraph(Inline.plain("a ## b")),)


def test_enter_after_heading_gives_paragraph_and_empty_item_ends_list(make) -> None:
    editor = make()
    type_text(editor, "## Title\nbody\n- one\n\nafter")
    assert editor.blocks() == (
        Heading(Inline.plain("Title"), 2),
        Paragraph(Inline.plain("body")),
        ListBlock((Inline.plain("one"),)),
        Paragraph(Inline.plain("after")),
    )


def test_ctrl_b_and_ctrl_i_toggle_marks(make) -> None:
    editor = make((Paragraph(Inline.plain("نص عادي")),))
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(2, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    ctrl(editor, Qt.Key.Key_B)
    assert editor.blocks() == (Paragraph(Inline((Run("نص", bold=True), Run(" عادي")))),)
    ctrl(editor, Qt.Key.Key_I)
    assert editor.blocks() == (Paragraph(Inline((Run("نص", bold=True, italic=True), Run(" عادي")))),)
    ctrl(editor, Qt.Key.Key_B)
    assert editor.blocks() == (Paragraph(Inline((Run("نص", italic=True), Run(" عادي")))),)


def test_bold_while_typing(make) -> None:
    editor = make()
    type_text(editor, "a ")
    ctrl(editor, Qt.Key.Key_B)
    type_text(editor, "b")
    assert editor.blocks() == (Paragraph(Inline((Run("a "), Run("b", bold=True)))),)


def test_inline_code(make) -> None:
    editor = make((Paragraph(Inline.plain("run x")),))
    cursor = editor.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    ctrl(editor, Qt.Key.Key_C, shift=True)
    assert editor.blocks() == (Paragraph(Inline((Run("run "), Run("x", code=True)))),)


def test_link_added_and_removed(make, monkeypatch) -> None:
    editor = make((Paragraph(Inline.plain("الانتربول اليوم")),))
    answers = iter([("https://interpol.int", True), ("", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    cursor = editor.textCursor()
    cursor.setPosition(3)
    editor.setTextCursor(cursor)
    ctrl(editor, Qt.Key.Key_K)  # no selection: the word under the cursor
    assert editor.blocks() == (
        Paragraph(Inline((Run("الانتربول", href="https://interpol.int"), Run(" اليوم")))),
    )
    cursor.setPosition(3)
    editor.setTextCursor(cursor)
    ctrl(editor, Qt.Key.Key_K)  # empty address removes the whole link
    assert editor.blocks() == (Paragraph(Inline.plain("الانتربول اليوم")),)


def test_menu_methods(make) -> None:
    editor = make((Paragraph(Inline.plain("one")), Paragraph(Inline.plain("two"))))
    select_all(editor)
    editor.set_list(ordered=True)
    assert editor.blocks() == (ListBlock((Inline.plain("one"), Inline.plain("two")), ordered=True),)
    editor.set_quote(True)
    assert editor.blocks() == (Quote((Inline.plain("one"), Inline.plain("two"))),)
    editor.set_heading(3)
    assert editor.blocks() == (Heading(Inline.plain("one"), 3), Heading(Inline.plain("two"), 3))
    editor.set_heading(None)
    assert editor.blocks() == (Paragraph(Inline.plain("one")), Paragraph(Inline.plain("two")))


def _direction(editor, number: int) -> Qt.LayoutDirection:
    return editor.document().findBlockByNumber(number).textDirection()


def test_per_paragraph_direction(make) -> None:
    editor = make(direction="rtl")
    type_text(editor, "مرحبا\nHello world\n2025 - 10:00\n")
    assert _direction(editor, 0) == RTL
    assert _direction(editor, 1) == LTR
    assert _direction(editor, 2) == RTL  # neutral: the article's direction
    type_text(editor, "Paris")
    assert _direction(editor, 3) == LTR
    editor.set_direction("ltr")
    assert _direction(editor, 2) == LTR
    assert _direction(editor, 0) == RTL


def test_direction_updates_as_the_first_letter_changes(make) -> None:
    editor = make(direction="rtl")
    type_text(editor, "123 ")
    assert _direction(editor, 0) == RTL
    type_text(editor, "abc")
    assert _direction(editor, 0) == LTR
    for _ in range(3):
        press(editor, Qt.Key.Key_Backspace)
    assert _direction(editor, 0) == RTL


def test_toggle_paragraph_direction_survives_typing(make, stack) -> None:
    editor = make((Paragraph(Inline.plain("Hello")),), direction="rtl")
    assert _direction(editor, 0) == LTR
    ctrl(editor, Qt.Key.Key_X, shift=True)
    assert _direction(editor, 0) == RTL
    type_text(editor, " world")
    assert _direction(editor, 0) == RTL
    assert editor.blocks() == (Paragraph(Inline.plain("Hello world")),)  # not in the model
    editor.toggle_paragraph_direction()
    assert _direction(editor, 0) == LTR
    stack.undo()
    assert _direction(editor, 0) == RTL


def test_undo_redo_through_the_shared_stack(make, stack) -> None:
    editor = make()
    type_text(editor, "one two")
    assert stack.count() == 2  # per word
    assert stack.text(0) == "Typing"
    index = stack.index()
    ctrl(editor, Qt.Key.Key_Z)
    assert stack.index() == index - 1
    assert editor.blocks() == (Paragraph(Inline.plain("one ")),)
    ctrl(editor, Qt.Key.Key_Y)
    assert stack.index() == index
    assert editor.blocks() == (Paragraph(Inline.plain("one two")),)
    ctrl(editor, Qt.Key.Key_Z, shift=True)  # the other Redo binding does nothing more
    stack.undo()
    stack.undo()
    assert editor.blocks() == ()
    assert not editor.document().isUndoAvailable()


def test_undo_order_with_another_command_in_between(make, stack) -> None:
    from PySide6.QtGui import QUndoCommand

    editor = make()
    type_text(editor, "ab")
    stack.push(QUndoCommand("table edit"))
    type_text(editor, "cd")  # must not merge into "ab"
    stack.undo()
    assert editor.blocks() == (Paragraph(Inline.plain("ab")),)
    assert stack.text(stack.index() - 1) == "table edit"


def test_paste_wire_copy_with_table_emits_paste_blocks(make, qtbot) -> None:
    editor = make()
    mime = QMimeData()
    mime.setText(FIXTURE.read_text(encoding="utf-8"))
    with qtbot.waitSignal(editor.paste_blocks) as blocker:
        editor.insertFromMimeData(mime)
    blocks = blocker.args[0]
    kinds = [block.kind for block in blocks]
    assert kinds[0] == "paragraph" and kinds[-1] == "paragraph"
    assert kinds.count("heading") == 3
    assert "table" in kinds and "list" in kinds
    assert isinstance(blocks[-2], TableBlock)
    assert editor.blocks() == ()  # nothing inserted


def test_paste_html_keeps_bold_drops_colour(make) -> None:
    editor = make((Paragraph(Inline.plain("قبل ")),))
    mime = QMimeData()
    mime.setHtml('<p><b>عاجل</b> <span style="color:red;font-size:30px">خبر</span></p>')
    editor.insertFromMimeData(mime)
    assert editor.blocks() == (Paragraph(Inline((Run("قبل "), Run("عاجل", bold=True), Run(" خبر")))),)
    fragment = editor.document().firstBlock().begin()
    while not fragment.atEnd():
        assert not fragment.fragment().charFormat().hasProperty(0x1823)  # ForegroundBrush
        fragment += 1


def test_paste_several_blocks_and_copy_round_trip(make, qtbot) -> None:
    editor = make((Paragraph(Inline.plain("x")),))
    mime = QMimeData()
    mime.setHtml("<h2>عنوان</h2><ul><li>أ</li><li>ب</li></ul><blockquote><p>قول</p></blockquote>")
    editor.insertFromMimeData(mime)
    expected = (
        Paragraph(Inline.plain("x")),
        Heading(Inline.plain("عنوان"), 2),
        ListBlock((Inline.plain("أ"), Inline.plain("ب"))),
        Quote((Inline.plain("قول"),)),
    )
    assert editor.blocks() == expected
    select_all(editor)
    copied = editor.createMimeDataFromSelection()
    other = make()
    other.insertFromMimeData(copied)
    assert other.blocks() == expected


def test_leave_up_and_down(make, qtbot) -> None:
    editor = make((Paragraph(Inline.plain("one")), Paragraph(Inline.plain("two"))))
    editor.focus_start()
    with qtbot.waitSignal(editor.leave_up):
        press(editor, Qt.Key.Key_Up)
    with qtbot.assertNotEmitted(editor.leave_down):
        press(editor, Qt.Key.Key_Down)  # first block to second: an ordinary move
    editor.focus_end()
    with qtbot.waitSignal(editor.leave_down):
        press(editor, Qt.Key.Key_Down)


def test_slash_in_empty_paragraph(make, qtbot) -> None:
    editor = make()
    with qtbot.waitSignal(editor.slash_menu_requested) as blocker:
        press(editor, Qt.Key.Key_Slash, "/")
    assert isinstance(blocker.args[0], QPoint)
    assert editor.blocks() == ()
    type_text(editor, "a")
    with qtbot.assertNotEmitted(editor.slash_menu_requested):
        press(editor, Qt.Key.Key_Slash, "/")
    assert editor.blocks() == (Paragraph(Inline.plain("a/")),)


def test_backspace_at_start(make, qtbot) -> None:
    editor = make()
    with qtbot.waitSignal(editor.backspace_at_start):
        press(editor, Qt.Key.Key_Backspace)
    editor = make((Heading(Inline.plain("t"), 2),))
    editor.focus_start()
    with qtbot.assertNotEmitted(editor.backspace_at_start):
        press(editor, Qt.Key.Key_Backspace)  # a heading start becomes a paragraph first
    assert editor.blocks() == (Paragraph(Inline.plain("t")),)


def test_split_at_cursor(make) -> None:
    editor = make((Paragraph(Inline.plain("one")), Heading(Inline.plain("two"), 2)))
    cursor = editor.textCursor()
    cursor.setPosition(2)
    editor.setTextCursor(cursor)
    assert editor.split_at_cursor() == (
        (Paragraph(Inline.plain("on")),),
        (Paragraph(Inline.plain("e")), Heading(Inline.plain("two"), 2)),
    )


def test_list_marker_typed_again_in_a_list_item_is_absorbed(make, stack) -> None:
    # Enter already starts the next bullet; `- ` typed there out of Markdown habit is that
    # bullet's marker, not a dash in its text.
    editor = make()
    type_text(editor, "- أول\n- ثان\n* ثالث\n\nبعد")
    assert editor.blocks() == (
        ListBlock((Inline.plain("أول"), Inline.plain("ثان"), Inline.plain("ثالث"))),
        Paragraph(Inline.plain("بعد")),
    )


def test_other_markers_in_a_list_item_stay_text(make) -> None:
    # Only the marker of the item's own kind of list is absorbed; the rest is text.
    editor = make()
    type_text(editor, "- أول\n1. ثان\n## ثالث")
    assert editor.blocks() == (
        ListBlock((Inline.plain("أول"), Inline.plain("1. ثان"), Inline.plain("## ثالث"))),
    )


def test_absorbed_list_marker_undoes_back_to_text(make, stack) -> None:
    editor = make()
    type_text(editor, "- أول\n- ")
    assert editor.blocks() == (ListBlock((Inline.plain("أول"),)),)
    stack.undo()
    assert editor.blocks() == (ListBlock((Inline.plain("أول"), Inline.plain("-"))),)
