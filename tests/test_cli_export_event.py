"""`hadath export-event EVENT --to DIR|FILE.zip`, run as a real subprocess: what it writes
on success; on every error a message on stderr, exit 1, nothing written, database as it was."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.store import events
from desktop_app.store.articles import NewArticle, create_articles, delete_article
from desktop_app.store.database import Database
from tests.test_cli import fingerprint, hadath

EVENT = "الدورة 93 للجمعية العامة للانتربول"


def _doc(title: str) -> Document:
    return Document(title, (Paragraph(Inline.plain(f"{title}: نص المقال.")),))


@pytest.fixture
def library(tmp_path: Path) -> dict[str, object]:
    """An event with three live articles and one in the trash, another event with one,
    and two events sharing a title."""
    path = tmp_path / "news.sqlite3"
    with Database.open(path) as db:
        event_id = events.create_event(db, EVENT, language="ar_MA")
        book_fair = events.create_event(db, "معرض الكتاب")
        twins = [events.create_event(db, "Forum"), events.create_event(db, "Forum")]
        ids = create_articles(db, [
            NewArticle(_doc("عشية الافتتاح"), event_id=event_id, slug="eve"),
            NewArticle(_doc("الافتتاح"), event_id=event_id, slug="opening"),
            NewArticle(_doc("الختام"), event_id=event_id, slug="closing"),
            NewArticle(_doc("محذوف"), event_id=event_id, slug="trashed"),
            NewArticle(_doc("في المعرض"), event_id=book_fair, slug="fair"),
        ])
        delete_article(db, ids[3])
    return {"db": path, "event": event_id, "ids": ids, "twins": twins}


def _zip_names(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return set(archive.namelist())


def test_exports_every_live_article_to_a_zip(tmp_path, library):
    target = tmp_path / "out" / "interpol.zip"
    target.parent.mkdir()
    result = hadath("export-event", EVENT, "--to", target, db=library["db"])
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{target}\n"
    assert _zip_names(target) == {
        "eve.html", "eve.md", "opening.html", "opening.md", "closing.html", "closing.md", "index.html",
    }
    with zipfile.ZipFile(target) as archive:
        index = archive.read("index.html").decode("utf-8")
    assert '<html lang="ar-MA" dir="rtl">' in index and "محذوف" not in index


def test_exports_chosen_articles_by_event_id_to_a_folder(tmp_path, library):
    eve, _, closing, *_ = library["ids"]
    target = tmp_path / "bundle"
    result = hadath("export-event", library["event"], "--to", target, "--articles", f"{closing}, {eve}",
                    "--format", "md", db=library["db"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    assert sorted(p.name for p in target.iterdir()) == ["closing.md", "eve.md", "index.html"]
    assert (target / "eve.md").read_text(encoding="utf-8").startswith("---\ntitle: ")
    index = (target / "index.html").read_text(encoding="utf-8")
    assert index.index('href="closing.md"') < index.index('href="eve.md"')  # the order given


def test_html_only(tmp_path, library):
    target = tmp_path / "pages.zip"
    result = hadath("export-event", "معرض الكتاب", "--to", target, "--format", "html", db=library["db"])
    assert result.returncode == 0, result.stderr
    assert _zip_names(target) == {"fair.html", "index.html"}


def test_help_describes_the_command():
    result = hadath("export-event", "--help")
    assert result.returncode == 0
    assert "--to DIR|FILE.zip" in result.stdout and "--articles ID,ID" in result.stdout
    assert "exact title" in result.stdout


def _refused(tmp_path: Path, library: dict[str, object], *args: object, target: Path | None = None) -> str:
    """Run a command that must fail; return its stderr after checking it changed nothing."""
    db = library["db"]
    assert isinstance(db, Path)

    def files() -> list[Path]:  # everything but the database, which `fingerprint` covers
        return sorted(p for p in tmp_path.rglob("*") if not p.name.startswith(db.name))

    before_db, before_files = fingerprint(db), files()
    target = target or tmp_path / "bundle.zip"
    result = hadath("export-event", *args, "--to", target, db=db)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("hadath: ") and result.stderr.count("\n") == 1
    assert fingerprint(db) == before_db
    assert files() == before_files
    return result.stderr.strip()


def test_unknown_event(tmp_path, library):
    assert _refused(tmp_path, library, "قمة غير موجودة") == (
        "hadath: There is no event with the id or title “قمة غير موجودة”."
    )
    assert _refused(tmp_path, library, "4242") == "hadath: There is no event with the id or title “4242”."


def test_ambiguous_title_lists_the_ids(tmp_path, library):
    first, second = library["twins"]
    assert _refused(tmp_path, library, "Forum") == (
        f"hadath: Several events are titled “Forum”: give one of their ids ({first}, {second})."
    )


def test_unknown_and_trashed_article_ids(tmp_path, library):
    trashed = library["ids"][3]
    message = _refused(tmp_path, library, EVENT, "--articles", f"{library['ids'][0]},{trashed},999")
    assert message == f"hadath: No article has the id {trashed}, 999 (or it is in the trash)."


def test_article_of_another_event(tmp_path, library):
    fair = library["ids"][4]
    assert _refused(tmp_path, library, EVENT, "--articles", str(fair)) == (
        f"hadath: These articles do not belong to the event “{EVENT}”: {fair}."
    )


def test_bad_article_list(tmp_path, library):
    assert _refused(tmp_path, library, EVENT, "--articles", "3,x") == (
        "hadath: “3,x” is not a list of article ids such as 3,5,8."
    )


def test_bad_targets(tmp_path, library):
    full = tmp_path / "full"
    full.mkdir()
    (full / "mine.txt").write_text("keep", encoding="utf-8")
    assert _refused(tmp_path, library, EVENT, target=full) == (
        f"hadath: The folder “{full}” is not empty; choose a new or empty folder, so no file in it is replaced."
    )
    missing = tmp_path / "nowhere" / "bundle.zip"
    assert _refused(tmp_path, library, EVENT, target=missing) == (
        f"hadath: The folder “{missing.parent}” does not exist."
    )
    a_file = tmp_path / "notes.txt"
    a_file.write_text("keep", encoding="utf-8")
    assert _refused(tmp_path, library, EVENT, target=a_file) == (
        f"hadath: “{a_file}” is a file; give a folder, or a file name ending in .zip."
    )


def test_an_event_without_articles(tmp_path, library):
    with Database.open(library["db"]) as db:
        events.create_event(db, "حدث فارغ")
    assert _refused(tmp_path, library, "حدث فارغ") == "hadath: There are no articles to export."
