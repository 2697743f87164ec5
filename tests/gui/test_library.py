from __future__ import annotations

from datetime import datetime

from desktop_app.gui.library import ARTICLE_ID_ROLE, RICH_TEXT_ROLE, LibraryTree, snippet_html
from desktop_app.store.articles import ArticleSummary
from desktop_app.store.search import SearchHit


def _summary(article_id: int, title: str, event: str | None) -> ArticleSummary:
    return ArticleSummary(article_id, title, "draft", "ar", "rtl", event, datetime(2026, 11, 30), 120)


def test_snippet_html_bolds_the_match_and_escapes():
    assert snippet_html("a<b", "… قال [مراكش] <x> …") == "a&lt;b<br><small>… قال <b>مراكش</b> &lt;x&gt; …</small>"


def test_articles_grouped_by_event(qtbot):
    tree = LibraryTree()
    qtbot.addWidget(tree)
    tree.setup()
    tree.show_articles(
        [_summary(1, "افتتاح", "الانتربول 93"), _summary(2, "مقال حر", None), _summary(3, "ختام", "الانتربول 93")],
        "بلا حدث", "{count} · {status}",
    )
    assert tree.topLevelItemCount() == 2
    event = tree.topLevelItem(0)
    assert event.text(0) == "الانتربول 93" and event.childCount() == 2
    assert tree.topLevelItem(1).text(0) == "بلا حدث"
    assert [i.data(0, ARTICLE_ID_ROLE) for i in tree.article_items()] == [1, 3, 2]


def test_hits_are_rich_text_and_choosing_emits(qtbot):
    tree = LibraryTree()
    qtbot.addWidget(tree)
    tree.setup()
    tree.show_hits([SearchHit(7, "عنوان", "… [مراكش] …", -1.0)])
    item = tree.article_items()[0]
    assert "<b>مراكش</b>" in item.data(0, RICH_TEXT_ROLE)
    with qtbot.waitSignal(tree.article_chosen) as blocker:
        tree.setCurrentItem(item)
    assert blocker.args == [7]
