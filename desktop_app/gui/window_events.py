"""The main window's event workspace: the event sheet shown where the article was, the
article's blocks linked to an event's tables and lists, and articles made from an event
or filled from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import HadathError

if TYPE_CHECKING:
    from desktop_app.core.document import Block
    from desktop_app.gui.event.event_sheet import EventSheet
    from desktop_app.gui.main_window import MainWindow


class EventWorkspace(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        # The event sheet's history: one stack, started afresh for each event shown.
        self.undo_stack = QUndoStack(window)
        window.undo_group.addStack(self.undo_stack)
        self.sheet: EventSheet | None = None

    def sheet_shown(self) -> bool:
        return self.sheet is not None and self.sheet.isVisibleTo(self._window)

    def _ensure_sheet(self) -> EventSheet:
        if self.sheet is None:
            from desktop_app.gui.event.event_sheet import EventSheet

            window = self._window
            sheet = EventSheet(window.db, self.undo_stack, window.ui.editorHost)
            sheet.hide()
            sheet.article_chosen.connect(window.open_article)
            sheet.new_article_requested.connect(self.new_article_from_event)
            sheet.export_requested.connect(window.exports.export_event)
            sheet.linked_source_changed.connect(self.on_linked_source_changed)
            sheet.event_changed.connect(lambda _id: window.refresh_library())
            sheet.event_trashed.connect(lambda _id: window.safety.after_trash_change())
            window.ui.editorLayout.addWidget(sheet)
            self.sheet = sheet
        return self.sheet

    def show_event(self, event_id: int) -> bool:
        """Show the event's sheet where the article was; the article stays open behind it
        (its text saved first) and comes back as it was."""
        window = self._window
        window.inspector.flush_summary()
        window.autosaver.flush()
        sheet = self._ensure_sheet()
        if not sheet.show_event(event_id):
            return False
        if window.column is not None:
            window.column.hide()
        window.ui.placeholderLabel.hide()
        window.ui.inspectorScroll.hide()
        sheet.show()
        window.undo_group.setActiveStack(self.undo_stack)
        window.ui.libraryTree.select_event(event_id)
        assert sheet.record is not None
        window.setWindowTitle(self.tr("{title} — Hadath").format(title=sheet.record.title))
        window.window_actions.update()
        return True

    def refresh_open_article(self) -> bool:
        """Bring the open article's linked blocks up to date with the event's data."""
        window = self._window
        if window.column is None:
            return False
        from desktop_app.store.linked import current_block

        def current(block: Block) -> Block:
            try:
                return current_block(window.db, block)
            except HadathError:
                return block  # keep what it shows; the next refresh tries again

        return window.column.refresh_linked(current)

    def on_linked_source_changed(self, kind: str, source_id: int) -> list[int]:
        """An event table or list changed (or an undo changed it back): store its new
        content in every article that links it, the open one included."""
        window = self._window
        window.autosaver.flush()  # the open article's own edits first, so none is lost
        from desktop_app.store.linked import sync_linking_articles

        try:
            changed = sync_linking_articles(window.db, kind, source_id)
        except HadathError as error:
            window.statusBar().showMessage(window.error_message(error), 5000)
            return []
        if window.column is not None and (kind, source_id) in window.column.linked_sources():
            self.refresh_open_article()
        return changed

    def source_title(self, kind: str, source_id: int) -> str | None:
        from desktop_app.store import agenda, topics

        try:
            if kind == "table":
                return agenda.get_table(self._window.db, source_id).title
            return topics.get_list(self._window.db, source_id).title
        except HadathError:
            return None

    def edit_source(self, kind: str, source_id: int) -> bool:
        """"Edit in event" on a linked block: the event's sheet, on the right tab."""
        from desktop_app.store import agenda, topics

        window = self._window
        try:
            if kind == "table":
                table = agenda.get_table(window.db, source_id)
                event_id, tab = table.event_id, ("fact_box" if table.role == "fact_box" else "table")
            else:
                event_id, tab = topics.get_list(window.db, source_id).event_id, "topics"
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Cannot open the event"), window.error_message(error))
            return False
        if event_id is None or not self.show_event(event_id):
            return False
        assert self.sheet is not None
        self.sheet.show_tab(tab)
        return True

    def show_article_event(self) -> bool:
        record = self._window.record
        if record is None or record.event_id is None:
            return False
        return self.show_event(record.event_id)

    def new_event(self) -> int | None:
        from desktop_app.store.events import create_event

        window = self._window
        locale = window.preferences.coverage_locale
        try:
            event_id = create_event(window.db, self.tr("New event"), language=locale)
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Cannot create the event"), window.error_message(error))
            return None
        window.refresh_library()
        self.show_event(event_id)
        assert self.sheet is not None
        self.sheet.show_tab("details")
        self.sheet.ui.titleEdit.setFocus()
        self.sheet.ui.titleEdit.selectAll()
        return event_id

    def current_event_id(self) -> int | None:
        """The event whose sheet is shown, else the open article's event."""
        if self.sheet_shown() and self.sheet is not None:
            return self.sheet.event_id
        record = self._window.record
        return record.event_id if record is not None else None

    def new_article_from_event(self, event_id: int | None = None) -> int | None:
        """Ask for a template and create the article from the event."""
        event_id = event_id if event_id is not None else self.current_event_id()
        if event_id is None:
            return None
        from desktop_app.gui.event.new_article_dialog import NewArticleDialog
        from desktop_app.locale_names import names_for
        from desktop_app.store.events import get_event
        from desktop_app.store.from_event import new_article_from_event

        window = self._window
        try:
            dialog = NewArticleDialog(window.db, get_event(window.db, event_id), window)
            if dialog.exec() != NewArticleDialog.DialogCode.Accepted:
                return None
            article_id = new_article_from_event(
                window.db,
                event_id,
                dialog.template,
                names_for,
                issues_list_id=dialog.issues_list_id,
                with_fact_box=dialog.with_fact_box,
            )
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Cannot create the article"), window.error_message(error))
            return None
        window.refresh_library()
        if self.sheet is not None:
            self.sheet.refresh_fact_box()
            self.sheet.refresh_articles()
        window.open_article(article_id)
        return article_id

    def insert_from_event(self) -> Block | None:
        """Insert the event's fact box, a table or a list into the article, linked or
        as a copy."""
        window = self._window
        if window.column is None or window.record is None or window.record.event_id is None:
            return None
        from desktop_app.gui.event.insert_from_event_dialog import InsertFromEventDialog

        try:
            dialog = InsertFromEventDialog(window.db, window.record.event_id, window)
            if dialog.exec() != InsertFromEventDialog.DialogCode.Accepted:
                return None
            block = dialog.block()
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Cannot insert from the event"), window.error_message(error))
            return None
        if block is not None:
            window.column.insert_block(block)
        return block
