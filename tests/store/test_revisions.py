from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.errors import NotFoundError, StoreError
from desktop_app.core.inline import Inline
from desktop_app.store import articles as articles_module
from desktop_app.store import revisions as revisions_module
from desktop_app.store.articles import (
    NewArticle,
    create_article,
    delete_article,
    get_article,
    save_document,
    update_metadata,
)
from desktop_app.store.retention import Retention, configure_retention, current_retention
from desktop_app.store.revisions import (
    get_revision,
    list_revisions,
    prune_revisions,
    restore_revision,
    revision_before_export,
    write_migration_revisions,
)
from desktop_app.store.search import search_articles

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"


def doc(title: str, *paragraphs: str) -> Document:
    return Document(title, tuple(Paragraph(Inline.plain(p)) for p in paragraphs))


@pytest.fixture
def clock(monkeypatch):
    """One clock for every module that stamps revisions, moved by hand."""
    now = [datetime(2026, 11, 30, 10, 0, tzinfo=UTC)]
    for module in (articles_module, revisions_module):
        monkeypatch.setattr(module, "utc_now", lambda: now[0])
    return now


@pytest.fixture
def default_retention():
    yield
    configure_retention(200, 20)


def reasons(db, article_id) -> list[str]:
    with db.session() as session:
        return list(
            session.execute(
                text("SELECT reason FROM revisions WHERE article_id = :id ORDER BY id"), {"id": article_id}
            ).scalars()
        )


def count_revisions(db) -> int:
    with db.session() as session:
        return int(session.execute(text("SELECT count(*) FROM revisions")).scalar_one())


# --- which revisions are written ---------------------------------------------------------


def test_import_writes_an_import_revision(db):
    article_id = create_article(db, NewArticle(doc("مراكش", "انطلقت الدورة")))
    (only,) = list_revisions(db, article_id)
    assert (only.reason, only.added, only.removed, only.word_count) == ("import", 3, 0, 3)


def test_autosaves_coalesce_within_five_minutes(db, clock):
    article_id = create_article(db, NewArticle(doc("T", "a")))
    for body in ("ب", "ب ت", "ب ت ث"):
        clock[0] += timedelta(seconds=40)
        save_document(db, article_id, doc("T", body), reason="autosave")
    assert reasons(db, article_id) == ["import", "autosave"]
    clock[0] += timedelta(minutes=5)
    save_document(db, article_id, doc("T", "ب ت ث ج"), reason="autosave")
    assert reasons(db, article_id) == ["import", "autosave", "autosave"]
    newest, first_autosave, _ = list_revisions(db, article_id)
    assert get_revision(db, first_autosave.id).document == doc("T", "ب ت ث")
    assert (newest.added, newest.removed) == (1, 0)


def test_delete_writes_a_delete_revision_and_the_history_stays_listable(db):
    article_id = create_article(db, NewArticle(doc("T", "نص")))
    delete_article(db, article_id)
    assert [r.reason for r in list_revisions(db, article_id)] == ["delete", "import"]


def test_export_revision_is_written_unless_the_newest_holds_the_text_for_good(db, clock):
    article_id = create_article(db, NewArticle(doc("T", "نص")))
    # The import revision holds the text and no autosave can change it: nothing to add.
    assert revision_before_export(db, article_id) is False
    save_document(db, article_id, doc("T", "نص جديد"), reason="autosave")
    # A fresh autosave may still be updated by the next autosave: keep the exported text.
    assert revision_before_export(db, article_id) is True
    assert revision_before_export(db, article_id) is False
    update_metadata(db, article_id, title="عنوان آخر")  # the title is part of the text
    assert revision_before_export(db, article_id) is True
    assert reasons(db, article_id) == ["import", "autosave", "export", "export"]
    assert get_revision(db, list_revisions(db, article_id)[0].id).document.title == "عنوان آخر"
    # After an export the next autosave starts a new revision: the exported one stays.
    save_document(db, article_id, doc("T", "بعد التصدير"), reason="autosave")
    assert reasons(db, article_id)[-2:] == ["export", "autosave"]


def test_export_revision_after_an_old_autosave_is_skipped(db, clock):
    article_id = create_article(db, NewArticle(doc("T", "نص")))
    save_document(db, article_id, doc("T", "نص جديد"), reason="autosave")
    clock[0] += timedelta(minutes=6)
    assert revision_before_export(db, article_id) is False


def test_export_revision_of_a_missing_or_trashed_article(db):
    with pytest.raises(NotFoundError):
        revision_before_export(db, 999)
    article_id = create_article(db, NewArticle(doc("T", "نص")))
    delete_article(db, article_id)
    with pytest.raises(NotFoundError):
        revision_before_export(db, article_id)
    assert reasons(db, article_id) == ["import", "delete"]


def test_cli_export_keeps_an_export_revision(db, capsys):
    from desktop_app.cli import main

    article_id = create_article(db, NewArticle(doc("T", "نص")))
    save_document(db, article_id, doc("T", "نص للنشر"), reason="autosave")
    assert main(["--db", str(db.path), "export", str(article_id), "--format", "md"]) == 0
    assert "نص للنشر" in capsys.readouterr().out
    assert reasons(db, article_id) == ["import", "autosave", "export"]


def test_unknown_reason_is_refused_and_nothing_changes(db):
    article_id = create_article(db, NewArticle(doc("T", "نص")))
    with pytest.raises(StoreError):
        save_document(db, article_id, doc("T", "آخر"), reason="whim")
    assert get_article(db, article_id).document == doc("T", "نص")
    assert reasons(db, article_id) == ["import"]


# --- listing and reading -------------------------------------------------------------------


def test_list_is_newest_first_with_words_added_and_removed(db, clock):
    article_id = create_article(db, NewArticle(doc("العنوان", "انطلقت الدورة في مراكش")))
    save_document(db, article_id, doc("العنوان", "انطلقت الدورة الثالثة والتسعون في مراكش"), reason="manual")
    save_document(db, article_id, doc("العنوان", "انطلقت الدورة الثالثة والتسعون"), reason="manual")
    # Tashkeel is a change: one word out, the vowelled one in.
    save_document(db, article_id, doc("العنوان", "انطلقت الدَّورة الثالثة والتسعون"), reason="manual")
    listed = list_revisions(db, article_id)
    assert [(r.reason, r.added, r.removed) for r in listed] == [
        ("manual", 1, 1),
        ("manual", 0, 2),
        ("manual", 2, 0),
        ("import", 5, 0),
    ]
    assert listed[0].word_count == 5 and listed[0].created_at == clock[0]
    assert [r.id for r in listed] == sorted((r.id for r in listed), reverse=True)


def test_list_of_a_missing_article(db):
    with pytest.raises(NotFoundError):
        list_revisions(db, 12345)


def test_a_damaged_revision_is_listed_as_unreadable_and_cannot_be_restored(db):
    article_id = create_article(db, NewArticle(doc("T", "نص")))
    save_document(db, article_id, doc("T", "نص ثان"), reason="manual")
    damaged = list_revisions(db, article_id)[0].id
    save_document(db, article_id, doc("T", "نص ثان وثالث"), reason="manual")
    with db.session() as session:
        session.execute(text("UPDATE revisions SET document = '{broken' WHERE id = :id"), {"id": damaged})
    newest, broken, first = list_revisions(db, article_id)
    assert not broken.readable and (broken.added, broken.removed) == (0, 0)
    assert (newest.added, newest.removed) == (2, 0)  # compared with the last readable one
    assert first.readable
    with pytest.raises(StoreError, match="damaged"):
        get_revision(db, damaged)
    before = get_article(db, article_id).document
    with pytest.raises(StoreError):
        restore_revision(db, article_id, damaged)
    assert get_article(db, article_id).document == before
    assert len(list_revisions(db, article_id)) == 3


def test_get_revision_of_another_article_or_none(db):
    first = create_article(db, NewArticle(doc("أ", "نص")))
    second = create_article(db, NewArticle(doc("ب", "نص")))
    revision = list_revisions(db, first)[0].id
    assert get_revision(db, revision, first).document == doc("أ", "نص")
    with pytest.raises(NotFoundError):
        get_revision(db, revision, second)
    with pytest.raises(NotFoundError):
        get_revision(db, 99999)


# --- restore -------------------------------------------------------------------------------


def test_restore_keeps_every_revision_and_brings_the_text_back(db, clock):
    article_id = create_article(db, NewArticle(doc("الأصل", "الدورة الأولى في مراكش")))
    original = list_revisions(db, article_id)[0].id
    clock[0] += timedelta(minutes=1)
    save_document(db, article_id, doc("المسودة", "نص مختلف تماما"), reason="manual")
    clock[0] += timedelta(minutes=1)
    save_document(db, article_id, doc("المسودة", "نص مختلف تماما وأطول"), reason="autosave")
    before = {r.id: get_revision(db, r.id).document for r in list_revisions(db, article_id)}
    clock[0] += timedelta(minutes=1)
    new_id = restore_revision(db, article_id, original)
    listed = list_revisions(db, article_id)
    assert [r.reason for r in listed] == ["manual", "restore", "autosave", "manual", "import"]
    assert listed[0].id == new_id and listed[0].restored and not listed[1].restored
    # Nothing older changed; the "restore" revision keeps the replaced text.
    assert {r.id: get_revision(db, r.id).document for r in listed[2:]} == before
    assert get_revision(db, listed[1].id).document == doc("المسودة", "نص مختلف تماما وأطول")
    record = get_article(db, article_id)
    assert record.document == doc("الأصل", "الدورة الأولى في مراكش")
    assert record.title == "الأصل" and record.word_count == 5
    assert [hit.article_id for hit in search_articles(db, "مراكش")] == [article_id]
    assert search_articles(db, "تماما") == []
    # The restore can itself be undone from the history.
    restore_revision(db, article_id, listed[1].id)
    assert get_article(db, article_id).document == doc("المسودة", "نص مختلف تماما وأطول")
    assert len(list_revisions(db, article_id)) == 7


def test_restore_starts_a_new_autosave_revision_afterwards(db, clock):
    article_id = create_article(db, NewArticle(doc("T", "أ")))
    original = list_revisions(db, article_id)[0].id
    save_document(db, article_id, doc("T", "ب"), reason="autosave")
    restore_revision(db, article_id, original)
    save_document(db, article_id, doc("T", "أ ت"), reason="autosave")
    assert reasons(db, article_id) == ["import", "autosave", "restore", "manual", "autosave"]


def test_restore_refuses_bad_ids_and_changes_nothing(db):
    first = create_article(db, NewArticle(doc("أ", "نص أول")))
    second = create_article(db, NewArticle(doc("ب", "نص ثان")))
    foreign = list_revisions(db, second)[0].id
    total = count_revisions(db)
    for article_id, revision_id in ((first, foreign), (first, 99999), (99999, foreign)):
        with pytest.raises(NotFoundError):
            restore_revision(db, article_id, revision_id)
    own = list_revisions(db, first)[0].id
    delete_article(db, first)
    with pytest.raises(NotFoundError):
        restore_revision(db, first, own)
    assert count_revisions(db) == total + 1  # the delete revision only
    assert get_article(db, second).document == doc("ب", "نص ثان")


# --- retention -----------------------------------------------------------------------------


def test_pruning_keeps_the_newest_and_the_newest_import_and_restore(db, clock, default_retention):
    configure_retention(10_000, 20)
    article_id = create_article(db, NewArticle(doc("T", "import")))
    for n in range(10):
        save_document(db, article_id, doc("T", f"word{n}"), reason="manual")
    restore_revision(db, article_id, list_revisions(db, article_id)[-1].id)  # restore + manual
    for n in range(10, 20):
        save_document(db, article_id, doc("T", f"word{n}"), reason="manual")
    listed = list_revisions(db, article_id)
    assert len(listed) == 23
    restore_id = next(r.id for r in listed if r.reason == "restore")
    deleted = prune_revisions(db, article_id, keep=5, protected=3)
    kept = list_revisions(db, article_id)
    assert deleted == 18
    assert [r.id for r in kept] == [r.id for r in listed[:3]] + [restore_id, listed[-1].id]
    assert kept[-1].reason == "import"
    # Nothing left to prune; protection wins over a smaller limit.
    assert prune_revisions(db, article_id, keep=5, protected=3) == 0
    assert prune_revisions(db, article_id, keep=1, protected=3) == 0
    assert len(list_revisions(db, article_id)) == 5


def test_saves_prune_to_the_configured_limits(db, clock, default_retention):
    assert current_retention() == Retention(200, 20)
    configure_retention(6, 2)
    article_id = create_article(db, NewArticle(doc("T", "أول")))
    for n in range(30):
        clock[0] += timedelta(minutes=10)  # every autosave a revision of its own
        save_document(db, article_id, doc("T", f"نص {n}"), reason="autosave")
    listed = list_revisions(db, article_id)
    assert len(listed) == 6
    assert listed[-1].reason == "import"
    assert get_revision(db, listed[0].id).document == doc("T", "نص 29")
    assert get_article(db, article_id).document == doc("T", "نص 29")


def test_export_revisions_are_pruned_too(db, default_retention):
    configure_retention(3, 1)
    article_id = create_article(db, NewArticle(doc("T", "نص")))
    for n in range(5):
        update_metadata(db, article_id, title=f"عنوان {n}")
        assert revision_before_export(db, article_id)
    listed = list_revisions(db, article_id)
    assert [r.reason for r in listed] == ["export", "export", "import"]
    assert [r.title for r in listed[:2]] == ["عنوان 4", "عنوان 3"]


def test_bad_retention_values_are_refused(db, default_retention):
    for keep, protected in ((0, 5), (-1, 5), (5, -1), (True, 5), (2.5, 1)):
        with pytest.raises(StoreError):
            configure_retention(keep, protected)  # type: ignore[arg-type]
    assert current_retention() == Retention(200, 20)
    article_id = create_article(db, NewArticle(doc("T", "نص")))
    with pytest.raises(StoreError):
        prune_revisions(db, article_id, keep=0, protected=1)
    with pytest.raises(NotFoundError):
        prune_revisions(db, 999, keep=5, protected=1)
    assert len(list_revisions(db, article_id)) == 1


def test_pruning_touches_only_the_article_saved(db, default_retention):
    configure_retention(3, 1)
    other = create_article(db, NewArticle(doc("O", "آخر")))
    for n in range(5):
        save_document(db, other, doc("O", f"آخر {n}"), reason="manual")
    article_id = create_article(db, NewArticle(doc("T", "نص")))
    for n in range(5):
        save_document(db, article_id, doc("T", f"نص {n}"), reason="manual")
    assert len(list_revisions(db, other)) == 3
    assert len(list_revisions(db, article_id)) == 3


# --- migration -----------------------------------------------------------------------------


def test_migration_revisions_on_the_current_schema(db, clock):
    settled = create_article(db, NewArticle(doc("أ", "نص")))
    fresh = create_article(db, NewArticle(doc("ب", "نص")))
    save_document(db, fresh, doc("ب", "نص جديد"), reason="autosave")
    changed = create_article(db, NewArticle(doc("ج", "نص")))
    trashed = create_article(db, NewArticle(doc("د", "نص")))
    delete_article(db, trashed)
    with db.session() as session:  # a body changed behind the revisions' back
        session.execute(
            text("UPDATE blocks SET data = :data WHERE article_id = :id"),
            {"data": '{"kind":"paragraph","text":[{"t":"نص معدل"}]}', "id": changed},
        )
    with db.engine.begin() as conn:
        assert write_migration_revisions(conn) == 2
    assert reasons(db, settled) == ["import"]
    assert reasons(db, fresh) == ["import", "autosave", "migration"]
    assert reasons(db, changed) == ["import", "migration"]
    assert reasons(db, trashed) == ["import", "delete"]
    assert get_revision(db, list_revisions(db, changed)[0].id).document == doc("ج", "نص معدل")
    with db.engine.begin() as conn:
        assert write_migration_revisions(conn) == 0  # now every newest revision holds its text


@pytest.mark.parametrize("revision", ["0001", "0003"])
def test_migration_revisions_on_an_old_file(tmp_path, revision):
    target = tmp_path / f"old-{revision}.sqlite3"
    shutil.copy(FIXTURES / f"hadath-{revision}.sqlite3", target)
    engine = create_engine(f"sqlite:///{target}")
    try:
        with engine.begin() as conn:
            articles = conn.execute(text("SELECT count(*) FROM articles WHERE deleted_at IS NULL")).scalar_one()
            before = conn.execute(text("SELECT count(*) FROM revisions")).scalar_one()
            written = write_migration_revisions(conn)
            rows = conn.execute(
                text("SELECT reason, document FROM revisions WHERE id > :n"), {"n": before}
            ).all()
        assert 1 <= written <= articles
        assert len(rows) == written and {reason for reason, _ in rows} == {"migration"}
        with engine.begin() as conn:
            assert write_migration_revisions(conn) == 0
    finally:
        engine.dispose()


def test_migration_revisions_on_an_empty_file(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        with engine.begin() as conn:
            assert write_migration_revisions(conn) == 0
    finally:
        engine.dispose()
