"""The fact box's generated rows: labels and values written from an event's details in
the event's coverage language.

Month names and digits differ between Arabic-speaking countries (ar_MA writes نونبر with
0–9, ar_EG نوفمبر with ٠–٩), and that knowledge is CLDR's, which Qt carries: the caller
passes a `DateNames` for the coverage locale (`desktop_app.locale_names` builds one from
QLocale), so this module stays free of Qt. Everything else — which rows, their labels,
how a date range reads in Arabic, French and English — is decided here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from desktop_app.core.arabic import to_arabic_indic_digits, to_western_digits

# The event fields a fact box row can be generated from, in the order rows are added.
FIELDS: tuple[str, ...] = ("location", "dates", "organizer")


class DateNames(Protocol):
    """What a locale knows about writing dates: month names and its digits."""

    def month_name(self, month: int) -> str: ...

    def number(self, value: int) -> str: ...


@dataclass(frozen=True)
class FactBoxSource:
    """The event details the generated rows are made of."""

    city: str = ""
    venue: str = ""
    country: str = ""
    organizer: str = ""
    start: date | None = None
    end: date | None = None
    locale: str = "ar"
    digit_style: str = "auto"  # "auto" (the locale's), "western" or "arabic-indic"


@dataclass(frozen=True)
class FactRow:
    field: str
    label: str
    value: str


@dataclass(frozen=True)
class Wording:
    """A language's words for the fact box."""

    title: str
    header: tuple[str, str]
    labels: dict[str, str]
    separator: str  # between the parts of a location
    dash: str = " — "  # after a dateline's city


_WORDING: dict[str, Wording] = {
    "ar": Wording(
        title="بطاقة الحدث",
        header=("العنوان", "التفاصيل"),
        labels={"location": "موقع الحدث", "dates": "مدة الدورة", "organizer": "الجهة المنظمة"},
        separator="، ",
    ),
    "fr": Wording(
        title="L’essentiel",
        header=("Rubrique", "Détails"),
        labels={"location": "Lieu", "dates": "Dates", "organizer": "Organisateur"},
        separator=", ",
    ),
    "en": Wording(
        title="Fact box",
        header=("Item", "Details"),
        labels={"location": "Location", "dates": "Dates", "organizer": "Organizer"},
        separator=", ",
    ),
}


def language_of(locale: str) -> str:
    """The label language of a coverage locale: ar_MA → ar, fr_MA → fr; others English."""
    language = locale.replace("-", "_").split("_", 1)[0].lower()
    return language if language in _WORDING else "en"


def wording(locale: str) -> Wording:
    return _WORDING[language_of(locale)]


def default_headers() -> set[tuple[str, str]]:
    """Every language's generated header: a header still equal to one of them follows the
    coverage language; one the reporter renamed is kept."""
    return {entry.header for entry in _WORDING.values()}


def apply_digit_style(text: str, style: str) -> str:
    if style == "western":
        return to_western_digits(text)
    if style == "arabic-indic":
        return to_arabic_indic_digits(text)
    return text


def _day(day: int, language: str, names: DateNames) -> str:
    # French writes the first of the month as an ordinal: « du 1er au 3 décembre ».
    return names.number(day) + ("er" if language == "fr" and day == 1 else "")


def _full(value: date, language: str, names: DateNames) -> str:
    return f"{_day(value.day, language, names)} {names.month_name(value.month)} {names.number(value.year)}"


def date_range_text(start: date | None, end: date | None, locale: str, names: DateNames) -> str:
    """The event's dates as a reporter writes them: «من 24 حتى 27 نونبر 2025»,
    « du 24 au 27 novembre 2025 », "24–27 November 2025"; the shared month and year are
    written once. One date alone (or both equal) is written as that day."""
    language = language_of(locale)
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        single = start or end
        assert single is not None
        return ("le " if language == "fr" else "") + _full(single, language, names)
    if start.year != end.year:
        first, last = _full(start, language, names), _full(end, language, names)
    else:
        year = names.number(end.year)
        last = f"{_day(end.day, language, names)} {names.month_name(end.month)} {year}"
        if start.month != end.month:
            first = f"{_day(start.day, language, names)} {names.month_name(start.month)}"
        elif language == "en":
            return f"{names.number(start.day)}–{last}"
        else:
            first = _day(start.day, language, names)
    if language == "ar":
        return f"من {first} حتى {last}"
    if language == "fr":
        return f"du {first} au {last}"
    return f"{first} – {last}"


def location_text(source: FactBoxSource) -> str:
    parts = [part for part in (source.venue, source.city, source.country) if part.strip()]
    return wording(source.locale).separator.join(part.strip() for part in parts)


def fact_rows(source: FactBoxSource, names: DateNames) -> list[FactRow]:
    """The generated rows for the details the event has (a field left empty gives no row),
    labels in the coverage language, digits as the event asks."""
    words = wording(source.locale)
    values = {
        "location": location_text(source),
        "dates": date_range_text(source.start, source.end, source.locale, names),
        "organizer": source.organizer.strip(),
    }
    return [
        FactRow(field, words.labels[field], apply_digit_style(values[field], source.digit_style))
        for field in FIELDS
        if values[field]
    ]


def dateline(city: str, locale: str) -> str:
    """The dateline an article from the event opens with: «مراكش — »."""
    city = city.strip()
    return f"{city}{wording(locale).dash}" if city else ""


NamesFor = Callable[[str], DateNames]
