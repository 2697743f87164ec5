from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

from desktop_app.gui.icons import _font, themed_icon

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"


def test_every_icon_the_gui_names_exists():
    names = set()
    for source in GUI.rglob("*.py"):
        names.update(re.findall(r'"(fa6[sb]\.[a-z0-9-]+)"', source.read_text(encoding="utf-8")))
    assert len(names) > 10
    for name in sorted(names):
        prefix, _, glyph = name.partition(".")
        assert glyph in _font(prefix)[1], name


def _ink_centre(image) -> float:
    """The horizontal centre of the drawn pixels (alpha-weighted)."""
    total = weighted = 0.0
    for x in range(image.width()):
        for y in range(image.height()):
            alpha = image.pixelColor(x, y).alpha()
            total += alpha
            weighted += alpha * (x + 0.5)
    return weighted / total


def test_directional_icons_mirror_in_rtl(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    plain = themed_icon("fa6s.file-import", widget, directional=True).pixmap(QSize(32, 32)).toImage()
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    mirrored = themed_icon("fa6s.file-import", widget, directional=True).pixmap(QSize(32, 32)).toImage()
    # The arrow into the file points the other way: the ink's centre moves across the middle.
    assert abs(_ink_centre(plain) + _ink_centre(mirrored) - 32) < 1.0
    assert abs(_ink_centre(plain) - 16) > 1.0
    # Icons that are not directional are never mirrored.
    rtl_bold = themed_icon("fa6s.bold", widget).pixmap(QSize(32, 32)).toImage()
    ltr_bold = themed_icon("fa6s.bold", QWidget()).pixmap(QSize(32, 32)).toImage()
    assert abs(_ink_centre(rtl_bold) - _ink_centre(ltr_bold)) < 0.01
