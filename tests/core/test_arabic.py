from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import arabic


def test_fold_strips_tashkeel_and_tatweel():
    assert arabic.fold_for_search("مَرَّاكُش") == "مراكش"
    assert arabic.fold_for_search("مـــراكش") == "مراكش"


def test_fold_unifies_hamza_ta_marbuta_and_alif_maqsura():
    assert arabic.fold_for_search("أحمد إبراهيم آمنة ٱلله") == "احمد ابراهيم امنه الله"
    assert arabic.fold_for_search("المرأة") == arabic.fold_for_search("المراة")
    assert arabic.fold_for_search("مستشفى") == "مستشفي"


def test_fold_casefolds_latin_and_western_digits():
    assert arabic.fold_for_search("INTERPOL ٩٣") == "interpol 93"


@given(st.text())
def test_fold_is_idempotent(text):
    once = arabic.fold_for_search(text)
    assert arabic.fold_for_search(once) == once


def test_direction_from_first_strong_letter():
    assert arabic.strong_direction("Interpol في مراكش") == "ltr"
    assert arabic.strong_direction("93 مراكش") == "rtl"
    assert arabic.strong_direction("٠٩:٠٠") is None
    assert arabic.direction_of("10:00", fallback="rtl") == "rtl"
    assert arabic.direction_of("10:00", fallback="ltr") == "ltr"


def test_dominant_direction_and_language():
    assert arabic.dominant_direction("Interpol: انطلاق الدورة في مراكش") == "rtl"
    assert arabic.detect_language("انطلاق الدورة 93 للانتربول") == "ar"
    assert arabic.detect_language("The assembly opened in Marrakech and the chief spoke") == "en"
    assert arabic.detect_language("La session de l'assemblée générale est ouverte à Marrakech") == "fr"


def test_digits():
    assert arabic.to_western_digits("٢٤ ۲۷") == "24 27"
    assert arabic.to_arabic_indic_digits("10:00") == "١٠:٠٠"


def test_word_count_arabic_and_latin():
    assert arabic.word_count("انطلاق الدورة 93 للانتربول، في المغرب!") == 6
    assert arabic.word_count("مَرَّاكُش Interpol's co-operation") == 3
    assert arabic.word_count("") == 0


def test_slug_keeps_arabic_letters():
    assert arabic.slugify("انطلاق الدورة 93 للانتربول في المغرب") == "انطلاق-الدورة-93-للانتربول-في-المغرب"
    assert arabic.slugify("Hello, World! __x") == "hello-world-x"
    assert len(arabic.slugify("كلمة " * 50)) <= 80
