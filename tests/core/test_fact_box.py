from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.fact_box import (
    FactBoxSource,
    apply_digit_style,
    date_range_text,
    dateline,
    fact_rows,
    language_of,
    location_text,
)

MONTHS_MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


class FakeNames:
    """What QLocale answers, without Qt: this module must not need it."""

    def __init__(self, months: list[str], indic: bool = False) -> None:
        self.months = months
        self.indic = indic

    def month_name(self, month: int) -> str:
        return self.months[month - 1]

    def number(self, value: int) -> str:
        return apply_digit_style(str(value), "arabic-indic" if self.indic else "western")


AR = FakeNames(MONTHS_MA)
FR = FakeNames(MONTHS_FR)
EN = FakeNames(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"])


@pytest.mark.parametrize(
    ("start", "end", "locale", "names", "expected"),
    [
        (date(2025, 11, 24), date(2025, 11, 27), "ar_MA", AR, "من 24 حتى 27 نونبر 2025"),
        (date(2025, 10, 30), date(2025, 11, 2), "ar_MA", AR, "من 30 أكتوبر حتى 2 نونبر 2025"),
        (date(2025, 12, 30), date(2026, 1, 2), "ar_MA", AR, "من 30 دجنبر 2025 حتى 2 يناير 2026"),
        (date(2025, 11, 24), date(2025, 11, 24), "ar_MA", AR, "24 نونبر 2025"),
        (date(2025, 11, 24), None, "ar_MA", AR, "24 نونبر 2025"),
        (None, None, "ar_MA", AR, ""),
        (date(2025, 12, 1), date(2025, 12, 3), "fr_MA", FR, "du 1er au 3 décembre 2025"),
        (date(2025, 11, 24), date(2025, 11, 27), "fr", FR, "du 24 au 27 novembre 2025"),
        (date(2025, 11, 30), date(2025, 12, 1), "fr", FR, "du 30 novembre au 1er décembre 2025"),
        (None, date(2025, 11, 27), "fr", FR, "le 27 novembre 2025"),
        (date(2025, 11, 24), date(2025, 11, 27), "en", EN, "24–27 November 2025"),
        (date(2025, 10, 30), date(2025, 11, 2), "en", EN, "30 October – 2 November 2025"),
        (date(2025, 12, 30), date(2026, 1, 2), "en_GB", EN, "30 December 2025 – 2 January 2026"),
    ],
)
def test_date_ranges_read_as_a_reporter_writes_them(start, end, locale, names, expected):
    assert date_range_text(start, end, locale, names) == expected


def test_the_locales_digits_are_used_and_can_be_overridden():
    source = FactBoxSource(city="مراكش", start=date(2025, 11, 24), end=date(2025, 11, 27), locale="ar_EG")
    indic = FakeNames(MONTHS_MA, indic=True)
    (_, dates) = fact_rows(source, indic)
    assert dates.value == "من ٢٤ حتى ٢٧ نونبر ٢٠٢٥"
    western = FactBoxSource(**{**source.__dict__, "digit_style": "western"})
    assert fact_rows(western, indic)[1].value == "من 24 حتى 27 نونبر 2025"
    forced = FactBoxSource(**{**source.__dict__, "digit_style": "arabic-indic", "locale": "ar_MA"})
    assert fact_rows(forced, AR)[1].value == "من ٢٤ حتى ٢٧ نونبر ٢٠٢٥"


def test_rows_follow_the_details_the_event_has_with_labels_in_its_language():
    source = FactBoxSource(city="مراكش", country="المملكة المغربية", start=date(2025, 11, 24),
                           end=date(2025, 11, 27), locale="ar_MA")
    rows = fact_rows(source, AR)
    assert [(row.field, row.label, row.value) for row in rows] == [
        ("location", "موقع الحدث", "مراكش، المملكة المغربية"),
        ("dates", "مدة الدورة", "من 24 حتى 27 نونبر 2025"),
    ]
    french = FactBoxSource(city="Marrakech", venue="Palais des congrès", organizer="Interpol", locale="fr_MA")
    assert [(row.label, row.value) for row in fact_rows(french, FR)] == [
        ("Lieu", "Palais des congrès, Marrakech"),
        ("Organisateur", "Interpol"),
    ]
    assert [row.label for row in fact_rows(FactBoxSource(city="Lyon", organizer="X", locale="en"), EN)] == [
        "Location", "Organizer",
    ]
    assert fact_rows(FactBoxSource(locale="ar"), AR) == []


def test_location_skips_empty_parts_and_blank_space():
    assert location_text(FactBoxSource(city=" مراكش ", country="  ", locale="ar")) == "مراكش"


@pytest.mark.parametrize(
    ("locale", "language"),
    [("ar_MA", "ar"), ("ar-EG", "ar"), ("fr_MA", "fr"), ("FR", "fr"), ("en", "en"), ("es_ES", "en")],
)
def test_label_language_of_a_coverage_locale(locale, language):
    assert language_of(locale) == language


def test_dateline_from_the_city():
    assert dateline("مراكش", "ar_MA") == "مراكش — "
    assert dateline("Marrakech", "fr_MA") == "Marrakech — "
    assert dateline("  ", "ar") == ""
