"""Tables that exist only in the local cache file (never on the server)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import TIMESTAMP, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class CacheBase(DeclarativeBase):
    metadata = MetaData()


class CacheMeta(CacheBase):
    """Small facts about the cache: whose it is, when it was last synced, the offline
    sign-in verifier (a password hash, never the password)."""

    __tablename__ = "desktop_cachemeta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class OutboxItem(CacheBase):
    """A write taken offline, applied exactly once after reconnection.

    ``kind`` is ``message`` (payload: the message, with the created_at it was written at)
    or ``ack`` (payload: the notification index). ``local_index`` is the cache row that
    shows the pending write meanwhile.
    """

    __tablename__ = "desktop_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(TIMESTAMP, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)
    local_index: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_error: Mapped[str | None] = mapped_column(String(255))
