from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from desktop_app.core.codecs.markdown_in import from_markdown
from desktop_app.core.codecs.markdown_out import canonical_document, to_markdown
from desktop_app.core.document import Document
from tests.core.codecs.strategies import blocks, documents

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents)
def test_round_trip_gives_the_canonical_document_and_stable_bytes(doc):
    md = to_markdown(doc)
    back = from_markdown(md)
    assert back == canonical_document(doc), md
    assert to_markdown(back) == md


@settings(max_examples=150, deadline=None)
@given(documents)
def test_canonical_form_is_a_fixed_point(doc):
    canonical = canonical_document(doc)
    assert canonical_document(canonical) == canonical
    assert to_markdown(canonical) == to_markdown(doc)


@settings(max_examples=150, deadline=None)
@given(blocks)
def test_every_block_kind_alone(block):
    doc = Document(blocks=(block,))
    md = to_markdown(doc)
    assert from_markdown(md) == canonical_document(doc), md


def test_link_text_ending_a_label_is_not_read_as_a_reference_definition():
    # Found by hypothesis: `[\]:](url)` opening a paragraph was a reference definition.
    from desktop_app.core.codecs.markdown_in import from_markdown
    from desktop_app.core.codecs.markdown_out import to_markdown
    from desktop_app.core.document import Document, Paragraph
    from desktop_app.core.inline import Inline, Run

    for text in ("]:", "a]: b", "x]:"):
        document = Document("", (Paragraph(Inline((Run(text, href="https://example.com/"),))),))
        assert from_markdown(to_markdown(document)).blocks == document.blocks
