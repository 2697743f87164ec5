"""`hadath trash list | restore KIND ID... | empty [--yes]`, run as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.store import agenda, events, trash
from desktop_app.store.articles import NewArticle, create_article
from desktop_app.store.database import Database
from tests.test_cli import fingerprint, hadath


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """An event whose programme is in the trash, and a trashed article."""
    target = tmp_path / "news.sqlite3"
    with Database.open(target) as database:
        event = events.create_event(database, "معرض الكتاب")
        programme = agenda.create_table(database, "البرنامج", event_id=event, columns=["الساعة"], rows=[["10:00"]])
        article = create_article(
            database, NewArticle(Document(title="افتتاح المعرض", blocks=(Paragraph(Inline.plain("نص")),)))
        )
        trash.trash_table(database, programme)
        trash.trash_article(database, article)
    return target


def test_list_shows_the_trash_as_text_and_json(db):
    result = hadath("trash", "list", db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["article", "1"], ["table", "1"]]
    assert lines[1].endswith("\tالبرنامج\tمعرض الكتاب")
    listed = json.loads(hadath("trash", "list", "--json", db=db).stdout)
    assert [(item["kind"], item["title"], item["event_title"]) for item in listed] == [
        ("article", "افتتاح المعرض", None), ("table", "البرنامج", "معرض الكتاب")
    ]


def test_restore_prints_what_came_back(db):
    result = hadath("trash", "restore", "table", "1", db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "table\t1\n"
    assert [line.split("\t")[0] for line in hadath("trash", "list", db=db).stdout.splitlines()] == ["article"]


def test_a_refused_restore_changes_nothing(db):
    before = fingerprint(db)
    result = hadath("trash", "restore", "article", "1", "7", db=db)
    assert result.returncode == 1 and "There is no article with id 7." in result.stderr
    assert fingerprint(db) == before
    unknown = hadath("trash", "restore", "note", "1", db=db)
    assert unknown.returncode == 2 and "invalid choice" in unknown.stderr
    assert fingerprint(db) == before


def test_empty_needs_yes_when_it_cannot_ask(db):
    before = fingerprint(db)
    refused = hadath("trash", "empty", db=db)
    assert refused.returncode == 1 and "deletes 2 item(s) for good; add --yes" in refused.stderr
    assert fingerprint(db) == before
    done = hadath("trash", "empty", "--yes", db=db)
    assert done.returncode == 0 and done.stdout.strip() == "Deleted for good: 2"
    assert hadath("trash", "list", db=db).stdout == ""
    assert hadath("trash", "empty", db=db).returncode == 0  # nothing to delete, nothing to ask
