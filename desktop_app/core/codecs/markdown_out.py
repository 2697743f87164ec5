"""Document → GitHub-flavoured Markdown, written by us (Qt's toMarkdown loses `\\|`).

The output reads back the same through Python-Markdown (`markdown_in`) and CommonMark
parsers with the table extension. Blocks are separated by one blank line; two lists or two
quotes in a row get an empty comment `<!-- -->` between them, or Markdown would merge them.
Topic lists carry a `<!-- hadath:topics title="..." -->` marker line. `source_id` is not
written: a link to our database means nothing in a foreign file.

`canonical_document` says exactly what survives the round trip (see `markdown_inline_out`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from desktop_app.core.codecs.markdown_escape import clean_text, escape_comment_value
from desktop_app.core.codecs.markdown_inline_out import canonical_inline, inline_to_markdown
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
from desktop_app.core.inline import Inline

TOPICS_MARKER = "hadath:topics"
_SEPARATOR = "<!-- -->"


def to_markdown(document: Document) -> str:
    parts: list[str] = []
    if document.title:
        parts.append("# " + inline_to_markdown(Inline.plain(document.title)))
    previous: Block | None = None
    for block in document.blocks:
        text = _block(block)
        if not text:
            continue
        if _would_merge(previous, block):
            parts.append(_SEPARATOR)
        parts.append(text)
        previous = block
    return "\n\n".join(parts) + "\n" if parts else ""


def _would_merge(previous: Block | None, block: Block) -> bool:
    if isinstance(previous, Quote) and isinstance(block, Quote):
        return True
    # A topic list starts with its marker line, which already ends the list before it.
    previous_is_list = isinstance(previous, ListBlock) or (
        isinstance(previous, TopicListBlock) and bool(_list(previous.items, False))
    )
    return previous_is_list and isinstance(block, ListBlock)


def _block(block: Block) -> str:
    match block:
        case Heading(text=text, level=level):
            line = inline_to_markdown(text)
            return "#" * level + " " + line if line else ""
        case Paragraph(text=text):
            return inline_to_markdown(text)
        case Quote(paragraphs=paragraphs):
            lines = [line for line in map(inline_to_markdown, paragraphs) if line]
            return "\n>\n".join("> " + line for line in lines)
        case ListBlock(items=items, ordered=ordered):
            return _list(items, ordered)
        case TableBlock(header=header, rows=rows):
            return _table(header, rows)
        case TopicListBlock(items=items, title=title, ordered=ordered):
            body = _list(items, ordered)
            # A blank line after the marker: Python-Markdown misplaces a comment block that
            # runs straight into a list once an earlier `<!--` sat in a code span.
            return "\n\n".join(filter(None, [_marker(title, ordered, bool(body)), body]))
    raise TypeError(f"not a block: {block!r}")


def _list(items: tuple[Inline, ...], ordered: bool) -> str:
    lines: list[str] = []
    for line in map(inline_to_markdown, items):
        if line:
            bullet = f"{len(lines) + 1}. " if ordered else "- "
            lines.append(bullet + line)
    return "\n".join(lines)


def _table(header: tuple[Inline, ...], rows: tuple[tuple[Inline, ...], ...]) -> str:
    lines = [_row(header), "|" + " --- |" * len(header)]
    lines.extend(_row(row) for row in rows)
    return "\n".join(lines)


def _row(cells: tuple[Inline, ...]) -> str:
    return "|" + "".join(f" {inline_to_markdown(c, in_table=True)} |" for c in cells)


def _marker(title: str, ordered: bool, has_items: bool) -> str:
    words = [TOPICS_MARKER, f'title="{escape_comment_value(title)}"']
    if ordered:
        words.append("ordered")
    if not has_items:
        # Without items the marker stands alone and must not claim the next list.
        words.append("empty")
    return "<!-- " + " ".join(words) + " -->"


# ---------------------------------------------------------------------------- canonical


def canonical_title(title: str) -> str:
    return clean_text(title)


def canonical_topic_title(title: str) -> str:
    # The marker keeps line breaks as character references; other controls cannot survive.
    return "".join(c for c in title if c in "\t\n\r" or unicodedata.category(c) != "Cc")


def canonical_document(document: Document) -> Document:
    """The document `from_markdown(to_markdown(document))` gives back.

    Besides the inline changes of `canonical_inline`: `source_id` is dropped, empty
    headings, paragraphs, quotes, list items and quote paragraphs are dropped, and an
    empty list disappears.
    """
    blocks: list[Block] = []
    for block in document.blocks:
        canonical = _canonical_block(block)
        if canonical is not None:
            blocks.append(canonical)
    return Document(title=canonical_title(document.title), blocks=tuple(blocks))


def _items(items: tuple[Inline, ...]) -> tuple[Inline, ...]:
    return tuple(canonical_inline(i) for i in items if canonical_inline(i))


def _canonical_block(block: Block) -> Block | None:
    match block:
        case Heading(text=text) | Paragraph(text=text):
            text = canonical_inline(text)
            return replace(block, text=text) if text else None
        case Quote(paragraphs=paragraphs):
            kept = _items(paragraphs)
            return Quote(kept) if kept else None
        case ListBlock(items=items, ordered=ordered):
            kept = _items(items)
            return ListBlock(kept, ordered=ordered) if kept else None
        case TableBlock(header=header, rows=rows):
            return TableBlock(
                header=tuple(canonical_inline(c, in_table=True) for c in header),
                rows=tuple(tuple(canonical_inline(c, in_table=True) for c in row) for row in rows),
            )
        case TopicListBlock(items=items, title=title, ordered=ordered):
            return TopicListBlock(_items(items), title=canonical_topic_title(title), ordered=ordered)
    raise TypeError(f"not a block: {block!r}")
