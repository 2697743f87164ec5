from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.document import Document
from desktop_app.core.errors import NotFoundError, StoreError
from desktop_app.store.articles import NewArticle, create_article, delete_article, update_metadata
from desktop_app.store.events import (
    archive_event,
    create_event,
    event_articles,
    get_event,
    get_or_create_event,
    list_events,
    unarchive_event,
    update_event,
)

TITLE = "الدورة 93 للجمعية العامة للانتربول"


def _interpol(db) -> int:
    return create_event(
        db,
        f"  {TITLE} ",
        organizer="الانتربول",
        city="مراكش",
        country="المغرب",
        start_date=date(2026, 11, 24),
        end_date="2026-11-27",
        time_zone="Africa/Casablanca",
        language="ar_MA",
    )


def test_create_and_get(db):
    event = get_event(db, _interpol(db))
    assert event.title == TITLE
    assert (event.start_date, event.end_date) == (date(2026, 11, 24), date(2026, 11, 27))
    assert event.language == "ar_MA" and event.digit_style == "auto" and not event.archived
    assert event.created_at.tzinfo is not None


def test_update_fields(db):
    event_id = _interpol(db)
    update_event(db, event_id, venue="قصر المؤتمرات", language="ar-EG", digit_style="arabic-indic")
    event = get_event(db, event_id)
    assert event.venue == "قصر المؤتمرات" and event.language == "ar_EG" and event.digit_style == "arabic-indic"
    assert event.updated_at >= event.created_at


def test_end_before_start_is_refused_on_create(db):
    with pytest.raises(StoreError, match=r"cannot end \(2026-11-20\) before it starts \(2026-11-24\)"):
        create_event(db, "x", start_date=date(2026, 11, 24), end_date=date(2026, 11, 20))
    assert list_events(db) == []


def test_end_before_stored_start_is_refused_on_update(db):
    event_id = _interpol(db)
    before = get_event(db, event_id)
    with pytest.raises(StoreError, match="before it starts"):
        update_event(db, event_id, end_date="2026-11-01", city="الرباط")
    assert get_event(db, event_id) == before
    update_event(db, event_id, start_date=None, end_date="2026-11-01")  # open start: fine
    assert get_event(db, event_id).end_date == date(2026, 11, 1)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"colour": "red"}, "no field named colour"),
        ({"start_date": "24/11/2026"}, "not a date"),
        ({"start_date": "2026-02-30"}, "not a date"),
        ({"language": "arabic!"}, "coverage locale"),
        ({"time_zone": "Mars/Olympus"}, "time zone"),
        ({"digit_style": "roman"}, "digit style"),
        ({"city": 12}, "must be text"),
        ({"title": "x" * 501}, "too long"),
    ],
)
def test_bad_fields_are_refused_and_nothing_changes(db, fields, message):
    event_id = _interpol(db)
    before = get_event(db, event_id)
    with pytest.raises(StoreError, match=message):
        update_event(db, event_id, **fields)
    assert get_event(db, event_id) == before


def test_a_datetime_is_not_a_date(db):
    from datetime import datetime

    with pytest.raises(StoreError, match="without a time"):
        create_event(db, "x", start_date=datetime(2026, 1, 1, 10, 0))


def test_unknown_event(db):
    with pytest.raises(NotFoundError, match="no event with id 99"):
        get_event(db, 99)
    with pytest.raises(NotFoundError):
        update_event(db, 99, city="x")
    with pytest.raises(NotFoundError):
        archive_event(db, 99)


def test_archive_and_unarchive(db):
    event_id = _interpol(db)
    other = create_event(db, "معرض الكتاب")
    archive_event(db, event_id)
    assert get_event(db, event_id).archived
    assert [e.id for e in list_events(db, include_archived=False)] == [other]
    assert {e.id for e in list_events(db)} == {event_id, other}
    unarchive_event(db, event_id)
    assert len(list_events(db, include_archived=False)) == 2


def test_get_or_create_finds_created_event(db):
    event_id = _interpol(db)
    assert get_or_create_event(db, TITLE) == event_id


def test_event_articles_lists_live_articles_with_status_and_words(db):
    event_id = _interpol(db)
    first = create_article(db, NewArticle(Document(title="افتتاح الدورة"), event_title=TITLE))
    second = create_article(db, NewArticle(Document(title="اختتام الدورة"), event_title=TITLE))
    create_article(db, NewArticle(Document(title="خارج الحدث")))
    update_metadata(db, first, status="ready")
    delete_article(db, second)
    articles = event_articles(db, event_id)
    assert [(a.id, a.status, a.event_title) for a in articles] == [(first, "ready", TITLE)]
    assert articles[0].word_count == 2
