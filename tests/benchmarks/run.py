"""Benchmarks: export (a 50,000-word article in every format, a 100-article event
bundle), bulk import, search, typing, the agenda table editor, start-up. `make bench`
runs them.

Figures are medians (and p95 for search) on this machine; each is also given as a ratio to
a baseline measured in the same run, because shared machines drift: a ratio moves only
when our code does.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.codecs.markdown_out import to_markdown
from desktop_app.core.codecs.plaintext_in import from_plain_text
from desktop_app.core.export.html import HtmlOptions, render_document
from desktop_app.store.articles import NewArticle, create_articles
from desktop_app.store.database import Database
from desktop_app.store.search import search_articles
from tests.benchmarks.corpus import big_document, vocabulary, wire_copy

ARTICLES = 10_000


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return samples


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    rows: list[tuple[str, str, str, str, bool]] = []
    document = big_document(50_000)
    baseline = statistics.median(timed(document.plain_text, 5))
    for name, func in (
        ("export 50k words → Markdown", lambda: to_markdown(document)),
        ("export 50k words → HTML", lambda: render_document(document, HtmlOptions())),
    ):
        median = statistics.median(timed(func, 5))
        rows.append((name, f"{median * 1000:.0f} ms", f"{median / baseline:.0f}× plain text",
                     "< 500 ms", median < 0.5))

    rng = random.Random(7)
    vocab = vocabulary()
    texts = [wire_copy(rng, vocab) for _ in range(ARTICLES)]
    with tempfile.TemporaryDirectory() as folder:
        raw = sqlite3.connect(Path(folder) / "raw.db")
        start = time.perf_counter()
        raw.execute("CREATE TABLE t(body TEXT)")
        raw.executemany("INSERT INTO t VALUES (?)", ((t,) for t in texts))
        raw.commit()
        raw_time = time.perf_counter() - start
        raw.close()

        db = Database.open(Path(folder) / "bench.sqlite3")
        start = time.perf_counter()
        items = [NewArticle(from_plain_text(t, title=f"مقال {i}")) for i, t in enumerate(texts)]
        create_articles(db, items)
        elapsed = time.perf_counter() - start
        rows.append((f"bulk import {ARTICLES:,} × 800 words", f"{elapsed:.1f} s",
                     f"{elapsed / raw_time:.0f}× raw sqlite insert", "< 60 s", elapsed < 60))

        queries = {
            "rare": [vocab[rng.randrange(5_000, len(vocab))] for _ in range(10)],
            "common": ["الدورة", "الانتربول", "المغرب", "الجريمة", "التعاون"] * 2,
            "two words": [f"{vocab[rng.randrange(300)]} {vocab[rng.randrange(300)]}" for _ in range(10)],
            "phrase": ['"الجريمة المنظمة"', '"الدول الأعضاء"'] * 5,
            "prefix": ["الانترب*", "مراك*", "تعز*", "الشر*", "سيبر*"] * 2,
        }
        all_samples: list[float] = []
        for kind, batch in queries.items():
            samples = [timed(lambda q=q: search_articles(db, q), 1)[0] for q in batch]
            all_samples += samples
            rows.append((f"search: {kind}", f"{statistics.median(samples) * 1000:.1f} ms",
                         f"p95 {p95(samples) * 1000:.1f} ms", "", True))
        raw = sqlite3.connect(Path(folder) / "bench.sqlite3")
        # Baseline: one bare FTS5 lookup of a common folded word, no ranking, no snippets.
        bare = "SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT 20"
        base = statistics.median(timed(lambda: raw.execute(bare, ('"الدوره"',)).fetchall(), 50))
        raw.close()
        median, high = statistics.median(all_samples), p95(all_samples)
        rows.append((f"search: all {len(all_samples)} queries", f"{median * 1000:.1f} ms",
                     f"p95 {high * 1000:.1f} ms; {median / base:.1f}× bare FTS5 match",
                     "median < 10 ms, p95 < 50 ms", median < 0.010 and high < 0.050))
        db.close()

    from tests.benchmarks.typing import summary, typing_latencies

    median, p99 = summary(typing_latencies(500))
    rows.append(("typing 500 keys, 10k-word article", f"{median * 1000:.2f} ms", f"p99 {p99 * 1000:.2f} ms",
                 "median < 4 ms, p99 < 16 ms", median < 0.004 and p99 < 0.016))

    from tests.benchmarks.agenda_table import rows as agenda_rows

    rows += agenda_rows()

    from tests.benchmarks.export_large import rows as export_rows

    rows += export_rows()

    from tests.benchmarks.bundle import rows as bundle_rows

    rows += bundle_rows()

    from tests.benchmarks.startup import rows as startup_rows

    rows += startup_rows()

    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark':<{width}}  {'median':>10}  {'detail':<36}  target")
    for name, value, detail, target, ok in rows:
        mark = "" if not target else ("ok" if ok else "MISSED")
        print(f"{name:<{width}}  {value:>10}  {detail:<36}  {target} {mark}")
    return 0 if all(r[4] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
