"""Collect every translatable string into resources/translations/hadath_*.ts.

Run after changing user-visible text (`make translations`), then translate the new entries
(Qt Linguist, or by hand) so the Arabic file stays complete; the test suite fails on any
unfinished Arabic entry, and on any string in the code that the catalogues lack.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"


def sources() -> list[str]:
    found = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py")
                   if "forms" not in p.parts and "migrations" not in p.parts)
    return found + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))


def update(arabic: Path, english: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    common = [str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources()]
    subprocess.run([*common, "-ts", str(arabic)], check=True, cwd=ROOT)
    # English needs only the plural forms ("1 word", "2 words"); the source text is English.
    subprocess.run([*common, "-pluralonly", "-ts", str(english)], check=True, cwd=ROOT)


if __name__ == "__main__":
    update(CATALOGUES / "hadath_ar.ts", CATALOGUES / "hadath_en.ts")
