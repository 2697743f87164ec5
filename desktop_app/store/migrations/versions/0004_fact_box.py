"""The fact box: which agenda table it is, and which of its rows mirror event fields.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

`agenda_tables.role` marks the event's fact box ('fact_box'; '' for every other table).
`agenda_rows.field` names the event field a fact-box row is generated from ('location',
'dates', 'organizer', …); NULL for rows the reporter writes. Generated rows are rewritten
whenever the event's details change, free rows never are.

Added columns with server defaults only: no table is rebuilt, no row of 0003 is touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_tables") as batch:
        batch.add_column(sa.Column("role", sa.String(16), nullable=False, server_default=""))
    with op.batch_alter_table("agenda_rows") as batch:
        batch.add_column(sa.Column("field", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agenda_rows") as batch:
        batch.drop_column("field")
    with op.batch_alter_table("agenda_tables") as batch:
        batch.drop_column("role")
