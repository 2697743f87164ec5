from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from desktop_app.core.document import Document, Heading, Paragraph, TableBlock
from desktop_app.core.errors import NotFoundError, StoreError
from desktop_app.core.inline import Inline, Run
from desktop_app.store import articles as articles_module
from desktop_app.store.articles import (
    NewArticle,
    create_article,
    create_articles,
    delete_article,
    get_article,
    get_or_create_event,
    list_articles,
    list_events,
    save_document,
    update_metadata,
)
from desktop_app.store.search import search_articles


def _doc(title: str, *paragraphs: str) -> Document:
    return Document(title=title, blocks=tuple(Paragraph(Inline.plain(p)) for p in paragraphs))


RICH = Document(
    title="افتتاح الدورة 93",
    blocks=(
        Heading(Inline.plain("أهمية الحدث"), level=3),
        Paragraph(Inline((Run("قال "), Run("حموشي", bold=True), Run(" في مراكش")))),
        TableBlock(
            header=(Inline.plain("العنوان"), Inline.plain("التفاصيل")),
            rows=((Inline.plain("الموعد"), Inline.plain("٠٩:٠٠")),),
        ),
    ),
)


def _count(db, table: str) -> int:
    with db.session() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_create_and_get_round_trip(db):
    article_id = create_article(db, NewArticle(RICH, event_title="الانتربول 93", summary="ملخص"))
    record = get_article(db, article_id)
    assert record.document == RICH
    assert record.title == RICH.title
    assert record.slug == "افتتاح-الدورة-93"
    assert record.summary == "ملخص"
    assert (record.language, record.direction, record.status) == ("ar", "rtl", "draft")
    assert record.event_title == "الانتربول 93"
    assert record.created_at.tzinfo is not None
    assert record.to_json()["document"]["title"] == RICH.title
    with db.session() as session:
        reasons = session.execute(text("SELECT reason FROM revisions")).scalars().all()
    assert reasons == ["import"]


def test_batch_reuses_events_and_makes_slugs_unique(db):
    items = [NewArticle(_doc("نفس العنوان", f"نص {n}"), event_title="قمة") for n in range(3)]
    ids = create_articles(db, items)
    slugs = [get_article(db, i).slug for i in ids]
    assert slugs == ["نفس-العنوان", "نفس-العنوان-2", "نفس-العنوان-3"]
    more = create_article(db, NewArticle(_doc("نفس العنوان", "x"), event_title=" قمة "))
    assert get_article(db, more).slug == "نفس-العنوان-4"
    assert [e.title for e in list_events(db)] == ["قمة"]
    assert get_or_create_event(db, "قمة") == list_events(db)[0].id


def test_empty_title_gets_a_slug(db):
    article_id = create_article(db, NewArticle(_doc("", "نص")))
    assert get_article(db, article_id).slug == "article"


def test_create_articles_is_all_or_nothing(db, monkeypatch):
    create_article(db, NewArticle(_doc("قبل", "نص")))
    monkeypatch.setattr(articles_module, "_CHUNK", 2)  # later items fail after inserts ran
    good = [NewArticle(_doc(f"مقال {n}", "نص")) for n in range(4)]
    bad = NewArticle(Document(title="سيئ", blocks=("not a block",)))  # type: ignore[arg-type]
    with pytest.raises((TypeError, AttributeError)):
        create_articles(db, [*good, bad])
    assert [a.title for a in list_articles(db)] == ["قبل"]
    assert _count(db, "blocks") == 1
    assert _count(db, "revisions") == 1
    assert _count(db, "article_search") == 1


def test_invalid_direction_stores_nothing(db):
    with pytest.raises(StoreError, match="direction"):
        create_articles(
            db, [NewArticle(_doc("أ", "ب")), NewArticle(_doc("ج", "د"), direction="up")]
        )
    assert list_articles(db) == []


def test_get_missing_article(db):
    with pytest.raises(NotFoundError, match="42"):
        get_article(db, 42)


def test_list_newest_first_with_word_counts(db):
    first = create_article(db, NewArticle(_doc("الأول", "كلمة كلمة")))
    second = create_article(db, NewArticle(_doc("الثاني", "كلمة")))
    assert [a.id for a in list_articles(db)] == [second, first]
    save_document(db, first, _doc("الأول معدل", "كلمة كلمة كلمة"))
    summaries = list_articles(db)
    assert [a.id for a in summaries] == [first, second]
    assert summaries[0].word_count == 5  # title words count too
    assert summaries[0].to_json()["updated_at"].endswith("+00:00")


def test_save_document_replaces_blocks_and_adds_revision(db):
    article_id = create_article(db, NewArticle(_doc("عنوان", "قديم")))
    new = replace(RICH, title="عنوان جديد")
    save_document(db, article_id, new, reason="autosave")
    record = get_article(db, article_id)
    assert record.document == new and record.title == "عنوان جديد"
    assert record.slug == "عنوان"  # a published URL does not move with the title
    with db.session() as session:
        reasons = session.execute(text("SELECT reason FROM revisions ORDER BY id")).scalars().all()
    assert reasons == ["import", "autosave"]
    assert search_articles(db, "قديم") == []
    assert [h.article_id for h in search_articles(db, "حموشي")] == [article_id]
    with pytest.raises(StoreError):
        save_document(db, article_id, new, reason="whim")
    with pytest.raises(NotFoundError):
        save_document(db, 999, new)


def test_update_metadata(db):
    article_id = create_article(db, NewArticle(_doc("عنوان", "نص")))
    other = create_article(db, NewArticle(_doc("آخر", "نص")))
    event_id = get_or_create_event(db, "قمة المناخ")
    update_metadata(
        db, article_id, status="ready", direction="auto", language="fr", summary="s",
        focus_keyphrase="k", event_id=event_id, slug="Mon Slug", title="عنوان ثان",
    )
    record = get_article(db, article_id)
    assert (record.status, record.direction, record.language) == ("ready", "auto", "fr")
    assert (record.slug, record.event_title) == ("mon-slug", "قمة المناخ")
    assert record.title == "عنوان ثان"
    assert [h.article_id for h in search_articles(db, "ثان")] == [article_id]
    for bad in ({"status": "gone"}, {"direction": "up"}, {"colour": "red"}, {"language": ""}):
        with pytest.raises(StoreError):
            update_metadata(db, article_id, **bad)
    with pytest.raises(StoreError, match="already used"):
        update_metadata(db, other, slug="mon-slug")
    with pytest.raises(NotFoundError):
        update_metadata(db, article_id, event_id=999)
    assert get_article(db, article_id).status == "ready"


def test_delete_is_soft(db):
    article_id = create_article(db, NewArticle(_doc("مراكش", "نص عن مراكش")))
    delete_article(db, article_id)
    assert list_articles(db) == []
    assert search_articles(db, "مراكش") == []
    with pytest.raises(NotFoundError):
        get_article(db, article_id)
    with pytest.raises(NotFoundError):
        delete_article(db, article_id)
    assert _count(db, "blocks") == 1
    with db.session() as session:
        reasons = session.execute(text("SELECT reason FROM revisions ORDER BY id")).scalars().all()
    assert reasons == ["import", "delete"]


def test_event_title_required(db):
    with pytest.raises(StoreError):
        get_or_create_event(db, "  ")


def test_autosaves_coalesce_into_one_revision_per_window(db, monkeypatch):
    from datetime import UTC, datetime, timedelta

    from desktop_app.store import articles as articles_module
    from desktop_app.store.models import Revision

    article_id = create_article(db, NewArticle(Document("T", (Paragraph(Inline.plain("a")),))))
    clock = [datetime(2026, 11, 30, 10, 0, tzinfo=UTC)]
    monkeypatch.setattr(articles_module, "utc_now", lambda: clock[0])

    def revisions():
        with db.session() as session:
            rows = session.query(Revision).filter_by(article_id=article_id).order_by(Revision.id).all()
            return [(r.reason, r.title) for r in rows]

    for step, body in enumerate(["b", "c", "d"]):
        clock[0] += timedelta(seconds=30 * step)
        save_document(db, article_id, Document(body, (Paragraph(Inline.plain(body)),)), reason="autosave")
    assert revisions() == [("import", "T"), ("autosave", "d")]
    clock[0] += timedelta(minutes=6)
    save_document(db, article_id, Document("e", (Paragraph(Inline.plain("e")),)), reason="autosave")
    save_document(db, article_id, Document("f", (Paragraph(Inline.plain("f")),)), reason="manual")
    save_document(db, article_id, Document("g", (Paragraph(Inline.plain("g")),)), reason="autosave")
    assert revisions() == [("import", "T"), ("autosave", "d"), ("autosave", "e"), ("manual", "f"), ("autosave", "g")]
    assert get_article(db, article_id).document.title == "g"
