from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.agenda_values import (
    KINDS,
    NOT_A_DATE,
    NOT_A_TIME,
    OUTSIDE_EVENT,
    CellMark,
    date_outside,
    is_time,
    parse_date,
    parse_time,
    parse_time_range,
    person_sort_key,
    sort_key,
    sorted_order,
    text_sort_key,
    validation_marks,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("10:00", 600),
        ("10h00", 600),
        ("10H00", 600),
        ("10.00", 600),
        ("١٠:٠٠", 600),
        ("۱۰:۰۰", 600),
        ("9h", 540),
        ("9:05", 545),
        (" 09:30 ", 570),
        ("09:00 AM", 540),
        ("9 pm", 1260),
        ("12 am", 0),
        ("12:30 pm", 750),
        ("9 ص", 540),
        ("٧ م", 1140),
        ("7:30 مساءً", 1170),
        ("0:00", 0),
        ("24:00", 1440),
    ],
)
def test_times_in_every_notation(text, minutes):
    assert parse_time(text) == minutes
    assert is_time(text)


@pytest.mark.parametrize(
    "text", ["", "10", "9.", "25:00", "10:60", "13 pm", "24:30", "الافتتاح", "10:00 xyz", "h30"]
)
def test_not_times(text):
    assert parse_time(text) is None
    assert not is_time(text)


def test_three_notations_are_the_same_time():
    assert parse_time("10:00") == parse_time("10h00") == parse_time("١٠:٠٠") == parse_time("10.00")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("10:00 - 11:30", (600, 690)),
        ("10h–11h", (600, 660)),
        ("10h à 11h30", (600, 690)),
        ("١٠:٠٠ إلى ١١:٠٠", (600, 660)),
        ("9:00 to 10:00", (540, 600)),
        ("10:00", (600, None)),
    ],
)
def test_time_ranges(text, span):
    assert parse_time_range(text) == span
    assert is_time(text)


def test_half_range_is_not_a_time():
    assert parse_time_range("10:00 - ظهرا لاحقا") is None


NOV_24 = date(2026, 11, 24)


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-24",
        "24/11/2026",
        "24-11-2026",
        "24.11.2026",
        "24/11/26",
        "٢٤/١١/٢٠٢٦",
        "24 نونبر 2026",
        "24 نوفمبر 2026",
        "٢٤ نوفمبر ٢٠٢٦",
        "24 تشرين الثاني 2026",
        "الثلاثاء 24 نونبر 2026",
        "24 novembre 2026",
        "mardi 24 novembre 2026",
        "24 Nov. 2026",
        "November 24, 2026",
        "Tuesday, 24 November 2026",
        "11/24/2026",  # month first only because day first is impossible
    ],
)
def test_dates(text):
    assert parse_date(text) == NOV_24


def test_dates_with_hamza_accents_and_ordinals():
    assert parse_date("1er avril 2026") == date(2026, 4, 1)
    assert parse_date("3 أبريل 2026") == parse_date("3 ابريل 2026") == date(2026, 4, 3)
    assert parse_date("15 Février 2026") == parse_date("15 fevrier 2026") == date(2026, 2, 15)
    assert parse_date("5 غشت 2026") == parse_date("5 أغسطس 2026") == date(2026, 8, 5)
    assert parse_date("March 1st, 2026") == date(2026, 3, 1)


def test_day_first_wins_when_both_readings_work():
    assert parse_date("03/04/2026") == date(2026, 4, 3)


def test_dates_without_a_year_need_one():
    assert parse_date("24 نونبر") is None
    assert parse_date("24 نونبر", default_year=2026) == NOV_24
    assert parse_date("24/11", default_year=2026) == NOV_24


@pytest.mark.parametrize("text", ["", "غدا", "31/02/2026", "24 بلا 2026", "2026", "10:00", "24 nov 2026 foo"])
def test_not_dates(text):
    assert parse_date(text, default_year=2026) is None


def test_date_outside():
    start, end = date(2026, 11, 24), date(2026, 11, 27)
    assert date_outside("28 نونبر 2026", start, end)
    assert date_outside("23/11/2026", start, end)
    assert not date_outside("25 نونبر 2026", start, end)
    assert not date_outside("24 نونبر", start, end)  # the event's year is assumed
    assert date_outside("30 نونبر", start, end)
    assert not date_outside("ليس تاريخا", start, end)
    assert not date_outside("2030-01-01", start, None) and date_outside("2020-01-01", start, None)
    assert not date_outside("2030-01-01", None, None)


def _sort(kind, texts, **options):
    return [texts[i] for i in sorted_order(kind, texts, **options)]


def test_time_sort_mixes_notations_and_puts_unparseable_then_empty_last():
    texts = ["14:30", "", "استراحة", "09h00", "١٠:٠٠", "11.15", "8 م", "10:00 - 10:30"]
    assert _sort("time", texts) == ["09h00", "١٠:٠٠", "10:00 - 10:30", "11.15", "14:30", "8 م", "استراحة", ""]


def test_descending_keeps_unparseable_and_empty_last():
    texts = ["10:00", "", "?", "12:00", "11:00"]
    assert _sort("time", texts, descending=True) == ["12:00", "11:00", "10:00", "?", ""]


def test_date_sort():
    texts = ["27 نونبر 2026", "2026-11-24", "غير محدد", "25/11/2026", "26 novembre 2026"]
    assert _sort("date", texts) == ["2026-11-24", "25/11/2026", "26 novembre 2026", "27 نونبر 2026", "غير محدد"]


def test_arabic_text_sort_ignores_tashkeel_and_hamza_forms():
    assert text_sort_key("مَرَّاكُش") == text_sort_key("مراكش")
    assert text_sort_key("أكادير") == text_sort_key("اكادير") == text_sort_key("إكادير")
    texts = ["مَرَّاكُش", "باريس", "أكادير", "تونس"]
    assert _sort("text", texts) == ["أكادير", "باريس", "تونس", "مَرَّاكُش"]


def test_article_al_is_not_counted_by_default():
    texts = ["المغرب", "تونس", "الرباط", "باريس"]
    assert _sort("text", texts) == ["باريس", "تونس", "الرباط", "المغرب"]
    assert _sort("text", texts, strip_article=False) == ["الرباط", "المغرب", "باريس", "تونس"]


def test_short_words_keep_their_al():
    # إلى folds to الي: stripping ال would leave one letter and file it under ي.
    assert text_sort_key("إلى")[0][2].startswith("ال")


def test_latin_case_accents_and_numbers():
    texts = ["session 10", "Session 2", "école", "Zurich", "ecole b"]
    assert _sort("text", texts) == ["école", "ecole b", "Session 2", "session 10", "Zurich"]


def test_person_sort_skips_honorifics():
    assert person_sort_key("د. أحمد") == person_sort_key("أحمد")
    assert person_sort_key("Dr Ahmed") == person_sort_key("ahmed")
    texts = ["السيد يوسف", "د. أحمد", "Mme Claire", "بشرى"]
    assert _sort("person", texts) == ["Mme Claire", "د. أحمد", "بشرى", "السيد يوسف"]


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="kind"):
        sort_key("colour", "red")


def test_validation_marks():
    rows = [
        ["10:00", "25 نونبر 2026", "افتتاح"],
        ["صباحا", "30 نونبر 2026", "x"],
        ["", "غدا", "11:00?"],
        ["11h", "", ""],
    ]
    marks = validation_marks(["time", "date", "text"], rows, date(2026, 11, 24), date(2026, 11, 27))
    assert marks == [
        CellMark(1, 0, NOT_A_TIME),
        CellMark(1, 1, OUTSIDE_EVENT),
        CellMark(2, 1, NOT_A_DATE),
    ]


# --- properties -------------------------------------------------------------------------

_cells = st.text(
    alphabet=st.sampled_from(list("0123456789٠١٢٣:h.- ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآةىءَُِّ AbcZéÉ/")),
    max_size=12,
)


@given(st.sampled_from(KINDS), st.lists(_cells, max_size=30))
def test_sort_keys_are_total_and_sorting_is_idempotent(kind, texts):
    keys = [sort_key(kind, text) for text in texts]
    for a in keys:
        for b in keys:
            assert (a < b) + (a == b) + (a > b) == 1
    once = _sort(kind, texts)
    assert _sort(kind, once) == once
    assert sorted(once) == sorted(texts)


@given(st.sampled_from(KINDS), st.lists(_cells, max_size=30), st.booleans())
def test_sorting_is_stable(kind, texts, descending):
    order = sorted_order(kind, texts, descending=descending)
    assert sorted(order) == list(range(len(texts)))
    for earlier, later in itertools.pairwise(order):
        if texts[earlier] == texts[later]:
            assert earlier < later


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_clock_time_reads_back_in_every_notation(hour, minute):
    expected = hour * 60 + minute
    for text in (f"{hour}:{minute:02d}", f"{hour:02d}h{minute:02d}", f"{hour}.{minute:02d}"):
        assert parse_time(text) == expected
    from desktop_app.core.arabic import to_arabic_indic_digits

    assert parse_time(to_arabic_indic_digits(f"{hour}:{minute:02d}")) == expected
