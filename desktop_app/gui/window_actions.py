"""The main window's actions (laid out in ui/main_window.ui): their shortcuts and icons,
the undo and redo of the window's undo group, what each one runs, and which are enabled
for what the window shows."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.gui import window_help
from desktop_app.gui.icons import themed_icon

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        ui = window.ui
        key = QKeySequence.StandardKey
        ui.actionNew.setShortcut(key.New)
        ui.actionImport.setShortcut(key.Open)
        ui.actionExport.setShortcut(QKeySequence("Ctrl+E"))
        ui.actionCopyForCms.setShortcut(QKeySequence("Ctrl+Shift+C"))
        ui.actionPreviewInBrowser.setShortcut(QKeySequence("Ctrl+Shift+P"))
        ui.actionQuit.setShortcut(key.Quit)
        ui.actionBold.setShortcut(key.Bold)
        ui.actionItalic.setShortcut(key.Italic)
        ui.actionLink.setShortcut(QKeySequence("Ctrl+K"))
        ui.actionParagraph.setShortcut(QKeySequence("Ctrl+0"))
        ui.actionHeading2.setShortcut(QKeySequence("Ctrl+2"))
        ui.actionHeading3.setShortcut(QKeySequence("Ctrl+3"))
        ui.actionHeading4.setShortcut(QKeySequence("Ctrl+4"))
        ui.actionBulletList.setShortcut(QKeySequence("Ctrl+Shift+8"))
        ui.actionNumberedList.setShortcut(QKeySequence("Ctrl+Shift+7"))
        ui.actionQuote.setShortcut(QKeySequence("Ctrl+Shift+9"))
        ui.actionInsertTable.setShortcut(QKeySequence("Ctrl+Alt+T"))
        ui.actionInsertTopics.setShortcut(QKeySequence("Ctrl+Alt+L"))
        ui.actionFlipDirection.setShortcut(QKeySequence("Ctrl+Shift+X"))
        ui.actionRename.setShortcut(QKeySequence("F2"))
        ui.actionHistory.setShortcut(QKeySequence("Ctrl+Shift+H"))
        icons = {
            ui.actionNew: ("fa6s.file-circle-plus", False),
            ui.actionImport: ("fa6s.file-import", True),
            ui.actionExport: ("fa6s.file-export", True),
            ui.actionCopyForCms: ("fa6s.clipboard", False),
            ui.actionPreviewInBrowser: ("fa6s.globe", False),
            ui.actionExportEvent: ("fa6s.file-zipper", False),
            ui.actionBold: ("fa6s.bold", False),
            ui.actionItalic: ("fa6s.italic", False),
            ui.actionLink: ("fa6s.link", False),
            ui.actionHeading2: ("fa6s.heading", False),
            ui.actionBulletList: ("fa6s.list-ul", True),
            ui.actionNumberedList: ("fa6s.list-ol", True),
            ui.actionQuote: ("fa6s.quote-right", True),
            ui.actionInsertTable: ("fa6s.table", False),
            ui.actionInsertTopics: ("fa6s.list-check", True),
            ui.actionFlipDirection: ("fa6s.right-left", False),
            ui.actionDelete: ("fa6s.trash-can", False),
        }
        for action, (name, directional) in icons.items():
            action.setIcon(themed_icon(name, window, directional=directional))
        undo = window.undo_group.createUndoAction(window, self.tr("Undo"))
        redo = window.undo_group.createRedoAction(window, self.tr("Redo"))
        undo.setShortcut(key.Undo)
        redo.setShortcut(key.Redo)
        undo.setIcon(themed_icon("fa6s.rotate-left", window, directional=True))
        redo.setIcon(themed_icon("fa6s.rotate-right", window, directional=True))
        self.undo, self.redo = undo, redo
        ui.menuEdit.addAction(undo)
        ui.menuEdit.addAction(redo)
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(ui.actionPreferences)
        ui.actionPreferences.setShortcut(QKeySequence("Ctrl+,"))
        ui.actionPreferences.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: in the app menu
        ui.actionUserGuide.setShortcut(key.HelpContents)
        ui.actionShortcuts.setShortcut(QKeySequence("Ctrl+/"))
        ui.actionPreferences.triggered.connect(lambda: window_help.show_preferences(window))
        ui.actionUserGuide.triggered.connect(lambda: window_help.show_user_guide(window))
        ui.actionShortcuts.triggered.connect(lambda: window_help.show_shortcuts(window))
        ui.toolBar.insertAction(ui.actionBold, undo)
        ui.toolBar.insertAction(ui.actionBold, redo)
        ui.toolBar.insertSeparator(ui.actionBold)
        exports, events, safety = window.exports, window.events, window.safety
        ui.actionNew.triggered.connect(window.new_article)
        ui.actionImport.triggered.connect(window.import_files)
        ui.actionExport.triggered.connect(exports.export_current)
        ui.actionCopyForCms.triggered.connect(exports.copy_for_cms)
        ui.actionPreviewInBrowser.triggered.connect(lambda: exports.preview_in_browser())
        ui.actionExportEvent.triggered.connect(lambda: exports.export_event())
        # Imported when used: the backup code is not needed for the first paint.
        backups = "desktop_app.gui.backups_dialog"
        ui.actionBackUpNow.triggered.connect(lambda: importlib.import_module(backups).back_up_now(window))
        ui.actionBackups.triggered.connect(lambda: importlib.import_module(backups).show_backups(window))
        ui.actionQuit.triggered.connect(window.close)
        ui.actionAbout.triggered.connect(lambda: window_help.show_about(window))
        ui.actionRename.triggered.connect(window.rename_article)
        ui.actionDuplicate.triggered.connect(window.duplicate_article)
        ui.actionDelete.triggered.connect(window.delete_current)
        ui.actionTrash.triggered.connect(safety.show_trash)
        ui.actionTrash.setIcon(themed_icon("fa6s.trash-arrow-up", window))
        ui.actionHistory.triggered.connect(safety.show_history)
        ui.actionInsertTable.triggered.connect(window.insert_table)
        ui.actionInsertTopics.triggered.connect(window.insert_topics)
        ui.actionNewEvent.triggered.connect(events.new_event)
        ui.actionNewFromEvent.triggered.connect(lambda: events.new_article_from_event())
        ui.actionInsertFromEvent.triggered.connect(events.insert_from_event)
        ui.actionShowEvent.triggered.connect(events.show_article_event)
        ui.actionNewEvent.setIcon(themed_icon("fa6s.calendar-plus", window))
        ui.actionInsertFromEvent.setIcon(themed_icon("fa6s.link", window))
        ui.actionShowEvent.setIcon(themed_icon("fa6s.calendar-days", window))
        text_commands = {
            ui.actionParagraph: lambda e: e.set_heading(None),
            ui.actionHeading2: lambda e: e.set_heading(2),
            ui.actionHeading3: lambda e: e.set_heading(3),
            ui.actionHeading4: lambda e: e.set_heading(4),
            ui.actionBulletList: lambda e: e.set_list(False),
            ui.actionNumberedList: lambda e: e.set_list(True),
            ui.actionQuote: lambda e: e.set_quote(True),
            ui.actionBold: lambda e: e.toggle_bold(),
            ui.actionItalic: lambda e: e.toggle_italic(),
            ui.actionLink: lambda e: e.edit_link(),
            ui.actionFlipDirection: lambda e: e.toggle_paragraph_direction(),
        }
        for action, command in text_commands.items():
            action.triggered.connect(lambda _=False, c=command: self._on_text_editor(c))
        for action in (ui.actionNew, ui.actionNewEvent, ui.actionRename, ui.actionDuplicate, ui.actionDelete):
            ui.libraryTree.addAction(action)
        self.update()

    def _editing_actions(self) -> list[QAction]:
        ui = self._window.ui
        return [
            ui.actionExport, ui.actionCopyForCms, ui.actionPreviewInBrowser, ui.actionRename, ui.actionDuplicate,
            ui.actionDelete, ui.actionHistory, ui.actionParagraph, ui.actionHeading2, ui.actionHeading3,
            ui.actionHeading4, ui.actionBulletList, ui.actionNumberedList, ui.actionQuote,
            ui.actionInsertTable, ui.actionInsertTopics, ui.actionBold, ui.actionItalic,
            ui.actionLink, ui.actionFlipDirection,
        ]

    def update(self) -> None:
        """Enable what applies to what the window shows: an article, an event's sheet, or nothing."""
        window = self._window
        sheet_shown = window.events.sheet_shown()
        editing = window.record is not None and not sheet_shown
        for action in self._editing_actions():
            action.setEnabled(editing)
        has_event = editing and window.record is not None and window.record.event_id is not None
        window.ui.actionInsertFromEvent.setEnabled(has_event)
        window.ui.actionShowEvent.setEnabled(has_event)
        window.ui.actionNewFromEvent.setEnabled(has_event or sheet_shown)
        window.ui.actionExportEvent.setEnabled(has_event or sheet_shown)

    def _on_text_editor(self, command: Any) -> None:
        column = self._window.column
        editor = column.current_text_editor() if column else None
        if editor is not None:
            command(editor)
            editor.setFocus()
