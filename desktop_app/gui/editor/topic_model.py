"""The item model behind a topic-list block: one row per topic, edits through undo.

Every change a user makes (in-place edit, drop, the editor's buttons) is pushed on the
article's QUndoStack as a command; the commands call back the `apply_*` methods, which
are the only code that mutates the rows. So undo, redo and the first do share one path.

A freshly added row is *pending*: it is empty, so it is not part of the block yet
(`blocks()` never keeps empty topics). It becomes an "Add topic" command when its first
text is committed, and disappears silently when the reporter leaves it empty.

A list linked to an event's topic list (`source_id` set) is read-only here: its topics
belong to the event, so every user edit (the methods below that push commands, drops, new
rows) is refused. Undo and redo of earlier steps still work, and `replace` takes in the
event's current content without an undo step.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from desktop_app.core.arabic import direction_of
from desktop_app.core.document import TopicListBlock
from desktop_app.core.inline import Inline, Run
from desktop_app.gui.editor.topic_commands import (
    EditTopic,
    InsertTopics,
    MoveTopics,
    RemoveTopics,
    RenameTopicList,
    SetOrdered,
)

MIME_TYPE = "application/x-hadath-topic-rows"
# Undo texts: lupdate reads `translate("TopicListEditor", "...")` calls, the editor's context.
translate = QCoreApplication.translate
ModelIndex = QModelIndex | QPersistentModelIndex


def retext(old: Inline, new_text: str) -> Inline:
    """`old` with its text replaced by `new_text`, keeping the marks of the unchanged
    start and end: fixing a typo in a bold topic must not drop the bold."""
    old_text = old.text
    if new_text == old_text:
        return old
    if not old.runs:
        return Inline.plain(new_text)
    limit = min(len(old_text), len(new_text))
    prefix = 0
    while prefix < limit and old_text[prefix] == new_text[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old_text[-1 - suffix] == new_text[-1 - suffix]:
        suffix += 1
    middle = new_text[prefix : len(new_text) - suffix]
    # Typed text takes the marks of the letter before it, as in a word processor.
    carrier = _run_at(old.runs, max(prefix - 1, 0))
    runs = [
        *_slice(old.runs, 0, prefix),
        replace(carrier, text=middle),
        *_slice(old.runs, len(old_text) - suffix, len(old_text)),
    ]
    return Inline.of(runs)


def _run_at(runs: Sequence[Run], position: int) -> Run:
    start = 0
    for run in runs:
        if position < start + len(run.text):
            return run
        start += len(run.text)
    return runs[-1]


def _slice(runs: Sequence[Run], begin: int, end: int) -> list[Run]:
    out: list[Run] = []
    start = 0
    for run in runs:
        stop = start + len(run.text)
        lo, hi = max(begin, start), min(end, stop)
        if lo < hi:
            out.append(replace(run, text=run.text[lo - start : hi - start]))
        start = stop
    return out


class TopicListModel(QAbstractListModel):
    """The topics of one block. Display and edit roles carry the plain text; the item's
    alignment comes from its own first strong letter (DESIGN.md decision 4)."""

    content_changed = Signal()
    title_changed = Signal(str)
    ordered_changed = Signal(bool)
    # A row an undo/redo touched: the view makes it current so the reporter sees it.
    row_touched = Signal(int)

    def __init__(self, block: TopicListBlock, undo_stack: QUndoStack, direction: str = "rtl",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Inline] = [item for item in block.items if item.text.strip()]
        self._title = block.title
        self._ordered = block.ordered
        self._source_id = block.source_id
        self._direction = direction
        self._stack = undo_stack
        self._pending: QPersistentModelIndex | None = None

    # -- reading --------------------------------------------------------------------

    @property
    def title(self) -> str:
        return self._title

    @property
    def ordered(self) -> bool:
        return self._ordered

    @property
    def source_id(self) -> int | None:
        return self._source_id

    def is_linked(self) -> bool:
        return self._source_id is not None

    def set_source_id(self, source_id: int | None) -> None:
        """Link or detach (the column's undoable Detach); the topics stay as they are."""
        self.discard_pending()
        self._source_id = source_id
        if self._items:
            # Flags and tooltips follow the link.
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def replace(self, block: TopicListBlock) -> None:
        """Show `block` (the event's current list) with no undo step: the article did not
        edit it. The editor hears of the new title and style through their signals."""
        self.beginResetModel()
        self._pending = None
        self._items = [item for item in block.items if item.text.strip()]
        self._title = block.title
        self._ordered = block.ordered
        self._source_id = block.source_id
        self.endResetModel()
        self.title_changed.emit(self._title)
        self.ordered_changed.emit(self._ordered)

    @property
    def direction(self) -> str:
        return self._direction

    def items(self) -> tuple[Inline, ...]:
        return tuple(item for item in self._items if item.text.strip())

    def block(self) -> TopicListBlock:
        return TopicListBlock(self.items(), title=self._title, ordered=self._ordered,
                              source_id=self._source_id)

    def item_at(self, row: int) -> Inline:
        return self._items[row]

    def item_direction(self, row: int) -> str:
        return direction_of(self._items[row].text, self._direction)

    def is_pending(self, row: int) -> bool:
        return self._pending is not None and self._pending.isValid() and self._pending.row() == row

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self.is_linked():
            return linked_hint()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._items[index.row()].text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            rtl = self.item_direction(index.row()) == "rtl"
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            # Absolute: the side is the text's own, not mirrored again by the view.
            return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if self.is_linked():
            # Selectable (to read and copy), never edited, dragged or dropped onto.
            if not index.isValid():
                return Qt.ItemFlag.NoItemFlags
            return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if not index.isValid():
            # Drops land between rows only, never onto a topic.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    # -- user edits: each one is a command on the undo stack ------------------------

    def setData(self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.is_linked():
            return False
        row, text = index.row(), str(value or "").strip()
        if self.is_pending(row):
            # Left empty, the row stays pending: closing its editor discards it.
            if text:
                self._pending = None
                label = translate("TopicListEditor", "Add topic")
                self._stack.push(InsertTopics(self, row, [Inline.plain(text)], label, already_there=True))
            return True
        if self._pending is not None:
            # Commands store row numbers: no unsaved row may shift them later.
            target = QPersistentModelIndex(index)
            self.discard_pending()
            row = target.row()
        old = self._items[row]
        if text == old.text:
            return True
        if not text:
            self._stack.push(RemoveTopics(self, [row], translate("TopicListEditor", "Remove topic")))
        else:
            self._stack.push(EditTopic(self, row, old, retext(old, text), translate("TopicListEditor", "Edit topic")))
        return True

    def add_pending(self, row: int) -> QModelIndex:
        """An empty row at `row`, ready for the editor; not a block change yet. An
        invalid index (no row) while the list is linked."""
        if self.is_linked():
            return QModelIndex()
        self.discard_pending()
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, Inline())
        self.endInsertRows()
        index = self.index(row)
        self._pending = QPersistentModelIndex(index)
        return index

    def discard_pending(self) -> None:
        if self._pending is not None and self._pending.isValid():
            row = self._pending.row()
            self._pending = None
            self._drop_row(row)
        self._pending = None

    def remove_topics(self, rows: Sequence[int]) -> None:
        if self.is_linked():
            return
        targets = [QPersistentModelIndex(self.index(r)) for r in rows if 0 <= r < len(self._items)]
        self.discard_pending()
        real = sorted({t.row() for t in targets if t.isValid()})
        if real:
            self._stack.push(RemoveTopics(self, real, translate("TopicListEditor", "Remove topic")))

    def move_topics(self, rows: Sequence[int], destination: int) -> bool:
        """Move `rows` so they sit, in order, before what is now row `destination`."""
        if self.is_linked():
            return False
        self.discard_pending()
        rows = sorted({r for r in rows if 0 <= r < len(self._items)})
        if not rows:
            return False
        order = _moved_order(len(self._items), rows, destination)
        if order == list(range(len(self._items))):
            return False
        self._stack.push(MoveTopics(self, order, rows[0], translate("TopicListEditor", "Move topic")))
        return True

    def rename(self, title: str, session: int = 0) -> None:
        if title != self._title and not self.is_linked():
            label = translate("TopicListEditor", "Rename topic list")
            self._stack.push(RenameTopicList(self, self._title, title, label, session))

    def set_ordered(self, ordered: bool) -> None:
        if ordered != self._ordered and not self.is_linked():
            if ordered:
                text = translate("TopicListEditor", "Number topics")
            else:
                text = translate("TopicListEditor", "Bullet topics")
            self._stack.push(SetOrdered(self, ordered, text))

    def set_direction(self, direction: str) -> None:
        self._direction = direction
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1),
                                  [Qt.ItemDataRole.TextAlignmentRole])

    # -- drag and drop: an internal move, through the same command as Alt+Up/Down ---

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        # The model's identity keeps a drag from one topic list out of another.
        payload = json.dumps({"model": id(self), "rows": rows})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(payload.encode()))
        mime.setText("\n".join(self._items[r].text for r in rows))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: ModelIndex) -> bool:
        return action == Qt.DropAction.MoveAction and not self.is_linked() and self._decode_rows(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: ModelIndex) -> bool:
        rows = self._decode_rows(data)
        if action != Qt.DropAction.MoveAction or rows is None:
            return False
        if parent.isValid():  # dropped onto an item: land before it
            row = parent.row()
        if row < 0:
            row = len(self._items)
        self.move_topics(rows, row)
        # Moved already, in one undo step. False keeps the view from removing the "source"
        # rows after a move drop. (No moveRows on purpose: QListView would then move a
        # multi-row drop one row, and one undo step, at a time.)
        return False

    def _decode_rows(self, data: QMimeData) -> list[int] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return None
        if not isinstance(payload, dict) or payload.get("model") != id(self):
            return None
        return [r for r in payload.get("rows", []) if isinstance(r, int) and 0 <= r < len(self._items)]

    # -- the only mutators, called by the commands ----------------------------------

    def apply_insert(self, row: int, items: Sequence[Inline]) -> None:
        self.beginInsertRows(QModelIndex(), row, row + len(items) - 1)
        self._items[row:row] = list(items)
        self.endInsertRows()
        self._touched(row)

    def apply_fill(self, row: int, item: Inline) -> None:
        """The pending row at `row` gets its first text (the first do of an add)."""
        self._items[row] = item
        self.dataChanged.emit(self.index(row), self.index(row))
        self._touched(row)

    def apply_remove(self, rows: Sequence[int]) -> None:
        for row in sorted(rows, reverse=True):
            self._drop_row(row)
        self._touched(min(min(rows), len(self._items) - 1) if self._items else -1)

    def apply_set(self, row: int, item: Inline) -> None:
        self._items[row] = item
        self.dataChanged.emit(self.index(row), self.index(row))
        self._touched(row)

    def apply_order(self, order: Sequence[int], focus: int) -> None:
        """Rows reordered: new row i holds what was row order[i]; `focus` is a new row."""
        self.layoutAboutToBeChanged.emit()
        where = {old: new for new, old in enumerate(order)}
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(old_indexes, [self.index(where[i.row()]) for i in old_indexes])
        self._items = [self._items[old] for old in order]
        self.layoutChanged.emit()
        self._touched(focus)

    def apply_title(self, title: str) -> None:
        self._title = title
        self.title_changed.emit(title)
        self.content_changed.emit()

    def apply_ordered(self, ordered: bool) -> None:
        self._ordered = ordered
        self.ordered_changed.emit(ordered)
        self.content_changed.emit()

    def _drop_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def _touched(self, row: int) -> None:
        self.content_changed.emit()
        if row >= 0:
            self.row_touched.emit(row)


def linked_hint() -> str:
    """What a linked list's topics say when hovered: why they cannot be typed into."""
    return translate(
        "TopicListEditor", "This list belongs to the event: edit it in the event, or detach it to change it here."
    )


def _moved_order(count: int, rows: Sequence[int], destination: int) -> list[int]:
    moving = set(rows)
    before = [r for r in range(min(destination, count)) if r not in moving]
    after = [r for r in range(max(destination, 0), count) if r not in moving]
    return [*before, *rows, *after]
