"""Read-only rendering of an article for the library window's viewer (QTextBrowser).

Qt's rich-text engine lays table columns out left-to-right even in a right-to-left
document (DESIGN.md decision 1), so for a right-to-left article the cells of each row are
emitted in reverse: the reader sees the first column on the right, as in the export.
"""

from __future__ import annotations

import html

from desktop_app.core.arabic import direction_of
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


def inline_html(text: Inline) -> str:
    parts: list[str] = []
    for run in text.runs:
        chunk = html.escape(run.text).replace("\n", "<br>")
        if run.code:
            chunk = f"<code>{chunk}</code>"
        if run.italic:
            chunk = f"<i>{chunk}</i>"
        if run.bold:
            chunk = f"<b>{chunk}</b>"
        if run.href is not None:
            chunk = f'<a href="{html.escape(run.href)}">{chunk}</a>'
        parts.append(chunk)
    return "".join(parts)


def _dir(text: Inline, fallback: str) -> str:
    own = direction_of(text.text, fallback)
    align = "right" if own == "rtl" else "left"
    return f'dir="{own}" align="{align}"'


def _block_html(block: Block, direction: str) -> str:
    match block:
        case Heading(text=text, level=level):
            return f"<h{level} {_dir(text, direction)}>{inline_html(text)}</h{level}>"
        case Paragraph(text=text):
            return f"<p {_dir(text, direction)}>{inline_html(text)}</p>"
        case Quote(paragraphs=paragraphs):
            inner = "".join(f"<p {_dir(p, direction)}>{inline_html(p)}</p>" for p in paragraphs)
            return f"<blockquote>{inner}</blockquote>"
        case ListBlock(items=items, ordered=ordered) | TopicListBlock(items=items, ordered=ordered):
            tag = "ol" if ordered else "ul"
            title = ""
            if isinstance(block, TopicListBlock) and block.title:
                heading = Inline.plain(block.title)
                title = f"<p {_dir(heading, direction)}><b>{html.escape(block.title)}</b></p>"
            rows = "".join(f"<li {_dir(i, direction)}>{inline_html(i)}</li>" for i in items)
            return f'{title}<{tag} dir="{direction}">{rows}</{tag}>'
        case TableBlock(header=header, rows=rows):
            return _table_html(header, rows, direction)
    raise TypeError(f"not a block: {block!r}")


def _table_html(
    header: tuple[Inline, ...], rows: tuple[tuple[Inline, ...], ...], direction: str
) -> str:
    def ordered(cells: tuple[Inline, ...]) -> tuple[Inline, ...]:
        return tuple(reversed(cells)) if direction == "rtl" else cells

    align = "right" if direction == "rtl" else "left"
    head = "".join(f"<th {_dir(c, direction)}>{inline_html(c)}</th>" for c in ordered(header))
    body = "".join(
        "<tr>" + "".join(f"<td {_dir(c, direction)}>{inline_html(c)}</td>" for c in ordered(r)) + "</tr>"
        for r in rows
    )
    return (
        f'<table border="1" cellspacing="0" cellpadding="6" width="100%" align="{align}">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def document_html(document: Document, direction: str) -> str:
    """The article as HTML for QTextBrowser: the title as <h1>, then every block."""
    parts = []
    if document.title:
        title = Inline.plain(document.title)
        parts.append(f"<h1 {_dir(title, direction)}>{html.escape(document.title)}</h1>")
    parts.extend(_block_html(block, direction) for block in document.blocks)
    return "\n".join(parts)
