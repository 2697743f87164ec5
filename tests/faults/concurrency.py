"""Concurrent access: `hadath import` on the command line while the GUI autosaves.

    python -m tests.faults.concurrency [--rounds 100] [--seed 1] [--autosave-ms 150]

`typing_child` runs the real main window on a database and types into two articles
without end, in bursts a little longer apart than its autosave pause (shortened to
`--autosave-ms` so saves come several times a second), switching articles (a flush) now
and then. Meanwhile the parent runs, round after round, the real CLI in its own process:
`python -m desktop_app --db DB import FILE…`, one new file per round (Markdown, plain
text or HTML; every tenth round a folder of ten), and waits for the next autosave before
the next round. Both sides write through the store's own connections (SQLite WAL, busy
timeout). The GUI holds the database's single-instance lock as the app does
(`gui/single_instance.py`): the lock is about windows, and the command line imports into a
database the app holds, which is the path tested here (the test checks the lock is held).

Then, with the window closed as a user closes it (its last flush):

* every CLI run exited 0 with nothing on standard error ("database is locked" or else)
  and printed one id per file; every such article is in the database with its text;
* the GUI never signalled a failed save (the "Changes are not saved" banner) and no save
  raised, except that a save may meet a busy database once and be retried quietly, as the
  autosaver is made to (counted apart);
* each typed article holds its text before the test plus everything typed into it, which
  is also its last saved text: no autosave was lost;
* the database passes `PRAGMA integrity_check` and `PRAGMA foreign_key_check`.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.faults.kill_test import _child_env, _database_damage, _wait_ready, create_database, stored_texts
from tests.faults.side_log import read_log

ROOT = Path(__file__).resolve().parents[2]
WORDS = ("التعاون", "الأمني", "مراكش", "الدورة", "٩٣", "الانتربول", "Interpol", "séance", "2025", "،")
ROUND_TIMEOUT = 60.0
SAVE_WAIT = 15.0
FOLDER_EVERY = 10
FOLDER_FILES = 10


@dataclass
class Summary:
    rounds: int = 0
    cli_ok: int = 0
    cli_failures: list[str] = field(default_factory=list)
    locked_messages: int = 0
    imported: int = 0
    imports_present: int = 0
    missing_imports: list[str] = field(default_factory=list)
    saves: int = 0
    overlapping_rounds: int = 0  # an autosave started or ended while the CLI ran
    failed_signals: list[str] = field(default_factory=list)
    save_errors: list[str] = field(default_factory=list)
    quiet_retries: int = 0  # saves that met a busy database and were retried without a word
    gui_held_lock: bool = False
    lost_autosaves: list[str] = field(default_factory=list)
    damage: str = ""
    child_error: str = ""
    seconds: float = 0.0

    @property
    def lost_writes(self) -> int:
        return len(self.missing_imports) + len(self.lost_autosaves)

    @property
    def ok(self) -> bool:
        return (
            self.rounds > 0
            and self.cli_ok == self.rounds
            and not (self.cli_failures or self.locked_messages or self.failed_signals or self.save_errors)
            and self.lost_writes == 0
            and self.gui_held_lock
            and not (self.damage or self.child_error)
        )

    def problems(self) -> list[str]:
        return [
            *self.cli_failures,
            *self.missing_imports,
            *self.failed_signals,
            *self.save_errors,
            *self.lost_autosaves,
            *([self.damage] if self.damage else []),
            *([self.child_error] if self.child_error else []),
            *([] if self.gui_held_lock or not self.rounds else ["the GUI did not hold the single-instance lock"]),
        ]

    def text(self) -> str:
        return (
            f"concurrency: {self.rounds} rounds, the GUI holding the single-instance lock: "
            f"{'yes' if self.gui_held_lock else 'no'} · CLI imports exited 0 in {self.cli_ok}/{self.rounds}, "
            f"'database is locked' shown {self.locked_messages} times · {self.imported} articles imported, "
            f"{self.imports_present} found afterwards · {self.saves} autosaves committed, "
            f"{self.overlapping_rounds} rounds with an autosave during the import · failed-save signals "
            f"{len(self.failed_signals)}, save errors {len(self.save_errors)} (quiet busy retries "
            f"{self.quiet_retries}) · lost writes {self.lost_writes} · "
            f"database {'ok' if not self.damage else self.damage} · {self.seconds:.0f} s"
        )


def _plan(rng: random.Random, ids: list[int], stop_file: Path, autosave_ms: int) -> dict[str, Any]:
    actions: list[list[Any]] = []
    for article_id in ids:
        actions.append(["open", article_id])
        for _ in range(rng.randint(2, 4)):
            actions.append(["type", " " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))])
            actions.append(["pause", autosave_ms + rng.randint(30, 250)])
    return {"key_ms": 15, "actions": actions, "loop_until": str(stop_file)}


def _write_import(folder: Path, index: int, rng: random.Random) -> tuple[list[Path], dict[Path, str]]:
    """The path to give the CLI and, for each file, the marker text it holds."""
    files: dict[Path, str] = {}
    count = FOLDER_FILES if index % FOLDER_EVERY == FOLDER_EVERY - 1 else 1
    target = folder / f"round-{index}"
    target.mkdir()
    for number in range(count):
        marker = f"علامة-{index}-{number}-{rng.getrandbits(40):x}"
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 200)))
        kind = rng.choice(("md", "txt", "html"))
        path = target / f"file-{number}.{kind}"
        if kind == "md":
            text = f"# {marker}\n\n{body}\n\n- {body[:40]}\n"
        elif kind == "txt":
            text = f"{marker}\n\n{body}\n"
        else:
            text = f"<html><body><h1>{marker}</h1><p>{body}</p></body></html>"
        path.write_text(text, encoding="utf-8")
        files[path] = marker
    return ([target] if count > 1 else list(files)), files


def _saves_after(log: Path, moment: float) -> int:
    return sum(1 for record in read_log(log) if record["e"] == "saved" and record["t"] >= moment)


def run_concurrency(rounds: int, seed: int, autosave_ms: int = 150, *, progress: bool = True) -> Summary:
    summary = Summary()
    started = time.monotonic()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="hadath-concurrency-") as name:
        folder = Path(name)
        db_path = folder / "shared.sqlite3"
        before = create_database(db_path)
        typed_ids = sorted(before)[:2]
        stop_file, log_path, plan_path = folder / "stop", folder / "log.jsonl", folder / "plan.json"
        plan_path.write_text(json.dumps(_plan(rng, typed_ids, stop_file, autosave_ms)), encoding="utf-8")
        stderr_path = folder / "child-stderr.txt"
        with stderr_path.open("wb") as stderr:
            child = subprocess.Popen(
                [sys.executable, "-m", "tests.faults.typing_child", str(db_path), str(plan_path), str(log_path),
                 "--autosave-ms", str(autosave_ms), "--hold-lock"],
                cwd=ROOT, env=_child_env(folder), stdout=subprocess.DEVNULL, stderr=stderr,
            )
            try:
                if not _wait_ready(child, log_path, 60.0):
                    summary.child_error = "the GUI did not start: " + stderr_path.read_text(errors="replace")[-1500:]
                    return summary
                summary.gui_held_lock = _held_elsewhere(db_path, folder)
                expected = _rounds(summary, rounds, rng, folder, db_path, log_path, progress)
                stop_file.touch()
                try:
                    status = child.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    child.kill()
                    status = child.wait()
            finally:
                if child.poll() is None:
                    child.kill()
                    child.wait()
        records = read_log(log_path)
        closed = [r for r in records if r["e"] == "closed"]
        if status != 0 or not closed or not closed[-1]["clean"]:
            summary.child_error = (
                f"the GUI exited with {status}, closed cleanly: {bool(closed and closed[-1]['clean'])}; "
                + stderr_path.read_text(errors="replace")[-1500:]
            )
        _check(summary, records, db_path, before, typed_ids, expected)
    summary.seconds = time.monotonic() - started
    return summary


def _held_elsewhere(db_path: Path, folder: Path) -> bool:
    """What the CLI sees of the GUI's lock, asked in a process with the GUI's environment."""
    probe = (
        "import sys; from pathlib import Path; from desktop_app.gui.single_instance import held_elsewhere; "
        "print(held_elsewhere(Path(sys.argv[1])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(db_path)], cwd=ROOT, env=_child_env(folder), capture_output=True, text=True
    )
    return done.stdout.strip() == "True"


def _rounds(
    summary: Summary, rounds: int, rng: random.Random, folder: Path, db_path: Path, log_path: Path, progress: bool
) -> dict[int, str]:
    """Run the CLI imports; the marker text of each imported article by id."""
    expected: dict[int, str] = {}
    env = {**_child_env(folder), "HADATH_DB": ""}
    for index in range(rounds):
        paths, files = _write_import(folder, index, rng)
        begin = time.time()
        try:
            done = subprocess.run(
                [sys.executable, "-m", "desktop_app", "--db", str(db_path), "import", *map(str, paths)],
                cwd=ROOT, env=env, capture_output=True, text=True, timeout=ROUND_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            summary.cli_failures.append(f"round {index}: the import did not finish in {ROUND_TIMEOUT:g} s")
            summary.rounds += 1
            continue
        end = time.time()
        summary.rounds += 1
        summary.locked_messages += done.stderr.lower().count("locked")
        ids = [int(line) for line in done.stdout.split() if line.isdigit()]
        if done.returncode == 0 and not done.stderr.strip() and len(ids) == len(files):
            summary.cli_ok += 1
        else:
            summary.cli_failures.append(
                f"round {index}: exit {done.returncode}, {len(ids)} ids for {len(files)} files, "
                f"stderr {done.stderr.strip()[-300:]!r}"
            )
        # `hadath import` prints the ids in the order it imported the files: sorted in a folder.
        for article_id, path in zip(ids, sorted(files), strict=False):
            expected[article_id] = files[path]
        summary.imported += len(ids)
        records = read_log(log_path)
        if any(r["e"] in ("saving", "saved") and begin <= r["t"] <= end for r in records):
            summary.overlapping_rounds += 1
        # The next round starts after an autosave that began after this import did.
        deadline = time.monotonic() + SAVE_WAIT
        while _saves_after(log_path, end) == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        if progress and (index + 1) % 10 == 0:
            print(f"  {index + 1}/{rounds} rounds", flush=True)
    return expected


def _check(
    summary: Summary,
    records: list[dict[str, Any]],
    db_path: Path,
    before: dict[int, str],
    typed_ids: list[int],
    expected: dict[int, str],
) -> None:
    from desktop_app.store.articles import get_article
    from desktop_app.store.database import Database

    summary.saves = sum(1 for r in records if r["e"] == "saved")
    summary.failed_signals = [f"failed-save signal: {r['message']}" for r in records if r["e"] == "failed"]
    for record in records:
        if record["e"] != "save-error":
            continue
        if any(word in record["error"].lower() for word in ("database is locked", "database is busy")):
            summary.quiet_retries += 1
        else:
            summary.save_errors.append(f"save error: {record['error']}")
    summary.damage = _database_damage(db_path)
    if summary.damage:
        return
    with Database.open(db_path) as db:
        for article_id, marker in expected.items():
            try:
                text = get_article(db, article_id).document.plain_text()
            except Exception as error:  # a missing article is the finding, whatever is raised
                summary.missing_imports.append(f"imported article {article_id} ({marker}): {error}")
                continue
            if marker in text:
                summary.imports_present += 1
            else:
                summary.missing_imports.append(f"imported article {article_id} does not hold {marker}")
    after = stored_texts(db_path, typed_ids)
    for article_id in typed_ids:
        typed = "".join(r["text"] for r in records if r["e"] == "typed" and r["article"] == article_id)
        saved = [r["text"] for r in records if r["e"] == "saved" and r["article"] == article_id]
        wanted = before[article_id] + typed
        if after[article_id] != wanted or (saved and saved[-1] != wanted):
            summary.lost_autosaves.append(
                f"article {article_id}: holds {len(after[article_id])} characters, typed text makes "
                f"{len(wanted)}; last save {len(saved[-1]) if saved else 0}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--autosave-ms", type=int, default=150, help="the GUI's autosave pause (the app's is 2000)")
    args = parser.parse_args(argv)
    summary = run_concurrency(args.rounds, args.seed, args.autosave_ms)
    for problem in summary.problems():
        print(problem)
    print(summary.text())
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
