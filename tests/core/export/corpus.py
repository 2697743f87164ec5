"""The export test corpus (tests/fixtures/corpus): the sample wire copy and articles written
for the tests in Arabic, French and English, each with the metadata a stored article would
carry. Files are read through the importer's codecs, as a reporter's files would be."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.core.document import document_from_json
from desktop_app.core.export.publish import ExportArticle
from desktop_app.core.importer import load_file

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CORPUS = FIXTURES / "corpus"
_SHARED_SAMPLE = FIXTURES.parents[2] / "shared" / "samples" / "interpol-93-marrakech.txt"


@dataclass(frozen=True)
class CorpusArticle:
    name: str
    article: ExportArticle


def sample_file() -> Path:
    return _SHARED_SAMPLE if _SHARED_SAMPLE.exists() else FIXTURES / "interpol-93-marrakech.txt"


def _document(file: str):  # -> Document
    if file == "@sample":
        return load_file(sample_file(), title="انطلاق الدورة 93 للانتربول في المغرب").document
    path = CORPUS / file
    if path.suffix == ".json":
        return document_from_json(json.loads(path.read_text(encoding="utf-8")))
    return load_file(path).document


def load_corpus() -> list[CorpusArticle]:
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    articles = []
    for entry in manifest["articles"]:
        article = ExportArticle(
            document=_document(entry["file"]),
            language=entry["language"],
            direction=entry["direction"],
            summary=entry.get("summary", ""),
            slug=entry.get("slug", ""),
            date=datetime.fromisoformat(entry["date"]) if entry.get("date") else None,
            event_title=entry.get("event"),
            fact_box_ids=frozenset(entry.get("fact_box_ids", ())),
            table_titles={int(k): v for k, v in entry.get("table_titles", {}).items()},
        )
        articles.append(CorpusArticle(entry["name"], article))
    return articles
