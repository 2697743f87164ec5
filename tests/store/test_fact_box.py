from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.document import Document, Heading
from desktop_app.core.errors import StoreError
from desktop_app.core.fact_box import apply_digit_style
from desktop_app.core.inline import Inline
from desktop_app.store import agenda, events
from desktop_app.store.articles import NewArticle, create_articles, get_article
from desktop_app.store.fact_box import create_fact_box, fact_box_id, sync_fact_box, update_event_details
from desktop_app.store.linked import sync_linking_articles

MONTHS = {"ar": "نونبر", "fr": "novembre", "en": "November"}


class Names:
    def __init__(self, locale: str) -> None:
        self.locale = locale

    def month_name(self, month: int) -> str:
        return MONTHS[self.locale[:2]] if month == 11 else f"m{month}"

    def number(self, value: int) -> str:
        return apply_digit_style(str(value), "arabic-indic" if self.locale == "ar_EG" else "western")


@pytest.fixture
def event_id(db) -> int:
    return events.create_event(
        db, "الدورة 93", city="مراكش", country="المملكة المغربية",
        start_date=date(2025, 11, 24), end_date=date(2025, 11, 27), language="ar_MA",
    )


def cells(db, table_id):
    return [row.cells for row in agenda.get_table(db, table_id).rows]


def test_fact_box_is_made_once_from_the_events_details(db, event_id):
    assert fact_box_id(db, event_id) is None
    table_id = create_fact_box(db, event_id, Names)
    assert create_fact_box(db, event_id, Names) == table_id == fact_box_id(db, event_id)
    record = agenda.get_table(db, table_id)
    assert record.role == "fact_box"
    assert record.title == "بطاقة الحدث"
    assert [column.header for column in record.columns] == ["العنوان", "التفاصيل"]
    assert cells(db, table_id) == [
        ("موقع الحدث", "مراكش، المملكة المغربية"),
        ("مدة الدورة", "من 24 حتى 27 نونبر 2025"),
    ]
    assert [row.field for row in record.rows] == ["location", "dates"]
    summaries = agenda.list_tables(db, event_id=event_id)
    assert [summary.role for summary in summaries] == ["fact_box"]


def test_free_rows_stay_and_generated_rows_follow_the_event(db, event_id):
    table_id = create_fact_box(db, event_id, Names)
    agenda.add_row(db, table_id, ["أبرز القضايا", "الجريمة العابرة للحدود"])
    agenda.add_row(db, table_id, ["أهمية الحدث", "تطوير التعاون الأمني"])
    assert update_event_details(db, event_id, Names, organizer="الانتربول", end_date=date(2025, 11, 28))
    assert cells(db, table_id) == [
        ("موقع الحدث", "مراكش، المملكة المغربية"),
        ("مدة الدورة", "من 24 حتى 28 نونبر 2025"),
        ("الجهة المنظمة", "الانتربول"),
        ("أبرز القضايا", "الجريمة العابرة للحدود"),
        ("أهمية الحدث", "تطوير التعاون الأمني"),
    ]
    # A detail cleared: its row goes, the others keep their places.
    assert update_event_details(db, event_id, Names, city="", country="")
    assert [row[0] for row in cells(db, table_id)] == ["مدة الدورة", "الجهة المنظمة", "أبرز القضايا", "أهمية الحدث"]
    # Brought back: it returns first, where location rows go.
    assert update_event_details(db, event_id, Names, city="مراكش")
    assert cells(db, table_id)[0] == ("موقع الحدث", "مراكش")
    assert not update_event_details(db, event_id, Names, description="لا يظهر في البطاقة")
    assert not sync_fact_box(db, event_id, Names)


def test_coverage_language_and_digit_style_rewrite_labels_and_dates(db, event_id):
    table_id = create_fact_box(db, event_id, Names)
    agenda.add_row(db, table_id, ["أهمية الحدث", "كبيرة"])
    update_event_details(db, event_id, Names, language="ar_EG")
    assert cells(db, table_id)[1] == ("مدة الدورة", "من ٢٤ حتى ٢٧ نونبر ٢٠٢٥")
    update_event_details(db, event_id, Names, digit_style="western")
    assert cells(db, table_id)[1][1] == "من 24 حتى 27 نونبر 2025"
    update_event_details(db, event_id, Names, language="fr_MA", digit_style="auto")
    record = agenda.get_table(db, table_id)
    assert record.title == "L’essentiel"
    assert [column.header for column in record.columns] == ["Rubrique", "Détails"]
    assert [row.cells for row in record.rows] == [
        ("Lieu", "مراكش, المملكة المغربية"),
        ("Dates", "du 24 au 27 novembre 2025"),
        ("أهمية الحدث", "كبيرة"),  # the reporter's row is the reporter's
    ]
    # Headers the reporter renamed are not touched by a language change.
    agenda.rename_column(db, record.columns[0].id, "Quoi")
    update_event_details(db, event_id, Names, language="en")
    assert [column.header for column in agenda.get_table(db, table_id).columns] == ["Quoi", "Détails"]


def test_refused_change_changes_neither_event_nor_fact_box(db, event_id):
    table_id = create_fact_box(db, event_id, Names)
    before = cells(db, table_id)
    with pytest.raises(StoreError, match="cannot end"):
        update_event_details(db, event_id, Names, city="الرباط", end_date=date(2025, 11, 1))
    assert events.get_event(db, event_id).city == "مراكش"
    assert cells(db, table_id) == before


def test_generated_rows_refuse_direct_edits_and_removal(db, event_id):
    table_id = create_fact_box(db, event_id, Names)
    record = agenda.get_table(db, table_id)
    row = record.rows[0]
    with pytest.raises(StoreError, match="event's details"):
        agenda.set_cell(db, row.id, record.columns[1].id, "الرباط")
    with pytest.raises(StoreError, match="event's details"):
        agenda.set_cells(db, table_id, [(row.id, record.columns[1].id, "الرباط")])
    with pytest.raises(StoreError, match="event's details"):
        agenda.remove_rows(db, table_id, [row.id])
    assert cells(db, table_id)[0] == ("موقع الحدث", "مراكش، المملكة المغربية")
    # Reordering is the reporter's choice.
    agenda.shift_rows(db, table_id, [row.id], 1)
    assert [r.field for r in agenda.get_table(db, table_id).rows] == ["dates", "location"]


def test_a_removed_column_comes_back_on_the_next_rewrite(db, event_id):
    table_id = create_fact_box(db, event_id, Names)
    agenda.remove_column(db, agenda.get_table(db, table_id).columns[1].id)
    assert update_event_details(db, event_id, Names, city="الرباط")
    record = agenda.get_table(db, table_id)
    assert len(record.columns) == 2
    assert record.rows[0].cells == ("موقع الحدث", "الرباط، المملكة المغربية")


def test_linked_articles_follow_the_fact_box(db, event_id):
    table_id = create_fact_box(db, event_id, Names)
    block = agenda.table_block(db, table_id)
    ids = create_articles(
        db,
        [NewArticle(Document("مقال", (Heading(Inline.plain("عنوان"), 2), block)), "ar", "rtl") for _ in range(2)],
    )
    update_event_details(db, event_id, Names, end_date=date(2025, 11, 29))
    assert sorted(sync_linking_articles(db, "table", table_id)) == sorted(ids)
    for article_id in ids:
        table = get_article(db, article_id).document.blocks[1]
        assert table.rows[1][1].text == "من 24 حتى 29 نونبر 2025"
