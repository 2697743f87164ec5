"""The command link puts its arrow at the start of the line: the right edge in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop_app.gui.command_link import CommandLink


def _inked_columns(image: QImage, rows: range) -> list[int]:
    """The x of every column holding a pixel darker than the background in `rows`."""
    background = image.pixelColor(image.width() // 2, image.height() - 2).lightness()
    return [
        x for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < background - 60 for y in rows)
    ]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_arrow_and_the_title_start_at_the_start_side(qtbot, direction):
    link = CommandLink()
    qtbot.addWidget(link)
    link.setLayoutDirection(direction)
    link.setText("استعادة")
    link.setDescription("نسخة احتياطية")
    link.resize(500, link.heightForWidth(500))
    image = link.grab().toImage()
    arrow = link.icon_rect()
    inked = _inked_columns(image, range(arrow.top(), arrow.bottom()))
    assert inked, "nothing drawn"
    if direction == Qt.LayoutDirection.RightToLeft:
        assert arrow.right() > 450
        assert min(inked) > 250  # the arrow and the short title both sit at the right
        assert max(inked) >= arrow.left()
    else:
        assert arrow.left() < 50
        assert max(inked) < 250 and min(inked) <= arrow.right()


def test_right_to_left_keeps_the_size_hints(qtbot):
    link = CommandLink()
    qtbot.addWidget(link)
    link.setText("Restore a backup…")
    link.setDescription("The backup takes the damaged file's place.")
    hints = (link.sizeHint(), link.heightForWidth(300))
    link.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert (link.sizeHint(), link.heightForWidth(300)) == hints
