"""The `hadath` command line, run as a real subprocess (DESIGN.md "Interfaces")."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TITLE = "انطلاق الدورة 93 للانتربول في المغرب"


def hadath(*args: str | Path, db: Path | None = None, lang: str = "en",
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop_app"]
    if db is not None:
        command += ["--db", str(db)]
    command += [str(a) for a in args]
    full_env = {**os.environ, "HADATH_LANG": lang, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    if not env or "HADATH_DB" not in env:
        full_env.pop("HADATH_DB", None)
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=full_env, timeout=120)


def fingerprint(db: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(db.parent.glob(db.name + "*")):
        if path.suffix in (".sqlite3", ".db", "") or path.name.endswith(("-wal", "-shm")):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def db(tmp_path: Path, sample_path: Path) -> Path:
    target = tmp_path / "news.sqlite3"
    result = hadath("import", sample_path, "--title", TITLE, db=target)
    assert result.returncode == 0, result.stderr
    return target


def article_ids(db: Path) -> list[int]:
    result = hadath("list", "--json", db=db)
    assert result.returncode == 0, result.stderr
    return [row["id"] for row in json.loads(result.stdout)]


def test_import_prints_one_id_per_article(tmp_path, sample_path):
    target = tmp_path / "x.db"
    other = tmp_path / "note.md"
    other.write_text("# Note\n\nThe assembly opened in **Marrakech**.\n", encoding="utf-8")
    result = hadath("import", sample_path, other, "--event", "Interpol 93", db=target)
    assert result.returncode == 0, result.stderr
    ids = [int(line) for line in result.stdout.split()]
    assert len(ids) == 2 and len(set(ids)) == 2
    listing = json.loads(hadath("list", "--json", db=target).stdout)
    assert {row["event_title"] for row in listing} == {"Interpol 93"}


def test_import_a_folder(tmp_path, sample_path):
    folder = tmp_path / "wire"
    (folder / "day2").mkdir(parents=True)
    (folder / "a.txt").write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "day2" / "b.html").write_text(
        "<html><body><h1>Closing</h1><p>The assembly closed.</p></body></html>", encoding="utf-8")
    (folder / "skip.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = hadath("import", folder, db=tmp_path / "x.db")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) == 2


def test_export_html_has_direction_and_every_word(db, sample_text):
    (article_id,) = article_ids(db)
    result = hadath("export", article_id, "--format", "html", db=db)
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="ar" dir="rtl">' in page
    assert f"<h1>{TITLE}</h1>" in page
    assert page.count("<h2") == 3 and page.count("<li") == 5 and page.count("<tr") == 5
    import re

    text = re.sub(r"<[^>]+>", " ", page)
    for word in sample_text.replace("|", " ").split():
        if set(word) <= set("-"):
            continue
        assert word in text, word


def test_export_fragment_and_markdown_to_file(db, tmp_path):
    (article_id,) = article_ids(db)
    fragment = hadath("export", article_id, "--format", "html", "--fragment", db=db).stdout
    assert "<html" not in fragment and 'dir="rtl"' in fragment
    target = tmp_path / "out.md"
    result = hadath("export", article_id, "--format", "md", "-o", target, db=db)
    assert result.returncode == 0 and result.stdout == ""
    markdown = target.read_text(encoding="utf-8")
    assert markdown.startswith(f"# {TITLE}\n")
    assert "| العنوان | التفاصيل |" in markdown
    assert hadath("export", article_id, "--format", "md", "-o", "-", db=db).stdout == markdown


def test_markdown_export_imports_back_identically(db, tmp_path):
    (article_id,) = article_ids(db)
    first = tmp_path / "a.md"
    hadath("export", article_id, "--format", "md", "-o", first, db=db)
    new_id = int(hadath("import", first, db=db).stdout)
    second = hadath("export", new_id, "--format", "md", db=db).stdout
    assert second == first.read_text(encoding="utf-8")


def test_search_finds_folded_arabic(db):
    for query in ("مراكش", "المراة", "الانتربول", "الإنترب*"):
        result = hadath("search", query, "--json", db=db)
        assert result.returncode == 0, result.stderr
        hits = json.loads(result.stdout)
        assert [h["title"] for h in hits] == [TITLE], query
    plain = hadath("search", "مراكش", db=db).stdout
    assert TITLE in plain and "[" in plain


def test_list_plain(db):
    result = hadath("list", db=db)
    assert result.returncode == 0
    assert TITLE in result.stdout and "draft" in result.stdout


def test_hadath_db_variable_is_the_default(tmp_path, sample_path):
    target = tmp_path / "env.db"
    result = hadath("import", sample_path, env={"HADATH_DB": str(target)})
    assert result.returncode == 0, result.stderr
    assert target.exists()


# Bad input: a clear message, a non-zero exit, the database unchanged.

def assert_refused(result, db: Path, before: str, *needles: str) -> None:
    assert result.returncode != 0
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message and "Traceback" not in message, message
    for needle in needles:
        assert needle in message, message
    assert fingerprint(db) == before


def test_empty_file(db, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = fingerprint(db)
    assert_refused(hadath("import", empty, db=db), db, before, "empty")


def test_binary_file(db, tmp_path):
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    before = fingerprint(db)
    assert_refused(hadath("import", image, db=db), db, before, "photo.txt")


def test_huge_file_is_refused_without_reading_it(db, tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(100 * 1024 * 1024)
    before = fingerprint(db)
    assert_refused(hadath("import", huge, db=db), db, before, "huge.txt")


def test_invalid_utf8_that_is_not_windows_1256(db, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Réunion à Genève, éèêë àâä ïî ôö ùûü ÿç".encode("latin-1") + b"\x81\x8d\x8f\x90")
    before = fingerprint(db)
    assert_refused(hadath("import", bad, db=db), db, before, "bad.txt")


def test_windows_1256_is_decoded(tmp_path, sample_text):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(sample_text.replace("ـ", "").encode("cp1256", errors="strict"))
    target = tmp_path / "x.db"
    result = hadath("import", legacy, db=target)
    assert result.returncode == 0, result.stderr
    exported = hadath("export", result.stdout.strip(), "--format", "md", db=target).stdout
    assert "مراكش" in exported


def test_ragged_markdown_table_is_padded(tmp_path):
    ragged = tmp_path / "ragged.md"
    ragged.write_text("# T\n\n| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n", encoding="utf-8")
    target = tmp_path / "x.db"
    result = hadath("import", ragged, db=target)
    assert result.returncode == 0, result.stderr
    exported = hadath("export", result.stdout.strip(), "--format", "md", db=target).stdout
    assert "| 1 |  |  |" in exported


def test_missing_file(db, tmp_path):
    before = fingerprint(db)
    assert_refused(hadath("import", tmp_path / "nope.txt", db=db), db, before, "nope.txt")


def test_one_bad_file_stops_the_whole_import(db, tmp_path, sample_path):
    empty = tmp_path / "empty.md"
    empty.write_text("  \n", encoding="utf-8")
    before = fingerprint(db)
    assert_refused(hadath("import", sample_path, empty, db=db), db, before)


def test_database_in_a_folder_that_cannot_be_written(tmp_path, sample_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    result = hadath("import", sample_path, db=blocker / "news.db")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert result.stderr.strip()
    assert blocker.read_text(encoding="utf-8") == "x"


def test_database_that_is_not_sqlite(tmp_path, sample_path):
    fake = tmp_path / "notes.db"
    fake.write_text("these are my notes, not a database\n" * 10, encoding="utf-8")
    content = fake.read_bytes()
    result = hadath("import", sample_path, db=fake)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "notes.db" in result.stderr
    assert fake.read_bytes() == content


def test_unknown_article_id(db):
    before = fingerprint(db)
    assert_refused(hadath("export", "999", "--format", "md", db=db), db, before, "999")


def test_unknown_format(db):
    before = fingerprint(db)
    result = hadath("export", "1", "--format", "docx", db=db)
    assert result.returncode == 2 and "docx" in result.stderr
    assert fingerprint(db) == before


def test_output_to_a_folder_is_refused(db, tmp_path):
    before = fingerprint(db)
    (article_id,) = article_ids(db)
    assert_refused(hadath("export", article_id, "--format", "md", "-o", tmp_path, db=db), db, before)


def test_errors_speak_arabic_when_asked(db, tmp_path):
    result = hadath("import", tmp_path / "nope.txt", db=db, lang="ar")
    assert result.returncode != 0
    assert any("\u0600" <= ch <= "\u06ff" for ch in result.stderr), result.stderr


def test_a_reader_that_leaves_early_gets_no_traceback(db, sample_path):
    import shlex

    command = shlex.join([sys.executable, "-m", "desktop_app", "--db", str(db), "search", "الانتربول"])
    # `true` exits without reading, so hadath writes into a closed pipe.
    result = subprocess.run(["bash", "-c", f"sleep 0; {command} | true; echo ${{PIPESTATUS[0]}}"],
                            capture_output=True, text=True, cwd=REPO, env={**os.environ, "HADATH_LANG": "en"},
                            timeout=120)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
    assert result.stdout.strip() == "0"


def test_export_options_digits_front_matter_and_wordpress(db):
    (article_id,) = article_ids(db)
    markdown = hadath("export", article_id, "--format", "md", "--front-matter", "--digits", "arabic-indic", db=db)
    assert markdown.returncode == 0
    assert markdown.stdout.startswith("---\ntitle: ")
    assert "٩٣" in markdown.stdout and "93" not in markdown.stdout.split("---", 2)[2]
    wordpress = hadath("export", article_id, "--format", "wordpress", "--no-title", db=db)
    assert wordpress.returncode == 0 and wordpress.stdout.startswith("<!-- wp:")
    bad = hadath("export", article_id, "--format", "md", "--digits", "roman", db=db)
    assert bad.returncode != 0 and "roman" in bad.stderr


def test_export_digits_default_to_the_preference_and_the_option_overrides_it(db, tmp_path):
    (article_id,) = article_ids(db)
    config = tmp_path / "config"
    (config / "Hadath").mkdir(parents=True)
    (config / "Hadath" / "preferences.json").write_text(json.dumps({"digit_style": "arabic-indic"}), encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(config)}
    preferred = hadath("export", article_id, "--format", "md", db=db, env=env)
    assert preferred.returncode == 0, preferred.stderr
    assert "٩٣" in preferred.stdout and "93" not in preferred.stdout
    typed = hadath("export", article_id, "--format", "md", "--digits", "as_typed", db=db, env=env)
    assert typed.returncode == 0 and "93" in typed.stdout and "٩٣" not in typed.stdout
