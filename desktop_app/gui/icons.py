"""Icons from qtawesome's Font Awesome fonts, coloured from the widget's palette so dark
themes stay legible.

Drawn the way qtawesome draws them (the glyph at 7/8 of the icon's height, centred, in the
text colour, greyed when disabled), but from the two font files we use: importing
qtawesome loads every one of its eleven icon fonts, which costs about 0.13 s and 30 MB at
start-up (DESIGN.md decision 9). Names keep qtawesome's spelling: `fa6s.bold`.
"""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

# File name stems; qtawesome appends the Font Awesome version, which changes between releases.
_FONTS = {"fa6s": "fontawesome6-solid-webfont", "fa6b": "fontawesome6-brands-webfont"}
_loaded: dict[str, tuple[str, dict[str, str]]] = {}


def _fonts_folder() -> Path:
    spec = find_spec("qtawesome")  # finds the package without importing it
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def _font(prefix: str) -> tuple[str, dict[str, str]]:
    """The font family and the name → character map of one icon font, loaded once."""
    if prefix not in _loaded:
        folder = _fonts_folder()
        ttf = _newest(folder, f"{_FONTS[prefix]}-[0-9]*.ttf")
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
    def __init__(self, family: str, solid: bool, char: str, colour: QColor, disabled: QColor, mirrored: bool) -> None:
        super().__init__()
        self._args = (family, solid, char, colour, disabled, mirrored)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        family, solid, char, colour, disabled, mirrored = self._args
        painter.save()
        painter.setPen(disabled if mode == QIcon.Mode.Disabled else colour)
        font = QFont()
        font.setFamily(family)
        # 7/8 of the height: a 16 px icon gets the 14 px glyph Font Awesome is drawn for.
        font.setPixelSize(round(0.875 * rect.height()))
        if solid:
            font.setStyleName("Solid")
        painter.setFont(font)
        if mirrored:
            middle = rect.x() + rect.width() / 2
            painter.translate(middle, 0)
            painter.scale(-1, 1)
            painter.translate(-middle, 0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(*self._args)


def themed_icon(name: str, widget: QWidget, *, directional: bool = False) -> QIcon:
    """An icon in the widget's text colour; `directional` icons (arrows into a file,
    indents, undo) are mirrored when the widget lays out right-to-left."""
    prefix, _, glyph = name.partition(".")
    family, chars = _font(prefix)
    palette = widget.palette()
    mirrored = directional and widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    engine = _GlyphEngine(
        family,
        prefix.endswith("s"),
        chars[glyph],
        palette.color(QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        mirrored,
    )
    return QIcon(engine)
