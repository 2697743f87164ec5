"""A forgiving HTML tree built on the standard library's `html.parser`.

Browsers repair broken markup with many rules; we keep the few that matter for article
text: void elements never hold children, a new paragraph, block, list item, row or cell
closes the open one it replaces, a stray end tag is ignored, and an end tag does not reach
out of a table cell it was not opened in. Nesting deeper than `MAX_DEPTH` is flattened so
that walking the tree never exhausts the stack.
"""

from __future__ import annotations

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


@dataclass(slots=True)
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack: list[Node] = [self.root]

    # -- parser callbacks -----------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {key: value or "" for key, value in attrs})
        self._close_implied(tag)
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
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
            del self.stack[index:]

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    # -- repairs --------------------------------------------------------------------------

    def _close_implied(self, tag: str) -> None:
        if tag in CLOSES_P:
            self._close("p", stop=_BOUNDARY | {"li", "blockquote", "button"})
        if tag in HEADINGS and self.stack[-1].tag in HEADINGS:
            self.stack.pop()
        if tag == "li":
            self._close("li", stop=_BOUNDARY | {"ul", "ol"})
        elif tag in ("dt", "dd"):
            self._close("dt", stop=_BOUNDARY | {"dl"})
            self._close("dd", stop=_BOUNDARY | {"dl"})
        elif tag in ("td", "th"):
            self._close("td", stop={"tr", "table"})
            self._close("th", stop={"tr", "table"})
        elif tag == "tr":
            self._close("tr", stop={"table", "thead", "tbody", "tfoot"})
        elif tag in ("thead", "tbody", "tfoot"):
            for part in ("thead", "tbody", "tfoot"):
                self._close(part, stop={"table"})

    def _close(self, tag: str, stop: frozenset[str] | set[str]) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[index].tag
            if open_tag == tag:
                del self.stack[index:]
                return
            if open_tag in stop:
                return

    def _find_open(self, tag: str, *, stop_at_boundary: bool) -> int | None:
        for index in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[index].tag
            if open_tag == tag:
                return index
            if stop_at_boundary and open_tag in _BOUNDARY:
                return None
        return None


def parse(html: str) -> Node:
    """The element tree of `html`; never raises on malformed markup."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
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
