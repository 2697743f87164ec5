from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent / "shared" / "samples" / "interpol-93-marrakech.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def sample_text() -> str:
    if SAMPLE.exists():
        return SAMPLE.read_text(encoding="utf-8")
    return (FIXTURES / "interpol-93-marrakech.txt").read_text(encoding="utf-8")


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE if SAMPLE.exists() else FIXTURES / "interpol-93-marrakech.txt"
