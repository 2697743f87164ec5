"""The concurrency test, short: 5 CLI imports while the GUI autosaves (`make concurrency`
runs 100)."""

from __future__ import annotations

from tests.faults.concurrency import run_concurrency

ROUNDS = 5


def test_cli_imports_and_gui_autosaves_lose_nothing():
    summary = run_concurrency(ROUNDS, seed=7, progress=False)
    assert summary.problems() == []
    assert summary.rounds == ROUNDS
    assert summary.cli_ok == ROUNDS
    assert summary.locked_messages == 0
    assert summary.imported == summary.imports_present == ROUNDS
    assert summary.saves > 0
    assert summary.lost_writes == 0
    assert summary.ok
