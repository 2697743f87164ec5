"""A forgiving HTML tree built on the standard library's `html.parser`.

Browsers repair broken markup with many rules; we keep the few that matter for article
text: void elements never hold children, a new paragraph, block, list item, row or cell
closes the open one it replaces, a stray end tag is ignored, and an end tag does not reach
out of a table cell it was not opened in. Nesting deeper than `MAX_DEPTH` is flattened so
that walking the tree never exhausts the stack. Markup left unfinished at the end of the
file is dropped, and a malformed `<![` is a bogus comment (`TolerantParser`).

Each open tag's places on the stack are indexed, so finding the element to close costs the
same whatever the depth: walking the stack instead made 190,000 tags under 200 open ones
take 8 s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

MAX_DEPTH = 200


def tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


VOID = tags("area base br col embed hr img input link meta param source track wbr keygen")
# Blocks whose start closes an open <p>, as in the HTML parsing algorithm.
CLOSES_P = tags(
    "address article aside blockquote details dialog div dl dd dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre "
    "section table ul"
)
HEADINGS = tags("h1 h2 h3 h4 h5 h6")
# A search for an element to close stops at these: it never reaches outside them.
_BOUNDARY = tags("td th table caption html body template")
_TABLE_PARTS = tags("table thead tbody tfoot tr td th caption")
# What `feed` leaves is a last bit of text, or this: markup that never ends.
_UNFINISHED_MARKUP = re.compile(r"<[!?/a-zA-Z]")
# What stops each implied close (made once: every start tag asks).
_P_STOP = _BOUNDARY | {"li", "blockquote", "button"}
_LI_STOP = _BOUNDARY | {"ul", "ol"}
_DL_STOP = _BOUNDARY | {"dl"}
_CELL_STOP = frozenset({"tr", "table"})
_ROW_STOP = frozenset({"table", "thead", "tbody", "tfoot"})
_PART_STOP = frozenset({"table"})


@dataclass(slots=True)
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)


class TolerantParser(HTMLParser):
    """`html.parser` with two failures of Python 3.11 mended, for every reader of HTML:
    a malformed `<![` (`<![<![`) raised AssertionError, and `close` re-read the rest of
    the text from every `<` of markup left unfinished at its end (20,000 `<a ` took 30 s,
    20,000 `<!--` 2.6 s; fixed in Python 3.12.11 and 3.13.4). Call `finish`, not `close`."""

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        # HTML reads `<![` not followed by CDATA, if, endif… as a bogus comment up to `>`.
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return self.parse_bogus_comment(i, report)

    def finish(self) -> None:
        """`close`, dropping markup left unfinished at the end: a comment, declaration or
        tag that runs to the end of the file shows nothing in HTML, as in browsers."""
        if _UNFINISHED_MARKUP.match(self.rawdata):
            self.rawdata = ""
        self.close()


class _TreeBuilder(TolerantParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack: list[Node] = [self.root]
        # tag → the stack indexes where it is open, ascending (the root is never closed).
        self._open: dict[str, list[int]] = {}

    # -- parser callbacks -----------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {key: value or "" for key, value in attrs})
        self._close_implied(tag)
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self._open.setdefault(tag, []).append(len(self.stack))
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `<div/>` is not self-closing in HTML, but treating it so loses nothing.
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            if tag == "br":  # browsers read a stray </br> as <br>
                self.stack[-1].children.append(Node("br"))
            return
        index = self._find_open(tag, stop_at_boundary=tag not in _TABLE_PARTS)
        if index is not None:
            self._truncate(index)

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    # -- repairs --------------------------------------------------------------------------

    def _close_implied(self, tag: str) -> None:
        if tag in CLOSES_P:
            self._close("p", stop=_P_STOP)
        if tag in HEADINGS and self.stack[-1].tag in HEADINGS:
            self._truncate(len(self.stack) - 1)
        if tag == "li":
            self._close("li", stop=_LI_STOP)
        elif tag in ("dt", "dd"):
            self._close("dt", stop=_DL_STOP)
            self._close("dd", stop=_DL_STOP)
        elif tag in ("td", "th"):
            self._close("td", stop=_CELL_STOP)
            self._close("th", stop=_CELL_STOP)
        elif tag == "tr":
            self._close("tr", stop=_ROW_STOP)
        elif tag in ("thead", "tbody", "tfoot"):
            for part in ("thead", "tbody", "tfoot"):
                self._close(part, stop=_PART_STOP)

    def _close(self, tag: str, stop: frozenset[str]) -> None:
        """Close the innermost open `tag` unless a `stop` element is open inside it."""
        index = self._innermost(tag, stop)
        if index is not None:
            self._truncate(index)

    def _find_open(self, tag: str, *, stop_at_boundary: bool) -> int | None:
        return self._innermost(tag, _BOUNDARY if stop_at_boundary else frozenset())

    def _innermost(self, tag: str, stop: frozenset[str]) -> int | None:
        """The stack index of the innermost open `tag`, or None when it is not open or an
        element of `stop` is open inside it."""
        places = self._open.get(tag)
        if not places:
            return None
        index = places[-1]
        for name in stop:
            inner = self._open.get(name)
            if inner and inner[-1] > index:
                return None
        return index

    def _truncate(self, index: int) -> None:
        """Close the elements from `index` up (`del self.stack[index:]`, indexes kept)."""
        for node in self.stack[index:]:
            self._open[node.tag].pop()
        del self.stack[index:]


def parse(html: str) -> Node:
    """The element tree of `html`; never raises on malformed markup."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.finish()
    return builder.root


def iter_nodes(node: Node, skip: frozenset[str] = frozenset()) -> list[Node]:
    """Elements under `node` in document order, not descending into `skip` elements."""
    found: list[Node] = []
    pending: list[Node | str] = list(reversed(node.children))
    while pending:
        child = pending.pop()
        if isinstance(child, str):
            continue
        found.append(child)
        if child.tag not in skip:
            pending.extend(reversed(child.children))
    return found


def text_length(node: Node, skip: frozenset[str] = frozenset()) -> int:
    """How many non-space characters the text under `node` holds."""
    total = 0
    pending: list[Node | str] = [node]
    while pending:
        child = pending.pop()
        if isinstance(child, str):
            total += len("".join(child.split()))
        elif child.tag not in skip:
            pending.extend(child.children)
    return total
