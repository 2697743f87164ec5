"""Collect every translatable string into resources/translations/hadath_*.ts.

Run after changing user-visible text (`make translations`), then translate the new entries
(Qt Linguist, or by hand) so the Arabic and French files stay complete; the test suite
fails on any unfinished Arabic or French entry, and on any string in the code that the
catalogues lack. `tools/build_resources.py` (`make forms`) then compiles them into the .qm
files the app loads; those are built, never committed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"
# Every UI language but English, whose source text is already English.
TRANSLATED = ("ar", "fr")


def sources() -> list[str]:
    found = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py")
                   if "forms" not in p.parts and "migrations" not in p.parts)
    return found + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))


def update(translated: Iterable[Path], english: Path) -> None:
    """Bring each catalogue in `translated` (full) and `english` (plural forms only) in
    line with the code: new strings arrive unfinished, strings gone from the code go."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    common = [str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources()]
    for catalogue in translated:
        # -target-language gives a new catalogue its language (and so its plural forms);
        # an existing one keeps the language it declares.
        language = catalogue.stem.rsplit("_", 1)[-1]
        subprocess.run([*common, "-target-language", language, "-ts", str(catalogue)],
                       check=True, cwd=ROOT)
    # English needs only the plural forms ("1 word", "2 words"); the source text is English.
    subprocess.run([*common, "-pluralonly", "-target-language", "en", "-ts", str(english)],
                   check=True, cwd=ROOT)


if __name__ == "__main__":
    update([CATALOGUES / f"hadath_{language}.ts" for language in TRANSLATED],
           CATALOGUES / "hadath_en.ts")
