"""The reporter's preferences: a typed JSON file in the platform's config folder, read
once at start (`load_preferences`) and written whole when the Preferences dialog is
accepted (`save_preferences`, atomic).

Window geometry, cursors and the last export choices are state, not preferences: they
stay in QSettings. No Qt here, so the CLI and the store can read the values they need.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from desktop_app.core.arabic import DIGIT_STYLES  # the export digits this default feeds
from desktop_app.core.textfile import write_text_file

APP_NAME = "Hadath"
UI_LANGUAGES = ("system", "ar", "en", "fr")
DIRECTIONS = ("rtl", "ltr", "auto")
THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Preferences:
    ui_language: str = "system"
    article_language: str = "ar"
    article_direction: str = "rtl"
    digit_style: str = "as_typed"  # default digits of exports
    coverage_locale: str = "ar_MA"  # of new events
    autosave_seconds: float = 2.0  # pause after the last keystroke before saving
    backup_folder: str = ""  # "" = a "backups" folder next to the database
    backups_daily: int = 7
    backups_weekly: int = 4
    # Revisions kept per article; pruning never touches the newest `revisions_protected`.
    revisions_kept: int = 200
    revisions_protected: int = 20
    editor_font: str = ""  # "" = the system's font for the text's script
    editor_font_size: int = 0  # points; 0 = the system's size
    theme: str = "system"

    def checked(self) -> Preferences:
        """A copy with every value in range: a hand-edited file never breaks the app."""
        defaults = Preferences()
        clean = self
        choices = {
            "ui_language": UI_LANGUAGES,
            "article_direction": DIRECTIONS,
            "digit_style": DIGIT_STYLES,
            "theme": THEMES,
        }
        for name, allowed in choices.items():
            if getattr(clean, name) not in allowed:
                clean = replace(clean, **{name: getattr(defaults, name)})
        bounds: dict[str, tuple[float, float]] = {
            "autosave_seconds": (0.5, 60.0),
            "backups_daily": (1, 60),
            "backups_weekly": (0, 52),
            "revisions_kept": (10, 10_000),
            "revisions_protected": (1, 1_000),
            "editor_font_size": (0, 72),
        }
        for name, (low, high) in bounds.items():
            value = getattr(clean, name)
            if not low <= value <= high:
                clean = replace(clean, **{name: getattr(defaults, name)})
        return clean


def default_path() -> Path:
    return platformdirs.user_config_path(APP_NAME) / "preferences.json"


def load_preferences(path: Path | None = None) -> Preferences:
    """The stored preferences; missing, unreadable or unknown values fall back to the
    defaults one by one (a damaged file is left as it is, to be looked at)."""
    path = path or default_path()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    defaults = Preferences()
    values: dict[str, Any] = {}
    for field in fields(Preferences):
        value = raw.get(field.name, getattr(defaults, field.name))
        expected = type(getattr(defaults, field.name))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        # No field is a bool, and bool is an int to isinstance: True is not a size.
        usable = isinstance(value, expected) and not isinstance(value, bool)
        values[field.name] = value if usable else getattr(defaults, field.name)
    return Preferences(**values).checked()


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Write the whole file atomically (HadathError when the folder cannot be written)."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_file(path, json.dumps(asdict(preferences.checked()), ensure_ascii=False, indent=2) + "\n")
