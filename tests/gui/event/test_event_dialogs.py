from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.document import TableBlock, TopicListBlock
from desktop_app.gui.event.insert_from_event_dialog import InsertFromEventDialog
from desktop_app.gui.event.new_article_dialog import NewArticleDialog
from desktop_app.locale_names import names_for
from desktop_app.store import agenda, events, topics
from desktop_app.store.fact_box import create_fact_box


@pytest.fixture
def sources(database, event_id):
    fact_box = create_fact_box(database, event_id, names_for)
    programme = agenda.create_table(
        database, "البرنامج", event_id=event_id, columns=[("الساعة", "time"), "الجلسة"], rows=[["10:00", "الافتتاح"]]
    )
    issues = topics.create_list(database, "أبرز القضايا", event_id=event_id, items=["الجريمة السيبرانية"])
    return fact_box, programme, issues


def test_new_article_dialog_offers_templates_and_the_events_lists(qtbot, database, event_id, sources):
    _, _, issues = sources
    dialog = NewArticleDialog(database, events.get_event(database, event_id))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.templateCombo.itemData(i) for i in range(ui.templateCombo.count())] == [
        "curtain_raiser", "opening_day", "day_wrap_up", "closing",
    ]
    assert ui.templateCombo.itemText(1) == "Opening day"
    assert dialog.issues_list_id == issues  # the first list is preselected
    assert dialog.with_fact_box
    assert "عشية انطلاق الدورة 93 للجمعية العامة للانتربول" in ui.previewLabel.text()
    assert "مراكش —" in ui.previewLabel.text()
    ui.templateCombo.setCurrentIndex(3)
    assert dialog.template == "closing"
    assert "اختتام" in ui.previewLabel.text()
    ui.issuesCombo.setCurrentIndex(0)
    ui.factBoxCheck.setChecked(False)
    assert (dialog.issues_list_id, dialog.with_fact_box) == (None, False)


def test_new_article_dialog_without_city_says_there_is_no_dateline(qtbot, database):
    event_id = events.create_event(database, "Salon du livre", language="fr_MA")
    dialog = NewArticleDialog(database, events.get_event(database, event_id))
    qtbot.addWidget(dialog)
    assert "no city" in dialog.ui.previewLabel.text()
    assert dialog.issues_list_id is None  # no list to offer
    assert dialog.ui.issuesCombo.count() == 1


def test_insert_dialog_lists_fact_box_first_and_gives_linked_or_copied_blocks(qtbot, database, event_id, sources):
    fact_box, programme, issues = sources
    dialog = InsertFromEventDialog(database, event_id)
    qtbot.addWidget(dialog)
    texts = [dialog.ui.sourcesList.item(i).text() for i in range(dialog.ui.sourcesList.count())]
    assert texts[0].startswith("Fact box — بطاقة الحدث")
    assert texts[1] == "Table — البرنامج (1 row)"
    assert texts[2] == "List — أبرز القضايا"
    block = dialog.block()
    assert isinstance(block, TableBlock) and block.source_id == fact_box
    dialog.choose("table", programme, linked=False)
    copy = dialog.block()
    assert isinstance(copy, TableBlock) and copy.source_id is None
    assert [cell.text for cell in copy.header] == ["الساعة", "الجلسة"]
    dialog.choose("topics", issues)
    linked = dialog.block()
    assert isinstance(linked, TopicListBlock) and linked.source_id == issues and linked.title == "أبرز القضايا"


def test_insert_dialog_for_an_empty_event_explains_and_cannot_accept(qtbot, database):
    event_id = events.create_event(database, "حدث فارغ")
    dialog = InsertFromEventDialog(database, event_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.emptyLabel.text().startswith("The event has no fact box")
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.block() is None
