"""Backups of the database file: made with SQLite's online backup API, checked, kept for
a while, and restored.

A backup is a consistent copy even while the app writes: the backup API reads one
snapshot of the live WAL database (writers are not blocked). Each copy is written under a
temporary name, checked with `PRAGMA integrity_check`, made durable and only then renamed
to its final name, so a backup that exists is a good one; a bad copy is deleted and
reported. Copies are plain rollback-journal files: one file each, no -wal beside them.

Names carry the UTC time and why the copy was made:
`<database stem>-2025-11-24T09-30-00Z-<kind>.sqlite3`, kind one of `auto` (the daily one
at start), `manual`, `before-restore`, and `damaged` (the raw bytes of a current file too
damaged to back up, kept before a restore replaces it). The copy made before a schema
update is `database.py`'s `<name>.before-<revision>.bak` next to the database; it is
listed here too and verified the same way, and is never pruned (one per update).

Retention, after every backup into the folder: the newest backup of each of the last
`daily` days that have backups, the newest of each of the last `weekly` ISO weeks that have
backups (days and weeks in UTC), every `before-restore` copy from those days (the one way
back from a restore), and always the newest backup. `damaged` copies and pre-update copies
are never pruned.

Preferences are not read here (the CLI and tests must not depend on the user's config
file): callers pass a `BackupSettings`.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import QT_TRANSLATE_NOOP, StoreError

if TYPE_CHECKING:
    from desktop_app.preferences import Preferences

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
SUFFIX = ".sqlite3"
DEFAULT_FOLDER_NAME = "backups"
KINDS = ("auto", "manual", "before-restore", "before-update", "damaged")
# Kinds the daily/weekly rule applies to; the others are kept until deleted by hand.
PRUNABLE = ("auto", "manual", "before-restore")
STAMP_FORMAT = "%Y-%m-%dT%H-%M-%SZ"
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_S = 3600  # a temp copy this old belongs to a process that died mid-backup

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)-"
    r"(?P<kind>auto|manual|before-restore|damaged)(?:-(?P<number>\d+))?\.sqlite3$"
)
# One backup or restore at a time in this process: the start-of-day backup runs on a
# worker thread while the reporter may ask for another, or for a restore.
_lock = threading.RLock()


class BackupError(StoreError):
    """A backup could not be made, checked, or restored."""


class _DamagedSource(BackupError):
    """The database itself could not be copied cleanly: it is damaged."""


def utc_now() -> datetime:
    """The clock of this module (tests replace it)."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    daily: int = 7
    weekly: int = 4

    @classmethod
    def for_database(cls, database_path: Path, folder: str = "", daily: int = 7, weekly: int = 4) -> BackupSettings:
        """`folder` as the Preferences hold it: "" means a `backups` folder next to the
        database; a relative folder is taken relative to the database's folder."""
        return cls(backup_folder(database_path, folder), max(1, daily), max(0, weekly))

    @classmethod
    def from_preferences(cls, database_path: Path, preferences: Preferences) -> BackupSettings:
        """The folder and retention the reporter chose, for this database (the CLI and
        both backup dialogs build them the same way)."""
        return cls.for_database(
            database_path, preferences.backup_folder, preferences.backups_daily, preferences.backups_weekly
        )


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime  # UTC
    kind: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored: Path  # the backup that is now the database
    previous: Backup | None  # where the replaced database went (None: there was none)


def local_database_path(target: str | Path | None = None) -> Path:
    """The database file that `target` (or $HADATH_DB, or the default) names; a server
    database has no file to copy, so it is refused."""
    from desktop_app.store.database import _url_and_path, resolve_target

    resolved = resolve_target(target)
    _url, path = _url_and_path(resolved)
    if path is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors", "Backups are copies of a local database file; “{target}” is not one. Use the server's tools."
            ),
            target=str(resolved),
        )
    return path


def backup_folder(database_path: Path, preference: str = "") -> Path:
    text = preference.strip()
    if not text:
        return database_path.absolute().parent / DEFAULT_FOLDER_NAME
    folder = Path(text).expanduser()
    return folder if folder.is_absolute() else database_path.absolute().parent / folder


# --- listing ------------------------------------------------------------------------------


def list_backups(database_path: Path, folder: Path) -> list[Backup]:
    """This database's backups in `folder` and its pre-update copies, newest first."""
    database_path = database_path.absolute()
    found: list[Backup] = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match is None or match["stem"] != database_path.stem or not path.is_file():
                continue
            created = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
            found.append(Backup(path, created, match["kind"], _size(path)))
    before_update = re.compile(rf"^{re.escape(database_path.name)}\.before-.+\.bak$")
    with contextlib.suppress(OSError):
        for path in database_path.parent.iterdir():
            if before_update.match(path.name) and path.is_file():
                created = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
                found.append(Backup(path, created, "before-update", _size(path)))
    found.sort(key=_age_order, reverse=True)
    return found


def _age_order(backup: Backup) -> tuple[datetime, int]:
    """Oldest first; within one second, the numbered name (`-2`, `-3`) came later."""
    match = _NAME.match(backup.path.name)
    return backup.created, int(match["number"]) if match and match["number"] else 1


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def latest_backup(database_path: Path, folder: Path) -> Backup | None:
    """The newest usable backup (a `damaged` copy is not one)."""
    usable = [backup for backup in list_backups(database_path, folder) if backup.kind != "damaged"]
    return usable[0] if usable else None


def backup_due(database_path: Path, folder: Path, now: datetime | None = None) -> bool:
    """True when the database exists and its newest backup is more than a day old (or
    there is none)."""
    if not _has_content(database_path):
        return False
    latest = latest_backup(database_path, folder)
    return latest is None or (now or utc_now()) - latest.created >= timedelta(days=1)


# --- making -------------------------------------------------------------------------------


def make_backup(
    database_path: Path, settings: BackupSettings, *, kind: str = "manual", now: datetime | None = None
) -> Backup:
    """Back the database up into the settings' folder, then prune that folder."""
    if kind not in PRUNABLE:
        raise ValueError(f"not a kind of backup made here: {kind}")
    database_path = database_path.absolute()
    with _lock:
        backup = _backup_into(database_path, settings.folder, kind, now or utc_now())
        prune(database_path, settings)
        return backup


def backup_if_due(database_path: Path, settings: BackupSettings, now: datetime | None = None) -> Backup | None:
    """The start-of-day backup: made when the newest one is more than a day old."""
    now = now or utc_now()
    with _lock:
        if not backup_due(database_path, settings.folder, now):
            return None
        return make_backup(database_path, settings, kind="auto", now=now)


def backup_to(database_path: Path, target: Path, *, now: datetime | None = None) -> Backup:
    """A one-off backup to `target`: a folder (the backup gets the usual name inside it)
    or a new file name. Nothing is pruned there and nothing existing is overwritten."""
    database_path = database_path.absolute()
    target = target.expanduser().absolute()
    with _lock:
        if target.is_dir():
            return _backup_into(database_path, target, "manual", now or utc_now())
        if target.exists():
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "“{target}” already exists; choose a new file name or a folder."),
                target=str(target),
            )
        if not target.parent.is_dir():
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "Cannot back up to “{target}”: the folder “{folder}” does not exist."),
                target=str(target),
                folder=str(target.parent),
            )
        _check_source(database_path)
        created = (now or utc_now()).replace(microsecond=0)
        copy_verified(database_path, target)
        return Backup(target, created, "manual", _size(target))


def _backup_into(database_path: Path, folder: Path, kind: str, now: datetime) -> Backup:
    _check_source(database_path)
    _make_folder(folder)
    _remove_stale_partials(folder)
    created = now.astimezone(UTC).replace(microsecond=0)
    target = _free_name(folder, database_path, created, kind)
    copy_verified(database_path, target)
    return Backup(target, created, kind, _size(target))


def _free_name(folder: Path, database_path: Path, created: datetime, kind: str) -> Path:
    base = f"{database_path.stem}-{created.strftime(STAMP_FORMAT)}-{kind}"
    candidate = folder / f"{base}{SUFFIX}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{base}-{number}{SUFFIX}"
    return candidate


def _check_source(database_path: Path) -> None:
    if not database_path.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "There is no database at “{path}” to back up."), path=str(database_path)
        )
    if not _is_sqlite(database_path):
        raise _DamagedSource(
            QT_TRANSLATE_NOOP("errors", "Cannot back up “{path}”: it is not an SQLite database file."),
            path=str(database_path),
        )


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "Cannot create the backup folder “{folder}”: {reason}"),
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "Cannot write backups into the folder “{folder}”."), folder=str(folder)
        )


def _remove_stale_partials(folder: Path) -> None:
    cutoff = time.time() - STALE_PARTIAL_S
    with contextlib.suppress(OSError):
        for path in folder.glob(f".*{PARTIAL_SUFFIX}"):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < cutoff:
                    path.unlink()


def copy_verified(source: Path, destination: Path) -> None:
    """Copy an SQLite database to `destination` through the online backup API: written
    under a temporary name, checked with `PRAGMA integrity_check`, synced, then renamed.
    A copy that fails the check is deleted and BackupError raised; `destination` then
    does not exist (or is as it was)."""
    partial = destination.with_name(f".{destination.name}.{os.getpid()}.{threading.get_ident()}{PARTIAL_SUFFIX}")
    try:
        try:
            _copy_pages(source, partial)
            problem = integrity_problem(partial)
        except (sqlite3.OperationalError, OSError) as exc:
            # Locked, unreadable, disk full: nothing is known about the database itself.
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "Cannot back up “{path}”: {reason}"), path=str(source), reason=str(exc)
            ) from exc
        except sqlite3.DatabaseError as exc:  # not a database, or a corrupt one
            raise _DamagedSource(
                QT_TRANSLATE_NOOP("errors", "Cannot back up “{path}”: {reason}"), path=str(source), reason=str(exc)
            ) from exc
        if problem is not None:
            raise _DamagedSource(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The backup of “{path}” failed its integrity check ({reason}) and was deleted. The "
                    "database itself may be damaged.",
                ),
                path=str(source),
                reason=problem,
            )
        try:
            _fsync(partial)
            os.replace(partial, destination)
            _fsync_folder(destination.parent)
        except OSError as exc:
            raise BackupError(
                QT_TRANSLATE_NOOP("errors", "Cannot back up “{path}”: {reason}"),
                path=str(source),
                reason=exc.strerror or str(exc),
            ) from exc
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _copy_pages(source: Path, destination: Path) -> None:
    """The backup API from a read-only connection (nothing is ever written to the
    source) into a fresh file, left in rollback-journal mode: one self-contained file."""
    with _read_only(source) as src:
        dst = sqlite3.connect(destination, timeout=BUSY_TIMEOUT_S)
        try:
            _run_backup(src, dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()


def _run_backup(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """`src.backup(dst)` in one step, giving up when a lock stays held: Python's loop
    retries a busy step forever, so a writer that never lets go would hang the app."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() >= deadline:
            raise sqlite3.OperationalError("database is locked")

    src.backup(dst, progress=progress, sleep=0.05)


def integrity_problem(path: Path) -> str | None:
    """None when `PRAGMA integrity_check` passes on the file, else what it found. A file
    that cannot be read at all (locked, no permission, I/O error) raises
    sqlite3.OperationalError instead: that says nothing about damage."""
    try:
        with _read_only(path) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.OperationalError:
        raise
    except sqlite3.Error as exc:
        return str(exc)
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:3])


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection; the -wal and -shm files it creates for a WAL database
    (when nobody else had them open) are removed again, leaving the folder as it was."""
    sidecars = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    made_by_us = [sidecar for sidecar in sidecars if not sidecar.exists()]
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        yield conn
    finally:
        conn.close()
        _remove_sidecars(path, made_by_us)


def _remove_sidecars(path: Path, made_by_us: list[Path]) -> None:
    wal = Path(f"{path}-wal")
    if wal in made_by_us and wal.exists() and _size(wal) > 0:
        return  # someone else wrote meanwhile: their WAL, not ours to delete
    for sidecar in made_by_us:
        with contextlib.suppress(OSError):
            sidecar.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    with contextlib.suppress(OSError):
        _fsync(folder)


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _has_content(path: Path) -> bool:
    return path.is_file() and _size(path) > 0


# --- retention ------------------------------------------------------------------------------


def plan_retention(backups: list[Backup], daily: int, weekly: int) -> set[Path]:
    """Which of these backups to keep (see the module's docstring for the rule)."""
    prunable = sorted(
        (backup for backup in backups if backup.kind in PRUNABLE),
        key=_age_order,
        reverse=True,
    )
    keep = {backup.path for backup in backups if backup.kind not in PRUNABLE}
    if not prunable:
        return keep
    keep.add(prunable[0].path)
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for backup in prunable:  # newest first: the first one seen in a bucket is its newest
        day = backup.created.astimezone(UTC).date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.append((week[0], week[1]))
            keep.add(backup.path)
    for backup in prunable:
        if backup.kind == "before-restore" and backup.created.astimezone(UTC).date() in days:
            keep.add(backup.path)
    return keep


def prune(database_path: Path, settings: BackupSettings) -> list[Path]:
    """Delete the backups in the folder that the retention rule does not keep."""
    with _lock:
        backups = [b for b in list_backups(database_path, settings.folder) if b.path.parent == settings.folder]
        keep = plan_retention(backups, settings.daily, settings.weekly)
        removed: list[Path] = []
        for backup in backups:
            if backup.path not in keep:
                with contextlib.suppress(OSError):
                    backup.path.unlink()
                    removed.append(backup.path)
        return removed


# --- restoring ------------------------------------------------------------------------------


def check_backup(path: Path) -> str | None:
    """Refuse a file that cannot be restored (missing, not SQLite, damaged, not Hadath's,
    made by a newer Hadath); returns its schema revision. Reads only."""
    from desktop_app.store.database import known_revisions, scanned_revisions

    path = path.expanduser().absolute()
    if path.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "“{path}” is a folder, not a backup file."), path=str(path)
        )
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "There is no backup at “{path}”."), path=str(path))
    if not _is_sqlite(path):
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "“{path}” is not a Hadath backup: it is not an SQLite database file."),
            path=str(path),
        )
    try:
        problem = integrity_problem(path)
    except sqlite3.OperationalError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the backup “{path}”: {reason}"), path=str(path), reason=str(exc)
        ) from exc
    if problem is not None:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backup “{path}” is damaged ({reason}); it cannot be restored."),
            path=str(path),
            reason=problem,
        )
    try:
        with _read_only(path) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            versions = (
                [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
    except sqlite3.Error as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backup “{path}” is damaged ({reason}); it cannot be restored."),
            path=str(path),
            reason=str(exc),
        ) from exc
    if len(versions) != 1:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "“{path}” is not a Hadath backup: it does not hold Hadath's tables."),
            path=str(path),
        )
    known, head = scanned_revisions()
    if head is None:
        known = known_revisions()[0]
    if versions[0] not in known:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup “{path}” was made by a newer version of Hadath (schema {revision}). Update "
                "Hadath to restore it.",
            ),
            path=str(path),
            revision=versions[0],
        )
    return str(versions[0])


def check_restorable(backup: Path, database_path: Path) -> str | None:
    """`check_backup`, and refuse the database itself; returns the backup's revision."""
    backup = backup.expanduser().absolute()
    if database_path.exists() and backup.exists() and os.path.samefile(backup, database_path):
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "“{path}” is the database itself, not a backup of it."), path=str(backup)
        )
    return check_backup(backup)


def restore_backup(
    backup: Path, database_path: Path, settings: BackupSettings, *, now: datetime | None = None
) -> RestoreResult:
    """Make `backup` the database. The backup is checked first (a refusal changes
    nothing); the current file is backed up (`before-restore`, or its raw bytes as
    `damaged` when it is too damaged to copy) before it is replaced. A healthy current
    file is overwritten through the backup API, inside one SQLite transaction, so a crash
    leaves the old or the new database, never a mix; a damaged one is replaced by an
    atomic rename. The caller closes its own connections first: SQLite's locking keeps the
    copy safe from others, but a window that kept its text would write it back."""
    backup = backup.expanduser().absolute()
    database_path = database_path.absolute()
    with _lock:
        check_restorable(backup, database_path)
        now = now or utc_now()
        previous: Backup | None = None
        healthy = True
        if _has_content(database_path):
            try:
                previous = _backup_into(database_path, settings.folder, "before-restore", now)
            except _DamagedSource:
                healthy = False
                previous = _keep_damaged(database_path, settings.folder, now)
            except BackupError as error:
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Nothing was restored: the current database could not be backed up first. {reason}",
                    ),
                    reason=error.message(),
                ) from error
        try:
            if healthy and database_path.exists():
                _copy_into_place(backup, database_path)
            else:
                _replace_file(backup, database_path)
        except (sqlite3.Error, OSError) as exc:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "errors", "Restoring “{backup}” failed; the database “{path}” was left as it was: {reason}"
                ),
                backup=str(backup),
                path=str(database_path),
                reason=str(exc),
            ) from exc
        try:
            problem = integrity_problem(database_path)
        except sqlite3.OperationalError as exc:
            problem = str(exc)
        if problem is not None and previous is not None and previous.kind == "before-restore":
            _copy_into_place(previous.path, database_path)
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The restored database failed its integrity check ({reason}); the previous one was put back.",
                ),
                reason=problem,
            )
        prune(database_path, settings)
        return RestoreResult(backup, previous)


def _copy_into_place(backup: Path, database_path: Path) -> None:
    with _read_only(backup) as src:
        dst = sqlite3.connect(database_path, timeout=BUSY_TIMEOUT_S)
        try:
            _run_backup(src, dst)
        finally:
            dst.close()


def _replace_file(backup: Path, database_path: Path) -> None:
    """For a current file SQLite cannot use (or none): copy beside it, then rename over
    it; the old file's -wal and -shm go too, or SQLite would apply them to the new one."""
    copy_verified(backup, database_path)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{database_path}{suffix}").unlink()


def _keep_damaged(database_path: Path, folder: Path, now: datetime) -> Backup:
    """The damaged file's bytes (with its -wal), copied aside unchanged: never lost."""
    try:
        _make_folder(folder)
        target = _free_name(folder, database_path, now.astimezone(UTC).replace(microsecond=0), "damaged")
        shutil.copyfile(database_path, target)
        wal = Path(f"{database_path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
        _fsync(target)
    except (OSError, BackupError) as exc:
        reason = exc.message() if isinstance(exc, BackupError) else (exc.strerror or str(exc))
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nothing was restored: the current database could not be backed up first. {reason}",
            ),
            reason=reason,
        ) from exc
    return Backup(target, now.astimezone(UTC).replace(microsecond=0), "damaged", _size(target))
