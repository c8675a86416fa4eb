"""The desktop's own additive tables (``desktop_*``): new tables the other Carebot
programs never read, created by ``create_schema`` where they are missing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CHAR,
    TIMESTAMP,
    BigInteger,
    Double,
    ForeignKey,
    Index,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from carebot_desktop.data.models.base import (
    ID,
    INT,
    MYSQL_TABLE_ARGS,
    NOW,
    Base,
)


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

    index: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
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
    account_id: Mapped[str] = mapped_column(ID, nullable=False)
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

    index: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False
    )
    nickname: Mapped[str | None] = mapped_column(String(32))
    requested_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=NOW)
    # pending, approved, denied or withdrawn
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    decided_at: Mapped[datetime | None] = mapped_column(TIMESTAMP, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(ID, nullable=True)


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
        INT, ForeignKey("notifications.index", ondelete="CASCADE"), primary_key=True
    )
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[str | None] = mapped_column(ID)
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

    index: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    # The actor's id, or a pseudonym (``X...``) once that account is deleted.
    actor_id: Mapped[str] = mapped_column(ID, nullable=False)
    # No foreign key: the record outlives the family (the privacy law keeps it).
    family_id: Mapped[str] = mapped_column(ID, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str] = mapped_column(String(200), nullable=False)


class AuditEntry(Base):
    """Who did what to whose data, to the second (Korean privacy law keeps access records
    of health data). Never the data itself, never a secret. ``entry_key`` is made by the
    desktop that wrote the entry (a random 32-hex-digit key, unique): an entry written
    again after a commit whose result was lost is found there, not recorded twice."""

    __tablename__ = "desktop_auditlog"
    __table_args__ = (
        Index("ix_desktop_auditlog_at", "occurred_at"),
        Index("ix_desktop_auditlog_actor_at", "actor_id", "occurred_at"),
        Index("ix_desktop_auditlog_target_at", "target_type", "target_id", "occurred_at"),
        Index("ux_desktop_auditlog_key", "entry_key", unique=True),
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
    # NULL in the rows of versions before it (added by ``create_schema``)
    entry_key: Mapped[str | None] = mapped_column(CHAR(32))


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
        ID, ForeignKey("families.id", ondelete="CASCADE"), primary_key=True
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
