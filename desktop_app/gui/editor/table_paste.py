"""Clipboard contents to a rectangle of cells, for pasting into a table block.

Order of preference: an HTML table (keeps bold, links: what a reporter copies from a
web page or a spreadsheet); tab-separated text (a spreadsheet's plain copy); a Markdown
or plain pipe table; otherwise one cell per line. The pasted table's header row is
pasted as an ordinary row: the paste starts at the current cell, whichever row it is.
No Qt here: the editor hands over the clipboard's text/html and text/plain strings.
"""

from __future__ import annotations

import csv
import io

from desktop_app.core.document import Document, TableBlock
from desktop_app.core.inline import Inline

Cells = list[list[Inline]]


def cells_from_clipboard(html: str | None, text: str | None) -> Cells:
    """The cells to paste, row by row; an empty list when there is nothing to paste."""
    # The codecs are imported here, at the first paste: the editor is on screen long
    # before anyone pastes, and start-up should not pay for parsers (DESIGN.md decision 9).
    from desktop_app.core.codecs.html_in import from_html
    from desktop_app.core.codecs.plaintext_in import from_plain_text

    if html and "<table" in html.lower() and (table := _first_table(from_html(html))):
        return _rows(table)
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line for line in text.split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()  # spreadsheets end the copy with a newline
    if not lines:
        return []
    if any("\t" in line for line in lines):
        return _tsv("\n".join(lines))
    if any("|" in line for line in lines):
        from desktop_app.core.codecs.markdown_in import from_markdown

        table = _first_table(from_markdown(text)) or _first_table(from_plain_text(text))
        if table:
            return _rows(table)
    return [[Inline.plain(line.strip())] if line.strip() else [Inline()] for line in lines]


def _tsv(text: str) -> Cells:
    # The csv reader undoes the quoting spreadsheets add around cells holding tabs or newlines.
    reader = csv.reader(io.StringIO(text), delimiter="\t")
    return [[Inline.plain(cell.strip().replace("\n", " ")) if cell.strip() else Inline() for cell in row]
            for row in reader]


def _first_table(document: Document) -> TableBlock | None:
    return next((b for b in document.blocks if isinstance(b, TableBlock)), None)


def _rows(table: TableBlock) -> Cells:
    return [list(table.header), *(list(row) for row in table.rows)]
