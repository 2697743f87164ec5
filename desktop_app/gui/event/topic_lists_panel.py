"""The event's topic lists (key issues, recommendations, outcomes) and their topics.

On one side the lists, each with its coverage ("3 of 5 covered"); on the other the
selected list's topics, edited in place, ticked when covered, linked to the articles that
cover them. Everything writes to the store at once and is one step on the undo stack the
caller passes in (see `topic_list_model`), and `list_changed` tells the caller which list
changed, so articles that link the list can show its new content. Delete moves the list to
the trash at once (`TrashListCommand`: undo and File → Trash bring it back); articles that
link it keep showing it until the trash is emptied, and a message names them.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidgetItem,
    QWidget,
)

from desktop_app.core.errors import HadathError
from desktop_app.gui.event.topic_list_model import TopicListEdits, TopicListModel, article_titles
from desktop_app.gui.forms.topic_lists_panel_ui import Ui_TopicListsPanel
from desktop_app.gui.icons import themed_icon
from desktop_app.i18n import translated_error
from desktop_app.store import topics, trash
from desktop_app.store.database import Database
from desktop_app.store.events import event_articles
from desktop_app.store.topic_snapshots import ListSnapshot, restore_snapshot, take_snapshot
from desktop_app.store.topics import TopicListSummary

LIST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ModelIndex = QModelIndex | QPersistentModelIndex
MAX_NAMED_ARTICLES = 5


class TrashListCommand(QUndoCommand):
    """A list moved to the trash (the move already made when pushed). Undo takes it out
    of the trash, with the links articles kept to it; had the trash been emptied
    meanwhile, the snapshot taken before brings the list back (the articles kept their
    copies, unlinked). Redo moves it to the trash again."""

    def __init__(self, edits: TopicListEdits, before: ListSnapshot, text: str) -> None:
        super().__init__(text)
        self._edits = edits
        self._db = edits.db
        self.list_id = before.list_id
        self.before = before
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            self._notify()
            return
        self._apply(lambda: trash.trash_list(self._db, self.list_id))

    def undo(self) -> None:
        self._apply(self._take_out)

    def _take_out(self) -> None:
        before = self.before
        if not trash.take_back(self._db, trash.LIST, self.list_id, before.event_id, before.title):
            restore_snapshot(self._db, before)  # the trash was emptied since

    def _apply(self, change: Callable[[], object]) -> None:
        try:
            change()
        except HadathError as error:
            self.setObsolete(True)
            if shiboken6.isValid(self._edits):
                self._edits.failed.emit(translated_error(error))
        self._notify()

    def _notify(self) -> None:
        if shiboken6.isValid(self._edits):
            self._edits.changed.emit(self.list_id)


class _TopicLineEdit(QLineEdit):
    """The in-place editor; it remembers its row, which Enter needs after the commit."""

    def __init__(self, index: ModelIndex, parent: QWidget) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)


class _TopicDelegate(QStyledItemDelegate):
    # Enter committed the editor of this row: the panel decides whether a next one opens.
    entered = Signal(int)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        editor = _TopicLineEdit(index, parent)
        editor.setPlaceholderText(self.tr("Topic"))
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, _TopicLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
        ):
            index = watched.index
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            if index.isValid():
                self.entered.emit(index.row())
            return True
        return super().eventFilter(watched, event)


class TopicListsPanel(QWidget):
    """The topic lists of one event, edited in the store through `undo_stack`."""

    list_changed = Signal(int)  # a list id, after every store change: do, undo and redo

    def __init__(self, db: Database, event_id: int, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.undo_stack = undo_stack
        self.ui = Ui_TopicListsPanel()
        self.ui.setupUi(self)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([340, 560])
        header = self.ui.listsTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.edits = TopicListEdits(db, undo_stack, self)
        self.model = TopicListModel(self.edits, self)
        view = self.ui.itemsView
        view.setModel(self.model)
        self.delegate = _TopicDelegate(view)
        view.setItemDelegate(self.delegate)
        # After the view's own slot: the editor is gone when an empty pending row is dropped.
        self.delegate.closeEditor.connect(self._editor_closed)
        self.delegate.entered.connect(self._entered)
        self._titles: dict[int, str] = {}
        self._article_order: list[int] = []
        self._set_icons()

        self.ui.newListButton.clicked.connect(self.new_list)
        self.ui.renameListButton.clicked.connect(self.rename_list)
        self.ui.deleteListButton.clicked.connect(self.delete_list)
        self.ui.numberedButton.clicked.connect(self.set_numbered)
        self.ui.addItemButton.clicked.connect(lambda: self.add_item())
        self.ui.removeItemButton.clicked.connect(self.remove_selected)
        self.ui.moveUpButton.clicked.connect(lambda: self.move_selected(-1))
        self.ui.moveDownButton.clicked.connect(lambda: self.move_selected(1))
        self.ui.listsTree.currentItemChanged.connect(self._list_selected)
        self.ui.listsTree.itemDoubleClicked.connect(lambda *_: self.rename_list())
        self.ui.listsTree.installEventFilter(self)
        view.installEventFilter(self)
        view.customContextMenuRequested.connect(self._items_menu)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.edits.changed.connect(self._store_changed)
        self.edits.failed.connect(self._show_failure)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the lists, their coverage and the event's articles; keeps the selection."""
        current = self.current_list_id()
        summaries = topics.list_lists(self.db, event_id=self.event_id)
        self._load_titles()
        tree = self.ui.listsTree
        tree.blockSignals(True)
        tree.clear()
        chosen: QTreeWidgetItem | None = None
        for summary in summaries:
            item = self._list_item(summary)
            tree.addTopLevelItem(item)
            if summary.id == current:
                chosen = item
        if chosen is None and tree.topLevelItemCount():
            chosen = tree.topLevelItem(0)
        if chosen is not None:
            tree.setCurrentItem(chosen)
        tree.blockSignals(False)
        self._show_list(self.current_list_id())

    def _list_item(self, summary: TopicListSummary) -> QTreeWidgetItem:
        title = summary.title or self.tr("Untitled list")
        total, covered = summary.coverage.total, summary.coverage.covered
        if total:
            coverage = self.tr("%1 of %n covered", "", total).replace("%1", str(covered))
        else:
            coverage = self.tr("no topics yet")
        item = QTreeWidgetItem([title, coverage])
        item.setData(0, LIST_ID_ROLE, summary.id)
        item.setToolTip(0, title)
        icon = "fa6s.list-ol" if summary.ordered else "fa6s.list-ul"
        item.setIcon(0, themed_icon(icon, self, directional=True))
        return item

    def _load_titles(self) -> None:
        linked = {article_id for row in range(self.model.rowCount()) for article_id in self.model.item(row).article_ids}
        articles = event_articles(self.db, self.event_id)  # read once: the titles and their order
        self._titles = article_titles(self.db, self.event_id, linked, articles)
        self._article_order = [article.id for article in articles]
        self.model.set_article_titles(self._titles)

    def current_list_id(self) -> int | None:
        item = self.ui.listsTree.currentItem()
        return None if item is None else int(item.data(0, LIST_ID_ROLE))

    def select_list(self, list_id: int) -> bool:
        tree = self.ui.listsTree
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item.data(0, LIST_ID_ROLE) == list_id:
                tree.setCurrentItem(item)
                return True
        return False

    def _list_selected(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        self._show_list(None if current is None else int(current.data(0, LIST_ID_ROLE)))

    def _show_list(self, list_id: int | None) -> None:
        if list_id != self.model.list_id:
            self.model.load(list_id)
            linked = {a for row in range(self.model.rowCount()) for a in self.model.item(row).article_ids}
            if not linked <= self._titles.keys():
                self._load_titles()
        item = self.ui.listsTree.currentItem()
        if item is None:
            self.ui.itemsLabel.setText(self.tr("T&opics"))
        else:
            title = "\u2068" + item.text(0).replace("&", "&&") + "\u2069"  # isolated: see coverage_view
            self.ui.itemsLabel.setText(self.tr("T&opics of “%1”").replace("%1", title))
        self.ui.numberedButton.setChecked(self.model.ordered)
        self._update_buttons()

    def _update_buttons(self, *args: object) -> None:
        has_list = self.model.list_id is not None
        rows = self.selected_rows()
        for button in (self.ui.renameListButton, self.ui.deleteListButton, self.ui.numberedButton,
                       self.ui.addItemButton):
            button.setEnabled(has_list)
        for button in (self.ui.removeItemButton, self.ui.moveUpButton, self.ui.moveDownButton):
            button.setEnabled(has_list and bool(rows))
        self.ui.itemsView.setEnabled(has_list)

    def _set_icons(self) -> None:
        # Once: themed icons take the palette and direction when painted (icons.py).
        self.ui.newListButton.setIcon(themed_icon("fa6s.plus", self))
        self.ui.renameListButton.setIcon(themed_icon("fa6s.pen", self))
        self.ui.deleteListButton.setIcon(themed_icon("fa6s.trash", self))
        self.ui.numberedButton.setIcon(themed_icon("fa6s.list-ol", self, directional=True))
        self.ui.addItemButton.setIcon(themed_icon("fa6s.plus", self))
        self.ui.removeItemButton.setIcon(themed_icon("fa6s.minus", self))
        self.ui.moveUpButton.setIcon(themed_icon("fa6s.arrow-up", self))
        self.ui.moveDownButton.setIcon(themed_icon("fa6s.arrow-down", self))
        self.model.set_link_icon(themed_icon("fa6s.newspaper", self.ui.itemsView))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.reload()

    # -- lists -----------------------------------------------------------------------------

    def new_list(self) -> int | None:
        title, ok = QInputDialog.getText(self, self.tr("New topic list"), self.tr("Title of the list:"))
        if not ok:
            return None
        event_id = self.event_id
        list_id = self.edits.run(
            self.tr("New topic list"), None, lambda: topics.create_list(self.db, title, event_id=event_id)
        )
        if list_id is not None:
            self.select_list(list_id)
            self.add_item()
        return list_id

    def rename_list(self) -> None:
        list_id = self.current_list_id()
        if list_id is None:
            return
        old = topics.get_list(self.db, list_id).title
        title, ok = QInputDialog.getText(self, self.tr("Rename topic list"), self.tr("Title of the list:"), text=old)
        if ok and title.strip() != old:
            self.edits.run(self.tr("Rename topic list"), list_id, lambda: topics.rename_list(self.db, list_id, title))

    def delete_list(self) -> bool:
        """Move the selected list to the trash (undoable, so nothing is asked); when live
        articles link it, say which: they keep showing it until the trash is emptied."""
        list_id = self.current_list_id()
        if list_id is None:
            return False
        try:
            before = take_snapshot(self.db, list_id)
            users = trash.trash_list(self.db, list_id)
        except HadathError as error:
            self._show_failure(translated_error(error))
            return False
        command = TrashListCommand(self.edits, before, self.tr("Delete topic list"))
        self.undo_stack.push(command)  # its first redo reloads the panel and passes the change on
        if users:
            title = before.title or self.tr("Untitled list")
            shown = users[:MAX_NAMED_ARTICLES]
            names = "\n".join(f"• {user.title}" for user in shown)
            if len(users) > len(shown):
                names += "\n" + self.tr("and %n more", "", len(users) - len(shown))
            message = (
                self.tr("The topic list “%1” is in the trash. %n article(s) link it:", "", len(users)).replace(
                    "%1", title
                )
                + "\n"
                + names
                + "\n\n"
                + self.tr(
                    "They keep showing it until you empty the trash. Undo, or File → Trash, brings it back."
                )
            )
            QMessageBox.information(self, self.tr("Topic list moved to the trash"), message)
        return True

    def set_numbered(self, numbered: bool) -> None:
        list_id = self.current_list_id()
        if list_id is None:
            return
        label = self.tr("Number topics") if numbered else self.tr("Bullet topics")
        if self.edits.run(label, list_id, lambda: topics.set_ordered(self.db, list_id, numbered)) is None:
            self.ui.numberedButton.setChecked(self.model.ordered)

    # -- topics ------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        view = self.ui.itemsView
        rows = sorted({index.row() for index in view.selectionModel().selectedIndexes()})
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]
        return [row for row in rows if self.model.item_id(row) is not None]

    def add_item(self, row: int | None = None) -> None:
        """An empty topic below `row` (default: the current one, else at the end), in edit."""
        view = self.ui.itemsView
        if self.model.list_id is None:
            return
        self._finish_editing()
        if row is None:
            row = view.currentIndex().row() if view.currentIndex().isValid() else self.model.rowCount() - 1
        index = QPersistentModelIndex(self.model.add_pending(row + 1))
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        view.setCurrentIndex(self.model.index(index.row()))
        if index.isValid():
            view.edit(self.model.index(index.row()))

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if rows and self.model.remove_rows(rows):
            count = self.model.rowCount()
            if count:
                self.ui.itemsView.setCurrentIndex(self.model.index(min(rows[0], count - 1)))

    def move_selected(self, delta: int) -> None:
        rows = self.selected_rows()
        if rows:
            self.model.shift_rows(rows, delta)
            self.ui.itemsView.scrollTo(self.ui.itemsView.currentIndex())

    def covered_by_menu(self, row: int, parent: QWidget | None = None) -> QMenu:
        """The "Covered by" menu of the topic at `row`: the event's articles, ticked when
        linked; ticking links the article, unticking unlinks it."""
        menu = QMenu(self.tr("Covered by"), parent or self)
        item_id = self.model.item_id(row)
        if item_id is None:
            menu.setEnabled(False)
            return menu
        linked = self.model.item(row).article_ids
        others = [article_id for article_id in linked if article_id not in self._article_order]
        for article_id in [*self._article_order, *others]:
            action = menu.addAction(self._titles.get(article_id, str(article_id)))
            action.setCheckable(True)
            action.setChecked(article_id in linked)
            action.setData(article_id)
            action.toggled.connect(
                lambda checked, a=article_id, i=item_id: self.model.set_link(self.model.row_of(i), a, checked)
            )
        if menu.isEmpty():
            empty = menu.addAction(self.tr("This event has no articles yet"))
            empty.setEnabled(False)
        return menu

    def _items_menu(self, position: QPoint) -> None:
        view = self.ui.itemsView
        if self.model.list_id is None:
            return
        index = view.indexAt(position)
        menu = QMenu(self)
        menu.addAction(themed_icon("fa6s.plus", menu), self.tr("Add topic"),
                       lambda: self.add_item(index.row() if index.isValid() else None))
        has_rows = bool(self.selected_rows())
        remove = menu.addAction(themed_icon("fa6s.minus", menu), self.tr("Remove"), self.remove_selected)
        up = menu.addAction(themed_icon("fa6s.arrow-up", menu), self.tr("Move up"), lambda: self.move_selected(-1))
        down = menu.addAction(themed_icon("fa6s.arrow-down", menu), self.tr("Move down"),
                              lambda: self.move_selected(1))
        for action in (remove, up, down):
            action.setEnabled(has_rows)
        if index.isValid() and self.model.item_id(index.row()) is not None:
            menu.addSeparator()
            menu.addMenu(self.covered_by_menu(index.row(), menu))
        menu.popup(view.viewport().mapToGlobal(position))

    def _finish_editing(self) -> None:
        view = self.ui.itemsView
        editor = view.indexWidget(view.currentIndex())
        if editor is not None and view.state() == QAbstractItemView.State.EditingState:
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _editor_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Escape, or leaving the new row without text: it goes away.
        if self.model.has_pending():
            self.model.discard_pending()

    def _entered(self, row: int) -> None:
        view = self.ui.itemsView
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if row == self.model.rowCount() - 1 and self.model.item_id(row) is not None:
            self.add_item(row)

    # -- keys ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        view: QListView = self.ui.itemsView
        if watched is view:
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if plain and key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
            if plain and key == Qt.Key.Key_Insert:
                self.add_item()
                return True
            if plain and key in _ENTER and view.state() != QAbstractItemView.State.EditingState:
                current = view.currentIndex().row() if view.currentIndex().isValid() else -1
                if current < 0 or current == self.model.rowCount() - 1:
                    self.add_item()
                else:
                    view.edit(view.currentIndex())
                return True
        elif watched is self.ui.listsTree and plain:
            if key == Qt.Key.Key_F2:
                self.rename_list()
                return True
            if key == Qt.Key.Key_Delete:
                self.delete_list()
                return True
        return super().eventFilter(watched, event)

    # -- after every store change --------------------------------------------------------------

    def _store_changed(self, list_id: int) -> None:
        self.reload()
        # An undo may concern another list than the one on screen: show it.
        if list_id != self.current_list_id():
            self.select_list(list_id)
        self.list_changed.emit(list_id)

    def _show_failure(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Topic lists"), message)
