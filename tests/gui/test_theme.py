"""Themes (follow the system, light, dark), icons that follow the palette, the editor font."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QStyleFactory, QWidget

from desktop_app.gui.icons import themed_icon
from desktop_app.gui.palette import dark_palette
from desktop_app.gui.theme import (
    ThemeController,
    apply_editor_font,
    apply_theme,
    font_families,
    is_dark,
    light_palette,
)


@pytest.fixture
def appearance(qapp):
    """Puts the application's palette, fonts and theme back as they were."""
    palette, font = QPalette(qapp.palette()), QFont(qapp.font())
    yield
    for controller in qapp.findChildren(ThemeController):
        shiboken6.delete(controller)
    qapp.setPalette(palette)
    qapp.setFont(font)  # also forgets the per-class editor fonts


@pytest.fixture
def window(appearance, window, sample_id):
    """The shared window with the sample open; `appearance` first, so it is put back last."""
    assert window.open_article(sample_id)
    return window


def ink(pixmap) -> QColor:
    """The colour of an icon's most opaque pixel: the glyph's colour."""
    image = pixmap.toImage()
    best = QColor(0, 0, 0, 0)
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    assert best.alpha() > 200
    return best


def test_light_and_dark_set_the_palette(qapp, appearance):
    controller = apply_theme(qapp, "dark")
    assert is_dark(qapp.palette())
    assert qapp.palette().color(QPalette.ColorRole.Base) == dark_palette().color(QPalette.ColorRole.Base)
    assert qapp.style().name().lower() == "fusion"
    assert apply_theme(qapp, "light") is controller  # one controller per application
    fusion = QStyleFactory.create("Fusion").standardPalette()
    assert not is_dark(qapp.palette())
    assert qapp.palette().color(QPalette.ColorRole.Window) == fusion.color(QPalette.ColorRole.Window)
    assert light_palette().color(QPalette.ColorRole.Text) == fusion.color(QPalette.ColorRole.Text)


def test_system_theme_follows_the_desktop_colour_scheme(qapp, appearance):
    hints = qapp.styleHints()
    apply_theme(qapp, "system")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(qapp.palette())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark(qapp.palette())
    # A chosen theme stays put when the desktop changes.
    apply_theme(qapp, "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not is_dark(qapp.palette())
    apply_theme(qapp, "system")
    assert is_dark(qapp.palette())  # the desktop is dark now: following it again


def test_toolbar_and_editor_icons_redraw_in_the_new_palette(qapp, window):
    from desktop_app.core.document import TopicListBlock

    apply_theme(qapp, "light")
    window.column.insert_block(TopicListBlock(items=(), title="محاور"))
    topic_editor = next(e for e in window.column.editors() if hasattr(e, "add_button"))
    icons = {
        "toolbar": lambda: window.ui.actionBold.icon(),
        "undo": lambda: window.undo_action.icon(),
        "topic editor": lambda: topic_editor.add_button.icon(),
    }
    before = {name: ink(icon().pixmap(QSize(24, 24))).lightness() for name, icon in icons.items()}
    apply_theme(qapp, "dark")
    qapp.processEvents()  # widgets take the new application palette from posted events
    after = {name: ink(icon().pixmap(QSize(24, 24))).lightness() for name, icon in icons.items()}
    for name in icons:
        assert before[name] < 100 < after[name], name  # dark glyphs on light, light on dark
    # The toolbar's buttons show it: the grabbed toolbar has light pixels now.
    image = window.ui.toolBar.grab().toImage()
    lightest = max(image.pixelColor(x, image.height() // 2).lightness() for x in range(image.width()))
    assert lightest > 180


def _ink_centre(image) -> float:
    total = weighted = 0.0
    for x in range(image.width()):
        for y in range(image.height()):
            alpha = image.pixelColor(x, y).alpha()
            total += alpha
            weighted += alpha * (x + 0.5)
    return weighted / total


def test_directional_icons_follow_a_later_direction_change(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    icon = themed_icon("fa6s.file-import", widget, directional=True)
    plain = _ink_centre(icon.pixmap(QSize(32, 32)).toImage())
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    mirrored = _ink_centre(icon.pixmap(QSize(32, 32)).toImage())  # the same QIcon, drawn again
    assert abs(plain - 16) > 1.0 and abs(plain + mirrored - 32) < 1.0


def test_icons_are_drawn_at_the_screens_pixels(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    icon = themed_icon("fa6s.bold", widget)
    sharp = icon.pixmap(QSize(16, 16), 2.0)
    # 200 % scaling: a 32-pixel drawing, not a 16-pixel one blown up.
    assert sharp.size() == QSize(32, 32) and sharp.devicePixelRatio() == 2.0
    edges = sharp.toImage()
    alphas = {edges.pixelColor(x, y).alpha() for x in range(32) for y in range(32)}
    assert 0 in alphas and 255 in alphas


def test_editor_font_reaches_open_and_new_editors_only(qapp, window):
    from desktop_app.gui.editor.text_editor import TextBlocksEditor

    family = font_families(arabic_first=True)[0][0]
    apply_editor_font(qapp, family, 21)
    editor = next(e for e in window.column.editors() if isinstance(e, TextBlocksEditor))
    assert editor.font().pointSize() == 21 and editor.font().family() == family
    assert editor.document().defaultFont().pointSize() == 21  # the text itself, not just the frame
    assert window.ui.filterEdit.font().pointSize() != 21  # the rest of the window keeps its font
    window.reload_article()
    editor = next(e for e in window.column.editors() if isinstance(e, TextBlocksEditor))
    assert editor.font().pointSize() == 21
    apply_editor_font(qapp, "", 0)
    assert editor.font().pointSize() == qapp.font().pointSize()


def test_arabic_fonts_lead_when_asked():
    arabic = set(QFontDatabase.families(QFontDatabase.WritingSystem.Arabic))
    latin = set(QFontDatabase.families(QFontDatabase.WritingSystem.Latin))
    first, rest = font_families(arabic_first=True)
    assert first, "this machine has Arabic fonts (Noto, DejaVu)"
    assert all(f in arabic for f in first) and not any(f in arabic for f in rest)
    latin_first, latin_rest = font_families(arabic_first=False)
    assert all(f in latin for f in latin_first) and set(latin_first + latin_rest) == set(first + rest)
    # Only fonts that can write an article: no icon or symbol fonts.
    assert not any("Awesome" in f for f in first + rest)
