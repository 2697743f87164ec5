"""Undo commands of the topic-list editor.

Commands hold plain values (rows, Inline items, titles) and call the model's `apply_*`
methods, so undo restores exactly the block the reporter had, marks included.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop_app.core.inline import Inline

if TYPE_CHECKING:
    from desktop_app.gui.editor.topic_model import TopicListModel

# Consecutive keystrokes in the title merge into one undo step.
RENAME_ID = 0x7001


class InsertTopics(QUndoCommand):
    def __init__(self, model: TopicListModel, row: int, items: Sequence[Inline], text: str,
                 *, already_there: bool = False) -> None:
        super().__init__(text)
        self._model, self._row, self._items = model, row, tuple(items)
        # A pending row is on screen already: the first do only fills it in.
        self._fill_first = already_there

    def redo(self) -> None:
        if self._fill_first:
            self._fill_first = False
            self._model.apply_fill(self._row, self._items[0])
        else:
            self._model.apply_insert(self._row, self._items)

    def undo(self) -> None:
        self._model.apply_remove(range(self._row, self._row + len(self._items)))


class RemoveTopics(QUndoCommand):
    def __init__(self, model: TopicListModel, rows: Sequence[int], text: str) -> None:
        super().__init__(text)
        self._model = model
        self._rows = sorted(rows)
        self._items = [model.item_at(r) for r in self._rows]

    def redo(self) -> None:
        self._model.apply_remove(self._rows)

    def undo(self) -> None:
        # Ascending rows: each one goes back where it was once the earlier ones are in.
        for row, item in zip(self._rows, self._items, strict=True):
            self._model.apply_insert(row, [item])


class EditTopic(QUndoCommand):
    def __init__(self, model: TopicListModel, row: int, old: Inline, new: Inline, text: str) -> None:
        super().__init__(text)
        self._model, self._row, self._old, self._new = model, row, old, new

    def redo(self) -> None:
        self._model.apply_set(self._row, self._new)

    def undo(self) -> None:
        self._model.apply_set(self._row, self._old)


class MoveTopics(QUndoCommand):
    def __init__(self, model: TopicListModel, order: Sequence[int], first: int, text: str) -> None:
        super().__init__(text)
        self._model, self._order, self._first = model, list(order), first
        self._inverse = [0] * len(self._order)
        for new, old in enumerate(self._order):
            self._inverse[old] = new

    def redo(self) -> None:
        self._model.apply_order(self._order, self._inverse[self._first])

    def undo(self) -> None:
        self._model.apply_order(self._inverse, self._first)


class RenameTopicList(QUndoCommand):
    def __init__(self, model: TopicListModel, old: str, new: str, text: str, session: int = 0) -> None:
        super().__init__(text)
        self._model, self._old, self._new, self._session = model, old, new, session

    def id(self) -> int:
        return RENAME_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RenameTopicList) or other._model is not self._model:
            return False
        if other._session != self._session:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        self._model.apply_title(self._new)

    def undo(self) -> None:
        self._model.apply_title(self._old)


class SetOrdered(QUndoCommand):
    def __init__(self, model: TopicListModel, ordered: bool, text: str) -> None:
        super().__init__(text)
        self._model, self._ordered = model, ordered

    def redo(self) -> None:
        self._model.apply_ordered(self._ordered)

    def undo(self) -> None:
        self._model.apply_ordered(not self._ordered)
