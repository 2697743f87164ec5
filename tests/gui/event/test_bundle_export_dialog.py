"""The bundle export dialog: choosing articles, destination and formats; exporting on a
worker with a progress dialog; cancel and failures leave nothing behind."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.export import bundle
from desktop_app.core.inline import Inline
from desktop_app.gui.event import bundle_export_dialog as dialog_module
from desktop_app.gui.event.bundle_export_dialog import BundleExportDialog
from desktop_app.store.articles import NewArticle, create_articles, delete_article, update_metadata
from tests.gui.event.conftest import EVENT_TITLE


@pytest.fixture
def article_ids(database, event_id) -> list[int]:
    ids = create_articles(database, [
        NewArticle(Document(title, (Paragraph(Inline.plain(f"{title}: نص.")),)), event_id=event_id, slug=slug)
        for title, slug in (("عشية الافتتاح", "eve"), ("الافتتاح", "opening"), ("الختام", "closing"),
                            ("محذوف", "gone"))
    ])
    for article_id in ids[:3]:
        update_metadata(database, article_id, status="ready")  # newest change last: closing first
    delete_article(database, ids[3])
    return ids[:3]


@pytest.fixture
def dialog(qtbot, database, event_id, article_ids) -> BundleExportDialog:
    widget = BundleExportDialog(database, event_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where bundles go: apart from tmp_path, which holds the database."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _titles(dialog: BundleExportDialog) -> list[str]:
    return [dialog.ui.articlesList.item(row).text() for row in range(dialog.ui.articlesList.count())]


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_lists_the_live_articles_all_checked(dialog, article_ids):
    assert _titles(dialog) == ["الختام", "الافتتاح", "عشية الافتتاح"]
    assert dialog.article_ids() == list(reversed(article_ids))
    assert dialog.ui.countLabel.text() == "3 of 3 chosen"
    assert dialog.export_button.isEnabled()
    assert EVENT_TITLE in dialog.ui.introLabel.text()
    assert dialog.ui.articlesList.item(0).toolTip().startswith("ready, changed ")
    assert dialog.ui.destinationEdit.text().endswith(".zip") and dialog.ui.zipRadio.isChecked()
    assert [dialog.ui.formatCombo.itemData(i) for i in range(3)] == ["both", "html", "markdown"]


def test_select_none_and_all(dialog, article_ids):
    dialog.ui.selectNoneButton.click()
    assert dialog.article_ids() == [] and not dialog.export_button.isEnabled()
    assert dialog.ui.countLabel.text() == "0 of 3 chosen"
    dialog.ui.articlesList.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.article_ids() == [article_ids[1]] and dialog.export_button.isEnabled()
    dialog.ui.selectAllButton.click()
    assert len(dialog.article_ids()) == 3


def test_export_to_a_zip(dialog, out):
    target = out / "interpol.zip"
    assert dialog.export_to(target)
    with zipfile.ZipFile(target) as archive:
        assert set(archive.namelist()) == {
            "eve.html", "eve.md", "opening.html", "opening.md", "closing.html", "closing.md", "index.html",
        }
    assert dialog.message_box is not None and dialog.message_box.icon() == QMessageBox.Icon.Information
    # "articles" once the English catalogue has this plural form; "article(s)" until then.
    assert dialog.message_box.text().startswith("Exported 3 article")
    assert dialog.message_box.text().endswith(f" to \u2066{target}\u2069")
    assert dialog.progress_dialog is None  # gone once the export ended


def test_export_chosen_articles_as_markdown_to_a_folder(dialog, out):
    dialog.ui.articlesList.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.set_formats("markdown")
    assert dialog.formats == "markdown"
    assert dialog.export_to(out / "bundle")
    assert _listing(out) == ["bundle", "bundle/eve.md", "bundle/index.html", "bundle/opening.md"]
    assert dialog.last_message.startswith("Exported 2 article")
    assert dialog.last_message.endswith(f" to \u2066{out / 'bundle'}\u2069")


def test_nothing_chosen_is_refused(dialog, out):
    dialog.set_all_checked(False)
    assert not dialog.export_to(out / "x.zip")
    assert dialog.last_message == "Choose at least one article to export."
    assert _listing(out) == []


def test_a_full_folder_is_refused_with_the_translated_message(dialog, out):
    full = out / "full"
    full.mkdir()
    (full / "mine.txt").write_text("keep", encoding="utf-8")
    assert not dialog.export_to(full)
    assert dialog.message_box is not None and dialog.message_box.icon() == QMessageBox.Icon.Warning
    assert dialog.last_message == (
        f"The folder “{full}” is not empty; choose a new or empty folder, so no file in it is replaced."
    )
    assert _listing(out) == ["full", "full/mine.txt"]


def test_cancel_leaves_nothing_and_the_ui_stays_responsive(dialog, out, monkeypatch, qtbot):
    """The worker stops after its first file until Cancel is pressed; meanwhile the event
    loop runs (the timer below fires), then the cancelled export removes its files."""
    cancelled_seen = threading.Event()
    real = dialog_module.write_bundle

    def gated(plan, target, *, progress):
        def wait_for_cancel(done: int, total: int) -> bool:
            keep_going = progress(done, total)
            if done == 1:
                # The GUI thread must be free to show the progress and take the click.
                assert cancelled_seen.wait(10), "Cancel never reached the worker"
                return progress(done, total)
            return keep_going

        return real(plan, target, progress=wait_for_cancel)

    monkeypatch.setattr(dialog_module, "write_bundle", gated)
    ticks: list[int] = []

    def press_cancel() -> None:
        progress = dialog.progress_dialog
        assert progress is not None
        ticks.append(progress.value())
        progress.findChild(QPushButton).click()  # as the reporter does; emits canceled
        cancelled_seen.set()

    def wait_for_first_file() -> None:
        progress = dialog.progress_dialog
        if progress is not None and progress.value() >= 1:
            press_cancel()
        else:
            QTimer.singleShot(10, wait_for_first_file)

    QTimer.singleShot(0, wait_for_first_file)
    assert not dialog.export_to(out / "bundle.zip")
    assert ticks == [1]
    assert dialog.last_message == "The export was cancelled; nothing was written."
    assert _listing(out) == []


def test_a_failure_mid_way_is_shown_and_leaves_nothing(dialog, out, monkeypatch):
    real = bundle.BundleFile.text
    written: list[str] = []

    def failing(self) -> str:
        if len(written) == 3:
            raise OSError(28, "No space left on device")
        written.append(self.name)
        return real(self)

    monkeypatch.setattr(bundle.BundleFile, "text", failing)
    target = out / "bundle"
    assert not dialog.export_to(target)
    assert dialog.last_message == f"Cannot write the bundle to “{target}”: No space left on device"
    assert dialog.message_box is not None and dialog.message_box.icon() == QMessageBox.Icon.Warning
    assert _listing(out) == []


def test_an_article_trashed_meanwhile_is_reported(dialog, database, article_ids, out):
    delete_article(database, article_ids[0])
    assert not dialog.export_to(out / "bundle.zip")
    assert dialog.last_message == f"No article has the id {article_ids[0]} (or it is in the trash)."
    assert _listing(out) == []


def test_switching_between_zip_and_folder_keeps_the_place(dialog, out):
    dialog.ui.destinationEdit.setText(str(out / "interpol.zip"))
    dialog.ui.folderRadio.setChecked(True)
    assert dialog.ui.destinationEdit.text() == str(out / "interpol")
    dialog.ui.zipRadio.setChecked(True)
    assert dialog.ui.destinationEdit.text() == str(out / "interpol.zip")
    dialog.ui.destinationEdit.clear()
    assert not dialog.export_button.isEnabled()


def test_browse_for_a_folder_makes_a_new_subfolder_in_a_full_one(dialog, out, monkeypatch):
    (out / "mine.txt").write_text("keep", encoding="utf-8")
    empty = out / "empty"
    empty.mkdir()
    chosen = [str(out), str(empty)]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: chosen.pop(0))
    dialog.ui.folderRadio.setChecked(True)
    dialog.browse()
    made = Path(dialog.ui.destinationEdit.text())
    assert made.parent == out and made.name.startswith("الدورة-93") and not made.exists()
    dialog.browse()
    assert dialog.ui.destinationEdit.text() == str(empty)


def test_browse_for_a_zip_adds_the_suffix(dialog, out, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out / "cover"), ""))
    dialog.browse()
    assert dialog.ui.destinationEdit.text() == str(out / "cover.zip")


def test_the_export_button_exports_and_closes_after_the_message(dialog, out, qtbot):
    dialog.ui.destinationEdit.setText(str(out / "cover"))  # the .zip is added
    dialog.export_button.click()
    assert (out / "cover.zip").is_file()
    assert dialog.isVisible()  # until the reporter has read where the bundle went
    assert dialog.message_box is not None
    dialog.message_box.accept()
    QApplication.processEvents()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
