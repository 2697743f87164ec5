"""The writing desk: library on one side, the article's block editor in the middle, the
inspector on the other side; autosave and one undo history per article."""

from __future__ import annotations

import importlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QWidget

from desktop_app.core.arabic import isolate_ltr, word_count
from desktop_app.core.document import Document, TableBlock, TopicListBlock
from desktop_app.core.errors import HadathError
from desktop_app.core.inline import Inline
from desktop_app.gui.autosave import Autosaver
from desktop_app.gui.forms.main_window_ui import Ui_MainWindow
from desktop_app.gui.icons import themed_icon
from desktop_app.gui.inspector import Inspector
from desktop_app.gui.language_switch import defaults_for_language
from desktop_app.gui.library import ARTICLE_ID_ROLE
from desktop_app.i18n import translated_error
from desktop_app.preferences import Preferences
from desktop_app.store.database import Database
from desktop_app.store.reads import get_article, list_articles, list_events
from desktop_app.store.records import ArticleRecord, NewArticle

if TYPE_CHECKING:
    from desktop_app.core.document import Block
    from desktop_app.core.export.publish import ExportArticle, ExportOptions
    from desktop_app.gui.editor.column import ArticleColumn
    from desktop_app.gui.event.event_sheet import EventSheet

# Writes import desktop_app.store.articles inside the methods that write: it brings
# SQLAlchemy, which the first paint does not need (DESIGN.md decision 9).

WORDS_PER_MINUTE = 200


def _cursor_key(article_id: int) -> str:
    return f"cursor/{article_id}"


class MainWindow(QMainWindow):
    # From the integrity-check thread to the UI thread: the message to show.
    _database_damaged = Signal(str)

    def __init__(
        self, db: Database, language: str, parent: QWidget | None = None, *, load_library: bool = True,
        preferences: Preferences | None = None,
    ) -> None:
        """`load_library=False` leaves the library tree empty for the caller to fill with
        `refresh_library` once the window is up (start-up shows the article first).
        `preferences` are those the app read at start (the defaults when None); the
        Preferences dialog replaces them, and code reads them from here when it needs them."""
        super().__init__(parent)
        self.db = db
        self.language = language
        self.preferences = preferences or defaults_for_language(language)
        self.record: ArticleRecord | None = None
        self.column: ArticleColumn | None = None
        self.undo_stack: QUndoStack | None = None
        self._document: Document | None = None
        self._database_damaged.connect(self._on_database_damaged)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setStretchFactor(2, 0)
        self.ui.splitter.setSizes([280, 720, 280])
        self.ui.libraryTree.setup()
        self.ui.libraryTree.article_chosen.connect(self.open_article)
        self.ui.libraryTree.event_chosen.connect(self.show_event)
        self.undo_group = QUndoGroup(self)
        # The event sheet's history: one stack, started afresh for each event shown.
        self.event_undo_stack = QUndoStack(self)
        self.undo_group.addStack(self.event_undo_stack)
        self.event_sheet: EventSheet | None = None
        self.words_label = QLabel(self)
        self.save_label = QLabel(self)
        from desktop_app.gui.emergency import EmergencyStore

        # Text the database refuses is also kept in an emergency file (issue 6, part 7).
        self.autosaver = Autosaver(
            db, delay_ms=round(self.preferences.autosave_seconds * 1000), parent=self, emergency=EmergencyStore(db)
        )
        self.autosaver.saving.connect(lambda: self.save_label.setText(self.tr("Saving…")))
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        self.inspector = Inspector(self.ui, self)
        self.inspector.metadata_changed.connect(self.change_metadata)
        self.inspector.load(None, [])
        self.statusBar().addPermanentWidget(self.words_label)
        self.statusBar().addPermanentWidget(self.save_label)
        self._setup_actions()
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.refresh_library)
        self.ui.filterEdit.textChanged.connect(self._filter_timer.start)
        # Enter in the title goes on to the text, as a reporter starting a new article expects.
        self.ui.titleEdit.returnPressed.connect(self._title_entered)
        self.ui.saveBanner.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text); padding: 6px; }"
        )
        if load_library:
            self.refresh_library()
        else:
            self.ui.emptyLabel.hide()  # not "empty": not loaded yet

    # Actions ----------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        key = QKeySequence.StandardKey
        ui.actionNew.setShortcut(key.New)
        ui.actionImport.setShortcut(key.Open)
        ui.actionExport.setShortcut(QKeySequence("Ctrl+E"))
        ui.actionCopyForCms.setShortcut(QKeySequence("Ctrl+Shift+C"))
        ui.actionPreviewInBrowser.setShortcut(QKeySequence("Ctrl+Shift+P"))
        ui.actionQuit.setShortcut(key.Quit)
        ui.actionBold.setShortcut(key.Bold)
        ui.actionItalic.setShortcut(key.Italic)
        ui.actionLink.setShortcut(QKeySequence("Ctrl+K"))
        ui.actionParagraph.setShortcut(QKeySequence("Ctrl+0"))
        ui.actionHeading2.setShortcut(QKeySequence("Ctrl+2"))
        ui.actionHeading3.setShortcut(QKeySequence("Ctrl+3"))
        ui.actionHeading4.setShortcut(QKeySequence("Ctrl+4"))
        ui.actionBulletList.setShortcut(QKeySequence("Ctrl+Shift+8"))
        ui.actionNumberedList.setShortcut(QKeySequence("Ctrl+Shift+7"))
        ui.actionQuote.setShortcut(QKeySequence("Ctrl+Shift+9"))
        ui.actionInsertTable.setShortcut(QKeySequence("Ctrl+Alt+T"))
        ui.actionInsertTopics.setShortcut(QKeySequence("Ctrl+Alt+L"))
        ui.actionFlipDirection.setShortcut(QKeySequence("Ctrl+Shift+X"))
        ui.actionRename.setShortcut(QKeySequence("F2"))
        ui.actionHistory.setShortcut(QKeySequence("Ctrl+Shift+H"))
        icons = {
            ui.actionNew: ("fa6s.file-circle-plus", False),
            ui.actionImport: ("fa6s.file-import", True),
            ui.actionExport: ("fa6s.file-export", True),
            ui.actionCopyForCms: ("fa6s.clipboard", False),
            ui.actionPreviewInBrowser: ("fa6s.globe", False),
            ui.actionExportEvent: ("fa6s.file-zipper", False),
            ui.actionBold: ("fa6s.bold", False),
            ui.actionItalic: ("fa6s.italic", False),
            ui.actionLink: ("fa6s.link", False),
            ui.actionHeading2: ("fa6s.heading", False),
            ui.actionBulletList: ("fa6s.list-ul", True),
            ui.actionNumberedList: ("fa6s.list-ol", True),
            ui.actionQuote: ("fa6s.quote-right", True),
            ui.actionInsertTable: ("fa6s.table", False),
            ui.actionInsertTopics: ("fa6s.list-check", True),
            ui.actionFlipDirection: ("fa6s.right-left", False),
            ui.actionDelete: ("fa6s.trash-can", False),
        }
        for action, (name, directional) in icons.items():
            action.setIcon(themed_icon(name, self, directional=directional))
        undo = self.undo_group.createUndoAction(self, self.tr("Undo"))
        redo = self.undo_group.createRedoAction(self, self.tr("Redo"))
        undo.setShortcut(key.Undo)
        redo.setShortcut(key.Redo)
        undo.setIcon(themed_icon("fa6s.rotate-left", self, directional=True))
        redo.setIcon(themed_icon("fa6s.rotate-right", self, directional=True))
        self.undo_action, self.redo_action = undo, redo
        ui.menuEdit.addAction(undo)
        ui.menuEdit.addAction(redo)
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(ui.actionPreferences)
        ui.actionPreferences.setShortcut(QKeySequence("Ctrl+,"))
        ui.actionPreferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the app menu
        ui.actionUserGuide.setShortcut(key.HelpContents)
        ui.actionShortcuts.setShortcut(QKeySequence("Ctrl+/"))
        ui.actionPreferences.triggered.connect(self.show_preferences)
        ui.actionUserGuide.triggered.connect(self.show_user_guide)
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        ui.toolBar.insertAction(ui.actionBold, undo)
        ui.toolBar.insertAction(ui.actionBold, redo)
        ui.toolBar.insertSeparator(ui.actionBold)
        ui.actionNew.triggered.connect(self.new_article)
        ui.actionImport.triggered.connect(self.import_files)
        ui.actionExport.triggered.connect(self.export_current)
        ui.actionCopyForCms.triggered.connect(self.copy_for_cms)
        ui.actionPreviewInBrowser.triggered.connect(lambda: self.preview_in_browser())
        ui.actionExportEvent.triggered.connect(lambda: self.export_event())
        # Imported when used: the backup code is not needed for the first paint.
        backups = "desktop_app.gui.backups_dialog"
        ui.actionBackUpNow.triggered.connect(lambda: importlib.import_module(backups).back_up_now(self))
        ui.actionBackups.triggered.connect(lambda: importlib.import_module(backups).show_backups(self))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionRename.triggered.connect(self.rename_article)
        ui.actionDuplicate.triggered.connect(self.duplicate_article)
        ui.actionDelete.triggered.connect(self.delete_current)
        ui.actionTrash.triggered.connect(self.show_trash)
        ui.actionTrash.setIcon(themed_icon("fa6s.trash-arrow-up", self))
        ui.actionHistory.triggered.connect(self.show_history)
        ui.actionInsertTable.triggered.connect(self.insert_table)
        ui.actionInsertTopics.triggered.connect(self.insert_topics)
        ui.actionNewEvent.triggered.connect(self.new_event)
        ui.actionNewFromEvent.triggered.connect(lambda: self.new_article_from_event())
        ui.actionInsertFromEvent.triggered.connect(self.insert_from_event)
        ui.actionShowEvent.triggered.connect(self.show_article_event)
        ui.actionNewEvent.setIcon(themed_icon("fa6s.calendar-plus", self))
        ui.actionInsertFromEvent.setIcon(themed_icon("fa6s.link", self))
        ui.actionShowEvent.setIcon(themed_icon("fa6s.calendar-days", self))
        text_commands = {
            ui.actionParagraph: lambda e: e.set_heading(None),
            ui.actionHeading2: lambda e: e.set_heading(2),
            ui.actionHeading3: lambda e: e.set_heading(3),
            ui.actionHeading4: lambda e: e.set_heading(4),
            ui.actionBulletList: lambda e: e.set_list(False),
            ui.actionNumberedList: lambda e: e.set_list(True),
            ui.actionQuote: lambda e: e.set_quote(True),
            ui.actionBold: lambda e: e.toggle_bold(),
            ui.actionItalic: lambda e: e.toggle_italic(),
            ui.actionLink: lambda e: e.edit_link(),
            ui.actionFlipDirection: lambda e: e.toggle_paragraph_direction(),
        }
        for action, command in text_commands.items():
            action.triggered.connect(lambda _=False, c=command: self._on_text_editor(c))
        for action in (ui.actionNew, ui.actionNewEvent, ui.actionRename, ui.actionDuplicate, ui.actionDelete):
            ui.libraryTree.addAction(action)
        self._update_actions()

    def _editing_actions(self) -> list[QAction]:
        ui = self.ui
        return [
            ui.actionExport, ui.actionCopyForCms, ui.actionPreviewInBrowser, ui.actionRename, ui.actionDuplicate,
            ui.actionDelete, ui.actionHistory, ui.actionParagraph, ui.actionHeading2, ui.actionHeading3,
            ui.actionHeading4, ui.actionBulletList, ui.actionNumberedList, ui.actionQuote,
            ui.actionInsertTable, ui.actionInsertTopics, ui.actionBold, ui.actionItalic,
            ui.actionLink, ui.actionFlipDirection,
        ]

    def _update_actions(self) -> None:
        editing = self.record is not None and not self.event_sheet_shown()
        for action in self._editing_actions():
            action.setEnabled(editing)
        has_event = editing and self.record is not None and self.record.event_id is not None
        self.ui.actionInsertFromEvent.setEnabled(has_event)
        self.ui.actionShowEvent.setEnabled(has_event)
        self.ui.actionNewFromEvent.setEnabled(has_event or self.event_sheet_shown())
        self.ui.actionExportEvent.setEnabled(has_event or self.event_sheet_shown())

    def _on_text_editor(self, command: Any) -> None:
        editor = self.column.current_text_editor() if self.column else None
        if editor is not None:
            command(editor)
            editor.setFocus()

    # Library ----------------------------------------------------------------------------

    def refresh_library(self) -> None:
        query = self.ui.filterEdit.text().strip()
        tree = self.ui.libraryTree
        try:
            if query:
                from desktop_app.store.search import search_articles

                tree.show_hits(search_articles(self.db, query))
            else:
                tree.show_articles(
                    list_articles(self.db),
                    self.tr("Articles without an event"),
                    self.tr("{count} words · {status}"),
                    self._events(),
                )
        except HadathError as error:
            tree.clear()
            self.statusBar().showMessage(self.error_message(error), 5000)
        if self.event_sheet_shown() and self.event_sheet is not None and self.event_sheet.event_id is not None:
            tree.select_event(self.event_sheet.event_id)
        elif self.record is not None:
            tree.select_article(self.record.id)
        self.ui.emptyLabel.setVisible(not query and tree.topLevelItemCount() == 0)

    def _title_entered(self) -> None:
        if self.column is not None:
            self.column.focus_start()

    def verify_database(self) -> None:
        """Run the database's deferred integrity check on a worker thread; a damaged file
        gets a message and is never written to (every save would fail with it)."""
        import threading

        def check() -> None:
            try:
                self.db.verify_integrity()
            except HadathError as error:
                self._database_damaged.emit(self.error_message(error))

        threading.Thread(target=check, name="integrity-check", daemon=True).start()

    def _on_database_damaged(self, message: str) -> None:
        if self.db.path is not None:
            from desktop_app.gui.database_problem_dialog import remember_damaged

            remember_damaged(self.db.path)  # the next start checks it in full and offers a way out
        self.ui.saveBanner.setText(message)
        self.ui.saveBanner.show()
        QMessageBox.critical(self, self.tr("The database is damaged"), message)

    def show_first_article(self) -> None:
        """Open the most recently changed article, so the window never starts blank."""
        items = self.ui.libraryTree.article_items()
        if self.record is None and items:
            self.open_article(int(items[0].data(0, ARTICLE_ID_ROLE)))

    # Opening ----------------------------------------------------------------------------

    def open_article(self, article_id: int, *, quiet: bool = False) -> bool:
        if self.record is not None and self.record.id == article_id:
            self._show_editor()
            return True
        self.inspector.flush_summary()
        if not self.autosaver.flush() and self.autosaver.dirty:
            return False  # the text stays open and unsaved changes are retried; never dropped
        try:
            record = get_article(self.db, article_id)
        except HadathError as error:
            if not quiet:
                QMessageBox.warning(self, self.tr("Cannot open article"), self.error_message(error))
            return False
        self._show_record(record)
        return True

    def _show_record(self, record: ArticleRecord) -> None:
        self.remember_cursor()
        if self.column is not None:
            self.column.hide()
            self.column.deleteLater()
        if self.undo_stack is not None:
            self.undo_group.removeStack(self.undo_stack)
            self.undo_stack.deleteLater()
        self.record = record
        self.undo_stack = QUndoStack(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        direction = record.direction if record.direction != "auto" else "rtl"
        # The editors load with the first article, after the window is on screen.
        from desktop_app.gui.editor.column import ArticleColumn

        self.column = ArticleColumn(
            record.document.blocks, direction, self.undo_stack, self.ui.editorHost, source_title=self._source_title
        )
        self.column.changed.connect(self.autosaver.mark_dirty)
        self.column.edit_source_requested.connect(self.edit_source)
        self.column.slash_menu_requested.connect(lambda pos: self.ui.menuInsert.exec(pos))
        self.ui.editorLayout.addWidget(self.column)
        self.ui.placeholderLabel.hide()
        self._document = record.document
        self.autosaver.watch(record.id, self.snapshot, language=record.language, direction=record.direction)
        self.inspector.load(record, self._events())
        self.ui.libraryTree.select_article(record.id)
        # The stored count: counting 50,000 words again would delay the first paint.
        self._show_counts(record.word_count)
        self.save_label.setText("")
        self.setWindowTitle(self.tr("{title} — Hadath").format(title=record.title))
        self._show_editor(refresh=False)  # just read: its linked blocks are current
        place = QSettings().value(_cursor_key(record.id))
        if not (isinstance(place, str) and self.column.restore_cursor(place)):
            self.column.focus_start()

    # Events -----------------------------------------------------------------------------

    def event_sheet_shown(self) -> bool:
        return self.event_sheet is not None and self.event_sheet.isVisibleTo(self)

    def _ensure_event_sheet(self) -> EventSheet:
        if self.event_sheet is None:
            from desktop_app.gui.event.event_sheet import EventSheet

            sheet = EventSheet(self.db, self.event_undo_stack, self.ui.editorHost)
            sheet.hide()
            sheet.article_chosen.connect(self.open_article)
            sheet.new_article_requested.connect(self.new_article_from_event)
            sheet.export_requested.connect(self.export_event)
            sheet.linked_source_changed.connect(self.on_linked_source_changed)
            sheet.event_changed.connect(lambda _id: self.refresh_library())
            sheet.event_trashed.connect(lambda _id: self.after_trash_change())
            self.ui.editorLayout.addWidget(sheet)
            self.event_sheet = sheet
        return self.event_sheet

    def show_event(self, event_id: int) -> bool:
        """Show the event's sheet where the article was; the article stays open behind it
        (its text saved first) and comes back as it was."""
        self.inspector.flush_summary()
        self.autosaver.flush()
        sheet = self._ensure_event_sheet()
        if not sheet.show_event(event_id):
            return False
        if self.column is not None:
            self.column.hide()
        self.ui.placeholderLabel.hide()
        self.ui.inspectorScroll.hide()
        sheet.show()
        self.undo_group.setActiveStack(self.event_undo_stack)
        self.ui.libraryTree.select_event(event_id)
        assert sheet.record is not None
        self.setWindowTitle(self.tr("{title} — Hadath").format(title=sheet.record.title))
        self._update_actions()
        return True

    def _show_editor(self, *, refresh: bool = True) -> None:
        """Back from the event sheet to the open article (or the placeholder)."""
        if self.event_sheet is not None and self.event_sheet.isVisibleTo(self):
            self.event_sheet.flush()
            self.event_sheet.hide()
            refresh = True
        self.ui.inspectorScroll.show()
        if self.column is not None:
            self.column.show()
            self.ui.placeholderLabel.hide()
            if refresh:
                self.refresh_open_article()
            if self.undo_stack is not None:
                self.undo_group.setActiveStack(self.undo_stack)
        else:
            self.ui.placeholderLabel.show()
        if self.record is not None:
            self.ui.libraryTree.select_article(self.record.id)
            self.setWindowTitle(self.tr("{title} — Hadath").format(title=self.record.title))
        self._update_actions()

    def refresh_open_article(self) -> bool:
        """Bring the open article's linked blocks up to date with the event's data."""
        if self.column is None:
            return False
        from desktop_app.store.linked import current_block

        def current(block: Block) -> Block:
            try:
                return current_block(self.db, block)
            except HadathError:
                return block  # keep what it shows; the next refresh tries again

        return self.column.refresh_linked(current)

    def on_linked_source_changed(self, kind: str, source_id: int) -> list[int]:
        """An event table or list changed (or an undo changed it back): store its new
        content in every article that links it, the open one included."""
        self.autosaver.flush()  # the open article's own edits first, so none is lost
        from desktop_app.store.linked import sync_linking_articles

        try:
            changed = sync_linking_articles(self.db, kind, source_id)
        except HadathError as error:
            self.statusBar().showMessage(self.error_message(error), 5000)
            return []
        if self.column is not None and (kind, source_id) in self.column.linked_sources():
            self.refresh_open_article()
        return changed

    def _source_title(self, kind: str, source_id: int) -> str | None:
        from desktop_app.store import agenda, topics

        try:
            if kind == "table":
                return agenda.get_table(self.db, source_id).title
            return topics.get_list(self.db, source_id).title
        except HadathError:
            return None

    def edit_source(self, kind: str, source_id: int) -> bool:
        """"Edit in event" on a linked block: the event's sheet, on the right tab."""
        from desktop_app.store import agenda, topics

        try:
            if kind == "table":
                table = agenda.get_table(self.db, source_id)
                event_id, tab = table.event_id, ("fact_box" if table.role == "fact_box" else "table")
            else:
                event_id, tab = topics.get_list(self.db, source_id).event_id, "topics"
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot open the event"), self.error_message(error))
            return False
        if event_id is None or not self.show_event(event_id):
            return False
        assert self.event_sheet is not None
        self.event_sheet.show_tab(tab)
        return True

    def show_article_event(self) -> bool:
        if self.record is None or self.record.event_id is None:
            return False
        return self.show_event(self.record.event_id)

    def new_event(self) -> int | None:
        from desktop_app.store.events import create_event

        locale = self.preferences.coverage_locale
        try:
            event_id = create_event(self.db, self.tr("New event"), language=locale)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot create the event"), self.error_message(error))
            return None
        self.refresh_library()
        self.show_event(event_id)
        assert self.event_sheet is not None
        self.event_sheet.show_tab("details")
        self.event_sheet.ui.titleEdit.setFocus()
        self.event_sheet.ui.titleEdit.selectAll()
        return event_id

    def _current_event_id(self) -> int | None:
        if self.event_sheet_shown() and self.event_sheet is not None:
            return self.event_sheet.event_id
        return self.record.event_id if self.record is not None else None

    def new_article_from_event(self, event_id: int | None = None) -> int | None:
        """Ask for a template and create the article from the event."""
        event_id = event_id if event_id is not None else self._current_event_id()
        if event_id is None:
            return None
        from desktop_app.gui.event.new_article_dialog import NewArticleDialog
        from desktop_app.locale_names import names_for
        from desktop_app.store.events import get_event
        from desktop_app.store.from_event import new_article_from_event

        try:
            dialog = NewArticleDialog(self.db, get_event(self.db, event_id), self)
            if dialog.exec() != NewArticleDialog.DialogCode.Accepted:
                return None
            article_id = new_article_from_event(
                self.db,
                event_id,
                dialog.template,
                names_for,
                issues_list_id=dialog.issues_list_id,
                with_fact_box=dialog.with_fact_box,
            )
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot create the article"), self.error_message(error))
            return None
        self.refresh_library()
        if self.event_sheet is not None:
            self.event_sheet.refresh_fact_box()
            self.event_sheet.refresh_articles()
        self.open_article(article_id)
        return article_id

    def insert_from_event(self) -> Block | None:
        """Insert the event's fact box, a table or a list into the article, linked or
        as a copy."""
        if self.column is None or self.record is None or self.record.event_id is None:
            return None
        from desktop_app.gui.event.insert_from_event_dialog import InsertFromEventDialog

        try:
            dialog = InsertFromEventDialog(self.db, self.record.event_id, self)
            if dialog.exec() != InsertFromEventDialog.DialogCode.Accepted:
                return None
            block = dialog.block()
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot insert from the event"), self.error_message(error))
            return None
        if block is not None:
            self.column.insert_block(block)
        return block

    def remember_cursor(self) -> None:
        """Where the cursor is in the open article, for the next time it opens."""
        if self.record is not None and self.column is not None:
            QSettings().setValue(_cursor_key(self.record.id), self.column.cursor_state())

    def _events(self) -> list[Any]:
        try:
            return list_events(self.db)
        except HadathError:
            return []

    def snapshot(self) -> Document:
        """The article as it stands in the editor (title from the inspector)."""
        assert self.record is not None and self.column is not None
        self._document = Document(title=self.record.title, blocks=self.column.blocks())
        return self._document

    def _update_counts(self, document: Document) -> None:
        self._show_counts(word_count(document.plain_text()))

    def _show_counts(self, words: int) -> None:
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        self.words_label.setText(self.tr("%n word(s)", "", words) + " · " + self.tr("%n min read", "", minutes))

    def _on_saved(self, when: datetime) -> None:
        self.ui.saveBanner.hide()
        self.save_label.setText(self.tr("Saved {time}").format(time=when.strftime("%H:%M")))
        if self._document is not None:
            self._update_counts(self._document)

    def _on_save_failed(self, message: str) -> None:
        # The autosaver's sentence: what failed, where the text is kept, that it retries.
        self.ui.saveBanner.setText(message)
        self.ui.saveBanner.show()
        self.save_label.setText(self.tr("Not saved"))

    # Commands ---------------------------------------------------------------------------

    def new_article(self) -> int | None:
        prefs = self.preferences
        item = NewArticle(
            Document(title=self.tr("Untitled article")),
            language=prefs.article_language,
            direction=prefs.article_direction,
        )
        from desktop_app.store.articles import create_article

        try:
            article_id = create_article(self.db, item)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot create the article"), self.error_message(error))
            return None
        self.open_article(article_id)
        self.refresh_library()
        self.ui.titleEdit.setFocus()
        self.ui.titleEdit.selectAll()
        return article_id

    def change_metadata(self, fields: dict[str, Any]) -> bool:
        if self.record is None:
            return False
        self.autosaver.flush()
        from desktop_app.store.articles import update_metadata

        try:
            update_metadata(self.db, self.record.id, **fields)
            record = get_article(self.db, self.record.id)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot change the article"), self.error_message(error))
            self.inspector.load(self.record, self._events())
            return False
        self.record = record
        self.inspector.load(record, self._events())
        if "direction" in fields and self.column is not None:
            self.column.set_direction(record.direction if record.direction != "auto" else "rtl")
        if "title" in fields or "event_id" in fields:
            self.setWindowTitle(self.tr("{title} — Hadath").format(title=record.title))
            self.refresh_library()
        return True

    def rename_article(self) -> None:
        if self.record is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename article"), self.tr("Title:"), text=self.record.title)
        if ok and title.strip():
            self.change_metadata({"title": title.strip()})

    def duplicate_article(self) -> int | None:
        if self.record is None:
            return None
        document = self.snapshot()
        copy = Document(title=self.tr("{title} (copy)").format(title=document.title), blocks=document.blocks)
        item = NewArticle(copy, language=self.record.language, direction=self.record.direction,
                          event_title=self.record.event_title, summary=self.record.summary)
        from desktop_app.store.articles import create_article

        try:
            article_id = create_article(self.db, item)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot duplicate the article"), self.error_message(error))
            return None
        self.open_article(article_id)
        self.refresh_library()
        return article_id

    def delete_current(self) -> bool:
        if self.record is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete article"),
            self.tr("Move “{title}” to the trash? File → Trash brings it back.").format(title=self.record.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.autosaver.flush()
        from desktop_app.store.articles import delete_article

        try:
            delete_article(self.db, self.record.id)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot delete the article"), self.error_message(error))
            return False
        self.autosaver.watch(None, None)
        QSettings().remove(_cursor_key(self.record.id))
        self.statusBar().showMessage(
            self.tr("“{title}” moved to the trash.").format(title=self.record.title), 8000
        )
        self._close_editor()
        self.refresh_library()
        self.show_first_article()
        return True

    def show_trash(self) -> None:
        """File → Trash: restore, or delete for good, what was deleted."""
        from desktop_app.gui.trash_dialog import TrashDialog

        self.inspector.flush_summary()
        self.autosaver.flush()
        dialog = TrashDialog(self.db, self)
        dialog.trash_changed.connect(self.after_trash_change)
        dialog.exec()
        dialog.deleteLater()

    def after_trash_change(self) -> None:
        """Something went into or out of the trash: the event sheet, the open article's
        event and linked blocks, and the library follow."""
        sheet = self.event_sheet
        if sheet is not None and sheet.record is None and self.event_sheet_shown():
            self._show_editor()  # its event went to the trash
        elif sheet is not None:
            sheet.reload()
        if self.record is not None:
            self.autosaver.flush()
            try:
                self.record = get_article(self.db, self.record.id)
                self.inspector.load(self.record, self._events())
            except HadathError as error:
                self.statusBar().showMessage(self.error_message(error), 5000)
            self.refresh_open_article()
        self.refresh_library()
        self._update_actions()

    def _close_editor(self) -> None:
        if self.event_sheet is not None:
            self.event_sheet.hide()
        if self.column is not None:
            self.column.hide()
            self.column.deleteLater()
            self.column = None
        self.record = None
        self.inspector.load(None, [])
        self.ui.placeholderLabel.show()
        self.words_label.setText("")
        self._update_actions()

    def insert_table(self) -> None:
        if self.column is None:
            return
        header = (Inline.plain(self.tr("Title")), Inline.plain(self.tr("Details")))
        self.column.insert_block(TableBlock(header, rows=((Inline(), Inline()),)))

    def insert_topics(self) -> None:
        if self.column is not None:
            self.column.insert_block(TopicListBlock(items=(), title=""))

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            str(Path.home()),
            self.tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> list[int]:
        from desktop_app.core.importer import collect_files, load_file
        from desktop_app.store.articles import create_articles

        try:
            loaded = [load_file(path) for path in collect_files(paths)]
            ids = create_articles(
                self.db,
                [NewArticle(document=a.document, language=a.language, direction=a.direction) for a in loaded],
            )
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Import failed"), self.error_message(error))
            return []
        if ids:
            self.open_article(ids[0])
        self.refresh_library()
        self.statusBar().showMessage(self.tr("Imported %n article(s)", "", len(ids)), 5000)
        return ids

    def _export_article(self) -> ExportArticle | None:
        """The open article as the exporters see it, its latest text saved first."""
        if self.record is None:
            return None
        self.inspector.flush_summary()
        self.autosaver.flush()
        from desktop_app.store.publishing import export_article_of

        try:
            return export_article_of(self.db, self.record.id)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Export failed"), self.error_message(error))
            return None

    def export_current(self) -> bool:
        """The export dialog: a file, or the clipboard, in the chosen format."""
        article = self._export_article()
        if article is None or self.record is None:
            return False
        from desktop_app.gui.export_dialog import ExportDialog

        dialog = ExportDialog(article, self.record.id, self)
        dialog.browser_preview_requested.connect(lambda options: self.preview_in_browser(options))
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return False
        options = dialog.options()
        if dialog.to_clipboard:
            return self.copy_export(article, options)
        from desktop_app.core.arabic import slugify
        from desktop_app.core.export.publish import file_suffix

        suffix = file_suffix(options.format)
        name = (self.record.slug or slugify(self.record.title) or "article") + suffix
        filters = {
            ".html": self.tr("HTML (*.html)"),
            ".md": self.tr("Markdown (*.md)"),
        }[suffix]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export article"), str(Path.home() / name), filters)
        return bool(path) and self.write_export(Path(path), article, options)

    def export_to(self, path: Path, fmt: str) -> bool:
        """Export without asking: `fmt` is html, fragment, md (markdown) or wordpress."""
        from desktop_app.core.export.publish import ExportOptions

        article = self._export_article()
        if article is None:
            return False
        fmt = "markdown" if fmt == "md" else fmt
        return self.write_export(path, article, ExportOptions(format=fmt))  # type: ignore[arg-type]

    def write_export(self, path: Path, article: ExportArticle, options: ExportOptions) -> bool:
        from desktop_app.core.export.publish import export_article
        from desktop_app.core.textfile import write_text_file

        self._revision_before_export()
        try:
            write_text_file(path, export_article(article, options))
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Export failed"), self.error_message(error))
            return False
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=isolate_ltr(str(path))), 5000)
        return True

    def copy_export(self, article: ExportArticle, options: ExportOptions) -> bool:
        """Put the export on the clipboard: HTML formats as text/html with the article's
        plain text as the fallback a plain-text field takes; Markdown and WordPress
        blocks as text, which is what their editors paste."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtWidgets import QApplication

        from desktop_app.core.export.publish import export_article

        self._revision_before_export()
        try:
            text = export_article(article, options)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Export failed"), self.error_message(error))
            return False
        mime = QMimeData()
        if options.format in ("html", "fragment"):
            mime.setHtml(text)
            mime.setText(article.document.plain_text())
        else:
            mime.setText(text)
        QApplication.clipboard().setMimeData(mime)
        self.statusBar().showMessage(self.tr("Copied to the clipboard"), 5000)
        return True

    def copy_for_cms(self) -> bool:
        """"Copy for CMS": the body as a fragment (text/html) and plain text."""
        from desktop_app.core.export.publish import ExportOptions

        article = self._export_article()
        if article is None or self.record is None:
            return False
        from desktop_app.gui.export_dialog import remembered_options

        remembered = remembered_options(self.record.id)
        options = ExportOptions(
            format="fragment",
            digits=remembered.digits,
            include_title=remembered.include_title,
            include_summary=remembered.include_summary,
            include_fact_box=remembered.include_fact_box,
        )
        return self.copy_export(article, options)

    def preview_in_browser(self, options: ExportOptions | None = None) -> Path | None:
        """Export the page to a temporary file and open it in the system browser."""
        import tempfile

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from desktop_app.core.export.publish import ExportOptions, export_article
        from desktop_app.core.textfile import write_text_file

        article = self._export_article()
        if article is None or self.record is None:
            return None
        page = ExportOptions(
            format="html",
            digits=options.digits if options else "as_typed",
            include_title=options.include_title if options else True,
            include_summary=options.include_summary if options else True,
            include_fact_box=options.include_fact_box if options else True,
        )
        folder = Path(tempfile.gettempdir()) / "hadath-preview"
        path = folder / f"{self.record.id}.html"
        try:
            folder.mkdir(exist_ok=True)
            write_text_file(path, export_article(article, page))
        except (HadathError, OSError) as error:
            message = self.error_message(error) if isinstance(error, HadathError) else str(error)
            QMessageBox.warning(self, self.tr("Cannot preview"), message)
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self, self.tr("Cannot open the browser"),
                self.tr("The page is at {path}; open it in a browser.").format(path=isolate_ltr(str(path))),
            )
        return path

    def export_event(self, event_id: int | None = None) -> bool:
        """All or some of the event's articles to a folder or a .zip."""
        event_id = event_id if event_id is not None else self._current_event_id()
        if event_id is None:
            return False
        self.autosaver.flush()
        from desktop_app.gui.event.bundle_export_dialog import BundleExportDialog

        try:
            dialog = BundleExportDialog(self.db, event_id, self)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Export failed"), self.error_message(error))
            return False
        dialog.exec()
        return True

    def _revision_before_export(self) -> None:
        """Keep the text being exported in the article's history."""
        if self.record is None:
            return
        from desktop_app.store.revisions import revision_before_export

        try:
            revision_before_export(self.db, self.record.id)
        except HadathError as error:
            # The export still goes ahead: a reporter on deadline is not held up by the history.
            self.statusBar().showMessage(self.error_message(error), 5000)

    def show_history(self) -> bool:
        """Article → History…: the revisions, a diff of each against the current text,
        and Restore; a restore reloads the article."""
        if self.record is None:
            return False
        self.inspector.flush_summary()
        if not self.autosaver.flush() and self.autosaver.dirty:
            return False  # the history must include what is on screen
        from desktop_app.gui.history_panel import HistoryPanel

        try:
            panel = HistoryPanel(self.db, self.record.id, self)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot show the history"), self.error_message(error))
            return False
        panel.restored.connect(self._on_revision_restored)
        panel.exec()
        panel.deleteLater()
        return True

    def _on_revision_restored(self, article_id: int, _revision_id: int) -> None:
        try:
            record = get_article(self.db, article_id)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot open article"), self.error_message(error))
            return
        self._show_record(record)
        self.refresh_library()
        self.statusBar().showMessage(
            self.tr("Revision restored. The text it replaced is in the history as “Before restore”."), 8000
        )

    def show_about(self) -> None:
        from desktop_app.gui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_preferences(self) -> Preferences | None:
        from desktop_app.gui.preferences_dialog import edit_preferences

        return edit_preferences(self)

    def show_user_guide(self) -> None:
        from desktop_app.gui.help_dialog import show_help

        show_help(self, self.language)

    def show_shortcuts(self) -> None:
        from desktop_app.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self, self).exec()

    def reload_article(self) -> bool:
        """Lay the open article out again from the database (a new editor font or theme:
        heading sizes and link colours are set when the text is laid out). Its text is
        saved first; its undo history starts afresh."""
        if self.record is None or self.column is None:
            return False
        self.inspector.flush_summary()
        if not self.autosaver.flush():
            return False  # unsaved text stays in the editor as it is
        try:
            record = get_article(self.db, self.record.id)
        except HadathError:
            return False
        sheet = self.event_sheet.event_id if self.event_sheet_shown() and self.event_sheet else None
        self._show_record(record)
        if sheet is not None:
            self.show_event(sheet)
        return True

    def error_message(self, error: HadathError) -> str:
        return translated_error(error)

    # Window state -----------------------------------------------------------------------

    def restore_state(self, settings: QSettings) -> int | None:
        """Geometry and splitter from the last session; returns the article it had open."""
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        last = settings.value("session/article")
        try:
            return int(last) if last is not None else None
        except (TypeError, ValueError):
            return None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.flush()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.inspector.flush_summary()
        if not self.autosaver.closed and not self.autosaver.flush():
            from desktop_app.gui.emergency import confirm_close_unsaved

            if not confirm_close_unsaved(self):
                event.ignore()  # the text stays open; saving is retried
                return
        self.autosaver.shutdown()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.ui.splitter.saveState())
        if self.record is not None:
            settings.setValue("session/article", self.record.id)
        self.remember_cursor()
        super().closeEvent(event)
