"""Markdown → Document, through Python-Markdown's element tree.

Mapping decisions:
- the first block, if it is an `h1`, is the title; a later `h1` becomes a level-2 heading,
  `h5`/`h6` become level 4;
- nested lists are flattened: each nested item becomes its own item of the outer list,
  right after its parent (the outline's order is kept, the depth is lost);
- a quote keeps only paragraphs: lists, headings and nested quotes inside it become
  paragraphs of their text;
- a fenced or indented code block becomes one paragraph per non-blank line, all code;
- images become their alt text; `hr` is dropped; a hard break becomes a space;
- raw HTML is never trusted: a block of raw HTML becomes a paragraph of its text (no
  `script` / `style` content), inline tags are dropped and the text between them stays,
  comments are dropped except our `<!-- hadath:topics ... -->` marker, which makes the
  list right after it a TopicListBlock.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from desktop_app.core.codecs.markdown_inline_in import (
    BLOCK_TAGS,
    ENTITY,
    PLACEHOLDER,
    inline_runs,
)
from desktop_app.core.document import (
    Block,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    TableBlock,
    TopicListBlock,
)
from desktop_app.core.inline import Inline, Run

_MARKER = re.compile(r'<!-- hadath:topics title="(?P<title>[^"]*)"(?P<ordered> ordered)?(?P<empty> empty)? -->\s*')


class _Capture(Treeprocessor):
    """Keeps the finished tree (after `unescape` has resolved backslash escapes)."""

    root: ET.Element | None = None

    def run(self, root: ET.Element) -> None:
        self.root = root


class _CaptureExtension(Extension):
    def __init__(self) -> None:
        super().__init__()
        self.capture: _Capture | None = None

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        self.capture = _Capture(md)
        md.treeprocessors.register(self.capture, "hadath_capture", -10)


_local = threading.local()


def _parser() -> tuple[markdown.Markdown, _Capture]:
    # Building a Markdown instance costs more than most conversions; one per thread.
    if not hasattr(_local, "parser"):
        extension = _CaptureExtension()
        md = markdown.Markdown(extensions=["tables", "sane_lists", extension])
        assert extension.capture is not None
        _local.parser = (md, extension.capture)
    parser: tuple[markdown.Markdown, _Capture] = _local.parser
    return parser


def from_markdown(text: str) -> Document:
    md, capture = _parser()
    md.reset()
    capture.root = None
    md.convert(text)
    root = capture.root
    if root is None:
        return Document()
    return _Reader(list(md.htmlStash.rawHtmlBlocks)).document(root)


class _Reader:
    def __init__(self, stash: list[str]) -> None:
        self.stash = stash

    def document(self, root: ET.Element) -> Document:
        children = list(root)
        title = ""
        if children and children[0].tag == "h1":
            title = self.inline(children.pop(0)).text
        blocks: list[Block] = []
        pending: re.Match[str] | None = None
        for child in children:
            raw = self._raw_block(child)
            if raw is not None:
                pending = _MARKER.fullmatch(raw)
                if pending and pending.group("empty"):
                    blocks.append(_topics(pending, (), ordered=bool(pending.group("ordered"))))
                    pending = None
                elif pending is None:
                    blocks.extend(_paragraph(_html_text(raw)))
                continue
            if pending and child.tag in ("ul", "ol"):
                blocks.append(_topics(pending, self.items(child), ordered=child.tag == "ol"))
            else:
                blocks.extend(self.block(child))
            pending = None
        return Document(title=title, blocks=tuple(blocks))

    def _raw_block(self, element: ET.Element) -> str | None:
        """The stashed HTML when `element` is only a raw-HTML placeholder paragraph."""
        if element.tag != "p" or len(element) or not element.text:
            return None
        match = PLACEHOLDER.fullmatch(element.text.strip())
        if match is None or int(match.group(1)) >= len(self.stash):
            return None
        raw = self.stash[int(match.group(1))]
        # A paragraph of one character reference (`&#32;`) is text, not raw HTML.
        return None if ENTITY.fullmatch(raw) else raw

    def inline(self, element: ET.Element, *, in_table: bool = False) -> Inline:
        inline = Inline(tuple(inline_runs(element, self.stash, in_table=in_table)))
        if any(child.tag in BLOCK_TAGS for child in element):
            # Text around block children is only the prettifier's indentation.
            inline = inline.strip()
        return inline

    def block(self, element: ET.Element) -> list[Block]:
        tag = element.tag
        if tag == "p":
            return _paragraph(self.inline(element))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = self.inline(element)
            return [Heading(text, level=min(max(int(tag[1]), 2), 4))] if text else []
        if tag in ("ul", "ol"):
            items = self.items(element)
            return [ListBlock(items, ordered=tag == "ol")] if items else []
        if tag == "blockquote":
            paragraphs = tuple(self.quote_paragraphs(element))
            return [Quote(paragraphs)] if paragraphs else []
        if tag == "table":
            return self.table(element)
        if tag == "pre":
            return [Paragraph(line) for line in _code_lines(element)]
        if tag == "hr":
            return []
        return [b for child in element for b in self.block(child)] or _paragraph(self.inline(element))

    def items(self, element: ET.Element) -> tuple[Inline, ...]:
        items: list[Inline] = []
        for li in element:
            if li.tag != "li":
                continue
            parts = [self.inline(li)]
            nested: list[Inline] = []
            for child in li:
                if child.tag in ("ul", "ol"):
                    nested.extend(self.items(child))
                elif child.tag in BLOCK_TAGS:
                    parts.extend(_block_inline(b) for b in self.block(child))
            text = _join([p for p in parts if p])
            items.extend([text, *nested] if text else nested)
        return tuple(items)

    def quote_paragraphs(self, element: ET.Element) -> Iterator[Inline]:
        own = self.inline(element)
        if own:
            yield own
        for child in element:
            if child.tag in BLOCK_TAGS:
                for block in self.block(child):
                    yield from _block_inlines(block)

    def table(self, element: ET.Element) -> list[Block]:
        rows: list[tuple[Inline, ...]] = []
        header: tuple[Inline, ...] | None = None
        for tr in element.iter("tr"):
            cells = [c for c in tr if c.tag in ("th", "td")]
            if all(c.text is None and not len(c) for c in cells) and header is not None:
                # Python-Markdown gives a header-only table one body row of bare cells;
                # a written row of empty cells has "" text instead.
                continue
            row = tuple(self.inline(c, in_table=True) for c in cells)
            if header is None:
                header = row
            else:
                rows.append(row)
        if not header:
            return []
        return [TableBlock(header=header, rows=tuple(rows))]


def _topics(marker: re.Match[str], items: tuple[Inline, ...], ordered: bool) -> TopicListBlock:
    return TopicListBlock(items, title=html.unescape(marker.group("title")), ordered=ordered)


def _paragraph(text: Inline) -> list[Block]:
    return [Paragraph(text)] if text else []


def _join(parts: list[Inline]) -> Inline:
    joined = Inline()
    for part in parts:
        joined = joined + Inline.plain(" ") + part if joined else part
    return joined


def _block_inlines(block: Block) -> list[Inline]:
    match block:
        case Heading(text=text) | Paragraph(text=text):
            return [text]
        case Quote(paragraphs=paragraphs):
            return list(paragraphs)
        case ListBlock(items=items) | TopicListBlock(items=items):
            return list(items)
        case TableBlock(header=header, rows=rows):
            return [_join(list(row)) for row in (header, *rows)]
    return []


def _block_inline(block: Block) -> Inline:
    return _join(_block_inlines(block))


def _code_lines(pre: ET.Element) -> list[Inline]:
    code = pre.find("code")
    text = (code.text if code is not None else pre.text) or ""
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return [Inline((Run(line.rstrip(), code=True),)) for line in text.split("\n") if line.strip()]


class _TextOnly(HTMLParser):
    """The visible text of untrusted HTML: tags dropped, script and style skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _html_text(raw: str) -> Inline:
    parser = _TextOnly()
    parser.feed(raw)
    parser.close()
    text = " ".join("".join(parser.parts).split())
    return Inline.plain(text)
