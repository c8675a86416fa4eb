"""Tables of the production Carebot schema.

They mirror the production schema, a copy of which is ``tests/fixtures/carebot-schema.sql``
(same names, same types, enums stored as upper-case names), because the robot, the AI
server and the web pages read and write them too: the desktop adds indexes here, never a
column. Foreign keys cascade in the database, and the ORM relationships declare the same
cascade with ``passive_deletes=True`` so that deleting a family never loads its millions
of status rows into memory: the database removes them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CHAR,
    TIMESTAMP,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import Mapped, mapped_column, relationship

from carebot_desktop.data.models.base import (
    ID,
    INT,
    MYSQL_TABLE_ARGS,
    NEWS_ID,
    NOW,
    TINYINT,
    Base,
    Gender,
    NotificationGrade,
    Role,
    enum_column,
    owned,
)


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = MYSQL_TABLE_ARGS

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    email: Mapped[str] = mapped_column(String(128), nullable=False, unique=True)
    password: Mapped[str] = mapped_column(String(128), nullable=False)
    role: Mapped[Role] = mapped_column(
        enum_column(Role, "role"), nullable=False, server_default="TEST"
    )
    user_name: Mapped[str | None] = mapped_column(String(32))
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[Gender | None] = mapped_column(
        enum_column(Gender, "gender"), server_default="OTHER"
    )
    address: Mapped[str | None] = mapped_column(String(128))

    families: Mapped[list[Family]] = owned(back_populates="main_account")
    memberships: Mapped[list[MemberRelation]] = owned(back_populates="user")
    login_sessions: Mapped[list[LoginSession]] = owned()
    messages_sent: Mapped[list[Message]] = owned(foreign_keys="Message.from_id")
    messages_received: Mapped[list[Message]] = owned(foreign_keys="Message.to_id")
    backgrounds: Mapped[list[Background]] = owned()


class Family(Base):
    __tablename__ = "families"
    __table_args__ = MYSQL_TABLE_ARGS

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    main_user: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    family_name: Mapped[str | None] = mapped_column(String(32))

    main_account: Mapped[Account] = relationship(back_populates="families")
    members: Mapped[list[MemberRelation]] = owned(back_populates="family")
    settings: Mapped[list[Settings]] = owned()
    home_status: Mapped[list[HomeStatus]] = owned()
    health_status: Mapped[list[HealthStatus]] = owned()
    active_status: Mapped[list[ActiveStatus]] = owned()
    mental_status: Mapped[list[MentalStatus]] = owned()
    mental_reports: Mapped[list[MentalReport]] = owned()
    notifications: Mapped[list[Notification]] = owned()
    backgrounds: Mapped[list[Background]] = owned()


class MemberRelation(Base):
    __tablename__ = "memberrelations"
    __table_args__ = (
        Index("ix_memberrelations_family_user", "family_id", "user_id"),
        MYSQL_TABLE_ARGS,
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    nickname: Mapped[str | None] = mapped_column(String(32))

    family: Mapped[Family] = relationship(back_populates="members")
    user: Mapped[Account] = relationship(back_populates="memberships")


class LoginSession(Base):
    __tablename__ = "loginsessions"
    __table_args__ = MYSQL_TABLE_ARGS

    xid: Mapped[str] = mapped_column(CHAR(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    last_active: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=NOW)
    is_main_user: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("0"))
    is_remember: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("0"))


class _StatusMixin:
    index: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    reported_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=NOW)


def _status_args(table: str, *values: str) -> tuple[Any, ...]:
    # One index serves every status read: (family_id, reported_at, index) gives a family's
    # newest row (ORDER BY reported_at DESC, index DESC LIMIT 1) and the desk's newest row
    # per family without a sort; the value columns after it let a chart's aggregate read
    # the index alone, never the table rows.
    return (
        Index(f"ix_{table}_family_latest", "family_id", "reported_at", "index", *values),
        MYSQL_TABLE_ARGS,
    )


# Indexes earlier versions created and this one replaces (create_schema drops them: they
# are the desktop's own, and a planner offered both may pick the one that needs a sort).
OBSOLETE_INDEXES = {
    table: (f"ix_{table}_family_reported_cover",)
    for table in ("homestatus", "healthstatus", "activestatus", "mentalstatus")
}


class HomeStatus(_StatusMixin, Base):
    __tablename__ = "homestatus"
    __table_args__ = _status_args("homestatus", "temperature", "humidity", "dust_level", "ethanol")

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    temperature: Mapped[float | None] = mapped_column(Float)
    humidity: Mapped[float | None] = mapped_column(Float)
    dust_level: Mapped[float | None] = mapped_column(Float)
    ethanol: Mapped[float | None] = mapped_column(Float)
    others: Mapped[str | None] = mapped_column(Text)


class HealthStatus(_StatusMixin, Base):
    __tablename__ = "healthstatus"
    __table_args__ = _status_args("healthstatus", "heart_rate")

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    heart_rate: Mapped[int | None] = mapped_column(INT)


class ActiveStatus(_StatusMixin, Base):
    __tablename__ = "activestatus"
    __table_args__ = _status_args("activestatus", "score")

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    score: Mapped[int | None] = mapped_column(INT)
    action: Mapped[str | None] = mapped_column(String(32))
    is_critical: Mapped[bool | None] = mapped_column(Boolean)
    description: Mapped[str | None] = mapped_column(Text)
    image_url: Mapped[str | None] = mapped_column(Text)


class MentalStatus(_StatusMixin, Base):
    __tablename__ = "mentalstatus"
    __table_args__ = _status_args("mentalstatus", "score")

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    score: Mapped[int | None] = mapped_column(INT)
    is_critical: Mapped[bool | None] = mapped_column(Boolean)
    description: Mapped[str | None] = mapped_column(Text)


class MentalReport(_StatusMixin, Base):
    __tablename__ = "mentalreports"
    __table_args__ = (
        Index("ix_mentalreports_family_reported", "family_id", "reported_at"),
        Index("ix_mentalreports_family_start", "family_id", "start_time"),
        Index("ix_mentalreports_family_end", "family_id", "end_time"),
        MYSQL_TABLE_ARGS,
    )

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    start_time: Mapped[datetime | None] = mapped_column(TIMESTAMP, nullable=True)
    end_time: Mapped[datetime | None] = mapped_column(TIMESTAMP, nullable=True)
    average_score: Mapped[float | None] = mapped_column(Float)
    critical_days: Mapped[int | None] = mapped_column(INT)
    best_day: Mapped[date | None] = mapped_column(Date)
    worst_day: Mapped[date | None] = mapped_column(Date)
    improvement_needed: Mapped[bool | None] = mapped_column(Boolean)
    summary: Mapped[str | None] = mapped_column(Text)


class MasterRegion(Base):
    __tablename__ = "masterregions"
    __table_args__ = MYSQL_TABLE_ARGS

    region_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    region_type: Mapped[str | None] = mapped_column(String(32))

    sub_regions: Mapped[list[SubRegion]] = owned()


class SubRegion(Base):
    __tablename__ = "subregions"
    __table_args__ = MYSQL_TABLE_ARGS

    main_region: Mapped[str] = mapped_column(
        ForeignKey("masterregions.region_name", ondelete="CASCADE"), primary_key=True
    )
    sub_region_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    region_type: Mapped[str | None] = mapped_column(String(32))


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_family_created", "family_id", "created_at"),
        Index("ix_notifications_family_unread", "family_id", "is_read", "index"),
        # The desk counts unread alerts by family and grade from this index alone.
        Index("ix_notifications_family_unread_grade", "family_id", "is_read", "notification_grade"),
        # The care desk's open alerts: a family's warn and crit alerts of the last days,
        # without reading its many info rows (bench_care: 258 ms -> 49 ms at 200 families).
        Index(
            "ix_notifications_family_grade_created", "family_id", "notification_grade", "created_at"
        ),
        MYSQL_TABLE_ARGS,
    )

    index: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    created_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=NOW)
    notification_grade: Mapped[NotificationGrade | None] = mapped_column(
        enum_column(NotificationGrade, "notification_grade"), server_default="NONE"
    )
    descriptions: Mapped[str | None] = mapped_column(Text)
    message_sn: Mapped[int | None] = mapped_column(
        Integer().with_variant(mysql.INTEGER(15), "mysql", "mariadb")
    )
    is_read: Mapped[bool | None] = mapped_column(Boolean, server_default=text("0"))
    image_url: Mapped[str | None] = mapped_column(Text)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_to_read", "to_id", "is_read"),
        Index("ix_messages_to_created", "to_id", "created_at"),
        Index("ix_messages_from_created", "from_id", "created_at"),
        MYSQL_TABLE_ARGS,
    )

    index: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    from_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    to_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    created_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=NOW)
    content: Mapped[str | None] = mapped_column(Text)
    image_url: Mapped[str | None] = mapped_column(Text)
    is_read: Mapped[bool | None] = mapped_column(Boolean, server_default=text("0"))


class News(Base):
    __tablename__ = "news"
    __table_args__ = (
        Index("idx_category", "category"),
        Index("idx_pub_date", "pub_date"),
        MYSQL_TABLE_ARGS,
    )

    id: Mapped[int] = mapped_column(NEWS_ID, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(255), nullable=False)
    link: Mapped[str] = mapped_column(Text, nullable=False)
    pub_date: Mapped[date] = mapped_column(Date, nullable=False)
    image_url: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(50), nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=NOW)


class Settings(Base):
    __tablename__ = "settings"
    __table_args__ = MYSQL_TABLE_ARGS

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), primary_key=True
    )
    is_alarm_enabled: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default=text("0")
    )
    is_camera_enabled: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default=text("0")
    )
    is_microphone_enabled: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default=text("0")
    )
    is_driving_enabled: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default=text("0")
    )


class Background(Base):
    __tablename__ = "backgrounds"
    __table_args__ = (
        Index("ix_backgrounds_family_index", "family_id", "index"),
        MYSQL_TABLE_ARGS,
    )

    index: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    uploader_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    image_url: Mapped[str | None] = mapped_column(Text)


class LocationMap(Base):
    __tablename__ = "locationmaps"
    __table_args__ = MYSQL_TABLE_ARGS

    address: Mapped[str] = mapped_column(String(128), primary_key=True)
    x_value: Mapped[int | None] = mapped_column(TINYINT)
    y_value: Mapped[int | None] = mapped_column(TINYINT)


# A row of one of the status tables a chart draws from.
StatusRow = HomeStatus | HealthStatus | ActiveStatus | MentalStatus

# Status tables by the short name the connector functions use.
STATUS_MODELS: dict[str, type[StatusRow]] = {
    "home": HomeStatus,
    "health": HealthStatus,
    "active": ActiveStatus,
    "mental": MentalStatus,
}
