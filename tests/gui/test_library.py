from __future__ import annotations

from datetime import datetime

from desktop_app.gui.library import ARTICLE_ID_ROLE, EVENT_ID_ROLE, RICH_TEXT_ROLE, LibraryTree, snippet_html
from desktop_app.store.articles import ArticleSummary
from desktop_app.store.records import EventSummary
from desktop_app.store.search import SearchHit


def _summary(article_id: int, title: str, event: str | None) -> ArticleSummary:
    event_id = None if event is None else len(event)
    return ArticleSummary(article_id, title, "draft", "ar", "rtl", event, datetime(2026, 11, 30), 120, event_id)


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


def test_events_without_articles_are_listed_and_choosing_one_emits(qtbot):
    tree = LibraryTree()
    qtbot.addWidget(tree)
    tree.setup()
    events = [
        EventSummary(5, "معرض الكتاب", "الرباط", "", None, None, False),
        EventSummary(6, "حدث مؤرشف", "", "", None, None, True),
        EventSummary(len("الانتربول 93"), "الانتربول 93", "مراكش", "", None, None, False),
    ]
    tree.show_articles([_summary(1, "افتتاح", "الانتربول 93")], "بلا حدث", "{count}", events)
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert titles == ["الانتربول 93", "معرض الكتاب"]  # archived events without articles stay out
    fair = tree.topLevelItem(1)
    assert fair.data(0, EVENT_ID_ROLE) == 5
    with qtbot.waitSignal(tree.event_chosen) as blocker:
        tree.setCurrentItem(fair)
    assert blocker.args == [5]
    tree.select_article(1)
    tree.select_event(5)
    assert tree.currentItem().data(0, EVENT_ID_ROLE) == 5
