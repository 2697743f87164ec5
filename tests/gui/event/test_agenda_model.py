from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QPixmap
from sqlalchemy import update

from desktop_app.core.agenda_values import NOT_A_DATE, NOT_A_TIME, OUTSIDE_EVENT
from desktop_app.gui.event.agenda_model import (
    DIRECTION_ROLE,
    GENERATED_ROLE,
    MARK_ROLE,
    MIME_TYPE,
    ROW_ID_ROLE,
    WARNING_BRUSH,
    AgendaTableModel,
    DropRequest,
    compute_marks,
    language_direction,
)
from desktop_app.store import agenda
from desktop_app.store.database import Database
from desktop_app.store.events import get_event
from desktop_app.store.models import AgendaRow

Align = Qt.AlignmentFlag


@pytest.fixture
def table_id(database: Database, event_id: int) -> int:
    return agenda.create_table(
        database,
        "البرنامج",
        event_id=event_id,
        columns=[("الوقت", "time"), "الجلسة", ("المتحدث", "person"), ("اليوم", "date"), ""],
        rows=[
            ["09:00", "حفل الافتتاح", "حموشي", "24 نونبر", "القاعة 1"],
            ["صباحا", "Cybercrime panel", "Jürgen Stock", "2025-11-30", "12"],
            ["١٠:٣٠", "الجريمة السيبرانية", "", "غدا", ""],
        ],
    )


def _model(database: Database, table_id: int, event_id: int) -> AgendaTableModel:
    record = agenda.get_table(database, table_id)
    event = get_event(database, event_id)
    model = AgendaTableModel()
    marks = compute_marks(record, event.start_date, event.end_date)
    model.set_table(record, marks, agenda.row_articles(database, table_id))
    return model


def _icon() -> QIcon:
    pixmap = QPixmap(8, 8)
    pixmap.fill(Qt.GlobalColor.red)
    return QIcon(pixmap)


def test_cells_and_headers(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    assert (model.rowCount(), model.columnCount()) == (3, 5)
    assert model.index(0, 1).data() == "حفل الافتتاح"
    assert model.index(1, 2).data(Qt.ItemDataRole.EditRole) == "Jürgen Stock"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "الوقت"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Column 5"  # an empty header names its place
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).italic()
    assert model.headerData(1, Qt.Orientation.Vertical) == "2"
    record = agenda.get_table(database, table_id)
    assert model.index(2, 0).data(ROW_ID_ROLE) == record.rows[2].id
    assert model.record() == record and model.table_id() == table_id


def test_header_shows_the_kind(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) is None
    model.set_icons({"time": _icon(), "date": _icon(), "person": _icon()})
    assert isinstance(model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) is None  # text
    tip = model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Date" in tip and "sort" in tip


def test_neutral_cells_take_the_tables_direction(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == Align.AlignLeading | Align.AlignVCenter
    assert model.index(0, 0).data(DIRECTION_ROLE) == "rtl"
    assert model.index(2, 0).data(DIRECTION_ROLE) == "rtl"  # Arabic-Indic digits: neutral too
    assert model.index(1, 4).data(DIRECTION_ROLE) == "rtl"
    arabic = model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert arabic == Align.AlignRight | Align.AlignAbsolute | Align.AlignVCenter
    latin = model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert latin == Align.AlignLeft | Align.AlignAbsolute | Align.AlignVCenter
    assert model.index(1, 1).data(DIRECTION_ROLE) == "ltr"
    model.set_direction("ltr")
    assert model.index(0, 0).data(DIRECTION_ROLE) == "ltr"
    assert model.index(0, 1).data(DIRECTION_ROLE) == "rtl"


def test_language_direction():
    assert language_direction("ar_MA") == "rtl" and language_direction("ar") == "rtl"
    assert language_direction("fr") == "ltr" and language_direction("en-GB") == "ltr"


def test_marks_show_as_warnings_with_their_reason(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    assert model.index(1, 0).data(MARK_ROLE) == NOT_A_TIME
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == WARNING_BRUSH
    assert "Not a time" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 3).data(MARK_ROLE) == OUTSIDE_EVENT
    assert "outside the event" in model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, 3).data(MARK_ROLE) == NOT_A_DATE
    assert "Not a date" in model.index(2, 3).data(Qt.ItemDataRole.ToolTipRole)
    for row, column in ((0, 0), (2, 0), (0, 3), (0, 1)):
        assert model.index(row, column).data(MARK_ROLE) is None
        assert model.index(row, column).data(Qt.ItemDataRole.BackgroundRole) is None
        assert model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) is None


def test_marks_are_the_stores(qapp, database, event_id, table_id):
    record = agenda.get_table(database, table_id)
    event = get_event(database, event_id)
    assert compute_marks(record, event.start_date, event.end_date) == agenda.table_marks(database, table_id)


def test_generated_rows_are_read_only(qapp, database, event_id, table_id):
    record = agenda.get_table(database, table_id)
    with database.session() as session:
        session.execute(update(AgendaRow).where(AgendaRow.id == record.rows[0].id).values(field="location"))
    model = _model(database, table_id, event_id)
    edits: list[tuple[int, int, str]] = []
    model.edit_handler = lambda *args: edits.append(args) or True
    generated, free = model.index(0, 1), model.index(1, 1)
    assert model.is_generated(0) and generated.data(GENERATED_ROLE)
    assert not generated.flags() & Qt.ItemFlag.ItemIsEditable
    assert free.flags() & Qt.ItemFlag.ItemIsEditable
    assert generated.flags() & Qt.ItemFlag.ItemIsDragEnabled  # it can still be reordered
    assert not model.setData(generated, "تغيير")
    assert edits == []
    assert "event's details" in generated.data(Qt.ItemDataRole.ToolTipRole)
    assert generated.data(Qt.ItemDataRole.FontRole).italic()
    model.set_icons({"generated": _icon(), "covered": _icon()})
    assert isinstance(model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole), QIcon)
    assert "event's details" in model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert model.setData(free, "ندوة")
    assert edits == [(record.rows[1].id, record.columns[1].id, "ندوة")]


def test_edits_go_to_the_handler_only_when_they_change_something(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    assert not model.setData(model.index(0, 1), "ندوة")  # no handler: nothing is written
    edits: list[tuple[int, int, str]] = []
    model.edit_handler = lambda *args: edits.append(args) or True
    assert not model.setData(model.index(0, 1), "حفل الافتتاح")
    assert not model.setData(model.index(0, 1), "x", Qt.ItemDataRole.DisplayRole)
    assert edits == []
    assert agenda.get_table(database, table_id).rows[0].cells[1] == "حفل الافتتاح"


def test_coverage_marks_rows(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    record = agenda.get_table(database, table_id)
    model.set_icons({"covered": _icon()})
    model.set_article_titles({7: "افتتاح الدورة"})
    model.update_table(record, coverage={record.rows[1].id: (7,)})
    assert model.articles(1) == (7,) and model.articles(0) == ()
    assert isinstance(model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is None
    assert "افتتاح الدورة" in model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)


class _Signals:
    def __init__(self, model: AgendaTableModel) -> None:
        self.seen: list[str] = []
        model.modelReset.connect(lambda: self.seen.append("reset"))
        model.rowsRemoved.connect(lambda *_: self.seen.append("removed"))
        model.rowsInserted.connect(lambda *_: self.seen.append("inserted"))
        model.layoutChanged.connect(lambda *_: self.seen.append("layout"))
        model.dataChanged.connect(lambda *_: self.seen.append("data"))


def test_a_sort_is_a_layout_change_and_the_selection_follows(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    signals = _Signals(model)
    followed = QPersistentModelIndex(model.index(2, 1))  # الجريمة السيبرانية
    record = agenda.get_table(database, table_id)
    agenda.sort_table(database, table_id, record.columns[1].id)
    model.update_table(agenda.get_table(database, table_id))
    assert signals.seen == ["layout"]
    assert followed.data() == "الجريمة السيبرانية"
    assert [model.index(row, 1).data() for row in range(3)] == ["Cybercrime panel", "الجريمة السيبرانية",
                                                                 "حفل الافتتاح"]
    assert followed.row() == 1


def test_rows_added_and_removed_are_inserted_and_removed(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    signals = _Signals(model)
    followed = QPersistentModelIndex(model.index(2, 0))
    record = agenda.get_table(database, table_id)
    agenda.remove_rows(database, table_id, [record.rows[0].id])
    agenda.add_rows(database, table_id, [["14:00", "ختام"]], position=1)
    model.update_table(agenda.get_table(database, table_id), marks=[])
    assert signals.seen[:2] == ["removed", "inserted"] and "reset" not in signals.seen
    assert [model.index(row, 1).data() for row in range(3)] == ["Cybercrime panel", "ختام", "الجريمة السيبرانية"]
    assert followed.row() == 2 and followed.data() == "١٠:٣٠"
    assert model.index(0, 0).data(MARK_ROLE) is None  # marks replaced


def test_a_cell_change_is_a_data_change(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    signals = _Signals(model)
    record = agenda.get_table(database, table_id)
    agenda.set_cell(database, record.rows[1].id, record.columns[0].id, "11:00")
    new = agenda.get_table(database, table_id)
    event = get_event(database, event_id)
    model.update_table(new, compute_marks(new, event.start_date, event.end_date))
    assert signals.seen == ["data"]
    assert model.index(1, 0).data() == "11:00" and model.index(1, 0).data(MARK_ROLE) is None


def test_a_new_column_resets(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    signals = _Signals(model)
    agenda.add_column(database, table_id, "القاعة")
    model.update_table(agenda.get_table(database, table_id))
    assert signals.seen == ["reset"] and model.columnCount() == 6


def test_dragged_rows_move_through_the_handler(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    record = agenda.get_table(database, table_id)
    requests: list[DropRequest] = []
    model.move_handler = lambda request: requests.append(request) or True
    data = model.mimeData([model.index(0, 0), model.index(0, 1)])
    assert data.hasFormat(MIME_TYPE)
    action = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, action, 3, 0, QModelIndex())
    # Below the last row: the first row goes to the end, after the two others.
    assert not model.dropMimeData(data, action, 3, 0, QModelIndex())  # done; the view removes nothing
    assert requests == [DropRequest((record.rows[0].id,), 2)]
    # On a cell: before its row.
    data = model.mimeData([model.index(2, 0)])
    model.dropMimeData(data, action, -1, -1, model.index(0, 1))
    assert requests[-1] == DropRequest((record.rows[2].id,), 0)


def test_rows_of_another_table_do_not_drop(qapp, database, event_id, table_id):
    model = _model(database, table_id, event_id)
    other_id = agenda.create_table(database, "آخر", event_id=event_id, columns=["x"], rows=[["y"]])
    other = _model(database, other_id, event_id)
    data = other.mimeData([other.index(0, 0)])
    requests: list[DropRequest] = []
    model.move_handler = lambda request: requests.append(request) or True
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert requests == []


def test_five_thousand_rows_update_without_a_reset(qapp, database, event_id):
    rows = [[f"{8 + i % 12:02d}:{i % 60:02d}", f"جلسة {i}", f"متحدث {i % 97}"] for i in range(5000)]
    table_id = agenda.create_table(database, "كبير", event_id=event_id, columns=[("t", "time"), "s", "p"], rows=rows)
    model = _model(database, table_id, event_id)
    signals = _Signals(model)
    record = agenda.get_table(database, table_id)
    agenda.sort_table(database, table_id, record.columns[2].id, descending=True)
    model.update_table(agenda.get_table(database, table_id))
    assert signals.seen == ["layout"] and model.rowCount() == 5000
