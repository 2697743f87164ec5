"""One writer per database: a second launch brings the first window forward; a lock left
by a process that died is taken over; a live holder that does not answer is reported."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.document import Document
from desktop_app.gui import single_instance
from desktop_app.gui.library import ARTICLE_ID_ROLE
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.single_instance import Claim, InstanceGuard, held_elsewhere, lock_owner, lock_path, server_name
from desktop_app.store.articles import NewArticle, create_article

ROOT = Path(__file__).resolve().parents[2]

# A second process: claims the database and prints what happened, then (with "hold")
# keeps it until killed; with "lock-only" it takes the lock file and never listens.
CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from desktop_app.gui import single_instance as si
app = QCoreApplication([])
path, mode = Path(sys.argv[1]), sys.argv[2]
article = int(sys.argv[3]) if len(sys.argv) > 3 else None
if mode == "lock-only":
    lock = si._new_lock(path)
    print("locked" if lock.tryLock(0) else "not locked", flush=True)
    time.sleep(60)
elif mode == "forward":
    print("forwarded" if si.forward(path, article) else "no answer", flush=True)
else:
    guard = si.InstanceGuard(path)
    print(guard.claim(article, wait_ms=2000).value, flush=True)
    if mode == "hold":
        time.sleep(60)
"""


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    (tmp_path / "run").mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def child(path: Path, mode: str, article: int | None = None) -> subprocess.Popen[str]:
    args = [sys.executable, "-c", CHILD, str(path), mode] + ([str(article)] if article is not None else [])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(qtbot, process: subprocess.Popen[str]) -> str:
    """Run our event loop (the guard answers from it) until the child is done."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=20_000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    return out.strip()


def first_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline().strip()


@pytest.fixture
def guard(tmp_path):
    made = InstanceGuard(tmp_path / "gui.sqlite3")
    yield made
    made.release()


def test_a_second_launch_brings_the_window_forward_with_its_article(
    qtbot, database, sample_id, isolated_settings, guard
):
    assert guard.claim() is Claim.CLAIMED
    window = MainWindow(database, "en")
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    guard.attach(window)
    window.refresh_library()
    # What a `hadath import` in a terminal does while the window is open.
    imported = create_article(database, NewArticle(Document("من الطرفية")))
    assert wait_for(qtbot, child(database.path, "claim", sample_id)) == "forwarded"
    assert window.record is not None and window.record.id == sample_id
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    # The library was read again: the imported article is there.
    listed = {int(i.data(0, ARTICLE_ID_ROLE)) for i in window.ui.libraryTree.article_items()}
    assert listed == {sample_id, imported}
    window.autosaver.shutdown()


def test_a_launch_before_the_window_is_ready_waits_for_it(qtbot, database, sample_id, isolated_settings, guard):
    assert guard.claim() is Claim.CLAIMED
    assert not guard.listening  # not before the first window has painted
    qtbot.waitUntil(lambda: guard.listening, timeout=3000)
    assert wait_for(qtbot, child(database.path, "forward", sample_id)) == "forwarded"
    window = MainWindow(database, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.record is None
    guard.attach(window)
    assert window.record is not None and window.record.id == sample_id
    window.autosaver.shutdown()


def test_a_lock_left_by_a_killed_process_is_taken_over(qtbot, tmp_path, guard):
    holder = child(guard.database, "hold")
    assert first_line(holder) == "claimed"
    assert lock_owner(guard.database) == holder.pid
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert lock_path(guard.database).exists()  # left behind, with the dead PID in it
    assert guard.claim(wait_ms=0) is Claim.CLAIMED
    assert guard.held and lock_owner(guard.database) is None  # ours now
    # Its socket was left behind too; later launches reach us all the same.
    qtbot.waitUntil(lambda: guard.listening, timeout=3000)
    assert wait_for(qtbot, child(guard.database, "forward")) == "forwarded"


def test_a_live_holder_that_does_not_answer_is_busy(qtbot, tmp_path, guard, monkeypatch):
    holder = child(guard.database, "lock-only")
    try:
        assert first_line(holder) == "locked"
        assert guard.claim(wait_ms=300) is Claim.BUSY
        assert guard.owner_pid() == holder.pid and held_elsewhere(guard.database)
        # The app says so and ends; it never opens a second writer.
        from desktop_app.gui.database_open import open_database

        monkeypatch.setattr(single_instance, "WAIT_FOR_HOLDER_MS", 200)
        messages: list[str] = []
        monkeypatch.setattr(QMessageBox, "critical", lambda *a: messages.append(a[2]))
        assert open_database(str(guard.database)) == 1
        assert str(holder.pid) in messages[0] and "does not answer" in messages[0]
    finally:
        holder.kill()
        holder.wait()
    assert guard.claim(wait_ms=0) is Claim.CLAIMED


def test_a_launch_while_the_first_is_starting_waits_and_forwards(qtbot, guard):
    # The first process has taken the lock but is not listening yet: the second waits
    # for it rather than opening the database too.
    lock = single_instance._new_lock(guard.database)
    assert lock.tryLock(0)
    second = child(guard.database, "claim")
    qtbot.wait(700)
    assert second.poll() is None  # still waiting
    guard._lock = lock
    guard._listen()
    assert wait_for(qtbot, second) == "forwarded"


def test_other_names_for_the_same_file_share_one_lock(tmp_path, monkeypatch):
    real = tmp_path / "news.sqlite3"
    real.touch()
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    monkeypatch.chdir(tmp_path)
    names = {lock_path(p) for p in (real, link, Path("news.sqlite3"), Path("sub/../news.sqlite3"))}
    servers = {server_name(p) for p in (real, link, Path("news.sqlite3"))}
    assert len(names) == 1 and len(servers) == 1
    assert lock_path(tmp_path / "other.sqlite3") not in names
    assert lock_path(real).parent == tmp_path / "run" / "hadath"


def test_released_lock_is_free_again(guard):
    assert guard.claim() is Claim.CLAIMED
    assert lock_path(guard.database).exists()
    guard.release()
    assert not lock_path(guard.database).exists() and lock_owner(guard.database) is None


def test_without_a_runtime_folder_the_lock_lives_in_the_cache(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert single_instance.runtime_folder() == tmp_path / "cache" / "hadath" / "locks"
