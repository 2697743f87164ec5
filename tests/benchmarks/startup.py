"""Cold start: `hadath --db DB open ID` on a 50,000-word article in a 1,000-article library.

Each run is a fresh `python -m desktop_app --db DB open ID` process (offscreen, Arabic
UI, empty settings folder) with `HADATH_STARTUP_PROBE=1`; the probe
(desktop_app/gui/startup_probe.py) prints absolute `time.time()` stamps when the main
window's Show event is delivered and when the first paint pass reaching the article
column is over, then VmHWM (peak resident memory, /proc/self/status) and quits.

Process start: the parent reads `time.time()` immediately before `Popen`, and every
figure is a child stamp minus that. So the figures include fork/exec and the interpreter's
own start-up, exactly as a reporter launching the app waits for them, and they need no
conversion between clocks (parent and child read the same wall clock; /proc's starttime
would only give 10 ms clock ticks against a boot time known to the second).

Bytecode: an installed app has it (pip compiles every module it installs), while a source
checkout run with PYTHONDONTWRITEBYTECODE=1 (as in this environment) compiles every module
from source on every start. So `measure` first compiles the `desktop_app` package into its
`__pycache__` folders with `compileall` (py_compile writes the files even when
PYTHONDONTWRITEBYTECODE is set; `__pycache__` is git-ignored, and nothing tracked is
touched), once, before any run, as `pip install` would have. PySide6 and the other
dependencies in the virtualenv were compiled by pip already, and the bare script below is
a single `-c` string that Python compiles in memory on every run, as it would anyway: both
sides start as an installed program does. `python -m tests.benchmarks.startup
--no-precompile` skips the step (figures for a source checkout without bytecode; delete
the `__pycache__` folders first for a really cold start).

Baseline, measured in the same run the same way: a bare PySide6 script (BARE below) with a
QMainWindow whose QTextEdit holds the same 50,000 words as plain paragraphs. The targets
are ratios to it: window shown ≤ 1.5×, article painted ≤ 1.6×, VmHWM ≤ 1.5×.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.corpus import big_document, vocabulary, wire_copy

LIBRARY = 1_000
WORDS = 50_000
RUNS = 5
TARGETS = {"shown": 1.5, "painted": 1.6, "vmhwm": 1.5}
ROOT = Path(__file__).resolve().parents[2]

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

def vmhwm():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0

class Probe(QObject):
    painted = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and watched is window:
            print("shown", repr(time.time()), flush=True)
        elif event.type() == QEvent.Type.Paint and watched is edit.viewport() and not self.painted:
            self.painted = True
            QTimer.singleShot(0, finish)
        return False

def finish():
    print("painted", repr(time.time()), flush=True)
    print("vmhwm", vmhwm(), flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
probe = Probe()
app.installEventFilter(probe)
window = QMainWindow()
window.resize(1280, 800)
edit = QTextEdit()
with open(sys.argv[1], encoding="utf-8") as text:
    edit.setPlainText(text.read())
window.setCentralWidget(edit)
window.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Sample:
    shown: float
    painted: float
    vmhwm: int


def build_library(folder: Path) -> tuple[Path, int, Path]:
    """The database (1,000 wire stories and the big article), the big article's id, and
    the big article's words as plain paragraphs for the bare baseline."""
    from desktop_app.core.codecs.plaintext_in import from_plain_text
    from desktop_app.store.articles import NewArticle, create_articles
    from desktop_app.store.database import Database

    rng = random.Random(11)
    vocab = vocabulary()
    items = [NewArticle(from_plain_text(wire_copy(rng, vocab), title=f"خبر {i}")) for i in range(LIBRARY)]
    document = big_document(WORDS)
    items.append(NewArticle(document, language="ar", direction="rtl"))
    db_path = folder / "library.sqlite3"
    db = Database.open(db_path)
    try:
        ids = create_articles(db, items)
    finally:
        db.close()
    text_path = folder / "article.txt"
    text_path.write_text(document.plain_text(), encoding="utf-8")
    return db_path, ids[-1], text_path


def run_once(command: list[str], env: dict[str, str]) -> Sample:
    start = time.time()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    stamps: dict[str, str] = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        stamps.setdefault(key, value)
    if done.returncode != 0 or not {"shown", "painted", "vmhwm"} <= stamps.keys():
        raise RuntimeError(f"{command[2:]} failed ({done.returncode}): {done.stdout}\n{done.stderr}")
    return Sample(float(stamps["shown"]) - start, float(stamps["painted"]) - start, int(stamps["vmhwm"]))


def medians(samples: list[Sample]) -> Sample:
    return Sample(
        statistics.median(s.shown for s in samples),
        statistics.median(s.painted for s in samples),
        round(statistics.median(s.vmhwm for s in samples)),
    )


def precompile() -> None:
    """Bytecode for the package, as `pip install` writes it (see the module docstring)."""
    import compileall

    if not compileall.compile_dir(ROOT / "desktop_app", quiet=1):
        raise RuntimeError("compileall failed for desktop_app")


def measure(runs: int = RUNS, *, bytecode: bool = True) -> tuple[Sample, Sample]:
    """Medians for the app and for the bare window, runs interleaved so drift hits both."""
    if bytecode:
        precompile()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db_path, article_id, text_path = build_library(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HADATH_LANG="ar", HADATH_STARTUP_PROBE="1")
        env.pop("HADATH_DB", None)
        app_command = [sys.executable, "-m", "desktop_app", "--db", str(db_path), "open", str(article_id)]
        bare_command = [sys.executable, "-c", BARE, str(text_path)]
        app_samples: list[Sample] = []
        bare_samples: list[Sample] = []
        # One warm-up each: the first run pays for a cold disk cache, not for our code.
        for index in range(runs + 1):
            # A fresh settings folder per run: no remembered geometry or article.
            config = folder / f"config{index}"
            run_env = dict(env, XDG_CONFIG_HOME=str(config))
            bare = run_once(bare_command, run_env)
            app = run_once(app_command, run_env)
            if index:
                bare_samples.append(bare)
                app_samples.append(app)
    return medians(app_samples), medians(bare_samples)


def rows(*, bytecode: bool = True) -> list[tuple[str, str, str, str, bool]]:
    """Rows for tests/benchmarks/run.py's table."""
    app, bare = measure(bytecode=bytecode)
    shown, painted, memory = app.shown / bare.shown, app.painted / bare.painted, app.vmhwm / bare.vmhwm
    return [
        ("start-up: window shown", f"{app.shown * 1000:.0f} ms",
         f"{shown:.2f}× bare window ({bare.shown * 1000:.0f} ms)", f"≤ {TARGETS['shown']}×",
         shown <= TARGETS["shown"]),
        ("start-up: 50k-word article painted", f"{app.painted * 1000:.0f} ms",
         f"{painted:.2f}× bare window ({bare.painted * 1000:.0f} ms)", f"≤ {TARGETS['painted']}×",
         painted <= TARGETS["painted"]),
        ("start-up: VmHWM, article open", f"{app.vmhwm / 1024:.0f} MB",
         f"{memory:.2f}× bare window ({bare.vmhwm / 1024:.0f} MB)", f"≤ {TARGETS['vmhwm']}×",
         memory <= TARGETS["vmhwm"]),
    ]


if __name__ == "__main__":
    for row in rows(bytecode="--no-precompile" not in sys.argv[1:]):
        print(*row[:4], "ok" if row[4] else "MISSED", sep="  ")
