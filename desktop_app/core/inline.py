"""Inline text: a flat sequence of runs, each carrying its own marks.

A flat run list (instead of a tree) keeps equality by value simple: two texts that render
the same compare equal once normalised, whatever the order their marks were applied in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with the same marks. `href` set means the run is part of a link."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None

    def marks(self) -> tuple[bool, bool, bool, str | None]:
        return (self.bold, self.italic, self.code, self.href)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"t": self.text}
        if self.bold:
            data["b"] = True
        if self.italic:
            data["i"] = True
        if self.code:
            data["c"] = True
        if self.href is not None:
            data["h"] = self.href
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Run:
        if len(data) == 1:  # plain text, most runs: skip the four look-ups of absent marks
            return cls(str(data["t"]))
        return cls(
            text=str(data["t"]),
            bold=bool(data.get("b", False)),
            italic=bool(data.get("i", False)),
            code=bool(data.get("c", False)),
            href=data.get("h"),
        )


@dataclass(frozen=True, slots=True)
class Inline:
    """Normalised inline text: no empty runs, no two neighbours with the same marks."""

    runs: tuple[Run, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "runs", _normalise(self.runs))

    @classmethod
    def plain(cls, text: str) -> Inline:
        return cls((Run(text),))

    @classmethod
    def of(cls, runs: Iterable[Run]) -> Inline:
        return cls(tuple(runs))

    @property
    def text(self) -> str:
        """The text without marks: for search, word counts and direction detection."""
        return "".join(run.text for run in self.runs)

    def __bool__(self) -> bool:
        return bool(self.runs)

    def __add__(self, other: Inline) -> Inline:
        return Inline(self.runs + other.runs)

    def strip(self) -> Inline:
        """Drop leading and trailing whitespace (of the whole text, across runs)."""
        runs = list(self.runs)
        while runs and not runs[0].text.lstrip():
            runs.pop(0)
        while runs and not runs[-1].text.rstrip():
            runs.pop()
        if runs:
            runs[0] = replace(runs[0], text=runs[0].text.lstrip())
            runs[-1] = replace(runs[-1], text=runs[-1].text.rstrip())
        return Inline(tuple(runs))

    def to_json(self) -> list[dict[str, Any]]:
        return [run.to_json() for run in self.runs]

    @classmethod
    def from_json(cls, data: Sequence[dict[str, Any]]) -> Inline:
        return cls(tuple(Run.from_json(item) for item in data))


def _normalise(runs: Sequence[Run]) -> tuple[Run, ...]:
    if len(runs) == 1:  # a single run is normal unless it is empty
        return tuple(runs) if runs[0].text else ()
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if merged and merged[-1].marks() == run.marks():
            merged[-1] = replace(merged[-1], text=merged[-1].text + run.text)
        else:
            merged.append(run)
    return tuple(merged)
