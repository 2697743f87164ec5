from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.errors import NotFoundError, StoreError
from desktop_app.core.inline import Inline
from desktop_app.store import topics
from desktop_app.store.articles import NewArticle, create_article, delete_article
from desktop_app.store.events import create_event
from desktop_app.store.topic_snapshots import (
    ItemSnapshot,
    ListSnapshot,
    find_snapshot,
    restore_snapshot,
    take_snapshot,
)

EVENT = "الدورة 93 للانتربول"
ISSUES = [
    "ترسيخ التعاون الأمني بين الدول الأعضاء.",
    "مواجهة الجريمة المنظمة العابرة للحدود.",
    "حماية الأنظمة الرقمية من الهجمات السيبرانية.",
]


@pytest.fixture
def event_id(db) -> int:
    return create_event(db, EVENT)


@pytest.fixture
def issues(db, event_id) -> int:
    return topics.create_list(db, "أبرز القضايا", event_id=event_id, items=ISSUES)


def _article(db, title: str) -> int:
    document = Document(title=title, blocks=(Paragraph(Inline.plain("نص")),))
    return create_article(db, NewArticle(document, event_title=EVENT))


def _rows(db, sql: str) -> list[tuple]:
    with db.session() as session:
        return [tuple(row) for row in session.execute(text(sql))]


def _all_rows(db) -> tuple[list[tuple], list[tuple], list[tuple]]:
    return (
        _rows(db, "SELECT id, title, event_id, ordered, position FROM topic_lists ORDER BY id"),
        _rows(db, "SELECT id, list_id, position, text, covered FROM topic_items ORDER BY id"),
        _rows(db, "SELECT item_id, article_id FROM topic_item_articles ORDER BY item_id, article_id"),
    )


def test_snapshot_holds_the_list_in_order(db, issues, event_id):
    article = _article(db, "افتتاح الدورة")
    first, second, third = (item.id for item in topics.get_list(db, issues).items)
    topics.link_item(db, second, article)
    topics.set_ordered(db, issues, True)
    topics.move_items(db, issues, [third], 0)

    snapshot = take_snapshot(db, issues)

    assert snapshot.list_id == issues and snapshot.title == "أبرز القضايا" and snapshot.ordered
    assert snapshot.event_id == event_id and snapshot.article_id is None
    assert snapshot.items == (
        ItemSnapshot(third, ISSUES[2], False, ()),
        ItemSnapshot(first, ISSUES[0], False, ()),
        ItemSnapshot(second, ISSUES[1], True, (article,)),
    )
    with pytest.raises(AttributeError):
        snapshot.title = "x"  # type: ignore[misc]


def test_restore_undoes_every_kind_of_edit(db, issues):
    article = _article(db, "افتتاح الدورة")
    before = take_snapshot(db, issues)
    rows_before = _all_rows(db)
    first, second, third = (item.id for item in before.items)

    topics.rename_list(db, issues, "التوصيات")
    topics.set_ordered(db, issues, True)
    topics.edit_item(db, first, "نص جديد")
    topics.link_item(db, second, article)
    topics.set_covered(db, third, True)
    topics.move_items(db, issues, [third], 0)
    added = topics.add_item(db, issues, "بند مضاف", position=1)
    topics.remove_items(db, issues, [first])
    after = take_snapshot(db, issues)
    rows_after = _all_rows(db)
    assert after != before

    restore_snapshot(db, before)
    assert take_snapshot(db, issues) == before
    assert _all_rows(db) == rows_before
    assert topics.get_list(db, issues).items[1].article_ids == ()

    # Redo: the added item comes back with its id, the removed one goes again.
    restore_snapshot(db, after)
    assert take_snapshot(db, issues) == after
    assert _all_rows(db) == rows_after
    assert [item.id for item in topics.get_list(db, issues).items] == [third, added, second]


def test_restore_brings_back_removed_items_with_ids_and_links(db, issues):
    article = _article(db, "افتتاح الدورة")
    items = topics.get_list(db, issues).items
    topics.link_item(db, items[0].id, article)
    before = take_snapshot(db, issues)

    topics.remove_items(db, issues, [items[0].id, items[2].id])
    assert len(topics.get_list(db, issues).items) == 1

    restore_snapshot(db, before)
    record = topics.get_list(db, issues)
    assert [item.id for item in record.items] == [item.id for item in items]
    assert record.items[0].article_ids == (article,) and record.items[0].covered
    assert [item.text for item in record.items] == ISSUES


def test_restore_recreates_a_deleted_list(db, issues, event_id):
    article = _article(db, "افتتاح الدورة")
    topics.link_item(db, topics.get_list(db, issues).items[1].id, article)
    other = topics.create_list(db, "النتائج", event_id=event_id, items=["بند"])
    before = take_snapshot(db, issues)
    rows_before = _all_rows(db)

    topics.delete_list(db, issues, force=True)
    assert find_snapshot(db, issues) is None
    with pytest.raises(NotFoundError):
        take_snapshot(db, issues)

    restore_snapshot(db, before)
    assert _all_rows(db) == rows_before
    assert [s.id for s in topics.list_lists(db, event_id=event_id)] == [issues, other]
    assert topics.list_coverage(db, issues).covered == 1


def test_restore_keeps_links_to_trashed_articles(db, issues):
    kept = _article(db, "مقال باق")
    trashed = _article(db, "مقال في سلة المهملات")
    item = topics.get_list(db, issues).items[0].id
    topics.link_item(db, item, kept)
    topics.link_item(db, item, trashed)
    delete_article(db, trashed)
    before = take_snapshot(db, issues)
    assert before.items[0].article_ids == (kept, trashed)

    topics.unlink_item(db, item, kept)
    topics.remove_items(db, issues, [item])
    restore_snapshot(db, before)

    assert _rows(db, f"SELECT article_id FROM topic_item_articles WHERE item_id = {item}") == [(kept,), (trashed,)]
    # The store still hides the trashed one.
    assert topics.get_list(db, issues).items[0].article_ids == (kept,)


def test_restore_drops_links_to_articles_that_no_longer_exist(db, issues):
    item = topics.get_list(db, issues).items[0].id
    snapshot = take_snapshot(db, issues)
    ghost = ListSnapshot(
        snapshot.list_id, snapshot.title, snapshot.ordered, snapshot.event_id, snapshot.article_id,
        snapshot.position, (ItemSnapshot(item, "بند", True, (999,)), *snapshot.items[1:]),
    )
    restore_snapshot(db, ghost)
    assert _rows(db, "SELECT count(*) FROM topic_item_articles") == [(0,)]
    assert topics.get_list(db, issues).items[0].text == "بند"


def test_restore_refuses_when_the_event_is_gone(db, issues, event_id):
    before = take_snapshot(db, issues)
    topics.delete_list(db, issues, force=True)
    with db.session() as session:
        session.execute(text(f"DELETE FROM events WHERE id = {event_id}"))
    rows = _all_rows(db)
    with pytest.raises(NotFoundError, match=f"no event with id {event_id}"):
        restore_snapshot(db, before)
    assert _all_rows(db) == rows


def test_restore_gives_a_new_id_to_a_topic_whose_id_was_reused(db, issues, event_id):
    article = _article(db, "افتتاح الدورة")
    last = topics.get_list(db, issues).items[-1].id
    topics.link_item(db, last, article)
    before = take_snapshot(db, issues)
    other = topics.create_list(db, "النتائج", event_id=event_id)
    topics.remove_items(db, issues, [last])
    # SQLite hands the freed highest id to the next row: here, another list's topic.
    reused = topics.add_item(db, other, "بند آخر")
    assert reused == last

    restore_snapshot(db, before)
    record = topics.get_list(db, issues)
    assert [item.text for item in record.items] == ISSUES
    assert record.items[-1].id not in (last, *(item.id for item in before.items[:-1]))
    assert record.items[-1].article_ids == (article,) and record.items[-1].covered
    # The other list's topic is left alone, its (absent) links too.
    assert topics.get_list(db, other).items[0].text == "بند آخر"
    assert topics.get_list(db, other).items[0].article_ids == ()
    # Restoring again replaces the stand-in rather than adding a second copy.
    restore_snapshot(db, before)
    assert [item.text for item in topics.get_list(db, issues).items] == ISSUES


def test_restore_refuses_when_the_list_id_names_another_owners_list(db, issues, event_id):
    before = take_snapshot(db, issues)
    topics.delete_list(db, issues, force=True)
    article = _article(db, "افتتاح الدورة")
    local = topics.create_list(db, "قائمة المقال", article_id=article, items=["بند"])
    assert local == issues
    rows = _all_rows(db)
    with pytest.raises(StoreError, match="taken by another list"):
        restore_snapshot(db, before)
    assert _all_rows(db) == rows


def test_find_snapshot_of_an_existing_list(db, issues):
    assert find_snapshot(db, issues) == take_snapshot(db, issues)
