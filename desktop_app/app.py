"""QApplication bootstrap: language, translators, layout direction, then the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop_app.i18n import RTL_LANGUAGES, load_translator, system_language, translated_error

# Installed translators must outlive their installation: Qt keeps only a raw pointer, so
# a translator Python collects would crash the next translate() call.
_installed: list[object] = []


def install_translations(app: object, language: str) -> None:
    """Replace the installed translators with Qt's own and Hadath's for `language`."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for old in _installed:
        app.removeTranslator(old)  # type: ignore[arg-type]
    _installed.clear()
    installed = _installed
    qt_translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_translator.load(f"qt_{language}", folder):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    own = load_translator(language)
    if own is not None:
        app.installTranslator(own)
        installed.append(own)
    QLocale.setDefault(QLocale(language))


def create_application(language: str, argv: Sequence[str] | None = None) -> object:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    assert isinstance(app, QApplication)
    app.setOrganizationName("Hadath")
    app.setApplicationName("Hadath")
    app.setApplicationDisplayName("Hadath")
    app.setDesktopFileName("org.hadath.Hadath")
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    install_translations(app, language)
    return app


def main(db: str | None = None, article_id: int | None = None) -> int:
    import os

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    language = system_language()
    app = create_application(language)
    assert isinstance(app, QApplication)
    from desktop_app.core.errors import HadathError
    from desktop_app.store.database import Database

    try:
        # The full-file integrity check runs after the first paint (see below); writes
        # wait for it, so a damaged file is still never written to.
        database = Database.open(db, defer_integrity_check=True)
    except HadathError as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot open the database"),
            translated_error(error),
        )
        return 1
    from desktop_app.gui.main_window import MainWindow

    # The library (1,000 articles is ~20 ms of tree items) is filled after the article is
    # on screen, unless it is needed to pick the article (DESIGN.md decision 9).
    window = MainWindow(database, language, load_library=False)
    if os.environ.get("HADATH_STARTUP_PROBE") == "1":
        # Benchmark only: prints when the window shows and the article paints, then quits.
        from desktop_app.gui.startup_probe import StartupProbe

        StartupProbe(window, lambda: window.column.widget() if window.column is not None else None)
    last = window.restore_state(QSettings())
    window.show()
    if article_id is not None:
        opened = window.open_article(article_id)
    else:
        # The article open when the app last closed; quietly skipped if it was deleted since.
        opened = last is not None and window.open_article(last, quiet=True)
    if opened and window.column is not None:
        from desktop_app.gui.after_paint import AfterFirstPaint

        def after_paint() -> None:
            window.refresh_library()
            window.verify_database()

        AfterFirstPaint(window.column, after_paint)
    else:
        window.refresh_library()
        window.show_first_article()
        window.verify_database()
    try:
        return app.exec()
    finally:
        database.close()


if __name__ == "__main__":
    sys.exit(main())
