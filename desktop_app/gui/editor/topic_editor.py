"""The topic-list block editor: key issues, recommendations, outcomes.

A title line, a toolbar (numbered/bulleted, add, remove) and a list view that edits items
in place. It follows the block-widget contract of `desktop_app.gui.editor`.

A list linked to one of the event's topic lists (`source_id` set) shows a banner
(linked_banner.py) instead of the toolbar and is read-only: its title and topics belong
to the event. The context menu then offers "Detach" and "Edit in event".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget

from desktop_app.core.document import Block, TopicListBlock
from desktop_app.gui.editor.linked_banner import LinkedBanner, SourceTitle, source_title_of
from desktop_app.gui.editor.topic_model import TopicListModel, linked_hint
from desktop_app.gui.editor.topic_view import TopicListView, _qt_direction
from desktop_app.gui.icons import themed_icon


class TopicListEditor(QWidget):
    changed = Signal()
    leave_up = Signal()
    leave_down = Signal()
    detach_requested = Signal()
    edit_source_requested = Signal(str, int)
    """("topics", the event list's id): the reporter wants to edit the linked list there."""

    def __init__(self, block: TopicListBlock, direction: str, undo_stack: QUndoStack,
                 parent: QWidget | None = None, *, source_title: SourceTitle | None = None) -> None:
        super().__init__(parent)
        self._direction = direction
        self._source_title = source_title
        self.banner: LinkedBanner | None = None
        self._title_session = 0
        self.topic_model = TopicListModel(block, undo_stack, direction, self)

        self.title_edit = QLineEdit(block.title, self)
        self.title_edit.setPlaceholderText(self.tr("Topic list title"))
        self.title_edit.setAccessibleName(self.tr("Topic list title"))
        self.title_edit.setFrame(False)
        font = self.title_edit.font()
        font.setBold(True)
        self.title_edit.setFont(font)
        self.ordered_button = self._tool_button(checkable=True)
        self.ordered_button.setChecked(block.ordered)
        self.add_button = self._tool_button()
        self.add_button.setToolTip(self.tr("Add topic"))
        self.remove_button = self._tool_button()
        self.remove_button.setToolTip(self.tr("Remove topic"))
        # Icon-only buttons: a screen reader announces these names (and the toggle's state).
        self.ordered_button.setAccessibleName(self.tr("Number topics"))
        self.add_button.setAccessibleName(self.tr("Add topic"))
        self.remove_button.setAccessibleName(self.tr("Remove topic"))

        self.view = TopicListView(self)
        self.view.setAccessibleName(self.tr("Topics"))
        self.view.setModel(self.topic_model)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title_edit, 1)
        for button in (self.ordered_button, self.add_button, self.remove_button):
            header.addWidget(button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(header)
        self._layout.addWidget(self.view)

        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.editingFinished.connect(self._end_title_session)
        self.title_edit.installEventFilter(self)
        self.ordered_button.toggled.connect(self.topic_model.set_ordered)
        self.add_button.clicked.connect(lambda: self.view.add_below())
        self.remove_button.clicked.connect(self.view.remove_selected)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.leave_up.connect(self.leave_up)
        self.view.leave_down.connect(self.leave_down)
        self.topic_model.content_changed.connect(self.changed)
        self.topic_model.title_changed.connect(self._show_title)
        self.topic_model.ordered_changed.connect(self._show_ordered)
        self._show_link()
        self.set_direction(direction)

    def _tool_button(self, *, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setCheckable(checkable)
        # Tab moves between blocks; the buttons have keys of their own (Insert, Delete).
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    # -- the block-widget contract ---------------------------------------------------

    def blocks(self) -> tuple[Block, ...]:
        return (self.topic_model.block(),)

    def set_direction(self, direction: str) -> None:
        self._direction = direction
        self.setLayoutDirection(_qt_direction(direction))
        self.topic_model.set_direction(direction)
        self._refresh_icons()
        self.view.viewport().update()

    def focus_start(self) -> None:
        if self.topic_model.rowCount():
            self.view.setCurrentIndex(self.topic_model.index(0))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.setCursorPosition(0)

    def focus_end(self) -> None:
        rows = self.topic_model.rowCount()
        if rows:
            self.view.setCurrentIndex(self.topic_model.index(rows - 1))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.end(False)

    # -- the link to the event's list ------------------------------------------------------

    def source_id(self) -> int | None:
        return self.topic_model.source_id

    def is_linked(self) -> bool:
        return self.topic_model.is_linked()

    def set_source_id(self, source_id: int | None) -> None:
        """Detach (None) or link again: called by the column's undoable Detach command."""
        self.view.finish_editing()
        self.topic_model.set_source_id(source_id)
        self._show_link()
        self.changed.emit()

    def replace_block(self, block: TopicListBlock) -> None:
        """Show the event's current list (or, the list gone, the block detached) with no
        undo step and no `changed`: the column reports the refresh once."""
        current = self.view.currentIndex().row()
        self.topic_model.replace(block)
        if 0 <= current < self.topic_model.rowCount():
            self.view.setCurrentIndex(self.topic_model.index(current))
        self._show_link()

    def refresh_source_title(self) -> None:
        """Ask the title again: the event's list may have been renamed."""
        if self.banner is not None and self.is_linked():
            self.banner.set_title(source_title_of(self._source_title, "topics", self.source_id()))

    def _show_link(self) -> None:
        linked = self.is_linked()
        if linked and self.banner is None:
            self.banner = LinkedBanner("topics", self)
            self.banner.detach_clicked.connect(self.detach_requested)
            self.banner.edit_clicked.connect(self._request_edit)
            self._layout.insertWidget(0, self.banner)
        if self.banner is not None:
            self.banner.setVisible(linked)
        self.refresh_source_title()
        # The list's title and topics are the event's: shown, never edited here.
        self.title_edit.setReadOnly(linked)
        self.title_edit.setToolTip(linked_hint() if linked else "")
        for button in (self.ordered_button, self.add_button, self.remove_button):
            button.setVisible(not linked)

    def _request_edit(self) -> None:
        source = self.source_id()
        if source is not None:
            self.edit_source_requested.emit("topics", source)

    # -- title and toolbar ----------------------------------------------------------------

    def _title_edited(self, text: str) -> None:
        self.topic_model.rename(text, self._title_session)

    def _end_title_session(self) -> None:
        self._title_session += 1

    def _show_title(self, title: str) -> None:
        if self.title_edit.text() != title:
            self.title_edit.setText(title)
            self._end_title_session()

    def _show_ordered(self, ordered: bool) -> None:
        if self.ordered_button.isChecked() != ordered:
            self.ordered_button.blockSignals(True)
            self.ordered_button.setChecked(ordered)
            self.ordered_button.blockSignals(False)
        self._refresh_icons()

    def _refresh_icons(self) -> None:
        ordered = self.topic_model.ordered
        # The button shows the current style; its tooltip names what a click does.
        self.ordered_button.setIcon(themed_icon("fa6s.list-ol" if ordered else "fa6s.list-ul", self,
                                                directional=True))
        self.ordered_button.setToolTip(self.tr("Bullet topics") if ordered else self.tr("Number topics"))
        self.add_button.setIcon(themed_icon("fa6s.plus", self))
        self.remove_button.setIcon(themed_icon("fa6s.minus", self))

    def _context_menu(self, position: QPoint) -> None:
        self.context_menu().popup(self.view.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """The list's context menu (built apart from showing it, so tests need no popup)."""
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)
        if self.is_linked():
            detach = menu.addAction(self.tr("Detach from event"), self.detach_requested.emit)
            detach.setObjectName("detachAction")
            edit = menu.addAction(self.tr("Edit in event"), self._request_edit)
            edit.setObjectName("editInEventAction")
            return menu
        menu.addAction(self.tr("Add topic"), lambda: self.view.add_below())
        has_rows = bool(self.view.selected_rows())
        remove = menu.addAction(self.tr("Remove topic"), self.view.remove_selected)
        remove.setEnabled(has_rows)
        menu.addSeparator()
        up = menu.addAction(self.tr("Move topic up"), lambda: self.view.move_selected(-1))
        down = menu.addAction(self.tr("Move topic down"), lambda: self.view.move_selected(1))
        up.setEnabled(has_rows)
        down.setEnabled(has_rows)
        menu.addSeparator()
        ordered = self.topic_model.ordered
        menu.addAction(self.tr("Bullet topics") if ordered else self.tr("Number topics"),
                       lambda: self.topic_model.set_ordered(not ordered))
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if plain and event.key() == Qt.Key.Key_Up:
                self.leave_up.emit()
                return True
            if plain and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.topic_model.rowCount():
                    self.focus_start()
                elif event.key() == Qt.Key.Key_Down:
                    self.leave_down.emit()
                else:
                    self.view.add_below()
                return True
        return super().eventFilter(watched, event)
