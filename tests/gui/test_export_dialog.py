from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from desktop_app.core.export.publish import ExportOptions
from desktop_app.gui.export_dialog import ExportDialog, default_options, remember_options, remembered_options
from desktop_app.store.publishing import export_article_of


@pytest.fixture
def dialog(qtbot, database, sample_id, isolated_settings):
    widget = ExportDialog(export_article_of(database, sample_id), sample_id)
    qtbot.addWidget(widget)
    return widget


def test_preview_follows_the_options(dialog):
    ui = dialog.ui
    assert dialog.options() == ExportOptions()
    assert dialog.update_preview().startswith("<!DOCTYPE html>")
    assert "<style>…</style>" in dialog.update_preview()  # folded: the article shows
    assert "<h1>" in dialog.update_preview()
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("markdown"))
    assert ui.frontMatterCheck.isEnabled() and not ui.browserButton.isEnabled()
    ui.frontMatterCheck.setChecked(True)
    assert dialog.update_preview().startswith("---\ntitle: ")
    ui.digitsCombo.setCurrentIndex(ui.digitsCombo.findData("arabic-indic"))
    assert "الدورة ٩٣" in dialog.update_preview()
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("wordpress"))
    assert not ui.frontMatterCheck.isEnabled()
    assert dialog.options().front_matter is False
    assert dialog.update_preview().startswith("<!-- wp:")
    assert "more line" in dialog.update_preview()  # the sample is longer than the preview


def test_no_fact_box_to_leave_out_when_the_article_shows_none(dialog):
    assert not dialog.ui.factBoxCheck.isEnabled()


def test_choice_is_remembered_per_article(dialog, sample_id):
    ui = dialog.ui
    ui.formatCombo.setCurrentIndex(ui.formatCombo.findData("fragment"))
    ui.titleCheck.setChecked(False)
    ui.clipboardRadio.setChecked(True)
    assert ui.buttonBox.button(ui.buttonBox.StandardButton.Ok).text() == "Copy"
    dialog.accept()
    again = remembered_options(sample_id)
    assert (again.format, again.include_title) == ("fragment", False)
    assert remembered_options(sample_id + 1) == ExportOptions()


def test_damaged_remembered_choice_falls_back_to_defaults(isolated_settings):
    from PySide6.QtCore import QSettings

    QSettings().setValue("export/5", "{not json")
    assert remembered_options(5) == ExportOptions()
    QSettings().setValue("export/6", '{"format": "pdf"}')
    assert remembered_options(6) == ExportOptions()
    remember_options(7, ExportOptions(format="markdown", digits="western"))
    assert remembered_options(7).digits == "western"


def test_export_dialog_saves_a_file(window, sample_id, monkeypatch, tmp_path: Path):
    assert window.open_article(sample_id)

    def accept(dialog: ExportDialog) -> int:
        dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("markdown"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    target = tmp_path / "out.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.exports.export_current()
    assert target.read_text(encoding="utf-8").startswith("# انطلاق")


def test_copy_for_cms_puts_html_and_plain_text_on_the_clipboard(window, sample_id):
    assert window.open_article(sample_id)
    assert window.exports.copy_for_cms()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert mime.html().startswith('<div lang="ar" dir="rtl">')
    assert "class=" not in mime.html()
    assert "<" not in mime.text() and "انطلاق الدورة 93" in mime.text()


def test_the_preferred_digits_are_the_first_export_s_and_copy_for_cms_s(window, sample_id, monkeypatch):
    window.preferences = replace(window.preferences, digit_style="arabic-indic")
    assert window.open_article(sample_id)
    shown: list[str] = []

    def look(dialog: ExportDialog) -> int:
        shown.append(dialog.ui.digitsCombo.currentData())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", look)
    assert not window.exports.export_current()
    assert shown == ["arabic-indic"]
    assert window.exports.copy_for_cms()
    assert "الدورة ٩٣" in QApplication.clipboard().mimeData().text()
    # A choice made for this article wins over the preference.
    remember_options(sample_id, ExportOptions(digits="western"))
    assert window.exports.export_current() is False and shown[-1] == "western"


def test_remembered_options_fall_back_to_the_given_defaults(isolated_settings):
    from PySide6.QtCore import QSettings

    preferred = default_options("arabic-indic")
    assert remembered_options(41, preferred) == preferred
    QSettings().setValue("export/42", "{not json")
    assert remembered_options(42, preferred).digits == "arabic-indic"
    assert default_options("roman") == ExportOptions()


def test_markdown_to_the_clipboard_is_text(window, sample_id):
    assert window.open_article(sample_id)
    article = window.exports.current_article()
    assert window.exports.copy_export(article, ExportOptions(format="markdown"))
    mime = QApplication.clipboard().mimeData()
    assert not mime.hasHtml() and mime.text().startswith("# ")


def test_preview_in_the_browser_writes_a_page_and_opens_it(window, sample_id, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert window.open_article(sample_id)
    path = window.exports.preview_in_browser(ExportOptions(format="markdown", digits="arabic-indic"))
    assert path is not None and path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "٩٣" in path.read_text(encoding="utf-8")
    assert opened and opened[0].toLocalFile() == str(path)


def test_export_event_opens_the_bundle_dialog(window, database, monkeypatch):
    from desktop_app.store.events import create_event

    event_id = create_event(database, "الدورة 93")
    from desktop_app.gui.event.bundle_export_dialog import BundleExportDialog

    shown = []
    monkeypatch.setattr(BundleExportDialog, "exec", lambda self: shown.append(self) or 0)
    assert window.events.show_event(event_id)
    assert window.ui.actionExportEvent.isEnabled()
    window.events.sheet.ui.exportButton.click()
    assert len(shown) == 1
