"""The preview shown before a CSV/TSV file becomes agenda rows: what the file holds, how
it was read (separator, header, encoding), and any reason it cannot be imported.

Reading is `core.table_io` and `core.textfile`; the dialog only lets the reporter overrule
the two guesses (the separator and whether the first row is the header) and shows the
result. A file that cannot be read leaves the dialog open on its message, OK disabled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from desktop_app.core.arabic import dominant_direction, isolate_ltr
from desktop_app.core.errors import InputError
from desktop_app.core.table_io import TablePreview, read_delimited
from desktop_app.core.textfile import read_text_file
from desktop_app.gui.forms.csv_import_dialog_ui import Ui_CsvImportDialog
from desktop_app.i18n import translated_error

PREVIEW_ROWS = 20
# The byte-order marks `core.textfile` accepts, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xef\xbb\xbf", "UTF-8"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def encoding_name(data: bytes) -> str:
    """The encoding `core.textfile.decode_bytes` read these bytes with (they decoded)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "Windows-1256"
    return "UTF-8"


class CsvImportDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CsvImportDialog()
        self.ui.setupUi(self)
        self.path = path
        self._text = ""
        self._preview: TablePreview | None = None
        self._error = ""
        self._encoding = ""
        self._model = QStandardItemModel(self)
        self.ui.previewView.setModel(self._model)
        self.ui.previewView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.previewView.horizontalHeader().setStretchLastSection(True)
        self.ui.fileLabel.setText(self.tr("File: %1").replace("%1", isolate_ltr(str(path))))
        combo = self.ui.delimiterCombo
        combo.addItem(self.tr("Comma ( , )"), ",")
        combo.addItem(self.tr("Semicolon ( ; )"), ";")
        combo.addItem(self.tr("Tab"), "\t")
        error_palette = self.ui.errorLabel.palette()
        error_palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.red)
        self.ui.errorLabel.setPalette(error_palette)
        self._load()
        combo.currentIndexChanged.connect(self._delimiter_changed)
        self.ui.headerCheck.toggled.connect(self._header_toggled)

    # --- what the caller reads back -------------------------------------------------

    def preview(self) -> TablePreview | None:
        """The file as it will be imported (separator and header as chosen), or None
        when it cannot be read."""
        return self._preview

    def header(self) -> tuple[str, ...]:
        return self._preview.header if self._preview is not None else ()

    def rows(self) -> tuple[tuple[str, ...], ...]:
        return self._preview.body if self._preview is not None else ()

    def error(self) -> str:
        """The message shown when the file cannot be imported ("" when it can)."""
        return self._error

    def encoding(self) -> str:
        return self._encoding

    def delimiter(self) -> str:
        return str(self.ui.delimiterCombo.currentData())

    # --- reading --------------------------------------------------------------------

    def _load(self) -> None:
        try:
            self._text = read_text_file(self.path)
            self._encoding = encoding_name(self.path.read_bytes())
            preview = read_delimited(self._text, name=self.path.name)
        except InputError as error:
            self._fail(translated_error(error))
            return
        except OSError as error:  # the file vanished between the two reads
            self._fail(error.strerror or str(error))
            return
        self.ui.encodingLabel.setText(self._encoding)
        combo = self.ui.delimiterCombo
        index = combo.findData(preview.delimiter)
        if index < 0:  # an Excel "sep=|" line names another separator: offer it too
            combo.addItem(self.tr("“%1”").replace("%1", preview.delimiter), preview.delimiter)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        self._show(preview)

    def _fail(self, message: str, *, unreadable: bool = True) -> None:
        """Show why nothing can be imported; an unreadable file leaves nothing to choose."""
        self._preview = None
        self._error = message
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)
        self.ui.delimiterCombo.setEnabled(not unreadable)
        self.ui.headerCheck.setEnabled(not unreadable)
        self.ui.encodingLabel.setText(self._encoding or "—")
        self._model.clear()
        self.ui.summaryLabel.setText("")
        self._update_ok()

    def _delimiter_changed(self) -> None:
        if not self._text:
            return
        try:
            preview = read_delimited(self._text, name=self.path.name, delimiter=self.delimiter())
        except InputError as error:
            self._fail(translated_error(error), unreadable=False)
            return
        self._show(preview)

    def _header_toggled(self, checked: bool) -> None:
        if self._preview is not None:
            self._show(self._preview.with_header(checked))

    def _show(self, preview: TablePreview) -> None:
        self._preview = preview
        self._error = ""
        self.ui.errorLabel.clear()
        self.ui.errorLabel.setVisible(False)
        check = self.ui.headerCheck
        check.blockSignals(True)
        check.setChecked(preview.has_header)
        check.blockSignals(False)
        self._model.clear()
        self._model.setColumnCount(preview.width)
        labels = [
            cell if preview.has_header and cell.strip() else self.tr("Column %1").replace("%1", str(index + 1))
            for index, cell in enumerate(preview.header)
        ]
        self._model.setHorizontalHeaderLabels(labels)
        for row in preview.body[:PREVIEW_ROWS]:
            items = []
            for cell in row:
                item = QStandardItem(cell)
                item.setEditable(False)
                items.append(item)
            self._model.appendRow(items)
        sample = "\n".join(" ".join(row) for row in preview.rows[:PREVIEW_ROWS])
        self.ui.previewView.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if dominant_direction(sample) == "rtl" else Qt.LayoutDirection.LeftToRight
        )
        self.ui.previewView.resizeColumnsToContents()
        rows = self.tr("%n row(s) to import", "", len(preview.body))
        columns = self.tr("%n column(s)", "", preview.width)
        shown = (
            self.tr("the first %n shown", "", PREVIEW_ROWS) if len(preview.body) > PREVIEW_ROWS else ""
        )
        self.ui.summaryLabel.setText(" · ".join(part for part in (rows, columns, shown) if part))
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._preview is not None and bool(self._preview.body))
