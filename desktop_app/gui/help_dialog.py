"""Help → User guide: the short guide in the UI language (English when there is none),
with its sections listed beside it.

The guides are HTML files, resources/help/guide.<language>.html: QTextBrowser shows them
as they are (headings carry ids, links between sections are `#id` anchors, the Arabic one
is `dir="rtl"`), and they read as plain web pages anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from desktop_app.gui.forms.help_dialog_ui import Ui_HelpDialog
from desktop_app.resources import resource_path

FALLBACK_LANGUAGE = "en"
_ANCHOR_ROLE = Qt.ItemDataRole.UserRole


def guide_path(language: str) -> Path:
    """The guide in `language`, or the English one."""
    path = resource_path("help", f"guide.{language}.html")
    return path if path.is_file() else resource_path("help", f"guide.{FALLBACK_LANGUAGE}.html")


@dataclass(frozen=True)
class Section:
    anchor: str
    level: int  # 2 or 3
    title: str


class _Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[Section] = []
        self.anchors: set[str] = set()
        self.links: list[str] = []
        self._open: tuple[str, int] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        anchor = values.get("id") or (values.get("name") if tag == "a" else None)
        if anchor:
            self.anchors.add(anchor)
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
        if tag in ("h2", "h3") and anchor:
            self._open, self._text = (anchor, int(tag[1])), []

    def handle_endtag(self, tag: str) -> None:
        if self._open is not None and tag == f"h{self._open[1]}":
            self.found.append(Section(self._open[0], self._open[1], " ".join("".join(self._text).split())))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)


def read_guide(path: Path) -> _Sections:
    """The guide's sections (h2 and h3 with an id), its anchors and its links."""
    parser = _Sections()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


class HelpDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([270, 590])
        self.path = guide_path(language)
        self.sections = read_guide(self.path).found
        self._items: dict[str, QTreeWidgetItem] = {}
        parent_item: QTreeWidgetItem | None = None
        for section in self.sections:
            if section.level == 2 or parent_item is None:
                item = QTreeWidgetItem(self.ui.contentsTree, [section.title])
                parent_item = item
            else:
                item = QTreeWidgetItem(parent_item, [section.title])
            item.setData(0, _ANCHOR_ROLE, section.anchor)
            self._items[section.anchor] = item
        self.ui.contentsTree.expandAll()
        self.ui.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        self.ui.contentsTree.itemActivated.connect(self._on_item)
        self.ui.contentsTree.itemClicked.connect(self._on_item)
        self.ui.browser.sourceChanged.connect(self._follow)

    def show_section(self, anchor: str) -> None:
        """Scroll the guide to a section (through the browser's history: Back returns)."""
        url = QUrl.fromLocalFile(str(self.path))
        url.setFragment(anchor)
        self.ui.browser.setSource(url)

    def _on_item(self, item: QTreeWidgetItem) -> None:
        self.show_section(str(item.data(0, _ANCHOR_ROLE)))

    def _follow(self, url: QUrl) -> None:
        # A link inside the guide moved to another section: the contents follow.
        item = self._items.get(url.fragment())
        if item is not None:
            self.ui.contentsTree.setCurrentItem(item)


def show_help(parent: QWidget, language: str) -> HelpDialog:
    """Show the guide beside the work (not modal), one window per parent."""
    dialog = parent.findChild(HelpDialog)
    if not isinstance(dialog, HelpDialog):
        dialog = HelpDialog(language, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
