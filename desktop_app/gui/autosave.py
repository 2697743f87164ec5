"""Autosave: edits reach the database within two seconds of the last change.

The snapshot of the article (immutable model blocks) is taken on the UI thread, the write
happens on one worker thread, so a slow disk never makes typing stutter. `flush()` saves at
once and waits: on switching article, losing focus and closing.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.document import Document
from desktop_app.core.errors import HadathError
from desktop_app.i18n import translated_error
from desktop_app.store.database import Database

AUTOSAVE_DELAY_MS = 2000


def save_document(db: Database, article_id: int, document: Document, *, reason: str) -> None:
    # The write path brings SQLAlchemy; importing it at the first save rather than at
    # start-up keeps it off the cold start (DESIGN.md decision 9).
    from desktop_app.store.articles import save_document as save

    save(db, article_id, document, reason=reason)


class Autosaver(QObject):
    saving = Signal()
    saved = Signal(datetime)
    failed = Signal(str)
    _finished = Signal(object, object)  # (generation, error or None), from the worker thread

    def __init__(self, db: Database, delay_ms: int = AUTOSAVE_DELAY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._article_id: int | None = None
        self._snapshot: Callable[[], Document] | None = None
        self._dirty = False
        self._generation = 0
        self._pending: Future[None] | None = None
        self._closed = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._save_in_background)
        self._finished.connect(self._on_finished)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def watch(self, article_id: int | None, snapshot: Callable[[], Document] | None) -> None:
        """Follow another article; whatever the previous one had unsaved is saved first."""
        self.flush()
        self._article_id = article_id
        self._snapshot = snapshot
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
        self._wait()
        if not self._dirty or self._article_id is None or self._snapshot is None:
            return not self._dirty
        generation = self._generation
        self.saving.emit()
        try:
            save_document(self.db, self._article_id, self._snapshot(), reason="autosave")
        except Exception as error:
            self._on_finished(generation, error)
            return False
        self._on_finished(generation, None)
        return True

    def shutdown(self) -> bool:
        ok = self.flush()
        self._closed = True
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
        self.saving.emit()

        def write() -> None:
            try:
                save_document(self.db, article_id, document, reason="autosave")
            except Exception as error:
                self._finished.emit(generation, error)
            else:
                self._finished.emit(generation, None)

        self._pending = self._executor.submit(write)

    def _on_finished(self, generation: int, error: object) -> None:
        if isinstance(error, Exception):
            if isinstance(error, HadathError):
                message = translated_error(error)
            else:
                message = self.tr("Changes are not saved yet: {reason}").format(reason=error)
            self.failed.emit(message)
            self._timer.start()  # the text stays in memory; retry
            return
        if generation == self._generation:
            self._dirty = False
        self.saved.emit(datetime.now())
