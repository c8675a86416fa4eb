"""Tables of the production Carebot schema, plus the desktop's own additive tables.

The shared tables mirror the production schema, a copy of which is
``tests/fixtures/carebot-schema.sql`` (same names, same types, enums stored as upper-case
names), because the robot, the AI server and the web pages read
and write them too. Everything the desktop adds is a new table or a new index; no existing
column is ever altered. Foreign keys cascade in the database, and the ORM relationships
declare the same cascade with ``passive_deletes=True`` so that deleting a family never
loads its millions of status rows into memory: the database removes them.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CHAR,
    TIMESTAMP,
    BigInteger,
    Boolean,
    Date,
    Double,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    func,
    text,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

MYSQL_TABLE_ARGS = {
    "mysql_engine": "InnoDB",
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_bin",
}


class Role(enum.Enum):
    TEST = "test"
    SYSTEM = "system"
    MAIN = "main"
    SUB = "sub"


class Gender(enum.Enum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class NotificationGrade(enum.Enum):
    INFO = "info"
    WARN = "warn"
    CRIT = "crit"
    NONE = "none"


def _enum(cls: type[enum.Enum], name: str) -> SAEnum:
    # Stores the member *names* (MAIN, WARN, ...) as the other Carebot programs expect.
    return SAEnum(cls, name=name, native_enum=True, create_constraint=True, validate_strings=True)


_ID = CHAR(16)
_INT = Integer().with_variant(mysql.INTEGER(11), "mysql", "mariadb")
_TINYINT = Integer().with_variant(mysql.TINYINT(4), "mysql", "mariadb")
_NEWS_ID = (
    BigInteger()
    .with_variant(mysql.BIGINT(unsigned=True), "mysql", "mariadb")
    .with_variant(Integer(), "sqlite")
)
_NOW = func.current_timestamp()


def _owned(**kwargs: Any) -> Any:
    """A one-to-many relationship whose children the database deletes with their parent."""
    return relationship(cascade="all, delete-orphan", passive_deletes=True, **kwargs)


class Base(DeclarativeBase):
    metadata = MetaData()


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = MYSQL_TABLE_ARGS

    id: Mapped[str] = mapped_column(_ID, primary_key=True)
    email: Mapped[str] = mapped_column(String(128), nullable=False, unique=True)
    password: Mapped[str] = mapped_column(String(128), nullable=False)
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), nullable=False, server_default="TEST")
    user_name: Mapped[str | None] = mapped_column(String(32))
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[Gender | None] = mapped_column(_enum(Gender, "gender"), server_default="OTHER")
    address: Mapped[str | None] = mapped_column(String(128))

    families: Mapped[list[Family]] = _owned(back_populates="main_account")
    memberships: Mapped[list[MemberRelation]] = _owned(back_populates="user")
    login_sessions: Mapped[list[LoginSession]] = _owned()
    messages_sent: Mapped[list[Message]] = _owned(foreign_keys="Message.from_id")
    messages_received: Mapped[list[Message]] = _owned(foreign_keys="Message.to_id")
    backgrounds: Mapped[list[Background]] = _owned()


class Family(Base):
    __tablename__ = "families"
    __table_args__ = MYSQL_TABLE_ARGS

    id: Mapped[str] = mapped_column(_ID, primary_key=True)
    main_user: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    family_name: Mapped[str | None] = mapped_column(String(32))

    main_account: Mapped[Account] = relationship(back_populates="families")
    members: Mapped[list[MemberRelation]] = _owned(back_populates="family")
    settings: Mapped[list[Settings]] = _owned()
    home_status: Mapped[list[HomeStatus]] = _owned()
    health_status: Mapped[list[HealthStatus]] = _owned()
    active_status: Mapped[list[ActiveStatus]] = _owned()
    mental_status: Mapped[list[MentalStatus]] = _owned()
    mental_reports: Mapped[list[MentalReport]] = _owned()
    notifications: Mapped[list[Notification]] = _owned()
    backgrounds: Mapped[list[Background]] = _owned()


class MemberRelation(Base):
    __tablename__ = "memberrelations"
    __table_args__ = (
        Index("ix_memberrelations_family_user", "family_id", "user_id"),
        MYSQL_TABLE_ARGS,
    )

    id: Mapped[str] = mapped_column(_ID, primary_key=True)
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
    last_active: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=_NOW)
    is_main_user: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("0"))
    is_remember: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text("0"))


class _StatusMixin:
    index: Mapped[int] = mapped_column(_INT, primary_key=True, autoincrement=True)
    reported_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=_NOW)


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
    heart_rate: Mapped[int | None] = mapped_column(_INT)


class ActiveStatus(_StatusMixin, Base):
    __tablename__ = "activestatus"
    __table_args__ = _status_args("activestatus", "score")

    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    score: Mapped[int | None] = mapped_column(_INT)
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
    score: Mapped[int | None] = mapped_column(_INT)
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
    critical_days: Mapped[int | None] = mapped_column(_INT)
    best_day: Mapped[date | None] = mapped_column(Date)
    worst_day: Mapped[date | None] = mapped_column(Date)
    improvement_needed: Mapped[bool | None] = mapped_column(Boolean)
    summary: Mapped[str | None] = mapped_column(Text)


class MasterRegion(Base):
    __tablename__ = "masterregions"
    __table_args__ = MYSQL_TABLE_ARGS

    region_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    region_type: Mapped[str | None] = mapped_column(String(32))

    sub_regions: Mapped[list[SubRegion]] = _owned()


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
        MYSQL_TABLE_ARGS,
    )

    index: Mapped[int] = mapped_column(_INT, primary_key=True, autoincrement=True)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    created_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=_NOW)
    notification_grade: Mapped[NotificationGrade | None] = mapped_column(
        _enum(NotificationGrade, "notification_grade"), server_default="NONE"
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

    index: Mapped[int] = mapped_column(_INT, primary_key=True, autoincrement=True)
    from_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    to_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    created_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=_NOW)
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

    id: Mapped[int] = mapped_column(_NEWS_ID, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(255), nullable=False)
    link: Mapped[str] = mapped_column(Text, nullable=False)
    pub_date: Mapped[date] = mapped_column(Date, nullable=False)
    image_url: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(50), nullable=False)
    created_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, server_default=_NOW)


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

    index: Mapped[int] = mapped_column(_INT, primary_key=True, autoincrement=True)
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
    x_value: Mapped[int | None] = mapped_column(_TINYINT)
    y_value: Mapped[int | None] = mapped_column(_TINYINT)


# Status tables by the short name the connector functions use.
STATUS_MODELS: dict[str, type[HomeStatus | HealthStatus | ActiveStatus | MentalStatus]] = {
    "home": HomeStatus,
    "health": HealthStatus,
    "active": ActiveStatus,
    "mental": MentalStatus,
}


# --- the desktop's own additive tables ------------------------------------------------


class LoginAttempt(Base):
    """Failed sign-ins per e-mail, kept in the database so a restart does not reset the
    lock-out counter. Successful sign-ins clear them. ``email`` holds a keyed hash (HMAC-
    SHA-256, hex) of what was typed, never the text: a password typed into the e-mail box
    must not land in the shared database."""

    __tablename__ = "desktop_loginattempts"
    __table_args__ = (
        Index("ix_desktop_loginattempts_email_at", "email", "attempted_at"),
        MYSQL_TABLE_ARGS,
    )

    index: Mapped[int] = mapped_column(_INT, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(128), nullable=False)
    attempted_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)


class DesktopKey(Base):
    """Keys the desktops share through the database, made once by the first desktop: the
    key of the hashes that stand for typed sign-in identifiers."""

    __tablename__ = "desktop_keys"
    __table_args__ = MYSQL_TABLE_ARGS

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(128), nullable=False)


class DbLogin(Base):
    """Per-person MariaDB logins (``main.py admin add-login``) and the Carebot account each
    stands for: the per-person views find "me" here (see ``carebot_desktop.data.login_views``)."""

    __tablename__ = "desktop_db_logins"
    __table_args__ = (Index("ix_desktop_db_logins_account", "account_id"), MYSQL_TABLE_ARGS)

    login: Mapped[str] = mapped_column(String(80), primary_key=True)
    # No foreign key: a login outlives its account until the administrator drops it (the
    # views then show it nothing), and the account's own last audit entry is still its own.
    account_id: Mapped[str] = mapped_column(_ID, nullable=False)
    host: Mapped[str] = mapped_column(String(255), nullable=False, server_default=text("'%'"))


class JoinRequest(Base):
    """A ``sub`` account asking to join a family. Knowing the elder's details is not
    enough: the family's main user (or a system account) approves or denies it."""

    __tablename__ = "desktop_join_requests"
    __table_args__ = (
        Index("ix_desktop_join_requests_family_status", "family_id", "status", "index"),
        Index("ix_desktop_join_requests_user_status", "user_id", "status"),
        MYSQL_TABLE_ARGS,
    )

    index: Mapped[int] = mapped_column(_INT, primary_key=True, autoincrement=True)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    nickname: Mapped[str | None] = mapped_column(String(32))
    requested_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=_NOW)
    # pending, approved, denied or withdrawn
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    decided_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(_ID, nullable=True)


class Acknowledgement(Base):
    """Who first acknowledged an alert, and when: for the elder's report (the robot's
    ``notifications`` table keeps only ``is_read``). The name is kept as it was then, so a
    report still says who it was after they leave the family."""

    __tablename__ = "desktop_acknowledgements"
    __table_args__ = (
        Index("ix_desktop_acknowledgements_family_at", "family_id", "acknowledged_at"),
        MYSQL_TABLE_ARGS,
    )

    notification_index: Mapped[int] = mapped_column(
        _INT, ForeignKey("notifications.index", ondelete="CASCADE"), primary_key=True
    )
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[str | None] = mapped_column(_ID)
    user_name: Mapped[str | None] = mapped_column(String(32))
    acknowledged_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)


class ExportRecord(Base):
    """Health data that left the application (a PDF, a print, a CSV): who, when, which
    family, what, and the reason the person gave (PIPA). Beside the audit log's entry.
    Kept when the family or the person is deleted (the person's id then anonymised)."""

    __tablename__ = "desktop_exports"
    __table_args__ = (
        Index("ix_desktop_exports_actor_at", "actor_id", "occurred_at"),
        Index("ix_desktop_exports_family_at", "family_id", "occurred_at"),
        MYSQL_TABLE_ARGS,
    )

    index: Mapped[int] = mapped_column(_INT, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    # The actor's id, or a pseudonym (``X...``) once that account is deleted.
    actor_id: Mapped[str] = mapped_column(_ID, nullable=False)
    # No foreign key: the record outlives the family (the privacy law keeps it).
    family_id: Mapped[str] = mapped_column(_ID, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str] = mapped_column(String(200), nullable=False)


class AuditEntry(Base):
    """Who did what to whose data, to the second (Korean privacy law keeps access records
    of health data). Never the data itself, never a secret."""

    __tablename__ = "desktop_auditlog"
    __table_args__ = (
        Index("ix_desktop_auditlog_at", "occurred_at"),
        Index("ix_desktop_auditlog_actor_at", "actor_id", "occurred_at"),
        Index("ix_desktop_auditlog_target_at", "target_type", "target_id", "occurred_at"),
        MYSQL_TABLE_ARGS,
    )

    index: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    occurred_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    actor_id: Mapped[str | None] = mapped_column(CHAR(16))
    action: Mapped[str] = mapped_column(String(16), nullable=False)  # view/create/update/...
    target_type: Mapped[str] = mapped_column(String(16), nullable=False)  # family/account/...
    target_id: Mapped[str | None] = mapped_column(String(64))
    operation: Mapped[str] = mapped_column(String(64), nullable=False)
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)  # ok/denied
    host: Mapped[str | None] = mapped_column(String(255))


class StatusRollup(Base):
    """Per-minute sums of each chart series, per family, kept by the desktops
    (``Status.fold_rollups``): a 30-day chart reads 43,200 of these rather than 2.6 million
    heart-rate rows. ``minute`` is the minute's start in seconds since the epoch (UTC);
    ``n``, ``total``, ``low``, ``high`` are the count, sum, minimum and maximum of the
    series' non-null values reported in that minute by rows at or below the table's
    ``RollupMark.upto`` index."""

    __tablename__ = "desktop_status_rollup"
    __table_args__ = (MYSQL_TABLE_ARGS,)

    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    family_id: Mapped[str] = mapped_column(
        _ID, ForeignKey("families.id", ondelete="CASCADE"), primary_key=True
    )
    minute: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer, nullable=False)
    total: Mapped[float] = mapped_column(Double, nullable=False)
    low: Mapped[float] = mapped_column(Double, nullable=False)
    high: Mapped[float] = mapped_column(Double, nullable=False)


class RollupMark(Base):
    """How far the roll-ups of one status table go: every row with ``index <= upto`` is
    folded in, none above. ``seen`` is the table's largest index at ``seen_at``; the next
    fold, once a grace period has passed, goes up to it (a row whose transaction took an
    index but had not committed when ``seen`` was read has committed by then)."""

    __tablename__ = "desktop_rollup_marks"
    __table_args__ = (MYSQL_TABLE_ARGS,)

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    upto: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text("0"))
    seen: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default=text("0"))
    seen_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, nullable=True)
