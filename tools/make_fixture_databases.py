"""Write tests/fixtures/databases/hadath-<revision>.sqlite3: a populated database made
with each schema revision, for the migration tests.

Run once when a revision is added (`python tools/make_fixture_databases.py 0004`); the
files are committed, so a later change to an old migration script cannot quietly change
what "a database of that version" looks like. Each file holds the same content: an
event, two articles (one linking a table), a revision, an agenda table and a topic list
written at 0001 and carried up to the revision by its migrations (as a reporter's file
would be, search index included), then what that revision added (coverage links from
0003, the fact-box marks from 0004, a topic list and an event in the trash from 0005).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "tests" / "fixtures" / "databases"

ROWS = [
    "INSERT INTO events (id, title, organizer, city, venue, country, start_date, end_date, time_zone, "
    "language, description, archived, created_at, updated_at) VALUES (1, 'الدورة 93 للجمعية العامة للانتربول', "
    "'الانتربول', 'مراكش', 'قصر المؤتمرات', 'المملكة المغربية', '2025-11-24', '2025-11-27', 'Africa/Casablanca', "
    "'ar_MA', 'ملاحظات', 0, '2025-11-20 10:00:00', '2025-11-20 10:00:00')",
    "INSERT INTO articles (id, title, slug, summary, focus_keyphrase, language, direction, status, event_id, "
    "word_count, created_at, updated_at, deleted_at) VALUES "
    "(3, 'افتتاح الدورة', 'iftitah', 'ملخص', 'الانتربول', 'ar', 'rtl', 'draft', 1, 4, "
    "'2025-11-24 09:00:00', '2025-11-24 09:30:00', NULL), "
    "(4, 'Closing day', 'closing-day', '', '', 'en', 'ltr', 'ready', 1, 2, "
    "'2025-11-27 18:00:00', '2025-11-27 18:10:00', '2025-11-28 08:00:00')",
    "INSERT INTO blocks (id, article_id, position, kind, data) VALUES "
    """(1, 3, 0, 'paragraph', '{"kind":"paragraph","text":[{"t":"وصل الوفد إلى مَرَّاكُش"}]}'), """
    """(2, 3, 1, 'table', '{"kind":"table","header":[[{"t":"العنوان"}],[{"t":"التفاصيل"}]],"""
    """"rows":[[[{"t":"موقع الحدث"}],[{"t":"مدينة مراكش"}]]],"source_id":1}'), """
    """(3, 4, 0, 'heading', '{"kind":"heading","level":2,"text":[{"t":"Outcomes"}]}')""",
    "INSERT INTO revisions (id, article_id, created_at, reason, title, document, word_count) VALUES "
    "(1, 3, '2025-11-24 09:00:00', 'import', 'افتتاح الدورة', '{}', 4)",
    "INSERT INTO agenda_tables (id, title, event_id, position) VALUES (1, 'البرنامج', 1, 0)",
    "INSERT INTO agenda_columns (id, table_id, position, header, kind) VALUES "
    "(1, 1, 0, 'الساعة', 'time'), (2, 1, 1, 'الجلسة', 'text')",
    "INSERT INTO agenda_rows (id, table_id, position) VALUES (1, 1, 0), (2, 1, 1)",
    "INSERT INTO agenda_cells (id, row_id, column_id, text) VALUES "
    "(1, 1, 1, '10h00'), (2, 1, 2, 'الجلسة الافتتاحية'), (3, 2, 1, '١٤:٣٠'), (4, 2, 2, 'Cybercrime panel')",
    "INSERT INTO topic_lists (id, title, event_id, ordered, position) VALUES (1, 'أبرز القضايا', 1, 0, 0)",
    "INSERT INTO topic_items (id, list_id, position, text, covered) VALUES "
    "(1, 1, 0, 'الجريمة العابرة للحدود', 1), (2, 1, 1, 'الجريمة السيبرانية', 0)",
]
LINKS_0003 = [
    "INSERT INTO agenda_row_articles (row_id, article_id) VALUES (1, 3)",
    "INSERT INTO topic_item_articles (item_id, article_id) VALUES (1, 3)",
]
LINKS_0004 = [
    "UPDATE agenda_tables SET role = 'fact_box' WHERE id = 1",
    "UPDATE agenda_rows SET field = 'dates' WHERE id = 1",
]
TRASH_0005 = [
    "INSERT INTO topic_lists (id, title, event_id, ordered, position, deleted_at) VALUES "
    "(2, 'توصيات أولية', 1, 1, 1, '2025-11-28 09:00:00')",
    "INSERT INTO topic_items (id, list_id, position, text, covered) VALUES (3, 2, 0, 'تعزيز تبادل المعلومات', 0)",
    "INSERT INTO events (id, title, organizer, city, venue, country, start_date, end_date, time_zone, language, "
    "description, archived, created_at, updated_at, digit_style, deleted_at) VALUES (2, 'Salon du livre', '', "
    "'Rabat', '', 'Maroc', NULL, NULL, '', 'fr_MA', '', 0, '2025-05-01 08:00:00', '2025-05-01 08:00:00', "
    "'auto', '2025-11-29 10:00:00')",
]


def make(revision: str) -> Path:
    from alembic import command
    from sqlalchemy import create_engine

    from desktop_app.store.database import migration_config

    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"hadath-{revision}.sqlite3"
    target.unlink(missing_ok=True)

    def upgrade(to: str) -> None:
        engine = create_engine(f"sqlite:///{target}")
        with engine.connect() as conn:
            config = migration_config()
            config.attributes["connection"] = conn
            command.upgrade(config, to)
            conn.commit()
        engine.dispose()

    def run(statements: list[str]) -> None:
        with sqlite3.connect(target) as conn:
            conn.execute("PRAGMA foreign_keys=ON")
            for statement in statements:
                conn.execute(statement)
        conn.close()

    upgrade("0001")
    run(ROWS)
    upgrade(revision)
    statements: list[str] = []
    if revision >= "0003":
        statements += LINKS_0003
    if revision >= "0004":
        statements += LINKS_0004
    if revision >= "0005":
        statements += TRASH_0005
    run(statements)
    with sqlite3.connect(target) as conn:
        conn.execute("VACUUM")  # smaller committed files
    conn.close()
    return target


if __name__ == "__main__":
    for revision in sys.argv[1:] or ["0001", "0002", "0003"]:
        print(make(revision))
