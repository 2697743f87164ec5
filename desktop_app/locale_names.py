"""Month names and digits of a coverage locale, from Qt's CLDR data; and moments as the
interface language writes them (`short_local_time`).

Outside `core` and `store` because it imports Qt; they receive it as a
`core.fact_box.DateNames`. QtCore only, so the CLI can use it without widgets.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from PySide6.QtCore import QDateTime, QLocale

# Offered in the event sheet; any locale name Qt knows is accepted too.
COVERAGE_LOCALES: tuple[str, ...] = (
    "ar_MA", "ar_EG", "ar_SA", "ar_DZ", "ar_TN", "ar_AE", "ar_QA", "ar_JO", "ar_LB",
    "fr_MA", "fr_FR", "en",
)


class QLocaleNames:
    def __init__(self, locale: str) -> None:
        self._locale = QLocale(locale)
        # A year is a number, not an amount: no "2,025".
        self._locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)

    def month_name(self, month: int) -> str:
        return self._locale.monthName(month, QLocale.FormatType.LongFormat)

    def number(self, value: int) -> str:
        return self._locale.toString(value)


@cache
def names_for(locale: str) -> QLocaleNames:
    return QLocaleNames(locale)


def locale_display_name(locale: str) -> str:
    """«العربية (المغرب)» for ar_MA: the locale named in its own language."""
    qlocale = QLocale(locale)
    language = qlocale.nativeLanguageName()
    territory = qlocale.nativeTerritoryName()
    return f"{language} ({territory})" if "_" in locale and territory else language


def short_local_time(moment: datetime) -> str:
    """A moment in local time, in the interface language's short date-and-time format:
    when a revision, a backup, an emergency copy or a trashed item was made."""
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
