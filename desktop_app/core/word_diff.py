"""Word-level differences between two texts, for the History panel and revision summaries.

Texts are cut into tokens that keep everything: words (letters, digits and the combining
marks on them, so a word and its vowelled spelling are different tokens and a change of
tashkeel counts as a change), runs of spaces, line breaks and single punctuation marks.
Joining the tokens gives the text back, so the "equal" and "delete" segments of a diff
spell the old text and the "equal" and "insert" segments the new one.

Matching runs in two passes, as line-oriented diff tools do: whole lines (paragraphs)
first, then words inside the stretches of lines that changed. Comparing every word of a
50,000-word article with every other is what makes naive word diffs slow; an edit touches
a few paragraphs, and only those are compared word by word. Moved text is reported as
deleted in one place and inserted in the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from desktop_app.core.arabic import words

Op = Literal["equal", "insert", "delete"]

# Combining marks stay with their letter: Latin accents, Arabic tashkeel and Quranic marks,
# and the zero-width (non-)joiners that shape Arabic and Persian words.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff\u200c\u200d"
_TOKEN = re.compile(rf"\n|[^\S\n]+|(?:[^\W_]|[{_MARKS}])+|.", re.DOTALL)


class Segment(NamedTuple):
    op: Op
    text: str


class Changes(NamedTuple):
    added: int  # words
    removed: int


def tokenize(text: str) -> list[str]:
    """The text as tokens whose concatenation is the text itself."""
    return _TOKEN.findall(text)


def _line_starts(text: str, lines: Sequence[str]) -> list[int]:
    """Where each line starts in the text, and where the text ends."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    starts[-1] = len(text)  # the last line has no break after it
    return starts


def _common_ends(a: Sequence[str], b: Sequence[str]) -> tuple[int, int]:
    """How many tokens the two sequences share at the start, and then at the end."""
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _word_opcodes(old: str, new: str) -> Iterable[Segment]:
    a, b = tokenize(old), tokenize(new)
    # Most edits change the middle of a paragraph: matching only what lies between the
    # shared start and end keeps the quadratic matcher on a few tokens.
    head, tail = _common_ends(a, b)
    if head:
        yield Segment("equal", "".join(a[:head]))
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    # No autojunk: spaces and the commonest Arabic particles would otherwise count as
    # "junk" in long paragraphs and the match would fall apart around them.
    matcher = SequenceMatcher(None, middle_a, middle_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            yield Segment("equal", "".join(middle_a[i1:i2]))
            continue
        if i2 > i1:
            yield Segment("delete", "".join(middle_a[i1:i2]))
        if j2 > j1:
            yield Segment("insert", "".join(middle_b[j1:j2]))
    if tail:
        yield Segment("equal", "".join(a[len(a) - tail :]))


def _raw_diff(old: str, new: str) -> Iterable[Segment]:
    if old == new:
        if old:
            yield Segment("equal", old)
        return
    a, b = old.split("\n"), new.split("\n")
    starts_a, starts_b = _line_starts(old, a), _line_starts(new, b)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        text_a = old[starts_a[i1] : starts_a[i2]]
        text_b = new[starts_b[j1] : starts_b[j2]]
        if tag == "equal":
            # Equal lines; only the break after the last line of one text may be missing.
            yield Segment("equal", min(text_a, text_b, key=len))
            if len(text_a) != len(text_b):
                yield Segment("delete" if len(text_a) > len(text_b) else "insert", "\n")
        elif tag == "delete":
            yield Segment("delete", text_a)
        elif tag == "insert":
            yield Segment("insert", text_b)
        else:
            yield from _word_opcodes(text_a, text_b)


def _is_blank(text: str) -> bool:
    return not text.strip(" \t\u00a0")


def _tidy(segments: Iterable[Segment]) -> list[Segment]:
    """Readable segments: a lone space between two changes joins them, and each run of
    changes reads as everything removed, then everything added ("old words" struck
    through, "new words" underlined) instead of alternating word by word."""
    items = [s for s in segments if s.text]
    result: list[Segment] = []
    removed: list[str] = []
    added: list[str] = []

    def close_run() -> None:
        if removed:
            result.append(Segment("delete", "".join(removed)))
        if added:
            result.append(Segment("insert", "".join(added)))
        removed.clear()
        added.clear()

    for index, segment in enumerate(items):
        if segment.op == "equal":
            blank_between = (
                _is_blank(segment.text)
                and 0 < index < len(items) - 1
                and items[index - 1].op != "equal"
                and items[index + 1].op != "equal"
            )
            if blank_between:
                removed.append(segment.text)
                added.append(segment.text)
                continue
            close_run()
            if result and result[-1].op == "equal":
                result[-1] = Segment("equal", result[-1].text + segment.text)
            else:
                result.append(segment)
        elif segment.op == "delete":
            removed.append(segment.text)
        else:
            added.append(segment.text)
    close_run()
    return result


def diff_words(old: str, new: str) -> list[Segment]:
    """The difference from `old` to `new` as (op, text) segments in reading order."""
    return _tidy(_raw_diff(old, new))


def count_changes(segments: Sequence[Segment]) -> Changes:
    """Words added and removed: a word whose tashkeel changed counts once each way."""
    added = sum(len(words(s.text)) for s in segments if s.op == "insert")
    removed = sum(len(words(s.text)) for s in segments if s.op == "delete")
    return Changes(added, removed)


def changes_between(old: str, new: str) -> Changes:
    """`count_changes(diff_words(old, new))` without tidying: the counts are the same."""
    if old == new:
        return Changes(0, 0)
    return count_changes(list(_raw_diff(old, new)))


def old_text(segments: Iterable[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "insert")


def new_text(segments: Iterable[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "delete")
