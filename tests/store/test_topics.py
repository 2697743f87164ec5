from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.core.document import Document, Paragraph, TableBlock, TopicListBlock
from desktop_app.core.errors import NotFoundError, StoreError
from desktop_app.core.inline import Inline
from desktop_app.store import agenda, topics
from desktop_app.store.articles import NewArticle, create_article, delete_article, get_article
from desktop_app.store.block_links import TableInUseError
from desktop_app.store.events import create_event
from desktop_app.store.linked import (
    articles_linking,
    detach_block,
    refresh_document,
    refresh_linked_blocks,
    sync_linking_articles,
)

ISSUES = [
    "ترسيخ التعاون الأمني بين الدول الأعضاء في الانتربول.",
    "تبادل الخبرات في مواجهة الجريمة المنظمة العابرة للحدود.",
    "تعزيز حماية الأنظمة الرقمية ضد الهجمات السيبرانية المستجدة.",
    "تطوير دور المرأة في مؤسسات الشرطة محليًا ودوليًا.",
    "تحديث سياسات وإجراءات التصدي لشبكات الاحتيال والجرائم الجديدة.",
]


@pytest.fixture
def event_id(db) -> int:
    return create_event(db, "الدورة 93 للانتربول")


@pytest.fixture
def issues(db, event_id) -> int:
    return topics.create_list(db, " أبرز القضايا ", event_id=event_id, items=ISSUES)


def _texts(db, list_id):
    return [item.text for item in topics.get_list(db, list_id).items]


def test_create_and_load(db, issues, event_id):
    record = topics.get_list(db, issues)
    assert record.title == "أبرز القضايا" and record.event_id == event_id and not record.ordered
    assert [item.text for item in record.items] == ISSUES
    assert str(record.coverage) == "0 of 5"
    assert [s.id for s in topics.list_lists(db, event_id=event_id)] == [issues]


def test_create_refusals(db, event_id):
    with pytest.raises(StoreError, match="either"):
        topics.create_list(db, "x")
    with pytest.raises(NotFoundError, match="no event with id 99"):
        topics.create_list(db, "x", event_id=99)
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM topic_lists")).scalar() == 0


def test_rename_ordered(db, issues):
    topics.rename_list(db, issues, "القضايا")
    topics.set_ordered(db, issues, True)
    record = topics.get_list(db, issues)
    assert (record.title, record.ordered) == ("القضايا", True)


def test_items_add_edit_remove_reorder(db, issues):
    ids = [item.id for item in topics.get_list(db, issues).items]
    new = topics.add_item(db, issues, " حماية الأطفال ", position=1)
    assert _texts(db, issues)[1] == "حماية الأطفال"
    topics.edit_item(db, new, "حماية القاصرين")
    assert _texts(db, issues)[1] == "حماية القاصرين"
    assert topics.shift_items(db, issues, [new], -1)[0] == new
    assert topics.move_items(db, issues, [ids[0], new], 99)[-2:] == [new, ids[0]]
    topics.reorder_items(db, issues, [*ids, new])
    assert [i.id for i in topics.get_list(db, issues).items] == [*ids, new]
    topics.remove_items(db, issues, [ids[0], new])
    record = topics.get_list(db, issues)
    assert [i.text for i in record.items] == ISSUES[1:]
    assert [i.position for i in record.items] == [0, 1, 2, 3]


def test_item_refusals_change_nothing(db, issues):
    before = topics.get_list(db, issues)
    ids = [item.id for item in before.items]
    with pytest.raises(StoreError, match="needs some text"):
        topics.add_items(db, issues, ["ok", "  "])
    with pytest.raises(StoreError, match="needs some text"):
        topics.edit_item(db, ids[0], "")
    with pytest.raises(StoreError, match="each of the list's 5 items exactly once"):
        topics.reorder_items(db, issues, ids[:4])
    with pytest.raises(NotFoundError, match="no topic with id 999 in this list"):
        topics.remove_items(db, issues, [ids[0], 999])
    with pytest.raises(NotFoundError, match="no topic list"):
        topics.add_item(db, 999, "x")
    assert topics.get_list(db, issues) == before


def test_covered_and_links(db, issues):
    ids = [item.id for item in topics.get_list(db, issues).items]
    article = create_article(db, NewArticle(Document(title="افتتاح")))
    other = create_article(db, NewArticle(Document(title="اختتام")))
    topics.link_item(db, ids[0], article)
    topics.link_item(db, ids[0], other)
    topics.link_item(db, ids[0], article)
    topics.set_covered(db, ids[3])
    record = topics.get_list(db, issues)
    assert record.items[0].covered and record.items[0].article_ids == (article, other)
    assert str(topics.list_coverage(db, issues)) == "2 of 5"
    assert topics.list_lists(db, event_id=record.event_id)[0].coverage.covered == 2
    topics.unlink_item(db, ids[0], other)
    delete_article(db, article)
    record = topics.get_list(db, issues)
    assert record.items[0].article_ids == () and record.items[0].covered  # the flag stays
    topics.set_covered(db, ids[0], False)
    assert topics.list_coverage(db, issues).covered == 1
    with pytest.raises(NotFoundError, match="no article with id"):
        topics.link_item(db, ids[1], article)  # trashed
    assert not topics.get_list(db, issues).items[1].covered


def test_block_round_trip_keeps_item_ids(db, issues):
    ids = [item.id for item in topics.get_list(db, issues).items]
    block = topics.topic_list_block(db, issues)
    assert block.source_id == issues and block.title == "أبرز القضايا" and len(block.items) == 5
    topics.set_covered(db, ids[0])
    edited = TopicListBlock(
        items=(Inline.plain("معدل"), Inline.plain(""), *block.items[1:3]), title="القضايا", ordered=True
    )
    topics.save_topic_list_block(db, issues, edited)
    record = topics.get_list(db, issues)
    assert [i.id for i in record.items] == ids[:3]
    assert [i.text for i in record.items] == ["معدل", *ISSUES[1:3]]
    assert record.items[0].covered and record.ordered and record.title == "القضايا"
    copy = topics.create_list_from_block(db, edited, event_id=record.event_id)
    assert _texts(db, copy) == ["معدل", *ISSUES[1:3]]


def test_delete_list_refuses_when_linked_then_detaches(db, issues):
    block = topics.topic_list_block(db, issues)
    article = create_article(db, NewArticle(Document(title="افتتاح", blocks=(block,))))
    with pytest.raises(TableInUseError, match="topic list “أبرز القضايا” is linked in 1 article"):
        topics.delete_list(db, issues)
    assert topics.get_list(db, issues).items
    assert topics.delete_list(db, issues, force=True) == 1
    kept = get_article(db, article).document.blocks[0]
    assert isinstance(kept, TopicListBlock) and kept.source_id is None and len(kept.items) == 5
    with db.session() as session:
        assert session.execute(text("SELECT count(*) FROM topic_items")).scalar() == 0


# --- linked blocks ----------------------------------------------------------------------


def _fact_box(db, event_id) -> int:
    return agenda.create_table(
        db,
        "الحقائق",
        event_id=event_id,
        columns=["العنوان", "التفاصيل"],
        rows=[["موقع الحدث", "مدينة مراكش، المملكة المغربية."], ["مدة الدورة", "من 24 حتى 27 نونبر الجاري."]],
    )


def test_edits_in_the_event_reach_every_linked_article(db, event_id, issues):
    facts = _fact_box(db, event_id)
    blocks = (Paragraph(Inline.plain("مقدمة")), agenda.table_block(db, facts), topics.topic_list_block(db, issues))
    first = create_article(db, NewArticle(Document(title="افتتاح", blocks=blocks)))
    second = create_article(db, NewArticle(Document(title="اختتام", blocks=blocks)))
    assert [a.id for a in articles_linking(db, "table", facts)] == [first, second]
    assert [a.id for a in articles_linking(db, "topics", issues)] == [first, second]

    row = agenda.get_table(db, facts).rows[1]
    column = agenda.get_table(db, facts).columns[1]
    agenda.set_cell(db, row.id, column.id, "من 24 إلى 27 نونبر 2026.")
    topics.add_item(db, issues, "قضية جديدة")

    refreshed = refresh_linked_blocks(db, first)
    table = refreshed.blocks[1]
    assert isinstance(table, TableBlock) and table.rows[1][1].text == "من 24 إلى 27 نونبر 2026."
    assert len(refreshed.blocks[2].items) == 6  # type: ignore[union-attr]
    assert get_article(db, first).document.blocks[1] != table  # not saved without save=True

    assert sync_linking_articles(db, "table", facts) == [first, second]
    for article_id in (first, second):
        stored = get_article(db, article_id).document
        assert stored.blocks[1].rows[1][1].text == "من 24 إلى 27 نونبر 2026."  # type: ignore[union-attr]
        assert len(stored.blocks[2].items) == 6  # type: ignore[union-attr]
        assert stored.blocks[0] == blocks[0]
    assert sync_linking_articles(db, "table", facts) == []  # nothing left to change


def test_refresh_detaches_blocks_whose_source_is_gone(db, event_id):
    facts = _fact_box(db, event_id)
    linked = agenda.table_block(db, facts)
    gone = TableBlock(header=(Inline.plain("x"),), source_id=9999)
    document = refresh_document(db, Document(title="t", blocks=(linked, gone)))
    assert document.blocks[0] == linked
    assert document.blocks[1] == TableBlock(header=(Inline.plain("x"),))


def test_detach_block(db, event_id):
    linked = agenda.table_block(db, _fact_box(db, event_id))
    local = detach_block(linked)
    assert isinstance(local, TableBlock) and local.source_id is None and local.rows == linked.rows
    paragraph = Paragraph(Inline.plain("x"))
    assert detach_block(paragraph) is paragraph
    doc = refresh_document(db, Document(title="t", blocks=(local,)))
    assert doc.blocks[0] == local  # a detached copy no longer follows the event


def test_refresh_unknown_article(db):
    with pytest.raises(NotFoundError):
        refresh_linked_blocks(db, 42)
