"""Stand-ins for block widgets the column has not built yet (DESIGN.md decision 1: a long
article must not create hundreds of widgets before the first paint).

One placeholder stands for a whole run of consecutive groups not built yet (the column
splits it when part of the run has to be built), so a long article lays out and shows a
handful of widgets, not one per group. It holds the model blocks of every group, so
`ArticleColumn.blocks()` (autosave, export) is right before anything is built, and takes
about the height the widgets will have (their estimates plus the column's spacing between
them), so the scrollbar is roughly right. It paints nothing: the column's paper shows
through until the real widgets replace it, which happens before they scroll into view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.document import Block, Heading, ListBlock, Paragraph, Quote, TableBlock, TopicListBlock
from desktop_app.core.inline import Inline
from desktop_app.gui.editor.text_document import HEADING_SCALE

# Row padding of the item views and the block spacing of the prose editor, in pixels:
# close enough that a placeholder turning into its widget barely moves what is below.
_ROW_PAD = 10
_BLOCK_GAP = 6
_HEADING_GAP = 10
_FRAME = 12


class BlockPlaceholder(QWidget):
    """A run of groups not built yet: `groups` with their estimated `heights`, stacked
    `spacing` pixels apart as the column would stack their widgets."""

    def __init__(
        self,
        groups: Sequence[Sequence[Block]],
        heights: Sequence[int],
        spacing: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert groups and len(groups) == len(heights)
        self._groups = tuple(tuple(group) for group in groups)
        self._heights = tuple(heights)
        self._spacing = spacing
        self._blocks = tuple(block for group in self._groups for block in group)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(sum(self._heights) + spacing * (len(self._heights) - 1))

    def blocks(self) -> tuple[Block, ...]:
        return self._blocks

    def groups(self) -> tuple[tuple[Block, ...], ...]:
        return self._groups

    def heights(self) -> tuple[int, ...]:
        return self._heights

    def spacing(self) -> int:
        return self._spacing

    def group_count(self) -> int:
        return len(self._groups)

    def offsets(self) -> list[int]:
        """Where each group's widget would start, in pixels from the top of this one."""
        result, y = [], 0
        for height in self._heights:
            result.append(y)
            y += height + self._spacing
        return result

    def is_text(self) -> bool:
        """Whether the first group (the one `ArticleColumn.materialise` builds) is prose."""
        return _is_text_group(self._groups[0])

    def ends_in_text(self) -> bool:
        return _is_text_group(self._groups[-1])


def _is_text_group(group: Sequence[Block]) -> bool:
    return not isinstance(group[0], (TableBlock, TopicListBlock))


class HeightEstimator:
    """About how tall the widget for a group of blocks will be at `width` pixels, from
    character counts alone: no text layout is built. The font metrics are read once, so
    estimating every block of a long article costs little more than counting its text."""

    def __init__(self, metrics: QFontMetrics, width: int) -> None:
        self._line = metrics.lineSpacing()
        self._char = metrics.averageCharWidth()
        self._width = width

    def _lines(self, chars: int, width: int, scale: float = 1.0) -> int:
        if not chars:
            return 1
        return max(1, math.ceil(chars * self._char * scale / max(width, 100)))

    def __call__(self, blocks: Sequence[Block]) -> int:
        line, width, lines = self._line, self._width, self._lines
        first = blocks[0]
        if isinstance(first, TableBlock):
            return (len(first.rows) + 1) * (line + _ROW_PAD) + 2 * _FRAME
        if isinstance(first, TopicListBlock):
            return (len(first.items) + 2) * (line + _ROW_PAD) + 2 * _FRAME
        height = 0.0
        for block in blocks:
            if isinstance(block, Paragraph):
                height += lines(_chars(block.text), width) * line + _BLOCK_GAP
            elif isinstance(block, Heading):
                scale = HEADING_SCALE.get(block.level, 1.0)
                height += lines(_chars(block.text), width, scale) * line * scale + _HEADING_GAP + _BLOCK_GAP
            elif isinstance(block, ListBlock):
                for item in block.items:
                    height += lines(_chars(item), width - 40) * line + _BLOCK_GAP
            elif isinstance(block, Quote):
                for paragraph in block.paragraphs:
                    height += lines(_chars(paragraph), width - 48) * line + _BLOCK_GAP
        return int(height) + _FRAME


def _chars(text: Inline) -> int:
    return sum(len(run.text) for run in text.runs)
