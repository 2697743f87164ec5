"""The agenda table editor's actions as the reporter reaches them: the toolbar with its menu
buttons (column kind, "Covered by", CSV import), the keys, the icons (the column arrows
follow the table's direction), which actions are enabled for the table and selection
shown, the "Covered by" menu filled from the event's articles, and the context menus of
the cells and of both headers. `AgendaEditorActions` holds no behaviour of its own: each
action commits the cell being edited, then calls one of the editor's public methods.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop_app.core.errors import HadathError
from desktop_app.gui.icons import themed_icon
from desktop_app.i18n import translated_error
from desktop_app.store.events import event_articles

if TYPE_CHECKING:
    from desktop_app.gui.event.agenda_editor import AgendaTableEditor

KINDS = ("text", "time", "date", "person")
KIND_ICONS = {"text": "fa6s.font", "time": "fa6s.clock", "date": "fa6s.calendar-days", "person": "fa6s.user"}


class AgendaEditorActions(QObject):
    """The toolbar, keys, menus and context menus of an `AgendaTableEditor` (its parent,
    which owns the menus and buttons as child widgets)."""

    def __init__(self, editor: AgendaTableEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.ui = editor.ui
        self._build_menus()
        self._connect_actions()
        self._set_icons()
        view = self.ui.tableView
        view.horizontalHeader().customContextMenuRequested.connect(self.column_menu_at)
        view.verticalHeader().customContextMenuRequested.connect(self.row_menu_at)
        view.customContextMenuRequested.connect(self.cell_menu_at)
        view.selectionModel().selectionChanged.connect(self.update_enabled)
        view.selectionModel().currentChanged.connect(self.update_enabled)

    # --- building -------------------------------------------------------------------

    def _build_menus(self) -> None:
        editor, ui = self.editor, self.ui
        self.kind_group = QActionGroup(editor)
        self.kind_actions: dict[str, QAction] = {}
        names = {"text": self.tr("Text"), "time": self.tr("Time"), "date": self.tr("Date"), "person": self.tr("Person")}
        self.kind_menu = QMenu(self.tr("Column kind"), editor)
        for kind in KINDS:
            action = QAction(names[kind], editor)
            action.setObjectName(f"actionKind_{kind}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=kind: editor.set_column_kind(k))
            self.kind_group.addAction(action)
            self.kind_menu.addAction(action)
            self.kind_actions[kind] = action
        self.cover_menu = QMenu(self.tr("Covered by"), editor)
        self.cover_menu.aboutToShow.connect(self.fill_cover_menu)
        self.import_menu = QMenu(self.tr("Import CSV"), editor)
        self.import_menu.addAction(ui.actionImportInto)
        self.import_menu.addAction(ui.actionImportNew)
        self.column_menu = QMenu(self.tr("Column"), editor)
        for action in (ui.actionAddColumn, ui.actionRenameColumn):
            self.column_menu.addAction(action)
        self.column_menu.addMenu(self.kind_menu)
        for action in (ui.actionMoveColumnEarlier, ui.actionMoveColumnLater, ui.actionRemoveColumn):
            self.column_menu.addAction(action)
        self.kind_button = self._menu_button(self.kind_menu, self.tr("Column kind: text, time, date or person"))
        self.cover_button = self._menu_button(self.cover_menu, self.tr("Which articles cover the current session"))
        self.import_button = self._menu_button(self.import_menu, self.tr("Import a CSV or TSV file"))
        ui.toolBar.insertWidget(ui.actionMoveColumnEarlier, self.kind_button)
        ui.toolBar.insertWidget(ui.actionPasteTable, self.import_button)
        ui.toolBar.insertWidget(ui.actionSortAscending, self.cover_button)
        ui.toolBar.insertSeparator(ui.actionSortAscending)

    def _menu_button(self, menu: QMenu, tip: str) -> QToolButton:
        button = QToolButton(self.editor)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolTip(tip)
        button.setAccessibleName(menu.title())
        button.setText(menu.title())
        return button

    def _connect_actions(self) -> None:
        editor, ui = self.editor, self.ui
        shortcuts = {
            ui.actionAddRow: QKeySequence("Ctrl+Return"),
            ui.actionRemoveRows: QKeySequence("Ctrl+Shift+Delete"),
            ui.actionClearCells: QKeySequence(QKeySequence.StandardKey.Delete),
            ui.actionMoveUp: QKeySequence("Alt+Up"),
            ui.actionMoveDown: QKeySequence("Alt+Down"),
            ui.actionPasteTable: QKeySequence("Ctrl+Shift+V"),
        }
        for action, key in shortcuts.items():
            action.setShortcut(key)
        handlers: dict[QAction, Callable[[], object]] = {
            ui.actionAddRow: editor.add_row,
            ui.actionRemoveRows: editor.remove_selected_rows,
            ui.actionClearCells: editor.clear_selected_cells,
            ui.actionMoveUp: lambda: editor.move_selected_rows(-1),
            ui.actionMoveDown: lambda: editor.move_selected_rows(1),
            ui.actionAddColumn: editor.ask_add_column,
            ui.actionRenameColumn: editor.ask_rename_column,
            ui.actionMoveColumnEarlier: lambda: editor.move_current_column(-1),
            ui.actionMoveColumnLater: lambda: editor.move_current_column(1),
            ui.actionRemoveColumn: editor.ask_remove_column,
            ui.actionSortAscending: lambda: editor.sort_current_column(False),
            ui.actionSortDescending: lambda: editor.sort_current_column(True),
            ui.actionImportInto: lambda: editor.ask_import(new_table=False),
            ui.actionImportNew: lambda: editor.ask_import(new_table=True),
            ui.actionPasteTable: editor.paste_table,
            ui.actionExportCsv: editor.ask_export_csv,
        }
        for action, handler in handlers.items():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, h=handler: self._run(h))
            editor.addAction(action)  # shortcuts live while focus is anywhere in the editor

    def _run(self, handler: Callable[[], object]) -> None:
        self.editor.commit_editing()
        handler()

    def _set_icons(self) -> None:
        """Every icon, once: themed icons take the palette and direction when painted.
        The column arrows are drawn pointing left and mirrored in a table laid out right
        to left, where "earlier" (the table's start) is on the right."""
        editor, ui = self.editor, self.ui
        view = ui.tableView  # laid out in the table's direction, not the interface's
        icons = {
            ui.actionAddRow: "fa6s.plus",
            ui.actionRemoveRows: "fa6s.trash-can",
            ui.actionClearCells: "fa6s.eraser",
            ui.actionMoveUp: "fa6s.arrow-up",
            ui.actionMoveDown: "fa6s.arrow-down",
            ui.actionAddColumn: "fa6s.table-columns",
            ui.actionRenameColumn: "fa6s.pen",
            ui.actionRemoveColumn: "fa6s.circle-minus",
            ui.actionSortAscending: "fa6s.arrow-down-a-z",
            ui.actionSortDescending: "fa6s.arrow-down-z-a",
            ui.actionImportInto: "fa6s.file-import",
            ui.actionImportNew: "fa6s.file-import",
            ui.actionPasteTable: "fa6s.paste",
            ui.actionExportCsv: "fa6s.file-csv",
        }
        for action, name in icons.items():
            action.setIcon(themed_icon(name, editor))
        ui.actionMoveColumnEarlier.setIcon(themed_icon("fa6s.arrow-left", view, directional=True))
        ui.actionMoveColumnLater.setIcon(themed_icon("fa6s.arrow-right", view, directional=True))
        self.kind_button.setIcon(themed_icon("fa6s.font", editor))
        self.cover_button.setIcon(themed_icon("fa6s.square-check", editor))
        self.import_button.setIcon(themed_icon("fa6s.file-import", editor, directional=True))
        self._kind_icons: dict[str, QIcon] = {kind: themed_icon(name, editor) for kind, name in KIND_ICONS.items()}
        for kind, action in self.kind_actions.items():
            action.setIcon(self._kind_icons[kind])

    def apply_direction(self, rtl: bool) -> None:
        """The column moves' shortcuts for a table laid out right to left or not; their
        arrows follow the view by themselves, but the toolbar must be repainted."""
        ui = self.ui
        # On screen, "earlier" points where the table starts: right in Arabic.
        ui.actionMoveColumnEarlier.setShortcut(QKeySequence("Alt+Shift+Right" if rtl else "Alt+Shift+Left"))
        ui.actionMoveColumnLater.setShortcut(QKeySequence("Alt+Shift+Left" if rtl else "Alt+Shift+Right"))
        ui.toolBar.update()

    # --- enabling -----------------------------------------------------------------------

    def update_enabled(self) -> None:
        """Enable what applies to the table, selection and current cell shown."""
        editor, ui = self.editor, self.ui
        model = editor.model
        has_table = editor.snapshot() is not None
        rows = editor.selected_rows()
        current = ui.tableView.currentIndex()
        column = current.column() if current.isValid() else -1
        columns = model.columnCount()
        generated = any(model.is_generated(row) for row in rows)
        for action, enabled in (
            (ui.actionAddRow, has_table),
            (ui.actionRemoveRows, has_table and bool(rows) and not generated),
            (ui.actionClearCells, has_table and bool(rows)),
            (ui.actionMoveUp, has_table and bool(rows) and min(rows, default=0) > 0),
            (ui.actionMoveDown, has_table and bool(rows) and max(rows, default=0) < model.rowCount() - 1),
            (ui.actionAddColumn, has_table),
            (ui.actionRenameColumn, has_table and column >= 0),
            (ui.actionMoveColumnEarlier, has_table and column > 0),
            (ui.actionMoveColumnLater, has_table and 0 <= column < columns - 1),
            (ui.actionRemoveColumn, has_table and column >= 0 and columns > 1),
            (ui.actionSortAscending, has_table and column >= 0),
            (ui.actionSortDescending, has_table and column >= 0),
            (ui.actionImportInto, has_table),
            (ui.actionImportNew, editor.event_id() is not None),
            (ui.actionPasteTable, has_table or editor.event_id() is not None),
            (ui.actionExportCsv, has_table),
        ):
            action.setEnabled(enabled)
        self.kind_button.setEnabled(has_table and column >= 0)
        self.cover_button.setEnabled(has_table and current.isValid())
        self.import_button.setEnabled(editor.event_id() is not None)
        if has_table and column >= 0:
            kind = model.columns()[column].kind
            self.kind_actions[kind].setChecked(True)
            self.kind_button.setIcon(self._kind_icons[kind])

    # --- coverage -----------------------------------------------------------------------

    def fill_cover_menu(self) -> None:
        """The event's articles, ticked when they cover the current row's session."""
        editor = self.editor
        menu = self.cover_menu
        menu.clear()
        index = self.ui.tableView.currentIndex()
        event_id = editor.event_id()
        if event_id is None or not index.isValid():
            menu.addAction(self.tr("Choose a row first")).setEnabled(False)
            return
        row = index.row()
        try:
            articles = event_articles(editor.db, event_id)
        except HadathError as error:
            menu.addAction(translated_error(error)).setEnabled(False)
            return
        editor.model.set_article_titles({article.id: article.title for article in articles})
        if not articles:
            menu.addAction(self.tr("This event has no articles yet")).setEnabled(False)
            return
        covering = set(editor.model.articles(row))
        for article in articles:
            action = menu.addAction(article.title or self.tr("Untitled article"))
            action.setCheckable(True)
            action.setChecked(article.id in covering)
            action.triggered.connect(
                lambda checked, a=article.id, r=row: self._run(lambda: editor.set_covered(r, a, checked))
            )

    # --- context menus -----------------------------------------------------------------

    def _row_actions(self, menu: QMenu) -> None:
        ui = self.ui
        for action in (ui.actionAddRow, ui.actionRemoveRows, ui.actionClearCells, ui.actionMoveUp, ui.actionMoveDown):
            menu.addAction(action)
        menu.addSeparator()
        menu.addMenu(self.cover_menu)

    def _column_actions(self, menu: QMenu) -> None:
        ui = self.ui
        menu.addAction(ui.actionSortAscending)
        menu.addAction(ui.actionSortDescending)
        menu.addSeparator()
        menu.addAction(ui.actionAddColumn)
        menu.addAction(ui.actionRenameColumn)
        menu.addMenu(self.kind_menu)
        menu.addAction(ui.actionMoveColumnEarlier)
        menu.addAction(ui.actionMoveColumnLater)
        menu.addAction(ui.actionRemoveColumn)

    def _popup(self, menu: QMenu, widget: QWidget, point: QPoint) -> None:
        self.update_enabled()
        menu.popup(widget.mapToGlobal(point))

    def cell_menu_at(self, point: QPoint) -> None:
        if self.editor.snapshot() is None:
            return
        menu = QMenu(self.editor)
        self._row_actions(menu)
        menu.addSeparator()
        self._column_actions(menu)
        menu.addSeparator()
        menu.addAction(self.ui.actionPasteTable)
        menu.addMenu(self.import_menu)
        menu.addAction(self.ui.actionExportCsv)
        self._popup(menu, self.ui.tableView.viewport(), point)

    def row_menu_at(self, point: QPoint) -> None:
        editor = self.editor
        header = self.ui.tableView.verticalHeader()
        row = header.logicalIndexAt(point)
        if editor.snapshot() is None or row < 0:
            return
        view = self.ui.tableView
        flags = QItemSelectionModel.SelectionFlag
        # Explicit flags: selectRow() would extend the selection while a modifier is held.
        # A row already selected keeps the selection; it only becomes the current row
        # ("Covered by" acts on it).
        keep = row in editor.selected_rows()
        view.selectionModel().setCurrentIndex(
            editor.model.index(row, max(editor.current_column(), 0)),
            flags.NoUpdate if keep else flags.ClearAndSelect | flags.Rows,
        )
        menu = QMenu(editor)
        self._row_actions(menu)
        self._popup(menu, header, point)

    def column_menu_at(self, point: QPoint) -> None:
        editor = self.editor
        header = self.ui.tableView.horizontalHeader()
        column = header.logicalIndexAt(point)
        if editor.snapshot() is None or column < 0:
            return
        view = self.ui.tableView
        current = view.currentIndex()
        view.setCurrentIndex(editor.model.index(max(current.row(), 0), column))
        menu = QMenu(editor)
        self._column_actions(menu)
        self._popup(menu, header, point)
