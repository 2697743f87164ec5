"""Moving items within an ordered list of ids: one rule for the store and the GUI's views.

Each function returns the new order and leaves its input alone; ids not in the order
raise ValueError (the store turns that into a message).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence


def _check(order: Sequence[int], ids: Collection[int]) -> set[int]:
    chosen = set(ids)
    missing = chosen - set(order)
    if missing:
        raise ValueError(f"not in the list: {sorted(missing)}")
    return chosen


def move_to(order: Sequence[int], ids: Collection[int], index: int) -> list[int]:
    """Move `ids` (kept in their current relative order, as a multi-row drag does) so the
    first of them lands at `index` of the result; `index` is clamped to the list."""
    chosen = _check(order, ids)
    rest = [item for item in order if item not in chosen]
    moving = [item for item in order if item in chosen]
    index = max(0, min(index, len(rest)))
    return rest[:index] + moving + rest[index:]


def shift(order: Sequence[int], ids: Collection[int], delta: int) -> list[int]:
    """Move each of `ids` `delta` places (Alt+Up is -1, Alt+Down +1), one step at a time.
    A selection already against the edge stays; items never jump over each other within
    the selection, so a block of selected rows moves as a block."""
    chosen = _check(order, ids)
    result = list(order)
    step = -1 if delta < 0 else 1
    for _ in range(abs(delta)):
        indexes = range(len(result)) if step < 0 else range(len(result) - 1, -1, -1)
        moved = False
        for i in indexes:
            j = i + step
            if result[i] in chosen and 0 <= j < len(result) and result[j] not in chosen:
                result[i], result[j] = result[j], result[i]
                moved = True
        if not moved:
            break
    return result


def is_permutation(order: Sequence[int], new_order: Sequence[int]) -> bool:
    return len(new_order) == len(order) and sorted(new_order) == sorted(order)
