"""Emergency copies: text the database refused, kept on disk until it is safe.

When an autosave fails (disk full, read-only folder, the file removed under us, a damaged
database), the autosaver writes the article as it stands to
`<data folder>/emergency/<database key>-<article id>-<session>.json` (the document, to
recover from) and `.md` beside it (to read by hand if Hadath will not start), each written
atomically. The session part keeps one run's copy from replacing a copy an earlier run
left. When saving works again, that run's copy is removed.

At the next start, leftover copies are offered (`offer_recovery`): "Recover" puts each
back into its article when it comes from this database and the article has not changed
since, and otherwise adds it as a new article; "Later" keeps the files; "Discard" asks
first. Offered with a database: its own copies, and those of a database file that is gone;
a copy of another database that still exists waits for that one. A copy whose Hadath is
still running (it holds that database's lock) is not offered.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import weakref
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTreeWidgetItem, QWidget

from desktop_app.core.document import Document, document_from_json, document_to_json
from desktop_app.core.errors import HadathError
from desktop_app.gui.single_instance import digest
from desktop_app.i18n import translated_error
from desktop_app.locale_names import short_local_time

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.store.database import Database

APP_NAME = "hadath"  # the database's data folder (store.database.APP_NAME)
FORMAT = "hadath-emergency"
FORMAT_VERSION = 1


def emergency_folder() -> Path:
    """Read at call time: tests and a changed environment pick their own folder."""
    return platformdirs.user_data_path(APP_NAME) / "emergency"


def database_name(db: Database) -> str:
    """The database as the copies name it: its resolved path, or its URL."""
    if db.path is not None:
        return os.path.realpath(db.path)
    return db.url


def _key(name: str) -> str:
    return digest(name, 12)


def _write_atomic(path: Path, data: bytes) -> None:
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with temp.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


# The stores of this process still in use: their copies belong to a running autosaver.
_live_stores: weakref.WeakSet[EmergencyStore] = weakref.WeakSet()


@dataclass(frozen=True)
class EmergencyCopy:
    path: Path  # the .json file
    database: str
    article_id: int | None
    document: Document
    language: str
    direction: str
    saved_at: datetime  # UTC
    reason: str
    pid: int

    @property
    def markdown_path(self) -> Path:
        return self.path.with_suffix(".md")


class EmergencyStore:
    """This run's copies for one database. Safe to call from the autosave worker."""

    def __init__(self, db: Database, folder: Path | None = None) -> None:
        self.database = database_name(db)
        # Fixed for the run: a copy is removed from where it was written.
        self.folder = folder if folder is not None else emergency_folder()
        started = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        self._session = f"{started}-{os.getpid()}"
        self._written: set[int] = set()
        self._lock = threading.Lock()
        _live_stores.add(self)

    def path_for(self, article_id: int) -> Path:
        return self.folder / f"{_key(self.database)}-{article_id}-{self._session}.json"

    def write(
        self, article_id: int, document: Document, *, reason: str, language: str = "", direction: str = ""
    ) -> Path:
        """Write (or replace) this run's copy of the article; raises OSError."""
        from desktop_app.core.codecs.markdown_out import to_markdown

        path = self.path_for(article_id)
        payload = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "database": self.database,
            "article_id": article_id,
            "language": language,
            "direction": direction,
            "saved_at": datetime.now(UTC).isoformat(),
            "reason": reason,
            "pid": os.getpid(),
            "document": document_to_json(document),
        }
        with self._lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            # The Markdown first: a copy that has its .json is complete.
            _write_atomic(path.with_suffix(".md"), to_markdown(document).encode("utf-8"))
            _write_atomic(path, json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8"))
            self._written.add(article_id)
        return path

    def owns(self, path: Path) -> bool:
        with self._lock:
            return any(self.path_for(article_id) == path for article_id in self._written)

    def remove(self, article_id: int) -> None:
        """Remove this run's copy of the article (its text is in the database now).
        Copies left by earlier runs are never touched here: they wait for recovery."""
        with self._lock:
            if article_id not in self._written:
                return
            path = self.path_for(article_id)
            for target in (path, path.with_suffix(".md")):
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
            self._written.discard(article_id)


# --- reading leftovers -----------------------------------------------------------------------


def read_copy(path: Path) -> EmergencyCopy | None:
    """The copy in `path`, or None when it is not one (it is then left alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        saved = datetime.fromisoformat(str(data["saved_at"]))
        article = data.get("article_id")
        return EmergencyCopy(
            path=path,
            database=str(data.get("database", "")),
            article_id=article if isinstance(article, int) else None,
            document=document_from_json(data["document"]),
            language=str(data.get("language") or ""),
            direction=str(data.get("direction") or ""),
            saved_at=saved if saved.tzinfo else saved.replace(tzinfo=UTC),
            reason=str(data.get("reason", "")),
            pid=int(data.get("pid", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _still_owned(copy: EmergencyCopy) -> bool:
    """True when the Hadath that wrote the copy still runs: its autosaver owns it."""
    if any(store.owns(copy.path) for store in list(_live_stores)):
        return True  # written by this process, by a store still in use
    if copy.pid == os.getpid() or "://" in copy.database:
        return False
    from desktop_app.gui.single_instance import lock_owner

    return lock_owner(Path(copy.database)) == copy.pid


def _belongs_here(copy: EmergencyCopy, database: str | None) -> bool:
    """A copy is offered with its own database, or with any once its database is gone;
    a copy of another database that still exists waits for that one to be opened."""
    if database is None or copy.database == database:
        return True
    return "://" not in copy.database and not Path(copy.database).exists()


def leftover_copies(folder: Path | None = None, *, database: str | None = None) -> list[EmergencyCopy]:
    """Copies earlier runs left, oldest first; with `database` (a `database_name`), those
    to offer when that database is open."""
    folder = folder if folder is not None else emergency_folder()
    try:
        paths = sorted(folder.glob("*.json"))
    except OSError:
        return []
    copies = [
        copy for copy in map(read_copy, paths)
        if copy is not None and not _still_owned(copy) and _belongs_here(copy, database)
    ]
    copies.sort(key=lambda copy: copy.saved_at)
    return copies


def discard(copy: EmergencyCopy) -> None:
    for target in (copy.path, copy.markdown_path):
        with contextlib.suppress(FileNotFoundError):
            target.unlink()


# --- recovery ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryStep:
    copy: EmergencyCopy
    action: Literal["restore", "new"]  # into its article, or as a new article


def plan_recovery(db: Database, copies: list[EmergencyCopy]) -> list[RecoveryStep]:
    """Into the article when the copy is from this database and the article has not been
    saved since the copy was made; as a new article otherwise, so nothing is replaced."""
    from desktop_app.store.reads import get_article

    here = database_name(db)
    steps: list[RecoveryStep] = []
    for copy in copies:
        action: Literal["restore", "new"] = "new"
        if copy.database == here and copy.article_id is not None:
            try:
                record = get_article(db, copy.article_id)
            except HadathError:
                record = None  # deleted or in the trash since: a new article
            updated = record.updated_at if record is not None else None
            if updated is not None and updated.tzinfo is None:
                updated = updated.replace(tzinfo=UTC)
            if updated is not None and updated <= copy.saved_at:
                action = "restore"
        steps.append(RecoveryStep(copy, action))
    return steps


def recover(db: Database, steps: list[RecoveryStep], recovered_title: str = "{title} (recovered)") -> list[int]:
    """Write each copy to the database, then delete its files; the article ids. Stops at
    the first failure (raising it): the copies not yet written keep their files."""
    from desktop_app.store.articles import create_article, save_document
    from desktop_app.store.records import NewArticle

    ids: list[int] = []
    for step in steps:
        copy = step.copy
        if step.action == "restore" and copy.article_id is not None:
            save_document(db, copy.article_id, copy.document, reason="restore")
            ids.append(copy.article_id)
        else:
            title = recovered_title.format(title=copy.document.title or "…")
            language = copy.language or "ar"
            direction = copy.direction if copy.direction in ("rtl", "ltr", "auto") else "rtl"
            item = NewArticle(replace(copy.document, title=title), language=language, direction=direction)
            ids.append(create_article(db, item))
        discard(copy)
    return ids


class RecoveryDialog(QDialog):
    """The copies found at start, what Recover will do with each, and three choices."""

    RECOVER, DISCARD = 2, 3  # result codes; Later is Rejected

    def __init__(self, steps: list[RecoveryStep], parent: QWidget | None = None) -> None:
        from desktop_app.core.arabic import word_count
        from desktop_app.gui.forms.recovery_dialog_ui import Ui_RecoveryDialog

        super().__init__(parent)
        self.steps = steps
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        headline = QFont(ui.headlineLabel.font())
        headline.setBold(True)
        ui.headlineLabel.setFont(headline)
        ui.introLabel.setText(
            self.tr(
                "When Hadath last ran, it could not save these changes to the database and kept a "
                "copy of each. Recover them now, or keep the copies for later."
            )
        )
        ui.copiesTree.setHeaderLabels([self.tr("Article"), self.tr("Kept at"), self.tr("Words"), self.tr("Recover as")])
        locale = QLocale()
        for step in steps:
            copy = step.copy
            kept = short_local_time(copy.saved_at)
            words = word_count(copy.document.plain_text())
            action = (
                self.tr("Back into its article")
                if step.action == "restore"
                else self.tr("A new article")
            )
            item = QTreeWidgetItem([copy.document.title or "…", kept, locale.toString(words), action])
            item.setToolTip(0, self.tr("Database: {path}\nCopy: {file}").format(
                path=copy.database, file=copy.markdown_path))
            ui.copiesTree.addTopLevelItem(item)
        for column in range(3):
            ui.copiesTree.resizeColumnToContents(column)
        ui.recoverButton.clicked.connect(lambda: self.done(self.RECOVER))
        ui.discardButton.clicked.connect(lambda: self.done(self.DISCARD))
        ui.laterButton.clicked.connect(self.reject)
        ui.recoverButton.setFocus()


def offer_recovery(db: Database, parent: QWidget | None = None) -> list[int]:
    """At start: offer the copies earlier runs left; the ids of the articles recovered."""
    copies = leftover_copies(database=database_name(db))
    if not copies:
        return []
    steps = plan_recovery(db, copies)
    dialog = RecoveryDialog(steps, parent)
    choice = dialog.exec()
    if choice == RecoveryDialog.RECOVER:
        title = QCoreApplication.translate("RecoveryDialog", "{title} (recovered)")
        try:
            return recover(db, steps, title)
        except HadathError as error:
            message = translated_error(error)
        except Exception as error:  # the disk may still refuse: say so, keep the files
            message = str(error)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RecoveryDialog", "Cannot recover the text"),
            QCoreApplication.translate(
                "RecoveryDialog", "{reason}\n\nThe copies are kept in {folder}; Hadath offers them again next time."
            ).format(reason=message, folder=emergency_folder()),
        )
        return []
    if choice == RecoveryDialog.DISCARD:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("RecoveryDialog", "Discard the kept text"),
            QCoreApplication.translate(
                "RecoveryDialog", "Delete the kept text for good? It is not in the database."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            for copy in copies:
                discard(copy)
    return []


# --- closing with unsaved text -----------------------------------------------------------------


def confirm_close_unsaved(window: MainWindow) -> bool:
    """Asked when the window closes and the last save failed: True to close anyway (the
    emergency copy, if any, is offered at the next start), False to stay open. "Save a
    copy as…" writes the text as Markdown wherever the reporter can (a USB stick)."""
    translate = QCoreApplication.translate
    autosaver = window.autosaver
    saved_elsewhere: Path | None = None
    while True:
        reason = autosaver.last_error or ""
        if autosaver.emergency_path is not None:
            text = translate(
                "UnsavedChanges",
                "Your latest changes could not be saved to the database ({reason}). A copy is kept in "
                "{path}, and Hadath offers it the next time it starts.",
            ).format(reason=reason, path=autosaver.emergency_path)
        else:
            text = translate(
                "UnsavedChanges",
                "Your latest changes could not be saved to the database ({reason}), and no copy could be "
                "written either. If you quit now, they are lost: save a copy somewhere else first.",
            ).format(reason=reason)
        if saved_elsewhere is not None:
            text += "\n\n" + translate("UnsavedChanges", "A copy was saved to {path}.").format(path=saved_elsewhere)
        box = QMessageBox(
            QMessageBox.Icon.Warning, translate("UnsavedChanges", "Changes are not saved"), text, parent=window
        )
        stay = box.addButton(translate("UnsavedChanges", "Keep Hadath open"), QMessageBox.ButtonRole.RejectRole)
        copy_button = box.addButton(translate("UnsavedChanges", "Save a copy as…"), QMessageBox.ButtonRole.ActionRole)
        quit_button = box.addButton(translate("UnsavedChanges", "Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        clicked = box.clickedButton()
        if clicked is quit_button:
            return True
        if clicked is not copy_button:
            return False
        saved_elsewhere = save_copy_as(window) or saved_elsewhere


def save_copy_as(window: MainWindow) -> Path | None:
    """The open article as Markdown, to a file the reporter picks."""
    if window.record is None or window.column is None:
        return None
    from desktop_app.core.arabic import slugify
    from desktop_app.core.codecs.markdown_out import to_markdown
    from desktop_app.core.textfile import write_text_file

    translate = QCoreApplication.translate
    document = window.snapshot()
    name = (slugify(document.title) or "article") + ".md"
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("UnsavedChanges", "Save a copy as"),
        str(Path.home() / name),
        translate("UnsavedChanges", "Markdown (*.md)"),
    )
    if not path:
        return None
    try:
        write_text_file(Path(path), to_markdown(document))
    except HadathError as error:
        QMessageBox.warning(window, translate("UnsavedChanges", "Cannot save the copy"), translated_error(error))
        return None
    return Path(path)
