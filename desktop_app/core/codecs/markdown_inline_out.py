"""Inline text → Markdown: flat runs become nested `**`, `*`, code spans and links.

The runs are first turned into a small tree of units (stretches of text, code spans, links),
each unit carrying the emphasis it sits in. `canonical_inline` flattens that tree back into runs
and `inline_to_markdown` writes it, so the writer and the definition of "what survives the
round trip" can never drift apart.

What changes on the way (the canonical form):
- line breaks become spaces, control characters are dropped (see `clean_text`);
- whitespace at the inner edge of bold or italic loses that mark (`**a **` is not emphasis
  in CommonMark), and whitespace at either end of a code run leaves the code (Python-Markdown
  strips code spans); tabs inside code become spaces (Python-Markdown expands tabs); in a
  table cell a `|` inside code leaves the code (GFM would split the cell there);
- bold or italic covering a whole link is written outside the brackets.

How it is written: bold `**`, italic `*`, except that italic is written `_` where its
delimiter would touch a bold one (Python-Markdown misreads `***a**b**c***`); a letter or
digit touching the outer side of a delimiter is written as a character reference
(`&#97;**(b)**`) so that CommonMark's flanking rules and Python-Markdown agree.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from desktop_app.core.codecs.markdown_escape import (
    ALWAYS_BACKSLASHED,
    LINE_START_BACKSLASHED,
    LINE_START_ENTITY,
    char_ref,
    clean_text,
    code_span,
    entity_ahead,
    escape_inner,
    escape_url,
    is_punct,
    is_space,
)
from desktop_app.core.inline import Inline, Run

BOLD = "bold"
ITALIC = "italic"
_DELIMITER = {BOLD: "**", ITALIC: "*"}

Marks = frozenset[str]


@dataclass(frozen=True, slots=True)
class _Code:
    text: str


@dataclass(frozen=True, slots=True)
class _Link:
    href: str
    units: tuple[_Unit, ...]


# A unit is a stretch of plain text (never empty), a whole code span or a whole link. Text
# could as well be one unit per character, and every rule below reads as if it were: where
# a stretch must be told apart from its neighbours, `_trim` splits characters off it.
_Atom = str | _Code | _Link


@dataclass(frozen=True, slots=True)
class _Unit:
    atom: _Atom
    marks: Marks


# ---------------------------------------------------------------------------- building


def _run_marks(run: Run) -> Marks:
    return frozenset(m for m, on in ((BOLD, run.bold), (ITALIC, run.italic)) if on)


def _run_units(run: Run, hoisted: Marks, in_table: bool) -> list[_Unit]:
    marks = _run_marks(run) - hoisted
    text = clean_text(run.text)
    if not run.code:
        return _text_units(text, marks)
    if in_table and "|" in text:
        # GFM splits a row at `|` even inside code and Python-Markdown does not, while
        # both agree on an escaped `\|` outside code: the pipe leaves the code span.
        units: list[_Unit] = []
        for index, piece in enumerate(text.split("|")):
            if index:
                units.append(_Unit("|", marks))
            units.extend(_code_units(piece, marks))
        return units
    return _code_units(text, marks)


def _code_units(text: str, marks: Marks) -> list[_Unit]:
    spaced = text.replace("\t", " ")
    core = spaced.strip()
    if not core:
        return _text_units(text, marks)
    start = len(spaced) - len(spaced.lstrip())
    end = start + len(core)
    return [*_text_units(text[:start], marks), _Unit(_Code(core), marks), *_text_units(text[end:], marks)]


def _text_units(text: str, marks: Marks) -> list[_Unit]:
    return [_Unit(text, marks)] if text else []


def _trim(units: list[_Unit]) -> list[_Unit]:
    """Take whitespace at the inner edges of each bold / italic span out of that mark.

    Spans come from the nesting the writer will use, so a stretch that has to be closed
    and reopened around another mark is trimmed at every reopening too.
    """
    result = list(units)
    while True:
        for span in _nesting(result):
            size = len(result)
            changed = _unmark_edge(result, span.start, span.mark, first=True)
            # Splitting the first unit moved the span's last one along.
            last = span.end - 1 + len(result) - size
            changed = _unmark_edge(result, last, span.mark, first=False) or changed
            if changed:
                break
        else:
            return result


def _unmark_edge(units: list[_Unit], index: int, mark: str, first: bool) -> bool:
    """Take `mark` off the first (or last) character of `units[index]` if it is whitespace.

    One character per call, splitting it off its stretch, because the nesting has to be
    worked out again before the next one: trimming can change which mark goes outside.
    """
    unit = units[index]
    if not isinstance(unit.atom, str):
        return False
    text = unit.atom
    char, rest = (text[0], text[1:]) if first else (text[-1], text[:-1])
    if not is_space(char):
        return False
    edge = _Unit(char, unit.marks - {mark})
    kept = _text_units(rest, unit.marks)
    units[index : index + 1] = [edge, *kept] if first else [*kept, edge]
    return True


def _units(runs: Sequence[Run], in_table: bool, hoisted: Marks = frozenset(), in_link: bool = False) -> list[_Unit]:
    units: list[_Unit] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        if run.href is None or in_link:
            units.extend(_run_units(run, hoisted, in_table))
            index += 1
            continue
        end = index
        while end < len(runs) and runs[end].href == run.href:
            end += 1
        group = runs[index:end]
        common = frozenset.intersection(*(_run_marks(r) for r in group))
        inner = tuple(_units(group, in_table, common, in_link=True))
        if inner:
            units.append(_Unit(_Link(run.href, inner), common))
        index = end
    return _trim(units)


def _tree(inline: Inline, in_table: bool) -> list[_Unit]:
    return _units(inline.runs, in_table)


# ---------------------------------------------------------------------------- canonical


def _flatten(units: Sequence[_Unit], outer: Marks, href: str | None) -> Iterator[Run]:
    for unit in units:
        marks = unit.marks | outer
        bold, italic = BOLD in marks, ITALIC in marks
        if isinstance(unit.atom, _Link):
            yield from _flatten(unit.atom.units, marks, unit.atom.href)
        elif isinstance(unit.atom, _Code):
            yield Run(unit.atom.text, bold=bold, italic=italic, code=True, href=href)
        else:
            yield Run(unit.atom, bold=bold, italic=italic, href=href)


def canonical_inline(inline: Inline, *, in_table: bool = False) -> Inline:
    """The inline text `from_markdown(to_markdown(...))` gives back for `inline`."""
    return Inline(tuple(_flatten(_tree(inline, in_table), frozenset(), None)))


# ---------------------------------------------------------------------------- writing


@dataclass(slots=True)
class _Text:
    chars: str
    # Indices written as character references so a neighbouring delimiter flanks right:
    # only ever the first or the last (see `_fix_flanking`), which `_render_text` relies on.
    forced: set[int] = field(default_factory=set)


@dataclass(slots=True)
class _Pair:
    """Shared by an opening delimiter and its closing one: both use the same character."""

    mark: str
    underscore: bool = False

    @property
    def text(self) -> str:
        return "_" if self.underscore else _DELIMITER[self.mark]


@dataclass(frozen=True, slots=True)
class _Delim:
    pair: _Pair
    opening: bool


@dataclass(frozen=True, slots=True)
class _Raw:
    text: str
    kind: str  # "code", "link_open" or "link_close"


_Token = _Text | _Delim | _Raw


@dataclass(frozen=True, slots=True)
class _Span:
    mark: str
    start: int
    end: int


def _nesting(units: Sequence[_Unit]) -> list[_Span]:
    """Emphasis spans over `units`, in opening order (outer before inner at one place)."""
    starts: list[tuple[int, Marks]] = []
    for index, unit in enumerate(units):
        if not starts or starts[-1][1] != unit.marks:
            starts.append((index, unit.marks))
    spans: list[_Span] = []
    stack: list[tuple[str, int]] = []
    for position, (start, marks) in enumerate(starts):
        keep = 0
        while keep < len(stack) and stack[keep][0] in marks:
            keep += 1
        spans.extend(_Span(mark, begin, start) for mark, begin in stack[keep:])
        del stack[keep:]
        opening = sorted(
            marks - {mark for mark, _begin in stack},
            # The mark that lasts longer goes outside; bold first on a tie.
            key=lambda m: (-_persistence(starts, position, m), m != BOLD),
        )
        stack.extend((mark, start) for mark in opening)
    spans.extend(_Span(mark, begin, len(units)) for mark, begin in stack)
    return sorted(spans, key=lambda span: (span.start, -span.end))


def _persistence(starts: Sequence[tuple[int, Marks]], position: int, mark: str) -> int:
    count = 0
    for _start, marks in starts[position:]:
        if mark not in marks:
            break
        count += 1
    return count


def _tokens(units: Sequence[_Unit]) -> list[_Token]:
    opens: dict[int, list[_Pair]] = {}
    closes: dict[int, list[_Pair]] = {}
    for span in _nesting(units):
        pair = _Pair(span.mark)
        opens.setdefault(span.start, []).append(pair)
        # Spans sorted outer-first, so inserting at the front closes inner ones first.
        closes.setdefault(span.end, []).insert(0, pair)
    tokens: list[_Token] = []
    for index in range(len(units) + 1):
        tokens.extend(_Delim(pair, opening=False) for pair in closes.get(index, []))
        tokens.extend(_Delim(pair, opening=True) for pair in opens.get(index, []))
        if index < len(units):
            _append_atom(tokens, units[index].atom)
    return tokens


def _append_atom(tokens: list[_Token], atom: _Atom) -> None:
    if isinstance(atom, _Code):
        tokens.append(_Raw(code_span(atom.text), "code"))
    elif isinstance(atom, _Link):
        tokens.append(_Raw("[", "link_open"))
        tokens.extend(_tokens(atom.units))
        tokens.append(_Raw(f"]({escape_url(atom.href)})", "link_close"))
    elif tokens and isinstance(tokens[-1], _Text):
        tokens[-1].chars += atom
    else:
        tokens.append(_Text(atom))


_SPACE, _PUNCT, _OTHER = "space", "punct", "other"


def _side(token: _Token | None, last: bool) -> str:
    """How CommonMark classifies the source character of `token` next to a delimiter."""
    if token is None:
        return _SPACE
    if not isinstance(token, _Text):
        return _PUNCT
    index = len(token.chars) - 1 if last else 0
    char = token.chars[index]
    if index in token.forced or char in ALWAYS_BACKSLASHED or char in "<&":
        return _PUNCT
    if is_space(char):
        return _SPACE
    return _PUNCT if is_punct(char) else _OTHER


def _delimiter_runs(tokens: list[_Token]) -> Iterator[tuple[int, int]]:
    """Index ranges of the delimiter tokens that form one run of the same character."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not isinstance(token, _Delim):
            index += 1
            continue
        end = index + 1
        while end < len(tokens):
            following = tokens[end]
            if not isinstance(following, _Delim) or following.pair.text[0] != token.pair.text[0]:
                break
            end += 1
        yield index, end
        index = end


def _separate_mixed_runs(tokens: list[_Token]) -> None:
    """Write italic as `_` where its delimiter would touch a bold one.

    Python-Markdown reads emphasis with regular expressions, not CommonMark's delimiter
    stack, and misreads runs like `***a**b**c***` or `**a***b*`; with `_` for the italic
    next to `**` every run holds a single mark and both parsers agree.
    """
    for start, end in _delimiter_runs(tokens):
        run = [t for t in tokens[start:end] if isinstance(t, _Delim)]
        if {d.pair.mark for d in run} == {BOLD, ITALIC}:
            for delim in run:
                if delim.pair.mark == ITALIC:
                    delim.pair.underscore = True


def _fix_flanking(tokens: list[_Token]) -> None:
    """Keep every delimiter run off word characters on its outer side.

    CommonMark decides from the neighbouring characters whether a run opens or closes:
    `a**(b)**c` is not bold there, and a run between two letters may do either, which the
    two parsers resolve differently. Python-Markdown never lets `_` act inside a word.
    So a letter or digit touching the outer side of a run is written as a character
    reference, whose source form (`&#97;`) is punctuation on the side facing the run.
    The inner side never needs this: it is never whitespace (see `_trim`).
    """
    for start, end in _delimiter_runs(tokens):
        run = [t for t in tokens[start:end] if isinstance(t, _Delim)]
        before = tokens[start - 1] if start > 0 else None
        after = tokens[end] if end < len(tokens) else None
        if any(not d.opening for d in run) and isinstance(after, _Text) and _side(after, last=False) == _OTHER:
            after.forced.add(0)
        if any(d.opening for d in run) and isinstance(before, _Text) and _side(before, last=True) == _OTHER:
            before.forced.add(len(before.chars) - 1)


def _render_text(token: _Text, first: bool, last: bool, next_token: _Token | None) -> str:
    chars = token.chars
    lead = len(chars) - len(chars.lstrip()) if first else 0
    trail = len(chars) - len(chars.rstrip()) if last else 0
    # Digits then `.` or `)` open an ordered list; Python-Markdown's `\d` takes any digit.
    list_dot = -1
    if first:
        digits = len(chars) - len(_lstrip_digits(chars))
        if digits and digits < len(chars) and chars[digits] in ".)":
            list_dot = digits

    def escaped(index: int) -> str:
        char = chars[index]
        at_edge = index < lead or index >= len(chars) - trail
        if index in token.forced or at_edge or char == "\t":
            return char_ref(char)
        if char == "<":
            return "&lt;"
        if char == "&" and entity_ahead(chars, index):
            return "&amp;"
        if char == "]" and chars[index + 1 : index + 2] == ":":
            # `[\]:` opening a line is a reference definition to Python-Markdown, even
            # inside a link's text: a character reference is not.
            return char_ref(char)
        if char in ALWAYS_BACKSLASHED or index == list_dot or (first and index == 0 and char in LINE_START_BACKSLASHED):
            return "\\" + char
        if first and index == 0 and char in LINE_START_ENTITY:
            return char_ref(char)
        if last and index == len(chars) - 1 and char == "#":
            # A trailing `#` would be taken for the closing sequence of a heading.
            return "\\#"
        if char == "!" and index == len(chars) - 1 and isinstance(next_token, _Raw) and next_token.kind == "link_open":
            return "\\!"
        return char

    # Only the ends need `escaped`: the first and last characters (line start and end, a
    # delimiter or link next to them, `forced`), whitespace at the ends of the line and an
    # ordered-list marker. Everything between is escaped the same wherever it sits.
    head = max(1, lead, list_dot + 1)
    tail = min(len(chars) - 1, len(chars) - trail)
    if tail > head and chars[tail - 1] in "&]":
        tail -= 1  # how it is escaped depends on the character after it
    if tail <= head:
        return "".join(map(escaped, range(len(chars))))
    return (
        "".join(map(escaped, range(head)))
        + escape_inner(chars[head:tail])
        + "".join(map(escaped, range(tail, len(chars))))
    )


def _lstrip_digits(text: str) -> str:
    index = 0
    while index < len(text) and text[index].isdecimal():
        index += 1
    return text[index:]


def inline_to_markdown(inline: Inline, *, in_table: bool = False) -> str:
    """One line of Markdown for `inline`, safe at the start of a block and in a table cell."""
    tokens = _tokens(_tree(inline, in_table))
    _separate_mixed_runs(tokens)
    _fix_flanking(tokens)
    out: list[str] = []
    for index, token in enumerate(tokens):
        if isinstance(token, _Delim):
            out.append(token.pair.text)
        elif isinstance(token, _Raw):
            out.append(token.text)
        else:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            out.append(_render_text(token, index == 0, index == len(tokens) - 1, following))
    return "".join(out)
