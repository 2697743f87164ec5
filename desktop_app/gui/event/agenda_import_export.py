"""Tables into and out of the agenda table editor: a CSV or TSV file imported (through
`CsvImportDialog`, as a new table or as rows below the shown one), a table pasted from the
clipboard (Markdown, HTML, a spreadsheet's cells), the shown table exported as CSV. The
reading and writing are `core.table_io`'s; `AgendaImportExport` asks the reporter (which
file, a new table when the widths differ) and hands the table to the editor, whose
`create_table_from` and `append_rows` make the one undoable change.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop_app.core.document import TableBlock
from desktop_app.core.errors import HadathError

if TYPE_CHECKING:
    from desktop_app.gui.event.agenda_editor import AgendaTableEditor


class AgendaImportExport(QObject):
    """Import, paste and CSV export for an `AgendaTableEditor` (its parent, and the
    parent of its dialogs)."""

    def __init__(self, editor: AgendaTableEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def ask_import(self, new_table: bool) -> bool:
        editor = self.editor
        path, _ = QFileDialog.getOpenFileName(
            editor,
            self.tr("Import a table"),
            "",
            self.tr("Tables (*.csv *.tsv *.txt);;All files (*)"),
        )
        if not path:
            return False
        from desktop_app.gui.event.csv_import_dialog import CsvImportDialog

        dialog = CsvImportDialog(Path(path), editor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        preview = dialog.preview()
        if preview is None:
            return False
        block = preview.table_block()
        if new_table or editor.table_id() is None:
            return editor.create_table_from(block, Path(path).stem, self.tr("Import table"))
        return self._append_or_create(block, Path(path).stem, self.tr("Import rows"))

    def paste_table(self) -> bool:
        """Paste the clipboard's table: its rows go below the table's when the widths
        match; otherwise (or with no table shown) it may become a new table."""
        from desktop_app.core.table_io import table_from_pasted

        editor = self.editor
        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else ""
        block = table_from_pasted(text, html)
        if block is None:
            QMessageBox.information(
                editor,
                self.tr("Paste table"),
                self.tr("The clipboard holds no table. Copy a Markdown or HTML table, or cells of a spreadsheet."),
            )
            return False
        if editor.table_id() is None:
            return editor.create_table_from(block, "", self.tr("Paste table"))
        return self._append_or_create(block, "", self.tr("Paste table"))

    def _append_or_create(self, block: TableBlock, title: str, text: str) -> bool:
        editor = self.editor
        assert editor.table_id() is not None
        width = editor.model.columnCount()
        if block.width != width:
            answer = QMessageBox.question(
                editor,
                text,
                self.tr("The new rows have %1 columns but this table has %2. Make them a new table instead?")
                .replace("%1", str(block.width))
                .replace("%2", str(width)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return editor.create_table_from(block, title, text)
        rows = [[cell.text for cell in row] for row in block.rows]
        if not rows:
            return False
        return editor.append_rows(rows, text)

    def ask_export_csv(self) -> bool:
        snapshot = self.editor.snapshot()
        if snapshot is None:
            return False
        name = (snapshot.title.strip() or self.tr("table")).replace("/", "-") + ".csv"
        path, _ = QFileDialog.getSaveFileName(
            self.editor, self.tr("Export the table as CSV"), name, self.tr("CSV files (*.csv)")
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        return self.export_csv(target)

    def export_csv(self, path: Path) -> bool:
        """Write the table as CSV (UTF-8 with a BOM for Excel), atomically."""
        from desktop_app.core.table_io import write_csv
        from desktop_app.core.textfile import write_text_file

        snapshot = self.editor.snapshot()
        if snapshot is None:
            return False
        data = write_csv([column.header for column in snapshot.columns], [row.cells for row in snapshot.rows])
        try:
            # The bytes are UTF-8 with CRLF line ends; the writer keeps both as they are.
            write_text_file(path, data.decode("utf-8"))
        except HadathError as error:
            self.editor.show_error(error)
            return False
        return True
