"""Search index: FTS5 over folded title and body on SQLite, a plain table elsewhere.

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-30

Articles already in the database are indexed here, so search works right after upgrading.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from desktop_app.core.arabic import fold_for_search
from desktop_app.core.document import block_from_json, block_text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _existing_articles(bind):
    lines: dict[int, list[str]] = {}
    titles = dict(
        bind.execute(sa.text("SELECT id, title FROM articles WHERE deleted_at IS NULL")).all()
    )
    rows = bind.execute(
        sa.text("SELECT article_id, data FROM blocks ORDER BY article_id, position")
    )
    for article_id, data in rows:
        if article_id in titles:
            line = block_text(block_from_json(json.loads(data)))
            if line:
                lines.setdefault(article_id, []).append(line)
    for article_id, title in titles.items():
        body = "\n".join(lines.get(article_id, []))
        yield {
            "id": article_id,
            "title": fold_for_search(title),
            "body": fold_for_search(body),
            "original": body,
        }


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # unicode61 only splits words and drops Latin accents; Arabic folding is ours.
        # `original` is the unfolded body, never searched, read for snippets.
        op.execute(
            "CREATE VIRTUAL TABLE article_search USING fts5("
            "title, body, original UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
        )
        insert = (
            "INSERT INTO article_search (rowid, title, body, original) "
            "VALUES (:id, :title, :body, :original)"
        )
    else:
        op.create_table(
            "article_search_text",
            sa.Column("article_id", sa.Integer, nullable=False),
            sa.Column("title", sa.Text, nullable=False),
            sa.Column("body", sa.Text, nullable=False),
            sa.Column("original", sa.Text, nullable=False),
            sa.PrimaryKeyConstraint("article_id", name="pk_article_search_text"),
            sa.ForeignKeyConstraint(
                ["article_id"], ["articles.id"],
                name="fk_article_search_text_article_id_articles", ondelete="CASCADE",
            ),
        )
        insert = (
            "INSERT INTO article_search_text (article_id, title, body, original) "
            "VALUES (:id, :title, :body, :original)"
        )
    rows = list(_existing_articles(bind))
    if rows:
        bind.execute(sa.text(insert), rows)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE article_search")
    else:
        op.drop_table("article_search_text")
