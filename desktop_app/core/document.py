"""The article document model: an ordered list of blocks, plain frozen dataclasses.

Blocks compare by value and round-trip through JSON (`block_to_json` / `block_from_json`),
which is how the store keeps them. Table and topic-list blocks may carry `source_id`: the
id of the event's AgendaTable / TopicList they mirror. A linked block still holds a copy of
the content so an article renders and exports on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from desktop_app.core.inline import Inline


@dataclass(frozen=True, slots=True)
class Heading:
    kind: ClassVar[str] = "heading"
    text: Inline
    level: int = 2

    def __post_init__(self) -> None:
        if not 2 <= self.level <= 4:
            raise ValueError(f"heading level must be 2-4, got {self.level}")


@dataclass(frozen=True, slots=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    text: Inline


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quote of one or more paragraphs."""

    kind: ClassVar[str] = "quote"
    paragraphs: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class ListBlock:
    kind: ClassVar[str] = "list"
    items: tuple[Inline, ...]
    ordered: bool = False


@dataclass(frozen=True, slots=True)
class TableBlock:
    """A header row and body rows; every row has as many cells as the header."""

    kind: ClassVar[str] = "table"
    header: tuple[Inline, ...]
    rows: tuple[tuple[Inline, ...], ...] = ()
    source_id: int | None = None

    def __post_init__(self) -> None:
        width = len(self.header)
        if width == 0:
            raise ValueError("a table needs at least one column")
        padded = tuple(_fit(row, width) for row in self.rows)
        object.__setattr__(self, "rows", padded)

    @property
    def width(self) -> int:
        return len(self.header)


@dataclass(frozen=True, slots=True)
class TopicListBlock:
    """A titled list of topics (key issues, recommendations, outcomes)."""

    kind: ClassVar[str] = "topics"
    items: tuple[Inline, ...]
    title: str = ""
    ordered: bool = False
    source_id: int | None = None


Block = Heading | Paragraph | Quote | ListBlock | TableBlock | TopicListBlock
BLOCK_KINDS: tuple[str, ...] = ("heading", "paragraph", "quote", "list", "table", "topics")


def _fit(row: Sequence[Inline], width: int) -> tuple[Inline, ...]:
    """Pad a ragged row with empty cells, or fold surplus cells into the last one."""
    cells = tuple(row)
    if len(cells) < width:
        return cells + (Inline(),) * (width - len(cells))
    if len(cells) > width:
        last = cells[width - 1]
        for extra in cells[width:]:
            last = last + Inline.plain(" ") + extra if extra else last
        return (*cells[: width - 1], last)
    return cells


@dataclass(frozen=True, slots=True)
class Document:
    """What an article says: its title and body. Metadata lives on the store's Article."""

    title: str = ""
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def plain_text(self) -> str:
        """Title and body as plain text, one block per line: for search and word counts."""
        lines = [self.title] if self.title else []
        lines.extend(block_text(block) for block in self.blocks)
        return "\n".join(line for line in lines if line)


def block_text(block: Block) -> str:
    match block:
        case Heading(text=text) | Paragraph(text=text):
            return text.text
        case Quote(paragraphs=paragraphs):
            return "\n".join(p.text for p in paragraphs)
        case ListBlock(items=items):
            return "\n".join(item.text for item in items)
        case TopicListBlock(items=items, title=title):
            return "\n".join([title, *(item.text for item in items)]).strip("\n")
        case TableBlock(header=header, rows=rows):
            lines = [" | ".join(cell.text for cell in header)]
            lines.extend(" | ".join(cell.text for cell in row) for row in rows)
            return "\n".join(lines)
    raise TypeError(f"not a block: {block!r}")


def block_to_json(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": block.kind}
    match block:
        case Heading(text=text, level=level):
            data.update(text=text.to_json(), level=level)
        case Paragraph(text=text):
            data.update(text=text.to_json())
        case Quote(paragraphs=paragraphs):
            data.update(paragraphs=[p.to_json() for p in paragraphs])
        case ListBlock(items=items, ordered=ordered):
            data.update(items=[i.to_json() for i in items], ordered=ordered)
        case TableBlock(header=header, rows=rows, source_id=source_id):
            data.update(
                header=[c.to_json() for c in header],
                rows=[[c.to_json() for c in row] for row in rows],
            )
            if source_id is not None:
                data["source_id"] = source_id
        case TopicListBlock(items=items, title=title, ordered=ordered, source_id=source_id):
            data.update(items=[i.to_json() for i in items], title=title, ordered=ordered)
            if source_id is not None:
                data["source_id"] = source_id
        case _:
            raise TypeError(f"not a block: {block!r}")
    return data


def block_from_json(data: dict[str, Any]) -> Block:
    kind = data.get("kind")
    if kind == "heading":
        return Heading(Inline.from_json(data["text"]), level=int(data.get("level", 2)))
    if kind == "paragraph":
        return Paragraph(Inline.from_json(data["text"]))
    if kind == "quote":
        return Quote(tuple(Inline.from_json(p) for p in data["paragraphs"]))
    if kind == "list":
        items = tuple(Inline.from_json(i) for i in data["items"])
        return ListBlock(items, ordered=bool(data.get("ordered", False)))
    if kind == "table":
        return TableBlock(
            header=tuple(Inline.from_json(c) for c in data["header"]),
            rows=tuple(tuple(Inline.from_json(c) for c in row) for row in data["rows"]),
            source_id=data.get("source_id"),
        )
    if kind == "topics":
        return TopicListBlock(
            items=tuple(Inline.from_json(i) for i in data["items"]),
            title=str(data.get("title", "")),
            ordered=bool(data.get("ordered", False)),
            source_id=data.get("source_id"),
        )
    raise ValueError(f"unknown block kind: {kind!r}")


def document_to_json(document: Document) -> dict[str, Any]:
    return {"title": document.title, "blocks": [block_to_json(b) for b in document.blocks]}


def document_from_json(data: dict[str, Any]) -> Document:
    return Document(
        title=str(data.get("title", "")),
        blocks=tuple(block_from_json(b) for b in data.get("blocks", [])),
    )
