"""QApplication bootstrap: language, translators, layout direction, then the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop_app.i18n import RTL_LANGUAGES, load_translator

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
    # qtbase_*, not the qt_* meta catalogue: that one lists modules PySide6-Essentials does
    # not ship (Multimedia…), so it fails to load and Qt's own strings stayed English.
    if language != "en" and qt_translator.load(f"qtbase_{language}", folder):
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
    # X11, Windows and the unpacked bundle take the icon from the window, not from a desktop file.
    from PySide6.QtGui import QIcon

    from desktop_app.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "org.hadath.Hadath.svg"))))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
    )
    install_translations(app, language)
    return app


def main(db: str | None = None, article_id: int | None = None) -> int:
    import os

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.language_switch import interface_language, wait_for_previous_instance
    from desktop_app.preferences import load_preferences

    # Restarted for a new language: the old process closes its database first.
    wait_for_previous_instance()
    preferences = load_preferences()  # read once, here; the window keeps them
    from desktop_app.store.retention import configure_retention

    configure_retention(preferences.revisions_kept, preferences.revisions_protected)
    language = interface_language(preferences.ui_language)
    app = create_application(language)
    assert isinstance(app, QApplication)
    from desktop_app.gui.theme import apply_editor_font, apply_theme

    apply_theme(app, preferences.theme)
    apply_editor_font(app, preferences.editor_font, preferences.editor_font_size)
    from desktop_app.gui.crash_handler import install_crash_handler
    from desktop_app.gui.database_open import open_database
    from desktop_app.gui.emergency import offer_recovery

    crash_handler = install_crash_handler(app)
    # One writer per database: when a Hadath already has the file open, it comes forward
    # and this launch ends (0). A file that cannot be opened gets a dialog (restore a
    # backup, another file, a new one). The full-file integrity check runs after the
    # first paint (see below); writes wait for it, so a damaged file is never written to.
    claimed = open_database(db, article_id, preferences)
    if isinstance(claimed, int):
        return claimed
    database, guard = claimed
    # Text an earlier run could not save is offered before the window shows the article.
    recovered = offer_recovery(database)
    if article_id is None and recovered:
        article_id = recovered[0]
    from desktop_app.gui.main_window import MainWindow

    # The library (1,000 articles is ~20 ms of tree items) is filled after the article is
    # on screen, unless it is needed to pick the article (DESIGN.md decision 9).
    window = MainWindow(database, language, load_library=False, preferences=preferences)
    crash_handler.watch(window)  # its unsaved text is saved before a crash report shows
    if guard is not None:
        guard.attach(window)  # later launches on this database bring it forward
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
            window.safety.verify_database()

        AfterFirstPaint(window.column, after_paint)
    else:
        window.refresh_library()
        window.show_first_article()
        window.safety.verify_database()
    def follow(_old: object, new: MainWindow) -> None:
        # A restore (File → Backups…) carries on in a new window on the restored file.
        crash_handler.watch(new)
        if guard is not None:
            guard.activation_requested.disconnect()  # its one slot raised the old window
            guard.attach(new)

    def daily_backup() -> None:
        # After the first paint and on a worker thread: start-up never waits for a copy.
        from desktop_app.gui.backups_dialog import start_daily_backup, window_replaced

        window_replaced.replaced.connect(follow)
        start_daily_backup(window)

    from desktop_app.gui.after_paint import AfterFirstPaint

    AfterFirstPaint(window, daily_backup)
    try:
        return app.exec()
    finally:
        database.close()
        if guard is not None:
            guard.release()
        crash_handler.uninstall()
        from desktop_app.gui.language_switch import relaunch_if_requested

        relaunch_if_requested()  # Preferences changed the language and the reporter said restart


if __name__ == "__main__":
    sys.exit(main())
