"""Whole-event bundles: every chosen article of an event as an HTML document and a
Markdown twin, with an `index.html` listing them, written to a folder or a `.zip`.

A bundle is planned first (`plan_bundle`: file names and how to render each file), then
written (`write_bundle`). Files are rendered one at a time while writing, so progress and
cancel work per file and a hundred articles never sit in memory twice.

Nothing half-written is ever left behind: the files go into a hidden sibling of the
target (a folder, or a `.part` file for a zip) that is renamed into place only once
complete; a cancel or a failure removes it. An existing folder that holds anything is
refused rather than mixed with, so no file of the reporter's is replaced; an empty one is
used. An existing `.zip` is replaced, as a save dialog that asked first expects.
"""

from __future__ import annotations

import contextlib
import html
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from desktop_app.core.arabic import slugify, strong_direction
from desktop_app.core.errors import QT_TRANSLATE_NOOP, InputError
from desktop_app.core.export.html import direction_attribute, stylesheet
from desktop_app.core.export.publish import ExportArticle, ExportOptions, export_article

BundleFormats = Literal["both", "html", "markdown"]
Progress = Callable[[int, int], bool]

INDEX_NAME = "index.html"
ZIP_SUFFIX = ".zip"
PART_SUFFIX = ".part"

# Names the bundle must not hand to an article: the index, and names Windows refuses for
# any file whatever its extension (a zip is often unpacked there).
_RESERVED = frozenset(
    {"index", "con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(10)}
    | {f"lpt{n}" for n in range(10)}
)
_RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})


@dataclass(frozen=True)
class IndexWords:
    """The index page's words, in the event's coverage language (not the interface's:
    the page is published with the articles)."""

    title: str
    status: str
    date: str
    statuses: dict[str, str]


_WORDS: dict[str, IndexWords] = {
    "ar": IndexWords("العنوان", "الحالة", "التاريخ", {"draft": "مسودة", "ready": "جاهز", "published": "منشور"}),
    "fr": IndexWords("Titre", "Statut", "Date", {"draft": "brouillon", "ready": "prêt", "published": "publié"}),
    "en": IndexWords("Title", "Status", "Date", {"draft": "draft", "ready": "ready", "published": "published"}),
}

# The page's own few rules on top of the articles' stylesheet (logical properties, so
# the same rules serve both directions).
_INDEX_CSS = """\
main { max-inline-size: 48rem; margin-inline: auto; padding: 1rem; }
main td:nth-child(n+2) { white-space: nowrap; }
"""


@dataclass(frozen=True)
class BundleFile:
    """One file of a bundle: its name inside the folder or zip and how to make its text."""

    name: str
    render: Callable[[], str] = field(compare=False, repr=False)

    def text(self) -> str:
        return self.render()


@dataclass(frozen=True)
class BundlePlan:
    files: tuple[BundleFile, ...]

    @property
    def names(self) -> list[str]:
        return [file.name for file in self.files]


# --- planning ----------------------------------------------------------------------------


def primary_language(locale: str) -> str:
    """ar_MA → ar, fr-CA → fr."""
    return locale.replace("-", "_").split("_", 1)[0].lower()


def html_language(locale: str) -> str:
    """A coverage locale as HTML's `lang` wants it: ar_MA → ar-MA."""
    return locale.strip().replace("_", "-") or "ar"


def locale_direction(locale: str) -> str:
    return "rtl" if primary_language(locale) in _RTL_LANGUAGES else "ltr"


def article_stems(articles: Sequence[tuple[int, ExportArticle]]) -> list[str]:
    """A file name (without extension) per article, unique even when slugs repeat, are
    empty or differ only in case (Windows and macOS folders ignore case): the slug made
    safe for a file name, else the title's slug, else `article-<id>`; `-2`, `-3`… on
    repeats."""
    taken = set(_RESERVED)
    stems: list[str] = []
    for article_id, article in articles:
        # slugify keeps letters of every script, digits and '-': nothing a file system or
        # a URL path treats specially, no leading dot, at most 80 characters.
        base = slugify(article.slug) or slugify(article.document.title) or f"article-{article_id}"
        stem, number = base, 1
        while stem.casefold() in taken:
            number += 1
            stem = f"{base}-{number}"
        taken.add(stem.casefold())
        stems.append(stem)
    return stems


def plan_bundle(
    articles: Sequence[tuple[int, ExportArticle]],
    *,
    event_title: str,
    locale: str,
    time_zone: str = "",
    formats: BundleFormats = "both",
    options: ExportOptions | None = None,
) -> BundlePlan:
    """The files of an event's bundle: per article `<stem>.html` (an HTML document) and
    `<stem>.md` (Markdown with front matter), as `formats` asks, then `index.html`.
    `options` sets digits and what to include; the format is the bundle's."""
    if not articles:
        raise InputError(QT_TRANSLATE_NOOP("errors", "There are no articles to export."))
    if formats not in ("both", "html", "markdown"):
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Unknown bundle format “{value}”: use html, markdown or both."),
            value=str(formats),
        )
    base = options or ExportOptions()
    html_options = replace(base, format="html", front_matter=False)
    markdown_options = replace(base, format="markdown", front_matter=True)
    stems = article_stems(articles)
    files: list[BundleFile] = []
    entries: list[IndexEntry] = []
    for stem, (_article_id, article) in zip(stems, articles, strict=True):
        html_name = f"{stem}.html" if formats in ("both", "html") else None
        markdown_name = f"{stem}.md" if formats in ("both", "markdown") else None
        if html_name:
            files.append(BundleFile(html_name, _renderer(article, html_options)))
        if markdown_name:
            files.append(BundleFile(markdown_name, _renderer(article, markdown_options)))
        entries.append(IndexEntry(article, stem, html_name, markdown_name))
    index = tuple(entries)
    files.append(BundleFile(INDEX_NAME, lambda: render_index(event_title, locale, index, time_zone=time_zone)))
    return BundlePlan(tuple(files))


def _renderer(article: ExportArticle, options: ExportOptions) -> Callable[[], str]:
    return lambda: export_article(article, options)


# --- the index page ----------------------------------------------------------------------


@dataclass(frozen=True)
class IndexEntry:
    article: ExportArticle
    stem: str
    html_name: str | None
    markdown_name: str | None


def _local_day(moment: datetime, time_zone: str) -> str:
    """The day an article was last changed, as the event's readers count days."""
    if time_zone and moment.tzinfo is not None:
        import zoneinfo

        # An unknown zone (no tz database on this machine) gives UTC's day, not nothing.
        with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
            moment = moment.astimezone(zoneinfo.ZoneInfo(time_zone))
    return moment.date().isoformat()


def _attributes(text: str, language: str, page_language: str, page_direction: str) -> str:
    """`lang` and `dir` for a cell whose article is in another language or whose title
    runs the other way (DESIGN.md decision 4: neutral text takes the page's direction)."""
    parts = []
    if language and primary_language(language) != primary_language(page_language):
        parts.append(f' lang="{html.escape(html_language(language))}"')
    own = strong_direction(text)
    if own is not None and own != page_direction:
        parts.append(f' dir="{own}"')
    return "".join(parts)


def render_index(
    event_title: str, locale: str, entries: Sequence[IndexEntry], *, time_zone: str = ""
) -> str:
    """A valid HTML5 page in the event's language and direction: the event's title, then
    a table of the articles (title linked, status, date, and the Markdown twin when both
    formats are written). Every text is escaped; file names are percent-encoded in links."""
    words = _WORDS.get(primary_language(locale), _WORDS["en"])
    lang = html_language(locale)
    direction = locale_direction(locale)
    title = event_title.strip()
    with_twins = any(entry.html_name and entry.markdown_name for entry in entries)
    headers = [words.title, words.status, words.date] + (["Markdown"] if with_twins else [])
    rows = []
    for entry in entries:
        article = entry.article
        link = entry.html_name or entry.markdown_name
        assert link is not None
        label = article.document.title.strip() or entry.stem
        cells = [
            f'<td{_attributes(label, article.language, locale, direction)}>'
            f'<a href="{html.escape(quote(link))}">{html.escape(label)}</a></td>',
            f"<td>{html.escape(words.statuses.get(article.status, article.status))}</td>",
        ]
        if article.date is not None:
            day = _local_day(article.date, time_zone)
            cells.append(f'<td><time datetime="{day}">{day}</time></td>')
        else:
            cells.append("<td></td>")
        if with_twins:
            twin = entry.markdown_name or ""
            # File names read left to right: «مقال.md», not «md.مقال».
            cells.append(f'<td dir="ltr"><a href="{html.escape(quote(twin))}">{html.escape(twin)}</a></td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head_cells = "".join(f'<th scope="col">{html.escape(text)}</th>' for text in headers)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}" dir="{direction}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title or entries[0].stem)}</title>\n"
        f"<style>\n{stylesheet()}{_INDEX_CSS}</style>\n"
        "</head>\n"
        "<body>\n<main>\n"
        + (f"<h1{direction_attribute(title, direction)}>{html.escape(title)}</h1>\n" if title else "")
        + "<table>\n"
        f"<thead><tr>{head_cells}</tr></thead>\n"
        "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n"
        "</table>\n"
        "</main>\n</body>\n</html>\n"
    )


# --- writing -----------------------------------------------------------------------------


def is_zip_target(target: Path) -> bool:
    return target.name.lower().endswith(ZIP_SUFFIX)


def check_target(target: Path) -> Path:
    """The absolute target if a bundle can be written there, else InputError saying why.
    Nothing is created."""
    target = Path(target).expanduser().absolute()
    parent = target.parent
    if is_zip_target(target):
        if target.is_dir():
            raise InputError(
                QT_TRANSLATE_NOOP("errors", "“{path}” is a folder; give the zip file a name of its own."),
                path=str(target),
            )
    elif target.exists():
        if not target.is_dir():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "errors", "“{path}” is a file; give a folder, or a file name ending in .zip."
                ),
                path=str(target),
            )
        if any(target.iterdir()):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The folder “{path}” is not empty; choose a new or empty folder, so no file in it is replaced.",
                ),
                path=str(target),
            )
    if not parent.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "The folder “{folder}” does not exist."), folder=str(parent)
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise _read_only(parent)
    return target


def _read_only(folder: Path) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP("errors", "Cannot write in the folder “{folder}”: it is read-only."),
        folder=str(folder),
    )


def _write_failed(target: Path, error: OSError) -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP("errors", "Cannot write the bundle to “{path}”: {reason}"),
        path=str(target),
        reason=error.strerror or str(error),
    )


def _temporary_sibling(target: Path, *, folder: bool) -> Path:
    """A new hidden name beside the target, created empty. Made by hand rather than with
    tempfile: mkdtemp and mkstemp create owner-only entries, and the renamed bundle must
    get the permissions the user's umask gives any new file."""
    for _ in range(100):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")
        try:
            if folder:
                os.mkdir(candidate)
            else:
                with open(candidate, "xb"):
                    pass
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"no free temporary name beside {target}")


def _remove(path: Path | None) -> None:
    if path is None:
        return
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def write_bundle(plan: BundlePlan, target: Path, *, progress: Progress | None = None) -> Path | None:
    """Write the plan's files to the folder `target`, or to a zip when its name ends in
    `.zip`. `progress(done, total)` is called before the first file and after each one;
    returning False cancels. Returns the path written, or None when cancelled. A cancel or
    an error (InputError for the disk's) leaves nothing: no target, no temporary file."""
    target = check_target(target)
    as_zip = is_zip_target(target)
    total = len(plan.files)
    if progress is not None and not progress(0, total):
        return None
    temporary: Path | None = None
    emptied = False  # the user's empty target folder was removed to make way
    try:
        try:
            temporary = _temporary_sibling(target, folder=not as_zip)
        except PermissionError as error:
            raise _read_only(target.parent) from error
        written = _write_zip(plan, temporary, progress) if as_zip else _write_folder(plan, temporary, progress)
        if not written:
            _remove(temporary)
            return None
        if not as_zip and target.is_dir():
            # An empty folder the user chose (check_target refused any other): give its name
            # to the bundle. rename(2) would replace it on POSIX, but Windows refuses.
            target.rmdir()
            emptied = True
        os.replace(temporary, target)
        temporary = None
    except BaseException as error:
        _remove(temporary)
        if emptied and not target.exists():
            with contextlib.suppress(OSError):
                target.mkdir()  # the folder as the user left it: there, and empty
        if isinstance(error, OSError):
            raise _write_failed(target, error) from error
        raise
    return target


def _write_folder(plan: BundlePlan, folder: Path, progress: Progress | None) -> bool:
    total = len(plan.files)
    for done, file in enumerate(plan.files, start=1):
        data = file.text().encode("utf-8")
        with open(folder / file.name, "xb") as stream:
            stream.write(data)
        if progress is not None and not progress(done, total):
            return False
    return True


def _write_zip(plan: BundlePlan, path: Path, progress: Progress | None) -> bool:
    total = len(plan.files)
    stamp = datetime.now().timetuple()[:6]
    with open(path, "wb") as stream, zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for done, file in enumerate(plan.files, start=1):
            info = zipfile.ZipInfo(file.name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            # rw-r--r-- when unpacked on Unix (without it, some unzip tools give 000).
            info.external_attr = 0o644 << 16
            archive.writestr(info, file.text().encode("utf-8"))
            if progress is not None and not progress(done, total):
                return False
        archive.close()
        stream.flush()
        os.fsync(stream.fileno())
    return True


__all__ = [
    "INDEX_NAME",
    "BundleFile",
    "BundleFormats",
    "BundlePlan",
    "IndexEntry",
    "IndexWords",
    "Progress",
    "article_stems",
    "check_target",
    "html_language",
    "is_zip_target",
    "locale_direction",
    "plan_bundle",
    "render_index",
    "write_bundle",
]
