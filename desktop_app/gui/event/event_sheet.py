"""The event sheet: an event's details, fact box, agenda tables, topic lists, coverage
and articles, edited as data. Every change goes to the store at once and is undoable on
the sheet's undo stack; changes to a table or list that articles link are announced
with `linked_source_changed` so the main window brings those articles up to date.
"Delete event…" moves the event with its tables and lists to the trash (its articles stay)
and says so with `event_trashed`: the sheet then shows nothing until another event."""

from __future__ import annotations

import zoneinfo
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem, QWidget

from desktop_app.core.errors import HadathError
from desktop_app.gui.forms.event_sheet_ui import Ui_EventSheet
from desktop_app.gui.icons import themed_icon
from desktop_app.i18n import translated_error
from desktop_app.locale_names import COVERAGE_LOCALES, locale_display_name, names_for
from desktop_app.store import events
from desktop_app.store.database import Database
from desktop_app.store.events import EventRecord
from desktop_app.store.fact_box import create_fact_box, fact_box_id, update_event_details

if TYPE_CHECKING:
    from desktop_app.gui.event.agenda_editor import AgendaTableEditor
    from desktop_app.gui.event.agenda_tables_panel import AgendaTablesPanel
    from desktop_app.gui.event.coverage_view import CoverageView
    from desktop_app.gui.event.topic_lists_panel import TopicListsPanel

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "No date"
TAB_FOR_KIND = {"table": "agendaTab", "topics": "topicsTab", "fact_box": "factBoxTab"}


@cache
def _time_zones() -> list[str]:
    return sorted(zoneinfo.available_timezones())


def _qdate(value: date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date | None:
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class _DetailsCommand(QUndoCommand):
    """A change of the event's details; the first redo already happened (the change was
    applied before it was pushed, so a refused change never reaches the stack)."""

    def __init__(self, sheet: EventSheet, before: dict[str, Any], after: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self._sheet, self._before, self._after = sheet, before, after
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._sheet.write_details(self._after)

    def undo(self) -> None:
        self._sheet.write_details(self._before)


class EventSheet(QWidget):
    article_chosen = Signal(int)
    new_article_requested = Signal(int)  # event id
    export_requested = Signal(int)  # event id
    # ("table" or "topics", id): its content changed; articles linking it must follow.
    linked_source_changed = Signal(str, int)
    event_changed = Signal(int)  # title or archived state: the library shows them
    event_trashed = Signal(int)  # event id: moved to the trash, the sheet shows nothing now

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.record: EventRecord | None = None
        self.fact_box_editor: AgendaTableEditor | None = None
        self.tables_panel: AgendaTablesPanel | None = None
        self.topics_panel: TopicListsPanel | None = None
        self.coverage_view: CoverageView | None = None
        self._loading = False
        self.ui = Ui_EventSheet()
        self.ui.setupUi(self)
        ui = self.ui
        font = QFont(ui.headingLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        palette = ui.errorLabel.palette()
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.red)
        ui.errorLabel.setPalette(palette)
        ui.newArticleButton.setIcon(themed_icon("fa6s.file-circle-plus", self))
        ui.createFactBoxButton.setIcon(themed_icon("fa6s.table", self))
        for edit in (ui.startDateEdit, ui.endDateEdit):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("No date"))
        ui.timeZoneCombo.addItem("")
        ui.timeZoneCombo.addItems(_time_zones())
        ui.digitsCombo.addItem(self.tr("As the coverage language writes them"), "auto")
        ui.digitsCombo.addItem(self.tr("Western (0–9)"), "western")
        ui.digitsCombo.addItem(self.tr("Arabic-Indic (٠–٩)"), "arabic-indic")
        for locale in COVERAGE_LOCALES:
            ui.localeCombo.addItem(f"{locale_display_name(locale)} — {locale}", locale)
        self._connect_fields()
        ui.newArticleButton.clicked.connect(self._new_article)
        ui.exportButton.setIcon(themed_icon("fa6s.file-zipper", self))
        ui.exportButton.clicked.connect(self._export)
        ui.tabs.currentChanged.connect(self._tab_changed)
        ui.archiveButton.clicked.connect(self.toggle_archived)
        ui.deleteEventButton.setIcon(themed_icon("fa6s.trash-can", self))
        ui.deleteEventButton.clicked.connect(self.ask_delete_event)
        ui.createFactBoxButton.clicked.connect(self.create_fact_box)
        ui.articlesTree.itemActivated.connect(self._article_activated)
        ui.articlesTree.header().setStretchLastSection(False)
        ui.articlesTree.header().setSectionResizeMode(0, ui.articlesTree.header().ResizeMode.Stretch)
        self._notes_timer = QTimer(self, singleShot=True, interval=800)
        self._notes_timer.timeout.connect(self.commit_details)

    def _connect_fields(self) -> None:
        ui = self.ui
        for edit in (ui.titleEdit, ui.organizerEdit, ui.cityEdit, ui.venueEdit, ui.countryEdit):
            edit.editingFinished.connect(self.commit_details)
        for date_edit in (ui.startDateEdit, ui.endDateEdit):
            date_edit.editingFinished.connect(self.commit_details)
            date_edit.calendarWidget().clicked.connect(lambda _d: self.commit_details())
        ui.timeZoneCombo.activated.connect(lambda _i: self.commit_details())
        line = ui.timeZoneCombo.lineEdit()
        if line is not None:
            line.editingFinished.connect(self.commit_details)
        ui.localeCombo.activated.connect(lambda _i: self.commit_details())
        ui.digitsCombo.activated.connect(lambda _i: self.commit_details())
        ui.notesEdit.textChanged.connect(lambda: None if self._loading else self._notes_timer.start())

    # Showing ----------------------------------------------------------------------------

    @property
    def event_id(self) -> int | None:
        return self.record.id if self.record is not None else None

    def show_event(self, event_id: int) -> bool:
        """Load an event; a different event starts a fresh undo history (the panels the
        old commands refer to are rebuilt)."""
        try:
            record = events.get_event(self.db, event_id)
        except HadathError as error:
            self._show_error(translated_error(error))
            return False
        if self.record is None or self.record.id != event_id:
            self.flush()
            self.undo_stack.clear()
            self.record = record
            self._build_panels(event_id)
        self.record = record
        self._hide_error()
        self._load_fields(record)
        self.refresh_fact_box()
        self.refresh_articles()
        return True

    def _build_panels(self, event_id: int) -> None:
        # Imported here: the main window opens without the event workspace.
        from desktop_app.gui.event.agenda_tables_panel import AgendaTablesPanel
        from desktop_app.gui.event.coverage_view import CoverageView
        from desktop_app.gui.event.topic_lists_panel import TopicListsPanel

        for old in (self.tables_panel, self.topics_panel, self.coverage_view):
            if old is not None:
                old.setParent(None)
                old.deleteLater()
        self.tables_panel = AgendaTablesPanel(self.db, event_id, self.undo_stack, self.ui.agendaTab)
        self.tables_panel.table_changed.connect(self._table_changed)
        self.ui.agendaLayout.addWidget(self.tables_panel)
        self.topics_panel = TopicListsPanel(self.db, event_id, self.undo_stack, self.ui.topicsTab)
        self.topics_panel.list_changed.connect(self._list_changed)
        self.ui.topicsLayout.addWidget(self.topics_panel)
        self.coverage_view = CoverageView(self.db, event_id, self.ui.coverageTab)
        self.coverage_view.article_activated.connect(self.article_chosen)
        self.ui.coverageLayout.addWidget(self.coverage_view)

    def _tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.coverageTab and self.coverage_view is not None:
            self.coverage_view.refresh()
        elif self.ui.tabs.widget(index) is self.ui.articlesTab:
            self.refresh_articles()

    def show_tab(self, kind: str) -> None:
        """Bring forward the tab where a linked block's source is edited."""
        tab = getattr(self.ui, TAB_FOR_KIND.get(kind, "detailsTab"))
        self.ui.tabs.setCurrentWidget(tab)

    def _load_fields(self, record: EventRecord) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.headingLabel.setText(record.title)
            ui.titleEdit.setText(record.title)
            ui.organizerEdit.setText(record.organizer)
            ui.cityEdit.setText(record.city)
            ui.venueEdit.setText(record.venue)
            ui.countryEdit.setText(record.country)
            ui.startDateEdit.setDate(_qdate(record.start_date))
            ui.endDateEdit.setDate(_qdate(record.end_date))
            ui.timeZoneCombo.setCurrentText(record.time_zone)
            index = ui.localeCombo.findData(record.language)
            if index < 0:
                ui.localeCombo.addItem(f"{locale_display_name(record.language)} — {record.language}", record.language)
                index = ui.localeCombo.count() - 1
            ui.localeCombo.setCurrentIndex(index)
            ui.digitsCombo.setCurrentIndex(max(0, ui.digitsCombo.findData(record.digit_style)))
            if ui.notesEdit.toPlainText() != record.description:
                ui.notesEdit.setPlainText(record.description)
            ui.archiveButton.setText(self.tr("Unarchive") if record.archived else self.tr("Archive"))
            ui.archiveButton.setIcon(themed_icon("fa6s.box-open" if record.archived else "fa6s.box-archive", self))
        finally:
            self._loading = False

    def field_values(self) -> dict[str, Any]:
        """What the form says now, in the store's field names."""
        ui = self.ui
        return {
            "title": ui.titleEdit.text(),
            "organizer": ui.organizerEdit.text(),
            "city": ui.cityEdit.text(),
            "venue": ui.venueEdit.text(),
            "country": ui.countryEdit.text(),
            "start_date": _date(ui.startDateEdit.date()),
            "end_date": _date(ui.endDateEdit.date()),
            "time_zone": ui.timeZoneCombo.currentText().strip(),
            "language": ui.localeCombo.currentData() or "ar",
            "digit_style": ui.digitsCombo.currentData() or "auto",
            "description": ui.notesEdit.toPlainText(),
        }

    def _stored_values(self, record: EventRecord) -> dict[str, Any]:
        return {
            "title": record.title,
            "organizer": record.organizer,
            "city": record.city,
            "venue": record.venue,
            "country": record.country,
            "start_date": record.start_date,
            "end_date": record.end_date,
            "time_zone": record.time_zone,
            "language": record.language,
            "digit_style": record.digit_style,
            "description": record.description,
        }

    # Details ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Commit notes still waiting for their pause (before leaving the event)."""
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self.commit_details()

    def commit_details(self) -> bool:
        """Store what changed in the form as one undoable step. A refused change (an end
        before the start, an unknown time zone, an empty title) is explained above the
        tabs and the form goes back to what is stored; nothing is written."""
        if self._loading or self.record is None:
            return False
        before = self._stored_values(self.record)
        wanted = self.field_values()
        after = {name: value for name, value in wanted.items() if before[name] != value}
        if "title" in after and isinstance(after["title"], str) and after["title"].strip() == before["title"]:
            del after["title"]
        if not after:
            return False
        try:
            self.write_details(after)
        except HadathError as error:
            self._show_error(translated_error(error))
            self._load_fields(self.record)
            return False
        self.undo_stack.push(
            _DetailsCommand(self, {name: before[name] for name in after}, after, self.tr("Edit event details"))
        )
        return True

    def write_details(self, values: dict[str, Any]) -> None:
        """Store details (with the fact box rewritten in the same transaction) and show
        them; raises HadathError, having changed nothing, when they are refused."""
        assert self.record is not None
        event_id = self.record.id
        fact_box_changed = update_event_details(self.db, event_id, names_for, **values)
        self._hide_error()
        self.record = events.get_event(self.db, event_id)
        self._load_fields(self.record)
        if "title" in values:
            self.event_changed.emit(event_id)
        if fact_box_changed:
            table_id = fact_box_id(self.db, event_id)
            if table_id is not None:
                self._table_changed(table_id)
                if self.fact_box_editor is not None:
                    self.fact_box_editor.set_table(table_id)

    def _new_article(self) -> None:
        if self.record is not None:
            self.flush()
            self.new_article_requested.emit(self.record.id)

    def _export(self) -> None:
        if self.record is not None:
            self.flush()
            self.export_requested.emit(self.record.id)

    def toggle_archived(self) -> None:
        if self.record is None:
            return
        try:
            events.set_archived(self.db, self.record.id, not self.record.archived)
        except HadathError as error:
            self._show_error(translated_error(error))
            return
        self.show_event(self.record.id)
        self.event_changed.emit(self.record.id)

    def ask_delete_event(self) -> bool:
        """Move the event to the trash once the reporter agrees. Its tables and lists go
        with it; its articles stay, shown without an event until it is restored."""
        if self.record is None:
            return False
        self.flush()
        event_id = self.record.id
        from desktop_app.store import agenda, topics

        try:
            tables = len(agenda.list_tables(self.db, event_id=event_id))
            lists = len(topics.list_lists(self.db, event_id=event_id))
            articles = len(events.event_articles(self.db, event_id))
        except HadathError as error:
            self._show_error(translated_error(error))
            return False
        question = "\n\n".join(
            (
                self.tr("Move the event “%1” to the trash?").replace("%1", self.record.title),
                self.tr("Its %n table(s)", "", tables) + " · " + self.tr("its %n topic list(s)", "", lists),
                self.tr(
                    "Its %n article(s) stay in the library, shown without an event until you restore it "
                    "from File → Trash.",
                    "",
                    articles,
                ),
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete event"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from desktop_app.store.trash import trash_event

        try:
            trash_event(self.db, event_id)
        except HadathError as error:
            self._show_error(translated_error(error))
            return False
        self.clear()
        self.event_trashed.emit(event_id)
        self.event_changed.emit(event_id)
        return True

    def clear(self) -> None:
        """Show no event (the one shown went to the trash): its panels and history go."""
        self._notes_timer.stop()
        self.undo_stack.clear()
        self.record = None
        for old in (self.tables_panel, self.topics_panel, self.coverage_view, self.fact_box_editor):
            if old is not None:
                old.setParent(None)
                old.deleteLater()
        self.tables_panel = self.topics_panel = self.coverage_view = None
        self.fact_box_editor = None
        self.ui.headingLabel.clear()
        self.ui.articlesTree.clear()

    def reload(self) -> None:
        """Read the shown event's tables, lists and articles again (a table or list came
        back from the trash, or left it for good)."""
        if self.record is None:
            return
        for panel in (self.tables_panel, self.topics_panel):
            if panel is not None:
                panel.reload()
        if self.coverage_view is not None:
            self.coverage_view.refresh()
        self.refresh_fact_box()
        self.refresh_articles()

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def _hide_error(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.errorLabel.hide()

    # Fact box ---------------------------------------------------------------------------

    def refresh_fact_box(self) -> None:
        if self.record is None:
            return
        table_id = fact_box_id(self.db, self.record.id)
        ui = self.ui
        ui.createFactBoxButton.setVisible(table_id is None)
        if table_id is None:
            ui.factBoxHint.setText(
                self.tr(
                    "The fact box sums the event up for every article: where, when and who, written "
                    "from the details in the coverage language, plus rows you add (key issues, why it "
                    "matters)."
                )
            )
            if self.fact_box_editor is not None:
                self.fact_box_editor.hide()
            return
        ui.factBoxHint.setText(
            self.tr(
                "Rows from the event's details follow them (change the Details tab to change them); "
                "add your own rows below them. Articles that link the fact box show every change."
            )
        )
        if self.fact_box_editor is None:
            from desktop_app.gui.event.agenda_editor import AgendaTableEditor

            self.fact_box_editor = AgendaTableEditor(self.db, self.undo_stack, ui.factBoxTab)
            self.fact_box_editor.table_changed.connect(self._table_changed)
            ui.factBoxLayout.addWidget(self.fact_box_editor, 1)
        self.fact_box_editor.set_table(table_id)
        self.fact_box_editor.show()

    def create_fact_box(self) -> int | None:
        if self.record is None:
            return None
        try:
            table_id = create_fact_box(self.db, self.record.id, names_for)
        except HadathError as error:
            self._show_error(translated_error(error))
            return None
        self.refresh_fact_box()
        return table_id

    # Tables, lists, coverage, articles --------------------------------------------------

    def _table_changed(self, table_id: int) -> None:
        self.linked_source_changed.emit("table", table_id)
        if self.coverage_view is not None and self.ui.tabs.currentWidget() is self.ui.coverageTab:
            self.coverage_view.refresh()

    def _list_changed(self, list_id: int) -> None:
        self.linked_source_changed.emit("topics", list_id)

    def refresh_articles(self) -> None:
        if self.record is None:
            return
        tree = self.ui.articlesTree
        tree.clear()
        statuses = {"draft": self.tr("Draft"), "ready": self.tr("Ready"), "published": self.tr("Published")}
        locale = QLocale()
        try:
            articles = events.event_articles(self.db, self.record.id)
        except HadathError as error:
            self._show_error(translated_error(error))
            return
        for article in articles:
            updated = article.updated_at.astimezone()
            item = QTreeWidgetItem(
                tree,
                [
                    article.title,
                    statuses.get(article.status, article.status),
                    locale.toString(article.word_count),
                    locale.toString(
                        QDate(updated.year, updated.month, updated.day), QLocale.FormatType.ShortFormat
                    ),
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, article.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.ui.articlesTab), self.tr("A&rticles (%n)", "", len(articles))
        )

    def _article_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        article_id = item.data(0, Qt.ItemDataRole.UserRole)
        if article_id is not None:
            self.article_chosen.emit(int(article_id))
