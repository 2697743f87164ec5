"""Backups in the app: File → Back up now, File → Backups… (list, back up, restore), the
start-of-day backup, and restoring into a fresh main window.

Copies are made on a worker thread (`store.backups` holds the rules); the UI thread only
shows the outcome. A restore cannot happen under a window that keeps writing: the
window's text is saved, its Database closed, the file replaced, and a new MainWindow is
built on the reopened file (same size and place, same article when it still exists). A
new window rather than a reloaded one because every panel, editor and undo history holds
the old Database and ids that the restored file may not have; rebuilding is the one way
nothing stale survives. `window_replaced` tells whoever kept the old window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QTreeWidgetItem, QWidget

from desktop_app.core.errors import HadathError
from desktop_app.i18n import translated_error
from desktop_app.store import backups
from desktop_app.store.backups import Backup, BackupSettings

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.preferences import Preferences
    from desktop_app.store.database import Database

PATH_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_MS = 8000


def backup_settings_for(db: Database, preferences: Preferences) -> BackupSettings | None:
    """The backup folder and retention for this database, from the preferences the
    window holds (None: not a local file)."""
    if db.path is None:
        return None
    return BackupSettings.from_preferences(db.path, preferences)


def error_text(error: BaseException) -> str:
    return translated_error(error) if isinstance(error, HadathError) else str(error)


class BackupJob(QObject):
    """One backup on a worker thread; `done` (Backup or None) or `failed` (a message)
    arrive on the UI thread. Parented to the application, so a window closed meanwhile
    takes nothing down with it."""

    done = Signal(object)
    failed = Signal(str)
    _finished = Signal(object, object)  # (result, error), from the worker thread

    def __init__(self, task: Callable[[], Backup | None]) -> None:
        super().__init__(QApplication.instance())
        self._task = task
        self._finished.connect(self._deliver)
        self.worker: threading.Thread | None = None

    def start(self) -> None:
        self.worker = threading.Thread(target=self._run, name="backup", daemon=True)
        self.worker.start()

    def _run(self) -> None:
        try:
            result = self._task()
        except Exception as error:  # any failure is a message, never a crash of the app
            self._finished.emit(None, error)
        else:
            self._finished.emit(result, None)

    def _deliver(self, result: object, error: object) -> None:
        if isinstance(error, BaseException):
            self.failed.emit(error_text(error))
        else:
            self.done.emit(result)
        self.deleteLater()


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


# --- the start-of-day backup and "Back up now" ---------------------------------------------


def start_daily_backup(window: MainWindow, settings: BackupSettings | None = None) -> BackupJob | None:
    """The start-of-day backup (app.py calls it after the first paint): on a worker
    thread, made when the newest backup is more than a day old. The outcome is a
    status-bar message, never a dialog."""
    settings = settings or backup_settings_for(window.db, window.preferences)
    path = window.db.path
    if settings is None or path is None:
        return None
    job = BackupJob(lambda: backups.backup_if_due(path, settings))

    def done(made: object) -> None:
        if isinstance(made, Backup) and _alive(window):
            text = QCoreApplication.translate("BackupsDialog", "Backed up the database: {name}")
            window.statusBar().showMessage(text.format(name=made.path.name), STATUS_MS)

    def failed(message: str) -> None:
        if _alive(window):
            text = QCoreApplication.translate("BackupsDialog", "The daily backup was not made: {reason}")
            window.statusBar().showMessage(text.format(reason=message), 0)

    job.done.connect(done)
    job.failed.connect(failed)
    job.start()
    return job


def back_up_now(window: MainWindow, settings: BackupSettings | None = None) -> BackupJob | None:
    """File → Back up now: the open text saved first, then a backup on a worker thread."""
    window.inspector.flush_summary()
    window.autosaver.flush()
    settings = settings or _settings_or_warn(window)
    path = window.db.path
    if settings is None or path is None:
        return None
    window.ui.actionBackUpNow.setEnabled(False)
    window.statusBar().showMessage(QCoreApplication.translate("BackupsDialog", "Backing up…"))
    job = BackupJob(lambda: backups.make_backup(path, settings))

    def done(made: object) -> None:
        if not _alive(window):
            return
        window.ui.actionBackUpNow.setEnabled(True)
        assert isinstance(made, Backup)
        text = QCoreApplication.translate("BackupsDialog", "Backed up to {path}")
        window.statusBar().showMessage(text.format(path=made.path), STATUS_MS)

    def failed(message: str) -> None:
        if not _alive(window):
            return
        window.ui.actionBackUpNow.setEnabled(True)
        window.statusBar().clearMessage()
        QMessageBox.warning(window, QCoreApplication.translate("BackupsDialog", "Backup failed"), message)

    job.done.connect(done)
    job.failed.connect(failed)
    job.start()
    return job


def _settings_or_warn(window: MainWindow) -> BackupSettings | None:
    settings = backup_settings_for(window.db, window.preferences)
    if settings is None:
        message = QCoreApplication.translate(
            "BackupsDialog", "This database is on a server: back it up with the server's own tools."
        )
        QMessageBox.information(window, QCoreApplication.translate("BackupsDialog", "Backups"), message)
    return settings


# --- File → Backups… ------------------------------------------------------------------------


class BackupsDialog(QDialog):
    """The backups of one database, newest first. Accepting it means "restore
    `chosen`": the caller does the restore (it owns the window that must let go)."""

    def __init__(self, database_path: Path, settings: BackupSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.gui.forms.backups_dialog_ui import Ui_BackupsDialog

        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.database_path = database_path
        self.settings = settings
        self.chosen: Path | None = None
        self.job: BackupJob | None = None
        self.ui.introLabel.setText(
            self.tr(
                "Hadath backs the database up when it starts, once a day, and before it updates the file. "
                "It keeps the newest backup of each of the last {days} days and of the last {weeks} weeks."
            ).format(days=QLocale().toString(settings.daily), weeks=QLocale().toString(settings.weekly))
        )
        self.ui.folderLabel.setText(self.tr("Folder: {folder}").format(folder=settings.folder))
        header = self.ui.backupList.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, header.ResizeMode.ResizeToContents)
        self.ui.backupList.itemSelectionChanged.connect(self._update_buttons)
        self.ui.backupList.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.ui.backUpButton.clicked.connect(self.back_up)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.restoreFileButton.clicked.connect(self.restore_from_file)
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self.refresh()

    # --- the list -------------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        listing = self.ui.backupList
        listing.clear()
        locale = QLocale()
        for backup in backups.list_backups(self.database_path, self.settings.folder):
            item = QTreeWidgetItem([self._when(backup.created), self.kind_label(backup.kind),
                                    locale.formattedDataSize(backup.size)])
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setData(0, KIND_ROLE, backup.kind)
            item.setToolTip(0, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            listing.addTopLevelItem(item)
            if select is not None and backup.path == select:
                listing.setCurrentItem(item)
        self.ui.emptyLabel.setVisible(listing.topLevelItemCount() == 0)
        self._update_buttons()

    @staticmethod
    def _when(created: datetime) -> str:
        local = QDateTime.fromSecsSinceEpoch(int(created.timestamp())).toLocalTime()
        locale = QLocale()
        day = locale.toString(local.date(), QLocale.FormatType.LongFormat)
        return f"{day}  {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"

    def kind_label(self, kind: str) -> str:
        labels = {
            "auto": self.tr("Daily, automatic"),
            "manual": self.tr("Made by hand"),
            "before-restore": self.tr("Before a restore"),
            "before-update": self.tr("Before an update of Hadath"),
            "damaged": self.tr("Damaged file, kept aside"),
        }
        return labels.get(kind, kind)

    def backups_shown(self) -> list[tuple[Path, str]]:
        listing = self.ui.backupList
        return [
            (Path(listing.topLevelItem(row).data(0, PATH_ROLE)), str(listing.topLevelItem(row).data(0, KIND_ROLE)))
            for row in range(listing.topLevelItemCount())
        ]

    def select(self, path: Path) -> bool:
        listing = self.ui.backupList
        for row in range(listing.topLevelItemCount()):
            if Path(listing.topLevelItem(row).data(0, PATH_ROLE)) == path:
                listing.setCurrentItem(listing.topLevelItem(row))
                return True
        return False

    def _selected(self) -> QTreeWidgetItem | None:
        items = self.ui.backupList.selectedItems()
        return items[0] if items else None

    def _update_buttons(self) -> None:
        item = self._selected()
        restorable = item is not None and item.data(0, KIND_ROLE) != "damaged"
        self.ui.restoreButton.setEnabled(restorable)
        self.ui.restoreButton.setToolTip(
            self.tr("A damaged file cannot be restored; it is kept to be looked at.")
            if item is not None and not restorable
            else ""
        )
        self.ui.openFolderButton.setEnabled(self.settings.folder.is_dir())
        self.ui.backUpButton.setEnabled(self.job is None)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        palette = self.ui.statusLabel.palette()
        color = Qt.GlobalColor.red if error else self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.ui.statusLabel.setPalette(palette)
        self.ui.statusLabel.setText(text)

    # --- actions --------------------------------------------------------------------------

    def back_up(self) -> BackupJob:
        self._show_status(self.tr("Backing up…"))
        path, settings = self.database_path, self.settings
        self.job = BackupJob(lambda: backups.make_backup(path, settings))
        self.job.done.connect(self._backed_up)
        self.job.failed.connect(self._backup_failed)
        self._update_buttons()
        self.job.start()
        return self.job

    def _backed_up(self, made: object) -> None:
        if not _alive(self):
            return
        self.job = None
        assert isinstance(made, Backup)
        self.refresh(select=made.path)
        self._show_status(self.tr("Backed up: {name}").format(name=made.path.name))

    def _backup_failed(self, message: str) -> None:
        if not _alive(self):
            return
        self.job = None
        self._update_buttons()
        self._show_status(message, error=True)

    def restore_selected(self) -> bool:
        item = self._selected()
        if item is None or item.data(0, KIND_ROLE) == "damaged":
            return False
        return self._confirm_restore(Path(item.data(0, PATH_ROLE)), item.text(0))

    def restore_from_file(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self.settings.folder if self.settings.folder.is_dir() else Path.home()),
            self.tr("Hadath backups (*.sqlite3 *.bak *.db);;All files (*)"),
        )
        if not name:
            return False
        try:
            backups.check_restorable(Path(name), self.database_path)
        except HadathError as error:
            self._show_status(error_text(error), error=True)
            return False
        return self._confirm_restore(Path(name), Path(name).name)

    def _confirm_restore(self, path: Path, label: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore the backup"),
            self.tr(
                "Replace the database with the backup of {when}?\n\nEverything changed since then is "
                "replaced. The current database is backed up first, so this can be undone by "
                "restoring that backup."
            ).format(when=label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.chosen = path
        self.accept()
        return True

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.settings.folder)))


def show_backups(window: MainWindow, settings: BackupSettings | None = None) -> MainWindow | None:
    """File → Backups…; returns the new main window when a backup was restored."""
    settings = settings or _settings_or_warn(window)
    if settings is None or window.db.path is None:
        return None
    dialog = BackupsDialog(window.db.path, settings, window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return None
        chosen = dialog.chosen
    finally:
        dialog.deleteLater()
    return restore_in_window(window, chosen, settings)


# --- restoring under a window ------------------------------------------------------------------


class _WindowSwaps(QObject):
    replaced = Signal(object, object)  # (old MainWindow, new MainWindow)


window_replaced = _WindowSwaps()
# Top-level windows made here have no Python owner but this list.
_windows: list[QWidget] = []


def restore_in_window(window: MainWindow, backup: Path, settings: BackupSettings | None = None) -> MainWindow | None:
    """Restore `backup` and carry on in a new main window on the restored file. A backup
    that cannot be restored, or text that cannot be saved first, leaves the window and
    its database as they were; the new window is returned, None when nothing changed."""
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.store.database import Database

    translate = QCoreApplication.translate
    path = window.db.path
    settings = settings or _settings_or_warn(window)
    if settings is None or path is None:
        return None
    title = translate("BackupsDialog", "Cannot restore the backup")
    try:
        backups.check_restorable(backup, path)
    except HadathError as error:
        QMessageBox.warning(window, title, error_text(error))
        return None
    # What was typed reaches the file before the file is backed up and replaced.
    window.inspector.flush_summary()
    if window.events.sheet is not None:
        window.events.sheet.flush()
    if not window.autosaver.flush() and window.autosaver.dirty:
        QMessageBox.warning(
            window, title,
            translate("BackupsDialog", "The latest changes could not be saved, so nothing was restored. "
                                "Try again once they are saved."),
        )
        return None
    window.remember_cursor()
    article_id = window.record.id if window.record is not None else None
    geometry, splitter = window.saveGeometry(), window.ui.splitter.saveState()
    window.autosaver.shutdown()
    window.db.close()
    failure: HadathError | None = None
    result = None
    try:
        result = backups.restore_backup(backup, path, settings)
    except HadathError as error:
        failure = error  # the file is as it was: carry on with it in the new window
    try:
        database = Database.open(path, defer_integrity_check=True)
    except HadathError as error:
        QMessageBox.critical(window, translate("BackupsDialog", "Cannot open the database"), error_text(error))
        window.close()
        return None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.aboutToQuit.connect(database.close)
    new = MainWindow(database, window.language, preferences=window.preferences)
    _windows.append(new)
    new.destroyed.connect(lambda _=None, w=new: _windows.remove(w) if w in _windows else None)
    new.restoreGeometry(geometry)
    new.ui.splitter.restoreState(splitter)
    new.show()
    if article_id is None or not new.open_article(article_id, quiet=True):
        new.show_first_article()
    new.safety.verify_database()
    window.close()
    window.deleteLater()
    window_replaced.replaced.emit(window, new)
    if failure is not None:
        QMessageBox.warning(new, title, error_text(failure))
    elif result is not None:
        message = translate("BackupsDialog", "Restored {backup}.").format(backup=backup.name)
        if result.previous is not None:
            message += " " + translate("BackupsDialog", "The database it replaced is kept as {previous}.").format(
                previous=result.previous.path.name
            )
        new.statusBar().showMessage(message, 0)
    return new
