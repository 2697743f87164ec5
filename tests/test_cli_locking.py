"""The command line and a running app on the same database.

Policy: the app holds the database's lock (one window per file), and the CLI still writes
into it, safely, through SQLite's own locking (WAL, a 5 s busy timeout, one transaction per
command): `hadath import` while the app autosaves succeeds, loses nothing on either side,
and the app sees the new articles when its library is read again (a later `hadath` or
`hadath open ID` launch brings the window forward and reads it). `hadath open ID` and a
plain `hadath` hand over to the running app and exit 0.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline

ROOT = Path(__file__).resolve().parents[1]

# The app as a reporter uses it: the real main window, typing a letter and saving it
# every few milliseconds (far busier than a person) until told to stop.
APP = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from desktop_app.app import create_application
app = create_application("en")
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.single_instance import Claim, InstanceGuard
from desktop_app.store.database import Database
from desktop_app.store.reads import list_articles

path, stop, article = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
guard = InstanceGuard(path)
assert guard.claim() is Claim.CLAIMED
db = Database.open(path)
window = MainWindow(db, "en")
window.show()
assert window.open_article(article)
guard.attach(window)
guard.activation_requested.connect(lambda a: print(f"raise {a}", flush=True))
failures = []
window.autosaver.failed.connect(failures.append)
saves = []
typed = []

def tick():
    if stop.exists():
        ok = window.autosaver.flush()
        ids = sorted(s.id for s in list_articles(db))
        print(json.dumps({"saves": len(saves), "failures": failures, "flushed": ok, "typed": "".join(typed),
                          "articles": ids}), flush=True)
        window.autosaver.shutdown()
        guard.release()
        app.quit()
        return
    editor = window.column.editors()[-1]
    editor.focus_end()
    char = "بت"[len(typed) % 2]
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    typed.append(char)
    if window.autosaver.flush():
        saves.append(1)
    QTimer.singleShot(5, tick)

print("ready", flush=True)
QTimer.singleShot(0, tick)
app.exec()
"""


@pytest.fixture
def env(tmp_path, monkeypatch) -> dict[str, str]:
    """The folders of this test, for the test and for the processes it starts."""
    (tmp_path / "run").mkdir()
    for name, value in {
        "QT_QPA_PLATFORM": "offscreen",
        "HADATH_LANG": "en",
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("HADATH_DB", raising=False)
    return dict(os.environ)


def _hadath(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_cli_imports_while_the_app_holds_the_database_and_autosaves(tmp_path, env):
    from desktop_app.gui.single_instance import held_elsewhere, lock_owner
    from desktop_app.store.articles import NewArticle, create_article, get_article
    from desktop_app.store.database import Database

    path = tmp_path / "news.sqlite3"
    db = Database.open(path)
    article = create_article(db, NewArticle(Document("افتتاح", (Paragraph(Inline.plain("بداية")),))))
    db.close()
    stop = tmp_path / "stop"
    app = subprocess.Popen([sys.executable, "-c", APP, str(path), str(stop), str(article)], cwd=ROOT, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "ready"
        assert held_elsewhere(path) and lock_owner(path) == app.pid
        imported: list[int] = []
        for number in range(3):
            source = tmp_path / f"wire-{number}.md"
            source.write_text(f"# خبر {number}\n\nنص الخبر رقم {number}.\n", encoding="utf-8")
            done = _hadath(env, "--db", str(path), "import", str(source))
            assert done.returncode == 0, done.stderr
            assert done.stderr == ""  # no "database is locked", no warning
            imported.extend(int(line) for line in done.stdout.split())
        assert len(imported) == 3
        # `hadath open ID` hands over to the running app and exits 0 (the article being
        # typed in: the typing goes on where it was).
        opened = _hadath(env, "--db", str(path), "open", str(article))
        assert opened.returncode == 0, opened.stderr
        assert app.stdout.readline().strip() == f"raise {article}"
        stop.touch()
        out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, err
    report = json.loads(out.strip().splitlines()[-1])
    assert report["failures"] == [] and report["flushed"] and report["saves"] > 10
    assert sorted(report["articles"]) == sorted([article, *imported])  # the app sees the new rows
    # Nothing lost on either side; the file is sound.
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    db = Database.open(path)
    try:
        text = get_article(db, article).document.blocks[-1].text.text
        assert text == "بداية" + report["typed"]
        assert [get_article(db, i).title for i in imported] == ["خبر 0", "خبر 1", "خبر 2"]
    finally:
        db.close()


def test_a_plain_launch_on_a_held_database_hands_over_and_the_cli_still_reads(tmp_path, env):
    """`hadath` while the app runs: forwarded, exit 0. The CLI reads without asking for the lock."""
    from desktop_app.store.database import Database

    path = tmp_path / "news.sqlite3"
    Database.open(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "claimed"
        done = _hadath(env, "--db", str(path))
        assert done.returncode == 0, done.stderr
        assert holder.stdout.readline().strip() == "raise None"
        listed = _hadath(env, "--db", str(path), "list", "--json")
        assert listed.returncode == 0 and json.loads(listed.stdout) == []
    finally:
        holder.kill()
        holder.wait()


HOLDER = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.gui.single_instance import InstanceGuard
guard = InstanceGuard(Path(sys.argv[1]))
print(guard.claim().value, flush=True)
guard.activation_requested.connect(lambda a: print(f"raise {a}", flush=True))
guard.deliver_requests()  # a stand-in for the app: no window to bring forward
app.exec()
"""
