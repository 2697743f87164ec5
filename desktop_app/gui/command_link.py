"""A command link (arrow, title, description) that mirrors in a right-to-left layout.

QCommandLinkButton draws its arrow at the left edge and lays its text out from there in
either direction: in the Arabic interface the arrow sat at the left, far from its title,
which was flush right. In a right-to-left layout `CommandLink` paints the same parts at the
mirrored places (the arrow at the right edge, the text to its left); its size hints are
QCommandLinkButton's, which are the same both ways. Left to right it is QCommandLinkButton.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPaintEvent, QPalette
from PySide6.QtWidgets import QCommandLinkButton, QStyle, QStyleOptionButton, QStylePainter, QWidget

# QCommandLinkButton's layout (qcommandlinkbutton.cpp): margins, the gap between the arrow
# and the text, and the point size of both lines of text.
TOP_MARGIN, LEFT_MARGIN, RIGHT_MARGIN, BOTTOM_MARGIN = 10, 7, 4, 10
ICON_GAP = 6
TEXT_POINTS = 9.0


class CommandLink(QCommandLinkButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # In place of the style's arrow, a black pixmap fixed at construction: this one is
        # drawn in the text colour (dark theme too) and points along the line as painted.
        from desktop_app.gui.icons import themed_icon

        self.setIcon(themed_icon("fa6s.arrow-right", self, directional=True))

    def title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(TEXT_POINTS)
        return font

    def description_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(TEXT_POINTS)
        return font

    def icon_rect(self) -> QRect:
        """Where the arrow is drawn (before the pressed shift)."""
        size = self.icon().actualSize(self.iconSize())
        x = self.width() - LEFT_MARGIN - size.width() if self.isRightToLeft() else LEFT_MARGIN
        return QRect(x, TOP_MARGIN, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isRightToLeft():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.icon = QIcon()  # drawn below, at the right edge
        style = self.style()
        pressed = self.isDown()
        # Pressed, the contents shift toward the end of the line: leftwards here.
        dx = -style.pixelMetric(QStyle.PixelMetric.PM_ButtonShiftHorizontal, option, self) if pressed else 0
        dy = style.pixelMetric(QStyle.PixelMetric.PM_ButtonShiftVertical, option, self) if pressed else 0
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        arrow = self.icon_rect()
        if not self.icon().isNull():
            mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
            state = QIcon.State.On if self.isChecked() else QIcon.State.Off
            painter.drawPixmap(arrow.topLeft() + QPoint(dx, dy), self.icon().pixmap(arrow.size(), mode, state))
        text_end = arrow.width() + LEFT_MARGIN + ICON_GAP  # counted from the right edge
        # Flush right, whatever the painter would take as the text's natural side.
        flags = Qt.TextFlag.TextShowMnemonic | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        if not style.styleHint(QStyle.StyleHint.SH_UnderlineShortcut, option, self):
            flags |= Qt.TextFlag.TextHideMnemonic
        title_font = self.title_font()
        title_height = QFontMetrics(title_font).height()
        title = self.rect().adjusted(RIGHT_MARGIN, TOP_MARGIN, -text_end, 0)
        if not self.description():
            title.setTop(title.top() + max(0, (arrow.height() - title_height) // 2))
        painter.setFont(title_font)
        painter.drawItemText(
            title.translated(dx, dy), int(flags), option.palette, self.isEnabled(), self.text(),
            QPalette.ColorRole.ButtonText,
        )
        description = self.rect().adjusted(RIGHT_MARGIN, TOP_MARGIN + title_height, -text_end, -BOTTOM_MARGIN)
        painter.setFont(self.description_font())
        painter.drawItemText(
            description.translated(dx, dy), int(flags | Qt.TextFlag.TextWordWrap),
            option.palette, self.isEnabled(), self.description(), QPalette.ColorRole.ButtonText,
        )

