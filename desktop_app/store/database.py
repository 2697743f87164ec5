"""Opening the database: where it lives, refusing what is not ours, migrating what is.

`Database.open` checks an existing SQLite file read-only before anything writes to it, so
a refusal (not SQLite, damaged, made by a newer Hadath, folder not writable) leaves the
disk exactly as it was. A file behind the current schema is copied aside with SQLite's
online backup API before Alembic upgrades it, with foreign keys off during the run and
`PRAGMA foreign_key_check` after (DESIGN.md fact 6).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from desktop_app.core.errors import QT_TRANSLATE_NOOP, StoreError
from desktop_app.store.search import SearchIndex, search_index_for

if TYPE_CHECKING:
    from alembic.config import Config

ENV_VAR = "HADATH_DB"
APP_NAME = "hadath"
DEFAULT_FILENAME = "hadath.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def default_database_path() -> Path:
    """$HADATH_DB when it names a file, else hadath.sqlite3 in the user's data folder.
    Read at call time so tests and the CLI can change the environment."""
    value = os.environ.get(ENV_VAR, "").strip()
    if value and "://" not in value:
        return Path(value).expanduser()
    return platformdirs.user_data_path(APP_NAME) / DEFAULT_FILENAME


def resolve_target(target: str | Path | None = None) -> str | Path:
    """The explicit target, else $HADATH_DB (a path or a URL), else the default path."""
    if target is not None and str(target).strip():
        return target
    value = os.environ.get(ENV_VAR, "").strip()
    if value:
        return value
    return default_database_path()


def migration_config() -> Config:
    """Alembic configuration without an alembic.ini: the scripts ship inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> tuple[set[str], str]:
    """Every revision this version of Hadath knows, and the head."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migration_config())
    head = scripts.get_current_head()
    assert head is not None
    return {script.revision for script in scripts.walk_revisions()}, head


_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:["']([^"']*)["']|None)""", re.MULTILINE)


def scanned_revisions() -> tuple[set[str], str | None]:
    """What `known_revisions` says, read from the scripts' own `revision =` lines: opening
    a database already at head then needs no Alembic import (0.1 s and 17 MB at start-up,
    DESIGN.md decision 9). None as head when the scripts do not read as one simple chain:
    the caller then asks Alembic."""
    known: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values = dict((key, value) for key, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if values.get("revision"):
            known.add(values["revision"])
        if values.get("down_revision"):
            parents.add(values["down_revision"])
    heads = known - parents
    return known, (heads.pop() if len(heads) == 1 else None)


@dataclass(frozen=True)
class _FileState:
    exists: bool  # a non-empty file was already there
    revision: str | None


class Database:
    """An open store: an engine, a session factory and the backend's search index."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self.url: str = engine.url.render_as_string(hide_password=True)
        self.search_index: SearchIndex = search_index_for(engine.dialect.name)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # --- opening ------------------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path | None = None) -> Database:
        url, path = _url_and_path(resolve_target(target))
        known, scanned_head = scanned_revisions()
        head = scanned_head or known_revisions()[1]
        created_dirs: list[Path] = []
        state = _FileState(False, None)
        existed = path is not None and path.exists()
        if path is not None:
            _check_location(path)
            state = _inspect_sqlite_file(path)
            _check_revision(state.revision, known, str(path))
            created_dirs = _make_parents(path)
        engine = _make_engine(url, path)
        try:
            if path is not None and state.exists and state.revision == head and scanned_head is not None:
                return cls(engine, path)  # up to date: nothing for Alembic to do
            if path is None:
                from alembic.runtime.migration import MigrationContext

                with engine.connect() as conn:
                    current = MigrationContext.configure(conn).get_current_revision()
                _check_revision(current, known, engine.url.render_as_string(hide_password=True))
            backup = None
            if path is not None and state.exists and state.revision != head:
                backup = _backup(path, head)
            _migrate(engine, path, backup)
        except BaseException:
            engine.dispose()
            if path is not None and not existed:
                _remove_new_database(path, created_dirs)
            raise
        return cls(engine, path)

    # --- use ----------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.url!r})"


# --- where the database is --------------------------------------------------------------


def _url_and_path(target: str | Path) -> tuple[URL, Path | None]:
    if isinstance(target, str) and "://" in target:
        try:
            url = make_url(target)
        except Exception as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "“{target}” is not a database address: {reason}"),
                target=target,
                reason=str(exc),
            ) from exc
        if url.get_backend_name() != "sqlite":
            return url, None
        if not url.database or url.database == ":memory:":
            return url, None
        path = Path(url.database).expanduser().absolute()
        return url.set(database=str(path)), path
    path = Path(target).expanduser().absolute()
    return URL.create("sqlite", database=str(path)), path


def _refuse(template: str, path: Path, **params: Any) -> StoreError:
    return StoreError(template, path=str(path), **params)


def _check_location(path: Path) -> None:
    """Refuse paths we could not create or write, without creating anything."""
    if path.is_dir():
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot open “{path}”: it is a folder, not a file."), path
        )
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir() or not os.access(ancestor, os.W_OK | os.X_OK):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot create the database “{path}”: the folder “{folder}” cannot be "
                "created or written.",
            ),
            path,
            folder=str(ancestor),
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot open “{path}”: the file is read-only."), path
        )


def _inspect_sqlite_file(path: Path) -> _FileState:
    """Check an existing file read-only: SQLite header, integrity, schema revision."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return _FileState(False, None)
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot read “{path}”: {reason}"), path, reason=exc.strerror
        ) from exc
    if header != SQLITE_HEADER:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "“{path}” is not a Hadath database (it is not an SQLite file)."
            ),
            path,
        )
    # A read-only connection to a WAL database still creates -wal and -shm files; a
    # refusal must leave the folder as it was, so remove the ones this check made.
    sidecars = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    made_by_us = [sidecar for sidecar in sidecars if not sidecar.exists()]
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Cannot read “{path}”: {reason}"), path, reason=str(exc)
        ) from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise sqlite3.DatabaseError("; ".join(str(row[0]) for row in check[:3]))
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" in tables:
            versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
        elif tables:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{path}” is not a Hadath database (it holds another program's tables).",
                ),
                path,
            )
        else:
            versions = []
    except sqlite3.DatabaseError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database “{path}” is damaged and was not opened ({reason}). Restore it "
                "from a backup.",
            ),
            path,
            reason=str(exc),
        ) from exc
    finally:
        conn.close()
        _remove_empty_sidecars(made_by_us)
    if len(versions) > 1:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "The database “{path}” has an unknown schema: {found}."),
            path,
            found=", ".join(versions),
        )
    return _FileState(True, versions[0] if versions else None)


def _remove_empty_sidecars(sidecars: list[Path]) -> None:
    wal = [sidecar for sidecar in sidecars if sidecar.name.endswith("-wal")]
    if any(sidecar.exists() and sidecar.stat().st_size > 0 for sidecar in wal):
        return  # someone wrote meanwhile: their WAL, not ours to delete
    for sidecar in sidecars:
        with contextlib.suppress(OSError):
            sidecar.unlink()


def _check_revision(revision: str | None, known: set[str], where: str) -> None:
    if revision is not None and revision not in known:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database “{path}” was made by a newer version of Hadath (schema "
                "{revision}). Update Hadath to open it.",
            ),
            path=where,
            revision=revision,
        )


def _make_parents(path: Path) -> list[Path]:
    """Create missing folders; return them, outermost first, so a failure can undo it."""
    missing = [folder for folder in path.parents if not folder.exists()]
    missing.reverse()
    try:
        for folder in missing:
            folder.mkdir()
    except OSError as exc:
        for folder in reversed(missing):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot create the folder for the database “{path}”: {reason}"
            ),
            path,
            reason=exc.strerror or str(exc),
        ) from exc
    return missing


def _remove_new_database(path: Path, created_dirs: list[Path]) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()
    for folder in reversed(created_dirs):
        with contextlib.suppress(OSError):
            folder.rmdir()


# --- engine -------------------------------------------------------------------------


def _make_engine(url: URL, path: Path | None) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if path is None:
        # One shared connection, or every checkout would see a fresh empty :memory: db.
        engine = create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_on_connect)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # WAL is safe with NORMAL: a power cut may lose the last commit, never corrupt.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


# --- migrations -----------------------------------------------------------------------


def _backup_path(path: Path, head: str) -> Path:
    candidate = path.with_name(f"{path.name}.before-{head}.bak")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.before-{head}-{number}.bak")
    return candidate


def _sqlite_copy(source: Path, destination: Path) -> None:
    """A consistent copy through SQLite's online backup API (WAL content included)."""
    src = sqlite3.connect(source, timeout=5)
    dst = sqlite3.connect(destination, timeout=5)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _backup(path: Path, head: str) -> Path:
    destination = _backup_path(path, head)
    try:
        _sqlite_copy(path, destination)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            destination.unlink()
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot back up “{path}” before updating it, so it was left as it was: {reason}",
            ),
            path,
            reason=str(exc),
        ) from exc
    return destination


def _migrate(engine: Engine, path: Path | None, backup: Path | None) -> None:
    from alembic import command

    sqlite = engine.dialect.name == "sqlite"
    config = migration_config()
    try:
        with engine.connect() as conn:
            if sqlite:
                # Must happen outside a transaction, or SQLite silently ignores it; batch
                # table rebuilds would otherwise cascade-delete child rows.
                conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            try:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                conn.commit()
                problems = (
                    conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() if sqlite else []
                )
            finally:
                if sqlite:
                    conn.rollback()
                    conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        if problems:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Updating the database “{path}” broke {count} links between records; "
                    "the update was undone.",
                ),
                path=str(path or engine.url),
                count=len(problems),
            )
    except (SQLAlchemyError, StoreError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        if backup is not None and path is not None:
            _sqlite_copy(backup, path)
        if isinstance(exc, StoreError):
            raise
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot update the database “{path}”; it was left as it was: {reason}"
            ),
            path=str(path or engine.url),
            reason=str(exc),
        ) from exc
