from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from sqlalchemy import text

from desktop_app.core.document import Document, Paragraph
from desktop_app.core.inline import Inline
from desktop_app.gui.event.coverage_view import ARTICLES_ROLE, COVERED_ROLE, GROUP_ROLE, CoverageView
from desktop_app.store import agenda, topics
from desktop_app.store.articles import NewArticle, create_article, delete_article
from tests.gui.event.conftest import EVENT_TITLE

SESSIONS = [
    ("09:00", "الاستقبال والتسجيل"),
    ("10:00", "الجلسة الافتتاحية"),
    ("11:30", "Cybercrime panel"),
    ("13:00", "استراحة الغداء"),
    ("14:30", "الجريمة المنظمة"),
    ("16:00", "دور المرأة في الشرطة"),
    ("09:00", "اليوم الثاني: الاستقبال"),
    ("10:00", "التعاون الإقليمي"),
    ("11:30", "الأمن الرقمي"),
    ("14:00", "انتخاب اللجنة التنفيذية"),
    ("16:00", "التوصيات"),
    ("17:00", "الجلسة الختامية"),
]
ISSUES = ["التعاون الأمني", "الجريمة المنظمة", "الهجمات السيبرانية", "دور المرأة", "شبكات الاحتيال"]


def article(db, title: str) -> int:
    document = Document(title=title, blocks=(Paragraph(Inline.plain("نص المقال.")),))
    return create_article(db, NewArticle(document, event_title=EVENT_TITLE))


@pytest.fixture
def coverage_data(database, event_id) -> dict[str, int]:
    opening = article(database, "افتتاح الدورة 93")
    day_two = article(database, "اليوم الثاني")
    wrap_up = article(database, "حصيلة الدورة")
    programme = agenda.create_table(
        database, "البرنامج", event_id=event_id, columns=[("الوقت", "time"), "الجلسة"], rows=SESSIONS
    )
    rows = [row.id for row in agenda.get_table(database, programme).rows]
    for row in rows[:6]:
        agenda.link_row(database, row, opening)
    agenda.link_row(database, rows[7], day_two)
    agenda.link_row(database, rows[1], wrap_up)  # the opening session: two articles
    fact_box = agenda.create_table(database, "بطاقة تقنية", event_id=event_id, columns=["العنوان", "التفاصيل"],
                                   rows=[("المدينة", "مراكش")])
    with database.session() as session:
        session.execute(text(f"UPDATE agenda_tables SET role = 'fact_box' WHERE id = {fact_box}"))
    issues = topics.create_list(database, "أبرز القضايا", event_id=event_id, items=ISSUES)
    items = [item.id for item in topics.get_list(database, issues).items]
    topics.link_item(database, items[0], opening)
    topics.link_item(database, items[2], day_two)
    topics.set_covered(database, items[4])  # covered on air: no article
    return {"opening": opening, "day_two": day_two, "wrap_up": wrap_up, "programme": programme,
            "issues": issues, "fact_box": fact_box}


@pytest.fixture
def view(qtbot, database, event_id, coverage_data) -> CoverageView:
    widget = CoverageView(database, event_id)
    qtbot.addWidget(widget)
    widget.resize(760, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def groups(view) -> list[QTreeWidgetItem]:
    tree = view.ui.coverageTree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def children(group) -> list[QTreeWidgetItem]:
    return [group.child(i) for i in range(group.childCount())]


def visible(view) -> list[str]:
    return [
        child.text(0)
        for group in groups(view) if not group.isHidden()
        for child in children(group) if not child.isHidden()
    ]


def plain(label: str) -> str:
    return label.replace("\u2068", "").replace("\u2069", "")


def test_groups_and_counts_match_the_store(view, database, coverage_data):
    programme, issues = groups(view)  # the fact box is left out
    assert programme.data(0, GROUP_ROLE) == ("table", coverage_data["programme"])
    assert plain(programme.text(0)).startswith("البرنامج — 7 of 12 session")
    assert plain(issues.text(0)) == "أبرز القضايا — 3 of 5 covered"
    assert str(agenda.table_coverage(database, coverage_data["programme"])) == "7 of 12"
    assert str(topics.list_coverage(database, coverage_data["issues"])) == "3 of 5"
    assert (view.sessions.covered, view.sessions.total) == (7, 12)
    assert (view.topics.covered, view.topics.total) == (3, 5)
    summary = view.ui.summaryLabel.text()
    assert "Sessions: 7 of 12" in summary and "Topics: 3 of 5" in summary


def test_children_show_sessions_items_and_articles(view):
    programme, issues = groups(view)
    sessions = children(programme)
    assert [plain(child.text(0)) for child in sessions[:2]] == [
        "09:00 · الاستقبال والتسجيل",
        "10:00 · الجلسة الافتتاحية",
    ]
    opening = sessions[1]
    assert "افتتاح الدورة 93" in plain(opening.text(1)) and "حصيلة الدورة" in plain(opening.text(1))
    assert opening.data(0, COVERED_ROLE) and not opening.icon(0).isNull()
    assert plain(sessions[6].text(1)) == "" and not sessions[6].data(0, COVERED_ROLE)
    assert sessions[6].toolTip(0).startswith("Not covered yet")
    items = children(issues)
    assert [plain(child.text(0)) for child in items] == ISSUES
    assert plain(items[2].text(1)) == "اليوم الثاني"
    # Covered by hand: no article, but said so.
    assert items[4].data(0, COVERED_ROLE) and plain(items[4].text(1)) == "marked covered"


def test_double_click_with_one_article_emits_its_id(view, qtbot, coverage_data):
    tree = view.ui.coverageTree
    target = children(groups(view)[0])[7]
    tree.scrollToItem(target)
    rect = tree.visualItemRect(target)
    with qtbot.waitSignal(view.article_activated, timeout=1000) as signal:
        # A real double-click starts with a press: the view activates only the pressed row.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [coverage_data["day_two"]]


def test_enter_on_a_topic_emits_its_article(view, qtbot, coverage_data):
    tree = view.ui.coverageTree
    tree.setFocus()
    tree.setCurrentItem(children(groups(view)[1])[0])
    with qtbot.waitSignal(view.article_activated) as signal:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert signal.args == [coverage_data["opening"]]


def test_several_articles_offer_a_menu(view, qtbot, coverage_data):
    tree = view.ui.coverageTree
    seen: list[int] = []
    view.article_activated.connect(seen.append)
    tree.setFocus()
    tree.setCurrentItem(children(groups(view)[0])[1])
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert seen == []  # nothing chosen yet
    menu = view.article_menu
    assert menu is not None and menu.isVisible()
    titles = [action.text() for action in menu.actions()]
    assert titles == ["افتتاح الدورة 93", "حصيلة الدورة"]
    menu.actions()[1].trigger()
    assert seen == [coverage_data["wrap_up"]]
    menu.close()


def test_uncovered_children_do_nothing_when_activated(view, qtbot):
    tree = view.ui.coverageTree
    seen: list[int] = []
    view.article_activated.connect(seen.append)
    tree.setFocus()
    tree.setCurrentItem(children(groups(view)[1])[4])  # covered by hand, no article
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    tree.setCurrentItem(children(groups(view)[0])[6])
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert seen == [] and view.article_menu is None


def test_only_uncovered_filter(view):
    assert len(visible(view)) == 17
    view.ui.onlyUncoveredCheck.click()
    shown = [plain(label) for label in visible(view)]
    assert len(shown) == 5 + 2
    assert "09:00 · اليوم الثاني: الاستقبال" in shown and "الجريمة المنظمة" in shown
    assert "10:00 · الجلسة الافتتاحية" not in shown and "شبكات الاحتيال" not in shown
    # The counts stay those of everything.
    assert plain(groups(view)[0].text(0)).startswith("البرنامج — 7 of 12")
    view.ui.onlyUncoveredCheck.click()
    assert len(visible(view)) == 17


def test_filter_hides_a_fully_covered_group(view, database, coverage_data):
    for item in topics.get_list(database, coverage_data["issues"]).items:
        topics.set_covered(database, item.id)
    view.refresh()
    view.ui.onlyUncoveredCheck.setChecked(True)
    programme, issues = groups(view)
    assert issues.isHidden() and not programme.isHidden()
    assert plain(issues.text(0)) == "أبرز القضايا — 5 of 5 covered"


def test_refresh_follows_the_store_and_keeps_collapsed_groups(view, database, coverage_data):
    programme = groups(view)[0]
    programme.setExpanded(False)
    row = agenda.get_table(database, coverage_data["programme"]).rows[11].id
    agenda.link_row(database, row, coverage_data["wrap_up"])
    delete_article(database, coverage_data["day_two"])  # a trashed article covers nothing
    view.refresh()
    programme, issues = groups(view)
    assert plain(programme.text(0)).startswith("البرنامج — 7 of 12")  # +1 closing, -1 day two
    assert not programme.isExpanded() and issues.isExpanded()
    assert str(agenda.table_coverage(database, coverage_data["programme"])) == "7 of 12"
    # The topic stays covered (a trashed article takes nothing back); its article is gone.
    assert plain(children(issues)[2].text(1)) == "marked covered"
    assert children(issues)[2].data(0, COVERED_ROLE)
    assert children(issues)[2].data(0, ARTICLES_ROLE) == ()


def test_empty_event(qtbot, database, event_id):
    view = CoverageView(database, event_id)
    qtbot.addWidget(view)
    view.show()
    assert view.ui.coverageTree.topLevelItemCount() == 0
    assert view.ui.emptyLabel.isVisible() and not view.ui.coverageTree.isVisible()
    assert view.ui.summaryLabel.text() == ""
    assert not view.ui.onlyUncoveredCheck.isEnabled()


def test_only_the_fact_box_counts_as_nothing(qtbot, database, event_id):
    agenda.create_table(database, "بطاقة", event_id=event_id, columns=["العنوان", "التفاصيل"])
    with database.session() as session:
        session.execute(text("UPDATE agenda_tables SET role = 'fact_box'"))
    view = CoverageView(database, event_id)
    qtbot.addWidget(view)
    assert view.ui.coverageTree.topLevelItemCount() == 0 and view.sessions.total == 0
    QApplication.processEvents()
