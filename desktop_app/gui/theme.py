"""Appearance: the colour theme (follow the system, light, dark) and the editor font.

Everything runs on the Fusion style, which draws every widget from the palette: one
palette change recolours windows, tables, menus and — through `icons.themed_icon`, whose
glyphs read the palette when painted — every icon. Nothing here runs at import time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop_app.gui.palette import dark_palette

# The widgets the reporter writes in: the article's text, its tables and topic lists.
# Their children (cell editors, list item editors, titles) inherit the font.
EDITOR_CLASSES = ("TextBlocksEditor", "TableBlockEditor", "TopicListEditor")
_CONTROLLER_NAME = "hadath-theme"


def light_palette() -> QPalette:
    """Fusion's own light palette (not the platform's: a dark desktop would leak into it)."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ThemeController(QObject):
    """Keeps the application palette on the chosen theme; with "system" it follows the
    desktop's colour scheme as it changes (QStyleHints.colorSchemeChanged)."""

    def __init__(self, app: QApplication, theme: str) -> None:
        super().__init__(app)
        self.setObjectName(_CONTROLLER_NAME)
        self._app = app
        self.theme = theme
        self._scheme = app.styleHints().colorScheme()
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self._apply()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self._apply()

    def dark(self) -> bool:
        if self.theme == "system":
            return self._scheme == Qt.ColorScheme.Dark
        return self.theme == "dark"

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        if self.theme == "system":
            self._apply()

    def _apply(self) -> None:
        self._app.setPalette(dark_palette() if self.dark() else light_palette())


def apply_theme(app: QApplication, theme: str) -> ThemeController:
    """Put the application on `theme` ("system", "light" or "dark"); one controller per
    application, created by the first call."""
    found = app.findChild(ThemeController, _CONTROLLER_NAME)
    if isinstance(found, ThemeController):
        found.set_theme(theme)
        return found
    return ThemeController(app, theme)


def editor_font(family: str, size: int) -> QFont:
    """The font of the editing widgets: "" and 0 keep the application's family and size."""
    font = QFont(QGuiApplication.font())
    if family:
        font.setFamilies([family])
    if size > 0:
        font.setPointSize(size)
    return font


def apply_editor_font(app: QApplication, family: str, size: int) -> None:
    """Give the editing widgets the reporter's font, those that exist (Qt sends them an
    ApplicationFontChange) and those made later."""
    font = editor_font(family, size)
    for name in EDITOR_CLASSES:
        # The binding takes the class name as str; its type stubs say bytes, which it refuses.
        app.setFont(font, name)  # type: ignore[arg-type]


def font_families(arabic_first: bool) -> tuple[list[str], list[str]]:
    """The families that can write an article (Arabic or Latin script), in two groups:
    with `arabic_first` those that write Arabic, then the others; otherwise those that
    write Latin, then the Arabic-only ones. Symbol and other-script fonts are left out."""
    writing = QFontDatabase.WritingSystem
    arabic = set(QFontDatabase.families(writing.Arabic))
    latin = set(QFontDatabase.families(writing.Latin))
    usable = [
        f for f in QFontDatabase.families() if (f in arabic or f in latin) and not QFontDatabase.isPrivateFamily(f)
    ]
    lead = arabic if arabic_first else latin
    return [f for f in usable if f in lead], [f for f in usable if f not in lead]
