"""The main window's Help menu and Edit → Preferences: each dialog is imported when it is
first opened, as the first paint needs none of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.preferences import Preferences


def show_about(window: MainWindow) -> None:
    from desktop_app.gui.about_dialog import AboutDialog

    AboutDialog(window).exec()


def show_preferences(window: MainWindow) -> Preferences | None:
    from desktop_app.gui.preferences_dialog import edit_preferences

    return edit_preferences(window)


def show_user_guide(window: MainWindow) -> None:
    from desktop_app.gui.help_dialog import show_help

    show_help(window, window.language)


def show_shortcuts(window: MainWindow) -> None:
    from desktop_app.gui.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(window, window).exec()
