from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import text, update

from desktop_app.core.document import Document
from desktop_app.core.errors import NotFoundError
from desktop_app.store import agenda
from desktop_app.store.agenda_snapshots import TableSnapshot, live_coverage, restore_snapshot, take_snapshot
from desktop_app.store.articles import NewArticle, create_article, delete_article
from desktop_app.store.database import Database
from desktop_app.store.events import create_event
from desktop_app.store.models import AgendaRow

EVENT = "الدورة 93 للانتربول"


@pytest.fixture
def event_id(db: Database) -> int:
    return create_event(db, EVENT, city="مراكش", start_date=date(2025, 11, 24), end_date=date(2025, 11, 27))


@pytest.fixture
def articles(db: Database, event_id: int) -> list[int]:
    return [create_article(db, NewArticle(Document(title=title), event_title=EVENT)) for title in ("أ", "ب")]


@pytest.fixture
def programme(db: Database, event_id: int, articles: list[int]) -> int:
    table_id = agenda.create_table(
        db,
        "البرنامج",
        event_id=event_id,
        columns=[("الوقت", "time"), "الجلسة", ("المتحدث", "person")],
        rows=[
            ["11:00", "الجريمة السيبرانية", "د. فالديسي"],
            ["10:00", "افتتاح الدورة", "حموشي"],
            ["09:30", "الاستقبال", ""],
        ],
    )
    rows = agenda.get_table(db, table_id).rows
    agenda.link_row(db, rows[0].id, articles[0])
    agenda.link_row(db, rows[1].id, articles[0])
    agenda.link_row(db, rows[1].id, articles[1])
    return table_id


def _ids(db: Database, table_id: int) -> tuple[list[int], list[int]]:
    record = agenda.get_table(db, table_id)
    return [row.id for row in record.rows], [column.id for column in record.columns]


def _round_trip(db: Database, table_id: int, change: Callable[[], object]) -> tuple[TableSnapshot, TableSnapshot]:
    """Change the table, then check that both snapshots restore exactly, twice over."""
    before = take_snapshot(db, table_id)
    record_before = agenda.get_table(db, table_id)
    links_before = agenda.row_articles(db, table_id)
    change()
    after = take_snapshot(db, table_id)
    record_after = agenda.get_table(db, table_id)
    assert after != before, "the change changed nothing"
    for _ in range(2):
        assert restore_snapshot(db, before) == {}
        assert take_snapshot(db, table_id) == before
        assert agenda.get_table(db, table_id) == record_before
        assert agenda.row_articles(db, table_id) == links_before
        assert restore_snapshot(db, after) == {}
        assert take_snapshot(db, table_id) == after
        assert agenda.get_table(db, table_id) == record_after
    return before, after


def test_snapshot_holds_the_table(db, programme, articles):
    snapshot = take_snapshot(db, programme)
    record = agenda.get_table(db, programme)
    assert snapshot.record() == record
    assert snapshot.title == "البرنامج" and snapshot.role == ""
    assert [(c.header, c.kind) for c in snapshot.columns] == [("الوقت", "time"), ("الجلسة", "text"),
                                                              ("المتحدث", "person")]
    assert snapshot.rows[2].cells == ("09:30", "الاستقبال", "")
    first, second, _ = (row.id for row in record.rows)
    assert snapshot.links == {(first, articles[0]), (second, articles[0]), (second, articles[1])}


def test_unknown_table(db):
    with pytest.raises(NotFoundError):
        take_snapshot(db, 999)


def test_cell_edit_round_trips(db, programme):
    rows, columns = _ids(db, programme)
    _round_trip(db, programme, lambda: agenda.set_cell(db, rows[2], columns[2], "عبد اللطيف"))


def test_cleared_cell_round_trips(db, programme):
    rows, columns = _ids(db, programme)
    before, after = _round_trip(db, programme, lambda: agenda.set_cell(db, rows[0], columns[1], ""))
    assert before.rows[0].cells[1] == "الجريمة السيبرانية" and after.rows[0].cells[1] == ""


def test_paste_of_cells_round_trips(db, programme):
    rows, columns = _ids(db, programme)
    _round_trip(
        db,
        programme,
        lambda: agenda.set_cells(db, programme, [(rows[0], columns[0], "12:00"), (rows[2], columns[2], "X")]),
    )


def test_added_rows_round_trip(db, programme):
    _round_trip(db, programme, lambda: agenda.add_rows(db, programme, [["14:00", "ختام"], ["15:00"]], position=1))


def test_removed_rows_come_back_with_ids_cells_and_coverage(db, programme, articles):
    rows, _ = _ids(db, programme)
    before, after = _round_trip(db, programme, lambda: agenda.remove_rows(db, programme, rows[:2]))
    assert [row.id for row in after.rows] == [rows[2]] and after.links == frozenset()
    restore_snapshot(db, before)
    assert agenda.row_articles(db, programme)[rows[1]] == tuple(articles)
    assert agenda.table_coverage(db, programme).covered == 2


def test_moves_and_sorts_round_trip(db, programme):
    rows, columns = _ids(db, programme)
    _round_trip(db, programme, lambda: agenda.shift_rows(db, programme, [rows[2]], -1))
    _round_trip(db, programme, lambda: agenda.move_rows(db, programme, [rows[0]], 2))
    agenda.reorder_rows(db, programme, rows)
    _round_trip(db, programme, lambda: agenda.sort_table(db, programme, columns[0]))
    _round_trip(db, programme, lambda: agenda.sort_table(db, programme, columns[1], descending=True))


def test_column_changes_round_trip(db, programme):
    _, columns = _ids(db, programme)
    _round_trip(db, programme, lambda: agenda.add_column(db, programme, "القاعة", position=1))
    _round_trip(db, programme, lambda: agenda.rename_column(db, columns[1], "الموضوع"))
    _round_trip(db, programme, lambda: agenda.set_column_kind(db, columns[1], "date"))
    _round_trip(db, programme, lambda: agenda.move_column(db, columns[0], 2))


def test_removed_column_comes_back_with_its_cells(db, programme):
    _, columns = _ids(db, programme)
    before, after = _round_trip(db, programme, lambda: agenda.remove_column(db, columns[1]))
    assert len(after.columns) == 2
    restore_snapshot(db, before)
    assert agenda.get_table(db, programme).column_texts(1) == ["الجريمة السيبرانية", "افتتاح الدورة", "الاستقبال"]


def test_rename_and_coverage_round_trip(db, programme, articles):
    rows, _ = _ids(db, programme)
    _round_trip(db, programme, lambda: agenda.rename_table(db, programme, "برنامج اليوم الأول"))
    _round_trip(db, programme, lambda: agenda.link_row(db, rows[2], articles[1]))
    _round_trip(db, programme, lambda: agenda.unlink_row(db, rows[1], articles[0]))


def test_generated_row_field_round_trips(db, programme):
    rows, _ = _ids(db, programme)

    def mark_generated() -> None:
        with db.session() as session:
            session.execute(update(AgendaRow).where(AgendaRow.id == rows[0]).values(field="location"))

    before, after = _round_trip(db, programme, mark_generated)
    assert before.rows[0].field is None and after.rows[0].field == "location"
    assert after.record().rows[0].field == "location"


def test_deleted_table_comes_back_whole(db, programme, articles):
    before = take_snapshot(db, programme)
    record = agenda.get_table(db, programme)
    links = agenda.row_articles(db, programme)
    agenda.delete_table(db, programme)
    with pytest.raises(NotFoundError):
        agenda.get_table(db, programme)
    assert restore_snapshot(db, before) == {}
    assert agenda.get_table(db, programme) == record
    assert agenda.row_articles(db, programme) == links
    assert take_snapshot(db, programme) == before


def test_restore_skips_links_to_purged_articles_only(db, programme, articles):
    rows, _ = _ids(db, programme)
    before = take_snapshot(db, programme)
    agenda.remove_rows(db, programme, rows[:2])
    delete_article(db, articles[1])  # to the trash: the link comes back, hidden while trashed
    with db.session() as session:
        session.execute(text("DELETE FROM agenda_row_articles WHERE article_id = :a"), {"a": articles[0]})
        session.execute(text("DELETE FROM articles WHERE id = :a"), {"a": articles[0]})
    restore_snapshot(db, before)
    assert take_snapshot(db, programme).links == {(rows[1], articles[1])}
    assert [row.id for row in agenda.get_table(db, programme).rows] == rows


def test_an_id_taken_meanwhile_gets_a_new_one(db, programme, event_id, articles):
    rows, _ = _ids(db, programme)
    before = take_snapshot(db, programme)
    agenda.remove_rows(db, programme, [rows[2]])  # the highest row id: SQLite hands it out again
    other = agenda.create_table(db, "آخر", event_id=event_id, columns=["x"], rows=[["y"]])
    (taken,) = _ids(db, other)[0]
    assert taken == rows[2]
    renamed = restore_snapshot(db, before)
    assert set(renamed) == {rows[2]} and renamed[rows[2]] not in rows
    restored = agenda.get_table(db, programme)
    assert [row.cells for row in restored.rows] == [row.cells for row in before.rows]
    assert [row.id for row in restored.rows] == [rows[0], rows[1], renamed[rows[2]]]
    assert agenda.get_table(db, other).rows[0].cells == ("y",)  # the other table untouched


def test_refused_when_the_owner_is_gone_and_nothing_changes(db, programme, event_id):
    before = take_snapshot(db, programme)
    agenda.delete_table(db, programme)
    with db.session() as session:
        session.execute(text("DELETE FROM agenda_tables WHERE event_id = :e"), {"e": event_id})
        session.execute(text("UPDATE articles SET event_id = NULL"))
        session.execute(text("DELETE FROM events WHERE id = :e"), {"e": event_id})
    with pytest.raises(NotFoundError, match="no event"):
        restore_snapshot(db, before)
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM agenda_rows")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM agenda_tables")).scalar() == 0


def test_derived_snapshots_match_the_store(db, programme):
    rows, columns = _ids(db, programme)
    before = take_snapshot(db, programme)
    order = agenda.sort_table(db, programme, columns[0])
    assert before.reordered(order) == take_snapshot(db, programme)
    agenda.set_cell(db, rows[1], columns[2], "جديد")
    assert before.reordered(order).with_cell(rows[1], columns[2], "جديد") == take_snapshot(db, programme)
    with pytest.raises(ValueError):
        before.reordered(order[:2])
    with pytest.raises(ValueError):
        before.with_cell(999, columns[0], "x")


def test_restore_of_a_large_table_writes_only_what_differs(db, event_id):
    body = [[f"{8 + i % 10:02d}:00", f"جلسة {i}", f"متحدث {i}"] for i in range(2000)]
    table_id = agenda.create_table(db, "كبير", event_id=event_id, columns=["a", "b", "c"], rows=body)
    rows, columns = _ids(db, table_id)
    before = take_snapshot(db, table_id)
    agenda.remove_rows(db, table_id, rows[::3])
    agenda.set_cell(db, rows[1], columns[1], "معدل")
    restore_snapshot(db, before)
    assert take_snapshot(db, table_id) == before


def test_live_coverage_is_row_articles(db, programme, articles):
    assert live_coverage(db, take_snapshot(db, programme)) == agenda.row_articles(db, programme)
    delete_article(db, articles[1])  # trashed: no longer covers, though the link stays
    snapshot = take_snapshot(db, programme)
    assert len(snapshot.links) == 3
    assert live_coverage(db, snapshot) == agenda.row_articles(db, programme)
    empty = agenda.create_table(db, "فارغ", event_id=snapshot.event_id, columns=["أ"], rows=[["ب"]])
    assert live_coverage(db, take_snapshot(db, empty)) == agenda.row_articles(db, empty)
