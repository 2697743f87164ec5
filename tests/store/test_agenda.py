from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from desktop_app.core.agenda_values import NOT_A_DATE, NOT_A_TIME, OUTSIDE_EVENT
from desktop_app.core.document import Document, Paragraph, TableBlock
from desktop_app.core.errors import NotFoundError, StoreError
from desktop_app.core.inline import Inline
from desktop_app.store import agenda
from desktop_app.store.articles import NewArticle, create_article, delete_article, get_article, save_document
from desktop_app.store.block_links import TableInUseError, articles_linking
from desktop_app.store.events import create_event


@pytest.fixture
def event_id(db) -> int:
    return create_event(
        db, "الدورة 93 للانتربول", city="مراكش", start_date=date(2026, 11, 24), end_date=date(2026, 11, 27)
    )


@pytest.fixture
def programme(db, event_id) -> int:
    return agenda.create_table(
        db,
        "البرنامج",
        event_id=event_id,
        columns=[("الوقت", "time"), "الجلسة", ("المتحدث", "person"), ("اليوم", "date")],
        rows=[
            ["11h00", "الجريمة السيبرانية", "د. فالديسي", "25 نونبر"],
            ["١٠:٠٠", "افتتاح الدورة", "حموشي", "24 نونبر 2026"],
            ["09.30", "الاستقبال", "", "2026-11-24"],
        ],
    )


def _texts(db, table_id, column=1):
    return agenda.get_table(db, table_id).column_texts(column)


def test_create_and_load(db, programme, event_id):
    record = agenda.get_table(db, programme)
    assert record.title == "البرنامج" and record.event_id == event_id and record.article_id is None
    assert [(c.header, c.kind) for c in record.columns] == [
        ("الوقت", "time"), ("الجلسة", "text"), ("المتحدث", "person"), ("اليوم", "date")
    ]
    assert record.rows[2].cells == ("09.30", "الاستقبال", "", "2026-11-24")
    assert [row.position for row in record.rows] == [0, 1, 2]


def test_stored_relationally(db, programme):
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM agenda_rows")).scalar() == 3
        # empty cells are not stored
        assert session.execute(text("SELECT count(*) FROM agenda_cells")).scalar() == 11


def test_tables_are_listed_in_order_per_owner(db, programme, event_id):
    second = agenda.create_table(db, "الحقائق", event_id=event_id, columns=["العنوان", "التفاصيل"])
    article = create_article(db, NewArticle(Document(title="مقال")))
    local = agenda.create_table(db, "محلي", article_id=article)
    summaries = agenda.list_tables(db, event_id=event_id)
    assert [(s.id, s.position, s.column_count, s.row_count) for s in summaries] == [
        (programme, 0, 4, 3), (second, 1, 2, 0)
    ]
    assert [s.id for s in agenda.list_tables(db, article_id=article)] == [local]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({}, StoreError, "either to an event or to one article"),
        ({"event_id": 1, "article_id": 1}, StoreError, "either"),
        ({"event_id": 99}, NotFoundError, "no event with id 99"),
        ({"article_id": 99}, NotFoundError, "no article with id 99"),
        ({"event_id": 1, "columns": []}, StoreError, "at least one column"),
        ({"event_id": 1, "columns": [("a", "colour")]}, StoreError, "Unknown column kind"),
        ({"event_id": 1, "columns": ["a"], "rows": [["1", "2"]]}, StoreError, "2 cells but the table has only 1"),
        ({"event_id": 1, "title": 5}, StoreError, "must be text"),
    ],
)
def test_create_refusals_write_nothing(db, event_id, kwargs, error, message):
    kwargs = {"title": "t", **kwargs}
    with pytest.raises(error, match=message):
        agenda.create_table(db, kwargs.pop("title"), **kwargs)
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM agenda_tables")).scalar() == 0


def test_rename_table(db, programme):
    agenda.rename_table(db, programme, "  برنامج اليوم الأول ")
    assert agenda.get_table(db, programme).title == "برنامج اليوم الأول"
    with pytest.raises(NotFoundError, match="no agenda table"):
        agenda.rename_table(db, 999, "x")


def test_columns_add_rename_kind_move_remove(db, programme):
    room = agenda.add_column(db, programme, "القاعة", position=1)
    record = agenda.get_table(db, programme)
    assert [c.header for c in record.columns] == ["الوقت", "القاعة", "الجلسة", "المتحدث", "اليوم"]
    assert record.rows[0].cells[1] == ""
    agenda.rename_column(db, room, "القاعة الكبرى")
    agenda.set_column_kind(db, room, "person")
    agenda.move_column(db, room, 99)
    record = agenda.get_table(db, programme)
    assert (record.columns[-1].header, record.columns[-1].kind) == ("القاعة الكبرى", "person")
    ids = [c.id for c in record.columns]
    agenda.reorder_columns(db, programme, list(reversed(ids)))
    record = agenda.get_table(db, programme)
    assert [c.id for c in record.columns] == list(reversed(ids))
    assert record.rows[0].cells[-1] == "11h00"  # cells follow their column
    agenda.remove_column(db, ids[0])
    record = agenda.get_table(db, programme)
    assert ids[0] not in [c.id for c in record.columns]
    assert [c.position for c in record.columns] == [0, 1, 2, 3]


def test_column_refusals(db, programme):
    record = agenda.get_table(db, programme)
    with pytest.raises(StoreError, match="Unknown column kind"):
        agenda.set_column_kind(db, record.columns[0].id, "colour")
    with pytest.raises(StoreError, match="each of the table's 4 columns exactly once"):
        agenda.reorder_columns(db, programme, [record.columns[0].id])
    with pytest.raises(NotFoundError, match="no table column"):
        agenda.rename_column(db, 999, "x")
    assert agenda.get_table(db, programme) == record
    lonely = agenda.create_table(db, "x", event_id=record.event_id, columns=["a"])
    with pytest.raises(StoreError, match="last column cannot be removed"):
        agenda.remove_column(db, agenda.get_table(db, lonely).columns[0].id)
    assert len(agenda.get_table(db, lonely).columns) == 1


def test_rows_add_remove_reorder_move_shift(db, programme):
    ids = [row.id for row in agenda.get_table(db, programme).rows]
    new = agenda.add_row(db, programme, ["12:00", "استراحة"], position=0)
    assert _texts(db, programme)[0] == "استراحة"
    more = agenda.add_rows(db, programme, [["13:00", "غداء"], ["14:00", "ورشة"]])
    order = [new, *ids, *more]
    assert [r.id for r in agenda.get_table(db, programme).rows] == order
    assert agenda.shift_rows(db, programme, [ids[0], ids[1]], -1) == [ids[0], ids[1], new, ids[2], *more]
    assert agenda.move_rows(db, programme, [more[1], new], 0) == [new, more[1], ids[0], ids[1], ids[2], more[0]]
    agenda.reorder_rows(db, programme, order)
    assert [r.id for r in agenda.get_table(db, programme).rows] == order
    agenda.remove_rows(db, programme, [new, more[0]])
    record = agenda.get_table(db, programme)
    assert [r.id for r in record.rows] == [*ids, more[1]]
    assert [r.position for r in record.rows] == [0, 1, 2, 3]


def test_row_refusals_change_nothing(db, programme, event_id):
    before = agenda.get_table(db, programme)
    ids = [row.id for row in before.rows]
    other = agenda.create_table(db, "other", event_id=event_id, rows=[["x"]])
    foreign = agenda.get_table(db, other).rows[0].id
    with pytest.raises(NotFoundError, match=f"no row with id {foreign} in this table"):
        agenda.remove_rows(db, programme, [ids[0], foreign])
    with pytest.raises(StoreError, match="each of the table's 3 rows exactly once"):
        agenda.reorder_rows(db, programme, [ids[0], ids[0], ids[1]])
    with pytest.raises(NotFoundError):
        agenda.move_rows(db, programme, [foreign], 0)
    with pytest.raises(StoreError, match="5 cells but the table has only 4"):
        agenda.add_rows(db, programme, [["a"], ["1", "2", "3", "4", "5"]])
    assert agenda.get_table(db, programme) == before


def test_cells(db, programme, event_id):
    record = agenda.get_table(db, programme)
    row, column = record.rows[2].id, record.columns[2].id
    agenda.set_cell(db, row, column, "ذ. سعاد")
    agenda.set_cell(db, row, column, "ذة. سعاد")
    agenda.set_cells(db, programme, [(record.rows[0].id, record.columns[0].id, "11:15")])
    record = agenda.get_table(db, programme)
    assert record.rows[2].cells[2] == "ذة. سعاد" and record.rows[0].cells[0] == "11:15"
    other = agenda.create_table(db, "other", event_id=event_id, rows=[["x"]])
    other_column = agenda.get_table(db, other).columns[0].id
    with pytest.raises(StoreError, match="different tables"):
        agenda.set_cell(db, row, other_column, "x")
    with pytest.raises(NotFoundError, match="no column with id"):
        agenda.set_cells(db, programme, [(row, column, "ok"), (row, other_column, "x")])
    assert agenda.get_table(db, programme) == record  # the valid first change was not kept


def test_sort_by_time_persists(db, programme):
    record = agenda.get_table(db, programme)
    agenda.sort_table(db, programme, record.columns[0].id)
    assert _texts(db, programme, 0) == ["09.30", "١٠:٠٠", "11h00"]
    agenda.sort_table(db, programme, record.columns[0].id, descending=True)
    assert _texts(db, programme, 0) == ["11h00", "١٠:٠٠", "09.30"]


def test_sort_by_text_date_and_person(db, programme):
    record = agenda.get_table(db, programme)
    agenda.sort_table(db, programme, record.columns[1].id)
    assert _texts(db, programme) == ["الاستقبال", "افتتاح الدورة", "الجريمة السيبرانية"]
    agenda.sort_table(db, programme, record.columns[1].id, strip_article=False)
    assert _texts(db, programme) == ["افتتاح الدورة", "الاستقبال", "الجريمة السيبرانية"]
    agenda.sort_table(db, programme, record.columns[3].id)  # "25 نونبر" read in the event's year
    assert _texts(db, programme, 3) == ["24 نونبر 2026", "2026-11-24", "25 نونبر"]
    agenda.sort_table(db, programme, record.columns[2].id)
    assert _texts(db, programme, 2) == ["حموشي", "د. فالديسي", ""]


def test_sort_by_a_column_of_another_table_is_refused(db, programme, event_id):
    other = agenda.create_table(db, "other", event_id=event_id)
    with pytest.raises(StoreError, match="another table"):
        agenda.sort_table(db, programme, agenda.get_table(db, other).columns[0].id)


def test_validation_marks(db, programme):
    record = agenda.get_table(db, programme)
    agenda.set_cells(
        db,
        programme,
        [
            (record.rows[0].id, record.columns[0].id, "بعد الظهر"),
            (record.rows[1].id, record.columns[3].id, "30 نونبر 2026"),
            (record.rows[2].id, record.columns[3].id, "قريبا"),
        ],
    )
    marks = agenda.table_marks(db, programme)
    assert [(m.row, m.column, m.reason) for m in marks] == [
        (0, 0, NOT_A_TIME), (1, 3, OUTSIDE_EVENT), (2, 3, NOT_A_DATE)
    ]
    assert marks[0].row_id == record.rows[0].id and marks[0].column_id == record.columns[0].id


def test_table_block_round_trip_keeps_ids(db, programme):
    record = agenda.get_table(db, programme)
    block = agenda.table_block(db, programme)
    assert block.source_id == programme and block.width == 4
    assert block.rows[1][0].text == "١٠:٠٠"
    edited = TableBlock(
        header=(*block.header[:3], Inline.plain("التاريخ"), Inline.plain("القاعة")),
        rows=(
            (Inline.plain("11h00"), Inline.plain("جلسة **معدلة**")),
            block.rows[1],
        ),
        source_id=programme,
    )
    agenda.save_table_block(db, programme, edited)
    after = agenda.get_table(db, programme)
    assert [c.id for c in after.columns[:4]] == [c.id for c in record.columns]
    assert after.columns[0].kind == "time"  # kinds survive
    assert [c.header for c in after.columns] == ["الوقت", "الجلسة", "المتحدث", "التاريخ", "القاعة"]
    assert [r.id for r in after.rows] == [r.id for r in record.rows[:2]]
    assert after.rows[0].cells == ("11h00", "جلسة **معدلة**", "", "", "")
    narrow = TableBlock(header=(Inline.plain("a"),), rows=((Inline.plain("1"),),) * 4)
    agenda.save_table_block(db, programme, narrow)
    after = agenda.get_table(db, programme)
    assert len(after.columns) == 1 and [r.cells for r in after.rows] == [("1",)] * 4


def test_create_from_block(db, event_id):
    block = TableBlock(
        header=(Inline.plain("العنوان"), Inline.plain("التفاصيل")),
        rows=((Inline.plain("موقع الحدث"), Inline.plain("مراكش")),),
    )
    table_id = agenda.create_table_from_block(db, block, "الحقائق", event_id=event_id)
    assert agenda.get_table(db, table_id).rows[0].cells == ("موقع الحدث", "مراكش")
    with pytest.raises(StoreError, match="1 column kinds given for a table of 2 columns"):
        agenda.create_table_from_block(db, block, event_id=event_id, kinds=["time"])


def _linking_article(db, table_id, title="افتتاح") -> int:
    block = agenda.table_block(db, table_id)
    return create_article(db, NewArticle(Document(title=title, blocks=(Paragraph(Inline.plain("x")), block))))


def test_delete_refuses_while_linked_and_names_the_articles(db, programme):
    article = _linking_article(db, programme)
    users = articles_linking(db, "table", programme)
    assert [(u.id, u.title) for u in users] == [(article, "افتتاح")]
    with pytest.raises(TableInUseError, match="“البرنامج” is linked in 1 article\\(s\\): “افتتاح”"):
        agenda.delete_table(db, programme)
    assert agenda.get_table(db, programme).rows


def test_forced_delete_detaches_blocks_and_removes_everything(db, programme):
    article = _linking_article(db, programme)
    row = agenda.get_table(db, programme).rows[0].id
    agenda.link_row(db, row, article)
    assert agenda.delete_table(db, programme, force=True) == 1
    with pytest.raises(NotFoundError):
        agenda.get_table(db, programme)
    block = get_article(db, article).document.blocks[1]
    assert isinstance(block, TableBlock) and block.source_id is None and block.rows[1][0].text == "١٠:٠٠"
    with db.session() as session:
        for table in ("agenda_columns", "agenda_rows", "agenda_cells", "agenda_row_articles"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0


def test_unlinked_table_deletes_without_force(db, programme):
    assert agenda.delete_table(db, programme) == 0


def test_linking_search_is_exact_on_ids(db, event_id):
    tables = [agenda.create_table(db, f"t{i}", event_id=event_id) for i in range(12)]
    _linking_article(db, tables[11])  # source_id 12 must not count as a link to table 1
    assert articles_linking(db, "table", tables[0]) == []
    with pytest.raises(StoreError, match="Unknown kind of linked block"):
        articles_linking(db, "paragraph", 1)


def test_row_coverage(db, programme, event_id):
    rows = [r.id for r in agenda.get_table(db, programme).rows]
    first = create_article(db, NewArticle(Document(title="أ"), event_title="الدورة 93 للانتربول"))
    second = create_article(db, NewArticle(Document(title="ب")))
    agenda.link_row(db, rows[0], first)
    agenda.link_row(db, rows[0], first)  # twice is once
    agenda.link_row(db, rows[1], second)
    assert agenda.row_articles(db, programme) == {rows[0]: (first,), rows[1]: (second,), rows[2]: ()}
    coverage = agenda.table_coverage(db, programme)
    assert (coverage.covered, coverage.total, str(coverage)) == (2, 3, "2 of 3")
    delete_article(db, second)  # trashed articles cover nothing
    assert agenda.table_coverage(db, programme).covered == 1
    agenda.unlink_row(db, rows[0], first)
    assert agenda.table_coverage(db, programme).covered == 0
    with pytest.raises(NotFoundError, match="no article with id 999"):
        agenda.link_row(db, rows[0], 999)
    with pytest.raises(NotFoundError, match="no table row"):
        agenda.link_row(db, 999, first)


def test_removing_a_row_removes_its_coverage(db, programme):
    rows = [r.id for r in agenda.get_table(db, programme).rows]
    article = create_article(db, NewArticle(Document(title="أ")))
    agenda.link_row(db, rows[0], article)
    agenda.remove_rows(db, programme, [rows[0]])
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM agenda_row_articles")).scalar() == 0


def test_local_table_goes_with_its_article_event_dates_from_article(db, event_id):
    article = create_article(db, NewArticle(Document(title="أ"), event_title="الدورة 93 للانتربول"))
    local = agenda.create_table(db, "محلي", article_id=article, columns=[("اليوم", "date")], rows=[["1 دجنبر"]])
    assert [m.reason for m in agenda.table_marks(db, local)] == [OUTSIDE_EVENT]
    save_document(db, article, Document(title="أ"))
    assert agenda.get_table(db, local).rows
