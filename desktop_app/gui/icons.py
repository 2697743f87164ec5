"""Icons from qtawesome, coloured from the widget's palette so dark themes stay legible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QWidget


def themed_icon(name: str, widget: QWidget, *, directional: bool = False) -> QIcon:
    """An icon in the widget's text colour; `directional` icons (arrows into a file,
    indents, undo) are mirrored when the widget lays out right-to-left."""
    import qtawesome

    palette = widget.palette()
    mirrored = directional and widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return qtawesome.icon(
        name,
        color=palette.color(QPalette.ColorRole.WindowText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        hflip=mirrored,
    )
