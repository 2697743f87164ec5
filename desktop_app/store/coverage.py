"""Coverage counts: how many sessions of a programme or items of a topic list an article
covers ("7 of 12 sessions covered")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Coverage:
    covered: int
    total: int

    @property
    def missing(self) -> int:
        return self.total - self.covered

    @property
    def complete(self) -> bool:
        return self.covered == self.total

    def __str__(self) -> str:
        return f"{self.covered} of {self.total}"
