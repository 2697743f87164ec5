"""The export dialog: format, digits, what to include, file or clipboard, with a live
preview of the result's first lines. The choice is remembered per article."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, fields
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.errors import HadathError
from desktop_app.core.export.publish import DIGIT_STYLES, EXPORT_FORMATS, ExportArticle, ExportOptions, export_article
from desktop_app.gui.forms.export_dialog_ui import Ui_ExportDialog
from desktop_app.i18n import translated_error

PREVIEW_LINES = 40
_STYLE = re.compile(r"<style>.*?</style>", re.DOTALL)


def _settings_key(article_id: int) -> str:
    return f"export/{article_id}"


def default_options(digits: str = "as_typed") -> ExportOptions:
    """The first export of an article: the digits the Preferences name, the rest as built in."""
    return ExportOptions(digits=digits if digits in DIGIT_STYLES else "as_typed")


def remembered_options(article_id: int, defaults: ExportOptions | None = None) -> ExportOptions:
    """The options last used for this article (`defaults` the first time)."""
    defaults = defaults or ExportOptions()
    raw = QSettings().value(_settings_key(article_id))
    if not isinstance(raw, str):
        return defaults
    try:
        stored: dict[str, Any] = json.loads(raw)
        known = {field.name for field in fields(ExportOptions)}
        options = ExportOptions(**{name: value for name, value in stored.items() if name in known})
    except (ValueError, TypeError):
        return defaults
    if options.format not in EXPORT_FORMATS or options.digits not in DIGIT_STYLES:
        return defaults
    return options


def remember_options(article_id: int, options: ExportOptions) -> None:
    QSettings().setValue(_settings_key(article_id), json.dumps(asdict(options)))


class ExportDialog(QDialog):
    browser_preview_requested = Signal(object)  # ExportOptions

    def __init__(
        self,
        article: ExportArticle,
        article_id: int,
        parent: QWidget | None = None,
        *,
        defaults: ExportOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.article = article
        self.article_id = article_id
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        formats = {
            "html": self.tr("HTML page"),
            "fragment": self.tr("HTML fragment for a CMS"),
            "markdown": self.tr("Markdown"),
            "wordpress": self.tr("WordPress blocks"),
        }
        for name in EXPORT_FORMATS:
            ui.formatCombo.addItem(formats[name], name)
        digits = {
            "as_typed": self.tr("As typed"),
            "western": self.tr("Western (0–9)"),
            "arabic-indic": self.tr("Arabic-Indic (٠–٩)"),
        }
        for style in DIGIT_STYLES:
            ui.digitsCombo.addItem(digits[style], style)
        ui.factBoxCheck.setEnabled(bool(article.fact_box_ids))
        if not article.fact_box_ids:
            ui.factBoxCheck.setToolTip(self.tr("This article shows no fact box of its event"))
        # The preview is code: a fixed-pitch font, laid out left to right like an editor.
        ui.previewEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        ui.previewEdit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._preview_timer = QTimer(self, singleShot=True, interval=120)
        self._preview_timer.timeout.connect(self.update_preview)
        self.set_options(remembered_options(article_id, defaults))
        for combo in (ui.formatCombo, ui.digitsCombo):
            combo.currentIndexChanged.connect(self._changed)
        for check in (ui.titleCheck, ui.summaryCheck, ui.factBoxCheck, ui.frontMatterCheck):
            check.toggled.connect(self._changed)
        ui.fileRadio.toggled.connect(self._changed)
        ui.browserButton.clicked.connect(lambda: self.browser_preview_requested.emit(self.options()))
        self._changed()
        self._preview_timer.stop()  # the first preview is rendered now, not once more later
        self.update_preview()

    def set_options(self, options: ExportOptions) -> None:
        ui = self.ui
        ui.formatCombo.setCurrentIndex(max(0, ui.formatCombo.findData(options.format)))
        ui.digitsCombo.setCurrentIndex(max(0, ui.digitsCombo.findData(options.digits)))
        ui.titleCheck.setChecked(options.include_title)
        ui.summaryCheck.setChecked(options.include_summary)
        ui.factBoxCheck.setChecked(options.include_fact_box)
        ui.frontMatterCheck.setChecked(options.front_matter)

    def options(self) -> ExportOptions:
        ui = self.ui
        return ExportOptions(
            format=ui.formatCombo.currentData(),
            digits=ui.digitsCombo.currentData(),
            include_title=ui.titleCheck.isChecked(),
            include_summary=ui.summaryCheck.isChecked(),
            include_fact_box=ui.factBoxCheck.isChecked(),
            front_matter=ui.frontMatterCheck.isChecked() and ui.formatCombo.currentData() == "markdown",
        )

    @property
    def to_clipboard(self) -> bool:
        return self.ui.clipboardRadio.isChecked()

    def _changed(self) -> None:
        ui = self.ui
        markdown = ui.formatCombo.currentData() == "markdown"
        ui.frontMatterCheck.setEnabled(markdown)
        ui.browserButton.setEnabled(ui.formatCombo.currentData() in ("html", "fragment", "wordpress"))
        ok = ui.buttonBox.button(ui.buttonBox.StandardButton.Ok)
        ok.setText(self.tr("Copy") if self.to_clipboard else self.tr("Save…"))
        self._preview_timer.start()

    def update_preview(self) -> str:
        """The result's first lines (a 50,000-word article takes a fraction of a second)."""
        try:
            text = export_article(self.article, self.options())
        except HadathError as error:
            self.ui.previewEdit.setPlainText(translated_error(error))
            return ""
        # The page's stylesheet is the same for every article: fold it, so the preview
        # shows the article.
        text = _STYLE.sub("<style>…</style>", text)
        lines = text.splitlines()
        shown = "\n".join(lines[:PREVIEW_LINES])
        if len(lines) > PREVIEW_LINES:
            shown += "\n" + self.tr("… %n more line(s)", "", len(lines) - PREVIEW_LINES)
        self.ui.previewEdit.setPlainText(shown)
        return shown

    def accept(self) -> None:
        remember_options(self.article_id, self.options())
        super().accept()
