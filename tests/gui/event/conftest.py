from __future__ import annotations

import pytest

from desktop_app.store import events
from desktop_app.store.database import Database

EVENT_TITLE = "الدورة 93 للجمعية العامة للانتربول"


@pytest.fixture
def event_id(database: Database) -> int:
    from datetime import date

    return events.create_event(
        database,
        EVENT_TITLE,
        organizer="الانتربول",
        city="مراكش",
        country="المملكة المغربية",
        start_date=date(2025, 11, 24),
        end_date=date(2025, 11, 27),
        language="ar_MA",
    )
