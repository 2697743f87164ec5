"""HTML export: our Markdown, rendered by Python-Markdown, sanitised by nh3.

The path goes through Markdown on purpose (DESIGN.md decision 3): the HTML a reporter
publishes and the Markdown they hand to a static site say the same thing, because one is
made from the other. Direction is data (decision 4): every block, list item and cell whose
own text runs against the document's direction gets its own `dir`.
"""

from __future__ import annotations

import html
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.toc import slugify_unicode
from markdown.treeprocessors import Treeprocessor

from desktop_app.core.arabic import strong_direction
from desktop_app.core.codecs.markdown_out import to_markdown
from desktop_app.core.document import Document
from desktop_app.resources import resource_path

# Elements whose direction a browser resolves on their own (block containers).
_DIRECTIONAL = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "th", "td", "blockquote"})
_ALLOWED_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "ul", "ol", "li",
     "table", "caption", "thead", "tbody", "tr", "th", "td", "a", "strong", "em", "code", "pre"}
)
_GLOBAL_ATTRIBUTES = {"dir", "lang", "id"}


@dataclass(frozen=True, slots=True)
class HtmlOptions:
    language: str = "ar"
    direction: str = "rtl"
    summary: str = ""


class _DirectionMarker(Treeprocessor):
    """Adds `dir` where an element's text runs against the document, `scope` on headers.

    `direction` is the document's, set before each conversion (see `_converter`).
    """

    direction = "rtl"

    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            if element.tag in _DIRECTIONAL:
                own = strong_direction("".join(element.itertext()))
                if own is not None and own != self.direction:
                    element.set("dir", own)
            if element.tag == "th":
                element.set("scope", "col")


class _DirectionExtension(Extension):
    def __init__(self) -> None:
        super().__init__()
        self.marker: _DirectionMarker | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        self.marker = _DirectionMarker(md)
        # Priority 1: after inline processing, so the full text of each element is known.
        md.treeprocessors.register(self.marker, "hadath_dir", 1)


def _slugify(value: str, separator: str) -> str:
    # The default slugify drops every Arabic letter (ids become _1, _2): keep them.
    return slugify_unicode(value, separator)


_local = threading.local()


def _converter(direction: str) -> markdown.Markdown:
    """This thread's converter, reset and set to `direction`."""
    # Building a Markdown instance costs more than converting a short article, and an
    # instance must not be shared between threads: one per thread, reset before each use.
    if not hasattr(_local, "converter"):
        extension = _DirectionExtension()
        md = markdown.Markdown(
            extensions=["tables", "sane_lists", "attr_list", "toc", extension],
            extension_configs={"toc": {"slugify": _slugify, "toc_depth": "2-4"}},
            output_format="html",
        )
        assert extension.marker is not None
        _local.converter = (md, extension.marker)
    converter: markdown.Markdown
    marker: _DirectionMarker
    converter, marker = _local.converter
    converter.reset()
    marker.direction = direction
    return converter


def render_body(document: Document, direction: str = "rtl") -> str:
    """The article body (no title) as sanitised HTML."""
    source = to_markdown(replace(document, title=""))
    rendered = _converter(direction).convert(source)
    return nh3.clean(
        rendered,
        tags=set(_ALLOWED_TAGS),
        attributes={"*": set(_GLOBAL_ATTRIBUTES), "a": {"href", "title"}, "th": {"scope"}},
        link_rel=None,
    )


def render_fragment(document: Document, options: HtmlOptions | None = None) -> str:
    """Body only, for pasting into a CMS: wrapped in one element that carries lang and dir,
    so the direction survives the paste."""
    options = options or HtmlOptions()
    body = render_body(document, options.direction)
    return (
        f'<div lang="{html.escape(options.language)}" dir="{html.escape(options.direction)}">\n'
        f"{body}\n</div>\n"
    )


def render_document(document: Document, options: HtmlOptions | None = None) -> str:
    """A standalone HTML5 page: lang and dir on <html>, the title as <h1>, embedded CSS."""
    options = options or HtmlOptions()
    title = document.title.strip()
    lang = html.escape(options.language)
    direction = html.escape(options.direction)
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
    ]
    if options.summary.strip():
        head.append(f'<meta name="description" content="{html.escape(options.summary.strip())}">')
    head.append(f"<style>\n{_stylesheet()}</style>")
    heading = ""
    if title:
        own = strong_direction(title)
        title_dir = f' dir="{own}"' if own and own != options.direction else ""
        heading = f"<h1{title_dir}>{html.escape(title)}</h1>\n"
    body = render_body(document, options.direction)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}" dir="{direction}">\n'
        "<head>\n" + "\n".join(head) + "\n</head>\n"
        "<body>\n<article>\n"
        f"{heading}{body}\n"
        "</article>\n</body>\n</html>\n"
    )


def _stylesheet() -> str:
    return resource_path("export", "article.css").read_text(encoding="utf-8")
