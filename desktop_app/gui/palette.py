"""Light and dark palettes on the Fusion style, which follows the palette everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#202124", role.WindowText: "#e8eaed", role.Base: "#17181a",
        role.AlternateBase: "#26282b", role.ToolTipBase: "#2d2f33", role.ToolTipText: "#e8eaed",
        role.Text: "#e8eaed", role.Button: "#2a2c30", role.ButtonText: "#e8eaed",
        role.BrightText: "#ff6b6b", role.Highlight: "#3b78c4", role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8", role.PlaceholderText: "#9aa0a6", role.Mid: "#3c4043", role.Dark: "#111214",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#6b6f74"))
    return palette
