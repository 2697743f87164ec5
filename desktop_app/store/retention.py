"""How many revisions an article keeps, and the pruning that holds it to that.

The rule: at most `keep` revisions per article; the oldest go first, except that pruning
never touches the newest `protected` revisions, the newest "import" revision (the text as
it first arrived) or the newest "restore" revision (the text as it stood before the last
restore, the one way back from a restore). When the protected revisions alone number more
than `keep`, protection wins and the article keeps more.

The limits come from the Preferences (`revisions_kept`, `revisions_protected`); the app
hands them over once at start with `configure_retention`, since the store cannot read
Preferences itself (tests and the CLI must not depend on the user's config file). Every
save that adds a revision prunes its article in the same transaction, so the bound holds
without a separate clean-up pass.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.errors import QT_TRANSLATE_NOOP, StoreError

if TYPE_CHECKING:
    from sqlalchemy import Connection

# The newest revision of each of these reasons is never pruned.
PROTECTED_REASONS = ("import", "restore")
_CHUNK = 500  # ids per DELETE: far below every backend's limit on bound parameters


@dataclass(frozen=True)
class Retention:
    keep: int = 200
    protected: int = 20

    def __post_init__(self) -> None:
        if isinstance(self.keep, bool) or not isinstance(self.keep, int) or self.keep < 1:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "Revisions kept must be a whole number of at least 1, not {value}."),
                value=self.keep,
            )
        if isinstance(self.protected, bool) or not isinstance(self.protected, int) or self.protected < 0:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "Protected revisions must be a whole number of at least 0, not {value}."),
                value=self.protected,
            )


_lock = threading.Lock()
_current = Retention()


def configure_retention(keep: int, protected: int) -> Retention:
    """Use these limits for every later save (the Preferences' values, at start)."""
    global _current
    retention = Retention(keep, protected)
    with _lock:
        _current = retention
    return retention


def current_retention() -> Retention:
    with _lock:
        return _current


def prune(conn: Connection, article_id: int, retention: Retention) -> int:
    """Delete the article's revisions beyond the limit, oldest first; returns how many."""
    # Imported here: the app sets the limits before its first paint, which needs no ORM.
    from sqlalchemy import delete, func, select

    from desktop_app.store.models import Revision

    total = conn.execute(
        select(func.count()).select_from(Revision).where(Revision.article_id == article_id)
    ).scalar_one()
    if total <= retention.keep:
        return 0
    rows = conn.execute(
        select(Revision.id, Revision.reason)
        .where(Revision.article_id == article_id)
        .order_by(Revision.id.desc())
    ).all()
    spared: set[int] = {row.id for row in rows[: retention.protected]}
    for reason in PROTECTED_REASONS:
        newest = next((row.id for row in rows if row.reason == reason), None)
        if newest is not None:
            spared.add(newest)
    excess = total - retention.keep
    doomed = [row.id for row in reversed(rows) if row.id not in spared][:excess]
    for start in range(0, len(doomed), _CHUNK):
        conn.execute(delete(Revision).where(Revision.id.in_(doomed[start : start + _CHUNK])))
    return len(doomed)
