"""Opt-in start-up probe for the benchmark (tests/benchmarks/startup.py).

With `HADATH_STARTUP_PROBE=1` in the environment, `app.main` installs this probe. It
prints three lines on standard output, flushed, then quits the event loop:

    shown <t>      the main window's Show event was delivered (window.show() processed)
    painted <t>    the first paint pass that reached the article column is over
    vmhwm <kB>     peak resident memory (VmHWM in /proc/self/status) with the article open

`<t>` is absolute `time.time()`: the parent compares it with this process's start time.
Nothing here runs unless the variable is set; the app reads it once, in `main`.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "HADATH_STARTUP_PROBE"


def vmhwm_kb() -> int:
    """Peak resident set size of this process, in kB (0 where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _say(*words: object) -> None:
    print(*words, flush=True)
    sys.stdout.flush()


class StartupProbe(QObject):
    """Application-wide event filter: the first Show of `window`, then the first Paint of
    a widget inside the area `article_area()` returns (None until an article is open)."""

    def __init__(self, window: QWidget, article_area: Callable[[], QWidget | None]) -> None:
        super().__init__(window)
        self._window = window
        self._article_area = article_area
        self._shown = False
        self._painted = False
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and watched is self._window and not self._shown:
            self._shown = True
            _say("shown", repr(time.time()))
        elif kind == QEvent.Type.Paint and self._shown and not self._painted and self._inside_article(watched):
            self._painted = True
            # Stamped once this whole paint pass is over, not at its first widget.
            QTimer.singleShot(0, self._finish)
        return False

    def _inside_article(self, watched: QObject) -> bool:
        area = self._article_area()
        if area is None or not isinstance(watched, QWidget) or watched is area:
            return False
        return area.isAncestorOf(watched)

    def _finish(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)
        _say("painted", repr(time.time()))
        _say("vmhwm", vmhwm_kb())
        app.quit()
