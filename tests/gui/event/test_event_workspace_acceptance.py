"""Issue 4's acceptance, through the main window as a reporter would do it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QInputDialog

from desktop_app.core.document import Paragraph, TableBlock, TopicListBlock
from desktop_app.gui.editor.text_editor import TextBlocksEditor
from desktop_app.gui.event.new_article_dialog import NewArticleDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.store.articles import get_article
from desktop_app.store.fact_box import fact_box_id
from tests.gui.test_main_window import type_text

EVENT = "الدورة 93 للجمعية العامة للانتربول"
ISSUES = [
    "ترسيخ التعاون الأمني بين الدول الأعضاء في الانتربول.",
    "تبادل الخبرات في مواجهة الجريمة المنظمة العابرة للحدود.",
    "تعزيز حماية الأنظمة الرقمية ضد الهجمات السيبرانية المستجدة.",
    "تطوير دور المرأة في مؤسسات الشرطة محليًا ودوليًا.",
    "تحديث سياسات وإجراءات التصدي لشبكات الاحتيال والجرائم الجديدة.",
]
FREE_ROWS = [
    ("أبرز القضايا", "الجريمة العابرة للحدود، الجريمة السيبرانية، تعزيز حضور المرأة في الشرطة."),
    ("أهمية الحدث", "تطوير التعاون الأمني والمؤسسي عالميًا."),
]


def _commit_line(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def build_sample_event(window: MainWindow, monkeypatch) -> int:
    """The sample's event, built with the sheet's widgets."""
    event_id = window.events.new_event()
    assert event_id is not None and window.events.sheet_shown()
    sheet = window.events.sheet
    ui = sheet.ui
    _commit_line(ui.titleEdit, EVENT)
    _commit_line(ui.cityEdit, "مراكش")
    _commit_line(ui.countryEdit, "المملكة المغربية")
    ui.startDateEdit.setDate(QDate(2025, 11, 24))
    ui.endDateEdit.setDate(QDate(2025, 11, 27))
    ui.localeCombo.setCurrentIndex(ui.localeCombo.findData("ar_MA"))
    assert sheet.commit_details()

    # The fact box: two rows from the details, two the reporter writes.
    ui.tabs.setCurrentWidget(ui.factBoxTab)
    ui.createFactBoxButton.click()
    editor = sheet.fact_box_editor
    for label, value in FREE_ROWS:
        editor.ui.tableView.setCurrentIndex(editor.model.index(editor.model.rowCount() - 1, 0))
        assert editor.add_row()
        row = editor.model.rowCount() - 1
        assert editor.model.setData(editor.model.index(row, 0), label)
        assert editor.model.setData(editor.model.index(row, 1), value)

    # The key issues as a topic list.
    ui.tabs.setCurrentWidget(ui.topicsTab)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("أبرز القضايا", True))
    panel = sheet.topics_panel
    assert panel.new_list() is not None
    for number, text in enumerate(ISSUES):
        if number:
            panel.add_item()
        model = panel.model
        assert model.setData(model.index(model.rowCount() - 1), text)
    return event_id


def write_article(window: MainWindow, event_id: int, monkeypatch) -> int:
    def accept(dialog: NewArticleDialog) -> int:
        dialog.ui.templateCombo.setCurrentIndex(dialog.ui.templateCombo.findData("opening_day"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewArticleDialog, "exec", accept)
    window.events.sheet.ui.newArticleButton.click()
    record = window.record
    assert record is not None and record.event_id == event_id
    assert not window.events.sheet_shown()
    # The reporter writes the lead after the dateline and a paragraph in each empty one.
    first = window.column.editors()[0]
    assert isinstance(first, TextBlocksEditor)
    document = first.document()
    for number in (6, 4, 2, 0):  # from the end, so block numbers stay put
        cursor = QTextCursor(document.findBlockByNumber(number))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        first.setFocus()
        first.setTextCursor(cursor)
        type_text(first, "احتضان المغرب لهذه الدورة" if number else "أكد المدير العام خلال الافتتاح")
    last = window.column.editors()[-1]
    last.setFocus()
    type_text(last, "التأكيد على تعزيز المساعدة المتبادلة")
    assert window.autosaver.flush()
    return record.id


class Outline(HTMLParser):
    """The sequence of block elements of an exported article and their text."""

    BLOCKS = ("h1", "h2", "h3", "p", "ul", "ol", "li", "table", "th", "td", "tr")

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.texts: dict[int, str] = {}
        self._open: list[int] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.tags.append(tag)
            self._open.append(len(self.tags) - 1)

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self._open:
            self._open.pop()

    def handle_data(self, data):
        if self._open:
            index = self._open[-1]
            self.texts[index] = self.texts.get(index, "") + data


def test_the_sample_event_built_in_the_gui_flows_into_an_article(window, database, monkeypatch, tmp_path: Path):
    event_id = build_sample_event(window, monkeypatch)
    table_id = fact_box_id(database, event_id)
    article_id = write_article(window, event_id, monkeypatch)

    blocks = get_article(database, article_id).document.blocks
    [fact_box] = [b for b in blocks if isinstance(b, TableBlock)]
    [issues] = [b for b in blocks if isinstance(b, TopicListBlock)]
    assert fact_box.source_id == table_id and issues.source_id is not None
    assert [[cell.text for cell in row] for row in fact_box.rows] == [
        ["موقع الحدث", "مراكش، المملكة المغربية"],
        ["مدة الدورة", "من 24 حتى 27 نونبر 2025"],
        *[list(row) for row in FREE_ROWS],
    ]
    assert [item.text for item in issues.items] == ISSUES
    assert isinstance(blocks[0], Paragraph) and blocks[0].text.text.startswith("مراكش — أكد")

    # The HTML export has the sample's structure: lead, three sections, the list, the
    # two-column fact box with four rows, a closing paragraph.
    target = tmp_path / "article.html"
    assert window.exports.export_to(target, "html")
    outline = Outline()
    outline.feed(target.read_text(encoding="utf-8"))
    page = target.read_text(encoding="utf-8")
    # A titled topic list is published with its title as a bold label right before it.
    assert "<p><strong>أبرز القضايا</strong></p>\n<ul>" in page
    top = [tag for tag in outline.tags if tag in ("h1", "h2", "p", "ul", "table")]
    label = top.index("ul") - 1
    assert outline.texts[[i for i, t in enumerate(outline.tags) if t == "p"][top[:label].count("p")]] == "أبرز القضايا"
    del top[label]
    assert top == ["h1", "p", "h2", "p", "h2", "p", "h2", "p", "ul", "table", "p"]
    assert outline.tags.count("li") == 5 and outline.tags.count("th") == 2
    assert outline.tags.count("tr") == 5  # header + four rows
    cells = [outline.texts.get(i, "").strip() for i, tag in enumerate(outline.tags) if tag == "td"]
    assert "من 24 حتى 27 نونبر 2025" in cells
    assert re.search(r'<html lang="ar" dir="rtl">', target.read_text(encoding="utf-8"))

    # The same event covered from Cairo: نوفمبر and Arabic-Indic digits, in the article too.
    assert window.events.show_article_event()
    sheet = window.events.sheet
    sheet.ui.localeCombo.setCurrentIndex(sheet.ui.localeCombo.findData("ar_EG"))
    assert sheet.commit_details()
    stored = next(b for b in get_article(database, article_id).document.blocks if isinstance(b, TableBlock))
    assert stored.rows[1][1].text == "من ٢٤ حتى ٢٧ نوفمبر ٢٠٢٥"
    assert window.open_article(article_id)
    shown = next(b for b in window.column.blocks() if isinstance(b, TableBlock))
    assert shown.rows[1][1].text == "من ٢٤ حتى ٢٧ نوفمبر ٢٠٢٥"


def test_a_fact_box_edit_reaches_two_articles_and_undo_takes_it_back(window, database, monkeypatch):
    event_id = build_sample_event(window, monkeypatch)
    first = write_article(window, event_id, monkeypatch)
    assert window.events.show_event(event_id)
    second = write_article(window, event_id, monkeypatch)
    assert window.record.id == second  # the second article stays open in the editor

    def importance(article_id: int) -> str:
        table = next(b for b in get_article(database, article_id).document.blocks if isinstance(b, TableBlock))
        return table.rows[3][1].text

    def shown() -> str:
        table = next(b for b in window.column.blocks() if isinstance(b, TableBlock))
        return table.rows[3][1].text

    assert importance(first) == importance(second) == FREE_ROWS[1][1]
    assert window.events.show_event(event_id)
    sheet = window.events.sheet
    sheet.ui.tabs.setCurrentWidget(sheet.ui.factBoxTab)
    editor = sheet.fact_box_editor
    assert editor.model.setData(editor.model.index(3, 1), "محطة مفصلية في التعاون الأمني الدولي.")
    assert importance(first) == importance(second) == "محطة مفصلية في التعاون الأمني الدولي."

    # Undo from the window's Edit menu while the event is shown: both articles go back.
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert importance(first) == importance(second) == FREE_ROWS[1][1]
    assert editor.model.index(3, 1).data(Qt.ItemDataRole.DisplayRole) == FREE_ROWS[1][1]
    window.redo_action.trigger()
    assert importance(first) == importance(second) == "محطة مفصلية في التعاون الأمني الدولي."
    window.undo_action.trigger()

    # The open article shows the event's current content when the reporter returns.
    assert window.open_article(second)
    assert shown() == FREE_ROWS[1][1]
    assert window.undo_stack.count() > 0  # its own history is untouched by the event's
