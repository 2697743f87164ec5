"""Coverage links and the per-event digit style.

Revision ID: 0003
Revises: 0002
Create Date: 2026-01-10

Two association tables record which articles cover an agenda row (a session) and a topic
item; deleting either side deletes the link (ON DELETE CASCADE). `events.digit_style`
lets the reporter override the coverage locale's digits in generated text such as the
fact box: 'auto' (the locale's), 'western' or 'arabic-indic'.

New tables only, and one added column with a server default: no existing table is
rebuilt, so no row of the earlier schema is touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _link_table(name: str, key: str, parent: str) -> None:
    op.create_table(
        name,
        sa.Column(key, sa.Integer, nullable=False),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint(key, "article_id", name=f"pk_{name}"),
        sa.ForeignKeyConstraint(
            [key], [f"{parent}.id"], name=f"fk_{name}_{key}_{parent}", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=f"fk_{name}_article_id_articles",
            ondelete="CASCADE",
        ),
    )
    # The primary key serves lookups by row or item; this one serves "what does this
    # article cover".
    op.create_index(f"ix_{name}_article_id", name, ["article_id"])


def upgrade() -> None:
    _link_table("agenda_row_articles", "row_id", "agenda_rows")
    _link_table("topic_item_articles", "item_id", "topic_items")
    with op.batch_alter_table("events") as batch:
        batch.add_column(
            sa.Column("digit_style", sa.String(16), nullable=False, server_default="auto")
        )


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("digit_style")
    op.drop_table("topic_item_articles")
    op.drop_table("agenda_row_articles")
