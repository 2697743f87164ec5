"""Alembic migrations for the Hadath store, run by `Database.open` (no alembic.ini)."""
