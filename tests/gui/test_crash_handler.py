"""Crash handling: an exception nothing caught saves the text first, is written to the
log, shows a dialog with a "Copy report" button, and the app carries on."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import __version__, crash_log
from desktop_app.gui import autosave
from desktop_app.gui.crash_handler import CrashDialog, CrashHandler, SaveState
from desktop_app.gui.main_window import MainWindow
from desktop_app.store.articles import get_article

from .test_cannot_write import _disk_error
from .test_main_window import type_text

TYPED = " وختمت الجلسة"
SAVE = autosave.save_document


@pytest.fixture
def window(window, sample_id):
    """The shared window with the sample open."""
    assert window.open_article(sample_id)
    return window


@pytest.fixture
def handler(window):
    made = CrashHandler()
    made.watch(window)
    yield made
    made.uninstall()


@pytest.fixture
def dialogs(monkeypatch):
    """Each dialog the handler shows, with the thread it was shown on; "Keep working"."""
    shown: list[tuple[CrashDialog, bool]] = []

    def fake_exec(dialog: CrashDialog) -> int:
        app = QApplication.instance()
        shown.append((dialog, QThread.currentThread() is app.thread()))
        return CrashDialog.DialogCode.Accepted

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    return shown


def _raise_and_handle(handler: CrashHandler, error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        handler.excepthook(*sys.exc_info())


def _type(window: MainWindow) -> None:
    editor = window.column.editors()[-1]
    editor.focus_end()
    type_text(editor, TYPED)
    assert window.autosaver.dirty


def test_the_hook_saves_first_logs_and_shows_the_report(window, handler, dialogs, sample_id):
    _type(window)
    _raise_and_handle(handler, ZeroDivisionError("division by zero in a slot"))
    # Saved before the dialog, which says so.
    assert not window.autosaver.dirty
    assert get_article(window.db, sample_id).document.blocks[-1].text.text.endswith(TYPED)
    ((dialog, on_gui_thread),) = dialogs
    assert on_gui_thread
    assert "Your text was saved" in dialog.ui.messageLabel.text()
    report = handler.last_report
    assert report is not None
    for part in (f"Hadath {__version__}", "PySide6 ", "Qt ", "Platform:", "ZeroDivisionError",
                 "division by zero in a slot", "Unsaved text: saved before this report."):
        assert part in report
    # The log file has it too, and the dialog says where.
    log = crash_log.log_path()
    assert handler.last_log_file == log
    assert "division by zero in a slot" in log.read_text(encoding="utf-8")
    assert str(log) in dialog.ui.logLabel.text()
    # Details are collapsed until asked for; Copy report puts the whole report on the clipboard.
    assert dialog.ui.detailsEdit.isHidden()
    dialog.ui.detailsButton.click()
    assert not dialog.ui.detailsEdit.isHidden() and dialog.ui.detailsButton.text() == "Hide &details"
    assert dialog.ui.detailsEdit.toPlainText() == report
    dialog.ui.copyButton.click()
    assert QApplication.clipboard().text() == report
    assert window.isVisible()  # the app carries on


@pytest.mark.qt_no_exception_capture
def test_an_exception_raised_in_a_slot_reaches_the_hook(window, handler, dialogs, qtbot):
    handler.install()
    assert sys.excepthook == handler.excepthook

    def broken_slot() -> None:
        raise KeyError("raised inside a Qt slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(dialogs), timeout=3000)
    assert "raised inside a Qt slot" in (handler.last_report or "")
    # The event loop still runs: the next timer fires.
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    handler.uninstall()
    assert sys.excepthook != handler.excepthook


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_is_shown_on_the_gui_thread(window, handler, dialogs, qtbot):
    handler.install()
    _type(window)

    def worker() -> None:
        raise RuntimeError("raised in a worker thread")

    thread = threading.Thread(target=worker, name="exporter")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=3000)
    ((_dialog, on_gui_thread),) = dialogs
    assert on_gui_thread
    assert "Thread: exporter" in (handler.last_report or "")
    assert not window.autosaver.dirty  # saved on the GUI thread, before the dialog


def test_when_saving_fails_the_dialog_says_where_the_text_is(window, handler, dialogs, monkeypatch):
    _type(window)
    monkeypatch.setattr(autosave, "save_document", _disk_error("database or disk is full"))
    _raise_and_handle(handler, ValueError("boom"))
    ((dialog, _),) = dialogs
    copy = window.autosaver.emergency_path
    assert copy is not None and copy.exists()
    assert "could not be saved" in dialog.ui.messageLabel.text()
    assert str(copy) in dialog.ui.messageLabel.text()
    assert "NOT saved" in (handler.last_report or "")
    assert window.autosaver.dirty  # still in the window, still retried
    monkeypatch.setattr(autosave, "save_document", SAVE)
    assert window.autosaver.flush()


def test_a_failure_while_saving_is_reported_not_raised(window, handler, dialogs, monkeypatch):
    _type(window)

    def broken_snapshot():
        raise AttributeError("the editor itself is broken")

    monkeypatch.setattr(window.autosaver, "_snapshot", broken_snapshot)
    _raise_and_handle(handler, ValueError("first failure"))
    ((dialog, _),) = dialogs
    assert "Saving the text failed" in (handler.last_report or "")
    assert "could not be saved" in dialog.ui.messageLabel.text()
    window.autosaver._snapshot = window.snapshot  # mended, so the fixture can close the window


def test_the_same_failure_is_shown_once_and_logged_each_time(window, handler, dialogs):
    for _ in range(3):
        _raise_and_handle(handler, ValueError("paint handler broken"))
    assert len(dialogs) == 1
    assert crash_log.log_path().read_text(encoding="utf-8").count("paint handler broken") == 3
    _raise_and_handle(handler, TypeError("another failure"))
    assert len(dialogs) == 2


def test_an_exception_while_the_dialog_is_open_is_logged_only(window, handler, monkeypatch):
    shown: list[CrashDialog] = []

    def fake_exec(dialog: CrashDialog) -> int:
        shown.append(dialog)
        _raise_and_handle(handler, OSError("raised while the report is open"))
        return CrashDialog.DialogCode.Accepted

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    _raise_and_handle(handler, ValueError("first"))
    assert len(shown) == 1
    text = crash_log.log_path().read_text(encoding="utf-8")
    assert "raised while the report is open" in text and "(raised while the previous report was open)" in text


def test_quit_closes_the_windows_after_saving(window, handler, monkeypatch, sample_id):
    _type(window)
    monkeypatch.setattr(CrashDialog, "exec", lambda _dialog: CrashDialog.QUIT)
    _raise_and_handle(handler, ValueError("quit please"))
    assert not window.isVisible() and window.autosaver.closed
    assert get_article(window.db, sample_id).document.blocks[-1].text.text.endswith(TYPED)


def test_keyboard_interrupt_goes_to_the_previous_hook(handler, dialogs, monkeypatch):
    seen: list[type] = []
    monkeypatch.setattr(handler, "_previous_hook", lambda t, e, tb: seen.append(t))
    _raise_and_handle(handler, KeyboardInterrupt())
    assert seen == [KeyboardInterrupt] and dialogs == []


def test_without_a_window_the_dialog_just_reports(dialogs, qapp):
    handler = CrashHandler()
    _raise_and_handle(handler, ValueError("before the window"))
    ((dialog, _),) = dialogs
    assert dialog.ui.messageLabel.text().startswith("You can keep working")


def test_dialog_states_read_plainly(qapp, tmp_path):
    saved = CrashDialog("report", SaveState.SAVED, log_file=tmp_path / "hadath.log")
    assert "saved before this message" in saved.ui.messageLabel.text()
    lost = CrashDialog("report", SaveState.NOT_SAVED)
    assert "do not quit" in lost.ui.messageLabel.text()
    assert "could not be written to the log file" in lost.ui.logLabel.text()


def test_the_log_rotates_and_never_raises(tmp_path, monkeypatch):
    monkeypatch.setattr(crash_log, "MAX_BYTES", 2000)
    monkeypatch.setattr(crash_log, "_handler", None)  # a new handler with the small size
    for number in range(40):
        assert crash_log.write_entry(f"entry {number} " + "x" * 200) == crash_log.log_path()
    files = sorted(p.name for p in crash_log.log_folder().iterdir())
    assert files == ["hadath.log", "hadath.log.1", "hadath.log.2", "hadath.log.3", "hadath.log.4"]
    assert all(p.stat().st_size <= 2400 for p in crash_log.log_folder().iterdir())
    # A folder that cannot be made: the entry is dropped, nothing raises.
    blocked = tmp_path / "blocked"
    blocked.write_text("a file")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert crash_log.write_entry("lost") is None
