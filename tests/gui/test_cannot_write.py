"""Cannot write: the disk full, an I/O error, the file gone. The banner says so, the text
stays in the editor and in an emergency copy, saving is retried, and a copy left by an
earlier run is offered for recovery."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.gui import autosave, emergency
from desktop_app.gui.autosave import RETRY_FIRST_MS, RETRY_MAX_MS, Autosaver
from desktop_app.gui.emergency import EmergencyStore, RecoveryDialog, leftover_copies, offer_recovery
from desktop_app.gui.main_window import MainWindow
from desktop_app.store.articles import NewArticle, create_article, get_article, list_articles, save_document

from .test_main_window import type_text

TYPED = " وانتهت الجلسة"
SAVE = autosave.save_document


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """Emergency copies and the log go to the test's own data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "run").mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))


def _disk_error(message: str):
    from sqlalchemy.exc import OperationalError

    def broken(*_args, **_kwargs):
        raise OperationalError("UPDATE articles SET title=?", (), sqlite3.OperationalError(message))

    return broken


@pytest.fixture
def window(qtbot, database, isolated_settings):
    # Not handed to qtbot: it closes widgets before fixtures end, while a test's broken
    # save is still in place, and closing would then ask what to do with the text.
    win = MainWindow(database, "en")
    win.resize(1100, 700)
    win.show()
    yield win
    win.autosaver.shutdown()
    win.close()
    win.deleteLater()


def _type_at_end(window: MainWindow, article_id: int, text: str = TYPED) -> None:
    assert window.open_article(article_id)
    editor = window.column.editors()[-1]
    editor.focus_end()
    type_text(editor, text)
    assert window.autosaver.dirty


def _last_text(document: Document) -> str:
    return document.blocks[-1].text.text


@pytest.mark.parametrize(
    ("message", "plain"),
    [("database or disk is full", "the disk is full"), ("disk I/O error", "input/output error")],
)
def test_a_refused_write_keeps_the_text_shows_the_banner_and_recovers(
    window, sample_id, qtbot, monkeypatch, message, plain
):
    before = get_article(window.db, sample_id).document
    _type_at_end(window, sample_id)
    monkeypatch.setattr(autosave, "save_document", _disk_error(message))
    assert not window.autosaver.flush()
    banner = window.ui.saveBanner
    assert banner.isVisible()
    assert plain in banner.text() and message in banner.text()
    assert window.save_label.text() == "Not saved"
    # The database is as it was; the text is in the editor and in the emergency copy.
    assert get_article(window.db, sample_id).document == before
    assert _last_text(window.snapshot()).endswith(TYPED)
    copy = window.autosaver.emergency_path
    assert copy is not None and str(copy) in banner.text()
    data = json.loads(copy.read_text(encoding="utf-8"))
    assert data["article_id"] == sample_id and data["database"] == str(window.db.path.resolve())
    assert data["language"] == "ar" and data["direction"] == "rtl"
    assert copy.with_suffix(".md").read_text(encoding="utf-8").rstrip().endswith(TYPED.strip())
    assert window.autosaver.dirty and window.autosaver.failing
    log = Path(window.autosaver.emergency_path.parents[1] / "logs" / "hadath.log")
    assert message in log.read_text(encoding="utf-8")
    # The disk has room again: the next retry saves, the banner goes, the copy is removed.
    monkeypatch.setattr(autosave, "save_document", SAVE)
    with qtbot.waitSignal(window.autosaver.saved, timeout=5000):
        pass
    assert not banner.isVisible()
    assert not copy.exists() and not copy.with_suffix(".md").exists()
    assert _last_text(get_article(window.db, sample_id).document).endswith(TYPED)
    assert not window.autosaver.dirty and window.autosaver.emergency_path is None


def test_typing_during_the_failure_updates_the_copy(window, sample_id, monkeypatch):
    _type_at_end(window, sample_id)
    monkeypatch.setattr(autosave, "save_document", _disk_error("database or disk is full"))
    assert not window.autosaver.flush()
    type_text(window.column.editors()[-1], " ثم")
    assert not window.autosaver.flush()
    copy = window.autosaver.emergency_path
    assert copy is not None
    saved = emergency.read_copy(copy)
    assert saved is not None and _last_text(saved.document).endswith(TYPED + " ثم")
    assert len(list(copy.parent.glob("*.json"))) == 1  # one copy per article, replaced


def test_retries_back_off_up_to_a_minute(database, monkeypatch):
    article_id = create_article(database, NewArticle(Document("T", (Paragraph(Inline.plain("a")),))))
    saver = Autosaver(database, delay_ms=60_000)
    saver.watch(article_id, lambda: Document("T", (Paragraph(Inline.plain("b")),)))
    monkeypatch.setattr(autosave, "save_document", _disk_error("database or disk is full"))
    pauses = []
    for _ in range(9):
        saver.mark_dirty()
        assert not saver.flush()
        pauses.append(saver._retry.interval())
        assert saver._retry.isActive()  # retrying without anyone typing
    assert pauses == [min(RETRY_FIRST_MS * 2**n, RETRY_MAX_MS) for n in range(9)]
    assert pauses[-1] == RETRY_MAX_MS
    monkeypatch.setattr(autosave, "save_document", SAVE)
    assert saver.flush() and not saver._retry.isActive()
    saver.shutdown()


def test_a_busy_database_is_retried_quietly_once(database, monkeypatch):
    article_id = create_article(database, NewArticle(Document("T", (Paragraph(Inline.plain("a")),))))
    saver = Autosaver(database, delay_ms=60_000)
    saver.watch(article_id, lambda: Document("T", (Paragraph(Inline.plain("b")),)))
    messages: list[str] = []
    saver.failed.connect(messages.append)
    monkeypatch.setattr(autosave, "save_document", _disk_error("database is locked"))
    saver.mark_dirty()
    assert not saver.flush()
    assert messages == []  # another writer: not the reporter's problem yet
    assert not saver.flush()
    assert messages and "another program is writing" in messages[0]
    monkeypatch.setattr(autosave, "save_document", SAVE)
    assert saver.flush()
    saver.shutdown()


def test_the_file_moved_away_under_us_is_not_written(window, sample_id, qtbot):
    path = window.db.path
    _type_at_end(window, sample_id)
    moved = path.with_name("moved.sqlite3")
    wal = Path(f"{path}-wal")
    path.rename(moved)
    try:
        before = (moved.read_bytes(), wal.read_bytes() if wal.exists() else b"")
        assert not window.autosaver.flush()
        assert "not there any more" in window.ui.saveBanner.text()
        assert window.autosaver.emergency_path is not None and window.autosaver.emergency_path.exists()
        # Nothing was written: SQLite would have gone on writing into the moved file.
        assert (moved.read_bytes(), wal.read_bytes() if wal.exists() else b"") == before
    finally:
        moved.rename(path)
    assert window.autosaver.flush()
    assert not window.ui.saveBanner.isVisible()
    assert _last_text(get_article(window.db, sample_id).document).endswith(TYPED)


def test_a_file_replaced_under_us_is_not_written(database, tmp_path):
    article_id = create_article(database, NewArticle(Document("T", (Paragraph(Inline.plain("a")),))))
    store = EmergencyStore(database)
    saver = Autosaver(database, delay_ms=60_000, emergency=store)
    saver.watch(article_id, lambda: Document("T", (Paragraph(Inline.plain("b")),)))
    saver.mark_dirty()
    path = database.path
    other = tmp_path / "other.sqlite3"
    other.write_bytes(path.read_bytes())
    other.replace(path)  # a different file (inode) now has the name
    assert not saver.flush()
    assert "replaced by another file" in (saver.last_error or "")
    assert saver.emergency_path is not None and saver.emergency_path.exists()
    saver.shutdown()


def test_when_no_copy_can_be_written_the_banner_says_do_not_quit(window, sample_id, monkeypatch, tmp_path):
    _type_at_end(window, sample_id)
    blocked = tmp_path / "data" / "hadath"
    blocked.mkdir(parents=True)
    (blocked / "emergency").write_text("a file where the folder should be")
    monkeypatch.setattr(autosave, "save_document", _disk_error("database or disk is full"))
    assert not window.autosaver.flush()
    assert window.autosaver.emergency_path is None
    assert "no safety copy could be written" in window.ui.saveBanner.text()
    assert "do not quit" in window.ui.saveBanner.text()


def test_closing_with_unsaved_text_asks_and_can_stay_open(window, sample_id, monkeypatch):
    _type_at_end(window, sample_id)
    monkeypatch.setattr(autosave, "save_document", _disk_error("database or disk is full"))
    answers = [False]
    asked: list[str] = []

    def confirm(win):
        asked.append(win.autosaver.last_error or "")
        return answers.pop(0)

    monkeypatch.setattr(emergency, "confirm_close_unsaved", confirm)
    window.close()
    assert asked and "disk is full" in asked[0]
    assert window.isVisible() and not window.autosaver.closed  # stays open, still retrying
    answers.append(True)
    window.close()
    assert not window.isVisible() and window.autosaver.closed
    assert window.autosaver.emergency_path is not None and window.autosaver.emergency_path.exists()


def test_close_dialog_buttons(window, sample_id, monkeypatch, tmp_path):
    _type_at_end(window, sample_id)
    monkeypatch.setattr(autosave, "save_document", _disk_error("database or disk is full"))
    assert not window.autosaver.flush()
    target = tmp_path / "usb" / "copy.md"
    target.parent.mkdir()
    monkeypatch.setattr(emergency.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    clicks = iter(["Save a copy as…", "Keep Hadath open", "Save a copy as…", "Quit anyway"])
    texts: list[str] = []

    def fake_exec(box):
        texts.append(box.text())
        wanted = next(clicks)
        (button,) = [b for b in box.buttons() if b.text() == wanted]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert emergency.confirm_close_unsaved(window) is False
    assert target.read_text(encoding="utf-8").rstrip().endswith(TYPED.strip())
    assert f"A copy was saved to {target}" in texts[1]
    assert str(window.autosaver.emergency_path) in texts[0]
    assert emergency.confirm_close_unsaved(window) is True


# --- recovery at the next start ------------------------------------------------------------------


def _leave_a_copy(database, article_id: int, text: str) -> Path:
    """What a run that died while the disk was full leaves behind."""
    document = Document("عنوان", (Paragraph(Inline.plain(text)),))
    return EmergencyStore(database).write(article_id, document, reason="database or disk is full",
                                          language="ar", direction="rtl")


def _choose(monkeypatch, result: int) -> list[RecoveryDialog]:
    shown: list[RecoveryDialog] = []

    def fake_exec(dialog):
        shown.append(dialog)
        return result

    monkeypatch.setattr(RecoveryDialog, "exec", fake_exec)
    return shown


def test_recover_puts_the_text_back_into_its_article(database, sample_id, monkeypatch, isolated_settings):
    path = _leave_a_copy(database, sample_id, "النص الذي لم يُحفظ")
    shown = _choose(monkeypatch, RecoveryDialog.RECOVER)
    assert offer_recovery(database) == [sample_id]
    tree = shown[0].ui.copiesTree
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(3) == "Back into its article"
    assert _last_text(get_article(database, sample_id).document) == "النص الذي لم يُحفظ"
    assert not path.exists() and not path.with_suffix(".md").exists()
    assert leftover_copies() == []


def test_recover_adds_a_new_article_when_the_article_changed_since(database, sample_id, monkeypatch):
    path = _leave_a_copy(database, sample_id, "نسخة قديمة")
    later = get_article(database, sample_id).document
    save_document(database, sample_id, later, reason="manual")  # saved after the copy was made
    shown = _choose(monkeypatch, RecoveryDialog.RECOVER)
    (new_id,) = offer_recovery(database)
    assert shown[0].ui.copiesTree.topLevelItem(0).text(3) == "A new article"
    assert new_id != sample_id
    recovered = get_article(database, new_id)
    assert recovered.title == "عنوان (recovered)" and recovered.direction == "rtl"
    assert get_article(database, sample_id).document == later  # untouched
    assert not path.exists()


def test_a_copy_of_a_database_that_is_gone_becomes_a_new_article(database, tmp_path, monkeypatch):
    from desktop_app.store.database import Database

    other_path = tmp_path / "other.sqlite3"
    other = Database.open(other_path)
    path = _leave_a_copy(other, 7, "من قاعدة أخرى")
    other.close()
    # While the other database exists, its copy waits for it.
    _choose(monkeypatch, RecoveryDialog.RECOVER)
    assert offer_recovery(database) == [] and path.exists()
    other_path.unlink()
    (new_id,) = offer_recovery(database)
    assert [s.id for s in list_articles(database)] == [new_id]
    assert get_article(database, new_id).document.blocks[-1].text.text == "من قاعدة أخرى"


def test_later_keeps_the_copies_and_discard_asks_first(database, sample_id, monkeypatch):
    path = _leave_a_copy(database, sample_id, "نص")
    _choose(monkeypatch, 0)  # Later
    assert offer_recovery(database) == [] and path.exists()
    _choose(monkeypatch, RecoveryDialog.DISCARD)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert offer_recovery(database) == [] and path.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert offer_recovery(database) == [] and not path.exists()


def test_a_failed_recovery_keeps_the_copies(database, sample_id, monkeypatch):
    from desktop_app.store import articles

    path = _leave_a_copy(database, sample_id, "نص")
    _choose(monkeypatch, RecoveryDialog.RECOVER)
    monkeypatch.setattr(articles, "save_document", _disk_error("database or disk is full"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert offer_recovery(database) == []
    assert warnings and "disk is full" in warnings[0]
    assert path.exists()


def test_a_copy_of_a_hadath_still_running_is_not_offered(database, sample_id, monkeypatch):
    from desktop_app.gui import single_instance

    path = _leave_a_copy(database, sample_id, "نص")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pid"] = 424242
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(single_instance, "lock_owner", lambda _db: 424242)
    assert leftover_copies() == []
    monkeypatch.setattr(single_instance, "lock_owner", lambda _db: None)
    assert [c.path for c in leftover_copies()] == [path]


def test_a_copy_that_is_not_one_is_left_alone(database, tmp_path):
    folder = emergency.emergency_folder()
    folder.mkdir(parents=True)
    (folder / "notes.json").write_text('{"something": "else"}', encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    assert leftover_copies() == []
    assert (folder / "notes.json").exists() and (folder / "broken.json").exists()


def test_the_app_offers_the_copies_at_start_and_opens_the_article(
    qapp, database, sample_id, isolated_settings, monkeypatch
):
    from desktop_app import app as app_module

    monkeypatch.setenv("HADATH_LANG", "en")
    _leave_a_copy(database, sample_id, "استُعيد عند البدء")
    _choose(monkeypatch, RecoveryDialog.RECOVER)
    seen: list[MainWindow] = []

    def fake_exec(*_args) -> int:
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for win in seen:
            win.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main(db=str(database.path)) == 0
    (win,) = seen
    assert win.record is not None and win.record.id == sample_id
    assert _last_text(win.record.document) == "استُعيد عند البدء"
