"""Render the windows to screenshots/*.png in Arabic and English (offscreen).

Run with `make screenshots`, then look at every PNG: the Arabic window must be mirrored
(library on the right), tables must put their first column on the right, nothing cut off.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "screenshots"
SAMPLE = ROOT / "tests" / "fixtures" / "interpol-93-marrakech.txt"
TITLE = "انطلاق الدورة 93 للانتربول في المغرب"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import create_application, install_translations
    from desktop_app.core.importer import load_file
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.store.articles import NewArticle, create_articles
    from desktop_app.store.database import Database

    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "shots.sqlite3")
        loaded = load_file(SAMPLE, title=TITLE)
        ids = create_articles(db, [NewArticle(loaded.document, loaded.language, loaded.direction,
                                              event_title="الدورة 93 للانتربول")])
        app = create_application("en")
        assert isinstance(app, QApplication)
        from PySide6.QtCore import Qt

        from desktop_app.gui.palette import dark_palette

        app.setStyle("Fusion")
        light = app.style().standardPalette()
        for theme, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            for language in ("ar", "en"):
                install_translations(app, language)
                app.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
                )
                window = MainWindow(db, language)
                window.resize(1200, 800)
                window.show()
                window.open_article(ids[0])
                for _ in range(5):  # layouts settle in a few passes (text height follows width)
                    app.processEvents()
                target = OUT / f"main_window-{language}-{theme}.png"
                window.grab().save(str(target))
                print(target)
                window.close()
        db.close()


if __name__ == "__main__":
    main()
