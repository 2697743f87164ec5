"""New articles from an event: a template filled with the event's dateline and its fact
box and key-issues list as linked blocks."""

from __future__ import annotations

from desktop_app.core.fact_box import NamesFor, language_of
from desktop_app.core.templates import template_document
from desktop_app.store import agenda, topics
from desktop_app.store.articles import create_articles
from desktop_app.store.database import Database
from desktop_app.store.events import get_event
from desktop_app.store.fact_box import create_fact_box
from desktop_app.store.records import NewArticle


def key_issues_list(db: Database, event_id: int) -> int | None:
    """The list a template links as the key issues: the event's first topic list."""
    lists = topics.list_lists(db, event_id=event_id)
    return lists[0].id if lists else None


def new_article_from_event(
    db: Database,
    event_id: int,
    template: str,
    names_for: NamesFor,
    *,
    issues_list_id: int | None = None,
    with_fact_box: bool = True,
) -> int:
    """Create the article and return its id. The fact box is made first when the event
    has none (it is the event's, and stays if the article is deleted)."""
    event = get_event(db, event_id)
    fact_box = agenda.table_block(db, create_fact_box(db, event_id, names_for)) if with_fact_box else None
    issues = topics.topic_list_block(db, issues_list_id) if issues_list_id is not None else None
    document = template_document(
        template,
        event_title=event.title,
        city=event.city,
        locale=event.language,
        fact_box=fact_box,
        issues=issues,
    )
    language = language_of(event.language)
    (article_id,) = create_articles(
        db,
        [NewArticle(document, language, "rtl" if language == "ar" else "ltr", event_id=event_id)],
    )
    return article_id
