"""The trash for events, agenda tables and topic lists.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

`events.deleted_at`, `agenda_tables.deleted_at` and `topic_lists.deleted_at` say when the
reporter moved the thing to the trash (NULL: not in the trash), as `articles.deleted_at`
has since 0001. A trashed row stays with every child row and every link to it, so a
restore is one UPDATE; emptying the trash deletes them.

Added nullable columns only: no table is rebuilt (DESIGN.md fact 6), no row of 0004 is
touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("events", "agenda_tables", "topic_lists")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("deleted_at")
