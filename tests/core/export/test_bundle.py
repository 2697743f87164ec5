"""Whole-event bundles: file names, the index page, folder and zip output, and the promise
that a cancel or a failure at any point leaves nothing on disk."""

from __future__ import annotations

import errno
import os
import zipfile
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from desktop_app.core.document import Document, Heading, Paragraph, TableBlock
from desktop_app.core.errors import InputError
from desktop_app.core.export import bundle
from desktop_app.core.export.bundle import (
    INDEX_NAME,
    article_stems,
    check_target,
    plan_bundle,
    write_bundle,
)
from desktop_app.core.export.publish import ExportArticle, ExportOptions, export_article
from desktop_app.core.inline import Inline

from .checks import run_vnu, vnu_command

EVENT = "الدورة 93 للجمعية العامة للانتربول"
HOSTILE = '<script>alert("x")</script> & \'quotes\''


def _article(title: str, slug: str = "", **fields: object) -> ExportArticle:
    body = (
        Heading(Inline.plain("عنوان فرعي"), 2),
        Paragraph(Inline.plain(f"افتتحت {title} في مراكش يوم 24 نونبر.")),
        TableBlock((Inline.plain("العنوان"), Inline.plain("التفاصيل")),
                   ((Inline.plain("المدينة"), Inline.plain("مراكش")),)),
    )
    values: dict[str, object] = {"language": "ar", "direction": "rtl", "slug": slug, "event_title": EVENT,
                                 "date": datetime(2025, 11, 24, 9, 30, tzinfo=UTC)}
    values.update(fields)
    return ExportArticle(document=Document(title, body), **values)  # type: ignore[arg-type]


@pytest.fixture
def articles() -> list[tuple[int, ExportArticle]]:
    return [
        (1, _article("عشية الافتتاح", "عشية-الافتتاح", status="published")),
        (2, _article("الافتتاح", "opening", status="ready")),
        (3, _article("Closing day", "closing-day", language="en", direction="ltr")),
    ]


def _plan(articles, **kwargs):
    kwargs.setdefault("event_title", EVENT)
    kwargs.setdefault("locale", "ar_MA")
    return plan_bundle(articles, **kwargs)


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# --- names -------------------------------------------------------------------------------


def test_names_are_the_slugs_made_unique():
    found = article_stems([
        (1, _article("أ", "الافتتاح")),
        (2, _article("ب", "الافتتاح")),
        (3, _article("ج", "الافتتاح-2")),  # taken by the second article's name
        (4, _article("د", "Opening")),
        (5, _article("هـ", "opening")),  # same name as the fourth on Windows and macOS
    ])
    assert found == ["الافتتاح", "الافتتاح-2", "الافتتاح-2-2", "opening", "opening-2"]


def test_empty_slugs_fall_back_to_the_title_then_the_id():
    found = article_stems([
        (7, _article("حصيلة اليوم الأول", "")),
        (8, _article("", "")),
        (9, _article("؟؟ !!", "  ")),  # nothing a name can keep
    ])
    assert found == ["حصيلة-اليوم-الأول", "article-8", "article-9"]


def test_names_never_escape_the_folder_or_take_reserved_names():
    found = article_stems([
        (1, _article("x", "../../etc/passwd")),
        (2, _article("x", "index")),
        (3, _article("x", "CON")),
        (4, _article("x", ".hidden")),
        (5, _article("x", "a/b\\c:d")),
    ])
    assert found == ["etc-passwd", "index-2", "con-2", "hidden", "a-b-c-d"]
    assert all("/" not in name and "\\" not in name and not name.startswith(".") for name in found)


def test_arabic_slugs_keep_their_letters_without_tashkeel():
    assert article_stems([(1, _article("x", "افتِتاحُ الدورة"))]) == ["افتتاح-الدورة"]


# --- the plan ----------------------------------------------------------------------------


def test_plan_has_a_page_and_a_twin_per_article_then_the_index(articles):
    plan = _plan(articles)
    assert plan.names == [
        "عشية-الافتتاح.html", "عشية-الافتتاح.md", "opening.html", "opening.md",
        "closing-day.html", "closing-day.md", INDEX_NAME,
    ]
    files = {file.name: file for file in plan.files}
    _, eve = articles[0]
    assert files["عشية-الافتتاح.html"].text() == export_article(eve, ExportOptions(format="html"))
    assert files["عشية-الافتتاح.md"].text() == export_article(eve, ExportOptions(format="markdown", front_matter=True))
    assert files["opening.md"].text().startswith("---\n")


def test_plan_formats_and_options(articles):
    html_names = ["عشية-الافتتاح.html", "opening.html", "closing-day.html", INDEX_NAME]
    assert _plan(articles, formats="html").names == html_names
    assert _plan(articles, formats="markdown").names == ["عشية-الافتتاح.md", "opening.md", "closing-day.md", INDEX_NAME]
    western = _plan(articles[:1], formats="html", options=ExportOptions(digits="arabic-indic", format="fragment"))
    page = western.files[0].text()
    assert page.startswith("<!DOCTYPE html>")  # the bundle's format wins over the options'
    assert "٢٤ نونبر" in page


def test_plan_refuses_nothing_to_export_and_unknown_formats(articles):
    with pytest.raises(InputError, match=r"^There are no articles to export\.$"):
        _plan([])
    with pytest.raises(InputError, match="Unknown bundle format “pdf”"):
        _plan(articles, formats="pdf")


# --- the index page ----------------------------------------------------------------------


class _Index(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.root: dict[str, str | None] = {}
        self.links: list[tuple[str, str]] = []
        self.cells: list[dict[str, str | None]] = []
        self._href: str | None = None
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.root = dict(attrs)
        if tag == "a":
            self._href = dict(attrs)["href"]
        if tag == "td":
            self.cells.append(dict(attrs))
        if tag in ("script", "img", "iframe"):
            raise AssertionError(f"active element <{tag}> in the index")

    def handle_data(self, data):
        self.texts.append(data)
        if self._href is not None:
            self.links.append((self._href, data))
            self._href = None


def _parse(page: str) -> _Index:
    parser = _Index()
    parser.feed(page)
    return parser


def test_index_lists_titles_status_and_date_in_the_events_language(articles):
    page = _plan(articles).files[-1].text()
    parsed = _parse(page)
    assert parsed.root == {"lang": "ar-MA", "dir": "rtl"}
    assert f"<h1>{EVENT}</h1>" in page and f"<title>{EVENT}</title>" in page
    assert '<th scope="col">العنوان</th><th scope="col">الحالة</th><th scope="col">التاريخ</th>' in page
    assert [(unquote(href), text) for href, text in parsed.links] == [
        ("عشية-الافتتاح.html", "عشية الافتتاح"), ("عشية-الافتتاح.md", "عشية-الافتتاح.md"),
        ("opening.html", "الافتتاح"), ("opening.md", "opening.md"),
        ("closing-day.html", "Closing day"), ("closing-day.md", "closing-day.md"),
    ]
    assert [t for t in parsed.texts if t in ("منشور", "جاهز", "مسودة")] == ["منشور", "جاهز", "مسودة"]
    assert page.count('<time datetime="2025-11-24">2025-11-24</time>') == 3
    # The English article's title cell says so, for screen readers and the bidi algorithm.
    assert '<td lang="en" dir="ltr"><a href="closing-day.html">Closing day</a></td>' in page


def test_index_links_only_what_was_written(articles):
    html_only = _parse(_plan(articles, formats="html").files[-1].text())
    assert [unquote(href) for href, _ in html_only.links] == ["عشية-الافتتاح.html", "opening.html", "closing-day.html"]
    md_only = _parse(_plan(articles, formats="markdown").files[-1].text())
    assert [unquote(href) for href, _ in md_only.links] == ["عشية-الافتتاح.md", "opening.md", "closing-day.md"]


def test_index_in_french_and_english_reads_left_to_right(articles):
    french = _plan(articles, event_title="Salon du livre", locale="fr_MA").files[-1].text()
    assert '<html lang="fr-MA" dir="ltr">' in french
    assert '<th scope="col">Titre</th><th scope="col">Statut</th>' in french and ">publié<" in french
    # The Arabic titles run the other way in a French page; the English one does not.
    assert '<td lang="ar" dir="rtl"><a' in french and '<td lang="en"><a href="closing-day.html">' in french
    english = _plan(articles, event_title="Book fair", locale="en").files[-1].text()
    assert '<html lang="en" dir="ltr">' in english and ">Status<" in english


def test_index_dates_are_days_in_the_events_time_zone():
    late = [(1, _article("ليلة الختام", "late", date=datetime(2025, 11, 24, 23, 30, tzinfo=UTC)))]
    assert '<time datetime="2025-11-25">' in _plan(late, time_zone="Africa/Casablanca").files[-1].text()
    assert '<time datetime="2025-11-24">' in _plan(late).files[-1].text()
    assert '<time datetime="2025-11-24">' in _plan(late, time_zone="Not/AZone").files[-1].text()
    undated = [(1, _article("بلا تاريخ", "undated", date=None))]
    assert "<time" not in _plan(undated).files[-1].text()


def test_index_escapes_every_text():
    hostile = [(1, _article(HOSTILE, "x", status=HOSTILE))]
    page = _plan(hostile, event_title=HOSTILE).files[-1].text()
    assert "<script>" not in page and "alert(&quot;x&quot;)" in page
    assert page.count("&lt;script&gt;") == 4  # <title>, <h1>, the link, the status
    _parse(page)  # no active element


@pytest.mark.skipif(vnu_command() is None, reason="Nu Html Checker not installed (make vnu)")
def test_nu_html_checker_passes_the_index_and_pages(tmp_path, articles):
    hostile = [*articles, (4, _article(HOSTILE, "hostile", status="draft"))]
    written = write_bundle(_plan(hostile, event_title=HOSTILE), tmp_path / "bundle")
    assert written is not None
    french = tmp_path / "fr"
    write_bundle(_plan(articles, event_title="Salon du livre", locale="fr_MA", formats="html"), french)
    pages = [*sorted(written.glob("*.html")), french / INDEX_NAME]
    result = run_vnu(pages)
    assert result.returncode == 0, result.stderr + result.stdout


# --- writing -----------------------------------------------------------------------------


def test_folder_holds_every_file_of_the_plan(tmp_path, articles):
    plan = _plan(articles)
    calls: list[tuple[int, int]] = []
    written = write_bundle(plan, tmp_path / "bundle", progress=lambda done, total: calls.append((done, total)) or True)
    assert written == tmp_path / "bundle"
    assert _listing(tmp_path) == ["bundle", *sorted(f"bundle/{name}" for name in plan.names)]
    for file in plan.files:
        assert (written / file.name).read_text(encoding="utf-8") == file.text()
    assert calls == [(done, 7) for done in range(8)]
    mode = (written / INDEX_NAME).stat().st_mode & 0o777
    umask = os.umask(0o022)
    os.umask(umask)
    assert mode == 0o666 & ~umask and written.stat().st_mode & 0o777 == 0o777 & ~umask


def test_zip_holds_every_file_of_the_plan(tmp_path, articles):
    plan = _plan(articles)
    written = write_bundle(plan, tmp_path / "Interpol 93.ZIP")
    assert written == tmp_path / "Interpol 93.ZIP"
    assert _listing(tmp_path) == ["Interpol 93.ZIP"]
    with zipfile.ZipFile(written) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == plan.names
        for file in plan.files:
            assert archive.read(file.name).decode("utf-8") == file.text()
        info = archive.getinfo("عشية-الافتتاح.html")
        assert info.flag_bits & 0x800  # names stored as UTF-8, so Arabic names unpack as Arabic
        assert info.compress_type == zipfile.ZIP_DEFLATED and (info.external_attr >> 16) == 0o644


def test_an_existing_zip_is_replaced(tmp_path, articles):
    target = tmp_path / "bundle.zip"
    target.write_bytes(b"old")
    write_bundle(_plan(articles[:1]), target)
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["عشية-الافتتاح.html", "عشية-الافتتاح.md", INDEX_NAME]
    assert _listing(tmp_path) == ["bundle.zip"]


def test_an_empty_folder_is_used(tmp_path, articles):
    (tmp_path / "bundle").mkdir()
    write_bundle(_plan(articles[:1], formats="html"), tmp_path / "bundle")
    assert _listing(tmp_path) == ["bundle", "bundle/index.html", "bundle/عشية-الافتتاح.html"]


def test_a_folder_with_files_is_refused_and_left_alone(tmp_path, articles):
    folder = tmp_path / "bundle"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        write_bundle(_plan(articles), folder)
    assert str(caught.value) == (
        f"The folder “{folder}” is not empty; choose a new or empty folder, so no file in it is replaced."
    )
    assert _listing(tmp_path) == ["bundle", "bundle/notes.txt"]


@pytest.mark.parametrize(
    ("make", "name", "message"),
    [
        ("file", "notes.txt", "“{path}” is a file; give a folder, or a file name ending in .zip."),
        ("folder", "odd.zip", "“{path}” is a folder; give the zip file a name of its own."),
        (None, "missing/bundle.zip", "The folder “{parent}” does not exist."),
        (None, "missing/bundle", "The folder “{parent}” does not exist."),
    ],
)
def test_targets_that_cannot_be_written_are_refused(tmp_path, articles, make, name, message):
    target = tmp_path / name
    if make == "file":
        target.write_text("mine", encoding="utf-8")
    elif make == "folder":
        target.mkdir()
    before = _listing(tmp_path)
    with pytest.raises(InputError) as caught:
        write_bundle(_plan(articles), target)
    assert str(caught.value) == message.format(path=target, parent=target.parent)
    assert _listing(tmp_path) == before


def test_a_relative_target_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert check_target(Path("bundle.zip")) == tmp_path / "bundle.zip"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_a_read_only_folder_is_refused(tmp_path, articles):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(InputError, match="it is read-only"):
            write_bundle(_plan(articles), locked / "bundle.zip")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


@pytest.mark.parametrize("name", ["bundle.zip", "bundle"])
def test_a_place_that_refuses_writes_gives_a_clear_error(tmp_path, articles, monkeypatch, name):
    # What a read-only mount or a folder of another user does to root too: EACCES at create.
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(bundle.os, "mkdir", refuse)
    monkeypatch.setattr(bundle, "open", refuse, raising=False)
    with pytest.raises(InputError) as caught:
        write_bundle(_plan(articles), tmp_path / name)
    assert str(caught.value) == f"Cannot write in the folder “{tmp_path}”: it is read-only."
    assert _listing(tmp_path) == []


@pytest.mark.parametrize("name", ["bundle.zip", "bundle"])
def test_cancel_at_every_step_leaves_nothing(tmp_path, articles, name):
    plan = _plan(articles)
    total = len(plan.files)
    for stop in range(total + 1):
        seen: list[int] = []

        def progress(done: int, _total: int, stop: int = stop, seen: list[int] = seen) -> bool:
            seen.append(done)
            return done < stop

        assert write_bundle(plan, tmp_path / name, progress=progress) is None
        assert seen == list(range(stop + 1))
        assert _listing(tmp_path) == [], f"left behind after a cancel at step {stop}"


@pytest.mark.parametrize("name", ["bundle.zip", "bundle"])
def test_a_failure_mid_way_leaves_nothing(tmp_path, articles, monkeypatch, name):
    plan = _plan(articles)
    real = bundle.BundleFile.text
    for failing in range(len(plan.files)):
        calls = {"n": 0}

        def text(self, failing: int = failing, calls: dict[str, int] = calls) -> str:
            if calls["n"] == failing:
                raise OSError(errno.ENOSPC, "No space left on device")
            calls["n"] += 1
            return real(self)

        monkeypatch.setattr(bundle.BundleFile, "text", text)
        with pytest.raises(InputError) as caught:
            write_bundle(plan, tmp_path / name)
        assert str(caught.value) == f"Cannot write the bundle to “{tmp_path / name}”: No space left on device"
        assert _listing(tmp_path) == [], f"left behind after a failure at file {failing}"


def test_a_bug_mid_way_propagates_and_leaves_nothing(tmp_path, articles, monkeypatch):
    def broken(self) -> str:
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(bundle.BundleFile, "text", broken)
    for name in ("bundle.zip", "bundle"):
        with pytest.raises(RuntimeError, match="renderer bug"):
            write_bundle(_plan(articles), tmp_path / name)
    assert _listing(tmp_path) == []


def test_a_failing_rename_leaves_nothing(tmp_path, articles, monkeypatch):
    def refuse(source, target):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(bundle.os, "replace", refuse)
    with pytest.raises(InputError, match="Invalid cross-device link"):
        write_bundle(_plan(articles), tmp_path / "bundle.zip")
    assert _listing(tmp_path) == []


def test_a_failing_rename_gives_back_the_empty_folder(tmp_path, articles, monkeypatch):
    (tmp_path / "bundle").mkdir()

    def refuse(source, target):
        raise OSError(errno.EBUSY, "Device or resource busy")

    monkeypatch.setattr(bundle.os, "replace", refuse)
    with pytest.raises(InputError, match="Device or resource busy"):
        write_bundle(_plan(articles), tmp_path / "bundle")
    assert _listing(tmp_path) == ["bundle"]


def test_the_temporary_sibling_is_hidden_beside_the_target(tmp_path, articles):
    seen: list[list[str]] = []

    def progress(done: int, total: int) -> bool:
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
        return True

    write_bundle(_plan(articles[:1]), tmp_path / "bundle.zip", progress=progress)
    (temporary,) = seen[1]
    assert temporary.startswith(".bundle.zip.") and temporary.endswith(".part")
    assert _listing(tmp_path) == ["bundle.zip"]
