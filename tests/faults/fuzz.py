"""Fuzz test of the importers: broken inputs must be refused cleanly, fast, and harmlessly.

For each importer (Markdown, plain text, HTML, CSV) `--count` inputs are made from seed
files by `mutations.py` (truncated, bit-flipped, huge lines, deep nesting, random bytes,
wrong encodings, NUL bytes, BOM variants, …) and imported by a worker process
(`fuzz_worker.py`) through the same calls as the app, into a database of its own.
Each input must end in one of two ways:

* imported: the database gained the article or table;
* refused with a HadathError (a message for the user), the database untouched.

Anything else is a finding: another exception (crash), an import slower than `--limit`
seconds (2 s; a worker that does not answer within `HARD_TIMEOUT` is killed and
restarted), a refusal that changed the database, or a worker that died. The database
must pass `PRAGMA integrity_check` at the end. Failing inputs are saved to `--keep`.

    python -m tests.faults.fuzz [--count 1000] [--seed 1] [--importer md txt html csv]
                                [--only INDEX] [--limit 2.0] [--keep DIR] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.faults.mutations import IMPORTERS, ROOT, SUFFIX, make_input

LIMIT_SECONDS = 2.0
HARD_TIMEOUT = 30.0  # a worker silent this long is stuck: killed, the input counted as a hang
START_TIMEOUT = 60.0
DEFAULT_KEEP = Path(tempfile.gettempdir()) / "hadath-fuzz-findings"


@dataclass
class Finding:
    importer: str
    index: int
    kind: str  # crash, hang, changed-on-failure, died, lost-import
    mutation: str
    detail: str


@dataclass
class ImporterReport:
    importer: str
    inputs: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)  # refusal message templates
    seconds: list[float] = field(default_factory=list)
    slowest: tuple[float, int, str] = (0.0, -1, "")
    findings: list[Finding] = field(default_factory=list)
    integrity: str = ""
    wall: float = 0.0
    restarts: int = 0

    def count(self, kind: str) -> int:
        return sum(1 for finding in self.findings if finding.kind == kind)

    @property
    def ok(self) -> bool:
        return not self.findings and self.integrity == "ok"

    def summary(self, limit: float) -> str:
        times = sorted(self.seconds) or [0.0]
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        return (
            f"{self.importer:>4}: {self.inputs} inputs in {self.wall:.1f} s · "
            f"imported {self.outcomes['imported']}, refused {self.outcomes['refused']} · "
            f"crashes {self.count('crash') + self.count('died')}, hangs >{limit:g} s {self.count('hang')}, "
            f"database changed on failure {self.count('changed-on-failure')}, "
            f"import without a stored row {self.count('lost-import')} · "
            f"median {statistics.median(times) * 1000:.1f} ms, p99 {p99 * 1000:.0f} ms, "
            f"slowest {self.slowest[0]:.2f} s (#{self.slowest[1]} {self.slowest[2]}) · "
            f"integrity_check {self.integrity}"
        )


class Worker:
    """One fuzz_worker process and a thread feeding its answers into a queue, so the
    parent can wait for an answer with a timeout."""

    def __init__(self, db_path: Path, folder: Path) -> None:
        self.stderr_path = folder / "worker-stderr.txt"
        self._stderr = self.stderr_path.open("ab")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.fuzz_worker", str(db_path), str(folder)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
        )
        self.answers: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        ready = self.answers.get(timeout=START_TIMEOUT)
        if ready is None:
            raise RuntimeError(f"the fuzz worker did not start: {self.stderr_tail()}")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.answers.put(line)
        self.answers.put(None)

    def ask(self, request: dict[str, object], timeout: float) -> dict[str, object] | None:
        """The answer, or None when the worker died or did not answer in time."""
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            return None
        try:
            line = self.answers.get(timeout=timeout)
        except queue.Empty:
            return None
        return None if line is None else dict(json.loads(line))

    def stderr_tail(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            try:
                self.process.stdin.close()
                self.process.wait(timeout=10)
            except (BrokenPipeError, subprocess.TimeoutExpired):
                self.kill()
        self._stderr.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()


def _keep(keep: Path | None, importer: str, seed: int, index: int, finding: Finding) -> None:
    if keep is None:
        return
    keep.mkdir(parents=True, exist_ok=True)
    data, _ = make_input(importer, seed, index)
    stem = keep / f"{importer}-seed{seed}-{index}"
    stem.with_suffix(SUFFIX[importer]).write_bytes(data)
    stem.with_suffix(".finding.txt").write_text(
        f"{finding.kind} · {finding.mutation}\n"
        f"reproduce: python -m tests.faults.fuzz --importer {importer} --seed {seed} --only {index}\n\n"
        f"{finding.detail}\n",
        encoding="utf-8",
    )


def fuzz_importer(
    importer: str,
    indexes: range | list[int],
    seed: int,
    *,
    limit: float = LIMIT_SECONDS,
    keep: Path | None = None,
    progress: bool = False,
) -> ImporterReport:
    report = ImporterReport(importer)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"hadath-fuzz-{importer}-") as name:
        folder = Path(name)
        db_path = folder / "fuzz.sqlite3"
        worker = Worker(db_path, folder)
        try:
            for done, index in enumerate(indexes, 1):
                answer = worker.ask({"importer": importer, "seed": seed, "index": index}, HARD_TIMEOUT)
                report.inputs += 1
                finding = _judge(report, importer, seed, index, answer, limit, worker)
                if finding is not None:
                    report.findings.append(finding)
                    _keep(keep, importer, seed, index, finding)
                    if progress:
                        print(f"  {importer} #{index}: {finding.kind} ({finding.mutation})", flush=True)
                if answer is None:
                    worker.kill()
                    worker.stop()
                    report.restarts += 1
                    worker = Worker(db_path, folder)
                if progress and done % 100 == 0:
                    print(f"  {importer}: {done}/{len(indexes)}", flush=True)
            answer = worker.ask({"integrity": True}, HARD_TIMEOUT)
            report.integrity = str(answer["integrity"]) if answer else "no answer"
        finally:
            worker.stop()
    report.wall = time.monotonic() - started
    return report


def _judge(
    report: ImporterReport,
    importer: str,
    seed: int,
    index: int,
    answer: dict[str, object] | None,
    limit: float,
    worker: Worker,
) -> Finding | None:
    mutation = make_input(importer, seed, index)[1] if answer is None else str(answer["mutation"])
    if answer is None:
        died = worker.process.poll() is not None
        report.outcomes["died" if died else "hang"] += 1
        if not died:
            report.seconds.append(HARD_TIMEOUT)
        detail = worker.stderr_tail() if died else f"no answer within {HARD_TIMEOUT:g} s"
        return Finding(importer, index, "died" if died else "hang", mutation, detail)
    outcome = str(answer["outcome"])
    seconds = float(str(answer["seconds"]))
    report.outcomes[outcome] += 1
    if outcome == "refused":
        report.reasons[str(answer["reason"])] += 1
    report.seconds.append(seconds)
    if seconds > report.slowest[0]:
        report.slowest = (seconds, index, mutation)
    if outcome == "crash":
        return Finding(importer, index, "crash", mutation, str(answer["detail"]))
    if seconds > limit:
        return Finding(importer, index, "hang", mutation, f"{seconds:.2f} s ({outcome}, {answer['size']} bytes)")
    if outcome == "refused" and answer["changed"]:
        return Finding(importer, index, "changed-on-failure", mutation, str(answer["detail"]))
    if outcome == "imported" and int(str(answer["rows_added"])) <= 0:
        return Finding(importer, index, "lost-import", mutation, "imported, but no row was added")
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000, help="inputs per importer (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--importer", nargs="+", choices=IMPORTERS, default=list(IMPORTERS))
    parser.add_argument("--only", type=int, nargs="+", help="run only these input indexes")
    parser.add_argument("--limit", type=float, default=LIMIT_SECONDS, help="seconds an input may take")
    parser.add_argument("--keep", type=Path, default=DEFAULT_KEEP, help="folder for failing inputs")
    parser.add_argument("--jobs", type=int, default=1, help="importers fuzzed at the same time")
    parser.add_argument("--reasons", action="store_true", help="list the refusal messages and their counts")
    args = parser.parse_args(argv)
    indexes: range | list[int] = args.only if args.only else range(args.count)
    started = time.monotonic()
    print(f"fuzz: seed {args.seed}, {len(indexes)} inputs per importer, limit {args.limit:g} s", flush=True)
    reports: dict[str, ImporterReport] = {}

    def run(importer: str) -> None:
        reports[importer] = fuzz_importer(
            importer, indexes, args.seed, limit=args.limit, keep=args.keep, progress=True
        )

    pending = list(args.importer)
    while pending:
        batch, pending = pending[: args.jobs], pending[args.jobs :]
        threads = [threading.Thread(target=run, args=(importer,)) for importer in batch]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    total = time.monotonic() - started
    for importer in args.importer:
        print(reports[importer].summary(args.limit))
    if args.reasons:
        for importer in args.importer:
            for reason, count in reports[importer].reasons.most_common():
                print(f"  {importer} refused {count}×: {reason}")
    bad = sum(len(report.findings) for report in reports.values())
    print(
        f"fuzz total: {sum(r.inputs for r in reports.values())} inputs, {bad} findings, "
        f"{total:.1f} s" + (f"; failing inputs in {args.keep}" if bad else "")
    )
    return 0 if all(report.ok for report in reports.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
