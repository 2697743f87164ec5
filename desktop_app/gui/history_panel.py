"""Article → History…: the article's revisions, a word diff of each against the current
text, and Restore.

The list is read on a worker thread (a thousand revisions of a long article take a
moment to compare), the diff when a revision is chosen. The diff reads in the article's
direction: the HTML and the document both say `rtl` for an Arabic article, so Qt lays the
words out right to left rather than reversing them. Insertions and deletions carry a
background tint and an underline or a strike-through, so colour is not the only cue.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from desktop_app.core.arabic import direction_of, dominant_direction
from desktop_app.core.document import Document
from desktop_app.core.errors import HadathError
from desktop_app.core.word_diff import Segment, count_changes, diff_words
from desktop_app.gui.forms.history_panel_ui import Ui_HistoryPanel
from desktop_app.i18n import translated_error
from desktop_app.locale_names import short_local_time
from desktop_app.store.database import Database
from desktop_app.store.reads import get_article
from desktop_app.store.revisions import RevisionSummary, get_revision, list_revisions, restore_revision

# Unicode isolates around "+12 / −3"; a thin space keeps a deletion and the insertion
# that replaces it apart when they touch ("واسعواسِع" would read as one word).
_LRI, _RLI, _PDI = "\u2066", "\u2067", "\u2069"
_APART = "\u2009"
_INSERT_HUE, _DELETE_HUE = QColor("#2e7d32"), QColor("#c62828")
_TINT = 0.3

Index = QModelIndex | QPersistentModelIndex


def _blend(base: QColor, hue: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (hue.redF() - base.redF()) * amount,
        base.greenF() + (hue.greenF() - base.greenF()) * amount,
        base.blueF() + (hue.blueF() - base.blueF()) * amount,
    )


def diff_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Backgrounds for inserted and deleted words: green and red tints of the palette's
    base colour, so they stay readable in the light and the dark theme."""
    base = palette.color(QPalette.ColorRole.Base)
    return _blend(base, _INSERT_HUE, _TINT), _blend(base, _DELETE_HUE, _TINT)


def diff_html(
    segments: Sequence[Segment],
    direction: str,
    inserted: QColor,
    deleted: QColor,
    *,
    note: str = "",
    note_dir: str = "ltr",
) -> str:
    """The diff as HTML paragraphs, one per line of the texts. Each paragraph takes the
    direction of its first strong letter, the article's when it has none. A `note` (in the
    UI's language and direction) comes first, in italics."""
    styles = {
        "insert": f"background-color:{inserted.name()}; text-decoration:underline;",
        "delete": f"background-color:{deleted.name()}; text-decoration:line-through;",
    }
    paragraphs: list[tuple[str, list[str]]] = []
    plain: list[str] = []
    parts: list[str] = []

    def close() -> None:
        paragraphs.append(("".join(plain), parts.copy()))
        plain.clear()
        parts.clear()

    previous = Segment("equal", "")
    for op, text in segments:
        touching = not previous.text.endswith("\n") and not text.startswith("\n")
        if previous.op == "delete" and op == "insert" and touching:
            parts.append(_APART)
        previous = Segment(op, text)
        for number, piece in enumerate(text.split("\n")):
            if number:
                close()
            if not piece:
                continue
            if op != "delete":
                plain.append(piece)
            escaped = html.escape(piece)
            parts.append(f'<span style="{styles[op]}">{escaped}</span>' if op in styles else escaped)
    close()
    body = "".join(
        f'<p dir="{direction_of(text, direction)}">{"".join(parts) or "&nbsp;"}</p>' for text, parts in paragraphs
    )
    if note:
        body = f'<p dir="{note_dir}"><i>{html.escape(note)}</i></p>' + body
    return f'<html><body dir="{direction}">{body}</body></html>'


class RevisionModel(QAbstractTableModel):
    """Revisions newest first: when, what, how many words, what changed."""

    WHEN, WHAT, WORDS, CHANGE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RevisionSummary] = []

    def set_revisions(self, revisions: Sequence[RevisionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(revisions)
        self.endResetModel()

    def revision(self, row: int) -> RevisionSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("What"), self.tr("Words"), self.tr("Change"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        summary = self.revision(index.row()) if index.isValid() else None
        if summary is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return self.when(summary)
            if column == self.WHAT:
                return self.what(summary)
            if column == self.WORDS:
                return QLocale().toString(summary.word_count)
            return self.change(summary)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHANGE and summary.readable:
            return self.tr("%n word(s) added", "", summary.added) + "\n" + self.tr(
                "%n word(s) removed", "", summary.removed
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.WORDS, self.CHANGE):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None

    def when(self, summary: RevisionSummary) -> str:
        """The time in the UI's locale and the computer's time zone."""
        return short_local_time(summary.created_at)

    def what(self, summary: RevisionSummary) -> str:
        if not summary.readable:
            return self.tr("Damaged")
        if summary.restored:
            return self.tr("Restored")
        names = {
            "autosave": self.tr("Autosave"),
            "manual": self.tr("Saved"),
            "import": self.tr("Imported"),
            "export": self.tr("Before export"),
            "restore": self.tr("Before restore"),
            "delete": self.tr("Moved to the trash"),
            "migration": self.tr("Before a database update"),
        }
        return names.get(summary.reason, summary.reason)

    def change(self, summary: RevisionSummary) -> str:
        """"+12 / −3", read in the UI's direction: isolated, so that the signs stay with
        their numbers (Arabic-Indic digits would otherwise pull the " / −" around)."""
        if not summary.readable:
            return "—"
        locale = QLocale()
        counts = f"+{locale.toString(summary.added)} / −{locale.toString(summary.removed)}"
        start = _RLI if locale.textDirection() == Qt.LayoutDirection.RightToLeft else _LRI
        return start + counts + _PDI


class HistoryPanel(QDialog):
    """The history of one article. `restored` is emitted after a restore, with the
    article's id and the new revision's id; the caller reloads the article."""

    restored = Signal(int, int)
    _listed = Signal(object, object)  # (summaries or None, error or None), from the worker

    def __init__(
        self, db: Database, article_id: int, parent: QWidget | None = None, *, background: bool = True
    ) -> None:
        """`background=False` reads the list before returning (screenshots)."""
        super().__init__(parent)
        self.db = db
        self.article_id = article_id
        record = get_article(db, article_id)
        self.current: Document = record.document
        self.direction = (
            record.direction if record.direction != "auto" else dominant_direction(record.document.plain_text())
        )
        self.loaded = False
        self.ui = Ui_HistoryPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("History of “{title}”").format(title=record.title))
        ui.introLabel.setText(
            self.tr(
                "Hadath keeps a revision every few minutes while you write, and before every "
                "export, restore and deletion. Choose one to compare it with the current text."
            )
        )
        self.model = RevisionModel(self)
        ui.revisionView.setModel(self.model)
        header = ui.revisionView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RevisionModel.WHAT, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([420, 540])
        self._set_up_diff_view()
        ui.revisionView.selectionModel().currentRowChanged.connect(self._show_selected)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.statusLabel.setText(self.tr("Reading the history…"))
        self._listed.connect(self._on_listed)
        self._executor: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None
        if background:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history")
            self._pending = self._executor.submit(self._list)
        else:
            self._list()

    def _set_up_diff_view(self) -> None:
        view = self.ui.diffView
        rtl = self.direction == "rtl"
        option = view.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        view.document().setDefaultTextOption(option)
        inserted, deleted = diff_colours(self.palette())
        self.ui.legendLabel.setText(
            self.tr(
                '<span style="background-color:{inserted}; text-decoration:underline;">Underlined</span>: '
                "added since the revision. "
                '<span style="background-color:{deleted}; text-decoration:line-through;">Struck through</span>: '
                "removed since the revision (restoring brings it back)."
            ).format(inserted=inserted.name(), deleted=deleted.name())
        )

    # Listing ------------------------------------------------------------------------------

    def _list(self) -> None:
        try:
            summaries = list_revisions(self.db, self.article_id)
        except Exception as error:
            self._listed.emit(None, error)
        else:
            self._listed.emit(summaries, None)

    def _on_listed(self, summaries: list[RevisionSummary] | None, error: object) -> None:
        self._pending = None
        self.loaded = True
        if summaries is None:
            message = translated_error(error) if isinstance(error, HadathError) else str(error)
            self.ui.statusLabel.setText(self.tr("Cannot read the history: {reason}").format(reason=message))
            return
        self.model.set_revisions(summaries)
        self.ui.statusLabel.setText(self.tr("%n revision(s)", "", len(summaries)))
        if summaries:
            self.select(0)
        else:
            self.ui.diffView.setPlainText(self.tr("This article has no revisions yet."))

    def wait_until_listed(self) -> None:
        """Block until the worker has read the list (closing, tests)."""
        if self._pending is not None:
            self._pending.result()

    # Showing a revision -----------------------------------------------------------------

    def select(self, row: int) -> None:
        # Not QTableView.selectRow: in a right-to-left view it looks for the column under
        # the viewport's right edge, finds none and selects nothing.
        self.ui.revisionView.setCurrentIndex(self.model.index(row, RevisionModel.WHEN))

    def selected(self) -> RevisionSummary | None:
        index = self.ui.revisionView.currentIndex()
        return self.model.revision(index.row()) if index.isValid() else None

    def _show_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.revision(current.row())
        self.ui.restoreButton.setEnabled(False)
        if summary is None:
            self.ui.diffView.clear()
            return
        try:
            revision = get_revision(self.db, summary.id, self.article_id)
        except HadathError as error:
            self.ui.diffView.setPlainText(translated_error(error))
            return
        segments = diff_words(revision.document.plain_text(), self.current.plain_text())
        changes = count_changes(segments)
        differs = revision.document != self.current
        self.ui.restoreButton.setEnabled(differs)
        note = ""
        if not changes.added and not changes.removed and all(s.op == "equal" for s in segments):
            note = (
                self.tr("Only the formatting differs from the current text.")
                if differs
                else self.tr("This revision holds the current text.")
            )
        inserted, deleted = diff_colours(self.palette())
        ui_dir = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        note_dir = direction_of(note, ui_dir)
        self.ui.diffView.setHtml(diff_html(segments, self.direction, inserted, deleted, note=note, note_dir=note_dir))

    # Restoring --------------------------------------------------------------------------

    def restore_selected(self) -> bool:
        """Ask, then make the selected revision the article's text (a new revision)."""
        summary = self.selected()
        if summary is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Restore revision"),
            self.tr(
                "Make the revision of {time} the article's text again?\n\nThe current text stays "
                "in the history (“Before restore”), so you can go back to it."
            ).format(time=self.model.when(summary)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            new_revision = restore_revision(self.db, self.article_id, summary.id)
        except HadathError as error:
            QMessageBox.warning(self, self.tr("Cannot restore the revision"), translated_error(error))
            return False
        self.restored.emit(self.article_id, new_revision)
        self.accept()
        return True

    def done(self, result: int) -> None:
        # The worker emits into this dialog: let it finish before the dialog can go away.
        self.wait_until_listed()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        super().done(result)
