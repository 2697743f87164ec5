"""The article column: block widgets stacked in one scrolling column.

Consecutive text blocks (headings, paragraphs, quotes, lists) share one prose editor;
each table and each topic list gets its own widget (DESIGN.md decision 1). Widgets are
never destroyed while the undo stack may still reach them: structural commands take a
widget out of the column and keep it, so undoing puts back the very same widget with its
own undo history intact.

Widgets are built lazily: a long article opens with real editors for its first screens and
placeholders (editor/placeholder.py) for the rest, one placeholder for each run of
consecutive groups not built yet. Part of a run becomes its editors when it comes within a
screen of the viewport, when the keyboard moves into it, or when someone asks for
`editors()`: the run is split around what is built. A built editor is never turned back
into a placeholder, so undo commands and document steps always find their widget; the
commands remember places as group indices (every group counts one, built or not), which
building does not change. `slots()` is the column as it is, placeholders included.

Table and topic-list blocks may be linked to the event's agenda tables and topic lists
(`source_id`): their editors show a banner and are read-only. "Detach" is an undo step on
the article's stack; `refresh_linked` brings the copies up to date with the event and is
not one (the article did not change them), and `edit_source_requested` asks the window to
open the event where they are edited.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeGuard, cast

from PySide6.QtCore import QEvent, QObject, QPoint, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

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
from desktop_app.gui.editor.linked_banner import SourceTitle
from desktop_app.gui.editor.placeholder import BlockPlaceholder, HeightEstimator
from desktop_app.gui.editor.text_editor import TextBlocksEditor

if TYPE_CHECKING:
    from desktop_app.gui.editor.table_editor import TableBlockEditor

# The table and topic-list editors (item views, models, commands) are imported the first
# time the column builds one: an article whose first screens hold only prose paints
# without them (DESIGN.md decision 9). Placeholders need only the model blocks.
_TABLE_MODULE = "desktop_app.gui.editor.table_editor"
_TOPIC_MODULE = "desktop_app.gui.editor.topic_editor"

TEXT_KINDS = (Heading, Paragraph, Quote, ListBlock)
# Built up front: the groups that start within the first screen, as tall as the visible
# parent the column opens in (it cannot be taller), or about this many pixels (two tall
# screens) when there is no such parent. Until the first paint, only placeholders the
# viewport shows are built; once the first screen is painted, whatever lies within a
# screen of the viewport, so the next screen is ready long before anyone scrolls to it.
_EAGER_PIXELS = 2400
_DEFAULT_WIDTH = 680


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
    """Puts widgets into the column at a group index (redo) and takes them out again (undo)."""

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
        self.index = column._group_index(widget)

    def redo(self) -> None:
        self.column._take([self.widget])

    def undo(self) -> None:
        self.column._place(self.index, [self.widget])


class _LinkableEditor(Protocol):
    """What the table and topic-list editors offer for linked blocks."""

    def source_id(self) -> int | None: ...

    def set_source_id(self, source_id: int | None) -> None: ...

    def replace_block(self, block: Block) -> None: ...

    def refresh_source_title(self) -> None: ...

    def blocks(self) -> tuple[Block, ...]: ...


class _Detach(QUndoCommand):
    """Make a linked block the article's own copy (redo) and link it again (undo)."""

    def __init__(self, editor: _LinkableEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.source_id = editor.source_id()

    def redo(self) -> None:
        self.editor.set_source_id(None)

    def undo(self) -> None:
        self.editor.set_source_id(self.source_id)


class ArticleColumn(QScrollArea):
    changed = Signal()
    slash_menu_requested = Signal(QPoint)
    edit_source_requested = Signal(str, int)
    """(kind, source id): "table" or "topics" and the id of the event's table or list a
    linked block shows, whose "Edit in event" the reporter pressed."""

    def __init__(
        self,
        blocks: Sequence[Block],
        direction: str,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        source_title: SourceTitle | None = None,
    ) -> None:
        super().__init__(parent)
        self.direction = direction
        self.undo_stack = undo_stack
        # Names the event's tables and lists in the banners of linked blocks (without it
        # they say only "the event's table"); asked when an editor is built or refreshed.
        self._source_title = source_title
        self._editors: list[QWidget] = []
        self._current: QWidget | None = None
        self._armed: QWidget | None = None
        self._building = False
        self._painted = False
        self._build_timer = QTimer(self, singleShot=True, interval=0)
        self._build_timer.timeout.connect(self._scheduled_build)
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
        self._insert_slots(0, self._initial_widgets(group_blocks(blocks), _first_screen(parent)))
        self._ensure_trailing_text()
        self.verticalScrollBar().valueChanged.connect(self._schedule_build)
        container.installEventFilter(self)

    # Content ----------------------------------------------------------------------------

    def editors(self) -> list[QWidget]:
        """Every block widget, built: placeholders left are replaced first."""
        index = 0
        while index < len(self._editors):
            self.materialise(index)
            index += 1
        return list(self._editors)

    def slots(self) -> list[QWidget]:
        """The column as it stands: built editors and placeholders, in order."""
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
            if not isinstance(editor, BlockPlaceholder):
                editor.set_direction(direction)  # type: ignore[attr-defined]

    def current_editor(self) -> QWidget | None:
        if self._current in self._editors:
            return self._current
        return self.materialise(0) if self._editors else None

    def current_text_editor(self) -> TextBlocksEditor | None:
        current = self.current_editor()
        return current if isinstance(current, TextBlocksEditor) else None

    def focus_start(self) -> None:
        if self._editors:
            self.materialise(0).focus_start()  # type: ignore[attr-defined]

    # Where the cursor is ----------------------------------------------------------------

    def cursor_state(self) -> str:
        """Where the cursor is, in model terms so it survives regrouping and lazy building:
        `first block index;text;position`, `…;cell;row;column` or `…;start`."""
        editor = self.current_editor()
        if editor is None:
            return "0;start"
        index = self._editors.index(editor)
        first = sum(_block_count(slot) for slot in self._editors[:index])
        if isinstance(editor, TextBlocksEditor):
            return f"{first};text;{editor.textCursor().position()}"
        if _is_table_editor(editor):
            row, column = editor.current_cell()
            return f"{first};cell;{row};{column}"
        return f"{first};start"

    def restore_cursor(self, state: str) -> bool:
        """Put the cursor back where `cursor_state` found it and scroll it into view; False
        (and the cursor at the start) when the article no longer has that place."""
        try:
            first, kind, *where = state.split(";")
            block, numbers = int(first), [int(n) for n in where]
        except ValueError:
            return False
        start = 0
        for index, slot in enumerate(self._editors):
            groups = slot.groups() if isinstance(slot, BlockPlaceholder) else (slot.blocks(),)  # type: ignore[attr-defined]
            for part, group in enumerate(groups):
                if start == block:
                    editor = self._build(index, part)
                    self._put_cursor(editor, kind, numbers)
                    self.reveal_cursor()
                    QTimer.singleShot(0, self.reveal_cursor)  # again once the layout has settled
                    return True
                start += len(group)
                if start > block:
                    return False
        return False

    def _put_cursor(self, editor: QWidget, kind: str, numbers: list[int]) -> None:
        if kind == "text" and isinstance(editor, TextBlocksEditor) and numbers:
            cursor = editor.textCursor()
            cursor.setPosition(max(0, min(numbers[0], editor.document().characterCount() - 1)))
            editor.setTextCursor(cursor)
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        elif kind == "cell" and _is_table_editor(editor) and len(numbers) == 2:
            editor.set_current_cell(numbers[0], numbers[1])
            editor.view().setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            editor.focus_start()  # type: ignore[attr-defined]
        self._current = editor

    def reveal_cursor(self) -> None:
        """Scroll the column so the cursor is in view, about a third down the viewport."""
        editor = self.current_editor()
        if editor is None or not self.isVisible():
            return
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if isinstance(editor, TextBlocksEditor):
            spot, inner = editor.cursorRect().center(), editor.viewport()
        elif _is_table_editor(editor):
            view = editor.view()
            spot, inner = view.visualRect(view.currentIndex()).center(), view.viewport()
        else:
            spot, inner = editor.rect().topLeft(), editor
        page = self.widget()
        assert page is not None
        for _ in range(2):  # again after building what came into view moved it
            point = inner.mapTo(page, spot)
            self.ensureVisible(point.x(), point.y(), 0, self.viewport().height() // 3)
            self.build_near_viewport()

    # Lazy building ----------------------------------------------------------------------

    def _initial_widgets(self, groups: list[list[Block]], eager_pixels: int) -> list[QWidget]:
        estimate = HeightEstimator(self.fontMetrics(), _DEFAULT_WIDTH)
        widgets: list[QWidget] = []
        pixels = 0
        for number, group in enumerate(groups):
            if pixels >= eager_pixels:
                # Everything after the first screen: one placeholder for the whole run.
                rest = groups[number:]
                widgets.append(self._placeholder(rest, [estimate(g) for g in rest]))
                break
            widgets.append(self._make_editor(group))
            pixels += estimate(group)
        return widgets

    def _placeholder(self, groups: Sequence[Sequence[Block]], heights: Sequence[int]) -> BlockPlaceholder:
        return BlockPlaceholder(groups, heights, self._layout.spacing())

    def materialise(self, index: int) -> QWidget:
        """The real editor at `index`, built now if a placeholder stood there (for a
        placeholder holding a run of groups, its first group: the rest of the run stays a
        placeholder, right after the new editor)."""
        return self._build(index, 0)

    def _build(self, index: int, part: int) -> QWidget:
        """The editor for group `part` of the slot at `index` (a built editor is its own
        only group). A run is split around it: the groups before it stay one placeholder at
        `index`, those after it another after the editor."""
        slot = self._editors[index]
        if not isinstance(slot, BlockPlaceholder):
            return slot
        groups, heights = slot.groups(), slot.heights()
        part = part % len(groups)
        editor = self._make_editor(list(groups[part]))
        pieces: list[QWidget] = []
        if part:
            pieces.append(self._placeholder(groups[:part], heights[:part]))
        pieces.append(editor)
        if part + 1 < len(groups):
            pieces.append(self._placeholder(groups[part + 1 :], heights[part + 1 :]))
        self._replace_slot(index, pieces)
        return editor

    def _replace_slot(self, index: int, pieces: list[QWidget]) -> None:
        """Put `pieces` where the placeholder at `index` stands, and drop the placeholder."""
        slot = self._editors[index]
        self._editors[index : index + 1] = pieces
        self._layout.replaceWidget(slot, pieces[0])
        for offset, piece in enumerate(pieces[1:], start=1):
            self._layout.insertWidget(index + offset, piece)
        slot.hide()
        slot.deleteLater()
        for piece in pieces:
            piece.show()

    def placeholder_count(self) -> int:
        """How many placeholders the column holds: each stands for a run of groups."""
        return sum(isinstance(slot, BlockPlaceholder) for slot in self._editors)

    def _group_index(self, widget: QWidget) -> int:
        """Where `widget` stands, counting every group before it once, built or not."""
        count = 0
        for slot in self._editors:
            if slot is widget:
                return count
            count += _group_count(slot)
        raise ValueError("not in the column")

    def _group_total(self) -> int:
        return sum(_group_count(slot) for slot in self._editors)

    def _slot_for_group(self, group: int) -> int:
        """The slot index at which group index `group` starts, splitting a placeholder run
        when the group falls inside it."""
        count = 0
        for index, slot in enumerate(self._editors):
            if count >= group:
                return index
            size = _group_count(slot)
            if count + size > group:
                assert isinstance(slot, BlockPlaceholder)
                cut = group - count
                groups, heights = slot.groups(), slot.heights()
                self._replace_slot(
                    index,
                    [self._placeholder(groups[:cut], heights[:cut]), self._placeholder(groups[cut:], heights[cut:])],
                )
                return index + 1
            count += size
        return len(self._editors)

    def _schedule_build(self) -> None:
        if not self._building:
            self._build_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule_build()

    def _scheduled_build(self) -> None:
        # Before the first paint, only what the reader will see on it; then the rest.
        if self._painted:
            self.build_near_viewport()
        else:
            self._build_visible()

    def _build_visible(self) -> None:
        """Replace the placeholders the viewport shows now (the eager build at opening
        covers the first screen when the height estimates hold; this makes sure)."""
        if self._building or not self.isVisible():
            return
        if self._settle_heights():
            QApplication.sendPostedEvents(self.widget(), QEvent.Type.LayoutRequest)
            self._layout.activate()
        self._build_around(0, 0)

    def _settle_heights(self) -> bool:
        """Lay out now, at their current width, the prose editors that reach into the
        viewport: a text editor lays its document out only when its own resize arrives,
        until then it is one line tall and a placeholder below it would look visible. The
        editor then finds the document already at its width and does not lay it out again.
        True when a height changed."""
        bottom = self.verticalScrollBar().value() + self.viewport().height()
        changed = False
        for slot in self._editors:
            if slot.y() >= bottom:
                break
            if isinstance(slot, TextBlocksEditor) and slot.document().textWidth() != slot.width():
                before = slot.height()
                slot.document().setTextWidth(slot.width())
                changed = changed or slot.height() != before
        return changed

    def build_near_viewport(self) -> None:
        """Replace the placeholders within a screen of the viewport. Those above it change
        the height of what is above the reader's eyes: the scroll position makes up for it,
        so the text being read stays put."""
        height = self.viewport().height()
        reach = max(height, 200)
        self._build_around(reach, 2 * reach - height)

    def _build_around(self, above: int, below: int) -> None:
        """Replace the placeholders that reach into the viewport widened by `above` pixels
        up and `below` pixels down."""
        if self._building or not self.isVisible():
            return
        self._building = True
        try:
            bar = self.verticalScrollBar()
            top = bar.value()
            bottom = top + self.viewport().height()
            # Positions from the layout as it stands, then build from the bottom up, so
            # splitting a run does not move the slots still to be built.
            wanted: list[tuple[int, int, int, int]] = []  # slot index, part, y, estimate
            for index, slot in enumerate(self._editors):
                if not isinstance(slot, BlockPlaceholder):
                    continue
                if slot.y() + slot.height() <= top - above or slot.y() >= bottom + below:
                    continue
                for part, (offset, height) in enumerate(zip(slot.offsets(), slot.heights(), strict=True)):
                    y = slot.y() + offset
                    if y + height <= top - above or y >= bottom + below:
                        continue
                    wanted.append((index, part, y, height))
            shift = 0
            for index, part, y, height in reversed(wanted):
                editor = self._build(index, part)
                if y + height <= top:
                    shift += _expected_height(editor) - height
            if shift:
                # Lay the container out now, so the scroll range already fits the new heights.
                QApplication.sendPostedEvents(self.widget(), QEvent.Type.LayoutRequest)
                self._layout.activate()
                bar.setValue(top + shift)
        finally:
            self._building = False

    # Linked blocks ----------------------------------------------------------------------

    def linked_sources(self) -> set[tuple[str, int]]:
        """The event tables ("table", id) and lists ("topics", id) the article links to."""
        return {
            (block.kind, block.source_id)
            for block in self.blocks()
            if isinstance(block, TableBlock | TopicListBlock) and block.source_id is not None
        }

    def detach(self, editor: QWidget) -> None:
        """Make the linked block of `editor` the article's own copy, as one undo step."""
        if editor in self._editors and _linked_editor(editor) is not None:
            self.undo_stack.push(_Detach(cast(_LinkableEditor, editor), self.tr("Detach from event")))

    def refresh_linked(self, current: Callable[[Block], Block]) -> bool:
        """Replace every linked block, built or still in a placeholder, with `current(block)`
        (the event's content now; detached when its source is gone). No undo step: the
        article did not make the change. Prose editors are not touched, so their cursors
        stay. True, and `changed` once, when a block changed."""
        changed = False
        estimate: HeightEstimator | None = None
        for index, slot in enumerate(list(self._editors)):
            if isinstance(slot, BlockPlaceholder):
                groups = slot.groups()
                fresh = tuple(tuple(_refreshed(block, current) for block in group) for group in groups)
                if fresh == groups:
                    continue
                estimate = estimate or HeightEstimator(self.fontMetrics(), _DEFAULT_WIDTH)
                heights = [
                    height if new == old else estimate(new)
                    for old, new, height in zip(groups, fresh, slot.heights(), strict=True)
                ]
                self._replace_slot(index, [self._placeholder(fresh, heights)])
                changed = True
                continue
            editor = _linked_editor(slot)
            if editor is None:
                continue
            (block,) = editor.blocks()
            new = _refreshed(block, current)
            if new != block:
                editor.replace_block(new)
                changed = True
            else:
                editor.refresh_source_title()  # the content is the same; the title may not be
        if changed:
            self.changed.emit()
        return changed

    # Building ---------------------------------------------------------------------------

    def _make_editor(self, group: Sequence[Block]) -> QWidget:
        first = group[0]
        editor: QWidget
        if isinstance(first, TableBlock | TopicListBlock):
            if isinstance(first, TableBlock):
                from desktop_app.gui.editor.table_editor import TableBlockEditor

                editor = TableBlockEditor(first, self.direction, self.undo_stack, source_title=self._source_title)
            else:
                from desktop_app.gui.editor.topic_editor import TopicListEditor

                editor = TopicListEditor(first, self.direction, self.undo_stack, source_title=self._source_title)
            editor.detach_requested.connect(lambda e=editor: self.detach(e))
            editor.edit_source_requested.connect(self.edit_source_requested)
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

    def _place(self, group: int, widgets: list[QWidget]) -> None:
        """Put `widgets` into the column at group index `group` (see `_group_index`)."""
        self._insert_slots(self._slot_for_group(group), widgets)

    def _insert_slots(self, index: int, widgets: list[QWidget]) -> None:
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
        if not self._editors or not _is_text(self._editors[-1]):
            self._insert_slots(len(self._editors), [self._make_editor([Paragraph(_empty())])])

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
        group = self._group_index(current) + 1 if current is not None else self._group_total()
        self.undo_stack.push(_PlaceWidgets(self, group, new_widgets, self.tr("Insert block")))
        self.undo_stack.endMacro()
        new_widgets[0].focus_start()  # type: ignore[attr-defined]
        return new_widgets[0]

    def paste_blocks(self, editor: TextBlocksEditor, blocks: Sequence[Block]) -> None:
        """Pasted text that holds tables: text joins the editor at the cursor, tables and
        topic lists become their own widgets after it, the rest of the text follows."""
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
        self.undo_stack.push(_PlaceWidgets(self, self._group_index(editor) + 1, widgets, self.tr("Paste")))
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
            # Into a run from below: its last group; from above: its first.
            target = self._build(index, -1 if step < 0 else 0)
            if step < 0:
                target.focus_end()  # type: ignore[attr-defined]
            else:
                target.focus_start()  # type: ignore[attr-defined]
            self.ensureWidgetVisible(target.focusWidget() or target, 0, 40)

    def _arm_previous(self, editor: QWidget) -> None:
        """Backspace at the start of the text after a table: select that table, so a second
        Backspace (or Delete) removes it, with undo."""
        index = self._editors.index(editor)
        if index == 0 or _is_text(self._editors[index - 1]):
            return
        self._armed = self._build(index - 1, -1)
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
        kind = event.type()
        if watched is self.widget():
            if kind == QEvent.Type.Resize:
                if not self._painted:
                    # Laid out, not painted yet: what the first paint shows must be built.
                    self._build_visible()
                self._schedule_build()
            return False
        if kind == QEvent.Type.Paint:
            if not self._painted:
                # The first screen is being painted: build the rest of the reach after it.
                self._painted = True
                self._schedule_build()
            return False
        if kind == QEvent.Type.FocusIn:
            owner = self._owner(watched)
            if owner is not None:
                self._current = owner
                if owner is not self._armed:
                    self._disarm()
        elif kind == QEvent.Type.KeyPress and self._armed is not None:
            owner = self._owner(watched)
            key = event.key() if isinstance(event, QKeyEvent) else None
            if owner is self._armed and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                armed = self._armed
                index = self._editors.index(armed)
                self._disarm()
                self.remove_editor(armed)
                if index < len(self._editors):
                    self.materialise(index).focus_start()  # type: ignore[attr-defined]
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


def _refreshed(block: Block, current: Callable[[Block], Block]) -> Block:
    linked = isinstance(block, TableBlock | TopicListBlock) and block.source_id is not None
    return current(block) if linked else block


def _linked_editor(widget: QWidget) -> _LinkableEditor | None:
    """`widget` when it is a table or topic-list editor showing a linked block."""
    for module_name, class_name in ((_TABLE_MODULE, "TableBlockEditor"), (_TOPIC_MODULE, "TopicListEditor")):
        # As in _is_table_editor: no such editor exists before its module is imported.
        module = sys.modules.get(module_name)
        if module is not None and isinstance(widget, getattr(module, class_name)):
            editor = cast(_LinkableEditor, widget)
            return editor if editor.source_id() is not None else None
    return None


def _block_count(slot: QWidget) -> int:
    return len(slot.blocks())  # type: ignore[attr-defined]


def _group_count(slot: QWidget) -> int:
    return slot.group_count() if isinstance(slot, BlockPlaceholder) else 1


def _first_screen(parent: QWidget | None) -> int:
    """How many pixels of article to build up front (see _EAGER_PIXELS)."""
    if parent is not None and parent.isVisible() and parent.height() > 0:
        return parent.height()
    return _EAGER_PIXELS


def _is_table_editor(widget: QWidget | None) -> TypeGuard[TableBlockEditor]:
    # No table editor can exist before its module is imported, so there is no need to.
    module = sys.modules.get(_TABLE_MODULE)
    return module is not None and isinstance(widget, module.TableBlockEditor)


def _is_text(widget: QWidget) -> bool:
    # The last group of a run: callers ask about what touches the slot below it.
    if isinstance(widget, BlockPlaceholder):
        return widget.ends_in_text()
    return isinstance(widget, TextBlocksEditor)


def _expected_height(editor: QWidget) -> int:
    # Text editors fix their height to their content at once; item views know their hint.
    if editor.minimumHeight() == editor.maximumHeight():
        return editor.minimumHeight()
    return editor.sizeHint().height()


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
