"""The block editor: one scrolling column of block widgets per article.

Every block widget follows one contract so the column can drive them alike:

- constructor `(blocks..., direction: str, undo_stack: QUndoStack, parent=None)`;
- `blocks() -> tuple[Block, ...]`: the current content as core model blocks;
- `changed = Signal()`: emitted after every edit (the autosave listens to it);
- `leave_up = Signal()` / `leave_down = Signal()`: Up at the very top, Down at the very
  end: the column moves focus to the neighbouring block;
- `focus_start()` / `focus_end()`: take focus with the cursor at the start / the end;
- `set_direction(direction)`: 'rtl' or 'ltr', the article's direction.

Every edit goes through the article's one QUndoStack, so Ctrl+Z undoes across blocks in
the order the reporter made the edits.
"""

from __future__ import annotations
