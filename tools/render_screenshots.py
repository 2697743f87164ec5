"""Render the windows and dialogs to screenshots/*.png in Arabic and English, light and
dark (offscreen).

Run with `make screenshots`, then look at every PNG: the Arabic windows must be mirrored
(library on the right), tables must put their first column on the right, nothing cut
off, icons pointing the right way.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.store.database import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "screenshots"
SAMPLE = ROOT / "tests" / "fixtures" / "interpol-93-marrakech.txt"
TITLE = "انطلاق الدورة 93 للانتربول في المغرب"
EVENT = "الدورة 93 للجمعية العامة للانتربول"
ISSUES = [
    "ترسيخ التعاون الأمني بين الدول الأعضاء في الانتربول.",
    "تبادل الخبرات في مواجهة الجريمة المنظمة العابرة للحدود.",
    "تعزيز حماية الأنظمة الرقمية ضد الهجمات السيبرانية المستجدة.",
    "تطوير دور المرأة في مؤسسات الشرطة محليًا ودوليًا.",
    "تحديث سياسات وإجراءات التصدي لشبكات الاحتيال والجرائم الجديدة.",
]


def build_event(db: Database) -> tuple[int, list[int]]:
    """The sample's event with its fact box, programme, key issues and two articles."""
    from desktop_app.core.importer import load_file
    from desktop_app.locale_names import names_for
    from desktop_app.store import agenda, events, topics
    from desktop_app.store.articles import NewArticle, create_articles
    from desktop_app.store.fact_box import create_fact_box
    from desktop_app.store.from_event import new_article_from_event

    event_id = events.create_event(
        db, EVENT, organizer="الانتربول", city="مراكش", country="المملكة المغربية",
        start_date=date(2025, 11, 24), end_date=date(2025, 11, 27), language="ar_MA",
        time_zone="Africa/Casablanca",
    )
    fact_box = create_fact_box(db, event_id, names_for)
    agenda.add_row(db, fact_box, ["أبرز القضايا", "الجريمة العابرة للحدود، الجريمة السيبرانية."])
    agenda.add_row(db, fact_box, ["أهمية الحدث", "تطوير التعاون الأمني والمؤسسي عالميًا."])
    programme = agenda.create_table(
        db, "برنامج اليوم الأول", event_id=event_id,
        columns=[("الساعة", "time"), ("الجلسة", "text"), ("المتحدث", "person"), ("القاعة", "text")],
        rows=[
            ["09:00", "الجلسة الافتتاحية", "عبد اللطيف حموشي", "القاعة الكبرى"],
            ["10h30", "الجريمة السيبرانية", "Valdecy Urquiza", "Salle B"],
            ["١٤:٠٠", "دور المرأة في العمل الشرطي", "—", "القاعة الكبرى"],
            ["بعد الظهر", "ندوة صحفية", "", ""],
        ],
    )
    issues = topics.create_list(db, "أبرز القضايا", event_id=event_id, items=ISSUES)
    loaded = load_file(SAMPLE, title=TITLE)
    (imported,) = create_articles(db, [NewArticle(loaded.document, loaded.language, loaded.direction,
                                                  event_id=event_id)])
    opening = new_article_from_event(db, event_id, "opening_day", names_for, issues_list_id=issues)
    first_row = agenda.get_table(db, programme).rows[0].id
    agenda.link_row(db, first_row, opening)
    items = topics.get_list(db, issues).items
    topics.link_item(db, items[0].id, opening)
    topics.link_item(db, items[2].id, imported)
    return event_id, [opening, imported]


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_app.app import create_application, install_translations
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.palette import dark_palette
    from desktop_app.store.database import Database

    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "shots.sqlite3")
        event_id, (opening, imported) = build_event(db)
        app = create_application("en")
        assert isinstance(app, QApplication)
        app.setStyle("Fusion")
        light = app.style().standardPalette()

        def settle() -> None:
            for _ in range(5):  # layouts settle in a few passes (text height follows width)
                app.processEvents()

        def save(widget: QWidget, name: str) -> None:
            settle()
            target = OUT / f"{name}.png"
            widget.grab().save(str(target))
            print(target)

        for theme, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            for language in ("ar", "en"):
                install_translations(app, language)
                app.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
                )
                suffix = f"{language}-{theme}"
                window = MainWindow(db, language)
                window.resize(1280, 820)
                window.show()
                window.open_article(imported)
                save(window, f"main_window-{suffix}")
                window.open_article(opening)
                save(window, f"article_from_event-{suffix}")
                window.events.show_event(event_id)
                sheet = window.events.sheet
                assert sheet is not None
                for tab in ("detailsTab", "factBoxTab", "agendaTab", "topicsTab", "coverageTab", "articlesTab"):
                    sheet.ui.tabs.setCurrentWidget(getattr(sheet.ui, tab))
                    save(window, f"event_sheet-{tab.removesuffix('Tab')}-{suffix}")
                for name, make in dialogs(window, event_id).items():
                    dialog = make()
                    dialog.show()
                    save(dialog, f"{name}-{suffix}")
                    dialog.close()
                    dialog.deleteLater()
                window.autosaver.shutdown()
                window.close()
                # Deleted while the application lives: left to the collector at exit,
                # Qt objects are torn down in an order that crashes.
                window.deleteLater()
                settle()
        db.close()


def dialogs(window: MainWindow, event_id: int) -> dict[str, Callable[[], QDialog]]:
    from desktop_app.gui.event.insert_from_event_dialog import InsertFromEventDialog
    from desktop_app.gui.event.new_article_dialog import NewArticleDialog
    from desktop_app.store.events import get_event

    def export_dialog() -> QDialog:
        from desktop_app.gui.export_dialog import ExportDialog
        from desktop_app.store.publishing import export_article_of

        assert window.record is not None
        return ExportDialog(export_article_of(window.db, window.record.id), window.record.id, window)

    def bundle_dialog() -> QDialog:
        from desktop_app.gui.event.bundle_export_dialog import BundleExportDialog

        return BundleExportDialog(window.db, event_id, window)

    def csv_dialog() -> QDialog:
        from desktop_app.gui.event.csv_import_dialog import CsvImportDialog

        path = Path(tempfile.gettempdir()) / "hadath-programme.csv"
        path.write_text("الساعة;الجلسة;المتحدث\n09:00;الجلسة الافتتاحية;عبد اللطيف حموشي\n"
                        "10h30;الجريمة السيبرانية;Valdecy Urquiza\n", encoding="utf-8")
        return CsvImportDialog(path, window)

    from desktop_app.gui.history_panel import HistoryPanel
    from desktop_app.store.reads import list_articles

    def history_panel() -> QDialog:
        article_id = window.record.id if window.record is not None else list_articles(window.db)[0].id
        return HistoryPanel(window.db, article_id, window, background=False)

    def backups_dialog() -> QDialog:
        from desktop_app.gui.backups_dialog import BackupsDialog
        from desktop_app.store.backups import BackupSettings, list_backups, make_backup

        assert window.db.path is not None
        settings = BackupSettings.for_database(window.db.path)
        if not list_backups(window.db.path, settings.folder):
            make_backup(window.db.path, settings)
        return BackupsDialog(window.db.path, settings, window)

    def preferences(page: str) -> QDialog:
        from desktop_app.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(window.preferences, window.language, window)
        dialog.ui.tabs.setCurrentWidget(getattr(dialog.ui, page))
        return dialog

    def help_dialog() -> QDialog:
        from desktop_app.gui.help_dialog import HelpDialog

        return HelpDialog(window.language, window)

    def about_dialog() -> QDialog:
        from desktop_app.gui.about_dialog import AboutDialog

        return AboutDialog(window)

    def shortcuts_dialog() -> QDialog:
        from desktop_app.gui.shortcuts_dialog import ShortcutsDialog

        return ShortcutsDialog(window, window)

    def trash_dialog() -> QDialog:
        from desktop_app.gui.trash_dialog import TrashDialog
        from desktop_app.store import agenda, trash

        if not trash.list_trash(window.db):  # something to show, kept out of the other shots
            speakers = agenda.create_table(
                window.db, "جدول المتحدثين", event_id=event_id, columns=["الاسم", "الصفة"],
                rows=[["عبد اللطيف حموشي", "المدير العام للأمن الوطني"]],
            )
            trash.trash_table(window.db, speakers)
        return TrashDialog(window.db, window)

    def crash_dialog() -> QDialog:
        from desktop_app.crash_log import crash_report
        from desktop_app.gui.crash_handler import CrashDialog, SaveState, qt_lines

        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError:
            report = crash_report(*sys.exc_info(), extra=qt_lines(), notes=["Unsaved text: saved before this report."])
        dialog = CrashDialog(report, SaveState.SAVED, log_file=Path(tempfile.gettempdir()) / "hadath.log",
                             parent=window)
        dialog.ui.detailsButton.setChecked(True)
        return dialog

    def database_problem_dialog() -> QDialog:
        from desktop_app.gui.database_problem_dialog import DatabaseProblemDialog
        from desktop_app.store.database import DamagedDatabaseError

        path = Path(tempfile.gettempdir()) / "hadath.sqlite3"
        error = DamagedDatabaseError(
            "The database “{path}” is damaged and was not opened ({reason}). Restore it from a backup.",
            path=str(path), reason="database disk image is malformed",
        )
        return DatabaseProblemDialog(error, path, window)

    def recovery_dialog() -> QDialog:
        from datetime import UTC, datetime

        from desktop_app.core.document import Document, Paragraph
        from desktop_app.core.inline import Inline
        from desktop_app.gui.emergency import EmergencyCopy, RecoveryDialog, RecoveryStep

        def copy(title: str, words: int, article: int) -> EmergencyCopy:
            document = Document(title, (Paragraph(Inline.plain("نص " * words)),))
            return EmergencyCopy(Path(tempfile.gettempdir()) / f"{article}.json", str(window.db.path), article,
                                 document, "ar", "rtl", datetime.now(UTC), "database or disk is full", 0)

        return RecoveryDialog([RecoveryStep(copy(TITLE, 96, 1), "restore"),
                               RecoveryStep(copy("افتتاح الدورة", 44, 2), "new")], window)

    made: dict[str, Callable[[], QDialog]] = {
        "crash_dialog": crash_dialog,
        "database_problem_dialog": database_problem_dialog,
        "recovery_dialog": recovery_dialog,
        "trash_dialog": trash_dialog,
        "preferences_dialog": lambda: preferences("appearanceTab"),
        "preferences_dialog-articles": lambda: preferences("articlesTab"),
        "preferences_dialog-saving": lambda: preferences("savingTab"),
        "help_dialog": help_dialog,
        "about_dialog": about_dialog,
        "shortcuts_dialog": shortcuts_dialog,
        "backups_dialog": backups_dialog,
        "history_panel": history_panel,
        "new_article_dialog": lambda: NewArticleDialog(window.db, get_event(window.db, event_id), window),
        "insert_from_event_dialog": lambda: InsertFromEventDialog(window.db, event_id, window),
        "export_dialog": export_dialog,
        "bundle_export_dialog": bundle_dialog,
        "csv_import_dialog": csv_dialog,
    }
    return made


if __name__ == "__main__":
    main()
