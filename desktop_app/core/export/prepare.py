"""The export options applied once, before any format renders the article.

What comes out is plain data every renderer reads the same way: the body blocks to
publish, the caption of each table, the resolved language and direction, the texts of the
head (title, summary), each with digits converted and link targets checked.

Topic lists become a paragraph holding their title in bold followed by an ordinary list:
every format can show that (HTML, a Markdown reader, WordPress's list block), while our
`<!-- hadath:topics -->` marker is invisible everywhere but in Hadath itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.core.arabic import (
    detect_language,
    dominant_direction,
    to_arabic_indic_digits,
    to_western_digits,
)
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
from desktop_app.core.export.links import safe_href
from desktop_app.core.inline import Inline, Run

if TYPE_CHECKING:
    from desktop_app.core.export.publish import DigitStyle, ExportArticle, ExportOptions

# Text that names a URL or an e-mail address keeps its digits: `www.example.com/2024`
# written with Arabic-Indic digits is a different (and broken) address.
_ADDRESS = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.|mailto:)[^\s<>\"]+"
    r"|[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+"
)
_LANGUAGE = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article ready to render. `title` and `standfirst` are "" when not shown."""

    title: str
    standfirst: str
    summary: str  # the meta description, whatever `include_summary` says
    blocks: tuple[Block, ...]
    captions: tuple[str, ...]  # one per TableBlock of `blocks`, in order; "" for none
    language: str  # a BCP 47 tag such as "ar" or "ar-MA"
    direction: str  # "rtl" or "ltr"
    slug: str = ""
    date: datetime | None = None
    status: str = "draft"
    event_title: str = ""
    head_title: str = ""  # for <title> and front matter: the title even when not shown

    @property
    def body(self) -> Document:
        return Document(blocks=self.blocks)


def prepare(article: ExportArticle, options: ExportOptions) -> Prepared:
    digits = _digit_converter(options.digits)
    document = article.document
    text = document.plain_text()
    direction = article.direction if article.direction in ("rtl", "ltr") else dominant_direction(text)
    blocks: list[Block] = []
    captions: list[str] = []
    for block in document.blocks:
        if isinstance(block, TableBlock):
            if not options.include_fact_box and block.source_id in article.fact_box_ids:
                continue
            title = article.table_titles.get(block.source_id, "") if block.source_id is not None else ""
            captions.append(digits(_one_line(title)))
        blocks.extend(_convert(block, digits))
    title = digits(_one_line(document.title))
    summary = digits(_one_line(article.summary))
    return Prepared(
        title=title if options.include_title else "",
        standfirst=summary if options.include_summary else "",
        summary=summary,
        blocks=tuple(blocks),
        captions=tuple(captions),
        language=_language_tag(article.language, text),
        direction=direction,
        slug=article.slug.strip(),
        date=article.date,
        status=article.status,
        event_title=digits(_one_line(article.event_title or "")),
        head_title=title,
    )


def _language_tag(language: str, text: str) -> str:
    # The store may hold a locale name ("ar_MA"); HTML and YAML want a BCP 47 tag.
    tag = language.strip().replace("_", "-")
    return tag if _LANGUAGE.match(tag) else detect_language(text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _digit_converter(style: DigitStyle) -> Callable[[str], str]:
    if style == "western":
        convert = to_western_digits
    elif style == "arabic-indic":
        convert = to_arabic_indic_digits
    else:
        return _unchanged

    def outside_addresses(text: str) -> str:
        if "@" not in text and "." not in text and ":" not in text:
            return convert(text)  # no address possible: the common case, one translate
        pieces: list[str] = []
        last = 0
        for match in _ADDRESS.finditer(text):
            pieces.append(convert(text[last : match.start()]))
            pieces.append(match.group())
            last = match.end()
        pieces.append(convert(text[last:]))
        return "".join(pieces)

    return outside_addresses


def _unchanged(text: str) -> str:
    return text


def _inline(inline: Inline, digits: Callable[[str], str]) -> Inline:
    return Inline(tuple(_run(run, digits) for run in inline.runs))


def _run(run: Run, digits: Callable[[str], str]) -> Run:
    href = safe_href(run.href)
    # Code is quoted literally (a command, a file name): its digits stay as typed.
    text = run.text if run.code else digits(run.text)
    if href == run.href and text == run.text:
        return run
    return replace(run, text=text, href=href)


def _convert(block: Block, digits: Callable[[str], str]) -> Iterator[Block]:
    def inl(inline: Inline) -> Inline:
        return _inline(inline, digits)

    match block:
        case Heading(text=text):
            yield replace(block, text=inl(text))
        case Paragraph(text=text):
            yield Paragraph(inl(text))
        case Quote(paragraphs=paragraphs):
            yield Quote(tuple(map(inl, paragraphs)))
        case ListBlock(items=items, ordered=ordered):
            yield ListBlock(tuple(map(inl, items)), ordered=ordered)
        case TableBlock(header=header, rows=rows, source_id=source_id):
            yield TableBlock(
                tuple(map(inl, header)), tuple(tuple(map(inl, row)) for row in rows), source_id=source_id
            )
        case TopicListBlock(items=items, title=title, ordered=ordered):
            heading = digits(_one_line(title))
            if heading:
                yield Paragraph(Inline((Run(heading, bold=True),)))
            yield ListBlock(tuple(map(inl, items)), ordered=ordered)
        case _:
            raise TypeError(f"not a block: {block!r}")
