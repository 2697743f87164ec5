"""The inspector: an article's metadata (title, slug, summary, keyphrase, language,
direction, status, event), edited beside the text and saved as the reporter leaves a field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from desktop_app.gui.forms.main_window_ui import Ui_MainWindow
from desktop_app.store.records import ArticleRecord, EventSummary

# Search engines cut meta descriptions at about this many characters.
SUMMARY_LIMIT = 155


class Inspector(QObject):
    """Binds the inspector widgets of the main window; emits only real changes."""

    metadata_changed = Signal(dict)

    def __init__(self, ui: Ui_MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._record: ArticleRecord | None = None
        self._loading = False
        self._fill_choices()
        ui.titleEdit.editingFinished.connect(lambda: self._emit("title", ui.titleEdit.text().strip()))
        ui.slugEdit.editingFinished.connect(lambda: self._emit("slug", ui.slugEdit.text().strip()))
        ui.keyphraseEdit.editingFinished.connect(
            lambda: self._emit("focus_keyphrase", ui.keyphraseEdit.text().strip())
        )
        ui.summaryEdit.textChanged.connect(self._update_count)
        ui.languageCombo.currentIndexChanged.connect(lambda: self._emit_combo("language", ui.languageCombo))
        ui.directionCombo.currentIndexChanged.connect(lambda: self._emit_combo("direction", ui.directionCombo))
        ui.statusCombo.currentIndexChanged.connect(lambda: self._emit_combo("status", ui.statusCombo))
        ui.eventCombo.currentIndexChanged.connect(lambda: self._emit_combo("event_id", ui.eventCombo))

    def _fill_choices(self) -> None:
        for code, name in (("ar", self.tr("Arabic")), ("fr", self.tr("French")), ("en", self.tr("English"))):
            self.ui.languageCombo.addItem(name, code)
        for code, name in (
            ("rtl", self.tr("Right to left")),
            ("ltr", self.tr("Left to right")),
            ("auto", self.tr("From the text")),
        ):
            self.ui.directionCombo.addItem(name, code)
        for code, name in (
            ("draft", self.tr("Draft")),
            ("ready", self.tr("Ready")),
            ("published", self.tr("Published")),
        ):
            self.ui.statusCombo.addItem(name, code)

    def set_enabled(self, enabled: bool) -> None:
        self.ui.inspectorPanel.setEnabled(enabled)

    def load(self, record: ArticleRecord | None, events: list[EventSummary]) -> None:
        self._loading = True
        self._record = record
        ui = self.ui
        ui.eventCombo.clear()
        ui.eventCombo.addItem(self.tr("No event"), None)
        for event in events:
            ui.eventCombo.addItem(event.title, event.id)
        if record is None:
            for line in (ui.titleEdit, ui.slugEdit, ui.keyphraseEdit):
                line.clear()
            ui.summaryEdit.clear()
        else:
            ui.titleEdit.setText(record.title)
            ui.slugEdit.setText(record.slug)
            ui.summaryEdit.setPlainText(record.summary)
            ui.keyphraseEdit.setText(record.focus_keyphrase)
            _select(ui.languageCombo, record.language)
            _select(ui.directionCombo, record.direction)
            _select(ui.statusCombo, record.status)
            _select(ui.eventCombo, record.event_id)
        self.set_enabled(record is not None)
        self._loading = False
        self._update_count()

    def flush_summary(self) -> None:
        """The summary is multi-line, so it is saved when the reporter leaves the article."""
        self._emit("summary", self.ui.summaryEdit.toPlainText().strip())

    def _update_count(self) -> None:
        count = len(self.ui.summaryEdit.toPlainText().strip())
        label = self.tr("%n character(s)", "", count)
        if count > SUMMARY_LIMIT:
            label += " — " + self.tr("search engines show about {limit}").format(limit=SUMMARY_LIMIT)
        self.ui.summaryCount.setText(label)

    def _emit_combo(self, field: str, combo: QComboBox) -> None:
        self._emit(field, combo.currentData())

    def _emit(self, field: str, value: Any) -> None:
        if self._loading or self._record is None:
            return
        if getattr(self._record, field) == value or (field == "title" and not value):
            return
        self.metadata_changed.emit({field: value})


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))
