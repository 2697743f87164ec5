"""Changing the interface language: which language a preference means, and the restart
that applies it.

Switching the language live would need every window, panel and editor to rebuild the text
it sets in code and to mirror its layout; a restart gives a clean, fully translated window
and loses nothing: closing saves the article, and the new window opens the article that
was open (the main window remembers it in QSettings).

The new process starts only after this one has closed its database and windows (the
application calls `relaunch_if_requested` on its way out), and it waits for this one to
be gone before it opens the database: two Hadath windows on one file never overlap.
No Qt here: this runs before and after the application exists.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping, MutableMapping, Sequence
from typing import TYPE_CHECKING

from desktop_app.i18n import system_language

if TYPE_CHECKING:
    import subprocess
from desktop_app.preferences import Preferences

# Set in the new process's environment: the process id it waits for.
PREVIOUS_PID = "HADATH_RESTART_OF"
WAIT_SECONDS = 15.0

_requested: list[str] | None = None


def interface_language(choice: str, environ: Mapping[str, str] | None = None) -> str:
    """The UI language a `ui_language` preference gives: "system" follows the locale; a
    HADATH_LANG in the environment wins over both (the tests' and a support call's way to
    see the app in one language)."""
    env = os.environ if environ is None else environ
    if choice == "system" or env.get("HADATH_LANG"):
        return system_language(env)
    return choice


def relaunch_command(database: str | None, *, executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """How to start this app again on `database` (None: the default one): the bundle's
    executable when frozen (PyInstaller), else this interpreter running the package."""
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    command = [executable] if frozen else [executable, "-m", "desktop_app"]
    return [*command, "--db", database] if database else command


def request_restart(database: str | None) -> None:
    """Start the app again once this process has shut down."""
    global _requested
    _requested = relaunch_command(database)


def cancel_restart() -> None:
    global _requested
    _requested = None


def restart_requested() -> Sequence[str] | None:
    return tuple(_requested) if _requested is not None else None


def relaunch_if_requested() -> subprocess.Popen[bytes] | None:
    """Start the requested new process, detached from this one, which is about to exit."""
    global _requested
    if _requested is None:
        return None
    import subprocess  # at exit, and only after a language change: not on the start-up path

    command, _requested = _requested, None
    environment = dict(os.environ, **{PREVIOUS_PID: str(os.getpid())})
    if sys.platform == "win32":
        flags = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
        return subprocess.Popen(command, env=environment, stdin=subprocess.DEVNULL, creationflags=flags)
    return subprocess.Popen(command, env=environment, stdin=subprocess.DEVNULL, start_new_session=True)


def wait_for_previous_instance(
    environ: MutableMapping[str, str] | None = None, timeout: float = WAIT_SECONDS
) -> bool:
    """In a restarted app: wait until the process that started it has exited. True when
    it has (or there was none); False after `timeout`, when start-up goes on anyway."""
    environ = os.environ if environ is None else environ
    raw = environ.pop(PREVIOUS_PID, None)  # not passed on to processes this one starts
    if not raw:
        return True
    try:
        pid = int(raw)
    except ValueError:
        return True
    return _wait_for_exit(pid, timeout)


def _wait_for_exit(pid: int, timeout: float) -> bool:
    if sys.platform == "win32":
        return _wait_for_exit_windows(pid, timeout)
    deadline = time.monotonic() + timeout
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            pass  # alive, owned by someone else
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def _wait_for_exit_windows(pid: int, timeout: float) -> bool:
    import ctypes

    synchronize, wait_timeout = 0x00100000, 0x00000102
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel32.OpenProcess(synchronize, False, pid)
    if not handle:
        return True  # no such process any more
    try:
        return bool(kernel32.WaitForSingleObject(handle, int(timeout * 1000)) != wait_timeout)
    finally:
        kernel32.CloseHandle(handle)


def defaults_for_language(language: str) -> Preferences:
    """Preferences for a window made without a preferences file's values (tools, tests):
    new articles and events in the interface language, as before preferences existed."""
    return Preferences(
        article_language=language if language in ("ar", "en", "fr") else "ar",
        article_direction="rtl" if language == "ar" else "ltr",
        coverage_locale={"ar": "ar_MA", "fr": "fr_MA"}.get(language, "en"),
    )
