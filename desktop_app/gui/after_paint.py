"""Run something once a widget area has been painted: start-up fills the library tree only
after the article is on screen (DESIGN.md decision 9)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class AfterFirstPaint(QObject):
    """Application-wide event filter, removed at its first hit: a Paint of `area` or of a
    widget inside it schedules `callback` two event-loop turns later, so the paint pass
    that triggered it, and whatever that pass queued, finishes first. Paints reach the
    article's child widgets, not the column itself, hence the application-wide filter."""

    def __init__(self, area: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(area)
        self._area = area
        self._callback = callback
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and (
            watched is self._area or self._area.isAncestorOf(watched)
        ):
            app = QApplication.instance()
            assert app is not None
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._callback))
        return False
