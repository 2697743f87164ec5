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

Python-Markdown takes quadratic (and for runs of `[` or `![a](`, worse) time on some
shapes no article has: 50,000 `---` lines in a row took minutes, 16,000 `[` 47 s. A
conversion that runs past its deadline (`parse_seconds`: half a second plus a second per
million characters, about twice what well-formed Markdown takes here) is stopped at the
next block, inline pattern or raw-HTML tag it tries, and the text is read as plain text
instead (`plaintext_in`, linear): every word stays, the marks stay literal, and neither an
import nor a paste hangs (nor fails: raw HTML that makes Python's HTML parser raise is
read the same way). Text longer than `MAX_CHARS` goes to plain text at once: a single step
of the parser can be quadratic too (a list item's lines are joined one by one). So does a
table past `table_limits` (Python-Markdown pads every row to the separator row's width in
one step) and a block (the lines between two blank ones) holding more than
`MAX_BLOCK_MARKS` inline marks (`*`, `_`, backticks, `[`, `<`, `&`, backslashes): its
elements would go through a queue that Python-Markdown empties from the front, in
quadratic time and without a moment to look at the deadline.
"""

from __future__ import annotations

import html
import math
import re
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

import markdown
from markdown.extensions import Extension
from markdown.extensions.tables import PIPE_LEFT, PIPE_NONE, PIPE_RIGHT, TableProcessor
from markdown.htmlparser import HTMLExtractor
from markdown.preprocessors import HtmlBlockPreprocessor
from markdown.treeprocessors import Treeprocessor

from desktop_app.core.codecs.html_tree import TolerantParser
from desktop_app.core.codecs.markdown_inline_in import (
    BLOCK_TAGS,
    ENTITY,
    PLACEHOLDER,
    inline_runs,
)
from desktop_app.core.codecs.table_limits import MAX_CELLS, MAX_COLUMNS
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

PARSE_SECONDS = 0.5
PARSE_SECONDS_PER_MILLION = 1.0
MAX_CHARS = 2_000_000
MAX_BLOCK_MARKS = 20_000
_INLINE_MARKS = re.compile(r"[*_`\[<&\\]")
_SEPARATOR_ROW = re.compile(r"[ \t|:-]*")
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


class _TooSlow(Exception):
    """Raised inside Python-Markdown once a conversion is past its deadline."""


class _Deadline:
    def __init__(self) -> None:
        self.at = math.inf

    def guard(self, method: Callable[..., object]) -> Callable[..., object]:
        def guarded(*args: object) -> object:
            if time.monotonic() > self.at:
                raise _TooSlow
            return method(*args)

        return guarded


class _TableTest(TableProcessor):
    """The tables extension's processor with its `test` reading only the lines it needs.
    Theirs splits the whole block into lines first, and runs on every block, including
    what is left of a block after each heading or rule: 20,000 `# heading` lines in a row
    made it quadratic. Same result, line for line."""

    def test(self, parent: ET.Element, block: str) -> bool:
        end = block.find("\n")
        if end < 0:
            return False  # one line: not a table
        header0 = block[:end].strip(" ")
        self.border = PIPE_NONE
        if header0.startswith("|"):
            self.border |= PIPE_LEFT
        if self.RE_END_BORDER.search(header0) is not None:
            self.border |= PIPE_RIGHT
        row0_len = len(self._split_row(header0))
        is_table = row0_len > 1
        if not is_table and row0_len == 1 and self.border:
            # Each row of a one-column table needs a pipe at either end.
            for row in _lines_after(block, end):
                is_table = row.startswith("|") or self.RE_END_BORDER.search(row) is not None
                if not is_table:
                    break
        if is_table:
            row1 = next(_lines_after(block, end))
            row = self._split_row(row1)
            is_table = len(row) == row0_len and set("".join(row)) <= set("|:- ")
            if is_table:
                self.separator = row
        return is_table


def _lines_after(block: str, end: int) -> Iterator[str]:
    """The lines of `block` after the newline at `end`, stripped of spaces, one by one."""
    while end >= 0:
        start = end + 1
        end = block.find("\n", start)
        yield (block[start:] if end < 0 else block[start:end]).strip(" ")


class _GuardedHtmlBlocks(HtmlBlockPreprocessor):
    """Python-Markdown's raw-HTML pass (its `run`, word for word) with the deadline looked
    at in its HTML parser's loop: Python 3.11's parser re-reads the rest of the text from
    every `<` of a tag left open at the end (20,000 `<a ` took 30 s)."""

    def __init__(self, md: markdown.Markdown, deadline: _Deadline) -> None:
        super().__init__(md)
        self.deadline = deadline

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines)
        parser = HTMLExtractor(self.md)
        for name in ("parse_starttag", "parse_endtag", "parse_comment", "parse_html_declaration", "handle_data"):
            setattr(parser, name, self.deadline.guard(getattr(parser, name)))
        parser.feed(source)
        parser.close()
        return "".join(parser.cleandoc).split("\n")


_local = threading.local()
_Parser = tuple[markdown.Markdown, _Capture, _Deadline]


def _parser() -> _Parser:
    # Building a Markdown instance costs more than most conversions; one per thread.
    if not hasattr(_local, "parser"):
        extension = _CaptureExtension()
        md = markdown.Markdown(extensions=["tables", "sane_lists", extension])
        assert extension.capture is not None
        tables = md.parser.blockprocessors["table"]
        md.parser.blockprocessors.register(_TableTest(md.parser, tables.config), "table", 75)  # replaces theirs
        deadline = _Deadline()
        # The slow shapes all go round these calls many times: each one looks at the clock.
        # (`getCompiledRegExp` is asked for every pattern on every piece of text, even
        # where nothing matches: 50,000 `*a` put a quadratic step between the matches.)
        for processor in md.parser.blockprocessors:
            processor.test = deadline.guard(processor.test)
        for pattern in md.inlinePatterns:
            pattern.handleMatch = deadline.guard(pattern.handleMatch)
            pattern.getCompiledRegExp = deadline.guard(pattern.getCompiledRegExp)
        md.preprocessors.register(_GuardedHtmlBlocks(md, deadline), "html_block", 20)  # replaces theirs
        _local.parser = (md, extension.capture, deadline)
    parser: _Parser = _local.parser
    return parser


def from_markdown(text: str) -> Document:
    if len(text) > MAX_CHARS or _too_much_in_one_step(text):
        return _as_plain_text(text)
    md, capture, deadline = _parser()
    md.reset()
    capture.root = None
    deadline.at = time.monotonic() + parse_seconds(text)
    try:
        md.convert(text)
    except (_TooSlow, AssertionError):
        # Too slow, or Python's HTML parser gave up on raw HTML (`<div><![ x` raises
        # AssertionError in 3.11). Stopped halfway, the parser's state is unknown: the next
        # call builds a new one.
        del _local.parser
        return _as_plain_text(text)
    finally:
        deadline.at = math.inf
    root = capture.root
    if root is None:
        return Document()
    return _Reader(list(md.htmlStash.rawHtmlBlocks)).document(root)


def parse_seconds(text: str) -> float:
    """How long Python-Markdown may take over `text` before it is read as plain text."""
    return PARSE_SECONDS + PARSE_SECONDS_PER_MILLION * len(text) / 1_000_000


def _too_much_in_one_step(text: str) -> bool:
    """Whether a block holds more than `MAX_BLOCK_MARKS` inline marks, or a separator row
    (`|---|:-:|`) is wider than `MAX_COLUMNS` or its width times the lines up to the next
    blank line (the rows Python-Markdown would pad) passes `MAX_CELLS`. Lines are read from
    the end so that each is looked at once."""
    # Split as Python-Markdown does: CR LF and CR end lines, a line of spaces and tabs is blank.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    next_blank = len(lines)
    marks = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].strip(" \t")
        if not line:
            next_blank, marks = index, 0
            continue
        marks += len(_INLINE_MARKS.findall(line))
        if marks > MAX_BLOCK_MARKS:
            return True
        if "|" in line and _SEPARATOR_ROW.fullmatch(line):
            width = line.removeprefix("|").removesuffix("|").count("|") + 1
            if width > MAX_COLUMNS or width * (next_blank - index) > MAX_CELLS:
                return True
    return False


def _as_plain_text(text: str) -> Document:
    from desktop_app.core.codecs.plaintext_in import from_plain_text

    return from_plain_text(text)


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


class _TextOnly(TolerantParser):
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
    parser.finish()
    text = " ".join("".join(parser.parts).split())
    return Inline.plain(text)
