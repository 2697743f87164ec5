""""New article from event": choose a template, the key-issues list and whether the
fact box is linked; the article is created by `store.from_event`."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.fact_box import dateline
from desktop_app.core.templates import TEMPLATES, skeleton
from desktop_app.gui.forms.new_article_dialog_ui import Ui_NewArticleDialog
from desktop_app.store import topics
from desktop_app.store.database import Database
from desktop_app.store.events import EventRecord


class NewArticleDialog(QDialog):
    def __init__(self, db: Database, event: EventRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = event
        self.ui = Ui_NewArticleDialog()
        self.ui.setupUi(self)
        ui = self.ui
        names = {
            "curtain_raiser": self.tr("Curtain-raiser (before it opens)"),
            "opening_day": self.tr("Opening day"),
            "day_wrap_up": self.tr("Day wrap-up"),
            "closing": self.tr("Closing"),
        }
        for template in TEMPLATES:
            ui.templateCombo.addItem(names[template], template)
        ui.issuesCombo.addItem(self.tr("None"), None)
        for summary in topics.list_lists(db, event_id=event.id):
            ui.issuesCombo.addItem(summary.title or self.tr("Untitled list"), summary.id)
        ui.issuesCombo.setCurrentIndex(1 if ui.issuesCombo.count() > 1 else 0)
        ui.introLabel.setText(
            self.tr("A new article about “{event}”, in the event's coverage language.").format(event=event.title)
        )
        ui.templateCombo.currentIndexChanged.connect(self._preview)
        self._preview()

    def _preview(self) -> None:
        words = skeleton(self.template, self.record.language)
        title = words.title.format(event=self.record.title)
        opening = dateline(self.record.city, self.record.language)
        self.ui.previewLabel.setText(
            self.tr("Title: {title}\nOpens with: {dateline}…").format(title=title, dateline=opening.strip())
            if opening
            else self.tr("Title: {title}\nNo dateline: the event has no city.").format(title=title)
        )

    @property
    def template(self) -> str:
        return str(self.ui.templateCombo.currentData())

    @property
    def issues_list_id(self) -> int | None:
        value = self.ui.issuesCombo.currentData()
        return None if value is None else int(value)

    @property
    def with_fact_box(self) -> bool:
        return self.ui.factBoxCheck.isChecked()
