"""What keeps the reporter's work safe in the main window: the trash, an article's history,
the integrity check of the database file, and the banner that says text was not saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import HadathError
from desktop_app.store.reads import get_article

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


class FileSafety(QObject):
    # From the integrity-check thread to the UI thread: the message to show.
    _database_damaged = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._database_damaged.connect(self._on_database_damaged)

    def verify_database(self) -> None:
        """Run the database's deferred integrity check on a worker thread; a damaged file
        gets a message and is never written to (every save would fail with it)."""
        import threading

        window = self._window

        def check() -> None:
            try:
                window.db.verify_integrity()
            except HadathError as error:
                self._database_damaged.emit(window.error_message(error))

        threading.Thread(target=check, name="integrity-check", daemon=True).start()

    def _on_database_damaged(self, message: str) -> None:
        window = self._window
        if window.db.path is not None:
            from desktop_app.gui.database_open import remember_damaged

            remember_damaged(window.db.path)  # the next start checks it in full and offers a way out
        window.ui.saveBanner.setText(message)
        window.ui.saveBanner.show()
        QMessageBox.critical(window, self.tr("The database is damaged"), message)

    def show_save_failed(self, message: str) -> None:
        # The autosaver's sentence: what failed, where the text is kept, that it retries.
        window = self._window
        window.ui.saveBanner.setText(message)
        window.ui.saveBanner.show()
        window.save_label.setText(self.tr("Not saved"))

    def show_trash(self) -> None:
        """File → Trash: restore, or delete for good, what was deleted."""
        from desktop_app.gui.trash_dialog import TrashDialog

        window = self._window
        window.inspector.flush_summary()
        window.autosaver.flush()
        dialog = TrashDialog(window.db, window)
        dialog.trash_changed.connect(self.after_trash_change)
        dialog.exec()
        dialog.deleteLater()

    def after_trash_change(self) -> None:
        """Something went into or out of the trash: the event sheet, the open article's
        event and linked blocks, and the library follow."""
        window = self._window
        sheet = window.events.sheet
        if sheet is not None and sheet.record is None and window.events.sheet_shown():
            window.show_editor()  # its event went to the trash
        elif sheet is not None:
            sheet.reload()
        if window.record is not None:
            window.autosaver.flush()
            try:
                window.record = get_article(window.db, window.record.id)
                window.inspector.load(window.record, window.event_list())
            except HadathError as error:
                window.statusBar().showMessage(window.error_message(error), 5000)
            window.events.refresh_open_article()
        window.refresh_library()
        window.window_actions.update()

    def show_history(self) -> bool:
        """Article → History…: the revisions, a diff of each against the current text,
        and Restore; a restore reloads the article."""
        window = self._window
        if window.record is None:
            return False
        window.inspector.flush_summary()
        if not window.autosaver.flush() and window.autosaver.dirty:
            return False  # the history must include what is on screen
        from desktop_app.gui.history_panel import HistoryPanel

        try:
            panel = HistoryPanel(window.db, window.record.id, window)
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Cannot show the history"), window.error_message(error))
            return False
        panel.restored.connect(self._on_revision_restored)
        panel.exec()
        panel.deleteLater()
        return True

    def _on_revision_restored(self, article_id: int, _revision_id: int) -> None:
        window = self._window
        try:
            record = get_article(window.db, article_id)
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Cannot open article"), window.error_message(error))
            return
        window.show_record(record)
        window.refresh_library()
        window.statusBar().showMessage(
            self.tr("Revision restored. The text it replaced is in the history as “Before restore”."), 8000
        )
