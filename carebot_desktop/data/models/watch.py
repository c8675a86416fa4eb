"""The watcher's own additive tables (``desktop_watch_*``): what it learned of each elder,
the episodes it raised an alert for, what it last saw arrive from each home, and the sleep
window a family set. New tables only, created by ``create_schema`` where they are missing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import TIMESTAMP, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carebot_desktop.data.models.base import ID, INT, MYSQL_TABLE_ARGS, Base


class WatchEpisode(Base):
    """One derived alert's episode. ``open_key`` is 1 while the episode lasts and NULL
    once it ended: the unique key (family, kind, open_key) lets one episode of a kind be
    open per family however many watchers insert at the same moment (the second insert
    writes nothing, and neither does its ``notifications`` row, in the same transaction).
    (family, kind, since) keeps an ended episode from being raised again."""

    __tablename__ = "desktop_watch_episodes"
    __table_args__ = (
        Index("ux_desktop_watch_episodes_open", "family_id", "kind", "open_key", unique=True),
        Index("ux_desktop_watch_episodes_since", "family_id", "kind", "since", unique=True),
        MYSQL_TABLE_ARGS,
    )

    id: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    open_key: Mapped[int | None] = mapped_column(Integer, nullable=True)
    since: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    raised_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, nullable=True)
    grade: Mapped[str] = mapped_column(String(8), nullable=False)
    # No foreign key: a system account may delete the notification; the episode stays.
    notification_index: Mapped[int | None] = mapped_column(INT, nullable=True)
    message: Mapped[str | None] = mapped_column(Text)


class WatchBaseline(Base):
    """What the watcher learned of one elder from the 28 days before ``as_of`` (JSON, see
    ``carebot_desktop.data.watch_learning``). Relearned every few hours."""

    __tablename__ = "desktop_watch_baselines"
    __table_args__ = MYSQL_TABLE_ARGS

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), primary_key=True
    )
    as_of: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    days: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[str] = mapped_column(Text, nullable=False)


class WatchArrival(Base):
    """The newest row the watcher saw from each home (the largest index of each status
    table) and when it arrived: a robot whose clock is wrong still counts as reporting."""

    __tablename__ = "desktop_watch_arrivals"
    __table_args__ = MYSQL_TABLE_ARGS

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), primary_key=True
    )
    marks: Mapped[str] = mapped_column(String(200), nullable=False)
    arrived_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    checked_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)


class WatchSetting(Base):
    """A family's sleep window (local "HH:MM"), set by its main user: gaps that start in
    it are the night's."""

    __tablename__ = "desktop_watch_settings"
    __table_args__ = (Index("ix_desktop_watch_settings_updated", "updated_at"), MYSQL_TABLE_ARGS)

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), primary_key=True
    )
    sleep_start: Mapped[str | None] = mapped_column(String(5))
    sleep_end: Mapped[str | None] = mapped_column(String(5))
    updated_by: Mapped[str | None] = mapped_column(ID)
    updated_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)


__all__ = ["WatchArrival", "WatchBaseline", "WatchEpisode", "WatchSetting"]
