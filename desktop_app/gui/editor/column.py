"""The article column: block widgets stacked in one scrolling column.

Consecutive text blocks (headings, paragraphs, quotes, lists) share one prose editor;
each table and each topic list gets its own widget (DESIGN.md decision 1). Widgets are
never destroyed while the undo stack may still reach them: structural commands take a
widget out of the column and keep it, so undoing puts back the very same widget with its
own undo history intact.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QSizeF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.core.document import (
    Block,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    TableBlock,
    TopicListBlock,
)
from desktop_app.core.inline import Inline
from desktop_app.gui.editor.table_editor import TableBlockEditor
from desktop_app.gui.editor.text_editor import TextBlocksEditor
from desktop_app.gui.editor.topic_editor import TopicListEditor

TEXT_KINDS = (Heading, Paragraph, Quote, ListBlock)


def group_blocks(blocks: Sequence[Block]) -> list[list[Block]]:
    """Runs of text blocks stay together; every table and topic list stands alone."""
    groups: list[list[Block]] = []
    for block in blocks:
        if isinstance(block, TEXT_KINDS) and groups and isinstance(groups[-1][0], TEXT_KINDS):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


class _PlaceWidgets(QUndoCommand):
    """Puts widgets into the column at an index (redo) and takes them out again (undo)."""

    def __init__(self, column: ArticleColumn, index: int, widgets: list[QWidget], text: str) -> None:
        super().__init__(text)
        self.column = column
        self.index = index
        self.widgets = widgets

    def redo(self) -> None:
        self.column._place(self.index, self.widgets)

    def undo(self) -> None:
        self.column._take(self.widgets)


class _TakeWidget(QUndoCommand):
    def __init__(self, column: ArticleColumn, widget: QWidget, text: str) -> None:
        super().__init__(text)
        self.column = column
        self.widget = widget
        self.index = column.editors().index(widget)

    def redo(self) -> None:
        self.column._take([self.widget])

    def undo(self) -> None:
        self.column._place(self.index, [self.widget])


class ArticleColumn(QScrollArea):
    changed = Signal()
    slash_menu_requested = Signal(QPoint)

    def __init__(
        self, blocks: Sequence[Block], direction: str, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.direction = direction
        self.undo_stack = undo_stack
        self._editors: list[QWidget] = []
        self._current: QWidget | None = None
        self._armed: QWidget | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        container = QWidget()
        container.setObjectName("articleColumn")
        # The page is paper-coloured, so prose widgets and tables read as one document.
        container.setBackgroundRole(QPalette.ColorRole.Base)
        container.setAutoFillBackground(True)
        self._layout = QVBoxLayout(container)
        self._layout.setContentsMargins(24, 16, 24, 24)
        self._layout.setSpacing(12)
        self._layout.addStretch(1)
        self.setWidget(container)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.set_direction(direction)
        widgets = [self._make_editor(group) for group in group_blocks(blocks)]
        self._place(0, widgets)
        self._ensure_trailing_text()

    # Content ----------------------------------------------------------------------------

    def editors(self) -> list[QWidget]:
        return list(self._editors)

    def blocks(self) -> tuple[Block, ...]:
        result: list[Block] = []
        for editor in self._editors:
            result.extend(editor.blocks())  # type: ignore[attr-defined]
        return tuple(result)

    def set_direction(self, direction: str) -> None:
        self.direction = direction
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
        )
        for editor in self._editors:
            editor.set_direction(direction)  # type: ignore[attr-defined]

    def current_editor(self) -> QWidget | None:
        return self._current if self._current in self._editors else (self._editors[0] if self._editors else None)

    def current_text_editor(self) -> TextBlocksEditor | None:
        current = self.current_editor()
        return current if isinstance(current, TextBlocksEditor) else None

    def focus_start(self) -> None:
        if self._editors:
            self._editors[0].focus_start()  # type: ignore[attr-defined]

    # Building ---------------------------------------------------------------------------

    def _make_editor(self, group: Sequence[Block]) -> QWidget:
        first = group[0]
        editor: QWidget
        if isinstance(first, TableBlock):
            editor = TableBlockEditor(first, self.direction, self.undo_stack)
        elif isinstance(first, TopicListBlock):
            editor = TopicListEditor(first, self.direction, self.undo_stack)
        else:
            editor = TextBlocksEditor(list(group), self.direction, self.undo_stack)
            _fit_to_content(editor)
            editor.paste_blocks.connect(lambda blocks, e=editor: self.paste_blocks(e, blocks))
            editor.slash_menu_requested.connect(self.slash_menu_requested)
            editor.backspace_at_start.connect(lambda e=editor: self._arm_previous(e))
        editor.changed.connect(self.changed)
        editor.leave_up.connect(lambda e=editor: self._move_focus(e, -1))
        editor.leave_down.connect(lambda e=editor: self._move_focus(e, +1))
        editor.installEventFilter(self)
        for child in editor.findChildren(QWidget):
            child.installEventFilter(self)
        return editor

    def _place(self, index: int, widgets: list[QWidget]) -> None:
        for offset, widget in enumerate(widgets):
            self._editors.insert(index + offset, widget)
            self._layout.insertWidget(index + offset, widget)
            widget.show()
        self.changed.emit()

    def _take(self, widgets: list[QWidget]) -> None:
        for widget in widgets:
            if widget in self._editors:
                self._editors.remove(widget)
                self._layout.removeWidget(widget)
                widget.hide()
                widget.setParent(None)
        if self._armed in widgets:
            self._disarm()
        self.changed.emit()

    def _ensure_trailing_text(self) -> None:
        # The reporter can always type after the last table or list.
        if not self._editors or not isinstance(self._editors[-1], TextBlocksEditor):
            self._place(len(self._editors), [self._make_editor([Paragraph(_empty())])])

    # Structure --------------------------------------------------------------------------

    def insert_block(self, block: Block) -> QWidget:
        """Insert a table or topic list (or text) where the cursor is, as one undo step."""
        current = self.current_editor()
        index = self._editors.index(current) + 1 if current is not None else len(self._editors)
        new_widgets = [self._make_editor([block])]
        self.undo_stack.beginMacro(self.tr("Insert block"))
        if isinstance(current, TextBlocksEditor):
            tail = self._split_off_tail(current)
            if tail is not None:
                new_widgets.append(tail)
        if index == len(self._editors) and not isinstance(new_widgets[-1], TextBlocksEditor):
            new_widgets.append(self._make_editor([Paragraph(_empty())]))
        self.undo_stack.push(_PlaceWidgets(self, index, new_widgets, self.tr("Insert block")))
        self.undo_stack.endMacro()
        new_widgets[0].focus_start()  # type: ignore[attr-defined]
        return new_widgets[0]

    def paste_blocks(self, editor: TextBlocksEditor, blocks: Sequence[Block]) -> None:
        """Pasted text that holds tables: text joins the editor at the cursor, tables and
        topic lists become their own widgets after it, the rest of the text follows."""
        index = self._editors.index(editor) + 1
        self.undo_stack.beginMacro(self.tr("Paste"))
        tail = self._split_off_tail(editor)
        groups = group_blocks(blocks)
        if groups and isinstance(groups[0][0], TEXT_KINDS):
            editor.insert_text_blocks(groups.pop(0))
        widgets = [self._make_editor(group) for group in groups]
        if tail is not None:
            widgets.append(tail)
        elif not widgets or not isinstance(widgets[-1], TextBlocksEditor):
            widgets.append(self._make_editor([Paragraph(_empty())]))
        self.undo_stack.push(_PlaceWidgets(self, index, widgets, self.tr("Paste")))
        self.undo_stack.endMacro()
        widgets[-1].focus_end()  # type: ignore[attr-defined]

    def remove_editor(self, widget: QWidget) -> None:
        if widget not in self._editors:
            return
        self.undo_stack.push(_TakeWidget(self, widget, self.tr("Delete block")))

    def _split_off_tail(self, editor: TextBlocksEditor) -> TextBlocksEditor | None:
        """Move the text after the cursor into a new editor (the cut is one undo step)."""
        tail = editor.cut_tail()
        return self._make_editor(list(tail)) if tail else None  # type: ignore[return-value]

    # Keyboard flow ----------------------------------------------------------------------

    def _move_focus(self, editor: QWidget, step: int) -> None:
        if editor not in self._editors:
            return
        index = self._editors.index(editor) + step
        if 0 <= index < len(self._editors):
            target = self._editors[index]
            if step < 0:
                target.focus_end()  # type: ignore[attr-defined]
            else:
                target.focus_start()  # type: ignore[attr-defined]
            self.ensureWidgetVisible(target.focusWidget() or target, 0, 40)

    def _arm_previous(self, editor: QWidget) -> None:
        """Backspace at the start of the text after a table: select that table, so a second
        Backspace (or Delete) removes it, with undo."""
        index = self._editors.index(editor)
        if index == 0 or isinstance(self._editors[index - 1], TextBlocksEditor):
            return
        self._armed = self._editors[index - 1]
        self._armed.setProperty("armed", True)
        self._armed.setObjectName(self._armed.objectName() or "armedBlock")
        self._armed.setStyleSheet(f"#{self._armed.objectName()} {{ border: 2px solid palette(highlight); }}")
        self._armed.focus_end()  # type: ignore[attr-defined]

    def _disarm(self) -> None:
        if self._armed is not None:
            self._armed.setProperty("armed", False)
            self._armed.setStyleSheet("")
        self._armed = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            owner = self._owner(watched)
            if owner is not None:
                self._current = owner
                if owner is not self._armed:
                    self._disarm()
        elif event.type() == QEvent.Type.KeyPress and self._armed is not None:
            owner = self._owner(watched)
            key = event.key() if isinstance(event, QKeyEvent) else None
            if owner is self._armed and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                armed = self._armed
                index = self._editors.index(armed)
                self._disarm()
                self.remove_editor(armed)
                if index < len(self._editors):
                    self._editors[index].focus_start()  # type: ignore[attr-defined]
                return True
            self._disarm()
        return super().eventFilter(watched, event)

    def _owner(self, watched: QObject) -> QWidget | None:
        node: QObject | None = watched
        while node is not None:
            if node in self._editors:
                return node
            node = node.parent()
        return None


def _empty() -> Inline:
    return Inline()


def _fit_to_content(editor: TextBlocksEditor) -> None:
    """The prose takes the height of its text, with no scrollbar of its own: the column is
    what scrolls, so the article reads as one page."""
    editor.setFrameShape(QFrame.Shape.NoFrame)
    editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit(size: QSizeF) -> None:
        margins = editor.contentsMargins()
        height = int(size.height()) + margins.top() + margins.bottom() + 2
        editor.setFixedHeight(max(height, editor.fontMetrics().lineSpacing() + 12))

    layout = editor.document().documentLayout()
    layout.documentSizeChanged.connect(fit)
    fit(layout.documentSize())
