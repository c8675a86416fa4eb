"""The care desk's own additive tables (``desktop_*``): what was done about an alert, who
was told when nobody answered, the elder's care log and the shift handovers. New tables
only, created by ``create_schema`` where they are missing; the robot's ``notifications``
row keeps its ``is_read`` for the other Carebot programs.

Names are kept as they were at the time (as ``desktop_acknowledgements`` does), so the
history still says who acted after that person leaves the family.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import TIMESTAMP, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from carebot_desktop.data.models.base import ID, INT, MYSQL_TABLE_ARGS, Base


class AlertCare(Base):
    """One row per ``warn``/``crit`` alert someone acted on; no row is the state "new".
    ``state`` is ``taken`` (someone holds it) or ``resolved`` (closed with an outcome)."""

    __tablename__ = "desktop_alert_care"
    __table_args__ = (
        Index("ix_desktop_alert_care_family_state", "family_id", "state"),
        MYSQL_TABLE_ARGS,
    )

    notification_index: Mapped[int] = mapped_column(
        INT, ForeignKey("notifications.index", ondelete="CASCADE"), primary_key=True
    )
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    # No foreign keys on the people: the record outlives their accounts.
    taken_by: Mapped[str | None] = mapped_column(ID)
    taken_by_name: Mapped[str | None] = mapped_column(String(32))
    taken_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(ID)
    resolved_by_name: Mapped[str | None] = mapped_column(String(32))
    resolved_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(Text)


class AlertEvent(Base):
    """The history of an alert's care: ``take``, ``take_over`` (after a confirmation: the
    detail names who held it), ``resolve``, ``release``."""

    __tablename__ = "desktop_alert_events"
    __table_args__ = (
        Index("ix_desktop_alert_events_notification", "notification_index", "at"),
        MYSQL_TABLE_ARGS,
    )

    id: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    notification_index: Mapped[int] = mapped_column(
        INT, ForeignKey("notifications.index", ondelete="CASCADE"), nullable=False
    )
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    actor_id: Mapped[str | None] = mapped_column(ID)
    actor_name: Mapped[str | None] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    detail: Mapped[str | None] = mapped_column(String(200))


class Escalation(Base):
    """A level of escalation raised for an alert nobody took. The primary key makes each
    level happen once however many desks raise it at the same moment: the second insert
    fails and writes nothing."""

    __tablename__ = "desktop_escalations"
    __table_args__ = (
        Index("ix_desktop_escalations_family_at", "family_id", "raised_at"),
        MYSQL_TABLE_ARGS,
    )

    notification_index: Mapped[int] = mapped_column(
        INT, ForeignKey("notifications.index", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    raised_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    raised_by: Mapped[str | None] = mapped_column(ID)  # None: a watcher with no account


class CareNote(Base):
    """A line of an elder's care log."""

    __tablename__ = "desktop_care_notes"
    __table_args__ = (
        Index("ix_desktop_care_notes_family_at", "family_id", "at"),
        MYSQL_TABLE_ARGS,
    )

    id: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    author_id: Mapped[str | None] = mapped_column(ID)
    author_name: Mapped[str | None] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class Handover(Base):
    """The outgoing shift's note for the next one."""

    __tablename__ = "desktop_handovers"
    __table_args__ = (
        Index("ix_desktop_handovers_author_at", "author_id", "at"),
        Index("ix_desktop_handovers_at", "at"),
        MYSQL_TABLE_ARGS,
    )

    id: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    author_id: Mapped[str | None] = mapped_column(ID)
    author_name: Mapped[str | None] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class HandoverRead(Base):
    """Who confirmed reading a handover, and when: the next shift's signature that it
    was passed on. The primary key keeps one confirmation per person."""

    __tablename__ = "desktop_handover_reads"
    __table_args__ = MYSQL_TABLE_ARGS

    handover_id: Mapped[int] = mapped_column(
        INT, ForeignKey("desktop_handovers.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(ID, primary_key=True)
    user_name: Mapped[str | None] = mapped_column(String(32))
    read_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)


class CareSetting(Base):
    """The care centre's settings (e.g. the escalation delays), by name; a missing one
    takes its default (``carebot_desktop.data.care.CARE_DEFAULTS``)."""

    __tablename__ = "desktop_care_settings"
    __table_args__ = MYSQL_TABLE_ARGS

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255), nullable=False)


__all__ = [
    "AlertCare",
    "AlertEvent",
    "CareNote",
    "CareSetting",
    "Escalation",
    "Handover",
    "HandoverRead",
]
