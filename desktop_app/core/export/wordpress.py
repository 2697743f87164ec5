"""WordPress block-editor markup: what pasting into the code editor turns into native blocks.

Written the way WordPress serialises blocks itself (`serializeBlock` in @wordpress/blocks):
`<!-- wp:name {json} -->`, a line break, the HTML the block's save() produces, a line break,
`<!-- /wp:name -->`; blocks and inner blocks separated by a blank line; attributes equal to
their default left out (so a level-2 heading has none), and `--`, `<`, `>`, `&` and `\\"`
escaped inside the JSON. The HTML must match save() exactly or the editor flags the block
as invalid, which is why it is written here rather than taken from the HTML export:

- core/heading `<h3 class="wp-block-heading">`; core/paragraph `<p>`, with the block's
  `direction` attribute and `dir`; core/list `<ul class="wp-block-list">` holding
  core/list-item blocks; core/quote `<blockquote class="wp-block-quote">` holding paragraph
  blocks; core/table `<figure class="wp-block-table"><table>` with `<th scope="col">` and
  the caption as `<figcaption class="wp-element-caption">` (WordPress 6.3 to 6.8).
- Inline marks nest as WordPress's rich-text serialiser nests them (link, bold, italic,
  code; an element stays open across runs that share it), so parsing and saving again
  gives the same HTML.

Direction: paragraphs carry it as data, since a WordPress site runs in one direction and
the article may run in the other. Headings, list items and table cells have no direction
attribute and a `dir` their save() did not write would make the block invalid, so text
that runs against the article is wrapped in Unicode isolates (LRI/RLI ... PDI) instead.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from typing import Any

from desktop_app.core.arabic import strong_direction
from desktop_app.core.codecs.markdown_escape import clean_text
from desktop_app.core.document import Block, Heading, ListBlock, Paragraph, Quote, TableBlock, TopicListBlock
from desktop_app.core.export.prepare import Prepared
from desktop_app.core.inline import Inline, Run

_ISOLATE = {"ltr": "\u2066", "rtl": "\u2067"}
_POP_ISOLATE = "\u2069"


def serialize_attributes(attributes: dict[str, Any]) -> str:
    """JSON as WordPress's `serializeAttributes` writes it into a block comment."""
    text = json.dumps(attributes, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("--", "\\u002d\\u002d")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace('\\"', "\\u0022")
    )


def block(name: str, content: str, attributes: dict[str, Any] | None = None) -> str:
    json_part = serialize_attributes(attributes) + " " if attributes else ""
    return f"<!-- wp:{name} {json_part}-->\n{content}\n<!-- /wp:{name} -->"


# ---------------------------------------------------------------------------- inline


def _text(text: str) -> str:
    # `>` too, although WordPress leaves it: a `-->` in the text then never appears.
    return html.escape(clean_text(text), quote=False)


def _opening(mark: tuple[str, str]) -> str:
    tag, href = mark
    return f'<a href="{html.escape(href, quote=True)}">' if tag == "a" else f"<{tag}>"


def _marks(run: Run) -> list[tuple[str, str]]:
    marks: list[tuple[str, str]] = []
    if run.href is not None:
        marks.append(("a", run.href))
    if run.bold:
        marks.append(("strong", ""))
    if run.italic:
        marks.append(("em", ""))
    if run.code:
        marks.append(("code", ""))
    return marks


def inline_html(inline: Inline) -> str:
    """Runs as rich-text HTML: each run's marks in a fixed order (link, strong, em, code),
    elements shared with the previous run kept open, as rich-text's `toTree` does."""
    out: list[str] = []
    open_marks: list[tuple[str, str]] = []
    for run in inline.runs:
        text = _text(run.text)
        if not text:
            continue
        marks = _marks(run)
        keep = 0
        while keep < len(open_marks) and keep < len(marks) and open_marks[keep] == marks[keep]:
            keep += 1
        out.extend(f"</{tag}>" for tag, _href in reversed(open_marks[keep:]))
        out.extend(_opening(mark) for mark in marks[keep:])
        open_marks = marks
        out.append(text)
    out.extend(f"</{tag}>" for tag, _href in reversed(open_marks))
    return "".join(out)


def _isolated(inline: Inline, direction: str) -> str:
    content = inline_html(inline)
    own = strong_direction(inline.text)
    if content and own is not None and own != direction:
        return _ISOLATE[own] + content + _POP_ISOLATE
    return content


# ---------------------------------------------------------------------------- blocks


def _paragraph(inline: Inline, direction: str) -> str:
    own = strong_direction(inline.text) or direction
    # Left out only where both run left to right: the WordPress site may run either way.
    if own == "ltr" and direction == "ltr":
        return block("paragraph", f"<p>{inline_html(inline)}</p>")
    return block("paragraph", f'<p dir="{own}">{inline_html(inline)}</p>', {"direction": own})


def _heading(inline: Inline, level: int, direction: str) -> str:
    attributes = {"level": level} if level != 2 else None
    content = f'<h{level} class="wp-block-heading">{_isolated(inline, direction)}</h{level}>'
    return block("heading", content, attributes)


def _list(items: tuple[Inline, ...], ordered: bool, direction: str) -> str:
    entries = [block("list-item", f"<li>{_isolated(item, direction)}</li>") for item in items if item.text.strip()]
    if not entries:
        return ""
    tag = "ol" if ordered else "ul"
    content = f'<{tag} class="wp-block-list">' + "\n\n".join(entries) + f"</{tag}>"
    return block("list", content, {"ordered": True} if ordered else None)


def _quote(paragraphs: tuple[Inline, ...], direction: str) -> str:
    inner = [_paragraph(p, direction) for p in paragraphs if p.text.strip()]
    if not inner:
        return ""
    return block("quote", '<blockquote class="wp-block-quote">' + "\n\n".join(inner) + "</blockquote>")


def _table(table: TableBlock, caption: str, direction: str) -> str:
    def row(cells: tuple[Inline, ...], tag: str) -> str:
        scope = ' scope="col"' if tag == "th" else ""
        return "<tr>" + "".join(f"<{tag}{scope}>{_isolated(c, direction)}</{tag}>" for c in cells) + "</tr>"

    parts = ["<thead>", row(table.header, "th"), "</thead>"]
    if table.rows:
        parts += ["<tbody>", *(row(r, "td") for r in table.rows), "</tbody>"]
    figcaption = ""
    if caption:
        text = _isolated(Inline.plain(caption), direction)
        figcaption = f'<figcaption class="wp-element-caption">{text}</figcaption>'
    content = '<figure class="wp-block-table"><table>' + "".join(parts) + "</table>" + figcaption + "</figure>"
    # Auto layout: a fact box's short labels and long details should not get equal columns.
    # Written out: the default was auto in older WordPress and is fixed in newer ones.
    return block("table", content, {"hasFixedLayout": False})


def _body(prepared: Prepared) -> Iterator[str]:
    direction = prepared.direction
    if prepared.title:
        yield _heading(Inline.plain(prepared.title), 1, direction)
    if prepared.standfirst:
        yield _paragraph(Inline.plain(prepared.standfirst), direction)
    tables = 0
    for item in prepared.blocks:
        yield _block(item, direction, prepared.captions[tables] if tables < len(prepared.captions) else "")
        if isinstance(item, TableBlock):
            tables += 1


def _block(item: Block, direction: str, caption: str) -> str:
    match item:
        case Heading(text=text, level=level):
            return _heading(text, level, direction) if text.text.strip() else ""
        case Paragraph(text=text):
            return _paragraph(text, direction) if text.text.strip() else ""
        case Quote(paragraphs=paragraphs):
            return _quote(paragraphs, direction)
        case ListBlock(items=items, ordered=ordered) | TopicListBlock(items=items, ordered=ordered):
            return _list(items, ordered, direction)
        case TableBlock():
            return _table(item, caption, direction)
    raise TypeError(f"not a block: {item!r}")


def render_wordpress(prepared: Prepared) -> str:
    blocks = [text for text in _body(prepared) if text]
    return "\n\n".join(blocks) + "\n" if blocks else ""
