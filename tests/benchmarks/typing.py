"""Typing latency in the prose editor: 500 characters into a 10,000-word Arabic article,
each key event followed by the repaint it causes (offscreen)."""

from __future__ import annotations

import statistics
import time

from desktop_app.core.document import Paragraph
from desktop_app.core.inline import Inline

TEXT = "والتصدي للمخاطر بأدوات متجددة "


def typing_latencies(keys: int = 500) -> list[float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QUndoStack
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.editor.text_editor import TextBlocksEditor

    app = QApplication.instance() or QApplication([])
    stack = QUndoStack()
    paragraph = Paragraph(Inline.plain(" ".join(["كلمة"] * 100)))
    editor = TextBlocksEditor((paragraph,) * 100, "rtl", stack)
    editor.resize(800, 900)
    editor.show()
    app.processEvents()
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(50).position() + 20)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    app.processEvents()
    times = []
    for index in range(keys):
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                          TEXT[index % len(TEXT)])
        start = time.perf_counter()
        QApplication.sendEvent(editor, event)
        editor.viewport().repaint()
        times.append(time.perf_counter() - start)
    editor.close()
    return times


def summary(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
