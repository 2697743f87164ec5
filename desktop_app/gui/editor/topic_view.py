"""The list view and delegate of the topic-list editor.

The marker (bullet or number) sits in a gutter on the article's side, so an Arabic list
has its bullets on the right even when one item is in French; the item's text is laid out
in its own direction (DESIGN.md decision 4). The view is as tall as its rows: the article
column scrolls, not the list.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.core.arabic import direction_of
from desktop_app.gui.editor.topic_model import TopicListModel

ModelIndex = QModelIndex | QPersistentModelIndex
_PAD = 6
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _qt_direction(direction: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight


class TopicLineEdit(QLineEdit):
    """The in-place editor; it remembers its row so closing it can tell a pending row."""

    def __init__(self, index: ModelIndex, parent: QWidget) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)


class TopicDelegate(QStyledItemDelegate):
    """Paints marker + wrapped text; edits with a line edit laid out in the item's direction."""

    def __init__(self, view: TopicListView) -> None:
        super().__init__(view)
        self._view = view

    def gutter_width(self) -> int:
        model = self._view.topic_model()
        metrics = self._view.fontMetrics()
        widest = f"{max(model.rowCount(), 1)}." if model.ordered else "•"
        return metrics.horizontalAdvance(widest) + 2 * _PAD

    def split(self, rect: QRect) -> tuple[QRect, QRect]:
        """(marker rect, text rect) of an item rect: the marker on the article's side."""
        gutter = self.gutter_width()
        if self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            marker = QRect(rect.right() - gutter + 1, rect.top(), gutter, rect.height())
            text = QRect(rect.left() + _PAD, rect.top(), rect.width() - gutter - _PAD, rect.height())
        else:
            marker = QRect(rect.left(), rect.top(), gutter, rect.height())
            text = QRect(rect.left() + gutter, rect.top(), rect.width() - gutter - _PAD, rect.height())
        return marker, text

    def marker(self, row: int) -> str:
        return f"{row + 1}." if self._view.topic_model().ordered else "•"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = self._view.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, self._view)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        marker_rect, text_rect = (r.adjusted(0, _PAD // 2, 0, 0) for r in self.split(opt.rect))
        painter.save()
        painter.setPen(opt.palette.color(role))
        article = self._view.layoutDirection()
        painter.setLayoutDirection(article)
        # The marker hugs the text: right-aligned in an LTR gutter, left-aligned in an RTL one.
        rtl = article == Qt.LayoutDirection.RightToLeft
        toward_text = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        marker_rect = marker_rect.adjusted(_PAD, 0, -_PAD, 0)
        painter.drawText(marker_rect, int(toward_text | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop),
                         self.marker(index.row()))
        model = self._view.topic_model()
        painter.setLayoutDirection(_qt_direction(model.item_direction(index.row())))
        alignment = Qt.AlignmentFlag(int(index.data(Qt.ItemDataRole.TextAlignmentRole)))
        flags = (alignment & ~Qt.AlignmentFlag.AlignVCenter) | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(text_rect, int(flags), str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        metrics = self._view.fontMetrics()
        width = max(self._view.viewport().width() - self.gutter_width() - 2 * _PAD, 40)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "") or " "
        bound = metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text)
        height = max(bound.height(), metrics.height()) + _PAD
        return QSize(width + self.gutter_width(), height)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        editor = TopicLineEdit(index, parent)
        editor.setFrame(False)
        editor.setPlaceholderText(self.tr("Topic"))
        editor.textEdited.connect(lambda text: editor.setLayoutDirection(
            _qt_direction(direction_of(text, self._view.topic_model().direction))))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.setLayoutDirection(_qt_direction(self._view.topic_model().item_direction(index.row())))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        _, text_rect = self.split(option.rect)
        # The whole row: a wrapped item's later lines must not show around the line edit.
        height = max(editor.sizeHint().height(), option.rect.height())
        editor.setGeometry(QRect(text_rect.left(), text_rect.top(), text_rect.width(), height))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(editor, QLineEdit)
                and isinstance(event, QKeyEvent) and self._view.editor_key(editor, event)):
            return True
        return super().eventFilter(editor, event)


class TopicListView(QListView):
    """A list view that grows with its rows and turns edge keys into block navigation."""

    leave_up = Signal()
    leave_down = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TopicDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def topic_model(self) -> TopicListModel:
        model = self.model()
        assert isinstance(model, TopicListModel)
        return model

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, TopicListModel):
            for signal in (model.rowsInserted, model.rowsRemoved, model.layoutChanged, model.dataChanged,
                           model.modelReset, model.ordered_changed):
                signal.connect(self._content_resized)
            model.row_touched.connect(self._show_row)

    # -- size: as tall as the rows ----------------------------------------------------

    def content_height(self) -> int:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        body = sum(self.sizeHintForRow(r) for r in range(rows)) if rows else self.fontMetrics().height() + _PAD
        return body + 2 * self.frameWidth() + 2 * self.spacing() * rows

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.content_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Wrapped rows change height with the width.
            self.scheduleDelayedItemsLayout()
            self.updateGeometry()

    def _content_resized(self, *args: object) -> None:
        self.scheduleDelayedItemsLayout()
        self.updateGeometry()
        self.viewport().update()

    def _show_row(self, row: int) -> None:
        if 0 <= row < self.topic_model().rowCount() and self.state() != QAbstractItemView.State.EditingState:
            self.setCurrentIndex(self.topic_model().index(row))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text))
            if self.topic_model().is_linked():
                hint = self.tr("The event's list has no topics yet")
            else:
                hint = self.tr("No topics yet: press Insert or + to add one")
            painter.drawText(self.viewport().rect().adjusted(_PAD, 0, -_PAD, 0),
                             int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), hint)

    # -- editing actions --------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def add_below(self, row: int | None = None) -> None:
        """A new empty topic below `row` (default: the current one, or at the end), in edit."""
        model = self.topic_model()
        if model.is_linked():
            return  # the event's list: topics are added there
        if row is None:
            row = self.currentIndex().row() if self.currentIndex().isValid() else model.rowCount() - 1
        self.finish_editing()
        pending = QPersistentModelIndex(model.add_pending(row + 1))
        self.setCurrentIndex(model.index(pending.row()))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        # Setting the current row may have closed another editor; the pending row stays.
        if pending.isValid():
            self.edit(model.index(pending.row()))

    def finish_editing(self) -> None:
        """Commit and close the open item editor, if any."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            first = rows[0]
            self.topic_model().remove_topics(rows)
            count = self.topic_model().rowCount()
            if count:
                self.setCurrentIndex(self.topic_model().index(min(first, count - 1)))

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        model = self.topic_model()
        if not rows:
            return
        if step < 0 and rows[0] > 0:
            destination = rows[0] - 1
        elif step > 0 and rows[-1] < model.rowCount() - 1:
            destination = rows[-1] + 2
        else:
            return
        persistent = [QPersistentModelIndex(model.index(r)) for r in rows]
        current = QPersistentModelIndex(self.currentIndex())
        if model.move_topics(rows, destination):
            selection = self.selectionModel()
            selection.clearSelection()
            for p in persistent:
                selection.select(model.index(p.row()), selection.SelectionFlag.Select)
            if current.isValid():
                selection.setCurrentIndex(model.index(current.row()), selection.SelectionFlag.NoUpdate)

    # -- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        current = self.currentIndex().row() if self.currentIndex().isValid() else -1
        last = self.topic_model().rowCount() - 1
        alt = mods == Qt.KeyboardModifier.AltModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
        elif plain and key == Qt.Key.Key_Up and current <= 0:
            self.leave_up.emit()
        elif plain and key == Qt.Key.Key_Down and current >= last:
            self.leave_down.emit()
        elif key == Qt.Key.Key_Delete and plain:
            self.remove_selected()
        elif (key == Qt.Key.Key_Insert and plain) or (key in _ENTER and mods & Qt.KeyboardModifier.ControlModifier):
            self.add_below()
        elif key in _ENTER and plain:
            if current == last or current < 0:
                self.add_below()
            else:
                self.edit(self.currentIndex())
        else:
            super().keyPressEvent(event)

    def editor_key(self, editor: QLineEdit, event: QKeyEvent) -> bool:
        """Keys in an open item editor; True when handled here."""
        key, mods = event.key(), event.modifiers()
        index = self.currentIndex()
        row = index.row()
        model = self.topic_model()
        delegate = self.itemDelegate()

        def commit_and_close() -> None:
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in _ENTER:
            last = row == model.rowCount() - 1
            empty = not editor.text().strip()
            commit_and_close()
            if ctrl or (last and not empty):
                # The committed row may have moved if it was empty and got dropped.
                here = self.currentIndex().row() if self.currentIndex().isValid() else model.rowCount() - 1
                self.add_below(here)
            elif last and empty:
                self.setFocus(Qt.FocusReason.OtherFocusReason)
                self.leave_down.emit()
            else:
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            commit_and_close()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            forwarded = QKeyEvent(QEvent.Type.KeyPress, key, mods)
            self.keyPressEvent(forwarded)
            return True
        return False

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        row = editor.index.row() if isinstance(editor, TopicLineEdit) and editor.index.isValid() else -1
        super().closeEditor(editor, hint)
        # Escape, or a click elsewhere without text: the unsaved row goes away.
        if row >= 0 and self.topic_model().is_pending(row):
            self.topic_model().discard_pending()
