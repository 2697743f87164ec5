"""The Arabic and French UIs show no English.

Every window, tab, dialog and menu is opened in English, Arabic and French (the dialogs
as tools/render_screenshots.py builds them) and walked: labels, buttons, tabs, menus and
their actions, tooltips, placeholders, headers, combo items, window titles, item views.
In Arabic or French a text fails when it is one of the English source strings of the
catalogues (its placeholders filled in any way), when the English walk showed the very
same text with Latin words in it (an English string that never went through tr()), or, in
Arabic, when it holds Latin words and no Arabic letter. KEPT_WORDS, ALLOWED, ALLOWED_AT,
TIME_ZONES, font names and SAME_IN_FRENCH below are the exceptions, each with its reason.
Item views' cells (user data: titles, speakers) are checked against the sources only.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
import xml.etree.ElementTree as ET
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QThread
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFontComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

import desktop_app.gui
from desktop_app.app import install_translations
from desktop_app.core.document import TopicListBlock
from desktop_app.gui.editor.table_editor import TableBlockEditor
from desktop_app.gui.editor.text_editor import TextBlocksEditor
from desktop_app.gui.editor.topic_editor import TopicListEditor
from desktop_app.gui.main_window import MainWindow
from desktop_app.store.database import Database
from tools import render_screenshots

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
ARABIC = re.compile("[\u0621-\u064a\u0671-\u06d3]")  # letters, not the Arabic-Indic digits
WORD = re.compile(r"[A-Za-z]{2,}")

# Words that stay as they are in every language: format and product names, modifier key
# names and file suffixes, and the app's own name.
KEPT_WORDS = frozenset({
    "HTML", "Markdown", "JSON", "CSV", "TSV", "YAML", "UTF", "SQLite", "WordPress", "CMS",
    "Hugo", "Jekyll", "Hadath", "Ctrl", "Alt", "Shift", "html", "htm", "md", "markdown", "txt", "tsv",
    "csv", "zip",
})
# Whole texts that are data or codes rather than UI language.
ALLOWED = (
    re.compile(r"[a-z]{2,3}(_[A-Z]{2})?"),  # locale codes: ar_MA, fr_FR, en
    # A coverage locale: its name in its own language (an endonym, the same in every UI
    # language so a reporter finds their own) and its code: "English — en".
    re.compile(r".+ — [a-z]{2,3}(_[A-Z]{2})?"),
)
# Texts that name a language in that language, in the list of UI languages: a reporter
# who cannot read the current UI still finds their own ("English", "Français", "العربية").
ALLOWED_AT = frozenset({("uiLanguageCombo", "English"), ("uiLanguageCombo", "Français")})
# The event's time zone is an IANA id (Africa/Casablanca, UTC), stored and offered as is.
TIME_ZONES = frozenset(zoneinfo.available_timezones())
# French words spelt as the English source: the translation is the English word.
SAME_IN_FRENCH = frozenset({
    "Date",  # a column kind, and when a revision was made
    "Notes",  # the event's notes field
    "OK",  # Qt's standard button
    "Article",  # the Article menu, a column header
    "Articles",  # the preferences' page for new articles
    "Articles (N)",  # the event sheet's Articles tab, with the count
    "pt",  # the font size's unit, typographic points
    "Version",  # the About dialog's library versions
    "Licence",  # the About dialog's library licences
})


@dataclass(frozen=True)
class Seen:
    where: str
    text: str
    data: bool = False  # from an item view's model: user data mixed with UI words


def plain(text: str) -> str:
    """The text as a reader sees it: no accelerator ampersands, tags or extra space."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


def _english_patterns() -> list[re.Pattern[str]]:
    """Each source string of the catalogues (and the English plural forms) as a pattern
    whose placeholders match anything; patterns left with no word to translate (only
    placeholders and kept names, as in "{title} — Hadath") cannot tell and are dropped."""
    texts: set[str] = set()
    for name in ("hadath_ar.ts", "hadath_fr.ts", "hadath_en.ts"):
        root = ET.parse(TRANSLATIONS / name).getroot()
        texts.update(m.findtext("source") or "" for m in root.iter("message"))
        if name == "hadath_en.ts":
            texts.update(n.text or "" for n in root.iter("numerusform"))
    placeholder = re.compile(r"\{[a-z_]+\}|%L?[0-9n]")
    patterns = []
    for source in texts:
        flat = plain(source)
        words = set(WORD.findall(placeholder.sub(" ", flat)))
        if not words - KEPT_WORDS:
            continue
        pieces = placeholder.split(flat)
        patterns.append(re.compile("(.+?)".join(re.escape(p) for p in pieces), re.DOTALL))
    return patterns


ENGLISH_SOURCES = _english_patterns()


@functools.cache
def is_english_source(text: str) -> bool:
    flat = plain(text)
    return bool(flat) and any(p.fullmatch(flat) for p in ENGLISH_SOURCES)


def has_foreign_words(text: str) -> bool:
    """Latin words, other than kept names, in a text with no Arabic letter."""
    flat = plain(text)
    if not flat or ARABIC.search(flat) or flat in TIME_ZONES or any(p.fullmatch(flat) for p in ALLOWED):
        return False
    return bool(set(WORD.findall(flat)) - KEPT_WORDS)


def allowed_at(seen: Seen) -> bool:
    return (seen.where.rsplit("/", 1)[-1], plain(seen.text)) in ALLOWED_AT


@functools.cache
def font_families() -> frozenset[str]:
    """Font names ("Noto Naskh Arabic") offered for the editor: names, not words."""
    from PySide6.QtGui import QFontDatabase

    return frozenset(QFontDatabase.families())


def untranslated(seen: Seen, language: str, english: set[str]) -> bool:
    flat = plain(seen.text)
    if not flat or (language == "fr" and re.sub(r"\d+", "N", flat) in SAME_IN_FRENCH):
        return False
    if allowed_at(seen) or flat in font_families():
        return False
    if is_english_source(flat):
        return True
    if seen.data:
        return False  # user data: only a catalogue's English string gives it away
    if flat in english and has_foreign_words(flat):
        return True  # the very text the English UI shows, not from the catalogues
    return language == "ar" and has_foreign_words(flat)


# -- the walker ---------------------------------------------------------------------------


def _model_texts(name: str, model: QAbstractItemModel, found: list[Seen], limit: int = 300) -> None:
    display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole

    def columns(parent: QModelIndex) -> int:
        # A list model hides columnCount (private in C++): it has one column.
        return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)

    for section in range(columns(QModelIndex())):
        for role in (display, tip):
            found.append(Seen(f"{name}:header", str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")))
    pending = [QModelIndex()]
    while pending and limit > 0:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (display, tip):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        found.append(Seen(f"{name}:item", value, data=True))
            if not isinstance(model, QAbstractListModel):
                pending.append(model.index(row, 0, parent))
            limit -= 1


def _in_combo_popup(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def widget_texts(root: QWidget) -> list[Seen]:
    found: list[Seen] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _in_combo_popup(widget):
            continue  # the popup lists the combo's items, read from the combo itself
        name = f"{type(root).__name__}/{widget.objectName() or type(widget).__name__}"
        texts = [widget.toolTip(), widget.statusTip(), widget.whatsThis(), widget.accessibleName(),
                 widget.accessibleDescription()]
        if widget.isWindow() or isinstance(widget, QDockWidget | QToolBar):
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.specialValueText())
            texts.extend((getattr(widget, "prefix", str)(), getattr(widget, "suffix", str)()))
        if isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):
            # Font families are names, not words to translate.
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                texts.extend((widget.tabText(i), widget.tabToolTip(i)))
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        # A header view shows its table's model: its sections are read as the table's headers.
        model = widget.model() if isinstance(widget, QAbstractItemView) else None
        if model is not None and not isinstance(widget, QHeaderView):
            _model_texts(name, model, found)
        found.extend(Seen(name, t) for t in texts)
        for action in widget.actions():
            where = f"{name}:{action.objectName() or 'action'}"
            found.extend(Seen(where, t) for t in (action.text(), action.toolTip(), action.statusTip(),
                                                  action.iconText()))
    return found


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def accelerator_clashes(root: QWidget) -> list[list[str]]:
    """Texts sharing an Alt+letter: in one menu (or the menu bar), or in one dialog."""
    groups: list[list[str]] = []
    for menu in [root, *root.findChildren(QWidget)]:
        if isinstance(menu, QMenu | QMenuBar):
            groups.append([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()])
    if isinstance(root, QDialog):
        labels: list[QLabel | QAbstractButton] = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]
        texts = [w.text() for w in labels if w.isVisible()]
        for bar in root.findChildren(QTabBar):
            texts.extend(bar.tabText(i) for i in range(bar.count()))
        groups.append(texts)
    clashes = []
    for texts in groups:
        by_key: dict[str, list[str]] = {}
        for text in texts:
            key = _mnemonic(text)
            if key:
                by_key.setdefault(key, []).append(text)
        clashes.extend(same for same in by_key.values() if len(same) > 1)
    return clashes


@dataclass(frozen=True)
class Shown:
    texts: list[Seen]
    clashes: list[list[str]]


def shown(root: QWidget) -> Shown:
    return Shown(widget_texts(root), accelerator_clashes(root))


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _extra_dialogs(window: MainWindow, folder: Path) -> dict[str, Callable[[], QDialog]]:
    """Dialogs render_screenshots.dialogs() does not build yet, built as their tests do."""
    from desktop_app.gui.about_dialog import AboutDialog
    from desktop_app.gui.backups_dialog import BackupsDialog
    from desktop_app.gui.crash_handler import CrashDialog, SaveState
    from desktop_app.gui.database_problem_dialog import DatabaseProblemDialog
    from desktop_app.gui.emergency import EmergencyCopy, RecoveryDialog, RecoveryStep, database_name
    from desktop_app.gui.help_dialog import HelpDialog
    from desktop_app.gui.history_panel import HistoryPanel
    from desktop_app.gui.preferences_dialog import PreferencesDialog
    from desktop_app.gui.shortcuts_dialog import ShortcutsDialog
    from desktop_app.gui.trash_dialog import TrashDialog
    from desktop_app.preferences import Preferences
    from desktop_app.store.backups import BackupSettings
    from desktop_app.store.database import DamagedDatabaseError

    db = window.db
    assert db.path is not None and window.record is not None
    article_id = window.record.id

    def damaged() -> QDialog:
        error = DamagedDatabaseError("The database “{path}” is damaged and was not opened ({reason}). "
                                     "Restore it from a backup.", path=str(db.path), reason="page 3")
        return DatabaseProblemDialog(error, db.path, window)

    def recovery() -> QDialog:
        assert window.record is not None
        copy = EmergencyCopy(folder / "copy.json", database_name(db), article_id, window.record.document, "ar",
                             "rtl", datetime.now(UTC), "disk full", 1)
        return RecoveryDialog([RecoveryStep(copy, "restore"), RecoveryStep(copy, "new")], window)

    made: dict[str, Callable[[], QDialog]] = {
        "recovery_dialog": recovery,
        "crash_dialog": lambda: CrashDialog("Traceback (most recent call last): …", SaveState.NOT_SAVED,
                                            emergency=folder / "copy.json", log_file=folder / "crash.log",
                                            parent=window),
        "database_problem_dialog": damaged,
        "backups_dialog": lambda: BackupsDialog(db.path, BackupSettings.for_database(db.path, str(folder)), window),
        "trash_dialog": lambda: TrashDialog(db, window),
        "preferences_dialog": lambda: PreferencesDialog(Preferences(), window.language, window,
                                                        path=folder / "preferences.json"),
        "history_panel": lambda: HistoryPanel(db, article_id, window),
        "help_dialog": lambda: HelpDialog(window.language, window),
        "shortcuts_dialog": lambda: ShortcutsDialog(window, window),
        "about_dialog": lambda: AboutDialog(window),
    }
    return made


Walk = Iterator[tuple[str, Shown]]


def walk_everything(db: Database, event_id: int, articles: list[int], language: str) -> Walk:
    """Open every window, tab, dialog and menu in `language`; yield what each shows."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, language)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)
    window = MainWindow(db, language)
    window.resize(1200, 800)
    try:
        window.show()
        opening, imported = articles
        window.open_article(imported)
        window.column.insert_block(TopicListBlock(items=(), title=""))
        _settle()
        yield "main window (imported article)", shown(window)
        editors = window.column.editors()
        table = next(e for e in editors if isinstance(e, TableBlockEditor))
        topics = next(e for e in editors if isinstance(e, TopicListEditor))
        text = next(e for e in editors if isinstance(e, TextBlocksEditor))
        for name, menu in (("table block menu", table.context_menu(window)),
                           ("topic block menu", topics.context_menu()),
                           ("text block menu", text.createStandardContextMenu())):
            yield name, shown(menu)
            menu.deleteLater()
        window.open_article(opening)  # linked fact box and topic list: banners
        _settle()
        yield "main window (article from the event)", shown(window)
        window.events.show_event(event_id)
        sheet = window.events.sheet
        assert sheet is not None
        for index in range(sheet.ui.tabs.count()):
            sheet.ui.tabs.setCurrentIndex(index)
            _settle()
            yield f"event sheet tab {sheet.ui.tabs.widget(index).objectName()}", shown(window)
        window.open_article(opening)
        assert db.path is not None
        folder = db.path.parent / f"dialogs-{language}"  # crash log, copies, preferences, backups
        folder.mkdir(exist_ok=True)
        builders = {**_extra_dialogs(window, folder), **render_screenshots.dialogs(window, event_id)}
        for name, make in builders.items():
            dialog = make()
            dialog.show()
            _settle()
            for _ in range(200):  # a dialog that reads in the background (the history)
                if getattr(dialog, "loaded", True):
                    break
                QThread.msleep(25)
                QApplication.processEvents()
            yield f"dialog {name} ({type(dialog).__name__})", shown(dialog)
            dialog.close()
            dialog.deleteLater()
    finally:
        window.autosaver.shutdown()
        window.close()
        window.deleteLater()
        _settle()
        install_translations(app, "en")
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# -- fixtures ------------------------------------------------------------------------------


def _fill_the_trash(db: Database) -> None:
    """An event with a table, and an article, in the trash: the trash dialog lists them."""
    from desktop_app.core.document import Document, Inline, Paragraph
    from desktop_app.store import agenda, events, trash
    from desktop_app.store.articles import NewArticle, create_articles

    old = events.create_event(db, "منتدى سابق")
    agenda.create_table(db, "برنامج", event_id=old, columns=[("الساعة", "time")], rows=[["09:00"]])
    trash.trash_event(db, old)
    document = Document(title="مسودة قديمة", blocks=(Paragraph(Inline.plain("نص قصير")),))
    (article,) = create_articles(db, [NewArticle(document, "ar", "rtl")])
    trash.trash_article(db, article)


@pytest.fixture(scope="module")
def coverage_db(
    tmp_path_factory: pytest.TempPathFactory, qapp: QApplication
) -> Iterator[tuple[Database, int, list[int]]]:
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("i18n")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "cfg"))
    db = Database.open(folder / "walk.sqlite3")
    event_id, articles = render_screenshots.build_event(db)
    _fill_the_trash(db)
    yield db, event_id, articles
    db.close()


@pytest.fixture(scope="module")
def english_walk(coverage_db: tuple[Database, int, list[int]]) -> dict[str, Shown]:
    return dict(walk_everything(*coverage_db, "en"))


# -- tests -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_window_and_dialog_is_translated(language, coverage_db, english_walk):
    walked = dict(walk_everything(*coverage_db, language))
    assert walked.keys() == english_walk.keys()
    english = {plain(s.text) for on in english_walk.values() for s in on.texts if not s.data and not allowed_at(s)}
    bad = [
        (surface, s.where, s.text)
        for surface, on in walked.items()
        for s in on.texts
        if untranslated(s, language, english)
    ]
    assert not bad, "\n".join(map(repr, bad))
    clashes = {surface: on.clashes for surface, on in walked.items() if on.clashes}
    assert not clashes, clashes


def test_no_two_english_texts_share_an_alt_letter(english_walk):
    clashes = {surface: on.clashes for surface, on in english_walk.items() if on.clashes}
    assert not clashes, clashes


def test_the_english_walk_is_caught(english_walk):
    """The same checks flag the English UI everywhere: the walker reaches the strings."""
    for surface, on in english_walk.items():
        flagged = [s for s in on.texts if is_english_source(s.text)]
        assert flagged, surface
    total = sum(1 for on in english_walk.values() for s in on.texts if is_english_source(s.text))
    assert total > 400


def _gui_classes(base: type) -> set[type]:
    found: set[type] = set()
    for module in pkgutil.walk_packages(desktop_app.gui.__path__, "desktop_app.gui."):
        if ".forms" in module.name:
            continue
        loaded = importlib.import_module(module.name)
        found.update(c for _, c in inspect.getmembers(loaded, inspect.isclass)
                     if issubclass(c, base) and c.__module__ == loaded.__name__)
    return found


def test_the_walk_reaches_every_dialog_and_form(english_walk):
    """A new dialog or .ui form that the walk does not open fails here: add it to
    tools/render_screenshots.py's dialogs() (or to _extra_dialogs above)."""
    surfaces = " ".join(english_walk)
    missing = sorted(c.__name__ for c in _gui_classes(QDialog) if f"({c.__name__})" not in surfaces)
    assert not missing, missing
    names = {s.where.split("/", 1)[1].split(":")[0] for on in english_walk.values() for s in on.texts}
    forms = {
        ET.parse(path).getroot().find("widget").get("name"): path.name  # type: ignore[union-attr]
        for path in (ROOT / "ui").glob("*.ui")
    }
    assert not {name: f for name, f in forms.items() if name not in names}


def test_the_checks_themselves():
    english: set[str] = {"Sort by kind", "English — en", "Africa/Casablanca"}
    assert untranslated(Seen("x", "&Insert"), "ar", english)  # a source string
    assert untranslated(Seen("x", "Saved 10:42"), "fr", english)  # "Saved {time}" filled in
    assert untranslated(Seen("x", "Sort by kind"), "fr", english)  # never went through tr()
    assert untranslated(Seen("x", "Some new words"), "ar", english)  # Latin, no Arabic
    assert untranslated(Seen("x", "Draft", data=True), "fr", english)  # a status word in a view
    assert not untranslated(Seen("x", "&إدراج"), "ar", english)
    assert not untranslated(Seen("x", "تصدير بصيغة &HTML…"), "ar", english)
    assert not untranslated(Seen("x", "HTML"), "fr", english)
    assert not untranslated(Seen("x", "10:00"), "ar", english)
    assert not untranslated(Seen("x", "Date"), "fr", english)  # same word in French
    assert not untranslated(Seen("x", "انطلاق — Hadath"), "fr", english)  # "{title} — Hadath"
    assert not untranslated(Seen("x", "English — en"), "ar", english)  # an endonym and its code
    assert not untranslated(Seen("x", "Africa/Casablanca"), "fr", english)  # a time zone id
    assert not untranslated(Seen("x", "Valdecy Urquiza", data=True), "fr", english)  # a speaker


def test_the_accelerator_check_itself(qtbot):
    menu = QMenu()
    qtbot.addWidget(menu)
    for text in ("&Nouvel article", "Aperçu dans le &navigateur", "&Quitter", "Tout &&rien"):
        menu.addAction(text)
    assert accelerator_clashes(menu) == [["&Nouvel article", "Aperçu dans le &navigateur"]]
