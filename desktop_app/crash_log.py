"""The log file: crash reports and save failures, kept in the user's data folder.

`~/.local/share/hadath/logs/hadath.log` on Linux (platformdirs' user data folder on the
others), rotated at `MAX_BYTES` with `BACKUP_COUNT` older files beside it, so a loop of
errors can never fill the disk. Writing the log never raises: it runs while something has
already gone wrong, perhaps because the disk is full. No Qt here; the GUI adds its versions
to the report itself.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Iterable
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

from desktop_app import __version__

APP_NAME = "hadath"  # the data folder of the database (store.database.APP_NAME)
LOG_NAME = "hadath.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 4
LOGGER_NAME = "hadath"



class _Handler(RotatingFileHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        # logging's default prints to stderr and carries on; write_entry wants to know.
        raise  # the exception logging is handling


_lock = threading.Lock()
_handler: _Handler | None = None


def log_folder() -> Path:
    """Read at call time, so tests and a changed environment pick their own folder."""
    return platformdirs.user_data_path(APP_NAME) / "logs"


def log_path() -> Path:
    return log_folder() / LOG_NAME


def logger() -> logging.Logger:
    """The app's logger, writing to `log_path()` (the handler follows the folder if the
    environment changed since the last call)."""
    global _handler
    log = logging.getLogger(LOGGER_NAME)
    target = log_path()
    with _lock:
        if _handler is None or Path(_handler.baseFilename) != target.absolute():
            if _handler is not None:
                log.removeHandler(_handler)
                _handler.close()
            # delay=True: the file (and its folder, made in write_entry) appear with the
            # first entry, not at start-up.
            _handler = _Handler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
            _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            log.addHandler(_handler)
            log.setLevel(logging.INFO)
            log.propagate = False
    return log


def write_entry(message: str, *, level: int = logging.ERROR) -> Path | None:
    """Append `message` to the log; the file's path, or None when it could not be written."""
    try:
        target = log_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        log = logger()
        log.log(level, message)
        return target
    except Exception:
        return None  # best effort by design: see the module's docstring


def environment_lines(extra: Iterable[str] = ()) -> list[str]:
    """What a report says about where it happened."""
    return [
        f"Hadath {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        *extra,
        f"Platform: {platform.platform()}",
        f"Time: {datetime.now().astimezone().isoformat(timespec='seconds')}",
    ]


def crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    thread: str | None = None,
    extra: Iterable[str] = (),
    notes: Iterable[str] = (),
) -> str:
    """A plain-text report: versions and platform, notes (what was saved), the traceback."""
    lines = environment_lines(extra)
    if thread:
        lines.append(f"Thread: {thread}")
    lines.extend(notes)
    lines.append("")
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc, tb))
    return "\n".join(lines) + "\n"
