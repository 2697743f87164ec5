"""Markdown export for static sites: our GFM writer over the prepared article, with
optional YAML front matter (Hugo, Jekyll).

The body is the very Markdown the HTML export renders (`html.render_body`), so the two show
the same headings, lists, cells and links. Two additions the HTML shows its own way: the
standfirst is a paragraph under the title, and a table's caption a bold paragraph right
above it (GFM tables have no caption).

Front matter values are all double-quoted YAML strings (`yaml_string`): nothing in an
article's text can end the string, start a new key or close the `---` block, and `<`, `>`
and `&` are written as escapes so no renderer that forgets to strip front matter can read
markup in it.
"""

from __future__ import annotations

import unicodedata

from desktop_app.core.codecs.markdown_out import to_markdown
from desktop_app.core.document import Block, Document, Paragraph, TableBlock
from desktop_app.core.export.prepare import Prepared
from desktop_app.core.inline import Inline, Run

_YAML_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\t": "\\t",
    "\n": "\\n",
    "\r": "\\r",
    # Markup characters: harmless to YAML, escaped for renderers that show front matter.
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    # Line breaks to a YAML 1.1 reader, and the byte order mark.
    "\u0085": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
    "\ufeff": "\\ufeff",
}


def yaml_string(value: str) -> str:
    """`value` as a double-quoted YAML scalar that any YAML 1.1 or 1.2 reader reads back
    exactly."""
    out = ['"']
    for char in value:
        escape = _YAML_ESCAPES.get(char)
        if escape is not None:
            out.append(escape)
        elif unicodedata.category(char) in ("Cc", "Cs") or char in "\ufffe\uffff":
            # Not printable in YAML: C0 and C1 controls, DEL, lone surrogates.
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def yaml_front_matter(prepared: Prepared) -> str:
    """The `---` block: title, slug, summary, date, language, direction, event."""
    fields: list[tuple[str, str]] = [("title", prepared.head_title)]
    if prepared.slug:
        fields.append(("slug", prepared.slug))
    if prepared.summary:
        fields.append(("summary", prepared.summary))
    if prepared.date is not None:
        fields.append(("date", prepared.date.isoformat()))
    fields.append(("language", prepared.language))
    fields.append(("direction", prepared.direction))
    if prepared.event_title:
        fields.append(("event", prepared.event_title))
    lines = [f"{key}: {yaml_string(value)}" for key, value in fields]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _blocks(prepared: Prepared) -> tuple[Block, ...]:
    blocks: list[Block] = []
    if prepared.standfirst:
        blocks.append(Paragraph(Inline.plain(prepared.standfirst)))
    tables = 0
    for block in prepared.blocks:
        if isinstance(block, TableBlock):
            caption = prepared.captions[tables] if tables < len(prepared.captions) else ""
            tables += 1
            if caption:
                blocks.append(Paragraph(Inline((Run(caption, bold=True),))))
        blocks.append(block)
    return tuple(blocks)


def render_markdown(prepared: Prepared, *, front_matter: bool = False) -> str:
    body = to_markdown(Document(title=prepared.title, blocks=_blocks(prepared)))
    if not front_matter:
        return body
    head = yaml_front_matter(prepared)
    return head + ("\n" + body if body else "")
