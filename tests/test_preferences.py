from __future__ import annotations

import json
from pathlib import Path

from desktop_app.preferences import Preferences, load_preferences, save_preferences


def test_missing_file_gives_defaults(tmp_path: Path):
    assert load_preferences(tmp_path / "none.json") == Preferences()


def test_round_trip(tmp_path: Path):
    path = tmp_path / "cfg" / "preferences.json"
    chosen = Preferences(ui_language="fr", theme="dark", autosave_seconds=5.0, backups_daily=10)
    save_preferences(chosen, path)
    assert load_preferences(path) == chosen


def test_damaged_or_out_of_range_values_fall_back_one_by_one(tmp_path: Path):
    path = tmp_path / "preferences.json"
    path.write_text(
        json.dumps({"ui_language": "klingon", "theme": "dark", "autosave_seconds": -3, "backups_daily": "x",
                    "revisions_kept": 50, "unknown": 1}),
        encoding="utf-8",
    )
    loaded = load_preferences(path)
    assert loaded.ui_language == "system" and loaded.theme == "dark"
    assert loaded.autosave_seconds == 2.0 and loaded.backups_daily == 7 and loaded.revisions_kept == 50
    path.write_text("{not json", encoding="utf-8")
    assert load_preferences(path) == Preferences()
    path.write_text("[1, 2]", encoding="utf-8")
    assert load_preferences(path) == Preferences()
