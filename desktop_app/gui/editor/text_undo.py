"""The bridge from a QTextDocument's own undo history into the article's QUndoStack.

QTextDocument records its edits itself; each group it records becomes one `DocumentStep`
on the shared stack, whose undo()/redo() replay the document's. The editor wraps every
user edit in an edit block, so the document never merges two of them on its own (it
could not know that a table edit came in between); merging consecutive typing is done
here, through QUndoStack's mergeWith, which only ever merges with the top command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor, QTextDocument, QUndoCommand

STEP_ID = 0x48_54_58  # "HTX": the id QUndoStack compares before trying mergeWith
MERGEABLE = frozenset({"typing", "delete"})


class DocumentStep(QUndoCommand):
    """`steps` consecutive groups of one document's undo history."""

    def __init__(
        self,
        doc: QTextDocument,
        text: str,
        kind: str,
        *,
        start: int,
        end: int,
        breaks: bool,
        replay: Callable[[Callable[[], None]], None],
        cursor: Callable[[], QTextCursor],
        set_cursor: Callable[[QTextCursor], None],
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.kind = kind
        self.start = start
        self.end = end
        self.breaks = breaks
        self.steps = 1
        self._pushed = False
        self._replay = replay
        self._cursor = cursor
        self._set_cursor = set_cursor

    def id(self) -> int:
        return STEP_ID if self.kind in MERGEABLE else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DocumentStep) or other.doc is not self.doc:
            return False
        if other.kind != self.kind or other.breaks or other.start != self.end:
            return False
        self.steps += other.steps
        self.end = other.end
        return True

    def undo(self) -> None:
        self._replay(lambda: self._apply(self.doc.undo))

    def redo(self) -> None:
        if not self._pushed:
            # QUndoStack.push() calls redo(); the document has already made the edit.
            self._pushed = True
            return
        self._replay(lambda: self._apply(self.doc.redo))

    def _apply(self, step: Callable[[QTextCursor], None]) -> None:
        cursor = self._cursor()
        for _ in range(self.steps):
            step(cursor)
        self._set_cursor(cursor)
