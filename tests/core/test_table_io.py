from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.document import TableBlock
from desktop_app.core.errors import InputError
from desktop_app.core.inline import Inline
from desktop_app.core.table_io import (
    guess_has_header,
    guess_kinds,
    read_delimited,
    read_delimited_bytes,
    sniff_delimiter,
    table_block_to_csv,
    table_from_pasted,
    write_csv,
)

PROGRAMME = [
    ("الوقت", "الجلسة", "المتحدث"),
    ("09:00", "افتتاح الدورة 93", "عبد اللطيف حموشي"),
    ("10:30", "الجريمة السيبرانية، التحديات والحلول", "فالديسي أوركيزا"),
]


def _csv(rows, delimiter):
    return "\n".join(delimiter.join(row) for row in rows) + "\n"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_is_sniffed(delimiter):
    rows = [tuple(cell.replace("،", " و") for cell in row) for row in PROGRAMME]
    preview = read_delimited(_csv(rows, delimiter))
    assert preview.delimiter == delimiter
    assert preview.has_header
    assert preview.header == rows[0]
    assert preview.body == tuple(rows[1:])


def test_semicolon_file_with_commas_in_cells_as_french_excel_writes_it():
    text = "Heure;Séance;Prix\n09:00;Ouverture, accueil;1,5\n10:30;Panel, débat;2,75\n"
    preview = read_delimited(text)
    assert preview.delimiter == ";"
    assert preview.body[0] == ("09:00", "Ouverture, accueil", "1,5")


def test_quoted_fields_hold_delimiters_quotes_and_line_breaks():
    text = 'a,b\n"x, y","he said ""hi"""\n"line one\nline two",z\n'
    preview = read_delimited(text)
    assert preview.delimiter == ","
    assert preview.body == (("x, y", 'he said "hi"'), ("line one\nline two", "z"))


def test_utf8_bom_is_dropped():
    data = ("\ufeff" + _csv(PROGRAMME, ",")).encode("utf-8")
    preview = read_delimited_bytes(data, name="programme.csv")
    assert preview.header[0] == "الوقت"


def test_cp1256_file_is_decoded():
    text = "الوقت;الجلسة\n09:00;افتتاح الدورة\n10:30;جلسة العمل الأولى حول الجريمة\n"
    preview = read_delimited_bytes(text.encode("cp1256"), name="old.csv")
    assert preview.rows[1] == ("09:00", "افتتاح الدورة")


def test_ragged_rows_are_padded_and_blank_rows_dropped():
    text = "a,b,c\n1\n\n2,3\n,,\n4,5,6,\n"
    preview = read_delimited(text)
    assert preview.width == 3
    assert preview.rows == (("a", "b", "c"), ("1", "", ""), ("2", "3", ""), ("4", "5", "6"))


def test_cells_are_trimmed():
    assert read_delimited("a , b\n 1 ,2 \n").rows == (("a", "b"), ("1", "2"))


def test_excel_sep_hint_line():
    preview = read_delimited("sep=;\na;b,c\n1;2,3\n")
    assert preview.delimiter == ";"
    assert preview.rows[0] == ("a", "b,c")


def test_explicit_delimiter_overrides_sniffing():
    assert read_delimited("a;b,c\n", delimiter=",").rows == (("a;b", "c"),)
    with pytest.raises(InputError, match="one character"):
        read_delimited("a,b", delimiter=";;")


def test_single_column_file():
    preview = read_delimited("مراكش\nالرباط\n")
    assert preview.width == 1 and preview.delimiter == ","


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "blank"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"a,b\x00c\x00\x01\x02", "binary"),
        (b"\xff\xfe\xfa", "neither|binary|UTF"),
    ],
)
def test_unreadable_files_get_a_clear_message(data, message):
    with pytest.raises(InputError, match=message):
        read_delimited_bytes(data, name="x.csv")


def test_file_of_empty_rows_has_no_table():
    with pytest.raises(InputError, match="no table rows"):
        read_delimited(",,,\n , ,\n")


def test_header_detection():
    assert guess_has_header(PROGRAMME)
    assert not guess_has_header([("09:00", "افتتاح"), ("10:00", "جلسة")])  # starts with data
    assert guess_has_header([("Heure", "Salle"), ("09:00", "A"), ("10:00", "B")])
    assert guess_has_header([("اليوم", "عدد"), ("الاثنين", "12"), ("الثلاثاء", "30")])  # label over numbers
    assert not guess_has_header([("only one row", "x")])
    assert not guess_has_header([("", "12"), ("1", "2")])  # empty and typed first cells
    assert not guess_has_header([("أ", "ب"), ("أ", "ب"), ("ج", "د")])  # repeated below


def test_header_guess_can_be_overruled():
    preview = read_delimited("09:00,x\n10:00,y\n")
    assert not preview.has_header
    assert preview.header == ("", "")
    forced = preview.with_header(True)
    assert forced.header == ("09:00", "x") and forced.body == (("10:00", "y"),)
    assert read_delimited("09:00,x\n10:00,y\n", has_header=True).has_header


def test_guess_kinds():
    block = read_delimited("a,b,c\n09:00,x,2025-11-24\nfoo,y,\n10:00,z,24/11/2025\n").table_block()
    assert guess_kinds(block) == ["time", "text", "date"]


def test_guesses_on_a_long_table_look_at_cells_spread_over_every_column():
    # The first 30% of the time column is notes: a sample of the head alone would say text.
    lines = ["الوقت,الجلسة,التاريخ"]
    for i in range(25_000):
        when = "ملاحظة" if i < 7_500 else f"{9 + i % 9:02d}:{i % 60:02d}"
        lines.append(f"{when},جلسة {i},{1 + i % 28:02d}/11/2025")
    preview = read_delimited("\n".join(lines))
    assert preview.has_header
    assert guess_kinds(preview.table_block()) == ["time", "text", "date"]


def test_preview_to_table_block():
    block = read_delimited(_csv(PROGRAMME, "\t")).table_block()
    assert [cell.text for cell in block.header] == list(PROGRAMME[0])
    assert len(block.rows) == 2 and block.source_id is None


def test_export_has_bom_crlf_and_quotes_everything():
    data = write_csv(["الوقت", "الجلسة"], [["09:00", 'قال "نعم"، ثم'], ["10:00", "a;b"]])
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.split("\r\n")[0] == '"الوقت","الجلسة"'
    assert '"قال ""نعم""، ثم"' in text
    assert write_csv(["a"], [], bom=False) == b'"a"\r\n'


def test_table_block_export_drops_formatting():
    block = TableBlock(header=(Inline.plain("a"), Inline.plain("b")), rows=((Inline.plain("1"),),))
    assert table_block_to_csv(block, bom=False) == b'"a","b"\r\n"1",""\r\n'


def test_pasted_markdown_html_tsv_and_nothing():
    markdown = "| العنوان | التفاصيل |\n|---|---|\n| موقع الحدث | مراكش |\n"
    block = table_from_pasted(markdown)
    assert block is not None and block.rows[0][1].text == "مراكش"
    html = "<p>x</p><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"
    block = table_from_pasted("a b 1 2", html)
    assert block is not None and [c.text for c in block.header] == ["a", "b"]
    block = table_from_pasted("Heure\tSalle\n09:00\tA\n")
    assert block is not None and block.rows[0][0].text == "09:00"
    plain = "| موقع الحدث | مراكش |\n| مدة الدورة | 4 أيام |\n"
    assert table_from_pasted(plain) is not None
    assert table_from_pasted("just a sentence") is None
    assert table_from_pasted("", "<p>no table</p>") is None


def test_sniffing_ignores_delimiters_inside_quotes():
    assert sniff_delimiter('"a;b","c;d"\n"e;f","g;h"\n') == ","


# --- property: what we write we read back -----------------------------------------------

# Basic Arabic letters and ASCII: no character that could pass for mojibake or control.
_ALPHABET = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
_ALPHABET += list("abcXYZ019 ,;\t\"'|\n")
_cell = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=10).map(str.strip)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda width: st.tuples(
            st.lists(_cell.filter(bool), min_size=width, max_size=width),
            st.lists(
                st.lists(_cell, min_size=width, max_size=width).filter(lambda row: any(row)),
                max_size=6,
            ),
        )
    )
)
def test_csv_round_trip(table):
    header, rows = table
    preview = read_delimited_bytes(write_csv(header, rows), name="t.csv", has_header=True)
    assert preview.header == tuple(header)
    assert preview.body == tuple(tuple(row) for row in rows)
