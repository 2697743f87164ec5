"""Tables in and out: CSV/TSV files, pasted tables, CSV export.

Reading returns a `TablePreview` (every row, the delimiter found, a header guess) so the
GUI can show the table before it is stored and let the reporter overrule the guesses.
`guess_kinds` gives an imported or pasted table's columns their kinds (time, date, text).

Bytes are decoded by `core.textfile.decode_bytes`: UTF-8 with or without BOM, UTF-16/32
with a BOM, Windows-1256 when it reads as Arabic; empty, binary and garbled files are
refused with their own message.

Export writes UTF-8 WITH a byte-order mark: Excel opens a BOM-less UTF-8 CSV as the
machine's ANSI code page and shows Arabic as mojibake; with the BOM it reads UTF-8.
LibreOffice and Python's `utf-8-sig` accept the BOM too. Every field is quoted, so a
cell holding `;` or a tab cannot mislead the delimiter sniffing when the file comes back.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop_app.core.agenda_values import is_time, parse_date
from desktop_app.core.arabic import fold_for_search, to_western_digits
from desktop_app.core.codecs.table_limits import MAX_CELLS, MAX_COLUMNS
from desktop_app.core.document import TableBlock
from desktop_app.core.errors import QT_TRANSLATE_NOOP, InputError
from desktop_app.core.inline import Inline
from desktop_app.core.textfile import decode_bytes

DELIMITERS = ("\t", ";", ",")  # preference order on a tie: prose holds commas, not tabs
# The limits of `codecs.table_limits`: beyond them a file is not an agenda table, and
# storing it would take many seconds (a 41,532-column line took 7 s). Here, where the
# reporter sees a preview, `read_delimited` refuses such a file with its size.
BOM = "\ufeff"
KIND_GUESS_SHARE = 0.6  # a column is "time" when this share of its filled cells are times
_SEP_HINT = re.compile(r"^sep=(.)\r?\n")  # Excel's "sep=;" first line
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?%?$")
_HEADER_WORDS = frozenset(
    fold_for_search(word)
    for word in (
        "الوقت", "التوقيت", "الساعة", "التاريخ", "اليوم", "الجلسة", "الموضوع", "المتحدث",
        "المتدخل", "المتدخلون", "القاعة", "المكان", "العنوان", "التفاصيل", "البند", "النشاط",
        "time", "date", "day", "session", "topic", "speaker", "speakers", "room", "venue",
        "title", "details", "heure", "jour", "séance", "sujet", "intervenant", "intervenants",
        "salle", "lieu", "titre", "détails", "horaire", "programme",
    )
)


@dataclass(frozen=True)
class TablePreview:
    """What a CSV/TSV file holds, before anything is stored. `rows` includes the first
    row; `has_header` says whether it is taken as the header (a guess until the GUI's
    check box sets it with `with_header`)."""

    rows: tuple[tuple[str, ...], ...]
    delimiter: str
    has_header: bool
    width: int

    @property
    def header(self) -> tuple[str, ...]:
        return self.rows[0] if self.has_header and self.rows else ("",) * self.width

    @property
    def body(self) -> tuple[tuple[str, ...], ...]:
        return self.rows[1:] if self.has_header else self.rows

    def with_header(self, has_header: bool) -> TablePreview:
        return replace(self, has_header=has_header)

    def table_block(self) -> TableBlock:
        return TableBlock(
            header=tuple(Inline.plain(cell) for cell in self.header),
            rows=tuple(tuple(Inline.plain(cell) for cell in row) for row in self.body),
        )


# --- reading ----------------------------------------------------------------------------


def read_delimited_bytes(
    data: bytes, *, name: str = "", delimiter: str | None = None, has_header: bool | None = None
) -> TablePreview:
    """Decode and read a CSV/TSV file's bytes; see `read_delimited`."""
    return read_delimited(decode_bytes(data, name=name or "CSV"), name=name, delimiter=delimiter, has_header=has_header)


def read_delimited(
    text: str, *, name: str = "", delimiter: str | None = None, has_header: bool | None = None
) -> TablePreview:
    """Rows of a CSV/TSV text. The delimiter (tab, semicolon or comma) is sniffed unless
    given; quoted fields may hold delimiters, quotes and line breaks; cells are trimmed;
    ragged rows are padded to the widest; rows with only empty cells are dropped. More
    than `MAX_COLUMNS` columns or `MAX_CELLS` cells are refused."""
    preview = _read(text, name=name, delimiter=delimiter, has_header=has_header)
    label = name or "CSV"
    if preview.width > MAX_COLUMNS:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "{name}: the table has {count} columns; Hadath takes at most {limit}."),
            name=label,
            count=preview.width,
            limit=MAX_COLUMNS,
        )
    if preview.width * len(preview.rows) > MAX_CELLS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "errors", "{name}: the table has {rows} rows of {columns} cells; Hadath takes at most {limit} cells."
            ),
            name=label,
            rows=len(preview.rows),
            columns=preview.width,
            limit=MAX_CELLS,
        )
    return preview


def _read(text: str, *, name: str, delimiter: str | None, has_header: bool | None) -> TablePreview:
    label = name or "CSV"
    text = text.removeprefix(BOM)
    if hint := _SEP_HINT.match(text):
        delimiter = delimiter or hint[1]
        text = text[hint.end() :]
    if not text.strip():
        raise InputError(QT_TRANSLATE_NOOP("errors", "{name}: the file holds no table rows."), name=label)
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    elif len(delimiter) != 1:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "“{value}” cannot separate columns: use one character."),
            value=delimiter,
        )
    rows = _parse(text, delimiter)
    if not rows:
        raise InputError(QT_TRANSLATE_NOOP("errors", "{name}: the file holds no table rows."), name=label)
    width = max(len(row) for row in rows)
    padded = tuple(tuple(row) + ("",) * (width - len(row)) for row in rows)
    guess = guess_has_header(padded) if has_header is None else has_header
    return TablePreview(rows=padded, delimiter=delimiter, has_header=guess, width=width)


def _parse(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True)
    rows: list[list[str]] = []
    try:
        for raw in reader:
            cells = [cell.strip() for cell in raw]
            while cells and not cells[-1]:
                cells.pop()  # Excel pads short rows with trailing delimiters
            if cells:
                rows.append(cells)
    except csv.Error as exc:  # pragma: no cover - non-strict readers rarely raise
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the table: {reason}"), reason=str(exc)
        ) from exc
    return rows


def sniff_delimiter(text: str, candidates: Sequence[str] = DELIMITERS) -> str:
    """The candidate that splits the most rows into the same number (more than one) of
    fields, parsing quotes as a CSV reader does; ties go to the earlier candidate. A
    table of one column gives a comma."""
    sample = text[:64 * 1024]
    scores: list[tuple[float, int, str]] = []
    for rank, delimiter in enumerate(candidates):
        if delimiter not in sample:
            continue
        try:
            # strict: a quote closed before something other than this delimiter means the
            # quotes belong to another delimiter's fields.
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, strict=True)
            widths = [len(row) for row in reader if row]
        except csv.Error:
            continue
        if len(text) > len(sample) and len(widths) > 1:
            widths = widths[:-1]  # the sample may cut the last row short
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width > 1:
            scores.append((count / len(widths), -rank, delimiter))
    return max(scores)[2] if scores else ","


# Guesses look at this many cells of a column at most, spread evenly over it: the share of
# times or dates in 500 cells is the share in 25,000, and an import of that size must not
# spend seconds guessing (fuzz test, seed 2).
GUESS_SAMPLE = 500


def _sample(values: list[str]) -> list[str]:
    if len(values) <= GUESS_SAMPLE:
        return values
    step = len(values) / GUESS_SAMPLE
    return [values[int(index * step)] for index in range(GUESS_SAMPLE)]


def _typed(cell: str) -> bool:
    """A cell of data rather than a label: a number, a time or a date."""
    value = to_western_digits(cell.strip())
    return bool(_NUMBER.match(value)) or is_time(value) or parse_date(value) is not None


def guess_has_header(rows: Sequence[Sequence[str]]) -> bool:
    """Whether the first row names the columns. Votes per column: a first cell that is a
    known column name (الوقت, Heure, Speaker…) or a label over typed data (times, dates,
    numbers) votes yes; a typed first cell, an empty one, or one repeated below votes no;
    in text columns a first cell shorter than the cells below leans yes. A file of one
    row has no header; with no evidence either way, yes: spreadsheets nearly always
    carry one."""
    if len(rows) < 2:
        return False
    first, body = rows[0], rows[1:]
    score = 0.0
    for column, cell in enumerate(first):
        below = [row[column] for row in body if column < len(row) and row[column].strip()]
        if not cell.strip():
            score -= 1
            continue
        if fold_for_search(cell.strip().rstrip(":")) in _HEADER_WORDS:
            score += 2
            continue
        if _typed(cell):
            score -= 1
            continue
        if cell in below:
            score -= 1
            continue
        sample = _sample(below)
        typed_below = sum(1 for value in sample if _typed(value))
        if sample and typed_below * 2 > len(sample):
            score += 1
        elif sample:
            lengths = sorted(len(value) for value in sample)
            if len(cell) < lengths[len(lengths) // 2]:
                score += 0.5
    return score >= 0


def guess_kinds(block: TableBlock, default_year: int | None = None) -> list[str]:
    """Column kinds for an imported or pasted table: time or date when most filled cells
    of the column read as such (dates without a year in `default_year`), text otherwise."""
    kinds = []
    for column in range(block.width):
        filled = [row[column].text.strip() for row in block.rows if column < len(row) and row[column].text.strip()]
        values = _sample(filled)
        if values and sum(1 for value in values if is_time(value)) >= KIND_GUESS_SHARE * len(values):
            kinds.append("time")
        elif values and sum(
            1 for value in values if parse_date(value, default_year=default_year) is not None
        ) >= KIND_GUESS_SHARE * len(values):
            kinds.append("date")
        else:
            kinds.append("text")
    return kinds


# --- writing ----------------------------------------------------------------------------


def write_csv(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, delimiter: str = ",", bom: bool = True
) -> bytes:
    """CSV bytes (UTF-8 with BOM by default, CRLF line ends, every field quoted) of a
    header and rows; see the module docstring for why the BOM."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(list(header))
    writer.writerows(list(row) for row in rows)
    return ((BOM if bom else "") + buffer.getvalue()).encode("utf-8")


def table_block_to_csv(block: TableBlock, *, delimiter: str = ",", bom: bool = True) -> bytes:
    """A table block as CSV; cell formatting (bold, links) is dropped, text kept."""
    return write_csv(
        [cell.text for cell in block.header],
        [[cell.text for cell in row] for row in block.rows],
        delimiter=delimiter,
        bom=bom,
    )


# --- pasting ----------------------------------------------------------------------------


def table_from_pasted(text: str, html: str | None = None) -> TableBlock | None:
    """The first table in what was pasted, or None. HTML first (a web page or a word
    processor puts one on the clipboard), then a Markdown or plain pipe table, then
    tab-separated lines (what Excel and LibreOffice put on the clipboard as text)."""
    from desktop_app.core.codecs.html_in import from_html
    from desktop_app.core.codecs.markdown_in import from_markdown
    from desktop_app.core.codecs.plaintext_in import from_plain_text

    if html and html.strip():
        found = _first_table(from_html(html).blocks)
        if found is not None:
            return found
    if not text.strip():
        return None
    if "|" in text:
        for codec in (from_markdown, from_plain_text):
            found = _first_table(codec(text).blocks)
            if found is not None:
                return found
    if "\t" in text:
        # Unbounded, as pasting has always been: the paste commands show no refusal.
        preview = _read(text, name="", delimiter="\t", has_header=None)
        if preview.width > 1:
            return preview.table_block()
    return None


def _first_table(blocks: Sequence[object]) -> TableBlock | None:
    return next((block for block in blocks if isinstance(block, TableBlock)), None)
