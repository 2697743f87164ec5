"""An HTML page (saved from a browser, or clipboard HTML) to a `Document`.

Rules:

* Content: when the page has a `<main>`, only it is read; else the `<article>` holding the
  most text; else the whole body. Dropped wherever they are: script, style, iframe,
  noscript, template, svg, math, object, embed, canvas, video, audio, head (its `<title>`
  is read apart), nav, aside, footer, form, button, select, textarea, dialog; images too.
* Title: the first `<h1>`; else `<title>` without a trailing " | Site" / " - Site" part;
  else "". Later `<h1>`s are level-2 headings; h2-h4 keep their level, h5/h6 become 4.
* Blocks: p, div, section, article, main, header, figure, figcaption, address, dl/dt/dd,
  details, summary, li outside a list and bare text all end up as paragraphs. Lists are
  flattened: a nested list's items follow their parent item in one list whose kind
  (ol/ul) is the outermost list's. Block content inside a list item, heading or table cell
  is read as inline text.
* Tables: the first row made only of `<th>` cells is the header, else the first row;
  the header grows to the widest row (within `table_limits`: wider rows fold into their
  last cell). `colspan=n` adds n-1 empty cells after the cell
  (keeps columns aligned without repeating text, which would distort word counts);
  rowspan is ignored. A `<caption>` becomes a paragraph before the table. A table inside
  a cell is read as text.
* blockquote: a quote whose paragraphs are its blocks' texts. pre: one paragraph per
  non-blank line, line breaks kept as paragraph breaks.
* Inline: strong/b bold; em/i italic; code/kbd/samp/tt code; a with an http(s), mailto
  or relative href is a link (javascript:, data:, vbscript:, file: and any other scheme
  are dropped, the text kept). `<br>`: one is a space (in lists, cells and headings too);
  two or more in a row end the paragraph, the way older Arabic news sites separate
  paragraphs inside one `<div>`.
* Whitespace collapses as a browser does; NBSP and invisible junk as in plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop_app.core.codecs.cleanup import clean, squeeze
from desktop_app.core.codecs.html_tree import (
    HEADINGS,
    Node,
    iter_nodes,
    parse,
    tags,
    text_length,
)
from desktop_app.core.codecs.table_limits import fit_cells, table_width
from desktop_app.core.document import (
    Block,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    TableBlock,
    block_text,
)
from desktop_app.core.inline import Inline, Run

SKIP = tags(
    "script style iframe noscript template svg math object embed canvas video audio "
    "head title nav aside footer form button select textarea dialog img picture"
)
_CONTAINERS = tags(
    "p div section article main header figure figcaption address dl dt dd details "
    "summary body html center hgroup li fieldset legend"
)
_BLOCKISH = _CONTAINERS | HEADINGS | tags("ul ol table thead tbody tfoot tr td th caption")
_BLOCKISH |= tags("blockquote pre hr")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]")
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_SITE_SUFFIX = re.compile(r"^(.*\S)\s+[|\-–—•:]\s+(\S.{0,40})$")


@dataclass(frozen=True, slots=True)
class _Marks:
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None

    def run(self, text: str) -> Run:
        return Run(text, bold=self.bold, italic=self.italic, code=self.code, href=self.href)

    def enter(self, node: Node) -> _Marks:
        tag = node.tag
        if tag in ("strong", "b"):
            return replace(self, bold=True)
        if tag in ("em", "i", "cite", "dfn"):
            return replace(self, italic=True)
        if tag in ("code", "kbd", "samp", "tt"):
            return replace(self, code=True)
        if tag == "a":
            return replace(self, href=safe_href(node.attrs.get("href")))
        return self


def safe_href(href: str | None) -> str | None:
    """The link target if it is http(s), mailto or relative; None for anything else."""
    if href is None:
        return None
    # Browsers ignore tabs, newlines and controls inside a URL: "java\tscript:" still runs.
    compact = _URL_NOISE.sub("", href)
    if not compact:
        return None
    match = _SCHEME.match(compact)
    if match and match.group(1).lower() not in _SAFE_SCHEMES:
        return None
    return href.strip()


_SPACE = Run(" ")


class _Buffer:
    """Inline runs being gathered for one paragraph, item, cell or heading."""

    def __init__(self) -> None:
        self.runs: list[Run] = []

    def add(self, text: str, marks: _Marks) -> None:
        text = _WHITESPACE.sub(" ", clean(text).replace("\n", " "))
        if not text:
            return
        if text.startswith(" ") and (not self.runs or self.runs[-1].text.endswith(" ")):
            text = text[1:]
        if text:
            self.runs.append(marks.run(text))

    def space(self) -> None:
        # What `add(" ", _Marks())` does, without its clean-up: every block element asks.
        if self.runs and not self.runs[-1].text.endswith(" "):
            self.runs.append(_SPACE)

    def take(self) -> Inline:
        if not self.runs:
            return Inline()
        inline = Inline(tuple(self.runs)).strip()
        self.runs = []
        return inline


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.title = ""
        self.buffer = _Buffer()
        self.breaks = 0  # <br>s in a row, with only whitespace between them

    def flush(self) -> None:
        inline = self.buffer.take()
        if inline:
            self.blocks.append(Paragraph(inline))
        self.breaks = 0

    # -- block context --------------------------------------------------------------------

    def children(self, node: Node, marks: _Marks) -> None:
        for child in node.children:
            if isinstance(child, str):
                if child.strip():
                    self.breaks = 0
                self.buffer.add(child, marks)
            else:
                self.element(child, marks)

    def element(self, node: Node, marks: _Marks) -> None:
        tag = node.tag
        if tag in SKIP:
            return
        if tag == "br":
            self.breaks += 1
            if self.breaks >= 2:
                self.flush()
                self.breaks = 1
            else:
                self.buffer.space()
            return
        self.breaks = 0
        if tag in HEADINGS:
            self.heading(node, marks)
        elif tag in ("ul", "ol"):
            self.flush()
            items: list[Inline] = []
            _collect_list(node, marks, items)
            if items:
                self.blocks.append(ListBlock(tuple(items), ordered=tag == "ol"))
        elif tag == "table":
            self.flush()
            self.blocks.extend(_table(node, marks))
        elif tag == "blockquote":
            self.flush()
            self.quote(node, marks)
        elif tag == "pre":
            self.flush()
            self.blocks.extend(Paragraph(line) for line in _pre_lines(node, marks))
        elif tag in _CONTAINERS or tag == "hr":
            self.flush()
            self.children(node, marks)
            self.flush()
        else:
            self.children(node, marks.enter(node))

    def heading(self, node: Node, marks: _Marks) -> None:
        self.flush()
        buffer = _Buffer()
        _inline(node, marks, buffer)
        text = buffer.take()
        if not text:
            return
        if node.tag == "h1" and not self.title:
            self.title = squeeze(text.text)
            return
        level = {"h1": 2, "h2": 2, "h3": 3}.get(node.tag, 4)
        self.blocks.append(Heading(text, level=level))

    def quote(self, node: Node, marks: _Marks) -> None:
        inner = _Builder()
        inner.title = "-"  # an <h1> inside a quote is not the page title
        inner.children(node, marks)
        inner.flush()
        paragraphs: list[Inline] = []
        for block in inner.blocks:
            match block:
                case Heading(text=text) | Paragraph(text=text):
                    paragraphs.append(text)
                case Quote(paragraphs=nested):
                    paragraphs.extend(nested)
                case ListBlock(items=items):
                    paragraphs.extend(items)
                case _:
                    paragraphs.extend(Inline.plain(line) for line in block_text(block).split("\n"))
        if paragraphs:
            self.blocks.append(Quote(tuple(paragraphs)))


# -- inline context ---------------------------------------------------------------------

ListHook = Callable[[Node, _Marks], None]


def _inline(node: Node, marks: _Marks, buffer: _Buffer, on_list: ListHook | None = None) -> None:
    for child in node.children:
        if isinstance(child, str):
            buffer.add(child, marks)
        elif child.tag in SKIP:
            continue
        elif child.tag == "br":
            buffer.space()
        elif child.tag in ("ul", "ol") and on_list is not None:
            on_list(child, marks)
        elif child.tag in _BLOCKISH:
            buffer.space()
            _inline(child, marks, buffer, on_list)
            buffer.space()
        else:
            _inline(child, marks.enter(child), buffer, on_list)


def _collect_list(node: Node, marks: _Marks, items: list[Inline]) -> None:
    """Items of a list and of the lists nested in it, in reading order."""
    buffer = _Buffer()

    def nested(child: Node, child_marks: _Marks) -> None:
        if item := buffer.take():
            items.append(item)
        _collect_list(child, child_marks, items)

    for child in node.children:
        if isinstance(child, str):
            buffer.add(child, marks)  # text straight inside <ul>: keep it as an item
        elif child.tag in ("ul", "ol"):
            nested(child, marks)
        elif child.tag == "li":
            if item := buffer.take():
                items.append(item)
            _inline(child, marks, buffer, on_list=nested)
            if item := buffer.take():
                items.append(item)
        elif child.tag not in SKIP:
            _inline(child, marks.enter(child), buffer, on_list=nested)
    if item := buffer.take():
        items.append(item)


def _table(node: Node, marks: _Marks) -> list[Block]:
    before: list[Block] = []
    rows: list[tuple[list[Inline], bool]] = []
    loose: list[Node] = []  # cells outside any <tr>: browsers give them a row of their own

    def add_row(cells: list[Node]) -> None:
        inlines: list[Inline] = []
        for cell in cells:
            buffer = _Buffer()
            _inline(cell, marks, buffer)
            inlines.append(buffer.take())
            span = cell.attrs.get("colspan", "1").strip()
            extra = int(span) - 1 if span.isdigit() else 0
            inlines.extend(Inline() for _ in range(min(extra, 50)))
        if any(inlines):
            rows.append((inlines, all(cell.tag == "th" for cell in cells)))

    def walk(parent: Node) -> None:
        for child in parent.children:
            if isinstance(child, str):
                continue
            if child.tag in ("thead", "tbody", "tfoot"):
                walk(child)
            elif child.tag == "tr":
                add_row([cell for cell in child.children if _is_cell(cell)])  # type: ignore[misc]
            elif child.tag in ("td", "th"):
                loose.append(child)
            elif child.tag == "caption":
                buffer = _Buffer()
                _inline(child, marks, buffer)
                if caption := buffer.take():
                    before.append(Paragraph(caption))

    walk(node)
    if loose:
        add_row(loose)
    if not rows:
        return before
    header_index = next((i for i, (_, all_th) in enumerate(rows) if all_th), 0)
    header = rows.pop(header_index)[0]
    width = table_width([len(cells) for cells, _ in [(header, True), *rows]])
    table = TableBlock(header=fit_cells(header, width), rows=tuple(fit_cells(cells, width) for cells, _ in rows))
    return [*before, table]


def _is_cell(child: Node | str) -> bool:
    return not isinstance(child, str) and child.tag in ("td", "th")


def _pre_lines(node: Node, marks: _Marks) -> list[Inline]:
    runs: list[Run] = []

    def walk(parent: Node, parent_marks: _Marks) -> None:
        for child in parent.children:
            if isinstance(child, str):
                runs.append(parent_marks.run(clean(child)))
            elif child.tag == "br":
                runs.append(Run("\n"))
            elif child.tag not in SKIP:
                walk(child, parent_marks.enter(child))

    walk(node, marks)
    lines: list[list[Run]] = [[]]
    for run in runs:
        for index, piece in enumerate(run.text.split("\n")):
            if index:
                lines.append([])
            lines[-1].append(replace(run, text=piece))
    return [inline for line in lines if (inline := Inline(tuple(line)).strip())]


# -- entry point ------------------------------------------------------------------------


def _content_root(root: Node) -> Node:
    elements = iter_nodes(root, skip=SKIP)
    for element in elements:
        if element.tag == "main":
            return element
    articles = [e for e in iter_nodes(root, skip=SKIP | {"article"}) if e.tag == "article"]
    if articles:
        return max(articles, key=lambda article: text_length(article, SKIP))
    return root


def _page_title(root: Node) -> str:
    for element in iter_nodes(root, skip=tags("svg math template")):
        if element.tag == "title":
            text = squeeze(clean(" ".join(c for c in element.children if isinstance(c, str))))
            text = _WHITESPACE.sub(" ", text)
            match = _SITE_SUFFIX.match(text)
            if match and len(match.group(2).split()) <= 4 and len(match.group(1)) > 10:
                return match.group(1)
            return text
    return ""


def from_html(html: str) -> Document:
    root = parse(html)
    builder = _Builder()
    builder.children(_content_root(root), _Marks())
    builder.flush()
    title = builder.title or _page_title(root)
    return Document(title=title, blocks=tuple(builder.blocks))
