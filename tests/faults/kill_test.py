"""Kill test: the app types into several articles and is SIGKILLed at a random moment.

    python -m tests.faults.kill_test [--runs 200] [--seed 1] [--keep DIR]

Each run starts `typing_child` (the real main window on one database shared by every
run) with a random plan: open one of three articles, type bursts of Arabic and Latin
words with pauses around the 2 s autosave pause, switch to another article (which saves
the first), and so on. The parent kills the child with SIGKILL at a random moment: in 10%
of runs during start-up, in 25% within 30 ms after a save starts (the moment a commit is
half done), otherwise anywhere from the first key to 2.5 s after the last.
The child takes the database's single-instance lock as the app does, so each run also
takes over the lock the killed one left behind.

The child logs every save to a `SideLog` (fsync'd) before and after it runs, so after the
kill the parent knows the last text the app had committed for each article. Then:

* the database must pass `PRAGMA integrity_check` and `PRAGMA foreign_key_check`;
* each article must hold exactly its last saved text, or the text of a save that had
  started after it (it may have committed just before the kill): anything else is lost
  autosaved text (an article the run never saved must be as it was);
* every saved text must be the article's text before the run plus a prefix of what was
  typed into it: the autosave saved what was typed.

A damaged database is kept for inspection and the next run starts on a fresh one.
Prints one line per failing run and a summary; exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.faults.side_log import read_log

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
ARTICLE_FILES = (
    FIXTURES / "interpol-93-marrakech.txt",
    FIXTURES / "corpus" / "ar-opening-day.md",
    FIXTURES / "corpus" / "fr-cloture.md",
)
WORDS = (
    "التعاون", "الأمني", "بين", "الدول", "الأعضاء", "في", "مراكش", "،", "الدورة", "٩٣", "2025",
    "الانتربول", "مكافحة", "الجريمة", "السيبرانية", "coopération", "Interpol", "séance", "réunion",
)
KEY_MS = (12, 20, 35)
START_TIMEOUT = 60.0
STARTUP_KILL_SHARE = 0.1
SAVE_KILL_SHARE = 0.25  # runs killed 0–30 ms after a save starts
AFTER_TYPING = 2.5  # seconds after the last key in which a kill may still land
DEFAULT_KEEP = Path(tempfile.gettempdir()) / "hadath-kill-findings"


@dataclass
class RunResult:
    index: int
    phase: str = ""  # startup, saving (just after a save started), typing, idle (after the last key)
    saves: int = 0
    in_flight: bool = False  # a save had started and not returned when the kill landed
    corrupt: str = ""
    lost: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    child_error: str = ""

    @property
    def ok(self) -> bool:
        return not (self.corrupt or self.lost or self.mismatched or self.child_error)


# --- setting up ----------------------------------------------------------------------------


def create_database(path: Path) -> dict[int, str]:
    """A database holding the three articles; their plain texts by id. Each article
    ends with a paragraph: typing goes to the end of its last text block."""
    from desktop_app.core.document import Paragraph
    from desktop_app.core.importer import load_file
    from desktop_app.store.articles import NewArticle, create_articles
    from desktop_app.store.database import Database

    loaded = [load_file(source) for source in ARTICLE_FILES]
    for item in loaded:
        assert isinstance(item.document.blocks[-1], Paragraph), item.source
    with Database.open(path) as db:
        ids = create_articles(db, [NewArticle(i.document, i.language, i.direction) for i in loaded])
    return stored_texts(path, ids)


def stored_texts(path: Path, ids: list[int]) -> dict[int, str]:
    from desktop_app.store.articles import get_article
    from desktop_app.store.database import Database

    with Database.open(path) as db:
        return {article_id: get_article(db, article_id).document.plain_text() for article_id in ids}


def make_plan(rng: random.Random, ids: list[int]) -> tuple[list[list[Any]], dict[int, str], float, int]:
    """Actions, the text typed into each article, the seconds the plan takes, key ms."""
    key_ms = rng.choice(KEY_MS)
    actions: list[list[Any]] = []
    typed: dict[int, str] = {article_id: "" for article_id in ids}
    seconds = 0.0
    order = [rng.choice(ids)]
    for _ in range(rng.randint(0, 2)):
        order.append(rng.choice([i for i in ids if i != order[-1]]))
    for article_id in order:
        actions.append(["open", article_id])
        seconds += 0.15
        for _ in range(rng.randint(1, 3)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(1, 4))]
            text = " " + " ".join(words)
            actions.append(["type", text])
            typed[article_id] += text
            seconds += len(text) * key_ms / 1000
            # Some pauses outlast the autosave pause (2 s), most do not.
            pause = rng.choice((100, 400, 900, 1500, 2300, 2800))
            actions.append(["pause", pause])
            seconds += pause / 1000
    return actions, typed, seconds, key_ms


# --- one run --------------------------------------------------------------------------------


def _child_env(home: Path) -> dict[str, str]:
    # Settings, logs, backups and the single-instance lock of the child go to a folder of
    # the test, not the user's.
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
    }


def _wait_ready(child: subprocess.Popen[bytes], log: Path, timeout: float) -> bool:
    return _wait_for(child, log, b'"e": "ready"', timeout)


def _wait_for(child: subprocess.Popen[bytes], log: Path, needle: bytes, timeout: float) -> bool:
    """Whether the child logged `needle` within `timeout` seconds (looked for every ms)."""
    deadline = time.monotonic() + timeout
    size = -1
    while time.monotonic() < deadline:
        if child.poll() is not None:
            return False
        if log.exists() and log.stat().st_size != size:
            data = log.read_bytes()
            size = len(data)
            if needle in data:
                return True
        time.sleep(0.001)
    return False


def one_run(
    index: int, rng: random.Random, folder: Path, db_path: Path, before: dict[int, str]
) -> tuple[RunResult, dict[int, str]]:
    result = RunResult(index)
    ids = sorted(before)
    actions, typed, seconds, key_ms = make_plan(rng, ids)
    run_dir = folder / f"run-{index}"
    run_dir.mkdir()
    plan_path, log_path = run_dir / "plan.json", run_dir / "log.jsonl"
    plan_path.write_text(json.dumps({"key_ms": key_ms, "actions": actions}, ensure_ascii=False), encoding="utf-8")
    stderr = (run_dir / "stderr.txt").open("wb")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.faults.typing_child", str(db_path), str(plan_path), str(log_path), "--hold-lock"],
        cwd=ROOT,
        env=_child_env(folder),
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )
    try:
        draw = rng.random()
        if draw < STARTUP_KILL_SHARE:
            result.phase = "startup"
            time.sleep(rng.uniform(0.0, 1.2))
        elif not _wait_ready(child, log_path, START_TIMEOUT):
            result.child_error = "the app did not start"
        elif draw < STARTUP_KILL_SHARE + SAVE_KILL_SHARE:
            # Aimed at the moment that matters most: a save has started, its commit may not.
            saving = _wait_for(child, log_path, b'"e": "saving"', seconds + AFTER_TYPING)
            result.phase = "saving" if saving else "idle"
            time.sleep(rng.uniform(0.0, 0.03) if saving else 0.0)
        else:
            delay = rng.uniform(0.0, seconds + AFTER_TYPING)
            result.phase = "typing" if delay < seconds else "idle"
            time.sleep(delay)
        if child.poll() is not None:
            result.child_error = result.child_error or f"the app exited by itself ({child.returncode})"
        else:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        stderr.close()
    if result.child_error:
        result.child_error += ": " + (run_dir / "stderr.txt").read_text(errors="replace")[-1500:]
    result.corrupt = _database_damage(db_path)
    after = {} if result.corrupt else stored_texts(db_path, ids)
    records = read_log(log_path)
    result.saves = sum(1 for record in records if record["e"] == "saved")
    result.in_flight = _save_in_flight(records)
    if not result.corrupt:
        _judge(result, records, before, after, typed)
    if result.ok:
        shutil.rmtree(run_dir)
    return result, after


def _database_damage(path: Path) -> str:
    """'' when the file passes integrity_check and foreign_key_check, else what they say."""
    try:
        connection = sqlite3.connect(path)
        try:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            keys = connection.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return f"cannot read the database: {error}"
    if integrity != ["ok"]:
        return "integrity_check: " + "; ".join(integrity[:5])
    if keys:
        return f"foreign_key_check: {len(keys)} broken links, e.g. {keys[:3]}"
    return ""


def _save_in_flight(records: list[dict[str, Any]]) -> bool:
    open_saves: set[int] = set()
    for record in records:
        if record["e"] == "saving":
            open_saves.add(record["article"])
        elif record["e"] in ("saved", "save-error"):
            open_saves.discard(record["article"])
    return bool(open_saves)


def _judge(
    result: RunResult,
    records: list[dict[str, Any]],
    before: dict[int, str],
    after: dict[int, str],
    typed: dict[int, str],
) -> None:
    for article_id, old_text in before.items():
        mine = [r for r in records if r.get("article") == article_id and r["e"] in ("saving", "saved")]
        last_saved = max((i for i, r in enumerate(mine) if r["e"] == "saved"), default=-1)
        allowed = {mine[last_saved]["text"] if last_saved >= 0 else old_text}
        allowed.update(r["text"] for r in mine[last_saved + 1 :] if r["e"] == "saving")
        if after[article_id] not in allowed:
            expected = mine[last_saved]["text"] if last_saved >= 0 else old_text
            result.lost.append(
                f"article {article_id}: holds {len(after[article_id])} characters ending "
                f"{after[article_id][-40:]!r}; the last save committed {len(expected)} ending {expected[-40:]!r}"
            )
        for record in mine:
            text = record["text"]
            if not (text.startswith(old_text) and typed[article_id].startswith(text[len(old_text) :])):
                result.mismatched.append(
                    f"article {article_id}: a save of {text[-60:]!r} is not the old text plus what was typed "
                    f"({typed[article_id]!r})"
                )
                break


# --- the whole test -------------------------------------------------------------------------


@dataclass
class Summary:
    runs: int = 0
    corrupt: int = 0
    lost: int = 0
    mismatched: int = 0
    child_errors: int = 0
    saves: int = 0
    in_flight: int = 0
    phases: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, result: RunResult) -> None:
        self.runs += 1
        self.corrupt += bool(result.corrupt)
        self.lost += bool(result.lost)
        self.mismatched += bool(result.mismatched)
        self.child_errors += bool(result.child_error)
        self.saves += result.saves
        self.in_flight += result.in_flight
        self.phases[result.phase] += 1

    @property
    def ok(self) -> bool:
        return self.runs > 0 and not (self.corrupt or self.lost or self.mismatched or self.child_errors)

    def text(self) -> str:
        return (
            f"kill test: {self.runs} kills ({self.phases['startup']} during start-up, {self.phases['saving']} "
            f"0-30 ms after a save started, {self.phases['typing']} while typing, {self.phases['idle']} after "
            f"the last key; {self.in_flight} with a save in flight) · "
            f"{self.saves} saves committed before the kills · corrupt databases {self.corrupt} · "
            f"runs with lost autosaved text {self.lost} · saves that differ from what was typed "
            f"{self.mismatched} · app failures {self.child_errors} · {self.seconds:.0f} s"
        )


def run_kill_test(runs: int, seed: int, keep: Path | None = None, *, progress: bool = True) -> Summary:
    summary = Summary()
    started = time.monotonic()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="hadath-kill-") as name:
        folder = Path(name)
        generation = 0
        db_path = folder / f"kill-{generation}.sqlite3"
        texts = create_database(db_path)
        for index in range(runs):
            result, after = one_run(index, rng, folder, db_path, texts)
            summary.add(result)
            if not result.ok:
                print(_describe(result), flush=True)
                _keep(keep, folder, index, db_path)
            if result.corrupt:
                generation += 1
                db_path = folder / f"kill-{generation}.sqlite3"
                texts = create_database(db_path)
            else:
                texts = after
            if progress and (index + 1) % 20 == 0:
                print(f"  {index + 1}/{runs} kills", flush=True)
    summary.seconds = time.monotonic() - started
    return summary


def _describe(result: RunResult) -> str:
    problems = [result.corrupt, result.child_error, *result.lost, *result.mismatched]
    return f"run {result.index} ({result.phase}): " + " | ".join(p for p in problems if p)


def _keep(keep: Path | None, folder: Path, index: int, db_path: Path) -> None:
    if keep is None:
        return
    target = keep / f"run-{index}"
    target.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(db_path) + suffix)
        if source.exists():
            shutil.copy2(source, target / (db_path.name + suffix))
    run_dir = folder / f"run-{index}"
    if run_dir.exists():
        shutil.copytree(run_dir, target, dirs_exist_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=200, help="kills (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=DEFAULT_KEEP, help="folder for the evidence of failing runs")
    args = parser.parse_args(argv)
    summary = run_kill_test(args.runs, args.seed, args.keep)
    print(summary.text())
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
