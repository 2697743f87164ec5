"""The main window's exports: the export dialog, a file or the clipboard, Copy for CMS, the
browser preview and an event's articles; the exported text is kept in the history first."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.arabic import isolate_ltr
from desktop_app.core.errors import HadathError

if TYPE_CHECKING:
    from desktop_app.core.export.publish import ExportArticle, ExportOptions
    from desktop_app.gui.main_window import MainWindow


class ExportCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def defaults(self) -> ExportOptions:
        """An article's first export: the digits chosen in Preferences."""
        from desktop_app.gui.export_dialog import default_options

        return default_options(self._window.preferences.digit_style)

    def current_article(self) -> ExportArticle | None:
        """The open article as the exporters see it, its latest text saved first."""
        window = self._window
        if window.record is None:
            return None
        window.inspector.flush_summary()
        window.autosaver.flush()
        from desktop_app.store.publishing import export_article_of

        try:
            return export_article_of(window.db, window.record.id)
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Export failed"), window.error_message(error))
            return None

    def export_current(self) -> bool:
        """The export dialog: a file, or the clipboard, in the chosen format."""
        window = self._window
        article = self.current_article()
        if article is None or window.record is None:
            return False
        from desktop_app.gui.export_dialog import ExportDialog

        dialog = ExportDialog(article, window.record.id, window, defaults=self.defaults())
        dialog.browser_preview_requested.connect(lambda options: self.preview_in_browser(options))
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return False
        options = dialog.options()
        if dialog.to_clipboard:
            return self.copy_export(article, options)
        from desktop_app.core.arabic import slugify
        from desktop_app.core.export.publish import file_suffix

        suffix = file_suffix(options.format)
        name = (window.record.slug or slugify(window.record.title) or "article") + suffix
        filters = {
            ".html": self.tr("HTML (*.html)"),
            ".md": self.tr("Markdown (*.md)"),
        }[suffix]
        path, _ = QFileDialog.getSaveFileName(window, self.tr("Export article"), str(Path.home() / name), filters)
        return bool(path) and self.write_export(Path(path), article, options)

    def export_to(self, path: Path, fmt: str) -> bool:
        """Export without asking: `fmt` is html, fragment, md (markdown) or wordpress."""
        from desktop_app.core.export.publish import ExportOptions

        article = self.current_article()
        if article is None:
            return False
        fmt = "markdown" if fmt == "md" else fmt
        return self.write_export(path, article, ExportOptions(format=fmt))  # type: ignore[arg-type]

    def write_export(self, path: Path, article: ExportArticle, options: ExportOptions) -> bool:
        from desktop_app.core.export.publish import export_article
        from desktop_app.core.textfile import write_text_file

        window = self._window
        self._revision_before_export()
        try:
            write_text_file(path, export_article(article, options))
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Export failed"), window.error_message(error))
            return False
        window.statusBar().showMessage(self.tr("Exported to {path}").format(path=isolate_ltr(str(path))), 5000)
        return True

    def copy_export(self, article: ExportArticle, options: ExportOptions) -> bool:
        """Put the export on the clipboard: HTML formats as text/html with the article's
        text (same parts, same digits) as the fallback a plain-text field takes; Markdown
        and WordPress blocks as text, which is what their editors paste."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtWidgets import QApplication

        from desktop_app.core.export.publish import export_with_plain_text

        window = self._window
        self._revision_before_export()
        try:
            text, plain = export_with_plain_text(article, options)
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Export failed"), window.error_message(error))
            return False
        mime = QMimeData()
        if options.format in ("html", "fragment"):
            mime.setHtml(text)
            mime.setText(plain)
        else:
            mime.setText(text)
        QApplication.clipboard().setMimeData(mime)
        window.statusBar().showMessage(self.tr("Copied to the clipboard"), 5000)
        return True

    def copy_for_cms(self) -> bool:
        """"Copy for CMS": the body as a fragment (text/html) and plain text."""
        window = self._window
        article = self.current_article()
        if article is None or window.record is None:
            return False
        from desktop_app.gui.export_dialog import remembered_options

        remembered = remembered_options(window.record.id, self.defaults())
        return self.copy_export(article, replace(remembered, format="fragment", front_matter=False))

    def preview_in_browser(self, options: ExportOptions | None = None) -> Path | None:
        """Export the page to a temporary file and open it in the system browser."""
        import tempfile

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from desktop_app.core.export.publish import ExportOptions, export_article
        from desktop_app.core.textfile import write_text_file

        window = self._window
        article = self.current_article()
        if article is None or window.record is None:
            return None
        page = ExportOptions(
            format="html",
            digits=options.digits if options else "as_typed",
            include_title=options.include_title if options else True,
            include_summary=options.include_summary if options else True,
            include_fact_box=options.include_fact_box if options else True,
        )
        folder = Path(tempfile.gettempdir()) / "hadath-preview"
        path = folder / f"{window.record.id}.html"
        try:
            folder.mkdir(exist_ok=True)
            write_text_file(path, export_article(article, page))
        except (HadathError, OSError) as error:
            message = window.error_message(error) if isinstance(error, HadathError) else str(error)
            QMessageBox.warning(window, self.tr("Cannot preview"), message)
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                window, self.tr("Cannot open the browser"),
                self.tr("The page is at {path}; open it in a browser.").format(path=isolate_ltr(str(path))),
            )
        return path

    def export_event(self, event_id: int | None = None) -> bool:
        """All or some of the event's articles to a folder or a .zip."""
        window = self._window
        event_id = event_id if event_id is not None else window.events.current_event_id()
        if event_id is None:
            return False
        window.autosaver.flush()
        from desktop_app.gui.event.bundle_export_dialog import BundleExportDialog

        try:
            dialog = BundleExportDialog(window.db, event_id, window)
        except HadathError as error:
            QMessageBox.warning(window, self.tr("Export failed"), window.error_message(error))
            return False
        dialog.exec()
        return True

    def _revision_before_export(self) -> None:
        """Keep the text being exported in the article's history."""
        window = self._window
        if window.record is None:
            return
        from desktop_app.store.revisions import revision_before_export

        try:
            revision_before_export(window.db, window.record.id)
        except HadathError as error:
            # The export still goes ahead: a reporter on deadline is not held up by the history.
            window.statusBar().showMessage(window.error_message(error), 5000)
