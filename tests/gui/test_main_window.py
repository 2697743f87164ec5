from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.codecs.plaintext_in import from_plain_text
from desktop_app.core.document import Paragraph, TableBlock, TopicListBlock
from desktop_app.gui.editor.table_editor import TableBlockEditor
from desktop_app.gui.editor.text_editor import TextBlocksEditor
from desktop_app.gui.editor.topic_editor import TopicListEditor
from desktop_app.gui.main_window import MainWindow
from desktop_app.store.articles import get_article, list_articles

from .conftest import TITLE


def type_text(widget, text: str) -> None:
    # qtbot.keyClicks aborts on non-Latin-1 text (DESIGN.md fact 7): send key events.
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_library_lists_and_opens_the_article(window, sample_id):
    window.refresh_library()
    assert len(window.ui.libraryTree.article_items()) == 1
    assert not window.ui.emptyLabel.isVisible()
    assert window.open_article(sample_id)
    kinds = [type(e) for e in window.column.editors()]
    assert kinds == [TextBlocksEditor, TableBlockEditor, TextBlocksEditor]
    assert window.column.blocks() == get_article(window.db, sample_id).document.blocks
    assert "words" in window.words_label.text()
    assert window.ui.titleEdit.text() == TITLE
    assert window.ui.actionExport.isEnabled()


def test_empty_library_says_how_to_start(window):
    assert window.ui.libraryTree.article_items() == []
    assert window.ui.emptyLabel.isVisible()
    assert not window.ui.actionExport.isEnabled()
    assert not window.ui.inspectorPanel.isEnabled()


def test_filter_uses_the_search_index(window, sample_id, qtbot):
    window.refresh_library()
    type_text(window.ui.filterEdit, "مَرَّاكُش")
    qtbot.waitUntil(lambda: len(window.ui.libraryTree.article_items()) == 1
                    and "<b>" in (window.ui.libraryTree.article_items()[0].data(0, Qt.ItemDataRole.UserRole + 1) or ""))
    window.ui.filterEdit.clear()
    type_text(window.ui.filterEdit, "غيرموجود")
    qtbot.waitUntil(lambda: window.ui.libraryTree.article_items() == [])
    assert not window.ui.emptyLabel.isVisible()


def test_typing_autosaves(window, sample_id, qtbot):
    window.open_article(sample_id)
    editor = window.column.editors()[-1]
    editor.focus_end()
    type_text(editor, " انتهى")
    with qtbot.waitSignal(window.autosaver.saved, timeout=5000):
        pass
    saved = get_article(window.db, sample_id).document
    assert saved.blocks[-1].text.text.endswith("انتهى")
    assert "Saved" in window.save_label.text()


def test_undo_spans_blocks_and_edit_menu_names_it(window, sample_id):
    window.open_article(sample_id)
    original = window.column.blocks()
    editor = window.column.editors()[0]
    editor.focus_end()
    type_text(editor, "ز")
    window.ui.actionInsertTopics.trigger()
    assert any(isinstance(e, TopicListEditor) for e in window.column.editors())
    assert window.undo_action.text().startswith("Undo")
    window.undo_action.trigger()
    assert not any(isinstance(e, TopicListEditor) for e in window.column.editors())
    window.undo_action.trigger()
    assert window.column.blocks() == original


def test_insert_table_splits_the_text_at_the_cursor(window, sample_id):
    window.open_article(sample_id)
    first = window.column.editors()[0]
    cursor = first.textCursor()
    cursor.setPosition(first.document().findBlockByNumber(1).position())
    first.setTextCursor(cursor)
    first.setFocus()
    window.column._current = first
    window.ui.actionInsertTable.trigger()
    editors = window.column.editors()
    assert isinstance(editors[1], TableBlockEditor)
    blocks = window.column.blocks()
    assert isinstance(blocks[1], TableBlock)
    assert len(blocks) == len(get_article(window.db, sample_id).document.blocks) + 1
    window.undo_action.trigger()
    assert window.column.blocks() == get_article(window.db, sample_id).document.blocks


def test_metadata_edits_are_saved(window, sample_id):
    window.open_article(sample_id)
    window.ui.titleEdit.setText("عنوان جديد")
    window.ui.titleEdit.editingFinished.emit()
    window.ui.statusCombo.setCurrentIndex(window.ui.statusCombo.findData("ready"))
    record = get_article(window.db, sample_id)
    assert record.title == "عنوان جديد" and record.status == "ready"
    window.ui.summaryEdit.setPlainText("x" * 200)
    assert "200" in window.ui.summaryCount.text() and "155" in window.ui.summaryCount.text()


def test_bad_slug_is_refused_with_a_message(window, sample_id, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    other = window.new_article()
    window.open_article(sample_id)
    slug = get_article(window.db, other).slug
    window.ui.slugEdit.setText(slug)
    window.ui.slugEdit.editingFinished.emit()
    assert shown and slug in shown[0]
    assert get_article(window.db, sample_id).slug != slug
    assert window.ui.slugEdit.text() == get_article(window.db, sample_id).slug


def test_new_duplicate_and_delete(window, sample_id, monkeypatch):
    window.open_article(sample_id)
    copy_id = window.duplicate_article()
    assert copy_id is not None and window.record.id == copy_id
    assert get_article(window.db, copy_id).document.blocks == get_article(window.db, sample_id).document.blocks
    new_id = window.new_article()
    assert window.record.id == new_id and window.column.blocks() == ()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert window.delete_current()
    assert new_id not in [a.id for a in list_articles(window.db)]
    assert window.record is not None


def test_export_writes_html_and_markdown(window, sample_id, tmp_path: Path):
    window.open_article(sample_id)
    assert window.exports.export_to(tmp_path / "a.html", "html")
    assert window.exports.export_to(tmp_path / "a.md", "md")
    assert '<html lang="ar" dir="rtl">' in (tmp_path / "a.html").read_text(encoding="utf-8")
    assert (tmp_path / "a.md").read_text(encoding="utf-8").startswith(f"# {TITLE}")


def test_import_paths_adds_articles(window, sample_path):
    ids = window.import_paths([sample_path])
    assert len(ids) == 1
    assert window.record is not None and window.record.id == ids[0]


def test_bad_import_warns_and_stores_nothing(window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert window.import_paths([empty]) == []
    assert shown and "empty" in shown[0]
    assert window.ui.libraryTree.article_items() == []


def test_unknown_article_warns(window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not window.open_article(4242)
    assert shown and "4242" in shown[0]


def test_paste_of_the_sample_recreates_it(window, sample_text, qtbot):
    window.new_article()
    editor = window.column.editors()[0]
    editor.focus_start()
    mime = __import__("PySide6.QtCore", fromlist=["QMimeData"]).QMimeData()
    mime.setText(sample_text)
    editor.insertFromMimeData(mime)
    expected = from_plain_text(sample_text).blocks
    assert window.column.blocks() == expected
    assert window.autosaver.flush()
    assert get_article(window.db, window.record.id).document.blocks == expected


def test_rtl_table_puts_the_first_column_on_the_right(qtbot, database, sample_id, isolated_settings):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        win = MainWindow(database, "ar")
        qtbot.addWidget(win)
        win.resize(1200, 760)
        win.show()
        win.open_article(sample_id)
        library_x = win.ui.libraryPanel.mapTo(win, QPoint(0, 0)).x()
        editor_x = win.ui.editorHost.mapTo(win, QPoint(0, 0)).x()
        assert library_x > editor_x
        table = next(e for e in win.column.editors() if isinstance(e, TableBlockEditor))
        view = table.view()
        first = view.visualRect(view.model().index(0, 0))
        second = view.visualRect(view.model().index(0, 1))
        assert first.left() > second.left()
        win.autosaver.shutdown()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_window_state_and_last_article_are_remembered(qtbot, database, sample_id, isolated_settings):
    from PySide6.QtCore import QSettings

    first = MainWindow(database, "en")
    qtbot.addWidget(first)
    first.resize(720, 520)
    first.show()
    first.open_article(sample_id)
    first.close()
    second = MainWindow(database, "en")
    qtbot.addWidget(second)
    assert second.restore_state(QSettings()) == sample_id
    second.show()
    assert second.size().width() == 720
    second.autosaver.shutdown()


def test_closing_saves_unsaved_text(qtbot, database, sample_id, isolated_settings):
    win = MainWindow(database, "en")
    qtbot.addWidget(win)
    win.show()
    win.open_article(sample_id)
    editor = win.column.editors()[-1]
    editor.focus_end()
    type_text(editor, " خلاصة")
    win.close()
    assert get_article(database, sample_id).document.blocks[-1].text.text.endswith("خلاصة")


def test_paragraph_menu_commands_reach_the_text(window):
    window.new_article()
    editor = window.column.editors()[0]
    editor.focus_start()
    type_text(editor, "عنوان فرعي")
    window.column._current = editor
    window.ui.actionHeading3.trigger()
    assert window.column.blocks()[0].level == 3
    window.ui.actionParagraph.trigger()
    assert isinstance(window.column.blocks()[0], Paragraph)
    assert isinstance(TopicListBlock((), ""), TopicListBlock)


def test_blocks_stack_without_overlap_or_inner_scrollbars(window, sample_id, qtbot):
    window.open_article(sample_id)
    for _ in range(5):
        QApplication.processEvents()
    editors = window.column.editors()
    for upper, lower in itertools.pairwise(editors):
        assert upper.geometry().bottom() < lower.geometry().top()
    for editor in editors:
        if isinstance(editor, TextBlocksEditor):
            assert not editor.verticalScrollBar().isVisible()
            assert editor.height() >= editor.document().size().height()


def _reopen(qtbot, database):
    from PySide6.QtCore import QSettings

    win = MainWindow(database, "en")
    qtbot.addWidget(win)
    last = win.restore_state(QSettings())
    win.show()
    assert last is not None and win.open_article(last)
    return win


def test_reopening_puts_the_cursor_back(qtbot, database, sample_id, isolated_settings):
    first = MainWindow(database, "en")
    qtbot.addWidget(first)
    first.show()
    first.open_article(sample_id)
    editor = first.column.editors()[-1]
    cursor = editor.textCursor()
    cursor.setPosition(17)
    editor.setTextCursor(cursor)
    first.column._current = editor
    first.close()
    second = _reopen(qtbot, database)
    restored = second.column.current_editor()
    assert second.column.slots().index(restored) == len(second.column.slots()) - 1
    assert restored.textCursor().position() == 17
    second.autosaver.shutdown()


def test_switching_articles_remembers_each_cursor(window, sample_id):
    window.open_article(sample_id)
    table = next(e for e in window.column.editors() if isinstance(e, TableBlockEditor))
    table.set_current_cell(2, 1)
    window.column._current = table
    other = window.new_article()
    assert window.record.id == other
    window.open_article(sample_id)
    restored = window.column.current_editor()
    assert isinstance(restored, TableBlockEditor)
    assert restored.current_cell() == (2, 1)


def test_long_article_reopens_scrolled_to_the_cursor(qtbot, database, isolated_settings):
    from desktop_app.core.document import Document
    from desktop_app.store.articles import NewArticle, create_articles
    from tests.gui.editor.test_column import long_article

    (article_id,) = create_articles(database, [NewArticle(Document("طويل", long_article()), "ar", "rtl")])
    first = MainWindow(database, "en")
    qtbot.addWidget(first)
    first.resize(1000, 700)
    first.show()
    first.open_article(article_id)
    editor = first.column.editors()[-3]
    cursor = editor.textCursor()
    cursor.setPosition(40)
    editor.setTextCursor(cursor)
    first.column._current = editor
    first.close()
    second = _reopen(qtbot, database)
    column = second.column
    restored = column.current_editor()
    assert column.slots().index(restored) == len(column.slots()) - 3
    assert restored.textCursor().position() == 40

    def cursor_in_view() -> bool:
        spot = restored.viewport().mapTo(column.viewport(), restored.cursorRect().center())
        return column.viewport().rect().contains(spot)

    qtbot.waitUntil(cursor_in_view)
    assert column.blocks() == long_article()
    second.autosaver.shutdown()


def test_status_bar_shows_the_stored_word_count_at_open_and_recounts_after_saves(window, sample_id):
    from desktop_app.core.arabic import word_count
    from desktop_app.store.reads import get_article as read_article

    record = read_article(window.db, sample_id)
    assert record.word_count == word_count(record.document.plain_text())
    assert window.open_article(sample_id)
    assert window.words_label.text().startswith(f"{record.word_count} word")
    window._on_saved(record.updated_at)  # recounted from the editor's own snapshot
    assert window.words_label.text().startswith(f"{word_count(window.snapshot().plain_text())} word")


def test_a_damaged_database_found_after_start_is_reported_and_not_written(
    qtbot, tmp_path, isolated_settings, monkeypatch
):
    from desktop_app.core.document import Document
    from desktop_app.core.inline import Inline
    from desktop_app.store.articles import NewArticle, create_articles
    from desktop_app.store.database import Database
    from tests.store.test_database import _corrupt_a_page

    path = tmp_path / "news.sqlite3"
    db = Database.open(path)
    ids = create_articles(db, [NewArticle(Document("T", (Paragraph(Inline.plain("نص " * 400)),)))] * 20)
    db.close()
    _corrupt_a_page(path)
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    deferred = Database.open(path, defer_integrity_check=True)
    win = MainWindow(deferred, "en")
    qtbot.addWidget(win)
    win.show()
    assert win.open_article(ids[0])
    win.safety.verify_database()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "damaged" in shown[0] and win.ui.saveBanner.isVisible()
    editor = win.column.editors()[0]
    editor.focus_end()
    type_text(editor, "ز")
    assert not win.autosaver.flush()
    win.autosaver.shutdown()
    deferred.close()
    assert path.read_bytes() == before


def test_enter_in_the_title_goes_on_to_the_text(window, monkeypatch):
    from PySide6.QtTest import QTest

    window.new_article()
    calls: list[str] = []
    monkeypatch.setattr(window.column, "focus_start", lambda: calls.append("text"))
    window.ui.titleEdit.setText("")
    type_text(window.ui.titleEdit, "افتتاح")
    QTest.keyClick(window.ui.titleEdit, Qt.Key.Key_Return)
    assert calls == ["text"]
    assert get_article(window.db, window.record.id).title == "افتتاح"


def test_the_window_parts_translate_under_their_own_names(
    qapp, qtbot, database, sample_id, isolated_settings, monkeypatch, tmp_path
):
    # lupdate files a tr() string under the class it is written in: the actions, event
    # workspace, exports and file safety each have their own context, which Qt must use too.
    from desktop_app.app import install_translations

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, *_args: warnings.append(title))
    install_translations(qapp, "ar")
    try:
        win = MainWindow(database, "ar")
        qtbot.addWidget(win)
        assert win.undo_action.text() == "تراجع"
        assert win.open_article(sample_id)
        win.safety.show_save_failed("")
        assert win.save_label.text() == "غير محفوظ"
        assert not win.exports.export_to(tmp_path, "html")  # a folder: nothing is written
        assert warnings == ["فشل التصدير"]
        assert win.events.new_event() is not None
        assert win.windowTitle() == "حدث جديد — حدث"
        win.autosaver.shutdown()
    finally:
        install_translations(qapp, "en")
