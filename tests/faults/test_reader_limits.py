"""What the fuzz test found in the readers, each pinned by a test of its own.

* Markdown: Python-Markdown is quadratic (or worse) on some shapes and one of its steps
  cannot be interrupted; a conversion past its deadline, a text past `MAX_CHARS` or a
  table past `table_limits` is read as plain text instead, every word kept.
* Markdown: `*` × 20,000 nests `<strong>` past Python's recursion limit: the inline
  reader walks with its own stack. A block of more than `MAX_BLOCK_MARKS` inline marks is
  read as plain text (Python-Markdown empties a queue of its elements from the front).
* Plain text and HTML: one row of 20,000 cells over thousands of short rows padded every
  row to 20,000 cells: tables are held to `MAX_COLUMNS` columns and `MAX_CELLS` cells,
  surplus cells folded into the row's last cell.
* CSV: such files are refused with their size (the reporter sees a preview first).
* HTML: finding the element to close walked the open-element stack (up to 200) for every
  start tag; it is indexed now, with the same result.
* HTML, and raw HTML in Markdown: Python 3.11's parser raised AssertionError on `<![<![`,
  and re-read the rest of the file from every `<` of markup left unfinished at its end
  (20,000 `<a `: 30 s).
"""

from __future__ import annotations

import time

import pytest

from desktop_app.core.codecs import markdown_in
from desktop_app.core.codecs.html_in import from_html
from desktop_app.core.codecs.html_tree import parse
from desktop_app.core.codecs.markdown_in import from_markdown
from desktop_app.core.codecs.plaintext_in import from_plain_text
from desktop_app.core.codecs.table_limits import MAX_CELLS, MAX_COLUMNS, fit_cells, table_width
from desktop_app.core.document import Heading, Paragraph, TableBlock
from desktop_app.core.errors import InputError
from desktop_app.core.inline import Inline, Run
from desktop_app.core.table_io import read_delimited, table_from_pasted
from desktop_app.core.textfile import decode_bytes

P = Inline.plain

# Not a speed target (shared machines are noisy; `make fuzz` reports timings): these
# inputs took minutes before, so finishing at all within this is the point.
HANG = 30.0


def _tables(document):
    return [block for block in document.blocks if isinstance(block, TableBlock)]


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_past_the_deadline_is_read_as_plain_text_and_the_parser_recovers(monkeypatch):
    monkeypatch.setattr(markdown_in, "PARSE_SECONDS", -1.0)  # every conversion is "too slow"
    document = from_markdown("## العنوان\n\nفقرة **غامقة** و[رابط](https://example.org)")
    # The marks stay literal, the words stay.
    assert "**غامقة**" in document.plain_text()
    assert "[رابط](https://example.org)" in document.plain_text()
    monkeypatch.undo()
    assert from_markdown("## العنوان\n\nفقرة **غامقة**").blocks == (
        Heading(P("العنوان"), level=2),
        Paragraph(Inline((Run("فقرة "), Run("غامقة", bold=True)))),
    )


@pytest.mark.parametrize(
    "text",
    [
        "p " + "[" * 16_000,  # 47 s before
        "p " + "![a](" * 4_000,
        "p\n" + "\n".join(["---"] * 50_000),  # minutes before
    ],
)
def test_markdown_shapes_python_markdown_is_slow_on_end_within_the_deadline(text):
    started = time.monotonic()
    document = from_markdown(text)
    assert time.monotonic() - started < HANG
    assert document.blocks


@pytest.mark.parametrize("raw", ["<div>a <![<![ b</div>", "<div><![ x", "<div>" + "<a " * 20_000])
def test_raw_html_that_python_cannot_parse_in_markdown(raw):
    started = time.monotonic()
    text = f"# عنوان\n\nفقرة\n\n{raw}"
    from_markdown(text)  # neither raises nor hangs
    assert time.monotonic() - started < HANG


def test_markdown_longer_than_max_chars_is_plain_text(monkeypatch):
    monkeypatch.setattr(markdown_in, "MAX_CHARS", 20)
    assert "**غامق**" in from_markdown("نص طويل بما يكفي **غامق**").plain_text()


def test_markdown_block_with_too_many_inline_marks_is_plain_text(monkeypatch):
    monkeypatch.setattr(markdown_in, "MAX_BLOCK_MARKS", 4)
    document = from_markdown("*واحد* و*اثنان*\n\n**غامق**")
    # Four marks in the first block are within the limit, so it stays Markdown...
    assert document.blocks[0] == Paragraph(Inline((Run("واحد", italic=True), Run(" و"), Run("اثنان", italic=True))))
    document = from_markdown("*واحد* و*اثنان* و*ثلاثة*\n\n**غامق**")
    # ...six are not: the whole text is read as plain text, the marks kept as typed.
    assert document.plain_text() == "*واحد* و*اثنان* و*ثلاثة*\n**غامق**"


def test_a_table_cell_of_150000_asterisks_is_read_quickly():
    text = "| الوقت | الجلسة |\n| --- | --- |\n| ٠٩:٠٠ | " + "*" * 150_000 + "=<{{:\r" + "*" * 131_000 + " |\n"
    started = time.monotonic()
    document = from_markdown(text)
    assert time.monotonic() - started < HANG
    assert document.plain_text().count("*") == 281_000


def test_markdown_emphasis_nested_past_the_recursion_limit():
    depth = 3_000
    document = from_markdown("*" * depth + "نص" + "*" * depth)
    assert "نص" in document.plain_text()


def test_markdown_table_too_wide_to_pad_is_read_as_plain_text_with_its_text():
    header = "|" + "|".join(f"c{i}" for i in range(MAX_COLUMNS + 50)) + "|"
    separator = "|" + "|".join("---" for _ in range(MAX_COLUMNS + 50)) + "|"
    document = from_markdown(f"{header}\n{separator}\n|a|b|\n")
    (table,) = _tables(document)
    assert table.width == MAX_COLUMNS
    assert "c249" in table.header[-1].text  # folded into the last cell, not dropped


def test_an_ordinary_markdown_table_is_still_markdown():
    document = from_markdown("| الوقت | الجلسة |\n| --- | --- |\n| ٠٩:٠٠ | **الافتتاح** |\n")
    (table,) = _tables(document)
    assert table.rows[0][1] == Inline((Run("الافتتاح", bold=True),))


# --- tables read from text ----------------------------------------------------------------


def test_table_width_rules():
    assert table_width([3, 3, 5]) == 5
    assert table_width([MAX_COLUMNS + 10]) == MAX_COLUMNS
    # One wide row over many narrow ones: the median row decides.
    lengths = [3] * 50_000 + [20_000]
    assert table_width(lengths) == 3
    assert table_width([1] * (MAX_CELLS * 2)) == 1


def test_fit_cells_folds_surplus_into_the_last_cell_as_table_block_does():
    cells = [P("a"), P("b"), Inline(), P("c"), Inline((Run("d", bold=True),))]
    folded = fit_cells(cells, 2)
    assert folded == TableBlock(header=(P("x"), P("y")), rows=(tuple(cells),)).rows[0]
    assert folded == (P("a"), Inline((Run("b c "), Run("d", bold=True))))
    assert fit_cells([P("a")], 3) == (P("a"), Inline(), Inline())


def test_plain_text_table_with_one_huge_row_stays_in_proportion():
    rows = ["| a | b | c |"] * 5_000
    rows.insert(10, "| x " * 20_000 + "|")
    document = from_plain_text("\n".join(["| الوقت | الجلسة | القاعة |", "|---|---|---|", *rows]))
    (table,) = _tables(document)
    assert 3 <= table.width < MAX_COLUMNS
    assert table.width * (len(table.rows) + 1) <= MAX_CELLS
    assert len(table.rows) == 5_001
    assert " ".join(cell.text for cell in table.rows[10]).split() == ["x"] * 20_000  # every cell kept


def test_html_table_with_one_huge_row_stays_in_proportion():
    rows = "".join("<tr><td>a<td>b</tr>" for _ in range(5_000))
    wide = "<tr>" + "<td>x" * 20_000 + "</tr>"
    document = from_html(f"<table><tr><th>1<th>2</tr>{wide}{rows}</table>")
    (table,) = _tables(document)
    assert 2 <= table.width < MAX_COLUMNS
    assert table.width * (len(table.rows) + 1) <= MAX_CELLS
    assert " ".join(cell.text for cell in table.rows[0]).split() == ["x"] * 20_000


def test_csv_wider_than_max_columns_is_refused_with_its_size():
    with pytest.raises(InputError) as refused:
        read_delimited(",".join(["a"] * (MAX_COLUMNS + 1)) + "\n1,2\n", name="wide.csv")
    assert "201 columns" in str(refused.value)
    assert read_delimited(",".join(["a"] * MAX_COLUMNS) + "\n").width == MAX_COLUMNS


def test_csv_past_max_cells_is_refused_with_its_size():
    text = "\n".join(["a,b"] * (MAX_CELLS // 2 + 1))
    with pytest.raises(InputError) as refused:
        read_delimited(text, name="long.csv")
    assert f"at most {MAX_CELLS} cells" in str(refused.value)


def test_pasting_a_long_tab_separated_table_is_not_refused():
    block = table_from_pasted("\n".join(["a\tb"] * (MAX_CELLS // 2 + 1)))
    assert block is not None and block.width == 2


# --- HTML tree and text files ----------------------------------------------------------------


def test_implied_closes_still_stop_at_table_cells():
    # A <div> in a cell does not close the <p> the cell is in; a <div> outside the cell does.
    root = parse("<p>قبل<span><td>خلية<div>داخل</div></td></span><div>بعد</div>")
    p, after = root.children
    assert (p.tag, after.tag) == ("p", "div")
    (span,) = (child for child in p.children if not isinstance(child, str))
    (cell,) = span.children
    assert [getattr(child, "tag", child) for child in cell.children] == ["خلية", "div"]


def test_dense_markup_reads_in_linear_time():
    started = time.monotonic()
    document = from_html("<b>" * 199 + "<p>نص" * 100_000)
    assert time.monotonic() - started < HANG
    assert document.plain_text().count("نص") == 100_000


def test_control_characters_are_still_counted_for_the_binary_check():
    with pytest.raises(InputError):
        decode_bytes(b"text\x01\x02" + b"a" * 100, name="x.txt")
    assert decode_bytes(b"line\tone\x0cline two\r\n" * 10, name="x.txt").startswith("line")


def test_malformed_marked_section_is_a_bogus_comment_not_a_crash():
    document = from_html("<p>قبل<![ كلام ]>بعد</p><p>x <![<![ y></p><p>z</p>")
    assert [block_text for block_text in document.plain_text().split("\n")] == ["قبلبعد", "x", "z"]


@pytest.mark.parametrize("unit", ["<a ", "<a b='", "<!--", "<![CDATA[", "<?", "</"])
def test_markup_unfinished_at_the_end_is_dropped_at_once(unit):
    started = time.monotonic()
    document = from_html("<p>نص كامل</p><p>ثم" + unit * 20_000)
    assert time.monotonic() - started < HANG
    assert document.plain_text().split("\n") == ["نص كامل", "ثم"]


def test_an_unclosed_comment_hides_the_rest_as_in_a_browser():
    assert from_html("<p>واحد</p><!-- لم يغلق <p>اثنان</p>").plain_text() == "واحد"


def test_a_long_run_of_spaces_is_not_a_time_without_backtracking():
    # Found by the fuzz test (seed 3): the range splitter's leading \s* backtracked over
    # 40,000 spaces for a minute on a CSV cell, and after that was made possessive it still
    # rescanned the run from each of its characters (10 s on 97,000 spaces).
    from desktop_app.core.agenda_values import is_time, parse_time_range

    started = time.monotonic()
    for cell in ("x" + " " * 40_000 + "x", '"' + " " * 97_000 + ",a", "a," + " " * 40_000 + '"'):
        assert not is_time(cell)
    assert time.monotonic() - started < HANG
    assert parse_time_range("10:00 - 11:30") == (600, 690)
    assert parse_time_range("10:00 صباحاً  -  11:30 مساءً") == (600, 1410)
    assert parse_time_range("10h à 11h") == (600, 660)


def test_guessing_column_kinds_of_the_fuzz_csv_cell_finishes():
    # The shape of seed 3's CSV input #200: a quoted cell of quotes, spaces and ",a" runs.
    from desktop_app.core.document import TableBlock
    from desktop_app.core.table_io import guess_kinds

    cell = "سطر\nثان " + '"' * 6_000 + " " * 90_000 + ",a" * 12_000 + "\nداخل الخلية"
    block = TableBlock(header=(P("الوقت"), P("الجلسة")), rows=((P("10:00"), P(cell)), (P("11:30"), P("اختتام"))))
    started = time.monotonic()
    kinds = guess_kinds(block)
    assert time.monotonic() - started < HANG
    assert kinds[0] == "time" and kinds[1] != "time"


def test_a_long_pasted_pipe_table_keeps_every_cell_and_escaped_pipe():
    # Found by the fuzz test (seed 1, txt #621): 28,000 rows, each split four times by a
    # walk over its characters. Split once by a regex now, with the same cells.
    rows = "\n".join(f"| {i} | جلسة \\| {i} | x |" for i in range(30_000))
    started = time.monotonic()
    document = from_plain_text("| رقم | الجلسة | ملاحظة |\n|---|---|---|\n" + rows)
    assert time.monotonic() - started < HANG
    (table,) = _tables(document)
    assert len(table.rows) == 30_000
    assert [cell.text for cell in table.rows[-1]] == ["29999", "جلسة | 29999", "x"]
