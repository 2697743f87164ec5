"""Exported pages in a real browser: headless Chromium emulating a 375-px-wide phone.

Layout is read with JavaScript through the DevTools protocol (`cdp.py`); the page under
test is exactly the exported file. Screenshots land in screenshots/browser/ (git-ignored)
for a person to look at.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest

from desktop_app.core.export.publish import ExportOptions, export_article
from tests.browser.cdp import Browser, Phone
from tests.core.export.corpus import load_corpus

WIDTH = 375
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "screenshots" / "browser"


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


pytestmark = pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed (apt-get install chromium)")

# Figures in CSS pixels, read once fonts have loaded (Arabic glyphs change line widths).
MEASURE = """
document.fonts.ready.then(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width}; };
  const tables = [...document.querySelectorAll("table")].map((table) => {
    const wrapper = table.parentElement;
    return {
      header: [...table.querySelectorAll("thead th")].map(box),
      first_row: [...table.querySelectorAll("tbody tr:first-child td")].map(box),
      wrapper: box(wrapper),
      wrapper_scroll: wrapper.scrollWidth,
      wrapper_client: wrapper.clientWidth,
      wrapper_overflow: getComputedStyle(wrapper).overflowX,
    };
  });
  const lists = [...document.querySelectorAll("ul, ol")].map((list) => ({
    list: box(list),
    items: [...list.children].map((li) => ({...box(li), direction: getComputedStyle(li).direction})),
    padding_left: parseFloat(getComputedStyle(list).paddingLeft),
    padding_right: parseFloat(getComputedStyle(list).paddingRight),
  }));
  return {
    inner_width: innerWidth,
    scroll_width: document.documentElement.scrollWidth,
    body_scroll_width: document.body.scrollWidth,
    direction: getComputedStyle(document.body).direction,
    font: getComputedStyle(document.body).fontFamily,
    tables, lists,
  };
})
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Browser]:
    binary = _chromium()
    assert binary is not None
    instance = Browser(binary, tmp_path_factory.mktemp("chromium-profile"))
    yield instance
    instance.close()


def _measure_and_shoot(browser: Browser, name: str, options: ExportOptions, tmp_path: Path) -> dict:
    article = next(c.article for c in load_corpus() if c.name == name)
    page = tmp_path / f"{name}.html"
    page.write_text(export_article(article, options), encoding="utf-8")
    phone = Phone(browser, WIDTH)
    phone.load(page.as_uri())
    figures = phone.evaluate(MEASURE)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"{name}.png"
    phone.screenshot(shot)
    assert shot.stat().st_size > 10_000
    return figures


def _assert_no_page_overflow(figures: dict) -> None:
    assert figures["inner_width"] == WIDTH
    assert figures["scroll_width"] <= WIDTH, figures["scroll_width"]
    assert figures["body_scroll_width"] <= WIDTH


def test_arabic_article_at_phone_width(browser, tmp_path):
    figures = _measure_and_shoot(browser, "interpol-93-sample", ExportOptions(), tmp_path)
    assert figures["direction"] == "rtl" and "Noto Naskh Arabic" in figures["font"]
    _assert_no_page_overflow(figures)
    (table,) = figures["tables"]
    first, second = table["header"]
    # Right to left: the first column (العنوان) is drawn right of the second (التفاصيل).
    assert first["left"] >= second["right"] - 1
    assert table["first_row"][0]["left"] >= table["first_row"][1]["right"] - 1
    assert table["wrapper"]["left"] >= 0 and table["wrapper"]["right"] <= WIDTH
    (listing,) = figures["lists"]
    # The list's indent, where the markers hang, is on the right.
    assert listing["padding_right"] > 10 and listing["padding_left"] == 0
    for item in listing["items"]:
        assert item["direction"] == "rtl"
        assert listing["list"]["right"] - item["right"] >= 10  # room for the marker on the right
        assert abs(item["left"] - listing["list"]["left"]) <= 1


def test_wide_table_scrolls_in_its_own_box(browser, tmp_path):
    figures = _measure_and_shoot(browser, "ar-programme", ExportOptions(), tmp_path)
    _assert_no_page_overflow(figures)
    fact_box, programme = figures["tables"]
    assert fact_box["header"][0]["left"] >= fact_box["header"][1]["right"] - 1
    assert fact_box["wrapper_scroll"] <= fact_box["wrapper_client"]  # two columns fit a phone
    # Six columns do not: their box scrolls, the page does not.
    assert programme["wrapper_overflow"] == "auto"
    assert programme["wrapper_scroll"] > programme["wrapper_client"]
    assert programme["wrapper"]["right"] <= WIDTH
    headers = programme["header"]
    assert all(a["left"] >= b["right"] - 1 for a, b in pairwise(headers))


def test_french_article_runs_left_to_right(browser, tmp_path):
    figures = _measure_and_shoot(browser, "fr-cloture", ExportOptions(), tmp_path)
    assert figures["direction"] == "ltr"
    _assert_no_page_overflow(figures)
    (table,) = figures["tables"]
    first, second = table["header"][:2]
    assert first["right"] <= second["left"] + 1  # left to right: first column on the left
    (listing,) = figures["lists"]
    assert listing["padding_left"] > 10 and listing["padding_right"] == 0
    for item in listing["items"]:
        assert item["left"] - listing["list"]["left"] >= 10
