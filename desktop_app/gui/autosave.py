"""Autosave: edits reach the database within two seconds of the last change.

The snapshot of the article (immutable model blocks) is taken on the UI thread, the write
happens on one worker thread, so a slow disk never makes typing stutter. `flush()` saves at
once and waits: on switching article, losing focus and closing.

When the database refuses a write (disk full, read-only folder, I/O error, the file moved
or deleted under us, a damaged file), nothing is dropped: the text stays in the editor and
`dirty`, an emergency copy is written (see `desktop_app.gui.emergency`), `failed` carries a
sentence for the banner, and saving is retried with a growing pause (1 s, 2 s, 4 s … one
minute) besides the saves typing triggers. The first save that works removes the copy and
emits `saved`. A busy database (another process writing) is retried once quietly first.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_app.core.document import Document
from desktop_app.core.errors import QT_TRANSLATE_NOOP, HadathError, StoreError
from desktop_app.i18n import translated_error
from desktop_app.store.database import Database

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from desktop_app.gui.emergency import EmergencyStore

AUTOSAVE_DELAY_MS = 2000
RETRY_FIRST_MS = 1000
RETRY_MAX_MS = 60_000


def save_document(db: Database, article_id: int, document: Document, *, reason: str) -> None:
    # The write path brings SQLAlchemy; importing it at the first save rather than at
    # start-up keeps it off the cold start (DESIGN.md decision 9).
    from desktop_app.store.articles import save_document as save

    save(db, article_id, document, reason=reason)


def _log(message: str, *, warning: bool) -> None:
    import logging  # here, like the log itself: off the cold start

    from desktop_app.crash_log import write_entry

    write_entry(message, level=logging.WARNING if warning else logging.INFO)


def _detail(error: BaseException) -> str:
    """The underlying message: SQLAlchemy wraps sqlite3's in SQL and a link."""
    original = getattr(error, "orig", None)
    if isinstance(original, BaseException):
        error = original
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


_FULL = ("disk is full", "no space left", "quota exceeded")
_READ_ONLY = ("readonly", "read-only", "permission denied", "unable to open database", "access is denied")
_IO = ("disk i/o error", "input/output error")
_BUSY = ("database is locked", "database is busy", "database table is locked")


def _matches(error: BaseException, words: tuple[str, ...], codes: tuple[int, ...] = ()) -> bool:
    original = getattr(error, "orig", None)
    for candidate in (error, original):
        if isinstance(candidate, OSError) and candidate.errno in codes:
            return True
    return any(word in _detail(error).lower() for word in words)


def is_transient(error: BaseException) -> bool:
    """A lock held by another writer longer than the busy timeout: worth a quiet retry."""
    return _matches(error, _BUSY)


def failure_reason(error: BaseException) -> str:
    """Why a save failed, in plain words, with the system's own message after it."""
    if isinstance(error, HadathError):
        return translated_error(error)
    detail = _detail(error)
    translate = QCoreApplication.translate
    if _matches(error, _FULL, (errno.ENOSPC, errno.EDQUOT)):
        plain = translate("Autosaver", "the disk is full")
    elif _matches(error, _READ_ONLY, (errno.EROFS, errno.EACCES, errno.EPERM)):
        plain = translate("Autosaver", "the database file or its folder cannot be written")
    elif _matches(error, _IO, (errno.EIO,)):
        plain = translate("Autosaver", "the disk could not be written (input/output error)")
    elif is_transient(error):
        plain = translate("Autosaver", "another program is writing to the database")
    else:
        return detail
    return f"{plain} ({detail})"


@dataclass
class _Outcome:
    error: Exception | None = None
    emergency: Path | None = None  # the copy written after the failure
    emergency_error: Exception | None = None  # why no copy could be written


class Autosaver(QObject):
    saving = Signal()
    saved = Signal(datetime)
    failed = Signal(str)  # the banner's sentence: what failed, where the text is
    # (attempt, generation, _Outcome), from the worker thread.
    _finished = Signal(int, int, object)

    def __init__(
        self,
        db: Database,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
        *,
        emergency: EmergencyStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.emergency = emergency
        self._article_id: int | None = None
        self._snapshot: Callable[[], Document] | None = None
        self._language = ""
        self._direction = ""
        self._dirty = False
        self._generation = 0
        self._attempt = 0
        self._settled = 0  # the newest attempt whose outcome was taken into account
        self._failures = 0  # in a row
        self.last_error: str | None = None  # the last failure's reason, None once saving works
        self.emergency_path: Path | None = None  # this failure's emergency copy
        self.emergency_error: str | None = None  # why none could be written
        self._pending: Future[None] | None = None
        self._closed = False
        self._identity: tuple[Database, int, int] | None = None
        self._remember_identity()
        self._executor: ThreadPoolExecutor | None = None  # made at the first save, after the first paint
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._save_in_background)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._save_in_background)
        self._finished.connect(self._on_finished)

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def delay_ms(self) -> int:
        """How long after the last change a save starts."""
        return self._timer.interval()

    def set_delay(self, delay_ms: int) -> None:
        """A new pause after the last change (Preferences); a wait under way starts over with it."""
        self._timer.setInterval(delay_ms)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def failing(self) -> bool:
        return self._failures > 0

    def watch(
        self, article_id: int | None, snapshot: Callable[[], Document] | None, *, language: str = "",
        direction: str = "",
    ) -> None:
        """Follow another article; whatever the previous one had unsaved is saved first.
        The language and direction go into an emergency copy, should one be needed."""
        self.flush()
        self._article_id = article_id
        self._snapshot = snapshot
        self._language, self._direction = language, direction
        self._dirty = False

    def mark_dirty(self) -> None:
        if self._article_id is None:
            return
        self._dirty = True
        self._generation += 1
        self._timer.start()

    def flush(self) -> bool:
        """Save now if anything is unsaved; True when the database has everything."""
        self._timer.stop()
        self._retry.stop()
        self._wait()
        if not self._dirty or self._article_id is None or self._snapshot is None:
            return not self._dirty
        generation = self._generation
        self._attempt += 1
        attempt = self._attempt
        self.saving.emit()
        outcome = self._write(self._article_id, self._snapshot(), self._language, self._direction)
        self._on_finished(attempt, generation, outcome)
        return outcome.error is None

    def shutdown(self) -> bool:
        ok = self.flush()
        self._closed = True
        self._retry.stop()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        return ok

    def _wait(self) -> None:
        if self._pending is not None:
            self._pending.result()
            self._pending = None

    def _save_in_background(self) -> None:
        if self._closed:
            self.flush()
            return
        if not self._dirty or self._article_id is None or self._snapshot is None:
            return
        if self._pending is not None and not self._pending.done():
            self._timer.start()  # one write at a time; try again shortly
            return
        generation, article_id, document = self._generation, self._article_id, self._snapshot()
        language, direction = self._language, self._direction
        self._attempt += 1
        attempt = self._attempt
        self.saving.emit()

        def write() -> None:
            self._finished.emit(attempt, generation, self._write(article_id, document, language, direction))

        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._pending = self._executor.submit(write)

    # --- one attempt (worker thread or UI thread) --------------------------------------------

    def _write(self, article_id: int, document: Document, language: str, direction: str) -> _Outcome:
        try:
            self._check_database_file()
            save_document(self.db, article_id, document, reason="autosave")
        except Exception as error:
            outcome = _Outcome(error)
            if self.emergency is not None:
                try:
                    outcome.emergency = self.emergency.write(
                        article_id, document, reason=_detail(error), language=language, direction=direction
                    )
                except Exception as copy_error:
                    outcome.emergency_error = copy_error
            return outcome
        if self.emergency is not None:
            # A copy that cannot be removed is offered at the next start: never lost.
            with contextlib.suppress(OSError):
                self.emergency.remove(article_id)
        return _Outcome()

    def _remember_identity(self) -> None:
        path = self.db.path
        self._identity = None
        if path is not None:
            try:
                stat = os.stat(path)
            except OSError:
                return
            self._identity = (self.db, stat.st_dev, stat.st_ino)

    def _check_database_file(self) -> None:
        """SQLite keeps writing to a file deleted (or renamed) under it, and that text
        would vanish when the app closes: refuse instead, so the failure path keeps it."""
        path = self.db.path
        if path is None:
            return
        if self._identity is None or self._identity[0] is not self.db:
            self._remember_identity()  # a database opened since: its file is the reference
            return
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "the database file “{path}” is not there any more (it was moved or deleted while Hadath "
                    "was running)",
                ),
                path=str(path),
            ) from None
        if (stat.st_dev, stat.st_ino) != self._identity[1:]:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "the database file “{path}” was replaced by another file while Hadath was running",
                ),
                path=str(path),
            )

    # --- outcomes (UI thread) ----------------------------------------------------------------

    def _on_finished(self, attempt: int, generation: int, outcome: object) -> None:
        assert isinstance(outcome, _Outcome)
        if attempt <= self._settled:
            return  # an older attempt than one already taken into account
        self._settled = attempt
        if outcome.error is None:
            if self._failures:
                _log(f"Saving works again after {self._failures} failed attempt(s).", warning=False)
            self._failures = 0
            self.last_error = self.emergency_error = None
            self.emergency_path = None
            self._retry.stop()
            if generation == self._generation:
                self._dirty = False
            self.saved.emit(datetime.now())
            return
        self._failures += 1
        reason = failure_reason(outcome.error)
        if reason != self.last_error:
            _log(f"Autosave of article {self._article_id} failed: {_detail(outcome.error)}", warning=True)
        self.last_error = reason
        self.emergency_path = outcome.emergency
        self.emergency_error = None if outcome.emergency_error is None else _detail(outcome.emergency_error)
        self._retry.start(min(RETRY_FIRST_MS * 2 ** (self._failures - 1), RETRY_MAX_MS))
        if self._failures == 1 and is_transient(outcome.error):
            return  # another writer held the database: the quiet retry usually gets in
        self.failed.emit(self.banner_text())

    def banner_text(self) -> str:
        reason = self.last_error or ""
        if self.emergency_path is not None:
            return self.tr(
                "Changes are not saved: {reason}. Your text stays in this window, and a copy is kept in "
                "{path}. Hadath keeps trying."
            ).format(reason=reason, path=self.emergency_path)
        if self.emergency_error is not None:
            return self.tr(
                "Changes are not saved: {reason}. Your text stays in this window, but no safety copy could be "
                "written either ({error}): do not quit Hadath. Hadath keeps trying."
            ).format(reason=reason, error=self.emergency_error)
        return self.tr("Changes are not saved: {reason}. Your text stays in this window; Hadath keeps trying.").format(
            reason=reason
        )
