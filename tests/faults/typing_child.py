"""Child process of the fault tests: the real main window, typing into articles.

    python -m tests.faults.typing_child DB PLAN.json LOG [--autosave-ms N]

PLAN.json holds `{"key_ms": 20, "actions": [...], "loop_until": PATH or null}`; each
action is `["open", article_id]` (through `MainWindow.open_article`, which saves the
previous article first), `["type", text]` (one key event per character, `key_ms` apart,
at the end of the article's last text block) or `["pause", ms]`. With `loop_until` the
actions repeat until that file exists; then the window is closed as a user closes it.

What happened goes to LOG, a `SideLog` (fsync'd JSON lines), so the parent knows it even
after a SIGKILL:
  ready                      the window is up and typing starts
  open {article}             an article was opened
  typed {article, text}      a "type" action's last key was sent
  saving {article, text}     a save of the article's plain text starts (the autosave
                             worker, or a flush on switching/closing)
  saved {article, text}      that save returned: the text is committed
  save-error {article, error}
  failed {message}           the autosaver's `failed` signal: the "not saved" banner
  done                       every action ran
  closed {clean}             the window closed and its last flush succeeded
  lock {claim}               with --hold-lock: the single-instance lock was asked for
`--autosave-ms` shortens the autosave pause (2 s in the app) to make saves frequent;
`--hold-lock` takes the database's single-instance lock first, as `app.main` does (a
killed child leaves it to be taken over by the next).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from tests.faults.side_log import SideLog

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported, in main()


def _log_saves(log: SideLog) -> None:
    """Wrap the function the autosaver calls for every save (on its worker thread, and
    on the GUI thread for a flush), so each save is logged before and after it runs."""
    from desktop_app.gui import autosave

    save = autosave.save_document

    def logged(db: Any, article_id: int, document: Any, *, reason: str) -> None:
        text = document.plain_text()
        log.write("saving", article=article_id, text=text)
        try:
            save(db, article_id, document, reason=reason)
        except BaseException as error:
            log.write("save-error", article=article_id, error=f"{type(error).__name__}: {error}")
            raise
        log.write("saved", article=article_id, text=text)

    autosave.save_document = logged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("plan", type=Path)
    parser.add_argument("log", type=Path)
    parser.add_argument("--autosave-ms", type=int)
    parser.add_argument("--hold-lock", action="store_true", help="claim the single-instance lock as the app does")
    args = parser.parse_args(argv)
    plan = json.loads(args.plan.read_text(encoding="utf-8"))
    log = SideLog(args.log)
    _log_saves(log)

    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import create_application
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.store.database import Database

    app = create_application("ar")
    assert isinstance(app, QApplication)
    if args.hold_lock:
        from desktop_app.gui.single_instance import Claim, InstanceGuard

        guard = InstanceGuard(Path(args.db), app)
        claim = guard.claim()
        log.write("lock", claim=claim.value)
        if claim is not Claim.CLAIMED:
            return 4
    db = Database.open(args.db)
    window = MainWindow(db, "ar")
    if args.autosave_ms:
        # The app's pause comes from its constant; the timer is the autosaver's own.
        window.autosaver.set_delay(args.autosave_ms)
    window.autosaver.failed.connect(lambda message: log.write("failed", message=message))
    window.show()
    actions: list[list[Any]] = plan["actions"]
    key_ms = int(plan.get("key_ms", 20))
    stop_file = Path(plan["loop_until"]) if plan.get("loop_until") else None
    state: dict[str, Any] = {"action": 0, "char": 0, "editor": None, "article": None}

    def finish() -> None:
        log.write("done")
        if stop_file is None:
            return  # a kill test: the parent kills us whenever it likes
        window.close()
        log.write("closed", clean=not window.autosaver.dirty)
        app.quit()

    def step() -> None:
        if state["action"] >= len(actions):
            if stop_file is None or stop_file.exists():
                finish()
                return
            state["action"] = 0  # loop
        kind, value = actions[state["action"]]
        if kind == "open":
            if not window.open_article(int(value)):
                log.write("open-failed", article=int(value))
                app.exit(3)
                return
            assert window.column is not None
            editor = window.column.editors()[-1]
            editor.focus_end()  # type: ignore[attr-defined]
            state.update(editor=editor, article=int(value))
            log.write("open", article=int(value))
        elif kind == "type":
            text = str(value)
            char = text[state["char"]]
            for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    state["editor"], QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
            state["char"] += 1
            if state["char"] < len(text):
                QTimer.singleShot(key_ms, step)
                return
            state["char"] = 0
            log.write("typed", article=state["article"], text=text)
        state["action"] += 1
        delay = int(value) if kind == "pause" else key_ms
        QTimer.singleShot(delay, step)

    def start() -> None:
        log.write("ready")
        step()

    QTimer.singleShot(0, start)
    status = app.exec()
    db.close()
    log.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
