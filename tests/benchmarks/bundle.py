"""A whole-event bundle: an event with 100 Arabic articles of about 800 words (headings,
marked paragraphs, links, lists, tables) exported to a zip the way `hadath export-event`
and the bundle dialog do it: read from the store, plan, render and write each file (an HTML
page and a Markdown twin per article, and the index). The figure is a median; the ratio is
to zipping each article's plain text, measured in the same run: what the bundle costs
beyond the disk and the compressor."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ARTICLES = 100
WORDS = 800
REPEAT = 5
TARGET = 5.0  # seconds, the median


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return samples


def measure() -> dict[str, float]:
    """Medians in seconds: 'plain zip' (the baseline) and 'bundle'."""
    from desktop_app.core.export.bundle import plan_bundle, write_bundle
    from desktop_app.store.articles import NewArticle, create_articles
    from desktop_app.store.database import Database
    from desktop_app.store.events import create_event
    from desktop_app.store.publishing import find_event, read_event_export
    from tests.benchmarks.corpus import big_document

    documents = [big_document(WORDS, seed=seed) for seed in range(ARTICLES)]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = Database.open(root / "bundle.sqlite3")
        event_id = create_event(db, "الدورة 93 للجمعية العامة للانتربول", language="ar_MA",
                                time_zone="Africa/Casablanca")
        create_articles(db, [NewArticle(document, event_id=event_id) for document in documents])
        runs = iter(range(REPEAT * 2))

        def plain_zip() -> None:
            with zipfile.ZipFile(root / f"plain-{next(runs)}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
                for index, document in enumerate(documents):
                    archive.writestr(f"{index}.txt", document.plain_text())

        def export() -> None:
            export = read_event_export(db, find_event(db, "الدورة 93 للجمعية العامة للانتربول"))
            plan = plan_bundle(export.articles, event_title=export.title, locale=export.language,
                               time_zone=export.time_zone)
            target = root / f"bundle-{next(runs)}.zip"
            assert write_bundle(plan, target) == target
            with zipfile.ZipFile(target) as archive:
                assert len(archive.namelist()) == 2 * ARTICLES + 1

        medians = {
            "plain zip": statistics.median(timed(plain_zip, REPEAT)),
            "bundle": statistics.median(timed(export, REPEAT)),
        }
        db.close()
    return medians


def rows() -> list[tuple[str, str, str, str, bool]]:
    """Rows for tests/benchmarks/run.py's table."""
    medians = measure()
    base, value = medians["plain zip"], medians["bundle"]
    return [
        (f"event bundle: {ARTICLES} × {WORDS} words → zip", f"{value:.2f} s",
         f"{value / base:.0f}× zipping plain text ({base * 1000:.0f} ms)", f"< {TARGET:.0f} s", value < TARGET)
    ]


if __name__ == "__main__":
    table = rows()
    for row in table:
        print(*row[:4], "ok" if row[4] else "MISSED", sep="  ")
    sys.exit(0 if all(row[4] for row in table) else 1)
