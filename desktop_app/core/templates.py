"""Article templates for "New article from event": a curtain-raiser, an opening day, a
day wrap-up, a closing. Each is a skeleton in the event's coverage language — a title,
a lead opening with the dateline, section headings — around the event's fact box and
key-issues list, which the caller passes as linked blocks.

The words are the article's, in the coverage language, not the interface's: an Arabic
article written on an English desktop still gets Arabic headings.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.core.document import Block, Document, Heading, Paragraph, TableBlock, TopicListBlock
from desktop_app.core.fact_box import dateline, language_of
from desktop_app.core.inline import Inline

TEMPLATES: tuple[str, ...] = ("curtain_raiser", "opening_day", "day_wrap_up", "closing")


@dataclass(frozen=True)
class Skeleton:
    title: str  # "{event}" stands for the event's title
    first_heading: str
    issues_heading: str
    context_heading: str = ""  # filled in per language below


_SKELETONS: dict[str, dict[str, Skeleton]] = {
    "ar": {
        "curtain_raiser": Skeleton("عشية انطلاق {event}", "ما الذي ينتظر المشاركين", "أبرز القضايا المطروحة"),
        "opening_day": Skeleton("افتتاح {event}", "أبرز ما جاء في الجلسة الافتتاحية", "القضايا المطروحة"),
        "day_wrap_up": Skeleton("حصيلة يوم من {event}", "أبرز محطات اليوم", "القضايا المطروحة"),
        "closing": Skeleton("اختتام {event}", "أبرز التوصيات", "القضايا التي عالجتها الدورة"),
    },
    "fr": {
        "curtain_raiser": Skeleton(
            "{event} : à la veille de l’ouverture", "Ce qui est attendu", "Les principaux enjeux"
        ),
        "opening_day": Skeleton("{event} : l’ouverture", "Les temps forts de la séance d’ouverture", "Les enjeux"),
        "day_wrap_up": Skeleton("{event} : le bilan de la journée", "Les temps forts de la journée", "Les enjeux"),
        "closing": Skeleton("{event} : la clôture", "Les recommandations", "Les enjeux débattus"),
    },
    "en": {
        "curtain_raiser": Skeleton("Ahead of {event}", "What to expect", "Key issues"),
        "opening_day": Skeleton("{event} opens", "Highlights of the opening session", "Key issues"),
        "day_wrap_up": Skeleton("{event}: the day in review", "Highlights of the day", "Key issues"),
        "closing": Skeleton("{event} closes", "Recommendations", "Issues covered"),
    },
}


# The middle section every template has: why the event matters, what led to it.
_CONTEXT = {"ar": "السياق والخلفية", "fr": "Le contexte", "en": "Background"}


def skeleton(template: str, locale: str) -> Skeleton:
    language = language_of(locale)
    try:
        words = _SKELETONS[language][template]
    except KeyError:
        raise ValueError(f"unknown template {template!r}") from None
    return replace(words, context_heading=words.context_heading or _CONTEXT[language])


def template_document(
    template: str,
    *,
    event_title: str,
    city: str,
    locale: str,
    fact_box: TableBlock | None = None,
    issues: TopicListBlock | None = None,
) -> Document:
    """The pre-filled article, shaped like the articles reporters file: a lead opening
    with the dateline («مراكش — »), the first section, the context, the key issues with
    the list, the fact box, a closing paragraph. Empty paragraphs are where the reporter
    writes."""
    words = skeleton(template, locale)
    blocks: list[Block] = [
        Paragraph(Inline.plain(dateline(city, locale))),
        Heading(Inline.plain(words.first_heading), 2),
        Paragraph(Inline.plain("")),
        Heading(Inline.plain(words.context_heading), 2),
        Paragraph(Inline.plain("")),
    ]
    if issues is not None:
        blocks += [Heading(Inline.plain(words.issues_heading), 2), Paragraph(Inline.plain("")), issues]
    if fact_box is not None:
        blocks.append(fact_box)
    blocks.append(Paragraph(Inline.plain("")))
    return Document(words.title.format(event=event_title.strip()), tuple(blocks))
