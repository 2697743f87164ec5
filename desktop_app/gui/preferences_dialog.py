"""The Preferences dialog, and applying what the reporter chose.

Accepting writes the whole preferences file (atomically) and applies at once what can be:
the theme, the editor font, the autosave pause, the revisions bound; the other values are
read from `MainWindow.preferences` when they are next used (a new article, event, backup).
A new interface language needs a restart (see `language_switch`, which says why), which
the reporter is offered; nothing is lost either way.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.core.arabic import isolate_ltr
from desktop_app.core.errors import HadathError
from desktop_app.gui.forms.preferences_ui import Ui_PreferencesDialog
from desktop_app.gui.language_switch import cancel_restart, interface_language, request_restart
from desktop_app.gui.theme import apply_editor_font, apply_theme, editor_font, font_families
from desktop_app.i18n import translated_error
from desktop_app.locale_names import COVERAGE_LOCALES, locale_display_name
from desktop_app.preferences import Preferences, save_preferences

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

# Each language named in itself: a reporter who cannot read the current UI still finds theirs.
LANGUAGE_NAMES = {"ar": "العربية", "en": "English", "fr": "Français"}
# One line per script, each laid out in its own direction.
FONT_SAMPLE = (
    '<p dir="rtl">انطلاق الدورة ٩٣ للجمعية العامة للانتربول في مراكش</p>'
    "<p dir=\"ltr\">Interpol's 93rd General Assembly opens in Marrakech, 2025</p>"
)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class PreferencesDialog(QDialog):
    """Edits a copy of the preferences; `accept` saves them to `path` (the default
    preferences file when None) and keeps the result in `saved`."""

    def __init__(
        self, preferences: Preferences, language: str, parent: QWidget | None = None, *, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self._original = preferences
        self._language = language  # the interface language in use
        self._path = path
        self.saved: Preferences | None = None
        self._fill_choices()
        self._show(preferences)
        ui = self.ui
        ui.buttonBox.accepted.connect(self.accept)
        ui.uiLanguageCombo.currentIndexChanged.connect(self._update_restart_note)
        ui.editorFontCombo.currentIndexChanged.connect(self._update_preview)
        ui.editorSizeSpin.valueChanged.connect(self._update_preview)
        ui.revisionsKeptSpin.valueChanged.connect(self._update_revisions)
        ui.revisionsProtectedSpin.valueChanged.connect(self._update_revisions)
        ui.backupBrowseButton.clicked.connect(self._browse_backup_folder)
        self._update_restart_note()
        self._update_preview()
        self._update_revisions()

    # Filling ----------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.uiLanguageCombo.addItem(self.tr("Follow the system"), "system")
        for code in ("ar", "en", "fr"):
            ui.uiLanguageCombo.addItem(LANGUAGE_NAMES[code], code)
        for code, name in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            ui.themeCombo.addItem(name, code)
        for code, name in (("ar", self.tr("Arabic")), ("fr", self.tr("French")), ("en", self.tr("English"))):
            ui.articleLanguageCombo.addItem(name, code)
        for code, name in (
            ("rtl", self.tr("Right to left")),
            ("ltr", self.tr("Left to right")),
            ("auto", self.tr("From the text")),
        ):
            ui.articleDirectionCombo.addItem(name, code)
        for code, name in (
            ("as_typed", self.tr("As typed")),
            ("western", self.tr("Western (0–9)")),
            ("arabic-indic", self.tr("Arabic-Indic (٠–٩)")),
        ):
            ui.digitsCombo.addItem(name, code)
        for locale in COVERAGE_LOCALES:
            ui.coverageCombo.addItem(f"{locale_display_name(locale)} — {locale}", locale)
        ui.editorFontCombo.addItem(self.tr("The system's font"), "")
        first, rest = font_families(arabic_first=self._language == "ar")
        for family in first:
            ui.editorFontCombo.addItem(family, family)
        if first and rest:
            ui.editorFontCombo.insertSeparator(ui.editorFontCombo.count())
        for family in rest:
            ui.editorFontCombo.addItem(family, family)
        ui.editorSizeSpin.setSpecialValueText(self.tr("The system's size"))
        ui.editorSizeSpin.setSuffix(self.tr(" pt"))
        ui.autosaveSpin.setSuffix(self.tr(" s"))

    def _show(self, preferences: Preferences) -> None:
        ui = self.ui
        _select(ui.uiLanguageCombo, preferences.ui_language)
        _select(ui.themeCombo, preferences.theme)
        _select(ui.articleLanguageCombo, preferences.article_language)
        _select(ui.articleDirectionCombo, preferences.article_direction)
        _select(ui.digitsCombo, preferences.digit_style)
        if ui.coverageCombo.findData(preferences.coverage_locale) < 0:
            # A locale set outside the list (any name Qt knows) is kept, not replaced.
            locale = preferences.coverage_locale
            ui.coverageCombo.addItem(f"{locale_display_name(locale)} — {locale}", locale)
        _select(ui.coverageCombo, preferences.coverage_locale)
        if preferences.editor_font and ui.editorFontCombo.findData(preferences.editor_font) < 0:
            # Not installed here (a preferences file from another computer): kept as chosen.
            ui.editorFontCombo.insertItem(1, preferences.editor_font, preferences.editor_font)
        _select(ui.editorFontCombo, preferences.editor_font)
        ui.editorSizeSpin.setValue(preferences.editor_font_size)
        ui.autosaveSpin.setValue(preferences.autosave_seconds)
        ui.backupFolderEdit.setText(preferences.backup_folder)
        ui.dailySpin.setValue(preferences.backups_daily)
        ui.weeklySpin.setValue(preferences.backups_weekly)
        ui.revisionsKeptSpin.setValue(preferences.revisions_kept)
        ui.revisionsProtectedSpin.setMaximum(min(1000, preferences.revisions_kept))
        ui.revisionsProtectedSpin.setValue(preferences.revisions_protected)

    # Live feedback ----------------------------------------------------------------------

    def _update_restart_note(self) -> None:
        chosen = interface_language(str(self.ui.uiLanguageCombo.currentData()))
        self.ui.restartNote.setVisible(chosen != self._language)

    def _update_preview(self) -> None:
        self.ui.fontPreview.setFont(editor_font(self._font_family(), self.ui.editorSizeSpin.value()))
        self.ui.fontPreview.setTextFormat(Qt.TextFormat.RichText)
        self.ui.fontPreview.setText(FONT_SAMPLE)

    def _update_revisions(self) -> None:
        ui = self.ui
        kept = ui.revisionsKeptSpin.value()
        # The protected revisions are some of those kept: never more.
        ui.revisionsProtectedSpin.setMaximum(min(1000, kept))
        ui.revisionsNote.setText(
            self.tr(
                "Each article keeps at most {kept} revisions: when there are more, the oldest are "
                "pruned first, and the newest {protected} are never pruned."
            ).format(kept=kept, protected=ui.revisionsProtectedSpin.value())
        )

    def _font_family(self) -> str:
        data = self.ui.editorFontCombo.currentData()
        return data if isinstance(data, str) else ""

    def _browse_backup_folder(self) -> None:
        start = self.ui.backupFolderEdit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.ui.backupFolderEdit.setText(folder)

    # Result -----------------------------------------------------------------------------

    def chosen(self) -> Preferences:
        """The preferences as the dialog shows them (the backup folder as typed)."""
        ui = self.ui
        return replace(
            self._original,
            ui_language=str(ui.uiLanguageCombo.currentData()),
            theme=str(ui.themeCombo.currentData()),
            article_language=str(ui.articleLanguageCombo.currentData()),
            article_direction=str(ui.articleDirectionCombo.currentData()),
            digit_style=str(ui.digitsCombo.currentData()),
            coverage_locale=str(ui.coverageCombo.currentData()),
            editor_font=self._font_family(),
            editor_font_size=ui.editorSizeSpin.value(),
            autosave_seconds=ui.autosaveSpin.value(),
            backup_folder=ui.backupFolderEdit.text().strip(),
            backups_daily=ui.dailySpin.value(),
            backups_weekly=ui.weeklySpin.value(),
            revisions_kept=ui.revisionsKeptSpin.value(),
            revisions_protected=ui.revisionsProtectedSpin.value(),
        )

    def backup_folder_problem(self, text: str) -> str | None:
        """Why the typed backup folder cannot be used, or None ("" means the default)."""
        if not text:
            return None
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            return self.tr("The backup folder must be a full path, such as {example}.").format(
                example=isolate_ltr(str(Path.home() / "Hadath backups"))
            )
        if folder.exists() and not folder.is_dir():
            return self.tr("“{path}” is a file, not a folder: choose a folder for the backups.").format(
                path=isolate_ltr(str(folder))
            )
        return None

    def accept(self) -> None:
        preferences = self.chosen()
        problem = self.backup_folder_problem(preferences.backup_folder)
        if problem is not None:
            self.ui.tabs.setCurrentWidget(self.ui.savingTab)
            self.ui.backupFolderEdit.setFocus()
            QMessageBox.warning(self, self.tr("Cannot use this backup folder"), problem)
            return
        if preferences.backup_folder:
            preferences = replace(preferences, backup_folder=str(Path(preferences.backup_folder).expanduser()))
        try:
            save_preferences(preferences, self._path)
        except (HadathError, OSError) as error:
            # OSError: the folder itself could not be made (a file stands in its place).
            message = (
                translated_error(error)
                if isinstance(error, HadathError)
                else self.tr("Cannot write to {path}: {reason}").format(
                    path=isolate_ltr(str(error.filename or self._path or "")), reason=error.strerror or error
                )
            )
            QMessageBox.warning(self, self.tr("Cannot save the preferences"), message)
            return
        self.saved = preferences.checked()
        super().accept()


# Applying ---------------------------------------------------------------------------------


def apply_preferences(window: MainWindow, new: Preferences) -> None:
    """Make `new` the window's preferences and apply at once what can be."""
    old = window.preferences
    window.preferences = new
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    relayout = False
    if new.theme != old.theme:
        apply_theme(app, new.theme)
        relayout = True  # links in the text carry the palette's link colour
    if (new.editor_font, new.editor_font_size) != (old.editor_font, old.editor_font_size):
        apply_editor_font(app, new.editor_font, new.editor_font_size)
        relayout = True  # heading sizes are set from the body size when the text is laid out
    if (new.revisions_kept, new.revisions_protected) != (old.revisions_kept, old.revisions_protected):
        from desktop_app.store.retention import configure_retention

        configure_retention(new.revisions_kept, new.revisions_protected)  # from the next save on
    if new.autosave_seconds != old.autosave_seconds:
        window.autosaver.set_delay(round(new.autosave_seconds * 1000))
    if relayout:
        window.reload_article()


def ask_restart(window: QWidget, language: str) -> bool:
    """Offer to restart now in `language`; True when the reporter accepts."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Restart Hadath?"))
    box.setText(
        QCoreApplication.translate("PreferencesDialog", "Hadath will speak {language} after a restart. Restart now?")
        .format(language=LANGUAGE_NAMES.get(language, language))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "PreferencesDialog", "Your work is saved, and the article you are writing opens again."
        )
    )
    restart = box.addButton(
        QCoreApplication.translate("PreferencesDialog", "Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(QCoreApplication.translate("PreferencesDialog", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is restart


def restart_in_new_language(window: MainWindow) -> bool:
    """Close the window (which saves everything and remembers the article) and have the
    application start again on the same database once it has shut down."""
    database = str(window.db.path) if window.db.path is not None else window.db.url
    request_restart(database)
    window.close()
    if window.isVisible():  # closing was refused: stay as we are
        cancel_restart()
        return False
    return True


def edit_preferences(window: MainWindow, path: Path | None = None) -> Preferences | None:
    """Edit → Preferences…: the dialog, then the changes applied; None when cancelled."""
    dialog = PreferencesDialog(window.preferences, window.language, window, path=path)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    new = dialog.saved
    dialog.deleteLater()
    if not accepted or new is None:
        return None
    apply_preferences(window, new)
    language = interface_language(new.ui_language)
    if language != window.language and ask_restart(window, language):
        restart_in_new_language(window)
    return new
