"""Hypothesis strategies for documents full of Markdown troublemakers.

Restrictions (everything else the model allows is generated):
- no control characters except tab and newline in inline text; newlines, tabs and
  non-breaking spaces are generated, and the tests compare against `canonical_document`,
  which says what the round trip keeps (newlines become spaces, whitespace leaves the
  inner edge of emphasis and code, empty blocks and items vanish, source_id is dropped);
- link targets use a URL-like alphabet (no whitespace other than an inner space, no `:`
  after the start) so markdown-it's link validation and punycode stay out of the way;
- code runs never hold `]:`: a link opening a line whose text is such a code span reads
  as a link reference definition in CommonMark and Python-Markdown alike, and code spans
  cannot be escaped (ordinary text writes that `]` as `&#93;`); nor `<!--`, which
  Python-Markdown's raw-HTML preprocessor takes for the start of a comment before it
  sees code spans (ordinary text writes `<` as `&lt;`).
"""

from __future__ import annotations

from hypothesis import strategies as st

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
from desktop_app.core.inline import Inline, Run

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى،؛"
LATIN = "abzXY"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"
TROUBLE = "|*_[]()#<>\\`!&+-.~{}=;:'\""
SPACES = "  \u00a0\t\n"
PIECES = [
    "1.",
    "1)",
    "١.",
    "&amp;",
    "&#65;",
    "&lt;",
    "&x;",
    "<b>",
    "<!--",
    "-->",
    "**",
    "***",
    "``",
    "![",
    "](",
    "- ",
    "+ ",
    "# ",
    "> ",
    "---",
    "===",
    "    ",
    "\\|",
    "[x]: y",
    "http://a.b",
]

text_piece = st.one_of(
    st.text(ARABIC + LATIN + DIGITS + TROUBLE + SPACES, min_size=1, max_size=4),
    st.sampled_from(PIECES),
)
texts = st.lists(text_piece, min_size=1, max_size=4).map("".join)

hrefs = st.builds(
    lambda prefix, path: prefix + path,
    st.sampled_from(["https://example.com/", "", "/a/", "?q="]),
    st.text(LATIN + ARABIC[:5] + "0123()[]<>\\&;#%*_|'\"!-. ", max_size=8),
).filter(lambda h: h == h.strip())

runs = st.builds(
    Run,
    text=texts,
    bold=st.booleans(),
    italic=st.booleans(),
    code=st.booleans(),
    href=st.one_of(st.none(), st.none(), hrefs),
).filter(lambda run: not (run.code and ("]:" in run.text or "<!--" in run.text)))
inlines = st.lists(runs, min_size=0, max_size=5).map(lambda rs: Inline(tuple(rs)))
non_empty = inlines.filter(bool)

headings = st.builds(Heading, non_empty, level=st.integers(2, 4))
paragraphs = st.builds(Paragraph, non_empty)
quotes = st.builds(Quote, st.lists(non_empty, min_size=1, max_size=3).map(tuple))
lists = st.builds(ListBlock, st.lists(non_empty, min_size=1, max_size=4).map(tuple), ordered=st.booleans())


@st.composite
def tables(draw: st.DrawFn) -> TableBlock:
    width = draw(st.integers(1, 3))
    header = tuple(draw(st.lists(inlines, min_size=width, max_size=width)))
    rows = draw(st.lists(st.lists(inlines, min_size=0, max_size=width + 1), max_size=3))
    return TableBlock(header=header, rows=tuple(tuple(r) for r in rows))


topics = st.builds(
    TopicListBlock,
    st.lists(non_empty, max_size=3).map(tuple),
    title=st.text(ARABIC + LATIN + TROUBLE + SPACES, max_size=8),
    ordered=st.booleans(),
)

blocks: st.SearchStrategy[Block] = st.one_of(headings, paragraphs, quotes, lists, tables(), topics)
documents = st.builds(
    Document,
    title=st.one_of(st.just(""), texts),
    blocks=st.lists(blocks, max_size=6).map(tuple),
)
