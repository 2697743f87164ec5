"""Alembic environment: Hadath passes an open connection in `config.attributes`.

There is no alembic.ini and no URL here on purpose: `Database.open` decides which file to
migrate, turns foreign keys off around the run (DESIGN.md fact 6) and checks them after.
"""

from __future__ import annotations

from alembic import context

from desktop_app.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Hadath migrations run through desktop_app.store.database.Database.open")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
