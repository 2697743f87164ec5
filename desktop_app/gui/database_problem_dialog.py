"""When the database cannot be opened: say why in plain words and offer a way on.

`Database.open` checks a file read-only before anything writes to it and refuses a damaged
file, a file that is not Hadath's (not SQLite, or another program's tables) and one made
by a newer Hadath (see `store.database`'s error classes). The dialog offers:

- Restore a backup (from `store.backups`' list, or any file): for a damaged database the
  backup takes its place through `restore_backup`, which first keeps the damaged file's
  bytes as a `damaged` copy in the backup folder; for any other refusal the backup is
  copied to a NEW file beside it, so a file Hadath did not make, or a newer Hadath's, is
  left exactly as it was.
- Open another file, or the one chosen instead last time.
- Start a new database: a new file name; an existing file is never written over.

`database_open.open_database`, the start-up loop, shows it on a refusal.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QStyle, QWidget

from desktop_app.core.errors import HadathError
from desktop_app.gui.database_open import path_digest
from desktop_app.gui.forms.database_problem_dialog_ui import Ui_DatabaseProblemDialog
from desktop_app.i18n import translated_error
from desktop_app.locale_names import short_local_time
from desktop_app.store.database import DamagedDatabaseError, ForeignDatabaseError, NewerDatabaseError

if TYPE_CHECKING:
    from desktop_app.preferences import Preferences
    from desktop_app.store.backups import Backup, BackupSettings

Kind = Literal["damaged", "foreign", "newer", "other"]
SUFFIX = ".sqlite3"


def problem_kind(error: HadathError) -> Kind:
    if isinstance(error, DamagedDatabaseError):
        return "damaged"
    if isinstance(error, ForeignDatabaseError):
        return "foreign"
    if isinstance(error, NewerDatabaseError):
        return "newer"
    return "other"


def _settings_key(path: Path) -> str:
    return f"database/instead/{path_digest(path)}"


def free_path(folder: Path, stem: str, label: str) -> Path:
    """`<stem>-<label>-<time>.sqlite3` in `folder`, numbered if taken: never an existing file."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    candidate = folder / f"{stem}-{label}-{stamp}{SUFFIX}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{label}-{stamp}-{number}{SUFFIX}"
    return candidate


class DatabaseProblemDialog(QDialog):
    """`chosen` is the database to open next once the dialog is accepted. Backups are
    looked for where `preferences` (the ones read at start; defaults when none) keep them."""

    def __init__(
        self,
        error: HadathError,
        path: Path,
        parent: QWidget | None = None,
        *,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        from desktop_app.preferences import Preferences

        self.preferences = preferences or Preferences()
        self.error = error
        self.path = path.absolute()
        self.kind = problem_kind(error)
        self.chosen: Path | None = None
        self.kept_as: Path | None = None  # the damaged file's copy, after a restore in place
        self.ui = Ui_DatabaseProblemDialog()
        self.ui.setupUi(self)
        ui = self.ui
        icon = QStyle.StandardPixmap.SP_MessageBoxCritical if self.kind == "damaged" else (
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        ui.iconLabel.setPixmap(self.style().standardIcon(icon).pixmap(48, 48))
        headline = QFont(ui.headlineLabel.font())
        headline.setBold(True)
        headline.setPointSizeF(headline.pointSizeF() * 1.15)
        ui.headlineLabel.setFont(headline)
        headline_text, message = self._texts()
        ui.headlineLabel.setText(headline_text)
        ui.messageLabel.setText(message)
        ui.detailLabel.setText(translated_error(error))
        ui.restoreButton.setDescription(
            self.tr("The backup takes the damaged file's place; the damaged file is kept in the backup folder.")
            if self.kind == "damaged"
            else self.tr("The backup is copied to a new file; this file stays as it is.")
        )
        ui.restoreButton.setVisible(self.kind != "other")
        ui.openButton.setDescription(self.tr("Choose a Hadath database somewhere else."))
        ui.newButton.setDescription(self.tr("An empty database in a new file, to start writing at once."))
        last = self.last_used()
        ui.lastUsedButton.setVisible(last is not None)
        if last is not None:
            ui.lastUsedButton.setDescription(str(last))
        ui.restoreButton.clicked.connect(self.restore_backup)
        ui.lastUsedButton.clicked.connect(lambda: self._choose(self.last_used()))
        ui.openButton.clicked.connect(self.open_other)
        ui.newButton.clicked.connect(self.start_new)

    def _texts(self) -> tuple[str, str]:
        name = self.path.name
        if self.kind == "damaged":
            return self.tr("This database is damaged"), self.tr(
                "Hadath checked “{name}” before opening it and found damage, so it neither opened nor "
                "changed it. Restore a backup, open another file or start a new database."
            ).format(name=name)
        if self.kind == "foreign":
            return self.tr("This is not a Hadath database"), self.tr(
                "“{name}” was not made by Hadath, so Hadath neither opened nor changed it. Open another "
                "file or start a new database."
            ).format(name=name)
        if self.kind == "newer":
            return self.tr("This database needs a newer Hadath"), self.tr(
                "“{name}” was made by a newer version of Hadath. Update Hadath to open it; meanwhile you "
                "can open another file or start a new database. The file was not changed."
            ).format(name=name)
        return self.tr("Hadath cannot open this database"), self.tr(
            "Open another file or start a new database; “{name}” was not changed."
        ).format(name=name)

    # --- choices ---------------------------------------------------------------------------

    def last_used(self) -> Path | None:
        value = QSettings().value(_settings_key(self.path))
        if not isinstance(value, str) or not value:
            return None
        path = Path(value)
        return path if path.is_file() and path != self.path else None

    def _choose(self, path: Path | None) -> None:
        if path is None:
            return
        self.chosen = path
        if path != self.path:
            QSettings().setValue(_settings_key(self.path), str(path))
        self.accept()

    def _folder(self) -> Path:
        return self.path.parent if self.path.parent.is_dir() else Path.home()

    def open_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(self._folder()),
            self.tr("Hadath databases (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self._choose(Path(path))

    def start_new(self) -> None:
        suggestion = free_path(self._folder(), self.path.stem, "new")
        while True:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Start a new database"), str(suggestion),
                self.tr("Hadath databases (*.sqlite3)"),
                options=QFileDialog.Option.DontConfirmOverwrite,  # we refuse instead of asking
            )
            if not path:
                return
            target = Path(path)
            if not target.suffix:
                target = target.with_suffix(SUFFIX)
            if not target.exists():
                self._choose(target)
                return
            QMessageBox.warning(
                self, self.tr("Choose a new name"),
                self.tr("“{path}” already exists. Hadath never writes over a file: choose a new name.").format(
                    path=target
                ),
            )
            suggestion = free_path(target.parent, target.stem, "new")

    def _settings(self) -> BackupSettings:
        from desktop_app.store.backups import BackupSettings

        return BackupSettings.from_preferences(self.path, self.preferences)

    def _backup_label(self, backup: Backup) -> str:
        kinds = {
            "auto": self.tr("daily"),
            "manual": self.tr("made on request"),
            "before-restore": self.tr("before a restore"),
            "before-update": self.tr("before an update"),
        }
        when = short_local_time(backup.created)
        return self.tr("{when} ({kind}) — {name}").format(
            when=when, kind=kinds.get(backup.kind, backup.kind), name=backup.path.name
        )

    def pick_backup(self) -> Path | None:
        """The newest backups first, then "Choose a file…"."""
        from desktop_app.store.backups import list_backups

        settings = self._settings()
        backups = [b for b in list_backups(self.path, settings.folder) if b.kind != "damaged"]
        other = self.tr("Choose a backup file…")
        labels = [self._backup_label(backup) for backup in backups] + [other]
        label, ok = QInputDialog.getItem(
            self, self.tr("Restore a backup"), self.tr("Backup to restore:"), labels, 0, False
        )
        if not ok:
            return None
        if label != other:
            return backups[labels.index(label)].path
        folder = settings.folder if settings.folder.is_dir() else self._folder()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(folder), self.tr("Backups (*.sqlite3 *.bak *.db);;All files (*)")
        )
        return Path(path) if path else None

    def restore_backup(self) -> bool:
        from desktop_app.store.backups import check_backup, copy_verified, restore_backup

        backup = self.pick_backup()
        if backup is None:
            return False
        try:
            if self.kind == "damaged":
                result = restore_backup(backup, self.path, self._settings())
                self.kept_as = result.previous.path if result.previous is not None else None
                target = self.path
            else:
                check_backup(backup)
                folder = self.path.parent if os.access(self.path.parent, os.W_OK) else backup.parent
                target = free_path(folder, self.path.stem, "restored")
                copy_verified(backup, target)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot restore the backup"), translated_error(error))
            return False
        if self.kept_as is not None:
            QMessageBox.information(
                self, self.tr("Backup restored"),
                self.tr("The backup was restored. The damaged file was kept as {path}.").format(path=self.kept_as),
            )
        self._choose(target)
        return True


# --- the start-up loop --------------------------------------------------------------------------
