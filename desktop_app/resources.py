"""Where the shipped resources (styles, translations, export CSS) live."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under the top-level `resources/` folder."""
    return _ROOT.joinpath("resources", *parts)
