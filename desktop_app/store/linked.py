"""Linked blocks: table and topic-list blocks that mirror an event's agenda table or topic
list through `source_id`.

A linked block keeps a copy of its content, so an article renders and exports on its
own; these functions bring the copies up to date with the event's data. A block whose
source is gone becomes an article-local copy (its `source_id` dropped) rather than an
error: the article must still open. A block whose source is in the trash stays as it is,
link and copy: restoring the source brings the link back to life, and only emptying the
trash detaches it (`block_links.detach_all`).
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.document import Block, Document, TableBlock, TopicListBlock
from desktop_app.core.errors import NotFoundError
from desktop_app.store import agenda, topics
from desktop_app.store.articles import get_article, save_document
from desktop_app.store.block_links import LinkingArticle, articles_linking, check_kind
from desktop_app.store.database import Database
from desktop_app.store.trashed import InTrashError


def detach_block(block: Block) -> Block:
    """An article-local copy of a linked block ("Detach"): same content, no source."""
    if isinstance(block, TableBlock | TopicListBlock) and block.source_id is not None:
        return replace(block, source_id=None)
    return block


def current_block(db: Database, block: Block) -> Block:
    """`block` with the current content of its source; unlinked blocks, and blocks whose
    source is in the trash, come back as they are; blocks whose source was deleted come
    back detached."""
    try:
        if isinstance(block, TableBlock) and block.source_id is not None:
            return agenda.table_block(db, block.source_id)
        if isinstance(block, TopicListBlock) and block.source_id is not None:
            return topics.topic_list_block(db, block.source_id)
    except InTrashError:
        return block
    except NotFoundError:
        return detach_block(block)
    return block


def refresh_document(db: Database, document: Document) -> Document:
    """The document with every linked block replaced by its source's current content."""
    return replace(document, blocks=tuple(current_block(db, block) for block in document.blocks))


def refresh_linked_blocks(db: Database, article_id: int, *, save: bool = False) -> Document:
    """The article's document with its linked blocks up to date. With `save`, a changed
    document is stored too (as an autosave, so a day of event edits leaves a handful of
    revisions, not hundreds)."""
    document = get_article(db, article_id).document
    refreshed = refresh_document(db, document)
    if save and refreshed != document:
        save_document(db, article_id, refreshed, reason="autosave")
    return refreshed


def sync_linking_articles(db: Database, kind: str, source_id: int) -> list[int]:
    """Store the current content of a table (`kind="table"`) or list (`"topics"`) in
    every live article linking to it; returns the ids of the articles that changed.
    Each article is saved in a transaction of its own."""
    changed: list[int] = []
    for user in articles_linking(db, check_kind(kind), source_id):
        if user.in_trash:
            continue
        document = get_article(db, user.id).document
        refreshed = refresh_document(db, document)
        if refreshed != document:
            save_document(db, user.id, refreshed, reason="autosave")
            changed.append(user.id)
    return changed


__all__ = [
    "LinkingArticle",
    "articles_linking",
    "current_block",
    "detach_block",
    "refresh_document",
    "refresh_linked_blocks",
    "sync_linking_articles",
]
