"""Collect every translatable string into resources/translations/hadath_*.ts.

Run after changing user-visible text (`make translations`), then translate the new entries
(Qt Linguist, or by hand) so the Arabic file stays complete; the test suite fails on any
unfinished Arabic entry.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ar",)  # English: plural forms only, see below


def main() -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py")
                     if "forms" not in p.parts and "migrations" not in p.parts)
    sources += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    targets = [f"resources/translations/hadath_{lang}.ts" for lang in LANGUAGES]
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", *targets],
                   check=True, cwd=ROOT)
    # English needs only the plural forms ("1 word", "2 words"); the source text is English.
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", "-pluralonly", *sources,
                    "-ts", "resources/translations/hadath_en.ts"], check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
