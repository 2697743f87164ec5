"""Export an event's articles as a bundle: each chosen article as an HTML page and/or a
Markdown twin, plus an index page, into a new folder or one zip file.

The bundle is read, rendered and written on a worker thread while a progress dialog with
Cancel keeps the window responsive; `core.export.bundle.write_bundle` guarantees that a
cancel or an error leaves nothing on disk.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop_app.core.arabic import isolate_ltr, slugify
from desktop_app.core.errors import HadathError
from desktop_app.core.export.bundle import (
    ZIP_SUFFIX,
    BundleFormats,
    check_target,
    is_zip_target,
    plan_bundle,
    write_bundle,
)
from desktop_app.gui.forms.bundle_export_dialog_ui import Ui_BundleExportDialog
from desktop_app.i18n import translated_error
from desktop_app.store.database import Database
from desktop_app.store.events import event_articles, get_event
from desktop_app.store.publishing import read_event_export

_ID_ROLE = Qt.ItemDataRole.UserRole
# Isolate a title inside a sentence of the other direction, so the quotes around an
# Arabic title in an English sentence (and the reverse) stay where they belong.
_FSI, _PDI = "\u2068", "\u2069"


class _ExportJob(QObject):
    """The work of one export, run on a plain Python thread. It only emits signals;
    their receivers live on the GUI thread, so Qt queues every call there."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # (Path written or None when cancelled, error or None)

    def __init__(
        self, db: Database, event_id: int, article_ids: list[int], formats: BundleFormats, target: Path
    ) -> None:
        super().__init__()
        self.db = db
        self.event_id = event_id
        self.article_ids = article_ids
        self.formats: BundleFormats = formats
        self.target = target
        self.cancelled = threading.Event()

    def run(self) -> None:
        written: Path | None = None
        failure: Exception | None = None
        try:
            export = read_event_export(self.db, self.event_id, self.article_ids)
            plan = plan_bundle(
                export.articles,
                event_title=export.title,
                locale=export.language,
                time_zone=export.time_zone,
                formats=self.formats,
            )
            written = write_bundle(plan, self.target, progress=self._progress)
        except Exception as error:  # shown to the user, not lost with the thread
            failure = error
        finally:
            # Always: the dialog's event loop waits for this to end.
            self.finished.emit(written, failure)

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled.is_set()


class BundleExportDialog(QDialog):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.ui = Ui_BundleExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.record = get_event(db, event_id)
        self.message_box: QMessageBox | None = None
        self.last_message = ""
        self.progress_dialog: QProgressDialog | None = None
        self._job: _ExportJob | None = None
        self._loop: QEventLoop | None = None
        self._outcome: tuple[object, object] = (None, None)

        ui.introLabel.setText(
            self.tr("Each chosen article of “{event}” is written as an HTML page and a Markdown file.").format(
                event=f"{_FSI}{self.record.title}{_PDI}"
            )
        )
        statuses = {"draft": self.tr("draft"), "ready": self.tr("ready"), "published": self.tr("published")}
        for summary in event_articles(db, event_id):
            item = QListWidgetItem(summary.title or self.tr("Untitled article"))
            item.setData(_ID_ROLE, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(
                self.tr("{status}, changed {date}").format(
                    status=statuses.get(summary.status, summary.status),
                    date=summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
            )
            ui.articlesList.addItem(item)

        ui.formatCombo.addItem(self.tr("HTML and Markdown"), "both")
        ui.formatCombo.addItem(self.tr("HTML only"), "html")
        ui.formatCombo.addItem(self.tr("Markdown only"), "markdown")

        self.export_button = ui.buttonBox.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        ui.destinationEdit.setText(str(self._default_destination(zip_file=True)))

        ui.selectAllButton.clicked.connect(lambda: self.set_all_checked(True))
        ui.selectNoneButton.clicked.connect(lambda: self.set_all_checked(False))
        ui.articlesList.itemChanged.connect(self._update_state)
        ui.destinationEdit.textChanged.connect(self._update_state)
        ui.zipRadio.toggled.connect(self._kind_changed)
        ui.browseButton.clicked.connect(self.browse)
        self.export_button.clicked.connect(self._export_clicked)
        self._update_state()

    # --- choices -----------------------------------------------------------------------

    def article_ids(self) -> list[int]:
        """The checked articles, in the list's order."""
        found = []
        for row in range(self.ui.articlesList.count()):
            item = self.ui.articlesList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(_ID_ROLE)))
        return found

    def set_all_checked(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.ui.articlesList.count()):
            self.ui.articlesList.item(row).setCheckState(state)

    @property
    def formats(self) -> BundleFormats:
        value = str(self.ui.formatCombo.currentData())
        return "html" if value == "html" else "markdown" if value == "markdown" else "both"

    def set_formats(self, formats: BundleFormats) -> None:
        self.ui.formatCombo.setCurrentIndex(self.ui.formatCombo.findData(formats))

    def _update_state(self) -> None:
        chosen, total = len(self.article_ids()), self.ui.articlesList.count()
        self.ui.countLabel.setText(self.tr("{chosen} of {total} chosen").format(chosen=chosen, total=total))
        self.export_button.setEnabled(chosen > 0 and bool(self.ui.destinationEdit.text().strip()))

    def _event_stem(self) -> str:
        return slugify(self.record.title) or f"event-{self.event_id}"

    def _default_destination(self, *, zip_file: bool) -> Path:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        return _free_path(folder, self._event_stem(), ZIP_SUFFIX if zip_file else "")

    def _kind_changed(self, zip_file: bool) -> None:
        # Keep the typed place, change only what is made there: name.zip ↔ name/.
        text = self.ui.destinationEdit.text().strip()
        if not text:
            return
        path = Path(text)
        if zip_file and not is_zip_target(path):
            path = path.with_name(path.name + ZIP_SUFFIX)
        elif not zip_file and is_zip_target(path):
            path = path.with_name(path.name[: -len(ZIP_SUFFIX)] or self._event_stem())
        self.ui.destinationEdit.setText(str(path))

    def browse(self) -> None:
        current = Path(self.ui.destinationEdit.text().strip() or self._default_destination(zip_file=True))
        if self.ui.zipRadio.isChecked():
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to a zip file"), str(current), self.tr("Zip archives (*.zip)")
            )
            if name:
                path = Path(name)
                if not is_zip_target(path):
                    path = path.with_name(path.name + ZIP_SUFFIX)
                self.ui.destinationEdit.setText(str(path))
            return
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to a folder"), str(current.parent))
        if chosen:
            folder = Path(chosen)
            # An empty folder is used as it is; a folder with files gets a new subfolder,
            # since the bundle never mixes with what is there.
            empty = folder.is_dir() and not any(folder.iterdir())
            self.ui.destinationEdit.setText(str(folder if empty else _free_path(folder, self._event_stem(), "")))

    # --- exporting ---------------------------------------------------------------------

    def _export_clicked(self) -> None:
        target = Path(self.ui.destinationEdit.text().strip()).expanduser()
        if self.ui.zipRadio.isChecked() and not is_zip_target(target):
            target = target.with_name(target.name + ZIP_SUFFIX)
            self.ui.destinationEdit.setText(str(target))
        if is_zip_target(target) and target.is_file():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("“{path}” already exists. Replace it?").format(path=isolate_ltr(str(target))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.export_to(target) and self.message_box is not None:
            self.message_box.finished.connect(self.accept)

    def export_to(self, target: Path) -> bool:
        """Export the checked articles to `target` (a folder, or a zip when it ends in
        .zip) with a progress dialog, waiting while the event loop runs. True when the
        bundle was written; False when refused, failed or cancelled (nothing written).
        The outcome is shown in a message box that does not block."""
        if self._job is not None:
            return False  # one export at a time (the progress dialog is modal anyway)
        article_ids = self.article_ids()
        if not article_ids:
            self._show(QMessageBox.Icon.Warning, self.tr("Choose at least one article to export."))
            return False
        try:
            target = check_target(target)  # a quick refusal before any work starts
        except HadathError as error:
            self._show(QMessageBox.Icon.Warning, translated_error(error))
            return False

        job = _ExportJob(self.db, self.event_id, article_ids, self.formats, target)
        progress = QProgressDialog(self.tr("Exporting the articles…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.windowTitle())
        # Window-modal and shown at once: the dialog takes no input while the worker runs.
        # (Disabling the dialog instead would disable its child, the Cancel button too.)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancelled.set)
        job.progressed.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        self._job, self.progress_dialog, self._loop = job, progress, QEventLoop(self)
        self._outcome = (None, None)
        worker = threading.Thread(target=job.run, name="bundle-export", daemon=True)
        progress.show()
        try:
            worker.start()
            self._loop.exec()
            worker.join()
        finally:
            progress.close()
            progress.deleteLater()
            self._job, self.progress_dialog, self._loop = None, None, None
        written, failure = self._outcome
        if failure is not None:
            text = (
                translated_error(failure)
                if isinstance(failure, HadathError)
                else self.tr("The export failed: {reason}").format(reason=str(failure))
            )
            self._show(QMessageBox.Icon.Warning, text)
            return False
        if written is None:
            self._show(QMessageBox.Icon.Information, self.tr("The export was cancelled; nothing was written."))
            return False
        self._show(
            QMessageBox.Icon.Information,
            self.tr("Exported %n article(s) to {path}", "", len(article_ids)).format(path=isolate_ltr(str(written))),
        )
        return True

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        progress = self.progress_dialog
        if progress is None or progress.wasCanceled():
            return
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(self.tr("Writing file {done} of {total}…").format(done=done, total=total))

    @Slot(object, object)
    def _on_finished(self, written: object, error: object) -> None:
        self._outcome = (written, error)
        if self._loop is not None:
            self._loop.quit()

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(icon, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Deleted when closed: forget it then, but only if no newer box took its place.
        box.destroyed.connect(lambda: self._forget_box(box))
        box.open()
        self.message_box = box
        self.last_message = text

    def _forget_box(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None


def _free_path(folder: Path, stem: str, suffix: str) -> Path:
    """`folder/stem+suffix`, or with -2, -3… when that name is taken: a default never
    points at something the export would replace or refuse."""
    candidate, number = folder / f"{stem}{suffix}", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate
