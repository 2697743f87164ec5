"""Publishing an article: one entry point for every export format.

`export_article` is what the export dialog, the clipboard, the CLI and event bundles call.
Each format renders the same prepared content (`prepare.prepare`): the options are applied
once, so an HTML page and its Markdown twin can never disagree about which blocks, which
digits or which links they hold.

Formats and their file suffixes:
- "html": a standalone HTML5 page (`.html`);
- "fragment": the body for a CMS, no classes or styles (`.html`);
- "markdown": GitHub-flavoured Markdown, optionally with YAML front matter (`.md`);
- "wordpress": serialised block-editor markup (`.html`: it is HTML with block comments,
  and WordPress's own "Copy all blocks" and block-pattern files are `.html` too).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal, get_args

from desktop_app.core.arabic import DIGIT_STYLES as DIGIT_STYLES  # part of the export API
from desktop_app.core.arabic import DigitStyle
from desktop_app.core.document import Document
from desktop_app.core.errors import QT_TRANSLATE_NOOP, InputError

if TYPE_CHECKING:
    from desktop_app.core.export.prepare import Prepared

ExportFormat = Literal["html", "fragment", "markdown", "wordpress"]

EXPORT_FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)

_SUFFIXES: dict[ExportFormat, str] = {
    "html": ".html",
    "fragment": ".html",
    "markdown": ".md",
    "wordpress": ".html",
}


@dataclass(frozen=True)
class ExportArticle:
    """What an export needs from a stored article.

    `fact_box_ids` are the `source_id`s of the table blocks that mirror the event's fact
    box (dropped when `ExportOptions.include_fact_box` is off). `table_titles` maps a
    table block's `source_id` to the title of the AgendaTable it mirrors: the only place a
    table has a title, written as its caption. A table without one gets no caption.
    """

    document: Document
    language: str
    direction: str  # "rtl", "ltr" or "auto" (resolved from the text)
    summary: str = ""
    slug: str = ""
    date: datetime | None = None
    status: str = "draft"
    event_title: str | None = None
    fact_box_ids: frozenset[int] = frozenset()
    table_titles: Mapping[int, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class ExportOptions:
    format: ExportFormat = "html"
    digits: DigitStyle = "as_typed"
    include_title: bool = True
    # The summary is always the page's meta description (and front matter); this option
    # decides whether it is also shown as a standfirst paragraph above the body.
    include_summary: bool = True
    include_fact_box: bool = True
    front_matter: bool = False  # Markdown only


def file_suffix(format: ExportFormat) -> str:
    """The file name suffix for `format`, with its dot."""
    return _SUFFIXES[format]


def export_with_plain_text(article: ExportArticle, options: ExportOptions) -> tuple[str, str]:
    """The export and what it says as plain text (the clipboard's fallback for a field
    that takes no HTML): the same title, summary, blocks and digits, one block per line.
    The article is prepared once for both."""
    from desktop_app.core.export.prepare import prepare

    prepared = prepare(article, options)
    lines = [prepared.title, prepared.standfirst, prepared.body.plain_text()]
    return _render(prepared, options), "\n".join(line for line in lines if line)


def export_article(article: ExportArticle, options: ExportOptions) -> str:
    """The article rendered as `options.format` asks, as text ready to write or copy."""
    from desktop_app.core.export.prepare import prepare

    return _render(prepare(article, options), options)


def _render(prepared: Prepared, options: ExportOptions) -> str:
    # Imported here: each renderer pulls in its own libraries (Python-Markdown, nh3), and
    # the GUI imports this module at start-up for its types.
    if options.format == "html":
        from desktop_app.core.export.html import render_prepared_document

        return render_prepared_document(prepared)
    if options.format == "fragment":
        from desktop_app.core.export.html import render_prepared_fragment

        return render_prepared_fragment(prepared)
    if options.format == "markdown":
        from desktop_app.core.export.markdown import render_markdown

        return render_markdown(prepared, front_matter=options.front_matter)
    if options.format == "wordpress":
        from desktop_app.core.export.wordpress import render_wordpress

        return render_wordpress(prepared)
    raise InputError(
        QT_TRANSLATE_NOOP("errors", "{format}: unknown export format; known: {known}."),
        format=options.format,
        known=", ".join(EXPORT_FORMATS),
    )
