"""Deterministic Arabic test material for the benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

from desktop_app.core.document import Document, Heading, ListBlock, Paragraph, TableBlock
from desktop_app.core.inline import Inline, Run

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "interpol-93-marrakech.txt"


_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآءؤئ"
SYNTHETIC_WORDS = 30_000


def sample_vocabulary() -> list[str]:
    words = SAMPLE.read_text(encoding="utf-8").replace("|", " ").split()
    return sorted({w.strip("،.؛:") for w in words if len(w) > 1 and w != "---"})


def vocabulary() -> list[str]:
    """The sample's words first (the most frequent), then synthetic Arabic words: a news
    archive has tens of thousands of distinct words, not the sample's few hundred."""
    real = sample_vocabulary()
    rng = random.Random(1)
    synthetic = {"".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 8))) for _ in range(SYNTHETIC_WORDS)}
    return real + sorted(synthetic - set(real))


_CUMULATIVE: dict[int, list[float]] = {}


def sentence(rng: random.Random, vocab: list[str], length: int) -> str:
    """Words drawn with Zipf's law (frequency ∝ 1/rank), as in natural text."""
    weights = _CUMULATIVE.get(len(vocab))
    if weights is None:
        total = 0.0
        weights = []
        for rank in range(1, len(vocab) + 1):
            total += 1.0 / rank
            weights.append(total)
        _CUMULATIVE[len(vocab)] = weights
    return " ".join(rng.choices(vocab, cum_weights=weights, k=length))


def big_document(words: int, seed: int = 93) -> Document:
    """An article of about `words` words: paragraphs with marks, headings, lists, tables,
    in the sample's own words (uniformly drawn)."""
    rng = random.Random(seed)
    vocab = sample_vocabulary()

    def sentence(rng: random.Random, vocab: list[str], length: int) -> str:
        return " ".join(rng.choice(vocab) for _ in range(length))

    blocks: list = []
    count = 0
    while count < words:
        section = len(blocks) % 12
        if section == 0:
            blocks.append(Heading(Inline.plain(sentence(rng, vocab, 6)), level=2))
            count += 6
        elif section == 5:
            blocks.append(ListBlock(tuple(Inline.plain(sentence(rng, vocab, 8)) for _ in range(5))))
            count += 40
        elif section == 9:
            header = (Inline.plain("الوقت"), Inline.plain("الجلسة"), Inline.plain("المتحدث"))
            rows = tuple(
                (Inline.plain(f"{9 + i}:00"), Inline.plain(sentence(rng, vocab, 4)),
                 Inline.plain("Jürgen Stock | " + rng.choice(vocab)))
                for i in range(6)
            )
            blocks.append(TableBlock(header, rows))
            count += 36
        else:
            runs = [Run(sentence(rng, vocab, 30) + " "), Run(sentence(rng, vocab, 3), bold=True),
                    Run(" " + sentence(rng, vocab, 30) + " * _ [x] "),
                    Run("Interpol", href="https://www.interpol.int/"), Run(" " + sentence(rng, vocab, 20))]
            blocks.append(Paragraph(Inline(tuple(runs))))
            count += 84
    return Document(title=sentence(rng, vocab, 8), blocks=tuple(blocks))


def wire_copy(rng: random.Random, vocab: list[str], words: int = 800) -> str:
    """Plain wire copy like the sample: paragraphs, sub-headings, a list, a pipe table."""
    lines = [sentence(rng, vocab, 60) + "."]
    count = 60
    while count < words - 60:
        lines.append(sentence(rng, vocab, 6))
        lines.append(sentence(rng, vocab, 90) + ".")
        count += 96
    lines += [f"- {sentence(rng, vocab, 6)}." for _ in range(3)]
    lines += ["| العنوان | التفاصيل |", "|---|---|", f"| موقع الحدث | {sentence(rng, vocab, 5)} |"]
    return "\n".join(lines) + "\n"
