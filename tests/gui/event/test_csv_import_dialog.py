from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.gui.event.csv_import_dialog import PREVIEW_ROWS, CsvImportDialog, encoding_name

HEADER = "الوقت,الجلسة,المتحدث\n"
BODY = "09:00,افتتاح الدورة,حموشي\n10:30,الجريمة السيبرانية,فالديسي\n"


def _dialog(qtbot, tmp_path: Path, data: bytes, name: str = "programme.csv") -> CsvImportDialog:
    path = tmp_path / name
    path.write_bytes(data)
    dialog = CsvImportDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: CsvImportDialog) -> bool:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def _shown(dialog: CsvImportDialog) -> list[list[str]]:
    model = dialog.ui.previewView.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _headers(dialog: CsvImportDialog) -> list[str]:
    model = dialog.ui.previewView.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_comma(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path, (HEADER + BODY).encode("utf-8"))
    assert dialog.error() == "" and _ok(dialog)
    assert dialog.delimiter() == "," and dialog.ui.delimiterCombo.currentText().startswith("Comma")
    assert dialog.ui.headerCheck.isChecked()  # الوقت is a column name: the guess says header
    assert dialog.header() == ("الوقت", "الجلسة", "المتحدث")
    assert dialog.rows() == (("09:00", "افتتاح الدورة", "حموشي"), ("10:30", "الجريمة السيبرانية", "فالديسي"))
    assert _headers(dialog) == ["الوقت", "الجلسة", "المتحدث"]
    assert _shown(dialog)[0] == ["09:00", "افتتاح الدورة", "حموشي"]
    assert dialog.ui.encodingLabel.text() == "UTF-8"
    assert "2 row" in dialog.ui.summaryLabel.text() and "3 column" in dialog.ui.summaryLabel.text()
    assert dialog.ui.previewView.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_semicolon(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path, (HEADER + BODY).replace(",", ";").encode("utf-8"))
    assert dialog.delimiter() == ";" and dialog.rows()[1] == ("10:30", "الجريمة السيبرانية", "فالديسي")


def test_tab(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path, (HEADER + BODY).replace(",", "\t").encode("utf-8"), "programme.tsv")
    assert dialog.delimiter() == "\t" and dialog.ui.delimiterCombo.currentText() == "Tab"
    assert dialog.rows()[0] == ("09:00", "افتتاح الدورة", "حموشي")


def test_quoted_commas_stay_in_their_cell(qtbot, tmp_path):
    text = 'Time,Session,Speakers\n09:00,"Opening, welcome","Stock, Urquiza"\n10:00,"He said ""hello""",x\n'
    dialog = _dialog(qtbot, tmp_path, text.encode("utf-8"))
    assert dialog.rows() == (("09:00", "Opening, welcome", "Stock, Urquiza"), ("10:00", 'He said "hello"', "x"))
    assert dialog.ui.previewView.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_bom_is_not_part_of_the_first_header(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path, (HEADER + BODY).encode("utf-8-sig"))
    assert dialog.header()[0] == "الوقت"
    assert dialog.ui.encodingLabel.text() == "UTF-8"


def test_utf16_and_windows_1256(qtbot, tmp_path):
    assert _dialog(qtbot, tmp_path, (HEADER + BODY).encode("utf-16"), "a.csv").encoding() == "UTF-16"
    dialog = _dialog(qtbot, tmp_path, (HEADER + BODY).encode("cp1256"), "b.csv")
    assert dialog.encoding() == "Windows-1256" and dialog.ui.encodingLabel.text() == "Windows-1256"
    assert dialog.rows()[0][1] == "افتتاح الدورة"


def test_ragged_rows_are_padded(qtbot, tmp_path):
    text = "الوقت,الجلسة,المتحدث,القاعة\n09:00,افتتاح\n10:00,ندوة,حموشي,الكبرى\n"
    dialog = _dialog(qtbot, tmp_path, text.encode("utf-8"))
    assert dialog.rows() == (("09:00", "افتتاح", "", ""), ("10:00", "ندوة", "حموشي", "الكبرى"))
    assert _shown(dialog)[0] == ["09:00", "افتتاح", "", ""]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\n ", "only blank space"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image, not a text file"),
        (b"a,b\x00\x01\x02,c\n" * 10, "binary file"),
        (b"\xe9t\xe9,caf\xe9\n" * 3, "neither UTF-8 nor Windows-1256"),
    ],
    ids=["empty", "blank", "png", "binary", "undecodable"],
)
def test_unreadable_files_say_why_and_cannot_be_accepted(qtbot, tmp_path, data, message):
    dialog = _dialog(qtbot, tmp_path, data)
    assert message in dialog.error()
    assert dialog.ui.errorLabel.text() == dialog.error() and not dialog.ui.errorLabel.isHidden()
    assert not _ok(dialog)
    assert dialog.preview() is None and dialog.rows() == ()
    assert not dialog.ui.delimiterCombo.isEnabled() and not dialog.ui.headerCheck.isEnabled()


def test_missing_file(qtbot, tmp_path):
    dialog = CsvImportDialog(tmp_path / "nowhere.csv")
    qtbot.addWidget(dialog)
    assert "file not found" in dialog.error() and not _ok(dialog)


def test_changing_the_separator_reads_again(qtbot, tmp_path):
    text = "الوقت;الجلسة,الفرعية\n09:00;افتتاح,ترحيب\n10:00;ندوة,نقاش\n"
    dialog = _dialog(qtbot, tmp_path, text.encode("utf-8"))
    assert dialog.delimiter() == ";" and dialog.preview().width == 2
    dialog.ui.delimiterCombo.setCurrentIndex(dialog.ui.delimiterCombo.findData(","))
    assert dialog.preview().width == 2 and dialog.rows()[0] == ("09:00;افتتاح", "ترحيب")
    dialog.ui.delimiterCombo.setCurrentIndex(dialog.ui.delimiterCombo.findData("\t"))
    assert dialog.preview().width == 1 and _ok(dialog)


def test_the_header_box_overrules_the_guess(qtbot, tmp_path):
    text = "09:00,الجريمة السيبرانية العابرة للحدود,عبد اللطيف حموشي\n10:30,ندوة,فالديسي\n"
    dialog = _dialog(qtbot, tmp_path, text.encode("utf-8"))
    assert not dialog.ui.headerCheck.isChecked()  # a time in the first row: data, not names
    assert len(dialog.rows()) == 2 and _headers(dialog) == ["Column 1", "Column 2", "Column 3"]
    dialog.ui.headerCheck.setChecked(True)
    assert dialog.header() == ("09:00", "الجريمة السيبرانية العابرة للحدود", "عبد اللطيف حموشي")
    assert len(dialog.rows()) == 1 and len(_shown(dialog)) == 1
    assert _headers(dialog)[2] == "عبد اللطيف حموشي"
    dialog.ui.headerCheck.setChecked(False)
    assert len(dialog.rows()) == 2


def test_a_header_alone_leaves_nothing_to_import(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path, "الوقت,الجلسة\n".encode())
    assert not dialog.ui.headerCheck.isChecked() and _ok(dialog)  # one row: data
    dialog.ui.headerCheck.setChecked(True)
    assert dialog.rows() == () and not _ok(dialog)


def test_excel_sep_line_names_another_separator(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path, b"sep=|\na|b\nc|d\n")
    assert dialog.delimiter() == "|" and dialog.preview().width == 2


def test_only_the_first_rows_are_shown(qtbot, tmp_path):
    body = "".join(f"{8 + i % 10:02d}:00,جلسة {i}\n" for i in range(50))
    dialog = _dialog(qtbot, tmp_path, ("الوقت,الجلسة\n" + body).encode())
    assert len(dialog.rows()) == 50 and len(_shown(dialog)) == PREVIEW_ROWS
    assert "first 20" in dialog.ui.summaryLabel.text()


def test_encoding_names():
    assert encoding_name("نص".encode("utf-32")) == "UTF-32"
    assert encoding_name("نص".encode("utf-16-be")) == "UTF-8"  # no mark: only what decodes
    assert encoding_name("نص".encode()) == "UTF-8"
