"""The prose editor: one QTextEdit for a run of consecutive text blocks.

Headings, paragraphs, quotes and lists between two tables live in one widget (DESIGN.md
decision 1); `text_document` maps them to and from the QTextDocument.

Edits and undo: every user edit runs inside one QTextDocument edit block (`_edit`), and
each block the document records becomes a `DocumentStep` on the article's shared
QUndoStack, so Ctrl+Z here undoes in the order of all the article's edits. Consecutive
typing merges per word on the stack, not in the document.

Direction: a block's layoutDirection follows its first strong letter, or the direction the
reporter forced with `toggle_paragraph_direction()` (kept in a block property, so typing
does not undo it; the model does not store it: it derives direction from the text).
Neutral blocks (digits, punctuation, empty) take the article's direction from the
document's default text option. After each edit only the touched blocks are checked.

Paste: clipboard HTML goes through `from_html`, plain text through `from_plain_text`,
and text blocks are inserted with our formats (anything the model does not carry, such as
fonts, colours and sizes, is dropped). When the clipboard holds a table or a topic list,
nothing is inserted: `paste_blocks` carries every parsed block and the column splits this
editor at the cursor (`split_at_cursor()`) and inserts the table widgets itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QKeyCombination, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import QInputDialog, QLineEdit, QTextEdit, QWidget

from desktop_app.core.arabic import strong_direction
from desktop_app.core.document import (
    Block,
    Document,
    Heading,
    block_from_json,
    block_to_json,
)
from desktop_app.core.inline import Inline, Run
from desktop_app.gui.editor.text_document import (
    FORCED_DIRECTION,
    TEXT_KINDS,
    base_size,
    block_direction,
    block_format,
    char_format,
    fill_document,
    forced_direction,
    heading_level,
    insert_blocks,
    link_span,
    list_format,
    new_quote_id,
    quote_id,
    read_document,
    read_range,
    restyle,
    restyle_block,
    run_of,
    selection_runs,
    set_article_direction,
    update_directions,
)
from desktop_app.gui.editor.text_undo import DocumentStep

BLOCKS_MIME = "application/x-hadath-blocks+json"
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
LINK_KEY = QKeyCombination(_CTRL, Qt.Key.Key_K)
CODE_KEY = QKeyCombination(_CTRL | _SHIFT, Qt.Key.Key_C)
DIRECTION_KEY = QKeyCombination(_CTRL | _SHIFT, Qt.Key.Key_X)

# Typed at the start of a plain paragraph, then a space: what the paragraph becomes.
SHORTCUTS: dict[str, tuple[str, int | bool | None]] = {
    "##": ("heading", 2),
    "###": ("heading", 3),
    "####": ("heading", 4),
    "-": ("list", False),
    "*": ("list", False),
    "1.": ("list", True),
    "١.": ("list", True),
    ">": ("quote", None),
}


class TextBlocksEditor(QTextEdit):
    changed = Signal()
    leave_up = Signal()
    leave_down = Signal()
    # The full tuple of parsed blocks of a paste holding a table or topic list.
    paste_blocks = Signal(object)
    # `/` typed in an empty paragraph: where (global) the column should open its Insert menu.
    slash_menu_requested = Signal(QPoint)
    # Backspace at the very start of an empty first block: the column selects the block above.
    backspace_at_start = Signal()

    def __init__(
        self,
        blocks: Sequence[Block],
        direction: str,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article text"))  # what a screen reader announces
        self._stack = undo_stack
        self._direction = direction
        self._depth = 0
        self._pending: tuple[str, str, bool, int] | None = None
        self._dirty: tuple[int, int] | None = None
        self._joining = False
        self._quiet = True
        self.setTabChangesFocus(True)
        self.setAcceptRichText(True)
        self.set_direction(direction)
        fill_document(self.document(), blocks, direction)
        doc = self.document()
        doc.undoCommandAdded.connect(self._on_undo_command)
        doc.contentsChange.connect(self._on_contents_change)
        doc.contentsChanged.connect(self._on_contents_changed)
        self._quiet = False

    # -- the block-widget contract ---------------------------------------------------------

    def blocks(self) -> tuple[Block, ...]:
        return read_document(self.document())

    def focus_start(self) -> None:
        self._focus_at(QTextCursor.MoveOperation.Start)

    def focus_end(self) -> None:
        self._focus_at(QTextCursor.MoveOperation.End)

    def set_direction(self, direction: str) -> None:
        """The article's direction: neutral paragraphs and the widget follow it."""
        self._direction = direction
        self.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight if direction == "ltr" else Qt.LayoutDirection.RightToLeft
        )
        set_article_direction(self.document(), direction)

    def split_at_cursor(self) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
        """The content before and after the cursor, for the column to split this editor."""
        doc = self.document()
        pos = self.textCursor().position()
        before, after = QTextCursor(doc), QTextCursor(doc)
        before.setPosition(pos, QTextCursor.MoveMode.KeepAnchor)
        after.setPosition(pos)
        after.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        return _fragment_blocks(before), _fragment_blocks(after)

    def cut_tail(self) -> tuple[Block, ...]:
        """Remove everything after the cursor (one undo step) and return it as blocks: the
        column moves it into a new editor below an inserted table."""
        _, after = self.split_at_cursor()
        if not after:
            return ()

        def apply() -> None:
            cursor = self.textCursor()
            cursor.clearSelection()
            start = cursor.position()
            block = cursor.block()
            # Cutting at the start of a paragraph takes its separator too: no empty line stays.
            if cursor.atBlockStart() and block.previous().isValid():
                start -= 1
            cursor.setPosition(start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self.setTextCursor(cursor)

        self._edit("split", self.tr("Split"), apply)
        return after

    def insert_text_blocks(self, blocks: Sequence[Block]) -> None:
        """Insert text blocks at the cursor as one undo step (the text part of a paste)."""
        if not blocks:
            return

        def apply() -> None:
            cursor = self.textCursor()
            cursor.removeSelectedText()
            insert_blocks(cursor, blocks)
            self.setTextCursor(cursor)

        self._edit("paste", self.tr("Paste"), apply)

    # -- commands (menu- and QAction-friendly) ------------------------------------------

    def toggle_bold(self) -> None:
        self._toggle_mark("bold", self.tr("Bold"))

    def toggle_italic(self) -> None:
        self._toggle_mark("italic", self.tr("Italic"))

    def toggle_code(self) -> None:
        self._toggle_mark("code", self.tr("Code"))

    def edit_link(self) -> None:
        """Ask for the address of a link on the selection (or the link or word under the
        cursor); an empty address removes the link."""
        cursor = self.textCursor()
        current = run_of(cursor.charFormat()).href
        if not cursor.hasSelection():
            span = link_span(cursor.block(), cursor.position(), current) if current else None
            if span:
                cursor.setPosition(span[0])
                cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            else:
                cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        url, ok = QInputDialog.getText(
            self,
            self.tr("Link"),
            self.tr("Link address (leave empty to remove the link):"),
            QLineEdit.EchoMode.Normal,
            current or "",
        )
        if not ok:
            return
        href = url.strip() or None
        label = self.tr("Link") if href else self.tr("Remove link")
        if cursor.hasSelection():
            self._edit("format", label, lambda: restyle(cursor, lambda run: replace(run, href=href)))
        elif href:
            run = replace(run_of(cursor.charFormat()), href=href)
            level = heading_level(cursor.block())
            size = base_size(self.document())
            self._edit("format", label, lambda: cursor.insertText(href, char_format(run, level, size)))

    def set_heading(self, level: int | None) -> None:
        """Make the selected blocks headings of `level` (2-4), or paragraphs with None."""
        if level is None:
            self._convert(self._selected_blocks(), "paragraph", self.tr("Paragraph"))
        else:
            self._convert(self._selected_blocks(), "heading", self.tr("Heading"), level=level)

    def set_list(self, ordered: bool | None) -> None:
        """Make the selected blocks one list (numbered or bulleted), or paragraphs with None."""
        if ordered is None:
            self._convert(self._selected_blocks(), "paragraph", self.tr("Paragraph"))
        else:
            self._convert(self._selected_blocks(), "list", self.tr("List"), ordered=ordered)

    def set_quote(self, on: bool) -> None:
        kind = "quote" if on else "paragraph"
        self._convert(self._selected_blocks(), kind, self.tr("Quote") if on else self.tr("Paragraph"))

    def toggle_paragraph_direction(self) -> None:
        """Flip the direction of the current paragraph(s). Going back to the direction the
        text would have anyway clears the forced one, so it follows the text again."""
        blocks = self._selected_blocks()

        def apply() -> None:
            cursor = QTextCursor(self.document())
            for block in blocks:
                now = forced_direction(block) or strong_direction(block.text()) or self._direction
                flipped = "ltr" if now == "rtl" else "rtl"
                natural = strong_direction(block.text()) or self._direction
                fmt = QTextBlockFormat(block.blockFormat())
                if flipped == natural:
                    fmt.clearProperty(FORCED_DIRECTION)
                else:
                    fmt.setProperty(FORCED_DIRECTION, flipped)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(fmt)
                update_directions(cursor, block, block)

        self._edit("direction", self.tr("Paragraph direction"), apply)

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._command_key(event) or self._navigation_key(event) or self._block_key(event):
            event.accept()
            return
        self._type(event)

    def _command_key(self, event: QKeyEvent) -> bool:
        combo = event.keyCombination()
        commands: list[tuple[bool, Callable[[], object]]] = [
            (event.matches(QKeySequence.StandardKey.Undo), self._stack.undo),
            (event.matches(QKeySequence.StandardKey.Redo), self._stack.redo),
            (event.matches(QKeySequence.StandardKey.Bold), self.toggle_bold),
            (event.matches(QKeySequence.StandardKey.Italic), self.toggle_italic),
            (combo == LINK_KEY, self.edit_link),
            (combo == CODE_KEY, self.toggle_code),
            (combo == DIRECTION_KEY, self.toggle_paragraph_direction),
        ]
        for matched, command in commands:
            if matched:
                command()
                return True
        return False

    def _navigation_key(self, event: QKeyEvent) -> bool:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if not plain or self.textCursor().hasSelection():
            return False
        if event.key() == Qt.Key.Key_Up and self._on_edge_line(first=True):
            self.leave_up.emit()
            return True
        if event.key() == Qt.Key.Key_Down and self._on_edge_line(first=False):
            self.leave_down.emit()
            return True
        return False

    def _block_key(self, event: QKeyEvent) -> bool:
        """Keys that act on the block: slash menu, Markdown shortcuts, Backspace at a block
        start, Enter on an empty list item, quote or heading."""
        cursor = self.textCursor()
        if cursor.hasSelection() or event.modifiers() & (_CTRL | Qt.KeyboardModifier.AltModifier):
            return False
        block = cursor.block()
        key, text = event.key(), event.text()
        formatted = _is_formatted(block)
        if text == "/" and block.length() == 1 and block.textList() is None:
            rect = self.cursorRect(cursor)
            self.slash_menu_requested.emit(self.viewport().mapToGlobal(rect.bottomLeft()))
            return True
        if text == " " and self._markdown_shortcut(cursor):
            return True
        if key == Qt.Key.Key_Backspace and cursor.atBlockStart():
            if formatted:
                self._convert([block], "paragraph", self.tr("Paragraph"))
                return True
            if block == self.document().firstBlock() and block.length() == 1:
                self.backspace_at_start.emit()
                return True
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if formatted and block.length() == 1:
                self._convert([block], "paragraph", self.tr("Paragraph"))
                return True
            if heading_level(block) and cursor.atBlockEnd():
                self._edit("typing", self.tr("Typing"), self._paragraph_after_heading, breaks=True)
                return True
            if event.modifiers() & _SHIFT:
                # A line break inside a paragraph has no place in the model: a new paragraph.
                plain = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "\r")
                self._type(plain)
                return True
        return False

    def _type(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & _CTRL:
            kind, label = "typing", self.tr("Typing")
            before = self.document().characterAt(cursor.position() - 1)
            breaks = cursor.hasSelection() or (
                not text.isspace() and (cursor.atBlockStart() or before.isspace())
            )
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            kind, label, breaks = "edit", self.tr("New paragraph"), True
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            kind, label, breaks = "delete", self.tr("Delete"), cursor.hasSelection()
        else:
            kind, label, breaks = "edit", self.tr("Edit"), True
        self._edit(kind, label, lambda: QTextEdit.keyPressEvent(self, event), breaks=breaks)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        # Arabic keyboards often type through the input method, not key events.
        label = self.tr("Typing")
        self._edit("typing", label, lambda: QTextEdit.inputMethodEvent(self, event), breaks=True)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        # The standard Undo/Redo would step this document alone, behind the stack's back.
        for name, make in (
            ("edit-undo", self._stack.createUndoAction),
            ("edit-redo", self._stack.createRedoAction),
        ):
            for action in menu.actions():
                if action.objectName() == name:
                    replacement = make(menu)
                    replacement.setShortcut(action.shortcut())
                    menu.insertAction(action, replacement)
                    menu.removeAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- clipboard -----------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(BLOCKS_MIME) or source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        blocks = blocks_from_mime(source)
        if not blocks:
            return
        if not all(isinstance(block, TEXT_KINDS) for block in blocks):
            self.paste_blocks.emit(blocks)
            return

        def apply() -> None:
            cursor = self.textCursor()
            cursor.removeSelectedText()
            insert_blocks(cursor, blocks)
            self.setTextCursor(cursor)

        self._edit("paste", self.tr("Paste"), apply)

    def createMimeDataFromSelection(self) -> QMimeData:
        # A plain QMimeData: Qt's own lists only its four formats until read, so ours
        # would be invisible to hasFormat().
        qt_mime = super().createMimeDataFromSelection()
        mime = QMimeData()
        mime.setText(qt_mime.text())
        mime.setHtml(qt_mime.html())
        blocks = _fragment_blocks(self.textCursor())
        mime.setData(BLOCKS_MIME, json.dumps([block_to_json(b) for b in blocks]).encode("utf-8"))
        return mime

    # -- edits and the undo bridge -----------------------------------------------------

    def _edit(self, kind: str, label: str, action: Callable[[], object], *, breaks: bool = True) -> None:
        """Run one user edit as one document edit block, then fix the direction of the
        blocks it touched inside that same block (so one undo reverts both)."""
        if self._depth:
            action()
            return
        self._depth += 1
        self._pending = (label, kind, breaks, self.textCursor().selectionStart())
        self._dirty = None
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        try:
            action()
        finally:
            cursor.endEditBlock()
            self._depth -= 1
            self._fix_directions()
            self._pending = None

    def _fix_directions(self) -> None:
        if self._dirty is None:
            return
        doc = self.document()
        lo, hi = self._dirty
        self._dirty = None
        first = doc.findBlock(lo)
        last = doc.findBlock(min(hi, doc.characterCount() - 1))
        block, wrong = first, False
        while block.isValid() and not wrong:
            wrong = block.blockFormat().layoutDirection() != block_direction(block)
            if block == last:
                break
            block = block.next()
        if not wrong:
            return
        cursor = QTextCursor(doc)
        self._joining = True
        cursor.joinPreviousEditBlock()
        try:
            update_directions(cursor, first, last)
        finally:
            cursor.endEditBlock()
            self._joining = False

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._depth or self._pending is not None:
            lo, hi = position, position + added
            if self._dirty is not None:
                lo, hi = min(lo, self._dirty[0]), max(hi, self._dirty[1])
            self._dirty = (lo, hi)

    def _on_contents_changed(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def _on_undo_command(self) -> None:
        if self._joining:
            return
        label, kind, breaks, start = self._pending or (self.tr("Edit"), "edit", True, 0)
        self._stack.push(
            DocumentStep(
                self.document(),
                label,
                kind,
                start=start,
                end=self.textCursor().position(),
                breaks=breaks,
                replay=self._replay,
                cursor=self.textCursor,
                set_cursor=self.setTextCursor,
            )
        )

    def _replay(self, step: Callable[[], None]) -> None:
        pending, self._pending = self._pending, None
        try:
            step()
        finally:
            self._pending = pending

    # -- block kinds ---------------------------------------------------------------------

    def _markdown_shortcut(self, cursor: QTextCursor) -> bool:
        block = cursor.block()
        prefix = block.text()[: cursor.positionInBlock()]
        target = SHORTCUTS.get(prefix)
        if target is None:
            return False
        kind, value = target
        if _is_formatted(block):
            # Enter in a list already starts the next item; a reporter who types `- ` again
            # out of habit means that item, not a literal dash in front of its text.
            if not _names_own_list(block, kind, value):
                return False

            def drop_marker() -> None:
                marker = QTextCursor(block)
                marker.setPosition(block.position() + len(prefix), QTextCursor.MoveMode.KeepAnchor)
                marker.removeSelectedText()

            self._edit("typing", self.tr("Typing"), drop_marker)
            return True

        def apply() -> None:
            marker = QTextCursor(block)
            marker.setPosition(block.position() + len(prefix), QTextCursor.MoveMode.KeepAnchor)
            marker.removeSelectedText()
            self._convert_now(
                [block],
                kind,
                level=value if isinstance(value, int) and not isinstance(value, bool) else None,
                ordered=value if isinstance(value, bool) else None,
            )

        labels = {"heading": self.tr("Heading"), "list": self.tr("List"), "quote": self.tr("Quote")}
        self._edit("format", labels[kind], apply)
        self._sync_typing_format()
        return True

    def _convert(
        self,
        blocks: list[QTextBlock],
        kind: str,
        label: str,
        *,
        level: int | None = None,
        ordered: bool | None = None,
    ) -> None:
        self._edit("format", label, lambda: self._convert_now(blocks, kind, level=level, ordered=ordered))
        self._sync_typing_format()

    def _convert_now(
        self, blocks: list[QTextBlock], kind: str, *, level: int | None = None, ordered: bool | None = None
    ) -> None:
        if not blocks:
            return
        cursor = QTextCursor(self.document())
        text_list = None
        quote = None
        if kind == "list":
            style = list_format(bool(ordered)).style()
            for candidate in (blocks[0].textList(), blocks[0].previous().textList()):
                if candidate is not None and candidate.format().style() == style:
                    text_list = candidate
                    break
        if kind == "quote":
            quote = quote_id(blocks[0].previous()) or quote_id(blocks[-1].next()) or new_quote_id()
        for block in blocks:
            fmt = block_format(
                level=level if kind == "heading" else None,
                quote=quote,
                forced=forced_direction(block),
            )
            fmt.setLayoutDirection(block.blockFormat().layoutDirection())
            current = block.textList()
            if current is not None and (text_list is None or current.objectIndex() != text_list.objectIndex()):
                current.remove(block)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            if kind == "list":
                if text_list is None:
                    text_list = cursor.createList(list_format(bool(ordered)))
                elif block.textList() is None:
                    text_list.add(block)
            restyle_block(cursor, block)

    def _paragraph_after_heading(self) -> None:
        cursor = self.textCursor()
        fmt = block_format(forced=None)
        cursor.insertBlock(fmt, char_format(Run(""), None, base_size(self.document())))
        self.setTextCursor(cursor)

    def _sync_typing_format(self) -> None:
        """After a block changes kind, what the reporter types next takes the new look."""
        cursor = self.textCursor()
        if cursor.atBlockStart():
            run = run_of(cursor.blockCharFormat())
            self.setCurrentCharFormat(char_format(run, heading_level(cursor.block()), base_size(self.document())))

    def _toggle_mark(self, mark: str, label: str) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            run = run_of(self.currentCharFormat())
            run = _with_mark(run, mark, not getattr(run, mark))
            level = heading_level(cursor.block())
            self.setCurrentCharFormat(char_format(run, level, base_size(self.document())))
            return
        value = not all(getattr(run, mark) for run in selection_runs(cursor))
        self._edit("format", label, lambda: restyle(cursor, lambda run: _with_mark(run, mark, value)))

    # -- helpers -------------------------------------------------------------------------

    def _selected_blocks(self) -> list[QTextBlock]:
        cursor = self.textCursor()
        doc = self.document()
        block = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = [block]
        while block != last and block.isValid():
            block = block.next()
            blocks.append(block)
        return blocks

    def _on_edge_line(self, *, first: bool) -> bool:
        cursor = self.textCursor()
        block = cursor.block()
        doc = self.document()
        if block != (doc.firstBlock() if first else doc.lastBlock()):
            return False
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return True
        line = layout.lineForTextPosition(cursor.positionInBlock())
        if not line.isValid():
            return True
        return line.lineNumber() == (0 if first else layout.lineCount() - 1)

    def _focus_at(self, where: QTextCursor.MoveOperation) -> None:
        cursor = self.textCursor()
        cursor.movePosition(where)
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)


def _with_mark(run: Run, mark: str, value: bool) -> Run:
    if mark == "bold":
        return replace(run, bold=value)
    if mark == "italic":
        return replace(run, italic=value)
    return replace(run, code=value)


def _is_formatted(block: QTextBlock) -> bool:
    return block.textList() is not None or heading_level(block) is not None or quote_id(block) is not None


def _names_own_list(block: QTextBlock, kind: str, value: int | bool | None) -> bool:
    """Whether a typed shortcut names the kind of list the block is already an item of."""
    text_list = block.textList()
    if kind != "list" or text_list is None or not isinstance(value, bool):
        return False
    return text_list.format().style() == list_format(value).style()


def _fragment_blocks(cursor: QTextCursor) -> tuple[Block, ...]:
    if not cursor.hasSelection():
        return ()
    return read_range(cursor.document(), cursor.selectionStart(), cursor.selectionEnd())


def blocks_from_mime(source: QMimeData) -> tuple[Block, ...]:
    """What a clipboard holds, as model blocks: our own blocks, else HTML, else text."""
    if source.hasFormat(BLOCKS_MIME):
        try:
            data = json.loads(bytes(source.data(BLOCKS_MIME).data()).decode("utf-8"))
            return tuple(block_from_json(item) for item in data)
        except (ValueError, KeyError, TypeError):
            pass
    # The codecs load at the first paste, not at start-up (DESIGN.md decision 9).
    from desktop_app.core.codecs.html_in import from_html
    from desktop_app.core.codecs.plaintext_in import from_plain_text

    if source.hasHtml():
        document = from_html(source.html())
    elif source.hasText():
        document = from_plain_text(source.text())
    else:
        return ()
    return _with_title(document)


def _with_title(document: Document) -> tuple[Block, ...]:
    # The importers lift a first heading into the title; in a paste it is still content.
    if document.title.strip():
        return (Heading(Inline.plain(document.title.strip()), 2), *document.blocks)
    return document.blocks

