from __future__ import annotations

import shutil

import pytest

from desktop_app.core.document import Document, Heading, Paragraph
from desktop_app.core.errors import InputError
from desktop_app.core.importer import ImportedArticle, collect_files, load_file
from desktop_app.core.inline import Inline


def touch(path, text="Lead paragraph.\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_collect_expands_folders_sorted_and_skips_others(tmp_path):
    for name in (
        "b.txt",
        "a.md",
        "sub/c.html",
        "sub/d.htm",
        "e.markdown",
        "f.TXT",
        "notes.docx",
        ".hidden.txt",
        ".git/x.md",
    ):
        touch(tmp_path / name)
    files = collect_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "a.md", "b.txt", "e.markdown", "f.TXT", "sub/c.html", "sub/d.htm",
    ]  # fmt: skip


def test_collect_keeps_explicit_order_and_dedupes(tmp_path):
    a, b = touch(tmp_path / "a.txt"), touch(tmp_path / "b.txt")
    assert collect_files([b, a, b]) == [b, a]


def test_collect_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        collect_files([tmp_path / "missing.txt"])
    (tmp_path / "empty").mkdir()
    touch(tmp_path / "empty" / "x.pdf")
    with pytest.raises(InputError, match="holds no"):
        collect_files([tmp_path / "empty"])
    bad = touch(tmp_path / "x.docx")
    with pytest.raises(InputError, match=r"\.md, \.markdown, \.txt, \.html, \.htm"):
        collect_files([bad])


def test_load_sample_txt(tmp_path, sample_path):
    path = tmp_path / "interpol.txt"
    shutil.copy(sample_path, path)
    article = load_file(path, title="انطلاق الدورة 93 للانتربول")
    assert isinstance(article, ImportedArticle)
    assert article.document.title == "انطلاق الدورة 93 للانتربول"
    assert article.language == "ar" and article.direction == "rtl"
    assert article.source == path
    assert len(article.document.blocks) == 10


def test_title_fallback_first_heading_of_sample(tmp_path, sample_path):
    path = tmp_path / "interpol.txt"
    shutil.copy(sample_path, path)
    article = load_file(path)
    assert (
        article.document.title
        == "أهمية انطلاق الدورة 93 للانتربول في المغرب بالنسبة للتعاون الدولي"
    )


def test_title_fallback_first_words_of_paragraph(tmp_path, sample_text):
    lead = sample_text.splitlines()[0]
    article = load_file(touch(tmp_path / "lead.txt", lead + "\n- item one\n- item two\n"))
    assert article.document.title == "انطلاق الدورة 93 للانتربول في المغرب يجسد التزام…"


def test_title_fallback_first_heading(tmp_path):
    path = touch(tmp_path / "a.html", "<h2>Section</h2><p>Body text in English for the test.</p>")
    article = load_file(path)
    assert article.document.title == "Section"
    assert article.language == "en" and article.direction == "ltr"


def test_title_fallback_file_stem(tmp_path):
    path = touch(tmp_path / "my-list.html", "<ul><li>one</li><li>two</li></ul>")
    assert load_file(path).document.title == "my-list"


def test_title_argument_overrides_html_title(tmp_path):
    path = touch(tmp_path / "a.htm", "<h1>Page</h1><p>Texte en français pour le sommet.</p>")
    article = load_file(path, title="Mine")
    assert article.document.title == "Mine"
    assert article.language == "fr"


def test_html_with_only_scripts_has_no_text(tmp_path):
    path = touch(tmp_path / "a.html", "<script>x()</script><style>p{}</style>")
    with pytest.raises(InputError, match="no article text"):
        load_file(path)


def test_file_errors_propagate(tmp_path):
    with pytest.raises(InputError, match="empty"):
        load_file(touch(tmp_path / "e.txt", ""))
    with pytest.raises(InputError, match="not found"):
        load_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="supported"):
        load_file(touch(tmp_path / "a.rtf"))
    (tmp_path / "garbled.txt").write_bytes("ط§ظ„ط¯ظˆط±ط©".encode())
    with pytest.raises(InputError, match="garbled"):
        load_file(tmp_path / "garbled.txt")


def test_cp1256_txt_file(tmp_path, sample_text):
    path = tmp_path / "old.txt"
    path.write_bytes(sample_text.encode("cp1256"))
    article = load_file(path, title="t")
    assert (
        article.document.plain_text().splitlines()[1:]
        == (
            load_file(touch(tmp_path / "new.txt", sample_text), title="t")
            .document.plain_text()
            .splitlines()[1:]
        )
    )


def test_markdown_dispatch(tmp_path, monkeypatch):
    markdown_in = pytest.importorskip("desktop_app.core.codecs.markdown_in")
    seen = []

    def fake(text, *args, **kwargs):
        seen.append(text)
        return Document(title="", blocks=(Heading(Inline.plain("H")), Paragraph(Inline.plain("p"))))

    monkeypatch.setattr(markdown_in, "from_markdown", fake)
    article = load_file(touch(tmp_path / "a.markdown", "## H\n\np\n"))
    assert seen == ["## H\n\np\n"]
    assert article.document.title == "H"


def test_markdown_real(tmp_path):
    pytest.importorskip("desktop_app.core.codecs.markdown_in")
    article = load_file(touch(tmp_path / "a.md", "# Title\n\nSome text here.\n"))
    assert article.document.title == "Title"
    assert article.document.blocks
