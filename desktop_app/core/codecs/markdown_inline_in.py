"""Python-Markdown element tree (inline part) → runs.

Python-Markdown leaves two kinds of placeholders in the tree: `STX wzxhzdk:N ETX` for
stashed raw HTML and entities, and `STX amp ETX` inside e-mail autolinks. Entities are
decoded here; raw inline HTML is never trusted, so a tag is dropped while the text between
tags stays (as text, escaped again on any output).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from markdown.util import AMP_SUBSTITUTE, HTML_PLACEHOLDER_RE

from desktop_app.core.inline import Run

ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z0-9]+);")
PLACEHOLDER: re.Pattern[str] = HTML_PLACEHOLDER_RE
BLOCK_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
        "div",
    ]
)


@dataclass(frozen=True, slots=True)
class Marks:
    bold: bool = False
    italic: bool = False
    href: str | None = None


def resolve_text(text: str, stash: list[str]) -> str:
    """Text with stash placeholders resolved: entities decoded, raw HTML dropped."""

    def stashed(match: re.Match[str]) -> str:
        index = int(match.group(1))
        raw = stash[index] if index < len(stash) else ""
        return html.unescape(raw) if ENTITY.fullmatch(raw) else ""

    if AMP_SUBSTITUTE in text:
        # Only e-mail autolinks use it, to obfuscate the address as character references.
        text = html.unescape(text.replace(AMP_SUBSTITUTE, "&"))
    return PLACEHOLDER.sub(stashed, text).replace("\n", " ")


def unescape_code(text: str, in_table: bool) -> str:
    # Python-Markdown stores code text already HTML-escaped (util.code_escape).
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    if in_table:
        # The table extension leaves `\|` inside code as is; GFM reads it as `|`.
        text = text.replace("\\|", "|")
    return text


def inline_runs(
    element: ET.Element, stash: list[str], *, in_table: bool = False, marks: Marks | None = None
) -> list[Run]:
    """The runs of `element`'s own text and inline children (block children skipped).

    Walks with a stack of its own, not by recursion: `*` × 20,000 nests `<strong>` that
    deep, past Python's recursion limit."""
    runs: list[Run] = []
    # Pending work, last first: an element whose text and children are still to be read
    # with its marks, or a finished run.
    pending: list[tuple[ET.Element, Marks] | Run] = [(element, marks or Marks())]
    while pending:
        item = pending.pop()
        if isinstance(item, Run):
            runs.append(item)
            continue
        parent, parent_marks = item
        ordered: list[tuple[ET.Element, Marks] | Run] = []
        if parent.text:
            ordered.append(_text_run(resolve_text(parent.text, stash), parent_marks))
        for child in parent:
            if child.tag not in BLOCK_TAGS:
                ordered.append(_child_item(child, stash, in_table, parent_marks))
            if child.tail:
                tail = child.tail
                if child.tag == "br" or child.tag in BLOCK_TAGS:
                    # Python-Markdown's prettifier puts a newline after these.
                    tail = tail.lstrip("\n")
                ordered.append(_text_run(resolve_text(tail, stash), parent_marks))
        pending.extend(reversed(ordered))
    return runs


def _text_run(text: str, marks: Marks) -> Run:
    return Run(text, bold=marks.bold, italic=marks.italic, href=marks.href)


def _child_item(child: ET.Element, stash: list[str], in_table: bool, marks: Marks) -> tuple[ET.Element, Marks] | Run:
    """A run for a leaf, or the child with the marks its content is read with."""
    tag = child.tag
    if tag in ("strong", "b"):
        return child, _with(marks, bold=True)
    if tag in ("em", "i"):
        return child, _with(marks, italic=True)
    if tag == "code":
        text = unescape_code(child.text or "", in_table).replace("\n", " ")
        return Run(text, bold=marks.bold, italic=marks.italic, code=True, href=marks.href)
    if tag == "a":
        # Python-Markdown keeps references in the destination as written.
        href = html.unescape(child.get("href", "").replace(AMP_SUBSTITUTE, "&"))
        return child, Marks(marks.bold, marks.italic, href if marks.href is None else marks.href)
    if tag == "img":
        return _text_run(resolve_text(child.get("alt", ""), stash), marks)
    if tag == "br":
        return _text_run(" ", marks)
    return child, marks


def _with(marks: Marks, *, bold: bool = False, italic: bool = False) -> Marks:
    return Marks(marks.bold or bold, marks.italic or italic, marks.href)
