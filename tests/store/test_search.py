from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.document import Document, Heading, Paragraph
from desktop_app.core.errors import StoreError
from desktop_app.core.inline import Inline
from desktop_app.store.articles import NewArticle, create_article, create_articles
from desktop_app.store.search import make_snippet, parse_query, search_articles, snippet_by_folding


def _doc(title: str, text: str) -> Document:
    lines = [line for line in text.splitlines() if line.strip()]
    return Document(title=title, blocks=tuple(Paragraph(Inline.plain(line)) for line in lines))


@pytest.fixture
def sample_db(db, sample_text):
    lines = [line for line in sample_text.splitlines() if line.strip()]
    doc = Document(
        title=lines[0][:80],
        blocks=(Heading(Inline.plain("عنوان")), *(Paragraph(Inline.plain(x)) for x in lines)),
    )
    sample_id = create_article(db, NewArticle(doc))
    other_id = create_article(db, NewArticle(_doc("أحمد في مَرَّاكُش", "زار أَحْمَد مَرَّاكُش أمس.")))
    return db, sample_id, other_id


@pytest.mark.parametrize("query", ["مراكش", "المراة", "الانتربول", "المرأة", "مَرَّاكُش"])
def test_sample_found(sample_db, query):
    db, sample_id, _ = sample_db
    assert sample_id in [hit.article_id for hit in search_articles(db, query)]


def test_tashkeel_and_hamza_fold(sample_db):
    db, _, other_id = sample_db
    assert other_id in [h.article_id for h in search_articles(db, "مراكش")]
    hits = search_articles(db, "احمد")
    assert [h.article_id for h in hits] == [other_id]
    assert hits[0].snippet == "زار [أَحْمَد] مَرَّاكُش أمس."  # the original text, marked


def test_snippet_keeps_original_and_is_short(sample_db):
    db, sample_id, _ = sample_db
    hit = next(h for h in search_articles(db, "المراة") if h.article_id == sample_id)
    assert "[المرأة]" in hit.snippet
    assert len(hit.snippet.replace("…", "").split()) <= 12


def test_all_words_must_match_phrase_and_prefix(db):
    a = create_article(db, NewArticle(_doc("أ", "الأمن الدولي في مراكش")))
    b = create_article(db, NewArticle(_doc("ب", "الأمن في الرباط والتعاون الدولي")))
    assert {h.article_id for h in search_articles(db, "الامن الدولي")} == {a, b}
    assert {h.article_id for h in search_articles(db, "الامن مراكش")} == {a}
    assert {h.article_id for h in search_articles(db, '"الامن الدولي"')} == {a}
    assert {h.article_id for h in search_articles(db, "الرب*")} == {b}
    assert search_articles(db, "الرب") == []
    hit = search_articles(db, "الرب*")[0]
    assert "[الرباط]" in hit.snippet


def test_title_ranks_higher(db):
    body_only = create_article(db, NewArticle(_doc("تقرير", "ذكر المؤتمر مرة واحدة هنا")))
    in_title = create_article(db, NewArticle(_doc("المؤتمر", "نص عادي عن شيء آخر تماما")))
    assert [h.article_id for h in search_articles(db, "المؤتمر")] == [in_title, body_only]
    assert search_articles(db, "المؤتمر", limit=1)[0].article_id == in_title


def test_latin_case_and_accents(db):
    article_id = create_article(
        db, NewArticle(_doc("Sommet", "Le Café de Marrakech accueille INTERPOL."), language="fr",
                       direction="ltr"),
    )
    for query in ("cafe", "CAFÉ", "interpol", "marrak*"):
        assert [h.article_id for h in search_articles(db, query)] == [article_id], query
    assert "[Café]" in search_articles(db, "cafe")[0].snippet


@pytest.mark.parametrize(
    "query",
    ['"', "*", "AND", "(", "-", "NEAR", "!!! ... ؟؟", "   ", "OR NOT", '""', "(*)", "^", ":"],
)
def test_garbage_only_is_empty_query(db, query):
    with pytest.raises(StoreError, match="empty query"):
        search_articles(db, query)


@pytest.mark.parametrize(
    "query",
    ['مراكش"', '"مراكش', "مراكش AND", "(مراكش)", "-مراكش", "مراكش NEAR(", "col:مراكش",
     "مراكش*)", "{مراكش}", "مراكش^", "a'b", "مر*اكش"],
)
def test_weird_queries_do_not_raise(sample_db, query):
    db, _, _ = sample_db
    search_articles(db, query)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('"*()-:^+{}[]\'ابةأ aANDORNEAR ')), max_size=20))
def test_any_input_never_reaches_fts_as_syntax(tmp_path_factory, query):
    from desktop_app.store.database import Database

    global _shared
    if "_shared" not in globals():
        _shared = Database.open(tmp_path_factory.mktemp("h") / "h.db")
        create_articles(_shared, [NewArticle(_doc("أ", "ابة أب ا ب"))])
    try:
        search_articles(_shared, query)
    except StoreError as error:
        assert "empty query" in str(error)


def test_parse_query_folds():
    terms = parse_query('أحمد "المرأة الجديدة" مَرّا*')
    assert [(t.words, t.prefix) for t in terms] == [
        (("احمد",), False), (("المراه", "الجديده"), False), (("مرا",), True)
    ]


def test_make_snippet_window():
    text = " ".join(f"w{n}" for n in range(40)) + " مَرَّاكُش " + " ".join(f"v{n}" for n in range(40))
    snippet = make_snippet(text, parse_query("مراكش"))
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "[مَرَّاكُش]" in snippet
    assert len(snippet.replace("…", "").split()) == 10
    assert make_snippet("لا شيء", parse_query("مراكش")) == ""


def test_limit_zero_and_negative(sample_db):
    db, _, _ = sample_db
    assert search_articles(db, "مراكش", limit=0) == []


_SPELLINGS = st.sampled_from(
    ["مراكش", "مَرَّاكُش", "مـراكش", "أحمد", "احمد", "إحمد", "المرأة", "المراة", "مستشفى", "مستشفي",
     "Café", "CAFE", "cafe", "93", "٩٣", "الانتربول", "الإنتربول", "سلام", "،", "و"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_SPELLINGS, min_size=1, max_size=8).map(" ".join), min_size=1, max_size=4),
       st.sampled_from(["مراكش", "احمد", "المراه", "مستشفي", "cafe", "93", "الانترب*", "مرا*", '"سلام مراكش"']))
def test_fast_snippet_agrees_with_folding(lines, query):
    text = "\n".join(lines)
    terms = parse_query(query)
    assert make_snippet(text, terms) == snippet_by_folding(text, terms)
