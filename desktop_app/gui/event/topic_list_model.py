"""The items of one event topic list, edited straight in the store, every change undoable.

`TopicListEdits` runs each store change as one step on the undo stack: it snapshots the
list before and after (`store.topic_snapshots`), and undo or redo puts a snapshot back.
Snapshots are absolute, so a step undoes correctly whatever the model showed at the time,
and the same path serves text edits, the covered box, drags, links and whole lists.

`TopicListModel` shows the list's items. After every change it re-reads the list and
applies the difference as row removals, moves and inserts, so selections, the current row
and an open editor on another row survive an undo.

A freshly added row is *pending*: the store refuses a topic without text, so the row lives
only in the model until its first text is committed, and disappears when left empty.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QPixmap, QUndoCommand, QUndoStack

from desktop_app.core.errors import HadathError
from desktop_app.i18n import translated_error
from desktop_app.store import topics
from desktop_app.store.database import Database
from desktop_app.store.records import ArticleSummary
from desktop_app.store.topic_snapshots import ListSnapshot, find_snapshot, restore_snapshot
from desktop_app.store.topics import TopicItemRecord

MIME_TYPE = "application/x-hadath-event-topics"
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_IDS_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex
_PENDING_ID = -1
# First strong isolate … pop: an item in French inside an Arabic list keeps its own order
# (its final full stop stays at its end) while the list's direction still places it.
_FSI, _PDI = "\u2068", "\u2069"


def article_titles(
    db: Database, event_id: int, wanted: Iterable[int] = (), articles: Sequence[ArticleSummary] | None = None
) -> dict[int, str]:
    """Titles of the event's live articles (`articles`, when the caller has read them
    already), plus any of `wanted` from other events."""
    if articles is None:
        from desktop_app.store.events import event_articles

        articles = event_articles(db, event_id)
    titles = {article.id: article.title for article in articles}
    if any(article_id not in titles for article_id in wanted):
        from desktop_app.store.reads import list_articles

        titles.update({article.id: article.title for article in list_articles(db) if article.id not in titles})
    return titles


class ListEdit(QUndoCommand):
    """One change of one topic list: the list before and after it (None: no list)."""

    def __init__(
        self, edits: TopicListEdits, list_id: int, before: ListSnapshot | None, after: ListSnapshot | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._db = edits.db
        self._edits = edits
        self.list_id = list_id
        self.before, self.after = before, after
        # The change is in the store already when the command is pushed.
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            self._notify()
        else:
            self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, snapshot: ListSnapshot | None) -> None:
        try:
            if snapshot is not None:
                restore_snapshot(self._db, snapshot)
            elif find_snapshot(self._db, self.list_id) is not None:
                # Undoing "New list" (or redoing "Delete"): articles that linked to the list
                # since keep a local copy, as with any deletion.
                topics.delete_list(self._db, self.list_id, force=True)
        except HadathError as error:
            # The store refused (the event is gone…): drop this step rather than leave the
            # stack claiming a state the store does not have.
            self.setObsolete(True)
            if shiboken6.isValid(self._edits):
                self._edits.failed.emit(translated_error(error))
        self._notify()

    def _notify(self) -> None:
        if shiboken6.isValid(self._edits):
            self._edits.changed.emit(self.list_id)


class TopicListEdits(QObject):
    """Runs store changes of topic lists as undo steps; says which list changed."""

    changed = Signal(int)  # a list id, after a change, its undo and its redo
    failed = Signal(str)  # a refusal, translated, for a message box

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack

    def run(self, label: str, list_id: int | None, action: Callable[[], int | None]) -> int | None:
        """Do `action` as one undo step named `label`. `list_id` is the list it changes, or
        None for an action that creates a list and returns its id. Returns the list id, or
        None when the store refused (then `failed` was emitted and nothing changed)."""
        before = find_snapshot(self.db, list_id) if list_id is not None else None
        try:
            result = action()
        except HadathError as error:
            self.failed.emit(translated_error(error))
            return None
        target = list_id if list_id is not None else result
        if target is None:
            return None
        after = find_snapshot(self.db, target)
        if before != after:
            self.undo_stack.push(ListEdit(self, target, before, after, label))
        return target


class TopicListModel(QAbstractListModel):
    """The items of one topic list: text (editable), covered (a check box), the covering
    articles (tooltip and icon), and internal drag-and-drop moves."""

    def __init__(self, edits: TopicListEdits, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self._list_id: int | None = None
        self._ordered = False
        self._items: list[TopicItemRecord] = []
        self._titles: dict[int, str] = {}
        self._link_icon = QIcon()
        self._no_icon = QIcon()
        edits.changed.connect(self._list_changed)

    # -- loading --------------------------------------------------------------------------

    @property
    def list_id(self) -> int | None:
        return self._list_id

    @property
    def ordered(self) -> bool:
        return self._ordered

    def load(self, list_id: int | None) -> None:
        """Show list `list_id` (None: nothing)."""
        record = None
        if list_id is not None:
            try:
                record = topics.get_list(self._edits.db, list_id)
            except HadathError:
                record = None
        self.beginResetModel()
        self._list_id = record.id if record is not None else None
        self._ordered = record.ordered if record is not None else False
        self._items = list(record.items) if record is not None else []
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the shown list and apply only what changed."""
        if self._list_id is None:
            return
        try:
            record = topics.get_list(self._edits.db, self._list_id)
        except HadathError:
            self.load(None)
            return
        ordered_changed = record.ordered != self._ordered
        self._ordered = record.ordered
        self._sync(list(record.items))
        if ordered_changed and self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [Qt.ItemDataRole.DisplayRole])

    def set_article_titles(self, titles: Mapping[int, str]) -> None:
        self._titles = dict(titles)
        self._emit_all()

    def set_link_icon(self, icon: QIcon, size: int = 16) -> None:
        """The decoration of an item an article covers (made by the view, in its colours)."""
        self._link_icon = icon
        blank = QPixmap(size, size)
        blank.fill(Qt.GlobalColor.transparent)
        self._no_icon = QIcon(blank)
        self._emit_all()

    def item_id(self, row: int) -> int | None:
        if 0 <= row < len(self._items) and self._items[row].id != _PENDING_ID:
            return self._items[row].id
        return None

    def row_of(self, item_id: int) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def item(self, row: int) -> TopicItemRecord:
        return self._items[row]

    def is_pending(self, row: int) -> bool:
        return 0 <= row < len(self._items) and self._items[row].id == _PENDING_ID

    def has_pending(self) -> bool:
        return any(item.id == _PENDING_ID for item in self._items)

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row = index.row()
        item = self._items[row]
        if role == Qt.ItemDataRole.DisplayRole:
            marker = f"{QLocale().toString(row + 1)}. " if self._ordered else ""
            return f"{marker}{_FSI}{item.text}{_PDI}"
        if role == Qt.ItemDataRole.EditRole:
            return item.text
        if role == Qt.ItemDataRole.CheckStateRole:
            if item.id == _PENDING_ID:
                return None
            return Qt.CheckState.Checked if item.covered else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            # A blank of the same size keeps every topic's text starting at the same place.
            return self._link_icon if item.article_ids else self._no_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == ITEM_ID_ROLE:
            return None if item.id == _PENDING_ID else item.id
        if role == ARTICLE_IDS_ROLE:
            return item.article_ids
        return None

    def _tooltip(self, item: TopicItemRecord) -> str | None:
        if item.id == _PENDING_ID:
            return None
        if item.article_ids:
            titles = (self._titles.get(article_id, str(article_id)) for article_id in item.article_ids)
            names = [f"“{_FSI}{title}{_PDI}”" for title in titles]
            return self.tr("Covered by %1").replace("%1", QLocale().createSeparatedList(names))
        if item.covered:
            return self.tr("Marked covered; no article linked")
        return self.tr("Not covered yet")

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows only, never onto a topic.
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if not self.is_pending(index.row()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._list_id is None:
            return False
        row = index.row()
        if role == Qt.ItemDataRole.CheckStateRole:
            found = self.item_id(row)
            if found is None:
                return False
            item_id: int = found
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if value is not None else False
            label = self.tr("Mark topic covered") if checked else self.tr("Mark topic not covered")
            return self._run(label, lambda: topics.set_covered(self._edits.db, item_id, checked))
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        if self.is_pending(row):
            if not text:
                return True  # left empty, it stays pending: closing its editor drops it
            list_id = self._list_id

            def add() -> None:
                new_id = topics.add_item(self._edits.db, list_id, text, position=row)
                # The row on screen becomes the new item, so the view keeps its place.
                self._items[row] = TopicItemRecord(new_id, row, text, False, ())

            added = self._run(self.tr("Add topic"), add)
            # Same id list before and after: the sync saw no change, but the row gained its box.
            self.dataChanged.emit(self.index(row), self.index(row))
            return added
        edited = self.item_id(row)
        if edited is None or text == self._items[row].text:
            return True
        if not text:
            return self.remove_rows([row])
        return self._run(self.tr("Edit topic"), lambda: topics.edit_item(self._edits.db, edited, text))

    # -- user actions: one undo step each ---------------------------------------------------

    def add_pending(self, row: int) -> QModelIndex:
        """An empty row at `row`, ready for its editor; not in the store yet."""
        self.discard_pending()
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, TopicItemRecord(_PENDING_ID, row, "", False, ()))
        self.endInsertRows()
        return self.index(row)

    def discard_pending(self) -> None:
        for row in reversed(range(len(self._items))):
            if self._items[row].id == _PENDING_ID:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()

    def remove_rows(self, rows: Iterable[int]) -> bool:
        ids = self._ids_of(rows)
        list_id = self._list_id
        self.discard_pending()
        if not ids or list_id is None:
            return False
        label = self.tr("Remove %n topic(s)", "", len(ids))
        return self._run(label, lambda: topics.remove_items(self._edits.db, list_id, ids))

    def move_rows(self, rows: Iterable[int], destination: int) -> bool:
        """Move `rows` so they sit, in order, before what is now row `destination`."""
        ids = self._ids_of(rows)
        list_id = self._list_id
        self.discard_pending()
        if not ids or list_id is None:
            return False
        order = [item.id for item in self._items]
        # The store counts the target among the rows that stay.
        target = sum(1 for item_id in order[: max(destination, 0)] if item_id not in ids)
        return self._run(
            self.tr("Move %n topic(s)", "", len(ids)),
            lambda: topics.move_items(self._edits.db, list_id, ids, target),
        )

    def shift_rows(self, rows: Iterable[int], delta: int) -> bool:
        """Alt+Up / Alt+Down: each row `delta` places, a selected block moving as one."""
        ids = self._ids_of(rows)
        list_id = self._list_id
        self.discard_pending()
        if not ids or list_id is None:
            return False
        return self._run(
            self.tr("Move %n topic(s)", "", len(ids)),
            lambda: topics.shift_items(self._edits.db, list_id, ids, delta),
        )

    def set_link(self, row: int, article_id: int, linked: bool) -> bool:
        """Record (or forget) that an article covers the topic at `row`."""
        item_id = self.item_id(row)
        if item_id is None:
            return False
        db = self._edits.db
        if linked:
            return self._run(self.tr("Link article to topic"), lambda: topics.link_item(db, item_id, article_id))
        return self._run(self.tr("Unlink article from topic"), lambda: topics.unlink_item(db, item_id, article_id))

    def _ids_of(self, rows: Iterable[int]) -> list[int]:
        ids = [self.item_id(row) for row in sorted(set(rows))]
        return [item_id for item_id in ids if item_id is not None]

    def _run(self, label: str, action: Callable[[], object]) -> bool:
        assert self._list_id is not None

        def run() -> int | None:
            action()
            return None

        return self._edits.run(label, self._list_id, run) is not None

    # -- drag and drop: an internal move, the same step as Alt+Up/Down --------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        # The model and list identities keep a drag out of another list.
        payload = json.dumps({"model": id(self), "list": self._list_id, "ids": self._ids_of(rows)})
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(payload.encode()))
        mime.setText("\n".join(self._items[row].text for row in rows))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self._decode(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        ids = self._decode(data)
        if action != Qt.DropAction.MoveAction or not ids:
            return False
        if parent.isValid():  # dropped onto an item: land before it
            row = parent.row()
        if row < 0:
            row = len(self._items)
        self.move_rows([self.row_of(item_id) for item_id in ids], row)
        # Moved already, in one undo step; False keeps the view from removing the "source"
        # rows as it does after a move drop.
        return False

    def _decode(self, data: QMimeData) -> list[int]:
        if not data.hasFormat(MIME_TYPE):
            return []
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return []
        if not isinstance(payload, dict) or payload.get("model") != id(self) or payload.get("list") != self._list_id:
            return []
        return [item_id for item_id in payload.get("ids", []) if isinstance(item_id, int) and self.row_of(item_id) >= 0]

    # -- following the store ----------------------------------------------------------------

    def _list_changed(self, list_id: int) -> None:
        if list_id == self._list_id:
            self.refresh()

    def _sync(self, new: list[TopicItemRecord]) -> None:
        """Turn the rows into `new` by removals, one reorder and inserts, so persistent
        indexes (selection, current row) follow their items."""
        wanted = {item.id for item in new}
        for row in reversed(range(len(self._items))):
            if self._items[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()
        present = {item.id for item in self._items}
        kept_order = [item.id for item in new if item.id in present]
        if [item.id for item in self._items] != kept_order:
            self.layoutAboutToBeChanged.emit()
            where = {item_id: row for row, item_id in enumerate(kept_order)}
            old_rows = [item.id for item in self._items]
            persistent = self.persistentIndexList()
            self.changePersistentIndexList(
                persistent, [self.index(where[old_rows[index.row()]]) for index in persistent]
            )
            by_id = {item.id: item for item in self._items}
            self._items = [by_id[item_id] for item_id in kept_order]
            self.layoutChanged.emit()
        for row, item in enumerate(new):
            if row >= len(self._items) or self._items[row].id != item.id:
                self.beginInsertRows(QModelIndex(), row, row)
                self._items.insert(row, item)
                self.endInsertRows()
        changed = [row for row, item in enumerate(new) if self._items[row] != item]
        self._items = list(new)
        if changed:
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))

    def _emit_all(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
