"""The database schema as SQLAlchemy 2 typed declarative models.

Column types are portable (no SQLite-only types) so a newsroom can point Hadath at
PostgreSQL. The search index is not declared here: it is backend-specific and lives in
`search.py` and migration 0002.

Migrations create these tables explicitly (`migrations/versions/`); keep the two in step.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from desktop_app.store.records import as_utc

# Named constraints: Alembic's batch mode (SQLite table rebuilds) can only drop or alter a
# constraint it can name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DIRECTIONS = ("rtl", "ltr", "auto")
STATUSES = ("draft", "ready", "published")
COLUMN_KINDS = ("text", "time", "date", "person")
DIGIT_STYLES = ("auto", "western", "arabic-indic")
REVISION_REASONS = ("autosave", "manual", "import", "export", "restore", "delete", "migration")


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware: SQLite keeps no
    offset, and comparing naive with aware datetimes raises."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else as_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        # A raw string comes from a hand-made row; the rule is shared with `store.reads`.
        return None if value is None else as_utc(value)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    organizer: Mapped[str] = mapped_column(String(500), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    venue: Mapped[str] = mapped_column(String(500), default="")
    country: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(16), default="ar")
    description: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # Digits in generated text (the fact box): the coverage locale's, or forced.
    digit_style: Mapped[str] = mapped_column(String(16), default="auto", server_default="auto")
    # In the trash since then (migration 0005); its tables and lists are hidden with it.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_events_title", "title"),)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(1000))
    slug: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    focus_keyphrase: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(16), default="ar")
    direction: Mapped[str] = mapped_column(String(8), default="rtl")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), nullable=True
    )
    # Kept on the row so the article list never has to load bodies.
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        UniqueConstraint("slug", name="uq_articles_slug"),
        CheckConstraint(_in("direction", DIRECTIONS), name="direction"),
        CheckConstraint(_in("status", STATUSES), name="status"),
        Index("ix_articles_event_id", "event_id"),
        Index("ix_articles_deleted_updated", "deleted_at", "updated_at"),
    )


class Block(Base):
    __tablename__ = "blocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    # JSON text from `desktop_app.core.document.block_to_json`; Text, not a JSON type, so
    # the stored bytes are the same on every backend.
    data: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("article_id", "position", name="uq_blocks_article_position"),
    )


class AgendaTable(Base):
    __tablename__ = "agenda_tables"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), nullable=True
    )
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    # "fact_box" for the event's fact box, "" for other tables (migration 0004).
    role: Mapped[str] = mapped_column(String(16), default="", server_default="")
    # In the trash since then (migration 0005); linked article blocks keep their copy.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_agenda_tables_event_id", "event_id", "position"),
        Index("ix_agenda_tables_article_id", "article_id", "position"),
    )


# Positions of columns, rows and items are indexed but not unique: reordering then is a
# plain UPDATE per row instead of a dance around a unique constraint.
class AgendaColumn(Base):
    __tablename__ = "agenda_columns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("agenda_tables.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    header: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16), default="text")

    __table_args__ = (
        CheckConstraint(_in("kind", COLUMN_KINDS), name="kind"),
        Index("ix_agenda_columns_table_id", "table_id", "position"),
    )


class AgendaRow(Base):
    __tablename__ = "agenda_rows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("agenda_tables.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    # The event field a generated fact-box row mirrors; None for rows the reporter writes.
    field: Mapped[str | None] = mapped_column(String(32), nullable=True, default=None)

    __table_args__ = (Index("ix_agenda_rows_table_id", "table_id", "position"),)


class AgendaCell(Base):
    __tablename__ = "agenda_cells"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    row_id: Mapped[int] = mapped_column(ForeignKey("agenda_rows.id", ondelete="CASCADE"))
    column_id: Mapped[int] = mapped_column(ForeignKey("agenda_columns.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("row_id", "column_id", name="uq_agenda_cells_row_column"),
        Index("ix_agenda_cells_column_id", "column_id"),
    )


class TopicList(Base):
    __tablename__ = "topic_lists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), nullable=True
    )
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), nullable=True
    )
    ordered: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # In the trash since then (migration 0005); linked article blocks keep their copy.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_topic_lists_event_id", "event_id", "position"),
        Index("ix_topic_lists_article_id", "article_id", "position"),
    )


class TopicItem(Base):
    __tablename__ = "topic_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("topic_lists.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    covered: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_topic_items_list_id", "list_id", "position"),)


# Coverage: which articles cover a session (agenda row) or a topic item. Rows of their
# own rather than a column, since one article covers many sessions and one session may be
# covered by several articles.
class AgendaRowArticle(Base):
    __tablename__ = "agenda_row_articles"

    row_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_rows.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_agenda_row_articles_article_id", "article_id"),)


class TopicItemArticle(Base):
    __tablename__ = "topic_item_articles"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("topic_items.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_topic_item_articles_article_id", "article_id"),)


class Revision(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    reason: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(1000), default="")
    # JSON text from `desktop_app.core.document.document_to_json`.
    document: Mapped[str] = mapped_column(Text)
    word_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint(_in("reason", REVISION_REASONS), name="reason"),
        Index("ix_revisions_article_id", "article_id", "created_at"),
    )
