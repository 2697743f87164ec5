from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.store.database import Database


@pytest.fixture
def db(tmp_path: Path):
    database = Database.open(tmp_path / "hadath.sqlite3")
    yield database
    database.close()


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` with its bytes and mtime: 'nothing changed' made checkable."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
