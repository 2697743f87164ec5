from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.fact_box import date_range_text
from desktop_app.locale_names import locale_display_name, names_for


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("ar_MA", "من 24 حتى 27 نونبر 2025"),
        ("ar_EG", "من ٢٤ حتى ٢٧ نوفمبر ٢٠٢٥"),
        ("ar_SA", "من ٢٤ حتى ٢٧ نوفمبر ٢٠٢٥"),
        ("ar_TN", "من 24 حتى 27 نوفمبر 2025"),
        ("fr_MA", "du 24 au 27 novembre 2025"),
        ("en", "24–27 November 2025"),
    ],
)
def test_qlocale_month_names_and_digits(locale, expected):
    assert date_range_text(date(2025, 11, 24), date(2025, 11, 27), locale, names_for(locale)) == expected


def test_years_have_no_group_separator():
    assert names_for("en").number(2025) == "2025"
    assert names_for("ar_EG").number(2025) == "٢٠٢٥"


def test_locales_are_named_in_their_own_language():
    assert locale_display_name("ar_MA") == "العربية (المغرب)"
    assert locale_display_name("fr_MA") == "français (Maroc)"
