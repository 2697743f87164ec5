"""Where the shipped resources (styles, translations, export CSS, .ui layouts) live."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under the top-level `resources/` folder."""
    return _ROOT.joinpath("resources", *parts)


def ui_path(name: str) -> Path:
    """A Qt Designer layout under the top-level `ui/` folder."""
    return _ROOT / "ui" / name
