"""What happens when Hadath itself fails: save first, then say so, then carry on.

`CrashHandler.install()` replaces `sys.excepthook` and `threading.excepthook`. An
exception nothing caught (in a slot, an event handler, a worker thread) is handled on the
GUI thread: the open article's unsaved text is saved (or, if the disk refuses, kept in
the window and in the autosaver's emergency copy), the report is appended to the log file
(`desktop_app.crash_log`), and a dialog says what happened in plain words, with the
report behind "Show details" and a "Copy report" button. The hook never re-raises: Qt
carries on with the next event, so the reporter keeps working unless they choose to quit.

The same failure repeating (a broken paint handler fires on every repaint) is logged each
time but shown once; an exception while the dialog is open is logged only.
"""

from __future__ import annotations

import enum
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QWidget

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class SaveState(enum.Enum):
    NOTHING = "nothing"  # no article open: nothing to save
    SAVED = "saved"
    NOT_SAVED = "not_saved"  # the database refused; the text is in the window (and a copy)


def qt_lines() -> list[str]:
    import PySide6
    from PySide6.QtCore import QLocale, QSysInfo, qVersion

    app = QApplication.instance()
    platform_name = app.platformName() if isinstance(app, QApplication) else "-"
    return [
        f"PySide6 {PySide6.__version__}, Qt {qVersion()} ({platform_name})",
        f"System: {QSysInfo.prettyProductName()}",
        f"UI locale: {QLocale().name()}",
    ]


class CrashDialog(QDialog):
    """The report's face: what happened, whether the text is safe, where the log is."""

    QUIT = 2  # result code of "Quit Hadath"

    def __init__(
        self,
        report: str,
        state: SaveState,
        *,
        emergency: Path | None = None,
        log_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        # Imported here: the handler is installed on every start, the form is needed only
        # when something went wrong (the first paint does not wait for it).
        from desktop_app.gui.forms.crash_dialog_ui import Ui_CrashDialog

        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        ui = self.ui
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        ui.iconLabel.setPixmap(icon.pixmap(48, 48))
        headline = QFont(ui.headlineLabel.font())
        headline.setBold(True)
        headline.setPointSizeF(headline.pointSizeF() * 1.15)
        ui.headlineLabel.setFont(headline)
        ui.messageLabel.setText(self._message(state, emergency))
        if log_file is not None:
            ui.logLabel.setText(self.tr("This report was also written to {path}.").format(path=log_file))
        else:
            ui.logLabel.setText(
                self.tr("The report could not be written to the log file; use Copy report to keep it.")
            )
        # A traceback is code: fixed pitch, left to right, in every UI language.
        ui.detailsEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        ui.detailsEdit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        ui.detailsEdit.setPlainText(report)
        ui.detailsButton.toggled.connect(self._show_details)
        self._show_details(False)
        ui.copyButton.clicked.connect(self.copy_report)
        ui.quitButton.clicked.connect(lambda: self.done(self.QUIT))
        ui.keepButton.setFocus()

    def _message(self, state: SaveState, emergency: Path | None) -> str:
        carry_on = self.tr("You can keep working; if Hadath behaves oddly, quit and open it again.")
        if state is SaveState.SAVED:
            return self.tr("Your text was saved before this message appeared.") + " " + carry_on
        if state is SaveState.NOT_SAVED:
            if emergency is not None:
                return self.tr(
                    "Your latest changes could not be saved to the database. They stay in the window, "
                    "and a copy is kept in {path}. Hadath keeps trying to save them."
                ).format(path=emergency)
            return self.tr(
                "Your latest changes could not be saved to the database. They stay in the window: "
                "do not quit before they are saved or copied elsewhere."
            )
        return carry_on

    def _show_details(self, shown: bool) -> None:
        forward = (
            Qt.ArrowType.LeftArrow
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.ArrowType.RightArrow
        )
        self.ui.detailsButton.setArrowType(Qt.ArrowType.DownArrow if shown else forward)
        self.ui.detailsButton.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        self.ui.detailsEdit.setVisible(shown)
        self.adjustSize()

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.report)
        self.ui.copyButton.setText(self.tr("Report copied"))


class CrashHandler(QObject):
    """Install once per application; `watch` the main window so its text is saved first."""

    # From another thread to the GUI thread: type, exception, traceback, thread name.
    _from_thread = Signal(object, object, object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window: MainWindow | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._installed = False
        self._handling = False
        self._shown: set[tuple[str, str, int]] = set()
        self.last_report: str | None = None
        self.last_log_file: Path | None = None
        self._from_thread.connect(self._handle_on_gui_thread, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._installed:
            return
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook
        self._installed = False

    def watch(self, window: MainWindow | None) -> None:
        self._window = window

    # --- the hooks ------------------------------------------------------------------------

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            self._previous_hook(exc_type, exc, tb)
            return
        if not self._on_gui_thread():
            self._from_thread.emit(exc_type, exc, tb, threading.current_thread().name)
            return
        self.handle(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # what the default hook does: a thread may end itself that way
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        name = args.thread.name if args.thread is not None else "?"
        if self._on_gui_thread():
            self.handle(args.exc_type, exc, args.exc_traceback, thread=name)
        else:
            self._from_thread.emit(args.exc_type, exc, args.exc_traceback, name)

    def _handle_on_gui_thread(self, exc_type: type[BaseException], exc: BaseException,
                              tb: TracebackType | None, thread: str) -> None:
        self.handle(exc_type, exc, tb, thread=thread)

    @staticmethod
    def _on_gui_thread() -> bool:
        app = QApplication.instance()
        return app is not None and QThread.currentThread() is app.thread()

    # --- handling -------------------------------------------------------------------------

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *, thread: str | None = None
    ) -> None:
        """Save, log, show; never raises (a failing crash handler would hide the crash)."""
        try:
            self._handle(exc_type, exc, tb, thread)
        except Exception:
            try:
                self._previous_hook(exc_type, exc, tb)
                traceback.print_exc()  # and what broke the handler itself
            except Exception:
                pass  # nothing left to report through

    def _handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str | None
    ) -> None:
        from desktop_app.crash_log import crash_report, write_entry  # logging stays off the cold start

        if self._handling:
            # Raised while the dialog is open: on the record, without a second dialog.
            write_entry(crash_report(exc_type, exc, tb, thread=thread, extra=qt_lines(),
                                     notes=["(raised while the previous report was open)"]))
            return
        self._handling = True
        try:
            state, emergency, notes = self._save_first()
            report = crash_report(exc_type, exc, tb, thread=thread, extra=qt_lines(), notes=notes)
            self.last_report = report
            self.last_log_file = write_entry(report)
            signature = _signature(exc_type, tb)
            if signature in self._shown:
                return
            self._shown.add(signature)
            dialog = CrashDialog(report, state, emergency=emergency, log_file=self.last_log_file,
                                 parent=self._dialog_parent())
            if dialog.exec() == CrashDialog.QUIT:
                self._quit()
        finally:
            self._handling = False

    def _save_first(self) -> tuple[SaveState, Path | None, list[str]]:
        window = self._window
        if window is None:
            return SaveState.NOTHING, None, []
        notes: list[str] = []
        try:
            window.inspector.flush_summary()
        except Exception as error:
            notes.append(f"Saving the summary failed: {error!r}")
        autosaver = window.autosaver
        try:
            had_changes = autosaver.dirty
            saved = autosaver.flush()
        except Exception as error:
            notes.append(f"Saving the text failed: {error!r}")
            return SaveState.NOT_SAVED, autosaver.emergency_path, notes
        if saved:
            notes.append("Unsaved text: saved before this report." if had_changes else "Unsaved text: none.")
            return (SaveState.SAVED if window.record is not None else SaveState.NOTHING), None, notes
        notes.append(f"Unsaved text: NOT saved; emergency copy: {autosaver.emergency_path or 'none'}.")
        return SaveState.NOT_SAVED, autosaver.emergency_path, notes

    def _dialog_parent(self) -> QWidget | None:
        active = QApplication.activeWindow()
        if active is not None:
            return active
        return self._window if self._window is not None and self._window.isVisible() else None

    def _quit(self) -> None:
        # Closing the windows runs their own save-and-confirm path; the app then ends
        # with its last window.
        QApplication.closeAllWindows()


def _signature(exc_type: type[BaseException], tb: TracebackType | None) -> tuple[str, str, int]:
    frames = traceback.extract_tb(tb) if tb is not None else []
    last = frames[-1] if frames else None
    return exc_type.__qualname__, (last.filename if last else ""), (last.lineno or 0) if last else 0


def install_crash_handler(app: QObject) -> CrashHandler:
    handler = CrashHandler(app)
    handler.install()
    return handler
