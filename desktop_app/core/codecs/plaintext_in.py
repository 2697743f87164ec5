"""Plain wire copy (pasted from a website or an e-mail) to a `Document`.

Rules, in the order they apply:

* Clean-up: CRLF/CR become LF; NBSP and other fixed-width spaces become spaces; zero-width
  spaces, BOMs, soft hyphens and control characters go; ZWNJ/ZWJ stay. Runs of spaces
  collapse.
* Lines to units. Text is read one paragraph per line (the way our sample and most web
  copy arrive) unless it looks hard-wrapped: paragraphs separated by blank lines, at least
  one pair of consecutive prose lines, and at least 90% of prose lines no longer than
  100 characters (what e-mail clients produce). In hard-wrapped text consecutive prose
  lines join with a space; a list item absorbs the indented or wrapped lines under it; the
  first line of a block stays apart as a heading when it is heading-like and the line
  break after it cannot be a soft wrap (the next word would have fitted on the line).
* Markers: `#`..`####` headings (`#` is the title when no title is given and it is the
  first line, otherwise level 2; deeper than `####` is level 4); bullets `- `, `• `, `* `,
  `– `, `· `; numbered items `1.`, `1)`, `1-` with Western, Arabic-Indic or Persian digits
  (at most three digits, so a line opening with a year stays a paragraph). Consecutive
  items of the same kind make one list, even across blank lines.
* Tables: a row with an unescaped `|` followed by a delimiter row (`|---|:--:|`, outer
  pipes optional) opens a table; following lines holding a `|` are body rows. Two or more
  consecutive lines that start and end with `|` also make a table (first row = header).
  `\\|` is a literal pipe inside a cell; short rows are padded, the header grows to the
  widest row (within `table_limits`: wider rows fold into their last cell).
* Sub-headings without `#`: a line of at most 15 words and 120 characters, holding a
  letter, not ending in closing punctuation (. ! ? : ; , ، ؛ ؟ … even behind a closing
  quote), followed by a paragraph (that is not itself such a heading), a list or a table.
  Level 2.
* Title: `title` when given and not blank (a first line repeating it is dropped);
  otherwise a first line that is heading-like (or a `#` heading) and followed by more
  text; otherwise "" (the caller falls back to something). A long lead line always stays
  a paragraph.
* Inline text is plain; bare http(s) URLs become links.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from desktop_app.core.codecs.cleanup import clean, linkify, squeeze
from desktop_app.core.codecs.table_limits import fit_cells, table_width
from desktop_app.core.document import Block, Document, Heading, ListBlock, Paragraph, TableBlock
from desktop_app.core.inline import Inline

HEADING_MAX_WORDS = 15
HEADING_MAX_CHARS = 120
WRAPPED_MAX_LINE = 100
WRAPPED_SHARE = 0.9

_ATX = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^[-•*–·]\s+(.*\S)\s*$")
_NUMBER = re.compile(r"^(?:[0-9]{1,3}|[٠-٩]{1,3}|[۰-۹]{1,3})(?:[.)]|-(?=\s))\s+(.*\S)\s*$")
_DELIMITER_CELL = re.compile(r"^:?-+:?$")
_BARE_PIPE = re.compile(r"(?<!\\)\|")  # a pipe not escaped by a backslash
_CLOSING = ".!?:;,،؛؟…"
_CLOSING_WRAPPERS = "\"'»”’)]›"


@dataclass(slots=True)
class _Unit:
    """One logical line: a paragraph candidate, a list item, a table line or a heading."""

    kind: str  # "line", "bullet", "number", "row", "atx"
    text: str
    level: int = 0
    blank_before: bool = False
    cells: list[str] | None = None  # a row's cells, split once (tables can be long)


def from_plain_text(text: str, title: str | None = None) -> Document:
    raw_lines = clean(text).split("\n")
    lines = [squeeze(line) for line in raw_lines]
    indented = [line[:1] in (" ", "\t") for line in raw_lines]
    if _looks_wrapped(lines):
        units = _wrapped_units(lines, indented)
    else:
        units = [_classify(line, blank) for line, blank in _non_blank(lines)]
    doc_title = squeeze(clean(title)) if title else ""
    if doc_title and units and _bare(units[0]) == doc_title:
        units = units[1:]
    elif not doc_title and len(units) > 1 and _is_title(units[0]):
        doc_title = units[0].text
        units = units[1:]
    return Document(title=doc_title, blocks=tuple(_blocks(units)))


def _bare(unit: _Unit) -> str:
    return unit.text if unit.kind in ("line", "atx") else ""


def _is_title(unit: _Unit) -> bool:
    return (unit.kind == "atx" and unit.level == 1) or (unit.kind == "line" and _heading_like(unit.text))


def _non_blank(lines: list[str]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    blank = False
    for line in lines:
        if not line:
            blank = True
            continue
        out.append((line, blank))
        blank = False
    return out


def _classify(line: str, blank_before: bool = False) -> _Unit:
    if match := _ATX.match(line):
        return _Unit("atx", match.group(2), level=len(match.group(1)), blank_before=blank_before)
    if match := _BULLET.match(line):
        return _Unit("bullet", match.group(1), blank_before=blank_before)
    if match := _NUMBER.match(line):
        return _Unit("number", match.group(1), blank_before=blank_before)
    if (cells := _split_row(line)) is not None:
        return _Unit("row", line, blank_before=blank_before, cells=cells)
    return _Unit("line", line, blank_before=blank_before)


def _heading_like(text: str) -> bool:
    stripped = text.rstrip(_CLOSING_WRAPPERS)
    return (
        0 < len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and any(char.isalpha() for char in text)
        and not stripped.endswith(tuple(_CLOSING))
    )


# -- hard-wrapped text ------------------------------------------------------------------


def _looks_wrapped(lines: list[str]) -> bool:
    prose = [i for i, line in enumerate(lines) if line and _classify(line).kind == "line"]
    if not prose or "" not in lines[prose[0] : prose[-1] + 1]:
        return False
    if not any(b == a + 1 for a, b in itertools.pairwise(prose)):
        return False
    short = sum(1 for i in prose if len(lines[i]) <= WRAPPED_MAX_LINE)
    return short >= WRAPPED_SHARE * len(prose)


def _wrap_width(lines: list[str]) -> int:
    """The widest line that is followed by another line: the width the sender wrapped at."""
    widths = [len(a) for a, b in itertools.pairwise(lines) if a and b]
    return max(widths, default=0)


def _wrapped_units(lines: list[str], indented: list[bool]) -> list[_Unit]:
    width = _wrap_width(lines)
    units: list[_Unit] = []
    open_unit: _Unit | None = None  # the unit the next line may continue
    previous = ""
    blank = False
    for line, is_indented in zip(lines, indented, strict=True):
        if not line:
            blank, open_unit, previous = True, None, ""
            continue
        unit = _classify(line, blank)
        blank = False
        soft = bool(previous) and len(previous) + 1 + len(line.split()[0]) > width
        if unit.kind == "line" and open_unit is not None:
            continues_item = open_unit.kind in ("bullet", "number") and (is_indented or soft)
            continues_prose = open_unit.kind == "line" and (
                soft or not (open_unit.text == previous and _heading_like(previous))
            )
            if continues_item or continues_prose:
                open_unit.text += " " + line
                previous = line
                continue
        units.append(unit)
        open_unit = unit if unit.kind in ("line", "bullet", "number") else None
        previous = line
    return units


# -- blocks -----------------------------------------------------------------------------


def _blocks(units: list[_Unit]) -> list[Block]:
    blocks: list[Block] = []
    tables = _tables(units)
    headings = _implicit_headings(units, tables)
    i = 0
    while i < len(units):
        unit = units[i]
        table = tables.get(i)
        if table is not None:
            block, i = table
            blocks.append(block)
            continue
        if unit.kind in ("bullet", "number"):
            items: list[Inline] = []
            while i < len(units) and units[i].kind == unit.kind:
                items.append(linkify(units[i].text))
                i += 1
            blocks.append(ListBlock(tuple(items), ordered=unit.kind == "number"))
            continue
        if unit.kind == "atx":
            blocks.append(Heading(linkify(unit.text), level=min(max(unit.level, 2), 4)))
        elif headings[i]:
            blocks.append(Heading(linkify(unit.text), level=2))
        else:
            blocks.append(Paragraph(linkify(unit.text)))
        i += 1
    return blocks


def _tables(units: list[_Unit]) -> dict[int, tuple[TableBlock, int]]:
    """Tables by the index of their first unit (with the index after them)."""
    tables: dict[int, tuple[TableBlock, int]] = {}
    i = 0
    while i < len(units):
        table = _table_at(units, i)
        if table is None:
            i += 1
        else:
            tables[i] = table
            i = table[1]
    return tables


def _implicit_headings(units: list[_Unit], tables: dict[int, tuple[TableBlock, int]]) -> list[bool]:
    """Which units are `#`-less headings. Decided from the end backwards: a heading-like
    line heads the text after it only when that text is body (a paragraph that is not
    itself a heading, a list or a table)."""
    flags = [False] * len(units)
    for i in range(len(units) - 2, -1, -1):
        if not _heading_like(units[i].text) or units[i].kind not in ("line", "row"):
            continue
        following = units[i + 1]
        flags[i] = (
            following.kind in ("bullet", "number") or (following.kind == "line" and not flags[i + 1]) or i + 1 in tables
        )
    return flags


def _table_at(units: list[_Unit], i: int) -> tuple[TableBlock, int] | None:
    """The table starting at unit i and the index after it, or None."""
    first = units[i].cells if units[i].kind == "row" else None
    if first is None:
        return None
    rows: list[list[str]] = [first]
    j = i + 1
    delimiter = j < len(units) and _is_delimiter(units[j].cells)
    if delimiter:
        j += 1
    elif not _fully_piped(units[i].text):
        return None
    while j < len(units) and units[j].kind == "row":
        if not delimiter and not _fully_piped(units[j].text):
            break
        if not _is_delimiter(units[j].cells):
            rows.append(units[j].cells or [units[j].text])
        j += 1
    if not delimiter and len(rows) < 2:
        return None
    width = table_width([len(row) for row in rows])
    header = fit_cells([linkify(cell) for cell in rows[0]], width)
    body = tuple(fit_cells([linkify(cell) for cell in row], width) for row in rows[1:])
    return TableBlock(header=header, rows=body), j


def _fully_piped(line: str) -> bool:
    return len(line) > 1 and line.startswith("|") and line.endswith("|") and line[-2] != "\\"


def _is_delimiter(cells: list[str] | None) -> bool:
    return cells is not None and all(_DELIMITER_CELL.match(cell) for cell in cells)


def _split_row(line: str) -> list[str] | None:
    """Cells of a pipe-table row (`\\|` is a literal pipe), or None without a bare pipe.
    Split by a regex, not a walk over the characters: every line of a text is tried, and a
    pasted table of 28,000 rows took a second in the walk (fuzz test, seed 1)."""
    if "|" not in line:
        return None
    parts = _BARE_PIPE.split(line)
    if len(parts) == 1:
        return None
    cells = [part.replace("\\|", "|") for part in parts]
    if line.startswith("|"):
        cells = cells[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        cells = cells[:-1]
    stripped = [cell.strip() for cell in cells]
    return stripped if stripped else None
