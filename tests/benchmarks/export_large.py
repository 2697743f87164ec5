"""Exporting a 50,000-word article (paragraphs with marks, headings, lists, tables) to
each publishing format through `publish.export_article`. Each figure is a median; the
ratio is to `Document.plain_text()` on the same article, measured in the same run, so it
moves only when our code does."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from desktop_app.core.export.publish import EXPORT_FORMATS, ExportArticle, ExportOptions, export_article
from tests.benchmarks.corpus import big_document

WORDS = 50_000
REPEAT = 5
TARGET = 0.5  # seconds, the HTML page's median


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return samples


def measure() -> dict[str, float]:
    """Medians in seconds: 'plain text' (the baseline) and one per format, plus the HTML
    page with Arabic-Indic digits (every text run converted)."""
    document = big_document(WORDS)
    article = ExportArticle(document, language="ar", direction="auto", summary="ملخص المقال")
    medians = {"plain text": statistics.median(timed(document.plain_text, REPEAT))}
    export_article(article, ExportOptions())  # warm up: the converter is built once per thread
    for format in EXPORT_FORMATS:
        options = ExportOptions(format=format)
        medians[format] = statistics.median(timed(lambda o=options: export_article(article, o), REPEAT))
    digits = ExportOptions(digits="arabic-indic")
    medians["html, arabic-indic"] = statistics.median(timed(lambda: export_article(article, digits), REPEAT))
    return medians


def rows() -> list[tuple[str, str, str, str, bool]]:
    """Rows for tests/benchmarks/run.py's table."""
    medians = measure()
    base = medians["plain text"]
    result = []
    for key in ("html", "html, arabic-indic", "fragment", "markdown", "wordpress"):
        median = medians[key]
        target = f"< {TARGET * 1000:.0f} ms" if key == "html" else ""
        result.append((f"publish 50k words → {key}", f"{median * 1000:.0f} ms", f"{median / base:.0f}× plain text",
                       target, median < TARGET if key == "html" else True))
    return result


def main() -> int:
    table = rows()
    width = max(len(r[0]) for r in table)
    for name, value, detail, target, ok in table:
        mark = "" if not target else ("ok" if ok else "MISSED")
        print(f"{name:<{width}}  {value:>10}  {detail:<24}  {target} {mark}")
    return 0 if all(r[4] for r in table) else 1


if __name__ == "__main__":
    sys.exit(main())
