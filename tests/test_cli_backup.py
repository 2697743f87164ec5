"""`hadath backup [--to PATH]` and `hadath restore PATH [--yes]`, run as real processes:
what they print, their exit status, and a database left as it was on every refusal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.store import backups
from tests.store.conftest import snapshot
from tests.test_cli import TITLE
from tests.test_cli import hadath as run_hadath


def hadath(*args: str | Path, db: Path | str, config: Path):
    # The user's own preferences must not steer the test: a config folder of its own.
    return run_hadath(*args, db=Path(db) if "://" not in str(db) else db, env={"XDG_CONFIG_HOME": str(config)})


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def db(tmp_path: Path, sample_path: Path) -> Path:
    target = tmp_path / "data" / "news.sqlite3"
    add_article(target, sample_path, TITLE)
    return target


def add_article(path: Path, sample_path: Path, title: str) -> None:
    # In-process: only the commands under test pay for a process start.
    from desktop_app.core.importer import load_file
    from desktop_app.store.articles import NewArticle, create_articles
    from desktop_app.store.database import Database

    loaded = load_file(sample_path, title=title)
    with Database.open(path) as database:
        create_articles(database, [NewArticle(loaded.document, loaded.language, loaded.direction)])


def titles(db: Path) -> list[str]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM articles ORDER BY id")]
    finally:
        conn.close()


def test_backup_goes_to_the_backups_folder_and_prints_its_path(db, config):
    result = hadath("backup", db=db, config=config)
    assert result.returncode == 0, result.stderr
    made = Path(result.stdout.strip())
    assert made.parent == db.parent / "backups"
    assert made.name.startswith("news-") and made.name.endswith("-manual.sqlite3")
    assert backups.integrity_problem(made) is None
    assert backups.check_backup(made) is not None
    assert titles(made) == [TITLE]


def test_backup_follows_the_preferences_folder_and_retention(db, config, tmp_path):
    prefs = config / "Hadath" / "preferences.json"
    prefs.parent.mkdir(parents=True)
    prefs.write_text(json.dumps({"backup_folder": str(tmp_path / "safe"), "backups_daily": 1, "backups_weekly": 0}))
    first = hadath("backup", db=db, config=config)
    second = hadath("backup", db=db, config=config)
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    newest = Path(second.stdout.strip())
    assert newest.parent == tmp_path / "safe"
    # One day kept, and the newest is that day's: the first one was pruned.
    assert sorted((tmp_path / "safe").iterdir()) == [newest]


def test_backup_to_a_folder_and_to_a_new_file(db, config, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    into = hadath("backup", "--to", usb, db=db, config=config)
    assert into.returncode == 0, into.stderr
    assert Path(into.stdout.strip()).parent == usb
    named = tmp_path / "copy.sqlite3"
    result = hadath("backup", "--to", named, db=db, config=config)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == named and titles(named) == [TITLE]
    assert not (db.parent / "backups").exists()  # --to leaves the backup folder alone


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (lambda tmp: tmp / "copy.sqlite3", "already exists"),
        (lambda tmp: tmp / "missing" / "copy.sqlite3", "does not exist"),
    ],
)
def test_backup_to_refusals(db, config, tmp_path, target, message):
    existing = tmp_path / "copy.sqlite3"
    existing.write_text("my notes")
    before = snapshot(tmp_path)
    result = hadath("backup", "--to", target(tmp_path), db=db, config=config)
    assert result.returncode == 1
    assert message in result.stderr and result.stdout == ""
    assert snapshot(tmp_path) == before


def test_backup_refuses_a_missing_database_and_a_server(tmp_path, config):
    missing = tmp_path / "none.sqlite3"
    result = hadath("backup", db=missing, config=config)
    assert result.returncode == 1 and "There is no database" in result.stderr
    assert list(tmp_path.iterdir()) == []  # neither a database nor a backup folder was made
    server = hadath("backup", db="postgresql://localhost/news", config=config)
    assert server.returncode == 1 and "not one" in server.stderr


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file(db, config, tmp_path, sample_path):
    made = Path(hadath("backup", db=db, config=config).stdout.strip())
    add_article(db, sample_path, "مقال ثان")
    assert len(titles(db)) == 2
    result = hadath("restore", made, "--yes", db=db, config=config)
    assert result.returncode == 0, result.stderr
    assert titles(db) == [TITLE]
    lines = result.stdout.splitlines()
    assert lines[0] == f"Restored {made} into {db}."
    previous = Path(lines[1].removeprefix("The database it replaced is kept as ").removesuffix("."))
    assert previous.name.endswith("-before-restore.sqlite3")
    assert sorted(titles(previous)) == sorted([TITLE, "مقال ثان"])


def _corrupt(good: Path, target: Path) -> Path:
    data = bytearray(good.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 40] = b"\xff" * 32
    target.write_bytes(bytes(data))
    return target


def _foreign(target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    return target


def _newer(good: Path, target: Path) -> Path:
    target.write_bytes(good.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return target


def test_restore_refusals_change_nothing(db, config, tmp_path):
    good = Path(hadath("backup", db=db, config=config).stdout.strip())
    side = tmp_path / "candidates"
    side.mkdir()
    (side / "notes.txt").write_text("not a database")
    cases = {
        "missing": (side / "none.sqlite3", "There is no backup"),
        "folder": (side, "is a folder"),
        "text": (side / "notes.txt", "not an SQLite database file"),
        "corrupt": (_corrupt(good, side / "corrupt.sqlite3"), "is damaged"),
        "foreign": (_foreign(side / "contacts.sqlite3"), "does not hold Hadath's tables"),
        "newer": (_newer(good, side / "newer.sqlite3"), "newer version of Hadath"),
        "itself": (db, "the database itself"),
        "unconfirmed": (good, "add --yes to confirm"),
    }
    before = snapshot(tmp_path)
    for case, (candidate, message) in cases.items():
        extra = () if case == "unconfirmed" else ("--yes",)
        result = hadath("restore", candidate, *extra, db=db, config=config)
        assert result.returncode == 1, (case, result.stderr)
        assert message in result.stderr, (case, result.stderr)
        assert result.stderr.startswith("hadath: ") and result.stdout == "", case
        assert snapshot(tmp_path) == before, case  # database, backups and candidates as they were
    assert titles(db) == [TITLE]


def test_restore_refused_while_the_app_has_the_database_open(db, config, tmp_path, monkeypatch):
    from desktop_app.gui.single_instance import _new_lock

    runtime = tmp_path / "runtime"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    good = Path(hadath("backup", db=db, config=config).stdout.strip())
    lock = _new_lock(db)  # this test process plays the running app
    assert lock.tryLock(0)
    try:
        before = snapshot(db.parent)
        result = run_hadath(
            "restore", good, "--yes", db=db, env={"XDG_CONFIG_HOME": str(config), "XDG_RUNTIME_DIR": str(runtime)}
        )
        assert result.returncode == 1 and "quit it first" in result.stderr
        assert snapshot(db.parent) == before
    finally:
        lock.unlock()
