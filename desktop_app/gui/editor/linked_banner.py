"""The strip above a linked table or topic-list block: it says which of the event's tables
or lists the block mirrors and offers the two ways to change it, "Detach" (make it the
article's own copy) and "Edit in event" (change it where it belongs, for every article).

Table and topic-list editors create it only for a block that is linked when they are
built: most blocks never are, and a long article should not carry a hidden banner per
table (DESIGN.md decision 1).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from desktop_app.gui.icons import themed_icon

SourceTitle = Callable[[str, int], str | None]
"""(kind, source id) → the event table's or list's title; None when the source is gone.
`kind` is the block's kind: "table" or "topics"."""

_ICON = 16


class LinkedBanner(QFrame):
    detach_clicked = Signal()
    edit_clicked = Signal()
    # Setting the background role changes the palette before the icons exist.
    _built = False

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("linkedBanner")
        # A tinted strip, so it reads as a note about the block rather than its content.
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(_ICON, _ICON)
        self.text_label = QLabel(self)
        # A narrow column wraps the title instead of cutting it off or widening the page.
        self.text_label.setWordWrap(True)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detach_button = self._button(self.tr("Detach"))
        self.detach_button.setToolTip(
            self.tr("Make this block the article's own copy, no longer updated from the event")
        )
        self.edit_button = self._button(self.tr("Edit in event"))
        self.edit_button.setToolTip(self.tr("Open the event and edit it there, for every article that shows it"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.detach_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.detach_button.clicked.connect(self.detach_clicked)
        self.edit_button.clicked.connect(self.edit_clicked)
        self._title: str | None = None
        self._built = True
        self._refresh_icons()
        self._align_text()
        self.set_title(None)

    def _button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Tab moves between blocks and cells; both actions are in the block's context menu too.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def title(self) -> str | None:
        return self._title

    def text(self) -> str:
        return self.text_label.text()

    def set_title(self, title: str | None) -> None:
        """Name the event's table or list; None (source unknown or gone) names only its kind."""
        self._title = title or None
        table = self.kind == "table"
        if self._title is None:
            text = self.tr("Linked to the event's table") if table else self.tr("Linked to the event's list")
        elif table:
            text = self.tr("Linked to the event's table “{title}”").format(title=self._title)
        else:
            text = self.tr("Linked to the event's list “{title}”").format(title=self._title)
        self.text_label.setText(text)

    def _refresh_icons(self) -> None:
        self.icon_label.setPixmap(themed_icon("fa6s.link", self).pixmap(_ICON, _ICON))
        self.detach_button.setIcon(themed_icon("fa6s.link-slash", self))
        self.edit_button.setIcon(themed_icon("fa6s.pen-to-square", self))

    def _align_text(self) -> None:
        # A wrapped label lays each line out by its own first letter: an English line in
        # the Arabic UI (or the reverse) would sit at the far end, away from the icon.
        # Absolute alignment keeps the text beside the icon, on the UI's start side.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.text_label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if not self._built:
            return
        # The icons are drawn in the text colour: a theme switch must redraw them.
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_icons()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_text()


def source_title_of(source_title: SourceTitle | None, kind: str, source_id: int | None) -> str | None:
    """The title `source_title` gives, or None without a callable or a source."""
    if source_title is None or source_id is None:
        return None
    return source_title(kind, source_id)
