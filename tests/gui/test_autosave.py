from __future__ import annotations

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.gui.autosave import Autosaver
from desktop_app.store.articles import NewArticle, create_article, get_article


def _doc(text: str) -> Document:
    return Document("T", (Paragraph(Inline.plain(text)),))


def test_edits_reach_the_database_after_the_delay(qtbot, database):
    article_id = create_article(database, NewArticle(_doc("أول")))
    current = [_doc("أول")]
    saver = Autosaver(database, delay_ms=50)
    saver.watch(article_id, lambda: current[0])
    current[0] = _doc("ثانٍ")
    with qtbot.waitSignal(saver.saved, timeout=3000):
        saver.mark_dirty()
    assert get_article(database, article_id).document.blocks == current[0].blocks
    assert not saver.dirty
    saver.shutdown()


def test_flush_saves_at_once(database):
    article_id = create_article(database, NewArticle(_doc("a")))
    saver = Autosaver(database, delay_ms=60_000)
    saver.watch(article_id, lambda: _doc("b"))
    saver.mark_dirty()
    assert saver.flush()
    assert get_article(database, article_id).document.blocks == _doc("b").blocks
    saver.shutdown()


def test_switching_article_saves_the_previous_one(database):
    first = create_article(database, NewArticle(_doc("a")))
    second = create_article(database, NewArticle(_doc("x")))
    saver = Autosaver(database, delay_ms=60_000)
    saver.watch(first, lambda: _doc("a2"))
    saver.mark_dirty()
    saver.watch(second, lambda: _doc("x2"))
    assert get_article(database, first).document.blocks == _doc("a2").blocks
    assert get_article(database, second).document.blocks == _doc("x").blocks
    saver.shutdown()


def test_a_failed_write_keeps_the_text_and_reports(qtbot, database, monkeypatch):
    from desktop_app.gui import autosave

    article_id = create_article(database, NewArticle(_doc("a")))
    saver = Autosaver(database, delay_ms=60_000)
    saver.watch(article_id, lambda: _doc("b"))

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autosave, "save_document", broken)
    messages: list[str] = []
    saver.failed.connect(messages.append)
    saver.mark_dirty()
    assert not saver.flush()
    assert saver.dirty and messages and "No space left" in messages[0]
    monkeypatch.undo()
    assert saver.flush()
    assert get_article(database, article_id).document.blocks == _doc("b").blocks
    saver.shutdown()
