"""Initial schema: events, articles, blocks, agenda tables, topic lists, revisions.

Revision ID: 0001
Revises:
Create Date: 2025-11-30

Tables are spelled out here rather than built from the models' metadata, so this revision
keeps describing the schema as it was even after the models move on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _check_in(column, values):
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("organizer", sa.String(500), nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("venue", sa.String(500), nullable=False),
        sa.Column("country", sa.String(200), nullable=False),
        sa.Column("start_date", sa.Date, nullable=True),
        sa.Column("end_date", sa.Date, nullable=True),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_title", "events", ["title"])

    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(1000), nullable=False),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("focus_keyphrase", sa.String(200), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("event_id", sa.Integer, nullable=True),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_articles_event_id_events", ondelete="SET NULL"
        ),
        sa.UniqueConstraint("slug", name="uq_articles_slug"),
        sa.CheckConstraint(
            _check_in("direction", ("rtl", "ltr", "auto")), name="ck_articles_direction"
        ),
        sa.CheckConstraint(
            _check_in("status", ("draft", "ready", "published")), name="ck_articles_status"
        ),
    )
    op.create_index("ix_articles_event_id", "articles", ["event_id"])
    op.create_index("ix_articles_deleted_updated", "articles", ["deleted_at", "updated_at"])

    op.create_table(
        "blocks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_blocks"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_blocks_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("article_id", "position", name="uq_blocks_article_position"),
    )

    op.create_table(
        "agenda_tables",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("event_id", sa.Integer, nullable=True),
        sa.Column("article_id", sa.Integer, nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_tables"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_agenda_tables_event_id_events",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_agenda_tables_article_id_articles",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_agenda_tables_event_id", "agenda_tables", ["event_id", "position"])
    op.create_index("ix_agenda_tables_article_id", "agenda_tables", ["article_id", "position"])

    op.create_table(
        "agenda_columns",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("table_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("header", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_columns"),
        sa.ForeignKeyConstraint(
            ["table_id"], ["agenda_tables.id"], name="fk_agenda_columns_table_id_agenda_tables",
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(
            _check_in("kind", ("text", "time", "date", "person")), name="ck_agenda_columns_kind"
        ),
    )
    op.create_index("ix_agenda_columns_table_id", "agenda_columns", ["table_id", "position"])

    op.create_table(
        "agenda_rows",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("table_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_rows"),
        sa.ForeignKeyConstraint(
            ["table_id"], ["agenda_tables.id"], name="fk_agenda_rows_table_id_agenda_tables",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_agenda_rows_table_id", "agenda_rows", ["table_id", "position"])

    op.create_table(
        "agenda_cells",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("row_id", sa.Integer, nullable=False),
        sa.Column("column_id", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_cells"),
        sa.ForeignKeyConstraint(
            ["row_id"], ["agenda_rows.id"], name="fk_agenda_cells_row_id_agenda_rows",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["column_id"], ["agenda_columns.id"], name="fk_agenda_cells_column_id_agenda_columns",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("row_id", "column_id", name="uq_agenda_cells_row_column"),
    )
    op.create_index("ix_agenda_cells_column_id", "agenda_cells", ["column_id"])

    op.create_table(
        "topic_lists",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("event_id", sa.Integer, nullable=True),
        sa.Column("article_id", sa.Integer, nullable=True),
        sa.Column("ordered", sa.Boolean, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_topic_lists"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_topic_lists_event_id_events",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_topic_lists_article_id_articles",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_topic_lists_event_id", "topic_lists", ["event_id", "position"])
    op.create_index("ix_topic_lists_article_id", "topic_lists", ["article_id", "position"])

    op.create_table(
        "topic_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("list_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("covered", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_topic_items"),
        sa.ForeignKeyConstraint(
            ["list_id"], ["topic_lists.id"], name="fk_topic_items_list_id_topic_lists",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_topic_items_list_id", "topic_items", ["list_id", "position"])

    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("title", sa.String(1000), nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_revisions"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_revisions_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.CheckConstraint(
            _check_in(
                "reason",
                ("autosave", "manual", "import", "export", "restore", "delete", "migration"),
            ),
            name="ck_revisions_reason",
        ),
    )
    op.create_index("ix_revisions_article_id", "revisions", ["article_id", "created_at"])


def downgrade() -> None:
    for table in (
        "revisions", "topic_items", "topic_lists", "agenda_cells", "agenda_rows",
        "agenda_columns", "agenda_tables", "blocks", "articles", "events",
    ):
        op.drop_table(table)
