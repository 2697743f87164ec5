from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack

from desktop_app.core.document import Document
from desktop_app.gui.event.event_sheet import NO_DATE, EventSheet
from desktop_app.store import agenda, events
from desktop_app.store.articles import NewArticle, create_articles
from desktop_app.store.fact_box import fact_box_id


@pytest.fixture
def sheet(qtbot, database, event_id):
    stack = QUndoStack()
    widget = EventSheet(database, stack)
    qtbot.addWidget(widget)
    widget._test_stack = stack  # keep the stack alive as long as the widget
    assert widget.show_event(event_id)
    return widget


def _commit_line(edit, text):
    edit.setText(text)
    edit.editingFinished.emit()


def test_sheet_shows_the_events_details(sheet):
    ui = sheet.ui
    assert ui.headingLabel.text() == "الدورة 93 للجمعية العامة للانتربول"
    assert ui.cityEdit.text() == "مراكش"
    assert ui.startDateEdit.date() == QDate(2025, 11, 24)
    assert ui.endDateEdit.date() == QDate(2025, 11, 27)
    assert ui.localeCombo.currentData() == "ar_MA"
    assert "ar_MA" in ui.localeCombo.currentText()
    assert ui.digitsCombo.currentData() == "auto"
    assert ui.errorLabel.isHidden()


def test_a_detail_change_is_stored_and_undoable(sheet, database, event_id):
    stack = sheet.undo_stack
    _commit_line(sheet.ui.venueEdit, "قصر المؤتمرات")
    assert events.get_event(database, event_id).venue == "قصر المؤتمرات"
    assert stack.count() == 1
    _commit_line(sheet.ui.venueEdit, "قصر المؤتمرات")  # no change, no step
    assert stack.count() == 1
    stack.undo()
    assert events.get_event(database, event_id).venue == ""
    assert sheet.ui.venueEdit.text() == ""
    stack.redo()
    assert events.get_event(database, event_id).venue == "قصر المؤتمرات"


def test_end_before_start_is_refused_with_a_message_and_nothing_changes(sheet, database, event_id):
    before = events.get_event(database, event_id)
    sheet.ui.endDateEdit.setDate(QDate(2025, 11, 20))
    assert not sheet.commit_details()
    assert sheet.ui.errorLabel.isVisibleTo(sheet)
    assert "2025-11-20" in sheet.ui.errorLabel.text() and "before" in sheet.ui.errorLabel.text()
    assert events.get_event(database, event_id) == before
    assert sheet.ui.endDateEdit.date() == QDate(2025, 11, 27)  # back to what is stored
    assert sheet.undo_stack.count() == 0
    _commit_line(sheet.ui.cityEdit, "الرباط")  # the next good change clears the message
    assert sheet.ui.errorLabel.isHidden()


def test_an_empty_title_is_refused(sheet, database, event_id):
    _commit_line(sheet.ui.titleEdit, "   ")
    assert "title" in sheet.ui.errorLabel.text()
    assert events.get_event(database, event_id).title == "الدورة 93 للجمعية العامة للانتربول"


def test_dates_can_be_cleared(sheet, database, event_id):
    sheet.ui.startDateEdit.setDate(NO_DATE)
    sheet.ui.endDateEdit.setDate(NO_DATE)
    assert sheet.commit_details()
    record = events.get_event(database, event_id)
    assert (record.start_date, record.end_date) == (None, None)
    assert sheet.ui.startDateEdit.text() == "No date"


def test_fact_box_created_from_the_sheet_follows_locale_and_digits(sheet, database, event_id, qtbot):
    assert not sheet.ui.createFactBoxButton.isHidden()
    changed = []
    sheet.linked_source_changed.connect(lambda kind, source: changed.append((kind, source)))
    sheet.ui.createFactBoxButton.click()
    table_id = fact_box_id(database, event_id)
    assert table_id is not None
    assert sheet.ui.createFactBoxButton.isHidden()
    assert sheet.fact_box_editor is not None and not sheet.fact_box_editor.isHidden()

    def dates() -> str:
        return agenda.get_table(database, table_id).rows[1].cells[1]

    assert dates() == "من 24 حتى 27 نونبر 2025"
    sheet.ui.localeCombo.setCurrentIndex(sheet.ui.localeCombo.findData("ar_EG"))
    assert sheet.commit_details()
    assert dates() == "من ٢٤ حتى ٢٧ نوفمبر ٢٠٢٥"
    assert changed == [("table", table_id)]
    sheet.ui.digitsCombo.setCurrentIndex(sheet.ui.digitsCombo.findData("western"))
    assert sheet.commit_details()
    assert dates() == "من 24 حتى 27 نوفمبر 2025"
    sheet.undo_stack.undo()
    sheet.undo_stack.undo()
    assert dates() == "من 24 حتى 27 نونبر 2025"
    assert events.get_event(database, event_id).language == "ar_MA"


def test_archive_and_unarchive(sheet, database, event_id):
    seen = []
    sheet.event_changed.connect(seen.append)
    sheet.ui.archiveButton.click()
    assert events.get_event(database, event_id).archived
    assert sheet.ui.archiveButton.text() == "Unarchive"
    sheet.ui.archiveButton.click()
    assert not events.get_event(database, event_id).archived
    assert seen == [event_id, event_id]


def test_articles_tab_lists_the_events_articles(sheet, database, event_id, qtbot):
    ids = create_articles(
        database,
        [NewArticle(Document("افتتاح الدورة"), event_id=event_id), NewArticle(Document("مقال آخر"))],
    )
    sheet.refresh_articles()
    tree = sheet.ui.articlesTree
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert (item.text(0), item.text(1), item.text(2)) == ("افتتاح الدورة", "Draft", "2")
    assert sheet.ui.tabs.tabText(sheet.ui.tabs.indexOf(sheet.ui.articlesTab)) == "A&rticles (1)"
    with qtbot.waitSignal(sheet.article_chosen) as blocker:
        tree.itemActivated.emit(item, 0)
    assert blocker.args == [ids[0]]


def test_notes_are_committed_after_a_pause_or_when_leaving(sheet, database, event_id, qtbot):
    sheet.ui.notesEdit.setPlainText("موعد الندوة الصحفية: 18:00")
    sheet.flush()
    assert events.get_event(database, event_id).description == "موعد الندوة الصحفية: 18:00"


def test_showing_another_event_starts_a_fresh_history(sheet, database):
    _commit_line(sheet.ui.cityEdit, "الرباط")
    assert sheet.undo_stack.count() == 1
    other = events.create_event(database, "معرض الكتاب", start_date=date(2026, 2, 1))
    assert sheet.show_event(other)
    assert sheet.undo_stack.count() == 0
    assert sheet.ui.cityEdit.text() == ""
    assert sheet.ui.endDateEdit.date() == NO_DATE


def test_a_missing_event_is_reported(sheet):
    assert not sheet.show_event(9999)
    assert "9999" in sheet.ui.errorLabel.text()
