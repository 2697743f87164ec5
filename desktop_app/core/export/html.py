"""HTML export: our Markdown, rendered by Python-Markdown, sanitised by nh3.

The path goes through Markdown on purpose (DESIGN.md decision 3): the HTML a reporter
publishes and the Markdown they hand to a static site say the same thing, because one is
made from the other. Direction is data (decision 4): every block, list item and cell whose
own text runs against the document's direction gets its own `dir`.

Two shapes: a standalone page (`render_prepared_document`: lang and dir on <html>, the
title in <h1>, embedded CSS, tables in a box of their own that scrolls on a narrow phone)
and a fragment for a CMS (`render_prepared_fragment`: one <div> carrying lang and dir, no
class and no style a CMS would strip or fight).
"""

from __future__ import annotations

import html
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.toc import slugify_unicode
from markdown.treeprocessors import Treeprocessor

from desktop_app.core.arabic import strong_direction
from desktop_app.core.codecs.markdown_out import to_markdown
from desktop_app.core.document import Document, Heading
from desktop_app.core.export.links import ALLOWED_SCHEMES
from desktop_app.core.export.prepare import Prepared, prepare
from desktop_app.resources import resource_path

# Elements whose direction a browser resolves on their own (block containers).
_DIRECTIONAL = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "th", "td", "blockquote", "caption"}
)
_ALLOWED_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "ul", "ol", "li",
     "table", "caption", "thead", "tbody", "tr", "th", "td", "a", "strong", "em", "code", "pre"}
)
_GLOBAL_ATTRIBUTES = {"dir", "lang", "id"}
# The page's own wrapper around each table: the box that scrolls when the table is wider
# than a phone, so the page itself never does. Added after sanitising (see `_boxed`).
_TABLE_BOX_OPEN = '<div class="table-box">\n<table>'
_TABLE_BOX_CLOSE = "</table>\n</div>"


@dataclass(frozen=True, slots=True)
class HtmlOptions:
    """Options of the foundation's `render_document` / `render_fragment`."""

    language: str = "ar"
    direction: str = "rtl"
    summary: str = ""


class _BodyMarker(Treeprocessor):
    """Adds `dir` where an element's text runs against the direction it inherits, `scope`
    on column headers, and each table's caption.

    `direction` and `captions` are the current conversion's, set before it (`_converter`).
    """

    direction = "rtl"
    captions: tuple[str, ...] = ()

    def run(self, root: ET.Element) -> None:
        self._tables = 0
        self._walk(root, self.direction)

    def _walk(self, element: ET.Element, inherited: str) -> None:
        for child in list(element):
            if child.tag == "table":
                self._caption(child)
            own = self._own_direction(child)
            if own is not None and own != inherited:
                child.set("dir", own)
            if child.tag == "th":
                child.set("scope", "col")
            self._walk(child, child.get("dir", inherited))

    def _own_direction(self, element: ET.Element) -> str | None:
        if element.tag == "blockquote":
            # A quote takes a direction only when all its paragraphs run one way; a
            # mixed one (an Arabic line and its French translation) stays with its
            # surroundings and each paragraph says its own.
            found = {strong_direction("".join(p.itertext())) for p in element} - {None}
            return found.pop() if len(found) == 1 else None
        if element.tag in _DIRECTIONAL:
            return strong_direction("".join(element.itertext()))
        return None

    def _caption(self, table: ET.Element) -> None:
        caption = self.captions[self._tables] if self._tables < len(self.captions) else ""
        self._tables += 1
        if caption:
            node = ET.Element("caption")
            node.text = caption  # a text node: escaped when serialised
            table.insert(0, node)


class _BodyExtension(Extension):
    def __init__(self) -> None:
        super().__init__()
        self.marker: _BodyMarker | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        self.marker = _BodyMarker(md)
        # Priority 1: after inline processing, so the full text of each element is known.
        md.treeprocessors.register(self.marker, "hadath_body", 1)


def _slugify(value: str, separator: str) -> str:
    # The default slugify drops every Arabic letter (ids become _1, _2): keep them.
    return slugify_unicode(value, separator)


_local = threading.local()
_NEVER_WRITTEN = (
    "reference", "image_link", "image_reference", "short_reference", "short_image_ref",
    "autolink", "automail", "linebreak", "html",
)


def _converter(direction: str, captions: tuple[str, ...]) -> markdown.Markdown:
    """This thread's converter, reset and set to `direction` and `captions`."""
    # Building a Markdown instance costs more than converting a short article, and an
    # instance must not be shared between threads: one per thread, reset before each use.
    if not hasattr(_local, "converter"):
        extension = _BodyExtension()
        md = markdown.Markdown(
            extensions=["tables", "sane_lists", "attr_list", "toc", extension],
            extension_configs={"toc": {"slugify": _slugify, "toc_depth": "2-4"}},
            output_format="html",
        )
        assert extension.marker is not None
        # Inline patterns our Markdown writer never gives a chance to match: it escapes
        # every `[`, `!` before a link, `<` and line break in text. Each one left in would
        # be tried on every stretch of text (a quarter of the time of a long article), and
        # raw inline HTML is better refused here than sanitised later.
        for name in _NEVER_WRITTEN:
            md.inlinePatterns.deregister(name)
        # Nor does it write reference definitions, and Python-Markdown takes a link whose
        # text starts with `]:` (`[\]:](https://...)`) for one and drops the paragraph.
        md.parser.blockprocessors.deregister("reference")
        _local.converter = (md, extension.marker)
    converter: markdown.Markdown
    marker: _BodyMarker
    converter, marker = _local.converter
    converter.reset()
    marker.direction = direction
    marker.captions = captions
    return converter


def render_body(document: Document, direction: str = "rtl", captions: tuple[str, ...] = ()) -> str:
    """The article body (never its title) as sanitised HTML; `captions` holds one caption
    per table, in order ("" for none)."""
    source = to_markdown(Document(blocks=document.blocks))
    rendered = _converter(direction, captions).convert(source)
    return nh3.clean(
        rendered,
        tags=set(_ALLOWED_TAGS),
        attributes={"*": set(_GLOBAL_ATTRIBUTES), "a": {"href", "title"}, "th": {"scope"}},
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel=None,
    )


def direction_attribute(text: str, direction: str) -> str:
    own = strong_direction(text)
    return f' dir="{own}"' if own and own != direction else ""


def _heading(prepared: Prepared) -> str:
    if not prepared.title:
        return ""
    title_dir = direction_attribute(prepared.title, prepared.direction)
    return f"<h1{title_dir}>{html.escape(prepared.title)}</h1>\n"


def _standfirst(prepared: Prepared) -> str:
    if not prepared.standfirst:
        return ""
    text_dir = direction_attribute(prepared.standfirst, prepared.direction)
    return f"<p{text_dir}>{html.escape(prepared.standfirst)}</p>\n"


def render_prepared_fragment(prepared: Prepared) -> str:
    """Body only, for pasting into a CMS: wrapped in one element that carries lang and dir,
    so the direction survives the paste."""
    body = render_body(prepared.body, prepared.direction, prepared.captions)
    return (
        f'<div lang="{html.escape(prepared.language)}" dir="{prepared.direction}">\n'
        f"{_heading(prepared)}{_standfirst(prepared)}{body}\n</div>\n"
    )


def _page_title(prepared: Prepared) -> str:
    # <title> must not be empty (the Nu checker says so): fall back on what names the
    # article best without inventing anything.
    for candidate in (prepared.head_title, prepared.event_title, prepared.summary):
        if candidate:
            return candidate
    text = " ".join(prepared.body.plain_text().split())
    return text[:70] or prepared.slug or "-"


def _boxed(body: str) -> str:
    # Safe on sanitised output: a literal `<table>` can only be a table, since text
    # arrives with its `<` escaped.
    return body.replace("<table>", _TABLE_BOX_OPEN).replace("</table>", _TABLE_BOX_CLOSE)


def render_prepared_document(prepared: Prepared) -> str:
    """A standalone HTML5 page: lang and dir on <html>, the title as <h1>, embedded CSS."""
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(_page_title(prepared))}</title>",
    ]
    if prepared.summary:
        head.append(f'<meta name="description" content="{html.escape(prepared.summary)}">')
    head.append(f"<style>\n{stylesheet()}</style>")
    has_headings = any(isinstance(b, Heading) and b.text.text.strip() for b in prepared.blocks)
    heading = _heading(prepared)
    if not heading and has_headings:
        # Headings under no <h1> draw a warning from the Nu checker and leave a screen
        # reader's outline without a top: the title is there, for them only.
        page_title = html.escape(_page_title(prepared))
        heading = f'<h1 class="visually-hidden">{page_title}</h1>\n'
    header = heading + _standfirst(prepared)
    if header:
        header = f"<header>\n{header}</header>\n"
    body = _boxed(render_body(prepared.body, prepared.direction, prepared.captions))
    # An <article> without any heading draws a warning from the Nu checker (a sectioning
    # element should be named); <main> alone needs none.
    titled = bool(heading)
    opening, closing = ("<main>\n<article>\n", "</article>\n</main>\n") if titled else ("<main>\n", "</main>\n")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(prepared.language)}" dir="{prepared.direction}">\n'
        "<head>\n" + "\n".join(head) + "\n</head>\n"
        f"<body>\n{opening}{header}{body}\n{closing}</body>\n</html>\n"
    )


def _legacy(document: Document, options: HtmlOptions, *, title: bool) -> Prepared:
    from desktop_app.core.export.publish import ExportArticle, ExportOptions

    article = ExportArticle(document, options.language, options.direction, summary=options.summary)
    return prepare(article, ExportOptions(include_title=title, include_summary=False))


def render_fragment(document: Document, options: HtmlOptions | None = None) -> str:
    """The fragment of `document` without its title (see `publish.export_article`)."""
    return render_prepared_fragment(_legacy(document, options or HtmlOptions(), title=False))


def render_document(document: Document, options: HtmlOptions | None = None) -> str:
    """The page of `document`, its summary as meta description (see `publish.export_article`)."""
    return render_prepared_document(_legacy(document, options or HtmlOptions(), title=True))


@cache
def stylesheet() -> str:
    return resource_path("export", "article.css").read_text(encoding="utf-8")
