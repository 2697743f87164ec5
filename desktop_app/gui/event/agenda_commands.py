"""The undo commands of the agenda table editor. A `TableCommand` holds a table's
snapshots before and after one user action (None for "no table": a table the action
created or deleted); it is pushed once the action has run, so its first redo does
nothing, later redos restore the after-snapshot and undos the before-snapshot. A
`TrashTableCommand` is a table moved to the trash, undone by taking it out again. Both
outlive the editor that pushed them (the undo stack is the caller's): they write the store
whatever happens and tell the editor only while it still exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand
from shiboken6 import Shiboken

from desktop_app.core.errors import HadathError
from desktop_app.store import agenda, trash
from desktop_app.store.agenda_snapshots import TableSnapshot, restore_snapshot, take_snapshot

if TYPE_CHECKING:
    from desktop_app.gui.event.agenda_editor import AgendaTableEditor

Focus = tuple[int | None, int | None]  # (row id, column id) of the current cell


class TableCommand(QUndoCommand):
    """One user action on a table: `before`/`after` snapshots, None for "no table" (a
    table created or deleted by the action)."""

    def __init__(
        self,
        editor: AgendaTableEditor,
        text: str,
        table_id: int,
        before: TableSnapshot | None,
        after: TableSnapshot | None,
        focus_before: Focus,
        focus_after: Focus,
        fallback: int | None = None,
    ) -> None:
        super().__init__(text)
        self.editor = editor
        self.db = editor.db
        self.table_id = table_id
        self.before = before
        self.after = after
        self.focus_before = focus_before
        self.focus_after = focus_after
        self.fallback = fallback  # the table to show once this one is gone (a created table undone)
        self._applied = True  # pushed after the action ran: the first redo has nothing to do

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._restore(self.after, self.focus_after)

    def undo(self) -> None:
        self._restore(self.before, self.focus_before)

    def _restore(self, target: TableSnapshot | None, focus: Focus) -> None:
        alive = Shiboken.isValid(self.editor)
        try:
            if target is None:
                # Only a table this command created or deleted goes; refused (and the
                # command dropped) when an article linked it meanwhile.
                agenda.delete_table(self.db, self.table_id)
            else:
                renamed = restore_snapshot(self.db, target)
                if renamed:  # some ids changed (see agenda_snapshots): show what was written
                    target = take_snapshot(self.db, self.table_id)
        except HadathError as error:
            self.setObsolete(True)
            if alive:
                self.editor.show_error(error)
            return
        if alive:
            self.editor.restored(self.table_id, target, focus, self.fallback)


class TrashTableCommand(QUndoCommand):
    """A table moved to the trash (the move already made when pushed). Undo takes it out
    of the trash, with the links articles kept to it; had the trash been emptied
    meanwhile, the snapshot taken before brings the table back (the articles kept their
    copies, unlinked). Redo moves it to the trash again."""

    def __init__(self, editor: AgendaTableEditor, text: str, before: TableSnapshot, focus: Focus) -> None:
        super().__init__(text)
        self.editor = editor
        self.db = editor.db
        self.table_id = before.table_id
        self.before = before
        self.focus = focus
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self._put_in, restored=False)

    def undo(self) -> None:
        self._run(self._take_out, restored=True)

    def _put_in(self) -> None:
        trash.trash_table(self.db, self.table_id)

    def _take_out(self) -> None:
        before = self.before
        if not trash.take_back(self.db, trash.TABLE, self.table_id, before.event_id, before.title):
            restore_snapshot(self.db, before)  # the trash was emptied since

    def _run(self, change: Callable[[], None], *, restored: bool) -> None:
        alive = Shiboken.isValid(self.editor)
        try:
            change()
            snapshot = take_snapshot(self.db, self.table_id) if restored else None
        except HadathError as error:
            self.setObsolete(True)
            if alive:
                self.editor.show_error(error)
            return
        if alive:
            self.editor.restored(self.table_id, snapshot, self.focus if restored else (None, None), None)
