"""Child process of the kill test: the real main window types into an article.

Prints `typed N` after each key and `saved` after each autosave, flushed, so the parent
knows what reached the keyboard and what the app said it saved.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db_path: str, article_id: int, text: str) -> int:
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import create_application
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.store.database import Database

    app = create_application("ar")
    assert isinstance(app, QApplication)
    db = Database.open(db_path)
    window = MainWindow(db, "ar")
    window.show()
    window.open_article(article_id)
    assert window.column is not None
    editor = window.column.editors()[-1]
    editor.focus_end()  # type: ignore[attr-defined]
    window.autosaver.saved.connect(lambda _when: print("saved", flush=True))
    position = [0]

    def type_next() -> None:
        if position[0] >= len(text):
            print("done", flush=True)
            return
        char = text[position[0]]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        position[0] += 1
        print(f"typed {position[0]}", flush=True)
        QTimer.singleShot(15, type_next)

    QTimer.singleShot(100, type_next)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
