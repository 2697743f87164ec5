"""Values in agenda cells: times, dates and text, parsed for sorting and validation.

Pure functions over strings; the store (sorting a table) and the GUI (sorting a view of
5,000 rows) share them, so both order a column the same way.

Sorting text: the leading Arabic article ال is NOT counted by default (`الرباط` files under
ر, next to `رئاسة`), as Arabic indexes, gazetteers and name lists do: otherwise most of an
Arabic column clumps under ا and the order tells the reader nothing. `strip_article=False`
gives plain letter order. Tashkeel, tatweel and hamza/alif forms are folded
(`core.arabic.fold_for_search`), Latin is case-folded and unaccented, and digit runs
compare as numbers ("Session 2" before "Session 10").

Unparseable values sort after every parsed one and empty cells after those, each group in
its own stable order: a half-filled time column still reads top to bottom.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from desktop_app.core.arabic import fold_for_search, to_western_digits

KINDS = ("text", "time", "date", "person")
TextKey = tuple[tuple[int, int, str], ...]
SortKey = tuple[int, object, object, str]

# --- times ------------------------------------------------------------------------------

_AM = ("am", "a.m.", "a.m", "ص", "صباحا", "صباحاً", "صباح", "matin")
_PM = ("pm", "p.m.", "p.m", "م", "مساء", "مساءً", "مساءا", "ظهرا", "ظهراً", "soir")
_TIME = re.compile(
    r"^(?P<h>\d{1,2})\s*(?:(?P<sep>[:h.٫])\s*(?P<m>\d{2})?)?\s*(?P<ampm>[^\d\s].*)?$"
)
# No \s* around the separator: re.split retries at every position, so a leading \s* would
# rescan a run of spaces from each of its characters (quadratic; the fuzz test's CSV cell
# of 97,000 spaces took 10 s). The parts are stripped instead.
_RANGE_SPLIT = re.compile(r"[-–—]|\bto\b|\bà\b|إلى|الى|حتى")
# A time or a time range is short; a longer cell is text and is not scanned at all.
_MAX_TIME_CHARS = 64


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return to_western_digits(text).strip().casefold()


def parse_time(text: str) -> int | None:
    """Minutes after midnight, or None. Accepts `10:00`, `10h00`, `10.00`, `١٠:٠٠`, `9h`,
    `09:00 AM`, `9 ص`, `7 م`, `10h30 du soir`. A bare number (`10`) is not a time: in
    an agenda it is as likely a room or a count."""
    if len(text) > _MAX_TIME_CHARS:
        return None
    text = _clean(text).replace("du ", "").replace("de ", "")
    match = _TIME.match(text)
    if match is None:
        return None
    hour = int(match["h"])
    minute = int(match["m"]) if match["m"] else 0
    suffix = (match["ampm"] or "").strip()
    if not match["sep"] and not suffix:
        return None
    if match["sep"] == "." and not match["m"]:
        return None  # "9." is a numbered item, not nine o'clock
    if suffix:
        if suffix in _AM or suffix in _PM:
            if not 1 <= hour <= 12:
                return None
            hour %= 12
            if suffix in _PM:
                hour += 12
        else:
            return None
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return hour * 60 + minute


def parse_time_range(text: str) -> tuple[int, int | None] | None:
    """(start, end or None) in minutes for `10:00`, `10:00 - 11:30`, `10h à 11h`,
    `١٠:٠٠ إلى ١١:٠٠`; None when the start is not a time."""
    if len(text) > _MAX_TIME_CHARS:
        return None
    parts = [part.strip() for part in _RANGE_SPLIT.split(text.strip(), maxsplit=1)]
    parts = [part for part in parts if part]
    if not parts:
        return None
    start = parse_time(parts[0])
    if start is None:
        return None
    if len(parts) == 1:
        return start, None
    end = parse_time(parts[1])
    if end is None:
        return None
    return start, end


def is_time(text: str) -> bool:
    """True for a time or a time range (see `parse_time`)."""
    return parse_time_range(text) is not None


def format_minutes(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# --- dates ------------------------------------------------------------------------------

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "janvier", "janv", "january", "jan"),
    2: ("فبراير", "فبرایر", "شباط", "février", "fevrier", "févr", "fevr", "february", "feb"),
    3: ("مارس", "آذار", "mars", "march", "mar"),
    4: ("أبريل", "ابريل", "إبريل", "نيسان", "avril", "avr", "april", "apr"),
    5: ("ماي", "مايو", "أيار", "mai", "may"),
    6: ("يونيو", "يونيه", "حزيران", "juin", "june", "jun"),
    7: ("يوليوز", "يوليو", "يوليه", "تموز", "juillet", "juil", "july", "jul"),
    8: ("غشت", "أغسطس", "آب", "août", "aout", "august", "aug"),
    9: ("شتنبر", "سبتمبر", "أيلول", "septembre", "sept", "september", "sep"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول", "octobre", "oct", "october"),
    11: ("نونبر", "نوفمبر", "تشرين الثاني", "novembre", "nov", "november"),
    12: ("دجنبر", "ديسمبر", "كانون الأول", "décembre", "decembre", "déc", "dec", "december"),
}
_WEEKDAYS = (
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "يوم", "le", "the", "of",
)


def _fold_word(text: str) -> str:
    """Arabic folded as for search, Latin without accents: `Février` meets `fevrier`,
    `أبريل` meets `ابريل`."""
    folded = fold_for_search(text)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {_fold_word(name): number for number, names in _MONTH_NAMES.items() for name in names}


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    return frozenset(_fold_word(name) for name in _WEEKDAYS)


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$")
_NUMERIC_NO_YEAR = re.compile(r"^(\d{1,2})/(\d{1,2})$")
_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:\.)?", re.UNICODE)


# "الثلاثاء 24 تشرين الثاني 2026", "mercredi 25 novembre 2026": well under this.
_MAX_DATE_CHARS = 64


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, *, default_year: int | None = None) -> date | None:
    """A date, or None. Accepts ISO `2026-11-24`; day first `24/11/2026`, `24.11.26`,
    `24-11-2026` (the order of Morocco, the Arab world and France; a US month-first date
    such as 11/24/2026 is read only when the day-first reading is impossible); month names
    in Arabic (Maghreb `نونبر`, Mashreq `نوفمبر`, Levant `تشرين الثاني`), French and English
    (`24 novembre 2026`, `November 24, 2026`, `mardi 24 nov. 2026`, `1er mars`). Without a
    year, `default_year` is used (an event's year), else None."""
    if len(text) > _MAX_DATE_CHARS:
        return None  # a long cell is text: not worth splitting into words to find out
    cleaned = _clean(text).rstrip(".").strip()
    if not cleaned:
        return None
    if match := _ISO.match(cleaned):
        return _make_date(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.match(cleaned):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if len(match[3]) == 2:
            year += 2000
        return _make_date(year, second, first) or _make_date(year, first, second)
    if (match := _NUMERIC_NO_YEAR.match(cleaned)) and default_year is not None:
        return _make_date(default_year, int(match[2]), int(match[1]))
    return _named_date(cleaned, default_year)


def _named_date(cleaned: str, default_year: int | None) -> date | None:
    words = [_fold_word(token.rstrip(".")) for token in _TOKEN.findall(cleaned)]
    months, weekdays = _months(), _weekdays()
    numbers: list[int] = []
    month: int | None = None
    index = 0
    while index < len(words):
        word = words[index]
        pair = f"{word} {words[index + 1]}" if index + 1 < len(words) else ""
        if pair in months and month is None:  # تشرين الثاني, كانون الأول
            month = months[pair]
            index += 2
            continue
        index += 1
        if word.isdigit():
            numbers.append(int(word))
        elif word in ("er", "st", "nd", "rd", "th") and numbers:
            continue  # 1er, 1st
        elif word in months and month is None:
            month = months[word]
        elif word not in weekdays:
            return None
    if month is None or not numbers or len(numbers) > 2:
        return None
    day = numbers[0]
    if len(numbers) == 2:
        year = numbers[1]
        if day > 31 and year <= 31:  # "2026 نونبر 24" or "November 24, 2026" misread
            day, year = year, day
    elif default_year is not None:
        year = default_year
    else:
        return None
    return _make_date(year, month, day)


def reference_year(start: date | None, end: date | None) -> int | None:
    """The year a date without one ("24 نونبر") is read in: the event's."""
    bound = start or end
    return bound.year if bound is not None else None


def date_outside(
    text: str, start: date | None, end: date | None, *, default_year: int | None = None
) -> bool:
    """True when `text` is a date before `start` or after `end`; False for dates within,
    for open bounds and for text that is not a date (that has its own mark)."""
    year = default_year if default_year is not None else reference_year(start, end)
    value = parse_date(text, default_year=year)
    if value is None:
        return False
    return (start is not None and value < start) or (end is not None and value > end)


# --- text -------------------------------------------------------------------------------

_ARTICLE = "ال"
_NON_WORD_LEAD = re.compile(r"^[\W_]+", re.UNICODE)
_CHUNK = re.compile(r"(\d+)")
_HONORIFICS = frozenset(
    _fold_word(word)
    for word in (
        "د.", "د", "الدكتور", "الدكتورة", "السيد", "السيدة", "الأستاذ", "الأستاذة", "الشيخ",
        "dr", "dr.", "pr", "pr.", "prof", "prof.", "m.", "mme", "mlle", "mr", "mr.", "mrs",
        "mrs.", "ms", "ms.", "me", "sir",
    )
)


def _strip_article_from(folded: str) -> str:
    # Only when a real word follows: "الي" (إلى folded) or a bare "ال" keep their letters.
    words = folded.split(" ")
    stripped = [w[2:] if w.startswith(_ARTICLE) and len(w) >= 4 else w for w in words[:1]]
    return " ".join(stripped + words[1:])


def text_sort_key(text: str, *, strip_article: bool = True) -> TextKey:
    """A key ordering text the way an Arabic (or French, or English) reader expects;
    see the module docstring for what is folded and why ال is skipped."""
    folded = _fold_word(text)
    folded = _NON_WORD_LEAD.sub("", " ".join(folded.split()))
    if strip_article:
        folded = _strip_article_from(folded)
    chunks: list[tuple[int, int, str]] = []
    for part in _CHUNK.split(folded):
        if not part:
            continue
        if part.isdigit():
            chunks.append((0, int(part), part))
        else:
            chunks.append((1, 0, part))
    return tuple(chunks)


def person_sort_key(text: str, *, strip_article: bool = True) -> TextKey:
    """As `text_sort_key`, after leading honorifics (د., الدكتور, Dr, Mme, …): a list of
    speakers orders by name, not by title."""
    words = text.split()
    while len(words) > 1 and _fold_word(words[0]) in _HONORIFICS:
        words = words[1:]
    return text_sort_key(" ".join(words), strip_article=strip_article)


# --- sort keys per column kind ----------------------------------------------------------

_PARSED, _UNPARSED, _EMPTY = 0, 1, 2


def sort_key(kind: str, text: str, *, strip_article: bool = True, default_year: int | None = None) -> SortKey:
    """A key for a cell of a column of `kind`: (group, primary, secondary, text).
    Keys of one kind are totally ordered; parsed values first, unparseable ones next,
    empty cells last. The last element (the raw text) makes equal-looking but different
    texts still order deterministically; rows with identical text keep their order
    because Python's sort is stable."""
    if not text.strip():
        return (_EMPTY, (), (), "")
    textual = text_sort_key(text, strip_article=strip_article)
    if kind == "time":
        span = parse_time_range(text)
        if span is not None:
            return (_PARSED, (span[0], -1 if span[1] is None else span[1]), textual, text)
        return (_UNPARSED, (0, 0), textual, text)
    if kind == "date":
        value = parse_date(text, default_year=default_year)
        if value is not None:
            return (_PARSED, (value.toordinal(), 0), textual, text)
        return (_UNPARSED, (0, 0), textual, text)
    if kind == "person":
        return (_PARSED, person_sort_key(text, strip_article=strip_article), textual, text)
    if kind == "text":
        return (_PARSED, textual, (), text)
    raise ValueError(f"unknown column kind: {kind!r}")


def sorted_order(
    kind: str,
    texts: Sequence[str],
    *,
    descending: bool = False,
    strip_article: bool = True,
    default_year: int | None = None,
) -> list[int]:
    """Indexes of `texts` in sorted order. Descending reverses the parsed values and the
    unparseable ones but keeps both before empty cells, and keeps ties in their order."""
    keys = [sort_key(kind, t, strip_article=strip_article, default_year=default_year) for t in texts]
    order = sorted(range(len(texts)), key=keys.__getitem__, reverse=descending)
    if descending:
        order.sort(key=lambda i: keys[i][0])  # stable: groups back in place, inner order kept
    return order


# --- validation -------------------------------------------------------------------------

NOT_A_TIME = "not_a_time"
NOT_A_DATE = "not_a_date"
OUTSIDE_EVENT = "outside_event_dates"


@dataclass(frozen=True)
class CellMark:
    """A warning on a cell, not a refusal: the reporter may know better."""

    row: int
    column: int
    reason: str


def validation_marks(
    kinds: Sequence[str],
    rows: Sequence[Sequence[str]],
    start: date | None = None,
    end: date | None = None,
) -> list[CellMark]:
    """Marks for time cells that are not times, date cells that are not dates and dates
    outside [start, end]. Empty cells are never marked."""
    year = reference_year(start, end)
    marks: list[CellMark] = []
    for r, row in enumerate(rows):
        for c, kind in enumerate(kinds):
            text = row[c] if c < len(row) else ""
            if not text.strip():
                continue
            if kind == "time" and not is_time(text):
                marks.append(CellMark(r, c, NOT_A_TIME))
            elif kind == "date":
                if parse_date(text, default_year=year) is None:
                    marks.append(CellMark(r, c, NOT_A_DATE))
                elif date_outside(text, start, end, default_year=year):
                    marks.append(CellMark(r, c, OUTSIDE_EVENT))
    return marks
