"""Build step: compile ui/*.ui into desktop_app/gui/forms/*_ui.py and .ts into .qm.

Generated files are never edited or committed; `make forms` (run by `make run` and
`make test`) rebuilds whatever is older than its source.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "desktop_app" / "gui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"build_resources: {name} not found; install PySide6-Essentials")
    return found


def _stale(target: Path, source: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def compile_forms() -> None:
    FORMS.mkdir(parents=True, exist_ok=True)
    (FORMS / "__init__.py").touch()
    uic = _tool("pyside6-uic")
    for source in sorted((ROOT / "ui").glob("*.ui")):
        target = FORMS / f"{source.stem}_ui.py"
        if _stale(target, source):
            subprocess.run([uic, "--from-imports", str(source), "-o", str(target)], check=True)
            print(f"uic {source.relative_to(ROOT)} -> {target.relative_to(ROOT)}")


def compile_translations() -> None:
    lrelease = _tool("pyside6-lrelease")
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        if _stale(target, source):
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
            print(f"lrelease {source.relative_to(ROOT)}")


if __name__ == "__main__":
    compile_forms()
    compile_translations()
