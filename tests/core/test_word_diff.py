from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.word_diff import (
    Changes,
    Segment,
    changes_between,
    count_changes,
    diff_words,
    new_text,
    old_text,
    tokenize,
)

# Arabic letters, tashkeel, Latin, digits, spaces, punctuation and line breaks.
TEXT = st.text(alphabet=st.sampled_from("مراكشالدورةَُِّْ abc١٢3،.!-\n "), max_size=80)


@given(TEXT)
def test_tokens_join_back_into_the_text(text):
    assert "".join(tokenize(text)) == text


def test_tokens_keep_tashkeel_on_the_word_and_split_punctuation():
    assert tokenize("مَرْحَبًا، world!\n١٢٣") == ["مَرْحَبًا", "،", " ", "world", "!", "\n", "١٢٣"]


@given(TEXT, TEXT)
def test_segments_spell_both_texts(old, new):
    segments = diff_words(old, new)
    assert old_text(segments) == old
    assert new_text(segments) == new
    assert all(segment.text for segment in segments)
    assert changes_between(old, new) == count_changes(segments)


def test_arabic_insertion_and_deletion():
    old = "انطلقت الدورة في مراكش اليوم"
    new = "انطلقت الدورة الثالثة والتسعون في مراكش"
    segments = diff_words(old, new)
    assert segments == [
        Segment("equal", "انطلقت الدورة "),
        Segment("insert", "الثالثة والتسعون "),
        Segment("equal", "في مراكش"),
        Segment("delete", " اليوم"),
    ]
    assert count_changes(segments) == Changes(added=2, removed=1)


def test_a_change_of_tashkeel_is_a_change():
    segments = diff_words("كتب الولد الدرس", "كَتَبَ الولد الدرس")
    assert segments[:2] == [Segment("delete", "كتب"), Segment("insert", "كَتَبَ")]
    assert count_changes(segments) == Changes(1, 1)
    # The same letters and marks: nothing changed.
    assert diff_words("كَتَبَ الولد", "كَتَبَ الولد") == [Segment("equal", "كَتَبَ الولد")]
    assert changes_between("كَتَبَ", "كَتَبَ") == Changes(0, 0)


def test_a_replaced_phrase_reads_as_old_then_new():
    segments = diff_words("عقد الاجتماع في الرباط يوم الاثنين", "عقد الاجتماع في مدينة مراكش يوم الاثنين")
    assert segments == [
        Segment("equal", "عقد الاجتماع في "),
        Segment("delete", "الرباط"),
        Segment("insert", "مدينة مراكش"),
        Segment("equal", " يوم الاثنين"),
    ]
    assert count_changes(segments) == Changes(2, 1)


def test_a_moved_paragraph_is_removed_in_one_place_and_added_in_the_other():
    old = "الفقرة الأولى\nالفقرة الثانية\nالفقرة الثالثة"
    new = "الفقرة الثانية\nالفقرة الثالثة\nالفقرة الأولى"
    segments = diff_words(old, new)
    assert segments == [
        Segment("delete", "الفقرة الأولى\n"),
        Segment("equal", "الفقرة الثانية\nالفقرة الثالثة"),
        Segment("insert", "\nالفقرة الأولى"),
    ]
    assert count_changes(segments) == Changes(2, 2)
    assert (old_text(segments), new_text(segments)) == (old, new)


def test_whole_paragraphs_added_and_removed():
    segments = diff_words("أ\nب\nج", "أ\nج\nد")
    assert segments == [
        Segment("equal", "أ\n"),
        Segment("delete", "ب\n"),
        Segment("equal", "ج"),
        Segment("insert", "\nد"),
    ]
    assert count_changes(segments) == Changes(1, 1)


def test_empty_texts():
    assert diff_words("", "") == []
    assert diff_words("", "كلمة جديدة") == [Segment("insert", "كلمة جديدة")]
    assert diff_words("كلمة قديمة", "") == [Segment("delete", "كلمة قديمة")]
    assert changes_between("", "كلمة جديدة") == Changes(2, 0)
    assert changes_between("كلمة قديمة", "") == Changes(0, 2)


def test_punctuation_alone_adds_no_words():
    assert changes_between("وصل الوفد", "وصل الوفد.") == Changes(0, 0)
    assert diff_words("وصل الوفد", "وصل الوفد.")[-1] == Segment("insert", ".")


def test_one_word_changed_in_a_long_article_is_quick_and_local():
    paragraphs = [f"الفقرة رقم {n} عن التعاون الأمني بين الدول الأعضاء في الانتربول." for n in range(2000)]
    old = "\n".join(paragraphs)
    paragraphs[1000] = paragraphs[1000].replace("الأمني", "الدولي")
    new = "\n".join(paragraphs)
    started = time.perf_counter()
    segments = diff_words(old, new)
    assert time.perf_counter() - started < 20  # a hang guard; speed is the benchmarks' job
    assert [s for s in segments if s.op != "equal"] == [Segment("delete", "الأمني"), Segment("insert", "الدولي")]
