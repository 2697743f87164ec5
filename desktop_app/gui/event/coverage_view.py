"""What the event's articles cover: each programme session and each topic, covered or not,
and by which articles ("Programme — 7 of 12 sessions covered").

A session counts as covered when a live article covers it (`agenda.table_coverage`); a
topic when it is marked covered (`topics.list_coverage`), by hand or by a linked article.
The counts shown are those two functions' counts. The fact box is an agenda table too,
but it holds facts, not sessions, so it is left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeWidgetItem, QWidget

from desktop_app.gui.event.topic_list_model import article_titles
from desktop_app.gui.forms.coverage_view_ui import Ui_CoverageView
from desktop_app.gui.icons import themed_icon
from desktop_app.store import agenda, topics
from desktop_app.store.coverage import Coverage
from desktop_app.store.database import Database

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # ("table" or "topics", id) on a top-level row
ARTICLES_ROLE = Qt.ItemDataRole.UserRole + 2  # covering article ids on a session or topic
COVERED_ROLE = Qt.ItemDataRole.UserRole + 3
FACT_BOX = "fact_box"
# Isolates keep each cell or title in its own direction inside the line: an Arabic title
# must not drag the count after it ("— 7 of 12") to its side in an English line.
_FSI, _PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    return f"{_FSI}{text}{_PDI}"


class CoverageView(QWidget):
    """Sessions and topics of one event with the articles covering them."""

    article_activated = Signal(int)

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.ui = Ui_CoverageView()
        self.ui.setupUi(self)
        header = self.ui.coverageTree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.article_menu: QMenu | None = None
        self.sessions = Coverage(0, 0)
        self.topics = Coverage(0, 0)
        self._collapsed: set[tuple[str, int]] = set()
        self._titles: dict[int, str] = {}
        self.ui.coverageTree.itemActivated.connect(self._activated)
        self.ui.coverageTree.itemCollapsed.connect(lambda item: self._collapsed.add(item.data(0, GROUP_ROLE)))
        self.ui.coverageTree.itemExpanded.connect(lambda item: self._collapsed.discard(item.data(0, GROUP_ROLE)))
        self.ui.onlyUncoveredCheck.toggled.connect(self._apply_filter)
        self.refresh()

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the programme tables, the topic lists and the articles."""
        tables = [table for table in agenda.list_tables(self.db, event_id=self.event_id) if table.role != FACT_BOX]
        lists = topics.list_lists(self.db, event_id=self.event_id)
        records = [agenda.get_table(self.db, table.id) for table in tables]
        links = [agenda.row_articles(self.db, table.id) for table in tables]
        list_records = [topics.get_list(self.db, summary.id) for summary in lists]
        wanted = {a for table in links for ids in table.values() for a in ids}
        wanted |= {a for record in list_records for item in record.items for a in item.article_ids}
        self._titles = article_titles(self.db, self.event_id, wanted)

        tree = self.ui.coverageTree
        tree.setUpdatesEnabled(False)
        tree.clear()
        sessions = [0, 0]
        for record, row_links in zip(records, links, strict=True):
            children = [
                (self._session_text(row.cells), row_links.get(row.id, ()), bool(row_links.get(row.id)))
                for row in record.rows
            ]
            coverage = Coverage(sum(1 for *_, covered in children if covered), len(children))
            title = isolate(record.title or self.tr("Untitled table"))
            label = self.tr("%1 — %2 of %n session(s) covered", "", coverage.total)
            self._add_group(("table", record.id), label.replace("%2", str(coverage.covered)).replace("%1", title),
                            "fa6s.table-list", children)
            sessions[0] += coverage.covered
            sessions[1] += coverage.total
        items = [0, 0]
        for list_record in list_records:
            children = [(isolate(item.text), item.article_ids, item.covered) for item in list_record.items]
            coverage = list_record.coverage
            title = isolate(list_record.title or self.tr("Untitled list"))
            label = self.tr("%1 — %2 of %n covered", "", coverage.total)
            icon = "fa6s.list-ol" if list_record.ordered else "fa6s.list-ul"
            self._add_group(("topics", list_record.id), label.replace("%2", str(coverage.covered)).replace("%1", title),
                            icon, children)
            items[0] += coverage.covered
            items[1] += coverage.total
        self.sessions = Coverage(*sessions)
        self.topics = Coverage(*items)
        tree.setUpdatesEnabled(True)
        self._show_summary(bool(records), bool(list_records))
        self._apply_filter()
        tree.resizeColumnToContents(0)
        # Leave the articles column room to be read, whatever the topics' length.
        tree.setColumnWidth(0, min(tree.columnWidth(0), max(tree.viewport().width() * 3 // 5, 200)))

    def _session_text(self, cells: Sequence[str]) -> str:
        parts = [isolate(cell.strip()) for cell in cells if cell.strip()]
        return " · ".join(parts) if parts else self.tr("(empty row)")

    def _add_group(
        self,
        key: tuple[str, int],
        text: str,
        icon: str,
        children: list[tuple[str, tuple[int, ...], bool]],
    ) -> None:
        tree = self.ui.coverageTree
        group = QTreeWidgetItem([text, ""])
        group.setData(0, GROUP_ROLE, key)
        group.setIcon(0, themed_icon(icon, self, directional=True))
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        group.setToolTip(0, text)
        tree.addTopLevelItem(group)
        # The whole width: a long title with its count must not be cut at the column edge.
        group.setFirstColumnSpanned(True)
        covered_icon = themed_icon("fa6s.circle-check", self)
        missing_icon = themed_icon("fa6s.circle-xmark", self)
        for label, article_ids, covered in children:
            names = [self._titles.get(article_id, str(article_id)) for article_id in article_ids]
            joined = QLocale().createSeparatedList([isolate(name) for name in names]) if names else ""
            child = QTreeWidgetItem([label, joined])
            child.setIcon(0, covered_icon if covered else missing_icon)
            child.setData(0, ARTICLES_ROLE, tuple(article_ids))
            child.setData(0, COVERED_ROLE, covered)
            state = self.tr("Covered") if covered else self.tr("Not covered yet")
            child.setToolTip(0, f"{state}\n{label}")
            if names:
                child.setToolTip(1, "\n".join(names))
            elif covered:
                child.setText(1, self.tr("marked covered"))
            group.addChild(child)
        group.setExpanded(key not in self._collapsed)

    def _show_summary(self, has_tables: bool, has_lists: bool) -> None:
        parts = []
        if has_tables:
            parts.append(
                self.tr("Sessions: %1 of %n covered", "", self.sessions.total).replace("%1", str(self.sessions.covered))
            )
        if has_lists:
            parts.append(
                self.tr("Topics: %1 of %n covered", "", self.topics.total).replace("%1", str(self.topics.covered))
            )
        self.ui.summaryLabel.setText(" · ".join(parts))
        empty = not (has_tables or has_lists)
        self.ui.emptyLabel.setVisible(empty)
        self.ui.coverageTree.setVisible(not empty)
        self.ui.onlyUncoveredCheck.setEnabled(not empty)
        self.ui.hintLabel.setVisible(not empty)

    def _apply_filter(self, *args: object) -> None:
        only_uncovered = self.ui.onlyUncoveredCheck.isChecked()
        tree = self.ui.coverageTree
        for index in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(index)
            shown = 0
            for row in range(group.childCount()):
                child = group.child(row)
                hidden = only_uncovered and bool(child.data(0, COVERED_ROLE))
                child.setHidden(hidden)
                shown += not hidden
            group.setHidden(only_uncovered and shown == 0)

    # -- opening an article --------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        article_ids = item.data(0, ARTICLES_ROLE)
        if not article_ids:
            return
        if len(article_ids) == 1:
            self.article_activated.emit(int(article_ids[0]))
            return
        menu = QMenu(self)
        menu.setTitle(self.tr("Open article"))
        for article_id in article_ids:
            action = menu.addAction(themed_icon("fa6s.newspaper", menu), self._titles.get(article_id, str(article_id)))
            action.triggered.connect(lambda checked=False, a=int(article_id): self.article_activated.emit(a))
        self.article_menu = menu
        tree = self.ui.coverageTree
        rect = tree.visualItemRect(item)
        menu.popup(tree.viewport().mapToGlobal(QPoint(rect.center().x(), rect.bottom())))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Not on a palette or direction change: the themed icons follow both when painted.
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()
