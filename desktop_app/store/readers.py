"""Where the portable read SQL runs: one interface, two routes.

`store.reads` writes its queries once, with named `:param` placeholders that both the
sqlite3 module and SQLAlchemy's `text()` understand. A local SQLite file opened by path
answers through a plain sqlite3 connection, so showing an article needs no SQLAlchemy
import (DESIGN.md decision 9); any other database (PostgreSQL, a URL) answers through
SQLAlchemy. Only this module knows the difference.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Connection

Row = tuple[Any, ...]


class Reader(Protocol):
    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]: ...


class SqliteReader:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self._conn.execute(sql, dict(params or {})).fetchall()


class AlchemyReader:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        from sqlalchemy import text

        return [tuple(row) for row in self._conn.execute(text(sql), dict(params or {}))]


def open_read_connection(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """A sqlite3 connection for reads. Autocommit (isolation_level=None): the caller brackets
    each read in BEGIN … ROLLBACK, so no snapshot outlives it and, in WAL mode, the
    autosave writer on its own connection is never blocked. Shared across threads under the
    caller's lock, hence check_same_thread=False."""
    conn = sqlite3.connect(
        path, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False
    )
    return conn
