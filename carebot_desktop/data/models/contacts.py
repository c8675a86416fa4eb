"""A family's emergency contacts (``desktop_contacts``): an additive table the desktop
owns, created by ``create_schema`` where it is missing. The contacts go with their family
(a foreign key that cascades); who changed one last is kept by id and time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import TIMESTAMP, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from carebot_desktop.data.models.base import ID, INT, MYSQL_TABLE_ARGS, Base


class Contact(Base):
    """One person to call when the elder needs help, in the family's chosen order."""

    __tablename__ = "desktop_contacts"
    __table_args__ = (
        Index("ix_desktop_contacts_family_position", "family_id", "position"),
        MYSQL_TABLE_ARGS,
    )

    id: Mapped[int] = mapped_column(INT, primary_key=True, autoincrement=True)
    family_id: Mapped[str] = mapped_column(
        ForeignKey("families.id", ondelete="CASCADE"), nullable=False
    )
    name: Mapped[str] = mapped_column(String(32), nullable=False)
    relation: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(32), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # No foreign key on the person: the record outlives their account.
    updated_by: Mapped[str | None] = mapped_column(ID)
    updated_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)


__all__ = ["Contact"]
