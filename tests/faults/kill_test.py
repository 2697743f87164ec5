"""Kill test: type into an article, SIGKILL the app 3 s after the last key, reopen.

Nothing typed before the last autosave may be lost and `PRAGMA integrity_check` must say
ok. Run with `python -m tests.faults.kill_test [RUNS]` (default 50); prints the counts.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "fixtures" / "interpol-93-marrakech.txt"
TYPED = " التأكيد على ضرورة تعزيز المساعدة المتبادلة"


def one_run(folder: Path, index: int) -> tuple[bool, bool, str]:
    from desktop_app.core.importer import load_file
    from desktop_app.store.articles import NewArticle, create_articles, get_article
    from desktop_app.store.database import Database

    db_path = folder / f"kill-{index}.sqlite3"
    db = Database.open(db_path)
    loaded = load_file(SAMPLE, title="انطلاق الدورة 93")
    (article_id,) = create_articles(db, [NewArticle(loaded.document, loaded.language, loaded.direction)])
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HADATH_LANG": "ar"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.faults.typing_child", str(db_path), str(article_id), TYPED],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    last_key = None
    for line in child.stdout:
        if line.startswith("done"):
            last_key = time.monotonic()
            break
    if last_key is None:
        child.kill()
        child.wait()
        return False, False, "the child stopped before typing everything"
    time.sleep(max(0.0, 3.0 - (time.monotonic() - last_key)))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    connection = sqlite3.connect(db_path)
    integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    connection.close()
    db = Database.open(db_path)
    text = get_article(db, article_id).document.plain_text()
    db.close()
    kept = text.rstrip().endswith(TYPED.strip())
    return kept, integrity == "ok", integrity


def main(runs: int) -> int:
    kept = intact = 0
    with tempfile.TemporaryDirectory() as folder:
        for index in range(runs):
            ok_text, ok_db, detail = one_run(Path(folder), index)
            kept += ok_text
            intact += ok_db
            if not (ok_text and ok_db):
                print(f"run {index}: text kept={ok_text}, integrity={detail}", flush=True)
    print(f"{runs} runs: typed text kept in {kept}, integrity_check ok in {intact}")
    return 0 if kept == intact == runs else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
