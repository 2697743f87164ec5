"""Golden files of the sample article in the publishing formats (UPDATE_GOLDEN=1 to
accept a deliberate change, then read the diff)."""

from __future__ import annotations

import pytest

from desktop_app.core.export.publish import ExportOptions, export_article

from .corpus import load_corpus
from .test_html import check_golden

SAMPLE = next(c.article for c in load_corpus() if c.name == "interpol-93-sample")


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("interpol-93.publish.html", ExportOptions()),
        ("interpol-93.publish.fragment.html", ExportOptions(format="fragment", digits="arabic-indic")),
        ("interpol-93.publish.md", ExportOptions(format="markdown", front_matter=True)),
        ("interpol-93.wordpress.html", ExportOptions(format="wordpress")),
    ],
)
def test_sample_in_each_format_matches_golden(name, options):
    check_golden(name, export_article(SAMPLE, options))
