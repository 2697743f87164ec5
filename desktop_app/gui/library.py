"""The library sidebar: events with their articles, articles without an event, and search
hits with the matched words in bold."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem, QWidget

from desktop_app.store.records import SNIPPET_CLOSE, SNIPPET_OPEN, ArticleSummary, EventSummary, SearchHit

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole
RICH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def snippet_html(title: str, snippet: str) -> str:
    """A search hit as two lines of HTML: the title, then the snippet with its match bold."""
    import html  # only a search needs it, never the start-up

    escaped = html.escape(snippet)
    marked = escaped.replace(html.escape(SNIPPET_OPEN), "<b>", 1).replace(html.escape(SNIPPET_CLOSE), "</b>", 1)
    return f"{html.escape(title)}<br><small>{marked}</small>"


class _RichTextDelegate(QStyledItemDelegate):
    """Paints items that carry RICH_TEXT_ROLE as HTML (search hits), others as usual."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        markup = index.data(RICH_TEXT_ROLE)
        if not markup:
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(markup)
        document.setTextWidth(max(80, option.rect.width() - 8))
        text_option = document.defaultTextOption()
        text_option.setTextDirection(option.direction)
        document.setDefaultTextOption(text_option)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()) + 8, int(document.size().height()) + 4)


class LibraryTree(QTreeWidget):
    """Fed by the main window; emits the id of the article or event the reporter picks."""

    article_chosen = Signal(int)
    event_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def setup(self) -> None:
        self.setItemDelegate(_RichTextDelegate(self))
        self.currentItemChanged.connect(self._on_current)

    def show_articles(
        self,
        articles: list[ArticleSummary],
        no_event_label: str,
        words_label: str,
        events: Sequence[EventSummary] = (),
    ) -> None:
        """Events with their articles (those with the newest article first, then events
        without articles), then the articles without an event. Event rows are selectable:
        choosing one opens its sheet."""
        self.blockSignals(True)
        self.clear()
        groups: dict[int, QTreeWidgetItem] = {}
        loose: list[ArticleSummary] = []
        for article in articles:
            if article.event_id is None:
                loose.append(article)
                continue
            group = groups.get(article.event_id)
            if group is None:
                group = groups[article.event_id] = self._event_item(article.event_id, article.event_title or "")
            self._article_item(group, article, words_label)
        for event in events:
            if event.id not in groups and not event.archived:
                groups[event.id] = self._event_item(event.id, event.title)
        if loose:
            holder: QTreeWidget | QTreeWidgetItem = self
            if groups:
                holder = QTreeWidgetItem(self, [no_event_label])
                font = QFont(holder.font(0))
                font.setBold(True)
                holder.setFont(0, font)
                holder.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for article in loose:
                self._article_item(holder, article, words_label)
        self.expandAll()
        self.blockSignals(False)

    def _event_item(self, event_id: int, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, EVENT_ID_ROLE, event_id)
        return item

    def _article_item(self, parent: QTreeWidget | QTreeWidgetItem, article: ArticleSummary, words: str) -> None:
        item = QTreeWidgetItem(parent, [article.title])
        item.setData(0, ARTICLE_ID_ROLE, article.id)
        item.setToolTip(0, words.format(count=article.word_count, status=article.status))

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.blockSignals(True)
        self.clear()
        for hit in hits:
            item = QTreeWidgetItem(self, [hit.title])
            item.setData(0, ARTICLE_ID_ROLE, hit.article_id)
            item.setData(0, RICH_TEXT_ROLE, snippet_html(hit.title, hit.snippet))
            item.setToolTip(0, hit.snippet)
        self.blockSignals(False)

    def article_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def visit(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            if item.data(0, ARTICLE_ID_ROLE) is not None:
                found.append(item)
            for index in range(item.childCount()):
                visit(item.child(index))

        for index in range(self.topLevelItemCount()):
            visit(self.topLevelItem(index))
        return found

    def select_article(self, article_id: int) -> None:
        self.blockSignals(True)
        for item in self.article_items():
            if item.data(0, ARTICLE_ID_ROLE) == article_id:
                self.setCurrentItem(item)
                break
        self.blockSignals(False)

    def select_event(self, event_id: int) -> None:
        self.blockSignals(True)
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None and item.data(0, EVENT_ID_ROLE) == event_id:
                self.setCurrentItem(item)
                break
        self.blockSignals(False)

    def _on_current(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(0, ARTICLE_ID_ROLE) is not None:
            self.article_chosen.emit(int(item.data(0, ARTICLE_ID_ROLE)))
        elif item.data(0, EVENT_ID_ROLE) is not None:
            self.event_chosen.emit(int(item.data(0, EVENT_ID_ROLE)))
