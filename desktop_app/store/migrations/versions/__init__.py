"""Alembic revision scripts, one per schema change; ids are zero-padded sequence numbers."""
