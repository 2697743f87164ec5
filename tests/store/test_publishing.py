"""store.publishing: articles as the exporters want them, an event's at once, the event a
CLI argument names; one snapshot per call, the same on the sqlite3 and SQLAlchemy routes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date
from pathlib import Path

import pytest

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.errors import NotFoundError, StoreError
from desktop_app.core.export.publish import ExportArticle
from desktop_app.core.inline import Inline
from desktop_app.store import agenda, events
from desktop_app.store.articles import (
    NewArticle,
    create_articles,
    delete_article,
    get_article,
    update_metadata,
)
from desktop_app.store.database import Database
from desktop_app.store.fact_box import create_fact_box
from desktop_app.store.publishing import (
    event_export_articles,
    export_article_of,
    find_event,
    read_event_export,
)

ROOT = Path(__file__).resolve().parents[2]
EVENT = "الدورة 93 للجمعية العامة للانتربول"


class Names:
    """Month names and digits for the fact box, without Qt."""

    def month_name(self, month: int) -> str:
        return "نونبر" if month == 11 else f"m{month}"

    def number(self, value: int) -> str:
        return str(value)


def _names(locale: str) -> Names:
    return Names()


def _body(text: str) -> tuple[Paragraph]:
    return (Paragraph(Inline.plain(text)),)


@pytest.fixture
def event_id(db: Database) -> int:
    return events.create_event(
        db, EVENT, city="مراكش", start_date=date(2025, 11, 24), end_date=date(2025, 11, 27),
        language="ar_MA", time_zone="Africa/Casablanca",
    )


@pytest.fixture
def coverage(db: Database, event_id: int) -> dict[str, int]:
    """Three articles of the event (one linking the fact box and the programme), one of
    another event, one without an event."""
    fact_box = create_fact_box(db, event_id, _names)
    programme = agenda.create_table(db, "البرنامج", event_id=event_id, columns=["الساعة", "الجلسة"],
                                    rows=[["10:00", "الافتتاح"]])
    other_event = events.create_event(db, "معرض الكتاب", language="ar_MA")
    linked = (
        Paragraph(Inline.plain("افتتحت الدورة")),
        agenda.table_block(db, fact_box),
        agenda.table_block(db, programme),
    )
    ids = create_articles(db, [
        NewArticle(Document("عشية الافتتاح", _body("قبل الافتتاح")), event_id=event_id, summary="تمهيد"),
        NewArticle(Document("الافتتاح", linked), event_id=event_id),
        NewArticle(Document("Closing day", _body("The assembly closed.")), language="en", direction="ltr",
                   event_id=event_id, slug="closing-day"),
        NewArticle(Document("في المعرض", _body("نص")), event_id=other_event),
        NewArticle(Document("بلا حدث", _body("نص"))),
    ])
    update_metadata(db, ids[2], status="ready")
    return {
        "eve": ids[0], "opening": ids[1], "closing": ids[2], "foreign": ids[3], "loose": ids[4],
        "fact_box": fact_box, "programme": programme, "other_event": other_event,
    }


def test_one_article_carries_everything_an_export_needs(db, event_id, coverage):
    article = export_article_of(db, coverage["opening"])
    record = get_article(db, coverage["opening"])
    assert isinstance(article, ExportArticle)
    assert article.document == record.document
    assert (article.language, article.direction, article.slug, article.status) == ("ar", "rtl", record.slug, "draft")
    assert article.event_title == EVENT
    assert article.date == record.updated_at and article.date.tzinfo is not None
    assert article.fact_box_ids == frozenset({coverage["fact_box"]})
    # The linked tables' titles become captions: they live on the agenda table only.
    assert dict(article.table_titles) == {coverage["fact_box"]: "بطاقة الحدث", coverage["programme"]: "البرنامج"}
    eve = export_article_of(db, coverage["eve"])
    assert eve.summary == "تمهيد" and dict(eve.table_titles) == {}
    assert eve.fact_box_ids == frozenset({coverage["fact_box"]})  # the event's, linked or not


def test_an_article_without_event_has_no_fact_box(db, coverage):
    article = export_article_of(db, coverage["loose"])
    assert article.event_title is None and article.fact_box_ids == frozenset()


def test_trashed_and_unknown_articles_are_not_found(db, coverage):
    delete_article(db, coverage["eve"])
    for missing in (coverage["eve"], 9999):
        with pytest.raises(NotFoundError) as caught:
            export_article_of(db, missing)
        assert str(missing) in str(caught.value)


def test_event_articles_are_the_live_ones_newest_first(db, event_id, coverage):
    delete_article(db, coverage["eve"])
    found = event_export_articles(db, event_id)
    assert [article_id for article_id, _ in found] == [coverage["closing"], coverage["opening"]]
    closing = dict(found)[coverage["closing"]]
    assert (closing.status, closing.language, closing.direction, closing.slug) == ("ready", "en", "ltr", "closing-day")
    assert closing.document.title == "Closing day"
    assert all(article.fact_box_ids == {coverage["fact_box"]} for _, article in found)


def test_chosen_articles_come_in_the_order_given_each_once(db, event_id, coverage):
    wanted = [coverage["eve"], coverage["closing"], coverage["eve"]]
    found = event_export_articles(db, event_id, wanted)
    assert [article_id for article_id, _ in found] == [coverage["eve"], coverage["closing"]]
    assert found[0][1].document == get_article(db, coverage["eve"]).document


def test_unknown_or_trashed_ids_are_named(db, event_id, coverage):
    delete_article(db, coverage["eve"])
    with pytest.raises(NotFoundError) as caught:
        event_export_articles(db, event_id, [coverage["opening"], 777, coverage["eve"]])
    assert str(caught.value) == f"No article has the id {coverage['eve']}, 777 (or it is in the trash)."


def test_articles_of_another_event_are_named(db, event_id, coverage):
    with pytest.raises(StoreError) as caught:
        event_export_articles(db, event_id, [coverage["opening"], coverage["foreign"], coverage["loose"]])
    assert not isinstance(caught.value, NotFoundError)
    message = str(caught.value)
    assert EVENT in message
    assert f"{min(coverage['foreign'], coverage['loose'])}, {max(coverage['foreign'], coverage['loose'])}" in message


def test_unknown_event(db):
    with pytest.raises(NotFoundError, match="There is no event with id 42"):
        read_event_export(db, 42)


def test_event_export_has_what_the_index_needs(db, event_id, coverage):
    export = read_event_export(db, event_id)
    assert (export.event_id, export.title, export.language, export.time_zone) == (
        event_id, EVENT, "ar_MA", "Africa/Casablanca",
    )
    assert len(export.articles) == 3


def test_an_event_without_articles_gives_an_empty_list(db):
    empty = events.create_event(db, "حدث بلا مقالات")
    assert event_export_articles(db, empty) == []


def test_find_event_by_id_or_exact_title(db, event_id, coverage):
    assert find_event(db, str(event_id)) == event_id
    assert find_event(db, f"  {EVENT} ") == event_id
    assert find_event(db, "معرض الكتاب") == coverage["other_event"]
    # A title made of digits is found when no event has that id.
    numbered = events.create_event(db, "2025")
    assert find_event(db, "2025") == numbered
    with pytest.raises(NotFoundError, match="There is no event with the id or title “الدورة 93”"):
        find_event(db, "الدورة 93")  # exact titles only


def test_a_shared_title_is_refused_with_the_ids(db, event_id):
    again = events.create_event(db, EVENT)
    with pytest.raises(StoreError) as caught:
        find_event(db, EVENT)
    assert str(caught.value) == f"Several events are titled “{EVENT}”: give one of their ids ({event_id}, {again})."


def test_the_sqlalchemy_route_reads_the_same(tmp_path, db, event_id, coverage):
    direct = read_event_export(db, event_id)
    with Database.open(f"sqlite:///{db.path}") as through_alchemy:
        assert not through_alchemy.direct_reads
        assert read_event_export(through_alchemy, event_id) == direct
        assert export_article_of(through_alchemy, coverage["opening"]) == export_article_of(db, coverage["opening"])
        assert find_event(through_alchemy, EVENT) == event_id
    assert direct.articles[0][1].date is not None and direct.articles[0][1].date.tzinfo == UTC


def test_exporting_from_a_local_file_loads_no_sqlalchemy(tmp_path, db, event_id, coverage):
    db.close()
    code = textwrap.dedent(f"""
        import sys
        from desktop_app.store.database import Database
        from desktop_app.store.publishing import find_event, read_event_export
        db = Database.open({str(db.path)!r})
        export = read_event_export(db, find_event(db, {EVENT!r}))
        assert len(export.articles) == 3
        print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_many_chosen_ids_are_read_in_chunks(db, event_id):
    ids = create_articles(db, [NewArticle(Document(f"مقال {n}", _body(f"نص {n}")), event_id=event_id)
                               for n in range(1203)])
    found = event_export_articles(db, event_id, list(reversed(ids)))
    assert [article_id for article_id, _ in found] == list(reversed(ids))
    assert found[-1][1].document.blocks == _body("نص 0")
