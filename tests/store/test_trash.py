"""store.trash: articles, events, agenda tables and topic lists in and out of the trash;
every read leaves trashed things out while their rows and links stay."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core.document import Document, Paragraph, TableBlock, TopicListBlock
from desktop_app.core.errors import NotFoundError, StoreError
from desktop_app.core.inline import Inline
from desktop_app.store import agenda, events, topics, trash
from desktop_app.store.articles import NewArticle, create_article, get_article, save_document
from desktop_app.store.database import Database
from desktop_app.store.fact_box import create_fact_box
from desktop_app.store.from_event import key_issues_list
from desktop_app.store.linked import current_block, refresh_linked_blocks, sync_linking_articles
from desktop_app.store.publishing import export_article_of, find_event, read_event_export
from desktop_app.store.reads import list_articles, list_events
from desktop_app.store.search import search_articles
from desktop_app.store.trashed import InTrashError

FIXTURES = Path(__file__).parents[1] / "fixtures" / "databases"
EVENT = "الدورة 93 للجمعية العامة للانتربول"


class Names:
    """Month names and digits for the fact box, without Qt."""

    def month_name(self, month: int) -> str:
        return "نونبر" if month == 11 else f"m{month}"

    def number(self, value: int) -> str:
        return str(value)


@pytest.fixture
def event_id(db: Database) -> int:
    return events.create_event(
        db, EVENT, city="مراكش", start_date=date(2025, 11, 24), end_date=date(2025, 11, 27), language="ar_MA"
    )


@pytest.fixture
def programme(db: Database, event_id: int) -> int:
    return agenda.create_table(
        db, "البرنامج", event_id=event_id, columns=["الساعة", "الجلسة"],
        rows=[["10:00", "الافتتاح"], ["14:30", "الجريمة السيبرانية"]],
    )


@pytest.fixture
def issues(db: Database, event_id: int) -> int:
    return topics.create_list(db, "أبرز القضايا", event_id=event_id, items=["الجريمة العابرة للحدود", "الإرهاب"])


@pytest.fixture
def article(db: Database, event_id: int, programme: int, issues: int) -> int:
    """An article of the event linking the programme and the key issues."""
    document = Document(
        title="افتتاح الدورة",
        blocks=(
            Paragraph(Inline.plain("وصل الوفد إلى مراكش")),
            agenda.table_block(db, programme),
            topics.topic_list_block(db, issues),
        ),
    )
    return create_article(db, NewArticle(document, event_id=event_id))


def linked(db: Database, article_id: int) -> tuple[TableBlock, TopicListBlock]:
    blocks = get_article(db, article_id).document.blocks
    return blocks[1], blocks[2]  # type: ignore[return-value]


def counts(db: Database) -> dict[str, int]:
    tables = (
        "events", "articles", "blocks", "revisions", "agenda_tables", "agenda_columns", "agenda_rows",
        "agenda_cells", "agenda_row_articles", "topic_lists", "topic_items", "topic_item_articles",
    )
    with db.session() as session:
        return {table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() for table in tables}


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: "nothing changed" made checkable."""
    with db.session() as session:
        names = session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' ORDER BY name")
        ).scalars().all()
        return {
            name: [tuple(row) for row in session.execute(text(f"SELECT * FROM {name} ORDER BY 1"))] for name in names
        }


# --- tables -------------------------------------------------------------------------------


def test_a_trashed_table_leaves_every_read_and_keeps_its_rows(db, event_id, programme, article):
    before = counts(db)
    users = trash.trash_table(db, programme)
    assert [(user.id, user.title) for user in users] == [(article, "افتتاح الدورة")]
    assert agenda.list_tables(db, event_id=event_id) == []
    with pytest.raises(InTrashError, match="“البرنامج” is in the trash"):
        agenda.get_table(db, programme)
    assert counts(db) == before  # nothing deleted


def test_a_trashed_table_refuses_changes(db, programme):
    record = agenda.get_table(db, programme)
    trash.trash_table(db, programme)
    row, column = record.rows[0].id, record.columns[0].id
    for change in (
        lambda: agenda.add_row(db, programme, ["11:00"]),
        lambda: agenda.rename_table(db, programme, "جديد"),
        lambda: agenda.set_cell(db, row, column, "09:00"),
        lambda: agenda.rename_column(db, column, "الوقت"),
        lambda: agenda.remove_rows(db, programme, [row]),
    ):
        with pytest.raises(InTrashError):
            change()
    trash.restore(db, "table", programme)
    assert agenda.get_table(db, programme) == record


def test_links_survive_the_trash_and_come_back_with_the_restore(db, programme, article):
    table_block, _ = linked(db, article)
    trash.trash_table(db, programme)
    # The article keeps its link and its copy: it still shows the table.
    assert current_block(db, table_block) == table_block
    assert refresh_linked_blocks(db, article).blocks[1] == table_block
    assert sync_linking_articles(db, "table", programme) == []
    assert linked(db, article)[0].source_id == programme
    assert [(kind, item) for kind, item in trash.restore(db, "table", programme)] == [("table", programme)]
    # Alive again: an edit of the table reaches the article.
    agenda.add_row(db, programme, ["18:00", "الاختتام"])
    assert sync_linking_articles(db, "table", programme) == [article]
    assert linked(db, article)[0].rows[-1][1].text == "الاختتام"


def test_deleting_a_table_for_good_detaches_its_linked_blocks(db, programme, article):
    row = agenda.get_table(db, programme).rows[0].id
    agenda.link_row(db, row, article)
    trash.trash_table(db, programme)
    assert trash.delete_forever(db, [("table", programme)]) == 1
    with pytest.raises(NotFoundError) as caught:
        agenda.get_table(db, programme)
    assert not isinstance(caught.value, InTrashError)
    block = linked(db, article)[0]
    assert block.source_id is None and block.rows[0][1].text == "الافتتاح"
    after = counts(db)
    assert after["agenda_tables"] == after["agenda_rows"] == after["agenda_row_articles"] == 0
    assert trash.list_trash(db) == []


def test_the_fact_box_and_local_tables_do_not_go_to_the_trash_alone(db, event_id):
    fact_box = create_fact_box(db, event_id, lambda _locale: Names())
    owner = create_article(db, NewArticle(Document(title="مقال", blocks=())))
    local = agenda.create_table(db, "جدول المقال", article_id=owner)
    local_list = topics.create_list(db, "قائمة المقال", article_id=owner)
    before = dump(db)
    with pytest.raises(StoreError, match="fact box"):
        trash.trash_table(db, fact_box)
    with pytest.raises(StoreError, match="Only an event's"):
        trash.trash_table(db, local)
    with pytest.raises(StoreError, match="Only an event's"):
        trash.trash_list(db, local_list)
    assert dump(db) == before


def test_trashing_twice_or_a_missing_table_is_refused(db, programme):
    trash.trash_table(db, programme)
    before = dump(db)
    with pytest.raises(InTrashError):
        trash.trash_table(db, programme)
    with pytest.raises(NotFoundError, match="no agenda table with id 999"):
        trash.trash_table(db, 999)
    assert dump(db) == before


# --- lists --------------------------------------------------------------------------------


def test_a_trashed_list_keeps_its_links_and_restores(db, event_id, issues, article):
    _, block = linked(db, article)
    users = trash.trash_list(db, issues)
    assert [user.id for user in users] == [article]
    assert topics.list_lists(db, event_id=event_id) == []
    assert key_issues_list(db, event_id) is None  # new articles do not link it
    with pytest.raises(InTrashError, match="topic list “أبرز القضايا” is in the trash"):
        topics.get_list(db, issues)
    with db.session() as session:
        topic = session.execute(text("SELECT id FROM topic_items ORDER BY id LIMIT 1")).scalar_one()
    for change in (
        lambda: topics.add_item(db, issues, "جديد"),
        lambda: topics.edit_item(db, topic, "نص"),
        lambda: topics.link_item(db, topic, article),
        lambda: topics.set_covered(db, topic, True),
    ):
        with pytest.raises(InTrashError):
            change()
    assert current_block(db, block) == block
    assert trash.restore(db, "list", issues) == [("list", issues)]
    assert [summary.id for summary in topics.list_lists(db, event_id=event_id)] == [issues]
    topics.add_item(db, issues, "التعاون الأمني")
    assert sync_linking_articles(db, "topics", issues) == [article]
    assert linked(db, article)[1].items[-1].text == "التعاون الأمني"


def test_deleting_a_list_for_good_detaches(db, issues, article):
    trash.trash_list(db, issues)
    trash.delete_forever(db, [("list", issues)])
    block = linked(db, article)[1]
    assert block.source_id is None and [item.text for item in block.items] == ["الجريمة العابرة للحدود", "الإرهاب"]
    assert counts(db)["topic_items"] == 0


# --- events -------------------------------------------------------------------------------


def test_a_trashed_event_takes_its_tables_and_lists_and_leaves_its_articles(db, event_id, programme, issues, article):
    trash.trash_event(db, event_id)
    assert [event.id for event in list_events(db)] == []
    for read in (
        lambda: events.get_event(db, event_id),
        lambda: agenda.list_tables(db, event_id=event_id),
        lambda: topics.list_lists(db, event_id=event_id),
        lambda: agenda.get_table(db, programme),
        lambda: topics.get_list(db, issues),
        lambda: events.update_event(db, event_id, city="الرباط"),
        lambda: agenda.create_table(db, "جديد", event_id=event_id),
        lambda: topics.create_list(db, "جديدة", event_id=event_id),
    ):
        with pytest.raises(InTrashError, match=f"event “{EVENT}” is in the trash"):
            read()
    # The article stays, shown without an event; its blocks keep their links.
    (summary,) = list_articles(db)
    assert (summary.id, summary.event_id, summary.event_title) == (article, None, None)
    record = get_article(db, article)
    assert record.event_id is None and record.event_title is None
    assert linked(db, article)[0].source_id == programme
    assert refresh_linked_blocks(db, article) == record.document
    # Exports follow: no event, no fact box, and the event cannot be named.
    exported = export_article_of(db, article)
    assert exported.event_title is None and exported.fact_box_ids == frozenset()
    with pytest.raises(NotFoundError):
        find_event(db, EVENT)
    with pytest.raises(NotFoundError):
        read_event_export(db, event_id)
    # The trash shows the event alone: its tables and lists are inside it.
    (item,) = trash.list_trash(db)
    assert (item.kind, item.id, item.title, item.size) == ("event", event_id, EVENT, 2)

    assert trash.restore(db, "event", event_id) == [("event", event_id)]
    assert get_article(db, article).event_title == EVENT
    assert [t.id for t in agenda.list_tables(db, event_id=event_id)] == [programme]
    assert [s.id for s in topics.list_lists(db, event_id=event_id)] == [issues]
    assert read_event_export(db, event_id).articles[0][0] == article


def test_what_was_trashed_before_the_event_stays_in_the_trash_after_its_restore(db, event_id, programme, issues):
    trash.trash_table(db, programme)
    trash.trash_event(db, event_id)
    listed = trash.list_trash(db)
    assert [item.key for item in listed] == [("event", event_id), ("table", programme)]
    assert listed[1].event_title == EVENT and listed[1].event_in_trash
    trash.restore(db, "event", event_id)
    assert [item.key for item in trash.list_trash(db)] == [("table", programme)]
    assert [s.id for s in topics.list_lists(db, event_id=event_id)] == [issues]
    assert agenda.list_tables(db, event_id=event_id) == []


def test_restoring_a_table_restores_its_event(db, event_id, programme):
    trash.trash_table(db, programme)
    trash.trash_event(db, event_id)
    assert trash.restore(db, "table", programme) == [("table", programme), ("event", event_id)]
    assert events.get_event(db, event_id).title == EVENT
    assert trash.list_trash(db) == []


def test_a_table_inside_a_trashed_event_is_restored_through_the_event(db, event_id, programme):
    trash.trash_event(db, event_id)
    before = dump(db)
    with pytest.raises(StoreError, match="in the trash with its event"):
        trash.restore(db, "table", programme)
    with pytest.raises(StoreError, match="in the trash with its event"):
        trash.delete_forever(db, [("table", programme)])
    assert dump(db) == before


def test_deleting_an_event_for_good_keeps_its_articles(db, event_id, programme, issues, article):
    trash.trash_event(db, event_id)
    assert trash.delete_forever(db, [("event", event_id)]) == 1
    record = get_article(db, article)
    assert record.event_id is None
    table_block, list_block = linked(db, article)
    assert table_block.source_id is None and list_block.source_id is None
    assert table_block.rows[1][1].text == "الجريمة السيبرانية"
    after = counts(db)
    assert after["events"] == after["agenda_tables"] == after["topic_lists"] == 0 and after["articles"] == 1
    with db.session() as session:
        assert session.execute(text("SELECT event_id FROM articles")).scalar_one() is None
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []


# --- articles -----------------------------------------------------------------------------


def test_an_article_comes_back_searchable(db, article):
    trash.trash_article(db, article)
    assert list_articles(db) == [] and search_articles(db, "مراكش") == []
    (item,) = trash.list_trash(db)
    assert (item.kind, item.title, item.event_title, item.event_in_trash) == ("article", "افتتاح الدورة", EVENT, False)
    assert trash.restore(db, "article", article) == [("article", article)]
    assert [a.id for a in list_articles(db)] == [article]
    assert [hit.article_id for hit in search_articles(db, "مراكش")] == [article]
    save_document(db, article, Document(title="افتتاح الدورة", blocks=(Paragraph(Inline.plain("نص جديد")),)))


def test_restoring_an_article_of_a_trashed_event_keeps_the_link_for_later(db, event_id, article):
    trash.trash_article(db, article)
    trash.trash_event(db, event_id)
    trash.restore(db, "article", article)
    assert get_article(db, article).event_id is None  # shown without an event…
    assert [item.key for item in trash.list_trash(db)] == [("event", event_id)]
    trash.restore(db, "event", event_id)
    assert get_article(db, article).event_id == event_id  # …until the event is back


def test_deleting_an_article_for_good_removes_all_of_it(db, event_id, programme, issues, article):
    row = agenda.get_table(db, programme).rows[0].id
    agenda.link_row(db, row, article)
    topics.link_item(db, topics.get_list(db, issues).items[0].id, article)
    local = agenda.create_table(db, "جدول المقال", article_id=article)
    trash.trash_article(db, article)
    trash.delete_forever(db, [("article", article)])
    after = counts(db)
    assert after["articles"] == after["blocks"] == after["revisions"] == 0
    assert after["agenda_row_articles"] == after["topic_item_articles"] == 0
    assert [t.id for t in agenda.list_tables(db, event_id=event_id)] == [programme]
    with pytest.raises(NotFoundError):
        agenda.get_table(db, local)
    assert search_articles(db, "مراكش") == []


# --- the whole trash ----------------------------------------------------------------------


def test_the_trash_lists_the_newest_first_with_what_each_holds(db, event_id, programme, issues, article):
    trash.trash_table(db, programme)
    trash.trash_list(db, issues)
    trash.trash_article(db, article)
    listed = trash.list_trash(db)
    assert [item.key for item in listed] == [("article", article), ("list", issues), ("table", programme)]
    assert [item.size for item in listed] == [get_article_words(db, article), 2, 2]
    assert listed[2].to_json()["event_title"] == EVENT
    assert listed[0].deleted_at >= listed[1].deleted_at >= listed[2].deleted_at
    assert trash.trash_count(db) == 3


def get_article_words(db: Database, article_id: int) -> int:
    with db.session() as session:
        return session.execute(text("SELECT word_count FROM articles WHERE id = :id"), {"id": article_id}).scalar_one()


def test_emptying_the_trash_deletes_everything_in_it_and_nothing_else(db, event_id, programme, issues, article):
    other = events.create_event(db, "معرض الكتاب")
    kept = agenda.create_table(db, "الأروقة", event_id=other)
    trash.trash_table(db, programme)
    trash.trash_event(db, event_id)
    trash.trash_article(db, article)
    assert trash.empty_trash(db) == 3
    assert trash.list_trash(db) == []
    after = counts(db)
    assert (after["events"], after["agenda_tables"], after["topic_lists"], after["articles"]) == (1, 1, 0, 0)
    assert agenda.get_table(db, kept).title == "الأروقة"
    with db.session() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
    assert trash.empty_trash(db) == 0


def test_restoring_many_is_all_or_nothing(db, programme, issues, article):
    trash.trash_table(db, programme)
    trash.trash_list(db, issues)
    before = dump(db)
    with pytest.raises(StoreError, match="“افتتاح الدورة” is not in the trash"):
        trash.restore_items(db, [("table", programme), ("article", article)])
    with pytest.raises(StoreError, match="not in the trash"):
        trash.delete_forever(db, [("list", issues), ("article", article)])
    with pytest.raises(NotFoundError, match="no topic list with id 77"):
        trash.restore_items(db, [("table", programme), ("list", 77)])
    with pytest.raises(StoreError, match="Unknown kind of thing in the trash “note”"):
        trash.restore(db, "note", 1)
    with pytest.raises(StoreError, match="Unknown kind"):
        trash.move_to_trash(db, "note", 1)
    assert dump(db) == before
    assert trash.restore_items(db, [("table", programme), ("list", issues), ("table", programme)]) == [
        ("table", programme), ("list", issues)
    ]


def test_move_to_trash_by_kind(db, event_id, programme, issues, article):
    for kind, item_id in (("table", programme), ("list", issues), ("article", article), ("event", event_id)):
        trash.move_to_trash(db, kind, item_id)
    assert {item.key for item in trash.list_trash(db)} == {
        ("table", programme), ("list", issues), ("article", article), ("event", event_id)
    }


# --- migrations ---------------------------------------------------------------------------


def test_a_database_from_before_the_trash_has_nothing_in_it(tmp_path):
    target = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "hadath-0004.sqlite3", target)
    with Database.open(target) as db:
        # The fixture's article 4 was trashed at 0001 already.
        assert [item.key for item in trash.list_trash(db)] == [("article", 4)]
        assert [event.id for event in list_events(db)] == [1]
        assert [summary.id for summary in topics.list_lists(db, event_id=1)] == [1]
        assert agenda.get_table(db, 1).title == "البرنامج"


def test_the_0005_fixture_holds_a_trashed_list_and_event(tmp_path):
    target = tmp_path / "trash.sqlite3"
    shutil.copyfile(FIXTURES / "hadath-0005.sqlite3", target)
    with Database.open(target) as db:
        listed = trash.list_trash(db)
        assert [item.key for item in listed] == [("event", 2), ("list", 2), ("article", 4)]
        assert [summary.id for summary in topics.list_lists(db, event_id=1)] == [1]
        assert [event.id for event in list_events(db)] == [1]
        trash.restore(db, "list", 2)
        assert [item.text for item in topics.get_list(db, 2).items] == ["تعزيز تبادل المعلومات"]
