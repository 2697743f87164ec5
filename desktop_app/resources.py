"""Where the shipped resources (styles, translations, export CSS) live."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# A wheel or a PyInstaller bundle carries a copy inside the package (made at build time by
# tools/wheel_build.py or packaging/hadath.spec): site-packages has no top-level folder of ours.
_INSTALLED = _PACKAGE / "_resources"
_FOLDER = _INSTALLED if _INSTALLED.is_dir() else _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file under the shipped resources: the top-level `resources/` folder of a checkout."""
    return _FOLDER.joinpath(*parts)
