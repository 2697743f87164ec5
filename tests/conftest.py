from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent / "shared" / "samples" / "interpol-93-marrakech.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    # The app writes emergency copies and its log to the user's data folder and its
    # database locks to the cache (or runtime) folder; a test must never touch the real
    # ones, nor find there what a real session (or another test) left and offers at start.
    # The preferences file lives in the config folder: a reporter's own preferences on this
    # machine must not change what a test sees.
    # Its own MonkeyPatch: a test's `monkeypatch.undo()` must not undo this.
    home = tmp_path_factory.mktemp("user")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(home / "data"))
        patch.setenv("XDG_CACHE_HOME", str(home / "cache"))
        patch.setenv("XDG_CONFIG_HOME", str(home / "config"))
        patch.delenv("XDG_RUNTIME_DIR", raising=False)
        yield


@pytest.fixture
def sample_text() -> str:
    if SAMPLE.exists():
        return SAMPLE.read_text(encoding="utf-8")
    return (FIXTURES / "interpol-93-marrakech.txt").read_text(encoding="utf-8")


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE if SAMPLE.exists() else FIXTURES / "interpol-93-marrakech.txt"
