from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.document import Heading, Paragraph, TableBlock, TopicListBlock
from desktop_app.core.errors import NotFoundError
from desktop_app.core.templates import TEMPLATES, template_document
from desktop_app.store import events, topics
from desktop_app.store.articles import NewArticle, create_articles, get_article
from desktop_app.store.fact_box import fact_box_id
from desktop_app.store.from_event import key_issues_list, new_article_from_event
from tests.store.test_fact_box import Names


@pytest.fixture
def event_id(db) -> int:
    return events.create_event(
        db, "الدورة 93 للجمعية العامة للانتربول", city="مراكش", country="المملكة المغربية",
        start_date=date(2025, 11, 24), end_date=date(2025, 11, 27), language="ar_MA",
    )


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_links_fact_box_and_key_issues(db, event_id, template):
    list_id = topics.create_list(db, "أبرز القضايا", event_id=event_id, items=["الجريمة السيبرانية"])
    assert key_issues_list(db, event_id) == list_id
    article_id = new_article_from_event(db, event_id, template, Names, issues_list_id=list_id)
    record = get_article(db, article_id)
    assert record.event_id == event_id
    assert (record.language, record.direction) == ("ar", "rtl")
    blocks = record.document.blocks
    assert isinstance(blocks[0], Paragraph)
    assert blocks[0].text.text == "مراكش — "
    assert "الدورة 93 للجمعية العامة للانتربول" in record.document.title
    [table] = [block for block in blocks if isinstance(block, TableBlock)]
    [issues] = [block for block in blocks if isinstance(block, TopicListBlock)]
    assert table.source_id == fact_box_id(db, event_id)
    assert table.rows[1][1].text == "من 24 حتى 27 نونبر 2025"
    assert issues.source_id == list_id
    assert [item.text for item in issues.items] == ["الجريمة السيبرانية"]
    assert sum(isinstance(block, Heading) for block in blocks) == 3


def test_french_event_gets_a_french_skeleton(db):
    event_id = events.create_event(db, "Sommet Afrique–Europe", city="Marrakech", language="fr_MA")
    record = get_article(db, new_article_from_event(db, event_id, "opening_day", Names))
    assert record.document.title == "Sommet Afrique–Europe : l’ouverture"
    assert record.document.blocks[0].text.text == "Marrakech — "
    assert (record.language, record.direction) == ("fr", "ltr")
    assert not any(isinstance(block, TopicListBlock) for block in record.document.blocks)


def test_unknown_template_is_refused():
    with pytest.raises(ValueError, match="unknown template"):
        template_document("obituary", event_title="x", city="", locale="ar")


def test_article_joins_the_event_by_id_even_when_titles_repeat(db, event_id):
    twin = events.create_event(db, "الدورة 93 للجمعية العامة للانتربول")
    article_id = new_article_from_event(db, twin, "closing", Names, with_fact_box=False)
    assert get_article(db, article_id).event_id == twin
    with pytest.raises(NotFoundError):
        create_articles(db, [NewArticle(get_article(db, article_id).document, event_id=999)])
