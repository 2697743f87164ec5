"""The event's agenda table editor with a 5,000-row programme (time, session title in
Arabic, speaker, room), offscreen: loading it into the editor, sorting it by the time
column and by the Arabic title column (each sort written to the store, undoable, and
shown). Each figure is a median; the ratio is to reading the table with `get_table`,
measured in the same run."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROWS = 5_000
REPEAT = 7
TARGET = 0.200  # seconds, each median

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_OPENERS = ("الجلسة", "ورشة", "الندوة", "حوار", "عرض", "المائدة المستديرة", "كلمة")
_ROOMS = ("القاعة الكبرى", "قاعة الأطلس", "قاعة المنارة", "القاعة 3", "Salle B")


def programme(rng: random.Random, rows: int = ROWS) -> list[list[str]]:
    """Rows as a reporter's spreadsheet holds them: times in several spellings, Arabic
    titles (most starting with ال), names, rooms."""
    body = []
    for _ in range(rows):
        hour, minute = rng.randint(8, 19), rng.choice((0, 15, 30, 45))
        time_text = rng.choice((f"{hour:02d}:{minute:02d}", f"{hour}h{minute:02d}", f"{hour:02d}.{minute:02d}"))
        words = " ".join("".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 7))) for _ in range(3))
        title = f"{rng.choice(_OPENERS)} {words}"
        speaker = "د. " + "".join(rng.choice(_LETTERS) for _ in range(rng.randint(4, 8)))
        body.append([time_text, title, speaker, rng.choice(_ROOMS)])
    return body


def timed(func: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None) -> list[float]:
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return samples


def measure() -> dict[str, float]:
    """Medians in seconds: 'get_table' (the baseline), 'load', 'sort time', 'sort text'."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.agenda_values import parse_time
    from desktop_app.gui.event.agenda_editor import AgendaTableEditor
    from desktop_app.store import agenda
    from desktop_app.store.database import Database
    from desktop_app.store.events import create_event

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "agenda.sqlite3")
        event_id = create_event(
            db, "الدورة 93 للانتربول", start_date=date(2025, 11, 24), end_date=date(2025, 11, 27), language="ar_MA"
        )
        table_id = agenda.create_table(
            db,
            "البرنامج",
            event_id=event_id,
            columns=[("الوقت", "time"), "الجلسة", ("المتحدث", "person"), "القاعة"],
            rows=programme(random.Random(93)),
        )
        stack = QUndoStack()
        editor = AgendaTableEditor(db, stack)
        editor.resize(1000, 700)
        editor.show()
        app.processEvents()
        medians = {"get_table": statistics.median(timed(lambda: agenda.get_table(db, table_id), REPEAT))}

        def load() -> None:
            editor.set_table(table_id)
            assert editor.model.rowCount() == ROWS
            app.processEvents()  # the view lays the new rows out

        medians["load"] = statistics.median(timed(load, REPEAT, setup=lambda: editor.set_table(None)))

        def sort(column: int) -> Callable[[], None]:
            def run() -> None:
                assert editor.sort_by(column)
                app.processEvents()

            return run

        def shuffle() -> None:
            # Each sort starts from a new order, so every run sorts and writes for real.
            stack.undo()
            app.processEvents()

        editor.set_table(table_id)
        assert editor.sort_by(2)  # by speaker: neither the time order nor the title order
        medians["sort time"] = statistics.median(timed(sort(0), REPEAT, setup=shuffle))
        minutes = [parse_time(editor.model.row_record(row).cells[0]) or 0 for row in range(ROWS)]
        assert minutes == sorted(minutes), "the time sort puts 8h30 before 10h00, whatever the spelling"
        medians["sort text"] = statistics.median(timed(sort(1), REPEAT, setup=shuffle))
        shown = [editor.model.row_id(row) for row in range(ROWS)]
        assert shown == [row.id for row in agenda.get_table(db, table_id).rows], "the view shows the stored order"
        editor.close()
        db.close()
    return medians


def rows() -> list[tuple[str, str, str, str, bool]]:
    """Rows for tests/benchmarks/run.py's table."""
    medians = measure()
    base = medians["get_table"]
    result = []
    for key, name in (
        ("load", f"agenda editor: load {ROWS:,} rows"),
        ("sort time", f"agenda editor: sort {ROWS:,} rows by time"),
        ("sort text", f"agenda editor: sort {ROWS:,} rows by Arabic title"),
    ):
        value = medians[key]
        result.append(
            (name, f"{value * 1000:.0f} ms", f"{value / base:.1f}× get_table ({base * 1000:.0f} ms)",
             f"< {TARGET * 1000:.0f} ms", value < TARGET)
        )
    return result


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    table = rows()
    for row in table:
        print(*row[:4], "ok" if row[4] else "MISSED", sep="  ")
    sys.exit(0 if all(row[4] for row in table) else 1)
