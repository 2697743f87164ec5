"""Opening the database: where it lives, refusing what is not ours, migrating what is.

`Database.open` checks an existing SQLite file read-only before anything writes to it, so
a refusal (not SQLite, damaged, made by a newer Hadath, folder not writable) leaves the
disk exactly as it was. A file behind the current schema is copied aside with SQLite's
online backup API before Alembic upgrades it, with foreign keys off during the run and
`PRAGMA foreign_key_check` after (DESIGN.md fact 6).

A local file that is already up to date opens without SQLAlchemy: the checks use sqlite3,
the engine is made on first write, and `reading` serves `store.reads` from sqlite3.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import platformdirs

from desktop_app.core.errors import QT_TRANSLATE_NOOP, StoreError
from desktop_app.store.readers import AlchemyReader, Reader, SqliteReader, open_read_connection

# SQLAlchemy is imported where it is first needed, not here: opening a local file that is
# already up to date and showing an article must not pay its ~0.3 s and ~48 MB
# (DESIGN.md decision 9).
if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import URL, Engine
    from sqlalchemy.orm import Session, sessionmaker

    from desktop_app.store.search import SearchIndex

ENV_VAR = "HADATH_DB"
APP_NAME = "hadath"
DEFAULT_FILENAME = "hadath.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DamagedDatabaseError(StoreError):
    """The file is SQLite but fails its integrity check or cannot be read as one."""


class ForeignDatabaseError(StoreError):
    """The file is not SQLite, or holds another program's tables."""


class NewerDatabaseError(StoreError):
    """The file's schema revision is unknown to this version of Hadath."""


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
    """An open store. The engine, session factory and search index are made on first use:
    a local file opened by its path reads through sqlite3 (see `reading`) and meets
    SQLAlchemy only when something writes or searches."""

    def __init__(
        self,
        path: Path | None,
        url: URL | None = None,
        engine: Engine | None = None,
        *,
        direct_reads: bool = False,
    ) -> None:
        self.path = path
        # Only a file named by its path reads through sqlite3; a URL, even sqlite:///…,
        # asks for SQLAlchemy, which is also how tests drive the other route.
        self.direct_reads = direct_reads and path is not None
        self._url = url
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._search_index: SearchIndex | None = None
        # The autosave worker may be the first to need the engine while the GUI thread
        # searches: one lock for the lazy parts, one for the shared read connection.
        self._lazy_lock = threading.RLock()
        self._read_lock = threading.Lock()
        self._read_conn: sqlite3.Connection | None = None
        self._integrity_lock = threading.Lock()
        self._integrity_pending = False
        self._integrity_error: StoreError | None = None

    @property
    def url(self) -> str:
        if self._url is not None:
            return self._url.render_as_string(hide_password=True)
        if self._engine is not None:
            return self._engine.url.render_as_string(hide_password=True)
        return f"sqlite:///{self.path}"

    @property
    def engine(self) -> Engine:
        with self._lazy_lock:
            if self._engine is None:
                assert self.path is not None  # only path-opened databases start without one
                self._engine = _make_engine(self._url or _sqlite_url(self.path), self.path)
            return self._engine

    @property
    def search_index(self) -> SearchIndex:
        with self._lazy_lock:
            if self._search_index is None:
                from desktop_app.store.search import search_index_for

                self._search_index = search_index_for(self.engine.dialect.name)
            return self._search_index

    # --- opening ------------------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path | None = None, *, defer_integrity_check: bool = False) -> Database:
        """Open (and create or migrate) a database. With `defer_integrity_check`, an
        up-to-date local file opens without `PRAGMA quick_check` (it reads the whole file:
        ~45 ms per 100 MB at start-up); the check then runs on the first write at the
        latest, or earlier through `verify_integrity()`, and a damaged file is never
        written to. A file that needs migrating is always checked first."""
        url, path = _url_and_path(resolve_target(target))
        direct = url is None
        known, scanned_head = scanned_revisions()
        head = scanned_head or known_revisions()[1]
        created_dirs: list[Path] = []
        state = _FileState(False, None)
        existed = path is not None and path.exists()
        if path is not None:
            _check_location(path)
            state = _inspect_sqlite_file(path, integrity=not defer_integrity_check)
            if defer_integrity_check and state.exists and (scanned_head is None or state.revision != scanned_head):
                state = _inspect_sqlite_file(path)  # about to migrate: check before touching it
            _check_revision(state.revision, known, str(path))
            created_dirs = _make_parents(path)
        up_to_date = path is not None and state.exists and state.revision == head and scanned_head is not None
        if up_to_date and direct:
            database = cls(path, direct_reads=True)  # nothing for Alembic to do, no engine yet
            database._integrity_pending = defer_integrity_check
            return database
        engine = _make_engine(url or _sqlite_url(path), path)
        try:
            if up_to_date:
                database = cls(path, url, engine)
                database._integrity_pending = defer_integrity_check
                return database
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
        return cls(path, url, engine, direct_reads=direct)

    # --- use ----------------------------------------------------------------------

    def verify_integrity(self) -> None:
        """Run a deferred `PRAGMA quick_check` now (once); raises StoreError if the file is
        damaged, and every later write raises it too."""
        with self._integrity_lock:
            if self._integrity_pending:
                assert self.path is not None
                try:
                    conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, timeout=5)
                    try:
                        _quick_check(conn)
                    finally:
                        conn.close()
                except sqlite3.DatabaseError as exc:
                    self._integrity_error = _damaged(self.path, exc)
                self._integrity_pending = False
            if self._integrity_error is not None:
                raise self._integrity_error

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises. Never
        on a file whose deferred integrity check has not passed."""
        self.verify_integrity()
        with self._lazy_lock:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Reader]:
        """One read-only transaction for `store.reads`: a consistent snapshot for the
        queries inside the block, released when it ends."""
        if not self.direct_reads:
            with self.engine.connect() as alchemy:
                yield AlchemyReader(alchemy)
            return
        with self._read_lock:
            conn = self._read_connection()
            conn.execute("BEGIN")
            try:
                yield SqliteReader(conn)
            finally:
                conn.execute("ROLLBACK")  # nothing was written; this ends the snapshot

    def _read_connection(self) -> sqlite3.Connection:
        # Kept open between reads (connecting costs more than the query); idle in
        # autocommit it holds no lock, so the autosave writer never waits for it.
        if self._read_conn is None:
            assert self.path is not None
            self._read_conn = open_read_connection(self.path, BUSY_TIMEOUT_MS)
            _sqlite_on_connect(self._read_conn, None)
        return self._read_conn

    def close(self) -> None:
        with self._read_lock:
            if self._read_conn is not None:
                self._read_conn.close()
                self._read_conn = None
        if self._engine is not None:
            self._engine.dispose()

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


def _url_and_path(target: str | Path) -> tuple[URL | None, Path | None]:
    """The URL when the target is one (None for a plain path: no SQLAlchemy needed to name
    it), and the local file's absolute path when there is one."""
    if isinstance(target, str) and "://" in target:
        from sqlalchemy import make_url

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
    return None, Path(target).expanduser().absolute()


def _sqlite_url(path: Path | None) -> URL:
    from sqlalchemy import URL

    assert path is not None
    return URL.create("sqlite", database=str(path))


def _refuse(
    template: str, path: Path, error: type[StoreError] = StoreError, /, **params: Any
) -> StoreError:
    return error(template, path=str(path), **params)


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


def _inspect_sqlite_file(path: Path, *, integrity: bool = True) -> _FileState:
    """Check an existing file read-only: SQLite header, integrity (unless deferred by the
    caller, see `Database.open`), schema revision."""
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
            ForeignDatabaseError,
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
        if integrity:
            _quick_check(conn)
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
                ForeignDatabaseError,
            )
        else:
            versions = []
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from exc
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


def _quick_check(conn: sqlite3.Connection) -> None:
    check = conn.execute("PRAGMA quick_check").fetchall()
    if check != [("ok",)]:
        raise sqlite3.DatabaseError("; ".join(str(row[0]) for row in check[:3]))


def _damaged(path: Path, exc: Exception) -> StoreError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database “{path}” is damaged and was not opened ({reason}). Restore it "
            "from a backup.",
        ),
        path,
        DamagedDatabaseError,
        reason=str(exc),
    )


def _remove_empty_sidecars(sidecars: list[Path]) -> None:
    wal = [sidecar for sidecar in sidecars if sidecar.name.endswith("-wal")]
    if any(sidecar.exists() and sidecar.stat().st_size > 0 for sidecar in wal):
        return  # someone wrote meanwhile: their WAL, not ours to delete
    for sidecar in sidecars:
        with contextlib.suppress(OSError):
            sidecar.unlink()


def _check_revision(revision: str | None, known: set[str], where: str) -> None:
    if revision is not None and revision not in known:
        raise NewerDatabaseError(
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
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

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
        # Made like every backup (store.backups): copied aside, integrity-checked, renamed.
        from desktop_app.store.backups import copy_verified

        copy_verified(path, destination)
    except (sqlite3.Error, OSError, StoreError) as exc:
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
    from sqlalchemy.exc import SQLAlchemyError

    sqlite = engine.dialect.name == "sqlite"
    config = migration_config()
    try:
        with engine.connect() as conn:
            if sqlite:
                # Must happen outside a transaction, or SQLite silently ignores it; batch
                # table rebuilds would otherwise cascade-delete child rows.
                conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            try:
                if backup is not None:
                    # An existing file: every article's text as it was, as a revision.
                    from desktop_app.store.revisions import write_migration_revisions

                    write_migration_revisions(conn)
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
