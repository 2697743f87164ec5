"""Turning files on disk into documents ready for the store.

Every check that can refuse a file happens here, before the caller opens the database,
so a bad file in a batch stops the import with the store untouched.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core import arabic
from desktop_app.core.codecs.cleanup import squeeze
from desktop_app.core.document import Document, Heading, Paragraph
from desktop_app.core.errors import QT_TRANSLATE_NOOP, InputError
from desktop_app.core.textfile import read_text_file

SUPPORTED_SUFFIXES: tuple[str, ...] = (".md", ".markdown", ".txt", ".html", ".htm")
TITLE_WORDS = 8


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    document: Document
    language: str
    direction: str
    source: Path


def collect_files(paths: Sequence[Path]) -> list[Path]:
    """The files to import: explicit files in the order given, folders expanded
    recursively (hidden files and folders skipped) to their supported files, sorted.
    A path named twice is imported once."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                raise InputError(
                    QT_TRANSLATE_NOOP("errors", "{name}: the folder holds no {supported} file."),
                    name=str(path),
                    supported=_supported(),
                )
            found.extend(files)
        elif not path.exists():
            raise InputError(
                QT_TRANSLATE_NOOP("errors", "{name}: no such file or folder."), name=str(path)
            )
        else:
            _check_suffix(path)
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _folder_files(folder: Path) -> list[Path]:
    files: list[Path] = []
    for directory, subdirectories, names in os.walk(folder):
        subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
        files.extend(
            Path(directory, name)
            for name in names
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
        )
    return sorted(files)


def _supported() -> str:
    return ", ".join(SUPPORTED_SUFFIXES)


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "errors", "{name}: cannot import this kind of file; supported: {supported}."
            ),
            name=str(path),
            supported=_supported(),
        )


def load_file(path: Path, title: str | None = None) -> ImportedArticle:
    """Read and parse one file. `title` (when not blank) replaces the document's title; a
    document without one takes its first heading, else the first words of its first
    paragraph, else the file name."""
    _check_suffix(path)
    text = read_text_file(path)
    suffix = path.suffix.lower()
    given = squeeze(title) if title else ""
    if suffix == ".txt":
        from desktop_app.core.codecs.plaintext_in import from_plain_text

        document = from_plain_text(text, title=given or None)
    elif suffix in (".html", ".htm"):
        from desktop_app.core.codecs.html_in import from_html

        document = from_html(text)
    else:
        from desktop_app.core.codecs.markdown_in import from_markdown

        document = from_markdown(text)
    if not document.blocks:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "{name}: no article text found."), name=str(path)
        )
    document = replace(
        document, title=given or document.title.strip() or _fallback_title(document, path)
    )
    plain = document.plain_text()
    return ImportedArticle(
        document=document,
        language=arabic.detect_language(plain),
        direction=arabic.dominant_direction(plain),
        source=path,
    )


def _fallback_title(document: Document, path: Path) -> str:
    for block in document.blocks:
        if isinstance(block, Heading) and block.text.text.strip():
            return squeeze(block.text.text)
    for block in document.blocks:
        if isinstance(block, Paragraph) and block.text.text.strip():
            words = block.text.text.split()
            head = " ".join(words[:TITLE_WORDS])
            return head.rstrip(" .,،؛:;") + ("…" if len(words) > TITLE_WORDS else "")
    return path.stem
