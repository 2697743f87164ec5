"""Conversion between a QTextDocument and the model's text blocks.

How the model is kept inside a QTextDocument:

- a heading is a block with `headingLevel` 2-4; its text is drawn bigger and bold;
- a quote paragraph is a block holding the `QUOTE` property, an integer group id:
  consecutive blocks with the same id read back as one `Quote` (two adjacent quotes keep
  apart, and a paragraph made a quote next to one joins it by taking its id);
- a list item is a block in a QTextList (ListDisc: bulleted, ListDecimal: numbered);
  each QTextList reads back as one `ListBlock`;
- marks live in char-format properties (`BOLD`, `CODE`) plus italic and anchor href:
  bold needs a property of its own because every heading is drawn bold anyway;
- `FORCED_DIRECTION` on a block is the reporter's own choice of paragraph direction.
  It is editor state only: the model derives direction from the text.

Empty blocks are left out of the model: a reporter's stray blank line is not content.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
    QTextOption,
)

from desktop_app.core.arabic import strong_direction
from desktop_app.core.document import Block, Heading, ListBlock, Paragraph, Quote
from desktop_app.core.inline import Inline, Run

QUOTE = QTextFormat.Property.UserProperty + 1
FORCED_DIRECTION = QTextFormat.Property.UserProperty + 2
BOLD = QTextFormat.Property.UserProperty + 3
CODE = QTextFormat.Property.UserProperty + 4

HEADING_SCALE = {2: 1.5, 3: 1.3, 4: 1.15}
QUOTE_MARGIN = 24.0
QUOTE_BACKGROUND = QColor(0, 0, 0, 18)
TEXT_KINDS = (Heading, Paragraph, Quote, ListBlock)

_QT_DIRECTION = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}


# -- formats -------------------------------------------------------------------------


def char_format(run: Run, level: int | None, base_size: float) -> QTextCharFormat:
    """The whole char format of a run: every property set, so replacing a fragment's
    format with it leaves nothing of the old one (fonts or colours pasted from elsewhere)."""
    fmt = QTextCharFormat()
    fmt.setProperty(BOLD, run.bold)
    fmt.setProperty(CODE, run.code)
    fmt.setFontWeight(QFont.Weight.Bold if run.bold or level else QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    if level:
        fmt.setFontPointSize(base_size * HEADING_SCALE[level])
    if run.code:
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fmt.setFontFamilies([fixed.family()])
        fmt.setFontFixedPitch(True)
    if run.href is not None:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.href)
        fmt.setFontUnderline(True)
        fmt.setForeground(QGuiApplication.palette().link())
    return fmt


def run_of(fmt: QTextCharFormat, text: str = "") -> Run:
    href = fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None
    return Run(
        text,
        bold=fmt.boolProperty(BOLD),
        italic=fmt.fontItalic(),
        code=fmt.boolProperty(CODE),
        href=href,
    )


def block_format(
    *, level: int | None = None, quote: int | None = None, forced: str | None = None
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(6.0)
    if level:
        fmt.setHeadingLevel(level)
        fmt.setTopMargin(10.0)
    if quote is not None:
        fmt.setProperty(QUOTE, quote)
        fmt.setLeftMargin(QUOTE_MARGIN)
        fmt.setRightMargin(QUOTE_MARGIN)
        fmt.setBackground(QUOTE_BACKGROUND)
    if forced:
        fmt.setProperty(FORCED_DIRECTION, forced)
    return fmt


def list_format(ordered: bool) -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setStyle(QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc)
    fmt.setIndent(1)
    return fmt


def new_quote_id() -> int:
    # Random, not counted: ids only need to differ between neighbouring quotes, and a
    # counter would have to survive paste, undo and documents filled elsewhere.
    return random.randrange(1, 2**31)


def base_size(doc: QTextDocument) -> float:
    size = doc.defaultFont().pointSizeF()
    return size if size > 0 else 11.0


# -- block properties ------------------------------------------------------------------


def heading_level(block: QTextBlock) -> int | None:
    level = block.blockFormat().headingLevel()
    return min(max(level, 2), 4) if level > 0 else None


def quote_id(block: QTextBlock) -> int | None:
    fmt = block.blockFormat()
    return fmt.intProperty(QUOTE) if fmt.hasProperty(QUOTE) else None


def forced_direction(block: QTextBlock) -> str | None:
    fmt = block.blockFormat()
    value = fmt.stringProperty(FORCED_DIRECTION) if fmt.hasProperty(FORCED_DIRECTION) else ""
    return value if value in _QT_DIRECTION else None


def block_direction(block: QTextBlock) -> Qt.LayoutDirection:
    """What the block's layoutDirection should be: the forced one, else the first strong
    letter's. Neutral blocks stay Auto so the document's default text option (the
    article's direction) lays them out (DESIGN.md fact 4)."""
    chosen = forced_direction(block) or strong_direction(block.text())
    return _QT_DIRECTION[chosen] if chosen else Qt.LayoutDirection.LayoutDirectionAuto


def set_article_direction(doc: QTextDocument, direction: str) -> None:
    option = QTextOption(doc.defaultTextOption())
    option.setTextDirection(_QT_DIRECTION.get(direction, Qt.LayoutDirection.RightToLeft))
    doc.setDefaultTextOption(option)


def update_directions(cursor: QTextCursor, first: QTextBlock, last: QTextBlock) -> None:
    """Bring the blocks from `first` to `last` in line with their text. Touches only
    blocks whose direction is wrong, so a keystroke costs one strong-letter scan."""
    block = first
    while block.isValid():
        wanted = block_direction(block)
        if block.blockFormat().layoutDirection() != wanted:
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(wanted)
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(fmt)
        if block == last:
            break
        block = block.next()


# -- reading -----------------------------------------------------------------------------


def iter_blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def read_inline(block: QTextBlock, start: int = 0, end: int | None = None) -> Inline:
    """The block's text and marks, cut to the document positions [start, end)."""
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            text = fragment.text()
            lo = max(start - fragment.position(), 0)
            hi = len(text) if end is None else min(end - fragment.position(), len(text))
            if lo < hi:
                runs.append(run_of(fragment.charFormat(), text[lo:hi]))
        it += 1
    return Inline(tuple(runs))


def _group_key(block: QTextBlock) -> tuple[str, int]:
    text_list = block.textList()
    if text_list is not None:
        return ("list", text_list.objectIndex())
    quote = quote_id(block)
    if quote is not None:
        return ("quote", quote)
    return ("single", block.blockNumber())


def _is_ordered(text_list: QTextList) -> bool:
    return text_list.format().style() not in (
        QTextListFormat.Style.ListDisc,
        QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListSquare,
    )


def read_document(doc: QTextDocument) -> tuple[Block, ...]:
    return read_blocks((block, read_inline(block)) for block in iter_blocks(doc))


def read_range(doc: QTextDocument, start: int, end: int) -> tuple[Block, ...]:
    """The blocks between two positions (a selection), the end ones cut to it."""
    def pairs() -> Iterator[tuple[QTextBlock, Inline]]:
        block = doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            yield block, read_inline(block, start, end)
            block = block.next()

    return read_blocks(pairs())


def read_blocks(source: Iterable[tuple[QTextBlock, Inline]]) -> tuple[Block, ...]:
    out: list[Block] = []
    key: tuple[str, int] | None = None
    parts: list[Inline] = []
    ordered = False

    def flush() -> None:
        if key is not None and parts:
            if key[0] == "list":
                out.append(ListBlock(tuple(parts), ordered=ordered))
            else:
                out.append(Quote(tuple(parts)))

    for block, inline in source:
        this_key = _group_key(block)
        if this_key != key:
            flush()
            key, parts = None, []
        if this_key[0] == "single":
            if inline:
                level = heading_level(block)
                out.append(Heading(inline, level) if level else Paragraph(inline))
            continue
        key = this_key
        text_list = block.textList()
        if text_list is not None:
            ordered = _is_ordered(text_list)
        if inline:
            parts.append(inline)
    flush()
    return tuple(out)


# -- writing -----------------------------------------------------------------------------

_Unit = tuple[Inline, int | None, int | None, bool | None]  # text, level, quote id, list ordered


def _units(blocks: Sequence[Block]) -> Iterator[tuple[_Unit, bool]]:
    """Each paragraph-like unit, and whether it opens a new list."""
    for block in blocks:
        match block:
            case Heading(text=text, level=level):
                yield (text, level, None, None), False
            case Paragraph(text=text):
                yield (text, None, None, None), False
            case Quote(paragraphs=paragraphs):
                group = new_quote_id()
                for paragraph in paragraphs:
                    yield (paragraph, None, group, None), False
            case ListBlock(items=items, ordered=ordered):
                for index, item in enumerate(items):
                    yield (item, None, None, ordered), index == 0
            case _:
                raise TypeError(f"not a text block: {block!r}")


def insert_blocks(cursor: QTextCursor, blocks: Sequence[Block], *, inline_first: bool = True) -> None:
    """Insert text blocks at the cursor with our formats.

    A first plain paragraph merges into the current block when `inline_first` (pasting a
    sentence into a paragraph must not split it); an empty current block takes the first
    unit's format; otherwise each unit starts a block of its own."""
    doc = cursor.document()
    size = base_size(doc)
    text_list: QTextList | None = None
    for index, ((inline, level, quote, ordered), opens_list) in enumerate(_units(blocks)):
        fmt = block_format(level=level, quote=quote)
        fmt.setLayoutDirection(_direction_of(inline))
        plain = level is None and quote is None and ordered is None
        if index == 0 and cursor.block().length() == 1:
            _reset_block(cursor, fmt)
        elif index == 0 and inline_first and plain:
            # Joins the text already there, so it takes that block's look.
            level = heading_level(cursor.block())
            for run in inline.runs:
                cursor.insertText(run.text, char_format(run, level, size))
            continue
        else:
            cursor.insertBlock(fmt, char_format(Run(""), level, size))
            _leave_list(cursor.block())
        if ordered is not None:
            if opens_list or text_list is None:
                text_list = cursor.createList(list_format(ordered))
            else:
                text_list.add(cursor.block())
        else:
            text_list = None
        cursor.setBlockCharFormat(char_format(Run(""), level, size))
        for run in inline.runs:
            cursor.insertText(run.text, char_format(run, level, size))


def _direction_of(inline: Inline) -> Qt.LayoutDirection:
    chosen = strong_direction(inline.text)
    return _QT_DIRECTION[chosen] if chosen else Qt.LayoutDirection.LayoutDirectionAuto


def _reset_block(cursor: QTextCursor, fmt: QTextBlockFormat) -> None:
    _leave_list(cursor.block())
    cursor.setBlockFormat(fmt)


def _leave_list(block: QTextBlock) -> None:
    text_list = block.textList()
    if text_list is not None:
        text_list.remove(block)


def fill_document(doc: QTextDocument, blocks: Sequence[Block], direction: str) -> None:
    """Replace the document's content with `blocks` (text kinds only); not undoable."""
    undo = doc.isUndoRedoEnabled()
    doc.setUndoRedoEnabled(False)
    doc.clear()
    set_article_direction(doc, direction)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    insert_blocks(cursor, blocks)
    cursor.endEditBlock()
    doc.setUndoRedoEnabled(undo)


# -- restyling ---------------------------------------------------------------------------


def restyle(cursor: QTextCursor, change: Callable[[Run], Run]) -> None:
    """Rewrite the marks of every fragment the cursor's selection covers, rebuilding each
    fragment's whole char format from its (changed) marks and its block's kind."""
    doc = cursor.document()
    size = base_size(doc)
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    edit = QTextCursor(doc)
    block = doc.findBlock(start)
    while block.isValid() and block.position() <= end:
        level = heading_level(block)
        spans: list[tuple[int, int, QTextCharFormat]] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            lo = max(start, fragment.position())
            hi = min(end, fragment.position() + fragment.length())
            if lo < hi:
                spans.append((lo, hi, char_format(change(run_of(fragment.charFormat())), level, size)))
            it += 1
        # Collected first: setting a format splits and merges fragments under the iterator.
        for lo, hi, fmt in spans:
            edit.setPosition(lo)
            edit.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            edit.setCharFormat(fmt)
        block = block.next()


def restyle_block(cursor: QTextCursor, block: QTextBlock) -> None:
    """Redraw a block's text for its current kind (a heading's size and weight)."""
    edit = QTextCursor(block)
    edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    if edit.hasSelection():
        restyle(edit, lambda run: run)
    edit.setBlockCharFormat(char_format(Run(""), heading_level(block), base_size(block.document())))


def selection_runs(cursor: QTextCursor) -> list[Run]:
    """The marks of every fragment the selection touches (for toggling a mark)."""
    doc = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    runs: list[Run] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() <= end:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if max(start, fragment.position()) < min(end, fragment.position() + fragment.length()):
                runs.append(run_of(fragment.charFormat(), fragment.text()))
            it += 1
        block = block.next()
    return runs


def link_span(block: QTextBlock, position: int, href: str) -> tuple[int, int] | None:
    """The extent of the link with `href` around `position` in the block."""
    spans: list[tuple[int, int]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if run_of(fragment.charFormat()).href == href:
            lo, hi = fragment.position(), fragment.position() + fragment.length()
            if spans and spans[-1][1] == lo:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
        it += 1
    return next(((lo, hi) for lo, hi in spans if lo <= position <= hi), None)
