"""Claiming and opening the database at start: one writer per file (`single_instance`),
then `Database.open`; on a refusal, `database_problem_dialog` says why and offers a way on,
and what the reporter chose is tried next.

Kept apart from the dialog so the start-up path does not build the dialog's classes: a
good file, the usual case, needs none of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from desktop_app.core.errors import HadathError
from desktop_app.gui.single_instance import digest, resolved

if TYPE_CHECKING:
    from desktop_app.gui.single_instance import InstanceGuard
    from desktop_app.preferences import Preferences
    from desktop_app.store.database import Database

_DAMAGED = "database/damaged"


def path_digest(path: Path) -> str:
    """A database file's part of a settings key."""
    return digest(str(resolved(path)), 16)


def remember_damaged(path: Path) -> None:
    """The deferred integrity check found damage after the window opened: the next start
    checks this file in full before opening it, so the dialog can offer a way out."""
    QSettings().setValue(f"{_DAMAGED}/{path_digest(path)}", True)


def was_damaged(path: Path) -> bool:
    return QSettings().value(f"{_DAMAGED}/{path_digest(path)}") in (True, "true")


def forget_damaged(path: Path) -> None:
    QSettings().remove(f"{_DAMAGED}/{path_digest(path)}")


def local_path(target: str | Path) -> Path | None:
    """The file a target names (a path or a sqlite:/// URL); None for a server URL.
    Parsed by hand: SQLAlchemy stays off the start-up path (DESIGN.md decision 9)."""
    text = str(target)
    if "://" not in text:
        return Path(text).expanduser().absolute()
    prefix = "sqlite:///"
    if text.startswith(prefix) and len(text) > len(prefix) and ":memory:" not in text:
        return Path(text[len(prefix):].split("?", 1)[0]).expanduser().absolute()
    return None


def open_database(
    target: str | None, article_id: int | None = None, preferences: Preferences | None = None
) -> tuple[Database, InstanceGuard | None] | int:
    """Claim and open the database, asking the reporter what to do when it cannot be
    opened. An int is the exit status to end with: 0 when a running Hadath took the launch
    over, 1 when the reporter gave up or another Hadath holds the file and does not answer."""
    from desktop_app.gui.single_instance import Claim, InstanceGuard
    from desktop_app.store.database import Database, resolve_target

    translate = QCoreApplication.translate
    current: str | Path | None = target
    while True:
        resolved = resolve_target(current)
        path = local_path(resolved)
        guard: InstanceGuard | None = None
        if path is not None:
            guard = InstanceGuard(path)
            claim = guard.claim(article_id)
            if claim is Claim.FORWARDED:
                return 0
            if claim is Claim.BUSY:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.critical(
                    None,
                    translate("DatabaseProblemDialog", "Hadath is already open"),
                    translate(
                        "DatabaseProblemDialog",
                        "Another Hadath (process {pid}) has “{path}” open but does not answer. Close it, or "
                        "wait a moment and start Hadath again.",
                    ).format(pid=guard.owner_pid() or "?", path=path),
                )
                return 1
        # A file found damaged last time is checked in full now; others after the first paint.
        full_check = path is not None and was_damaged(path)
        try:
            database = Database.open(resolved, defer_integrity_check=not full_check)
            if full_check and path is not None:
                forget_damaged(path)  # restored or repaired since: it passed
            return database, guard
        except HadathError as error:
            if guard is not None:
                guard.release()
            if path is None:
                from PySide6.QtWidgets import QMessageBox

                from desktop_app.i18n import translated_error

                QMessageBox.critical(
                    None, translate("DatabaseProblemDialog", "Cannot open the database"), translated_error(error)
                )
                return 1
            from desktop_app.gui.database_problem_dialog import DatabaseProblemDialog

            dialog = DatabaseProblemDialog(error, path, preferences=preferences)
            if dialog.exec() != DatabaseProblemDialog.DialogCode.Accepted or dialog.chosen is None:
                return 1
            current = dialog.chosen
