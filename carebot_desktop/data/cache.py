"""The local cache: an encrypted SQLite file (SQLCipher) with the same tables as the
server, so the whole data layer and the permission checks work on it unchanged, plus a
few cache-only tables (metadata and the outbox).

The key never touches the disk: it comes from the OS keyring (or is derived from the
user's password when there is no keyring; see ``services.offline``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, ColumnElement, delete, func, insert, select, update

from carebot_desktop.data import models
from carebot_desktop.data.cache_models import CacheBase, CacheMeta, OutboxItem
from carebot_desktop.data.database import Database
from carebot_desktop.data.errors import CarebotError
from carebot_desktop.data.validation import utcnow


class CacheUnavailableError(CarebotError):
    """The cache cannot be opened (no such file, wrong key, or no SQLCipher)."""


def cipher_url(path: Path, key: str) -> URL:
    return URL.create("sqlite+pysqlcipher", password=key, database=str(path))


def open_cache(path: Path, key: str, *, create: bool = True) -> Database:
    """Open (or create) the encrypted cache at ``path`` with ``key`` (hex)."""
    try:
        import sqlcipher3  # noqa: F401  (the driver SQLAlchemy's pysqlcipher dialect uses)
    except ImportError as error:
        raise CacheUnavailableError("SQLCipher is not installed") from error
    if not create and not path.exists():
        raise CacheUnavailableError("there is no cache on this computer yet")
    db = Database(cipher_url(path, key), pool_size=2, max_overflow=1)
    try:
        db.create_schema()
        with db.engine.begin() as connection:
            CacheBase.metadata.create_all(connection, checkfirst=True)
    except CarebotError as error:
        db.dispose()
        raise CacheUnavailableError("the cache cannot be opened (wrong key?)") from error
    return db


def rekey(db: Database, key: str) -> None:
    """Encrypt the opened cache with a new key (hex); the caller then reopens it with that
    key (the pool's other connections still hold the old one)."""
    if not all(c in "0123456789abcdef" for c in key):
        raise ValueError("a cache key is hex")
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.exec_driver_sql(f'PRAGMA rekey = "{key}"')
    db.dispose()


class CacheStore:
    """Cache-only operations on an opened cache :class:`Database`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- metadata -----------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.db.transaction() as session:
            found = session.get(CacheMeta, key)
            return found.value if found else None

    def set_meta(self, values: dict[str, str | None]) -> None:
        with self.db.transaction() as session:
            for key, value in values.items():
                session.merge(CacheMeta(key=key, value=value))

    # --- rows ---------------------------------------------------------------------

    def replace(
        self, model: type[Any], where: ColumnElement[bool], rows: Iterable[dict[str, Any]]
    ) -> None:
        """Delete the local rows matching ``where`` and insert ``rows``, in one go."""
        with self.db.transaction() as session:
            session.execute(delete(model).where(where))
            rows = list(rows)
            if rows:
                session.execute(insert(model), rows)

    def newest_reported_at(
        self,
        model: type[
            models.HomeStatus | models.HealthStatus | models.ActiveStatus | models.MentalStatus
        ],
        family_id: str,
        start: datetime,
        end: datetime,
    ) -> datetime | None:
        """When the family's newest row of ``model`` (a status table) in [start, end] was
        reported (None without one): where a sync of that day can go on from."""
        with self.db.transaction() as session:
            newest = session.scalar(
                select(func.max(model.reported_at)).where(
                    model.family_id == family_id,
                    model.reported_at >= start,
                    model.reported_at <= end,
                )
            )
        return newest if isinstance(newest, datetime) else None

    def notification_indexes(self, family_id: str) -> set[int]:
        """The indexes of the family's alerts the copy holds."""
        with self.db.transaction() as session:
            query = select(models.Notification.index).where(
                models.Notification.family_id == family_id
            )
            return set(session.scalars(query))

    def upsert(self, model: type[Any], rows: Iterable[dict[str, Any]]) -> None:
        with self.db.transaction() as session:
            for row in rows:
                session.merge(model(**row))

    # --- outbox -------------------------------------------------------------------

    def queue_message(self, message: dict[str, Any]) -> int:
        """Store the message locally and queue it for the server, in one transaction; the
        local index. Local rows get negative indexes, below every other local row, so they
        never collide with the server's. The outbox row is written first: that takes the
        database's write lock, so the lowest index is read by one writer at a time even
        when two instances queue messages on one cache."""
        with self.db.transaction() as session:
            item = OutboxItem(
                created_at=utcnow(),
                kind="message",
                state="pending",
                payload=json.dumps(_jsonable(message)),
                attempts=0,
            )
            session.add(item)
            session.flush()
            lowest = session.scalar(select(func.min(models.Message.index))) or 0
            local = models.Message(**{**message, "index": min(0, lowest) - 1}, is_read=False)
            session.add(local)
            session.flush()
            item.local_index = local.index
            return local.index

    def queue_logout(self, session_token: str) -> None:
        """A sign-out taken offline: the server's session is ended when it answers again."""
        with self.db.transaction() as session:
            session.add(
                OutboxItem(
                    created_at=utcnow(),
                    kind="logout",
                    state="pending",
                    payload=json.dumps({"session_id": session_token}),
                    attempts=0,
                )
            )

    def queue_ack(self, notification_index: int) -> None:
        with self.db.transaction() as session:
            session.execute(
                update(models.Notification)
                .where(models.Notification.index == notification_index)
                .values(is_read=True)
            )
            session.add(
                OutboxItem(
                    created_at=utcnow(),
                    kind="ack",
                    state="pending",
                    payload=json.dumps({"index": notification_index}),
                    local_index=notification_index,
                    attempts=0,
                )
            )

    def pending(self) -> list[dict[str, Any]]:
        with self.db.transaction() as session:
            items = session.scalars(
                select(OutboxItem).where(OutboxItem.state == "pending").order_by(OutboxItem.id)
            )
            return [
                {
                    "id": i.id,
                    "kind": i.kind,
                    "payload": json.loads(i.payload),
                    "local_index": i.local_index,
                    "attempts": i.attempts,
                }
                for i in items
            ]

    def pending_local_indexes(self, kind: str) -> set[int]:
        return {i["local_index"] for i in self.pending() if i["kind"] == kind}

    def mark_attempt(self, item_id: int, error: str | None = None) -> None:
        with self.db.transaction() as session:
            session.execute(
                update(OutboxItem)
                .where(OutboxItem.id == item_id)
                .values(attempts=OutboxItem.attempts + 1, last_error=(error or "")[:255] or None)
            )

    def mark_done(self, item_id: int) -> None:
        with self.db.transaction() as session:
            session.execute(update(OutboxItem).where(OutboxItem.id == item_id).values(state="done"))


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}
