"""core and store must never import Qt: the CLI runs them without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"


def _modules(sub: str) -> list[str]:
    root = PACKAGE.parent
    return [
        ".".join(path.relative_to(root).with_suffix("").parts)
        for path in sorted((PACKAGE / sub).rglob("*.py"))
        if "migrations" not in path.parts
    ]


def test_core_and_store_import_no_qt():
    modules = _modules("core") + _modules("store")
    code = (
        "import sys\n"
        f"for name in {modules!r}: __import__(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
    assert len(modules) > 3
