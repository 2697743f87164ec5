"""Arabic-aware text utilities: search folding, direction, digits, slugs, word counts.

One `fold_for_search` serves both the search index and the query (DESIGN.md fact 5):
if the two ever differed, a word would stop matching itself.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal, get_args

# Tashkeel (harakat, tanwin, shadda, sukun, dagger alif, Quranic marks) and tatweel.
_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # Persian yeh, common in text pasted from Persian keyboards
        "ک": "ك",
        "ؤ": "و",
        "ئ": "ي",
    }
)
_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_EXTENDED_INDIC = "۰۱۲۳۴۵۶۷۸۹"
_TO_WESTERN = str.maketrans(
    {**{d: str(i) for i, d in enumerate(_ARABIC_INDIC)},
     **{d: str(i) for i, d in enumerate(_EXTENDED_INDIC)}}
)
_TO_ARABIC_INDIC = str.maketrans({str(i): d for i, d in enumerate(_ARABIC_INDIC)})
_RTL_BIDI = {"R", "AL"}
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


def strip_tashkeel(text: str) -> str:
    return _TASHKEEL.sub("", text)


def fold_for_search(text: str) -> str:
    """Fold text so that spelling variants meet: NFKC, no tashkeel or tatweel, one alif,
    ه for ة, ي for ى, Western digits, Latin case-folded."""
    text = unicodedata.normalize("NFKC", text)
    text = strip_tashkeel(text)
    text = text.translate(_FOLD).translate(_TO_WESTERN)
    return text.casefold()


# How an export writes digits: as the reporter typed them, or all Western or Arabic-Indic.
DigitStyle = Literal["as_typed", "western", "arabic-indic"]
DIGIT_STYLES: tuple[DigitStyle, ...] = get_args(DigitStyle)


def to_western_digits(text: str) -> str:
    return text.translate(_TO_WESTERN)


def to_arabic_indic_digits(text: str) -> str:
    return text.translate(_TO_ARABIC_INDIC)


def strong_direction(text: str) -> str | None:
    """'rtl' or 'ltr' from the first strong letter (as Unicode's bidi rule P2 does), or
    None when the text has no strong letter (digits, punctuation, empty)."""
    for char in text:
        bidi = unicodedata.bidirectional(char)
        if bidi in _RTL_BIDI:
            return "rtl"
        if bidi == "L":
            return "ltr"
    return None


def direction_of(text: str, fallback: str = "rtl") -> str:
    """A paragraph's direction; neutral text takes the fallback (DESIGN.md fact 4)."""
    return strong_direction(text) or fallback


def dominant_direction(text: str, sample: int = 400) -> str:
    """The direction most strong letters in the first `sample` letters run in: an Arabic
    article that opens with a Latin name is still right-to-left."""
    rtl = ltr = 0
    for char in text:
        bidi = unicodedata.bidirectional(char)
        if bidi in _RTL_BIDI:
            rtl += 1
        elif bidi == "L":
            ltr += 1
        if rtl + ltr >= sample:
            break
    if rtl == ltr == 0:
        return "rtl"
    return "rtl" if rtl >= ltr else "ltr"


_FRENCH_HINTS = re.compile(
    r"\b(le|la|les|des|du|une|est|et|à|pour|dans|sur|avec|qui|que)\b|[éèêàçùœ]", re.I
)
_ENGLISH_HINTS = re.compile(r"\b(the|and|of|to|in|is|for|with|that|on|was)\b", re.I)


def detect_language(text: str) -> str:
    """A best guess of the coverage language: 'ar', 'fr' or 'en'. Arabic wins when most
    strong letters are Arabic; between French and English, common words decide."""
    if dominant_direction(text) == "rtl":
        return "ar"
    sample = text[:4000]
    return "fr" if len(_FRENCH_HINTS.findall(sample)) > len(_ENGLISH_HINTS.findall(sample)) else "en"


def words(text: str) -> list[str]:
    """Words as a reader counts them: runs of letters and digits (Arabic included), with
    tashkeel ignored so that a vowelled word is still one word."""
    return _WORD.findall(strip_tashkeel(text))


def word_count(text: str) -> int:
    return len(words(text))


def slugify(text: str, max_length: int = 80) -> str:
    """A URL slug that keeps Arabic letters (WordPress accepts them); spaces become '-'."""
    text = strip_tashkeel(unicodedata.normalize("NFKC", text)).casefold()
    parts = [w for w in re.split(r"[^\w]+", text.replace("_", " ")) if w]
    slug = "-".join(parts)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def isolate_ltr(text: str) -> str:
    """`text` (a path, a URL) kept left-to-right inside a sentence of either direction:
    without the isolate, "/tmp/a.csv" in an Arabic line shows as "tmp/a.csv/"."""
    return f"\u2066{text}\u2069"
