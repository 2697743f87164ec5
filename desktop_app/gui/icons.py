"""Icons from qtawesome's Font Awesome fonts, coloured from the widget's palette so dark
themes stay legible.

Drawn the way qtawesome draws them (the glyph at 7/8 of the icon's height, centred, in the
text colour, greyed when disabled), but from the two font files we use: importing
qtawesome loads every one of its eleven icon fonts, which costs about 0.13 s and 30 MB at
start-up (DESIGN.md decision 9). Names keep qtawesome's spelling: `fa6s.bold`.
"""

from __future__ import annotations

import json
import weakref
from importlib.util import find_spec
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

# File name stems; qtawesome appends the Font Awesome version, which changes between releases.
_FONTS = {"fa6s": "fontawesome6-solid-webfont", "fa6b": "fontawesome6-brands-webfont"}
_loaded: dict[str, tuple[str, dict[str, str]]] = {}


def _fonts_folder() -> Path:
    spec = find_spec("qtawesome")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def font_file(prefix: str) -> Path:
    """The newest of qtawesome's files of one icon font ("fa6s"); RuntimeError if none."""
    folder = _fonts_folder()
    return folder / _newest(folder, f"{_FONTS[prefix]}-[0-9]*.ttf")


def _font(prefix: str) -> tuple[str, dict[str, str]]:
    """The font family and the name → character map of one icon font, loaded once."""
    if prefix not in _loaded:
        folder = _fonts_folder()
        ttf = font_file(prefix).name
        charmap = _newest(folder, f"{_FONTS[prefix]}-charmap-[0-9]*.json")
        font_id = QFontDatabase.addApplicationFont(str(folder / ttf))
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not families:
            raise RuntimeError(f"cannot load the icon font {ttf}")
        codes = json.loads((folder / charmap).read_text(encoding="utf-8"))
        _loaded[prefix] = families[0], {name: chr(int(code, 16)) for name, code in codes.items()}
    return _loaded[prefix]


def _newest(folder: Path, pattern: str) -> str:
    found = sorted(folder.glob(pattern), key=lambda path: [int(n) for n in path.stem.split("-")[-1].split(".")])
    if not found:
        raise RuntimeError(f"qtawesome ships no {pattern} in {folder}")
    return found[-1].name


class _GlyphEngine(QIconEngine):
    """Draws one glyph in the colours of its widget's palette as it is when painted, so a
    theme switch (a new application palette) or a new layout direction reaches every
    icon already handed out: toolbars, menus and item views need not rebuild them."""

    def __init__(self, family: str, solid: bool, char: str, widget: weakref.ref[QWidget], directional: bool) -> None:
        super().__init__()
        self._args = (family, solid, char, widget, directional)

    def _widget(self) -> QWidget | None:
        widget = self._args[3]()
        return widget if widget is not None and shiboken6.isValid(widget) else None

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        family, solid, char, _, directional = self._args
        widget = self._widget()
        palette = widget.palette() if widget is not None else QGuiApplication.palette()
        direction = widget.layoutDirection() if widget is not None else QGuiApplication.layoutDirection()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        painter.save()
        painter.setPen(palette.color(group, QPalette.ColorRole.WindowText))
        font = QFont()
        font.setFamily(family)
        # 7/8 of the height: a 16 px icon gets the 14 px glyph Font Awesome is drawn for.
        font.setPixelSize(round(0.875 * rect.height()))
        if solid:
            font.setStyleName("Solid")
        painter.setFont(font)
        if directional and direction == Qt.LayoutDirection.RightToLeft:
            middle = rect.x() + rect.width() / 2
            painter.translate(middle, 0)
            painter.scale(-1, 1)
            painter.translate(-middle, 0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        # Drawn at the screen's device pixels (200 % scaling: twice as many), not scaled
        # up from a 1x pixmap, so the glyph stays crisp.
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(*self._args)


def themed_icon(name: str, widget: QWidget, *, directional: bool = False) -> QIcon:
    """An icon in the widget's text colour; `directional` icons (arrows into a file,
    indents, undo) are mirrored when the widget lays out right-to-left. Both are read
    when the icon is painted, from the widget while it lives (then the application)."""
    prefix, _, glyph = name.partition(".")
    family, chars = _font(prefix)
    return QIcon(_GlyphEngine(family, prefix.endswith("s"), chars[glyph], weakref.ref(widget), directional))
