from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import insert

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.core.word_diff import Segment
from desktop_app.gui.history_panel import HistoryPanel, RevisionModel, diff_html
from desktop_app.store.articles import NewArticle, create_article, document_json, get_article, save_document
from desktop_app.store.models import Revision, utc_now
from desktop_app.store.revisions import list_revisions

FIRST = "انطلقت الدورة في مراكش اليوم"
SECOND = "انطلقت الدورة الثالثة والتسعون في مراكش"


def doc(title: str, *paragraphs: str) -> Document:
    return Document(title, tuple(Paragraph(Inline.plain(p)) for p in paragraphs))


def type_text(widget, text: str) -> None:
    # qtbot.keyClicks aborts on non-Latin-1 text (DESIGN.md fact 7): send key events.
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def article_id(database) -> int:
    article = create_article(database, NewArticle(doc("العنوان", FIRST)))
    save_document(database, article, doc("العنوان", SECOND), reason="manual")
    return article


def open_panel(qtbot, database, article_id) -> HistoryPanel:
    panel = HistoryPanel(database, article_id)
    qtbot.addWidget(panel)
    panel.resize(980, 600)
    panel.show()
    qtbot.waitUntil(lambda: panel.loaded, timeout=10_000)
    return panel


@pytest.fixture
def answer(monkeypatch):
    """Answer every QMessageBox.question with the given button; records the questions."""
    asked: list[str] = []
    reply = [QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return reply[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return reply, asked


def test_panel_lists_revisions_newest_first(qtbot, database, article_id):
    panel = open_panel(qtbot, database, article_id)
    model = panel.model
    assert model.rowCount() == 2
    cells = [[model.index(row, column).data() for column in range(4)] for row in range(2)]
    assert [row[1] for row in cells] == ["Saved", "Imported"]
    assert cells[0][3] == "\u2066+2 / −1\u2069" and cells[1][3] == "\u2066+6 / −0\u2069"
    assert cells[0][2] == "7"
    # Plural forms come from the English catalogue once the strings are translated.
    tooltip = model.index(0, RevisionModel.CHANGE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == model.tr("%n word(s) added", "", 2) + "\n" + model.tr("%n word(s) removed", "", 1)
    assert tooltip.startswith("2 word") and "\n1 word" in tooltip
    assert model.headerData(0, Qt.Orientation.Horizontal) == "When"
    assert panel.ui.statusLabel.text().startswith("2 revision")
    # The newest revision is the current text: selected, nothing to restore.
    assert panel.selected().reason == "manual"
    assert "holds the current text" in panel.ui.diffView.toPlainText()
    assert not panel.ui.restoreButton.isEnabled()


def test_selecting_a_revision_shows_the_diff_right_to_left(qtbot, database, article_id):
    panel = open_panel(qtbot, database, article_id)
    panel.select(1)
    assert panel.selected().reason == "import"
    assert panel.ui.restoreButton.isEnabled()
    html = panel.ui.diffView.toHtml()
    assert "line-through" in html and "underline" in html
    document = panel.ui.diffView.document()
    assert document.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    body = document.findBlockByNumber(1)
    assert body.text() == "انطلقت الدورة الثالثة والتسعون في مراكش اليوم"
    assert body.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Each change is marked where it happened, in reading order.
    formats = [
        (fragment.text(), fragment.charFormat().fontUnderline(), fragment.charFormat().fontStrikeOut())
        for fragment in _fragments(body)
    ]
    assert formats == [
        ("انطلقت الدورة ", False, False),
        ("الثالثة والتسعون ", True, False),
        ("في مراكش", False, False),
        (" اليوم", False, True),
    ]


def _fragments(block):
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def test_diff_html_escapes_and_sets_each_paragraph_direction():
    segments = [
        Segment("equal", "نص <b>\n"),
        Segment("insert", "Latin line"),
        Segment("equal", "\n"),
        Segment("delete", "سطر محذوف"),
    ]
    html = diff_html(segments, "rtl", QColor("#00ff00"), QColor("#ff0000"))
    assert html.startswith('<html><body dir="rtl">')
    assert '<p dir="rtl">نص &lt;b&gt;</p>' in html
    inserted = '<span style="background-color:#00ff00; text-decoration:underline;">Latin line</span>'
    assert f'<p dir="ltr">{inserted}</p>' in html
    assert "background-color:#ff0000; text-decoration:line-through;\">سطر محذوف" in html
    assert html.count("<p ") == 3


def test_a_replaced_word_stays_apart_from_its_replacement():
    segments = [Segment("equal", "حضور "), Segment("delete", "واسع"), Segment("insert", "واسِع")]
    html = diff_html(segments, "rtl", QColor("#00ff00"), QColor("#ff0000"))
    assert "واسع</span>\u2009<span" in html


def test_right_to_left_panel_selects_the_newest_revision(qtbot, database, article_id):
    panel = HistoryPanel(database, article_id, background=False)
    qtbot.addWidget(panel)
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    panel.show()
    assert panel.loaded and panel.model.rowCount() == 2
    panel.select(1)
    assert panel.selected().reason == "import"
    assert panel.ui.revisionView.selectionModel().isRowSelected(1)
    assert "اليوم" in panel.ui.diffView.toPlainText()


def test_restore_asks_first_and_declining_changes_nothing(qtbot, database, article_id, answer):
    reply, asked = answer
    reply[0] = QMessageBox.StandardButton.No
    panel = open_panel(qtbot, database, article_id)
    panel.select(1)
    with qtbot.assertNotEmitted(panel.restored):
        assert not panel.restore_selected()
    assert len(asked) == 1 and "stays in the history" in asked[0]
    assert get_article(database, article_id).document == doc("العنوان", SECOND)
    assert len(list_revisions(database, article_id)) == 2


def test_restore_makes_a_new_revision(qtbot, database, article_id, answer):
    panel = open_panel(qtbot, database, article_id)
    panel.select(1)
    with qtbot.waitSignal(panel.restored) as signal:
        panel.ui.restoreButton.click()
    new_id = signal.args[1]
    assert signal.args[0] == article_id
    assert get_article(database, article_id).document == doc("العنوان", FIRST)
    listed = list_revisions(database, article_id)
    assert [r.reason for r in listed] == ["manual", "restore", "manual", "import"]
    assert listed[0].id == new_id and listed[0].restored
    assert panel.result() == HistoryPanel.DialogCode.Accepted
    again = open_panel(qtbot, database, article_id)
    assert [again.model.index(row, 1).data() for row in range(4)] == ["Restored", "Before restore", "Saved", "Imported"]


def test_restore_of_an_article_deleted_meanwhile_is_refused(qtbot, database, article_id, answer, monkeypatch):
    from desktop_app.store.articles import delete_article

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    panel = open_panel(qtbot, database, article_id)
    panel.select(1)
    delete_article(database, article_id)
    assert not panel.restore_selected()
    assert warnings == [f"There is no article with id {article_id}."]
    assert panel.isVisible()


def test_a_thousand_revisions(qtbot, database, article_id):
    now = utc_now()
    base = get_article(database, article_id).document
    rows = []
    for n in range(1000):
        document = replace(base, blocks=(*base.blocks, Paragraph(Inline.plain(f"فقرة إضافية رقم {n}"))))
        rows.append(
            {"article_id": article_id, "created_at": now + timedelta(seconds=n), "reason": "autosave",
             "title": document.title, "document": document_json(document), "word_count": 10}
        )
    with database.session() as session:
        session.execute(insert(Revision), rows)
    started = time.perf_counter()
    panel = open_panel(qtbot, database, article_id)
    assert time.perf_counter() - started < 30  # a hang guard; speed is the benchmarks' job
    assert panel.model.rowCount() == 1002
    assert panel.model.index(0, RevisionModel.CHANGE).data() == "\u2066+1 / −1\u2069"
    panel.select(1001)
    assert panel.selected().reason == "import"
    assert panel.ui.restoreButton.isEnabled()


# --- the main window -----------------------------------------------------------------------


def test_history_action_is_in_the_article_menu(window, article_id):
    action = window.ui.actionHistory
    assert action in window.ui.menuArticle.actions()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+H")
    assert not action.isEnabled()
    window.open_article(article_id)
    assert action.isEnabled()


def test_history_restore_reloads_the_article(window, article_id, answer, monkeypatch):
    window.open_article(article_id)
    editor = window.column.current_text_editor() or window.column.editors()[0]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " غدا")
    shown: list[HistoryPanel] = []

    def run(panel):
        shown.append(panel)
        panel.wait_until_listed()
        QApplication.processEvents()
        # Unsaved typing was saved first: the newest revision holds it.
        assert panel.model.rowCount() == 3
        panel.select(2)  # the import
        assert panel.restore_selected()
        return 1

    monkeypatch.setattr(HistoryPanel, "exec", run)
    assert window.safety.show_history()
    assert len(shown) == 1
    assert window.column.blocks() == doc("العنوان", FIRST).blocks
    assert get_article(window.db, article_id).document == doc("العنوان", FIRST)
    assert "Before restore" in window.statusBar().currentMessage()
    reasons = [r.reason for r in list_revisions(window.db, article_id)]
    assert reasons == ["manual", "restore", "autosave", "manual", "import"]


def test_exports_keep_an_export_revision(window, article_id, tmp_path: Path):
    window.open_article(article_id)
    assert window.exports.export_to(tmp_path / "a.html", "html")
    # The newest revision ("manual") already held the text: no duplicate.
    assert [r.reason for r in list_revisions(window.db, article_id)] == ["manual", "import"]
    editor = window.column.editors()[0]
    editor.setFocus()
    type_text(editor, "ب")
    assert window.exports.copy_for_cms()
    assert window.exports.export_to(tmp_path / "a.md", "md")
    assert [r.reason for r in list_revisions(window.db, article_id)] == ["export", "autosave", "manual", "import"]
