"""What every Carebot table is made of: the declarative base, the enums the production
schema stores by name, and the column types it uses on MariaDB."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import CHAR, BigInteger, Integer, MetaData, func
from sqlalchemy import Enum as SAEnum
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, Relationship, relationship

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


def enum_column(cls: type[enum.Enum], name: str) -> SAEnum:
    # Stores the member *names* (MAIN, WARN, ...) as the other Carebot programs expect.
    return SAEnum(cls, name=name, native_enum=True, create_constraint=True, validate_strings=True)


ID = CHAR(16)
INT = Integer().with_variant(mysql.INTEGER(11), "mysql", "mariadb")
TINYINT = Integer().with_variant(mysql.TINYINT(4), "mysql", "mariadb")
NEWS_ID = (
    BigInteger()
    .with_variant(mysql.BIGINT(unsigned=True), "mysql", "mariadb")
    .with_variant(Integer(), "sqlite")
)
NOW = func.current_timestamp()


# Relationship[Any]: SQLAlchemy types a relationship by its target only where it is
# declared (the Mapped[...] annotation), not in a helper that serves every target.
def owned(
    *, back_populates: str | None = None, foreign_keys: str | None = None
) -> Relationship[Any]:
    """A one-to-many relationship whose children the database deletes with their parent."""
    return relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        back_populates=back_populates,
        foreign_keys=foreign_keys,
    )


class Base(DeclarativeBase):
    metadata = MetaData()
