"""The writing desk: library on one side, the article's block editor in the middle, the
inspector on the other side; autosave and one undo history per article.

The window owns a controller for each of its other parts: its actions (window_actions),
the event workspace (window_events), exports (window_export) and the trash, history and
damaged-file safety (window_safety); the Help menu is in window_help."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QWidget

from desktop_app.core.arabic import word_count
from desktop_app.core.document import Document, TableBlock, TopicListBlock
from desktop_app.core.errors import HadathError
from desktop_app.core.inline import Inline
from desktop_app.gui.autosave import Autosaver
from desktop_app.gui.forms.main_window_ui import Ui_MainWindow
from desktop_app.gui.inspector import Inspector
from desktop_app.gui.language_switch import defaults_for_language
from desktop_app.gui.library import ARTICLE_ID_ROLE
from desktop_app.gui.window_actions import WindowActions
from desktop_app.gui.window_events import EventWorkspace
from desktop_app.gui.window_export import ExportCommands
from desktop_app.gui.window_safety import FileSafety
from desktop_app.i18n import translated_error
from desktop_app.preferences import Preferences
from desktop_app.store.database import Database
from desktop_app.store.reads import get_article, list_articles, list_events
from desktop_app.store.records import ArticleRecord, NewArticle

if TYPE_CHECKING:
    from desktop_app.gui.editor.column import ArticleColumn

# Writes import desktop_app.store.articles inside the methods that write: it brings
# SQLAlchemy, which the first paint does not need (DESIGN.md decision 9).

WORDS_PER_MINUTE = 200


def _cursor_key(article_id: int) -> str:
    return f"cursor/{article_id}"


class MainWindow(QMainWindow):
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
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setStretchFactor(2, 0)
        self.ui.splitter.setSizes([280, 720, 280])
        self.ui.libraryTree.setup()
        self.ui.libraryTree.article_chosen.connect(self.open_article)
        self.undo_group = QUndoGroup(self)
        self.events = EventWorkspace(self)
        self.exports = ExportCommands(self)
        self.safety = FileSafety(self)
        self.ui.libraryTree.event_chosen.connect(self.events.show_event)
        self.words_label = QLabel(self)
        self.save_label = QLabel(self)
        from desktop_app.gui.emergency import EmergencyStore

        # Text the database refuses is also kept in an emergency file (issue 6, part 7).
        self.autosaver = Autosaver(
            db, delay_ms=round(self.preferences.autosave_seconds * 1000), parent=self, emergency=EmergencyStore(db)
        )
        self.autosaver.saving.connect(lambda: self.save_label.setText(self.tr("Saving…")))
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self.safety.show_save_failed)
        self.inspector = Inspector(self.ui, self)
        self.inspector.metadata_changed.connect(self.change_metadata)
        self.inspector.load(None, [])
        self.statusBar().addPermanentWidget(self.words_label)
        self.statusBar().addPermanentWidget(self.save_label)
        self.window_actions = WindowActions(self)
        self.undo_action, self.redo_action = self.window_actions.undo, self.window_actions.redo
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
                    self.event_list(),
                )
        except HadathError as error:
            tree.clear()
            self.statusBar().showMessage(self.error_message(error), 5000)
        sheet = self.events.sheet
        if self.events.sheet_shown() and sheet is not None and sheet.event_id is not None:
            tree.select_event(sheet.event_id)
        elif self.record is not None:
            tree.select_article(self.record.id)
        self.ui.emptyLabel.setVisible(not query and tree.topLevelItemCount() == 0)

    def _title_entered(self) -> None:
        if self.column is not None:
            self.column.focus_start()

    def show_first_article(self) -> None:
        """Open the most recently changed article, so the window never starts blank."""
        items = self.ui.libraryTree.article_items()
        if self.record is None and items:
            self.open_article(int(items[0].data(0, ARTICLE_ID_ROLE)))

    # Opening ----------------------------------------------------------------------------

    def open_article(self, article_id: int, *, quiet: bool = False) -> bool:
        if self.record is not None and self.record.id == article_id:
            self.show_editor()
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
        self.show_record(record)
        return True

    def show_record(self, record: ArticleRecord) -> None:
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
        direction = record.direction if record.direction != "auto" else "rtl"
        # The editors load with the first article, after the window is on screen.
        from desktop_app.gui.editor.column import ArticleColumn

        self.column = ArticleColumn(
            record.document.blocks, direction, self.undo_stack, self.ui.editorHost,
            source_title=self.events.source_title,
        )
        self.column.changed.connect(self.autosaver.mark_dirty)
        self.column.edit_source_requested.connect(self.events.edit_source)
        self.column.slash_menu_requested.connect(lambda pos: self.ui.menuInsert.exec(pos))
        self.ui.editorLayout.addWidget(self.column)
        self._document = record.document
        self.autosaver.watch(record.id, self.snapshot, language=record.language, direction=record.direction)
        self.inspector.load(record, self.event_list())
        # The stored count: counting 50,000 words again would delay the first paint.
        self._show_counts(record.word_count)
        self.save_label.setText("")
        # Shows the column, selects the article in the library, titles the window.
        self.show_editor(refresh=False)  # just read: its linked blocks are current
        place = QSettings().value(_cursor_key(record.id))
        if not (isinstance(place, str) and self.column.restore_cursor(place)):
            self.column.focus_start()

    def show_editor(self, *, refresh: bool = True) -> None:
        """Back from the event sheet to the open article (or the placeholder)."""
        sheet = self.events.sheet
        if sheet is not None and sheet.isVisibleTo(self):
            sheet.flush()
            sheet.hide()
            refresh = True
        self.ui.inspectorScroll.show()
        if self.column is not None:
            self.column.show()
            self.ui.placeholderLabel.hide()
            if refresh:
                self.events.refresh_open_article()
            if self.undo_stack is not None:
                self.undo_group.setActiveStack(self.undo_stack)
        else:
            self.ui.placeholderLabel.show()
        if self.record is not None:
            self.ui.libraryTree.select_article(self.record.id)
            self.setWindowTitle(self.tr("{title} — Hadath").format(title=self.record.title))
        self.window_actions.update()

    def remember_cursor(self) -> None:
        """Where the cursor is in the open article, for the next time it opens."""
        if self.record is not None and self.column is not None:
            QSettings().setValue(_cursor_key(self.record.id), self.column.cursor_state())

    def event_list(self) -> list[Any]:
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
            self.inspector.load(self.record, self.event_list())
            return False
        self.record = record
        self.inspector.load(record, self.event_list())
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

    def _close_editor(self) -> None:
        if self.events.sheet is not None:
            self.events.sheet.hide()
        if self.column is not None:
            self.column.hide()
            self.column.deleteLater()
            self.column = None
        self.record = None
        self.inspector.load(None, [])
        self.ui.placeholderLabel.show()
        self.words_label.setText("")
        self.window_actions.update()

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
        sheet = self.events.sheet.event_id if self.events.sheet_shown() and self.events.sheet else None
        self.show_record(record)
        if sheet is not None:
            self.events.show_event(sheet)
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
