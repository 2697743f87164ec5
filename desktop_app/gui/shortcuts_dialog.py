"""Help → Keyboard shortcuts: every command of the window that has a shortcut, read from
the live QActions when the dialog opens (so the list is never out of date), grouped by
menu, with a filter on the command's name and its keys."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from desktop_app.core.arabic import isolate_ltr
from desktop_app.gui.forms.shortcuts_dialog_ui import Ui_ShortcutsDialog


@dataclass(frozen=True)
class Shortcut:
    group: str
    command: str
    keys: str


def plain_text(text: str) -> str:
    """A menu text as read aloud: no mnemonic marker, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").removesuffix("...").strip()


def key_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them (⌘ on macOS), comma-separated."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def _owner_name(action: QAction) -> str:
    """What a shortcut outside the menus belongs to: its widget's title or name."""
    owner = action.parent()
    while isinstance(owner, QWidget):
        name = owner.windowTitle() or owner.accessibleName()
        if name:
            return plain_text(name)
        owner = owner.parent()
    return ""


def collect_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Menu commands first, in menu order, then the shortcuts of panels and editors
    (an agenda table's "Add row"…), each listed once."""
    found: list[Shortcut] = []
    seen: set[tuple[str, str, str]] = set()
    placed: set[int] = set()

    def add(group: str, action: QAction) -> None:
        placed.add(id(action))
        if action.isSeparator() or not action.shortcuts() or not action.text():
            return
        entry = Shortcut(group, plain_text(action.text()), key_text(action))
        key = (entry.group, entry.command, entry.keys)
        if key not in seen:
            seen.add(key)
            found.append(entry)

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{group} › {plain_text(submenu.title())}")
            else:
                add(group, action)

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(menu.title()))
    for action in window.findChildren(QAction):
        if id(action) not in placed:
            add(_owner_name(action), action)
    return found


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)  # the command or its keys
        self.setRecursiveFilteringEnabled(True)  # a group stays while one of its rows matches
        self.setAutoAcceptChildRows(True)  # "Format" shows the whole Format menu


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened from a menu, each time anew
        self.shortcuts = collect_shortcuts(window)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        groups: dict[str, QStandardItem] = {}
        for entry in self.shortcuts:
            group = groups.get(entry.group)
            if group is None:
                group = QStandardItem(entry.group or self.tr("Other"))
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                groups[entry.group] = group
                self.model.appendRow([group, QStandardItem()])
            # Key names read left to right in an Arabic window too ("Ctrl+," not ",Ctrl+").
            keys = QStandardItem(isolate_ltr(entry.keys))
            group.appendRow([QStandardItem(entry.command), keys])
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.shortcutsView
        view.setModel(self.proxy)
        view.expandAll()
        view.header().setStretchLastSection(False)
        view.header().setSectionResizeMode(0, view.header().ResizeMode.Stretch)
        view.header().setSectionResizeMode(1, view.header().ResizeMode.ResizeToContents)
        self.ui.filterEdit.textChanged.connect(self.set_filter)

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.ui.shortcutsView.expandAll()
        self.ui.emptyLabel.setVisible(self.proxy.rowCount() == 0)

    def visible_commands(self) -> list[tuple[str, str]]:
        """(command, keys) of every row the filter shows, in order."""
        rows: list[tuple[str, str]] = []
        for group_row in range(self.proxy.rowCount()):
            group = self.proxy.index(group_row, 0)
            for row in range(self.proxy.rowCount(group)):
                rows.append((str(self.proxy.index(row, 0, group).data()), str(self.proxy.index(row, 1, group).data())))
        return rows
