"""The library window: articles on one side, the selected article on the other.

It lists, searches, imports and exports; the block editor (issue 3) replaces the viewer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from desktop_app import __version__
from desktop_app.core.arabic import word_count
from desktop_app.core.errors import HadathError
from desktop_app.gui.forms.main_window_ui import Ui_MainWindow
from desktop_app.gui.icons import themed_icon
from desktop_app.gui.preview import document_html
from desktop_app.store.articles import ArticleRecord, get_article, list_articles
from desktop_app.store.database import Database

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole
WORDS_PER_MINUTE = 200


class MainWindow(QMainWindow):
    def __init__(self, db: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.record: ArticleRecord | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([320, 780])
        self.ui.articleView.document().setDocumentMargin(16)
        self._setup_actions()
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.refresh_library)
        self.ui.filterEdit.textChanged.connect(self._filter_timer.start)
        self.ui.articleList.currentItemChanged.connect(self._on_current_changed)
        self.refresh_library()

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionImport.setShortcut(QKeySequence.StandardKey.Open)
        ui.actionExportHtml.setShortcut(QKeySequence("Ctrl+E"))
        ui.actionExportMarkdown.setShortcut(QKeySequence("Ctrl+Shift+E"))
        ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        ui.actionImport.setIcon(themed_icon("fa6s.file-import", self, directional=True))
        ui.actionExportHtml.setIcon(themed_icon("fa6s.file-code", self))
        ui.actionExportMarkdown.setIcon(themed_icon("fa6b.markdown", self))
        ui.actionImport.triggered.connect(self.import_files)
        ui.actionExportHtml.triggered.connect(lambda: self.export_current("html"))
        ui.actionExportMarkdown.triggered.connect(lambda: self.export_current("md"))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        self._update_actions()

    def _update_actions(self) -> None:
        has_article = self.record is not None
        self.ui.actionExportHtml.setEnabled(has_article)
        self.ui.actionExportMarkdown.setEnabled(has_article)

    # Library -----------------------------------------------------------------------------

    def refresh_library(self) -> None:
        query = self.ui.filterEdit.text().strip()
        current = self.record.id if self.record else None
        self.ui.articleList.blockSignals(True)
        self.ui.articleList.clear()
        try:
            rows = self._library_rows(query)
        except HadathError as error:
            self.statusBar().showMessage(self.error_message(error), 5000)
            rows = []
        for article_id, label, tooltip in rows:
            item = QListWidgetItem(label)
            item.setData(ARTICLE_ID_ROLE, article_id)
            item.setToolTip(tooltip)
            self.ui.articleList.addItem(item)
            if article_id == current:
                self.ui.articleList.setCurrentItem(item)
        self.ui.articleList.blockSignals(False)
        self.ui.emptyLabel.setVisible(self.ui.articleList.count() == 0 and not query)

    def _library_rows(self, query: str) -> list[tuple[int, str, str]]:
        if query:
            from desktop_app.store.search import search_articles

            return [(h.article_id, h.title, h.snippet) for h in search_articles(self.db, query)]
        return [
            (s.id, s.title, self.tr("%n word(s)", "", s.word_count)) for s in list_articles(self.db)
        ]

    def show_first_article(self) -> None:
        """Open the most recently changed article, so the window never starts blank."""
        if self.record is None and self.ui.articleList.count():
            self.show_article(int(self.ui.articleList.item(0).data(ARTICLE_ID_ROLE)))

    def _on_current_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.show_article(int(item.data(ARTICLE_ID_ROLE)))

    def show_article(self, article_id: int) -> bool:
        try:
            record = get_article(self.db, article_id)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot open article"), self.error_message(error))
            return False
        self.record = record
        self.ui.articleView.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if record.direction == "rtl" else Qt.LayoutDirection.LeftToRight
        )
        self.ui.articleView.setHtml(document_html(record.document, record.direction))
        for row in range(self.ui.articleList.count()):
            item = self.ui.articleList.item(row)
            if item.data(ARTICLE_ID_ROLE) == article_id:
                self.ui.articleList.blockSignals(True)
                self.ui.articleList.setCurrentItem(item)
                self.ui.articleList.blockSignals(False)
        words = word_count(record.document.plain_text())
        minutes = max(1, round(words / WORDS_PER_MINUTE))
        self.statusBar().showMessage(
            self.tr("%n word(s)", "", words) + " · " + self.tr("%n min read", "", minutes)
        )
        self.setWindowTitle(self.tr("{title} — Hadath").format(title=record.title))
        self._update_actions()
        return True

    # Commands ----------------------------------------------------------------------------

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
        from desktop_app.store.articles import NewArticle, create_articles

        try:
            loaded = [load_file(path) for path in collect_files(paths)]
            ids = create_articles(
                self.db,
                [NewArticle(document=a.document, language=a.language, direction=a.direction) for a in loaded],
            )
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Import failed"), self.error_message(error))
            return []
        self.refresh_library()
        if ids:
            self.show_article(ids[0])
        self.statusBar().showMessage(self.tr("Imported %n article(s)", "", len(ids)), 5000)
        return ids

    def export_current(self, fmt: str) -> None:
        if self.record is None:
            return
        from desktop_app.core.arabic import slugify

        suffix = ".html" if fmt == "html" else ".md"
        name = (self.record.slug or slugify(self.record.title) or "article") + suffix
        filters = self.tr("HTML page (*.html)") if fmt == "html" else self.tr("Markdown (*.md)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export article"), str(Path.home() / name), filters
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> bool:
        if self.record is None:
            return False
        from desktop_app.core.codecs.markdown_out import to_markdown
        from desktop_app.core.export.html import HtmlOptions, render_document

        record = self.record
        if fmt == "html":
            options = HtmlOptions(record.language, record.direction, record.summary)
            text = render_document(record.document, options)
        else:
            text = to_markdown(record.document)
        try:
            temp = path.with_name(f".{path.name}.tmp")
            temp.write_text(text, encoding="utf-8", newline="\n")
            temp.replace(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Cannot write to {path}: {reason}").format(path=path, reason=error.strerror),
            )
            return False
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 5000)
        return True

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Hadath"),
            self.tr(
                "<p><b>Hadath {version}</b></p><p>An offline editor for reporters who cover "
                "events: fact boxes, agenda tables and articles in Arabic, French and English, "
                "exported as HTML or Markdown.</p>"
            ).format(version=__version__),
        )

    def error_message(self, error: HadathError) -> str:
        from PySide6.QtCore import QCoreApplication

        return error.message(lambda template: QCoreApplication.translate("errors", template))

    # Window state ------------------------------------------------------------------------

    def restore_state(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.ui.splitter.saveState())
        super().closeEvent(event)
