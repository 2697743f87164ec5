"""One window per database: a second launch on the same file brings the first forward.

Two pieces, both keyed by the database's resolved path (a hash, so the names stay short):

- a `QLockFile` in the user's runtime folder says which process has the database open.
  Qt takes over a lock whose process has died (same host, PID gone or reused by another
  program), so a crash or a SIGKILL never locks the reporter out. Age alone never makes a
  lock stale here (`setStaleLockTime(0)`): the app holds it for days.
- a `QLocalServer` the holder listens on. A second launch connects, sends one line of
  JSON (`{"command": "raise", "article": 12}`), waits for `ok` and exits 0.

The lock is about windows, not data: SQLite's own locking (WAL, busy timeout) keeps every
write safe, which is why the command line imports into a database the app holds. Qt Core
and Network only, so the CLI may ask `held_elsewhere` without widgets.
"""

from __future__ import annotations

import enum
import getpass
import hashlib
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QByteArray, QLockFile, QObject, QTimer, Signal

# QtNetwork (5 ms to import) is loaded where a socket is made: the first launch, the
# common case, takes the lock and paints its window before it needs one.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

    from desktop_app.gui.main_window import MainWindow

APP_NAME = "hadath"
CONNECT_MS = 500
REPLY_MS = 3000
# How long a second launch waits for a first one that holds the lock but is not listening
# yet (it opens its server LISTEN_AFTER_MS after taking the lock).
WAIT_FOR_HOLDER_MS = 5000
POLL_MS = 100
# The holder starts its server this long after claiming: after the first paint.
LISTEN_AFTER_MS = 200


class Claim(enum.Enum):
    CLAIMED = "claimed"  # this process is now the one writer
    FORWARDED = "forwarded"  # a running Hadath has the database; it was asked to come forward
    BUSY = "busy"  # a live process holds the lock but does not answer


def resolved(path: Path) -> Path:
    """The one name of a file however it was reached (relative, `~`, symlinks)."""
    return Path(os.path.realpath(path.expanduser()))


def digest(text: str, length: int) -> str:
    """A short hex name for `text` (a file's path, a URL) to use in file names and settings
    keys, which cannot hold the text itself."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def _key(path: Path) -> str:
    return digest(str(resolved(path)), 24)


def runtime_folder() -> Path:
    """$XDG_RUNTIME_DIR/hadath when the session has one (cleared at logout), else the
    user's cache folder: never a shared temp folder another user could squat."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    if runtime and Path(runtime).is_dir():
        return Path(runtime) / APP_NAME
    return platformdirs.user_cache_path(APP_NAME) / "locks"


def lock_path(database: Path) -> Path:
    return runtime_folder() / f"{_key(database)}.lock"


def server_name(database: Path) -> str:
    # A plain name: Qt puts it in the temp folder (Unix) or the pipe namespace (Windows),
    # so it stays short whatever the runtime folder. The user is part of it because
    # /tmp is shared; the socket itself is made user-only.
    user = hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:8]
    return f"hadath-{user}-{_key(database)}"


def _new_lock(database: Path) -> QLockFile:
    folder = runtime_folder()
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(database)))
    lock.setStaleLockTime(0)
    return lock


def lock_owner(database: Path) -> int | None:
    """The PID of another live process holding the database's lock, else None (free, held
    by this process, or left by a process that died: Qt clears that one here)."""
    try:
        lock = _new_lock(database)
    except OSError:
        return None
    if lock.tryLock(0):
        lock.unlock()
        return None
    info = lock.getLockInfo()
    if isinstance(info, tuple) and info and isinstance(info[0], int):
        pid = info[0]
    else:
        return None  # the lock file could not be read: treat as free, SQLite guards the data
    return None if pid == os.getpid() else pid


def held_elsewhere(database: Path) -> bool:
    return lock_owner(database) is not None


def forward(database: Path, article_id: int | None = None) -> bool:
    """Ask the app that has `database` open to come forward (and show the article); True
    when it acknowledged."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(database))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    try:
        message = json.dumps({"command": "raise", "article": article_id}) + "\n"
        socket.write(QByteArray(message.encode("utf-8")))
        if not socket.waitForBytesWritten(REPLY_MS):
            return False
        reply = b""
        deadline = time.monotonic() + REPLY_MS / 1000
        while not reply.endswith(b"\n") and time.monotonic() < deadline:
            if not socket.waitForReadyRead(max(1, int((deadline - time.monotonic()) * 1000))):
                break
            reply += bytes(socket.readAll().data())
        return reply.strip() == b"ok"
    finally:
        socket.abort()


class InstanceGuard(QObject):
    """Holds the database's lock and answers later launches. `activation_requested`
    carries the article id a later `hadath open ID` asked for (None for a plain launch);
    requests that arrive before a window is attached wait for it."""

    activation_requested = Signal(object)

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = resolved(database)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._delivering = False
        self._pending: list[int | None] = []

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    @property
    def listening(self) -> bool:
        return self._server is not None

    def claim(self, article_id: int | None = None, *, wait_ms: int | None = None) -> Claim:
        """Become the database's one writer, or hand the launch to the one there is. The
        server starts listening once the window is up (LISTEN_AFTER_MS): the first paint
        does not wait for QtNetwork, and a launch meanwhile waits for the server."""
        lock = _new_lock(self.database)
        deadline = time.monotonic() + (WAIT_FOR_HOLDER_MS if wait_ms is None else wait_ms) / 1000
        while not lock.tryLock(0):
            # Held by a live process (Qt has already cleared a dead one's): it answers, or
            # it is starting and will listen in a moment, or it is stuck.
            if forward(self.database, article_id):
                return Claim.FORWARDED
            if time.monotonic() >= deadline:
                return Claim.BUSY
            time.sleep(POLL_MS / 1000)
        self._lock = lock
        QTimer.singleShot(LISTEN_AFTER_MS, self, self._listen)
        return Claim.CLAIMED

    def owner_pid(self) -> int | None:
        return lock_owner(self.database)

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if self._lock is None or self._server is not None:
            return  # released meanwhile, or listening already
        name = server_name(self.database)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(name):
            # A socket left by a process that died: we hold the lock, so nobody else is
            # listening on it.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                server.deleteLater()
                return  # later launches then wait for the lock and say it is busy
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            request = json.loads(line.decode("utf-8"))
            article = request.get("article") if isinstance(request, dict) else None
            ok = isinstance(request, dict) and request.get("command") == "raise"
        except (UnicodeDecodeError, ValueError):
            ok, article = False, None
        socket.write(QByteArray(b"ok\n" if ok else b"?\n"))
        socket.flush()
        socket.disconnectFromServer()
        if ok:
            self._deliver(article if isinstance(article, int) and not isinstance(article, bool) else None)

    def _deliver(self, article_id: int | None) -> None:
        if not self._delivering:
            self._pending.append(article_id)
            return
        self.activation_requested.emit(article_id)

    def deliver_requests(self) -> None:
        """From now on each request goes out on `activation_requested` as it arrives; the
        ones that came earlier go out now."""
        self._delivering = True
        pending, self._pending = self._pending, []
        for article_id in pending:
            self.activation_requested.emit(article_id)

    def attach(self, window: MainWindow) -> None:
        """Bring `window` forward on each later launch; requests made meanwhile run now."""
        self.activation_requested.connect(lambda article_id: bring_to_front(window, article_id))
        self.deliver_requests()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def bring_to_front(window: MainWindow, article_id: int | None) -> None:
    """Un-minimise, raise and activate the window (a dialog open on it stays on top);
    open the article a `hadath open ID` asked for. The library is read again: a launch
    from the terminal often follows a `hadath import`."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        modal.raise_()
        modal.activateWindow()
    QApplication.alert(window)  # where the window manager refuses focus, the taskbar blinks
    window.refresh_library()
    if article_id is not None and modal is None:
        window.open_article(article_id)
