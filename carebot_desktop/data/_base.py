"""Shared plumbing of the connector areas: row conversion and lookups."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import false, or_
from sqlalchemy.orm import Session

from carebot_desktop.data.errors import NotFoundError
from carebot_desktop.data.login_views import write_table

if TYPE_CHECKING:
    from carebot_desktop.data.database import Database

M = TypeVar("M")


class Area:
    """One group of connector functions sharing the database's units of work."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _tx(self) -> AbstractContextManager[Session]:
        """One unit of work (see ``Database.transaction``)."""
        return self._db.transaction()


def plain(value: Any) -> Any:
    """A column value as plain data: enums as their lower-case values."""
    if isinstance(value, enum.Enum):
        return value.value
    return value


def row(obj: Any, keys: Iterable[str], renames: dict[str, str] | None = None) -> dict[str, Any]:
    """A plain dict of ``obj``'s columns (``renames`` maps attribute -> output key)."""
    renames = renames or {}
    return {renames.get(key, key): plain(getattr(obj, key)) for key in keys}


def columns(model: type) -> list[str]:
    return [column.key for column in model.__table__.columns]  # type: ignore[attr-defined]


def unread(flag: Any) -> Any:
    """``flag`` is not true (false, or NULL as older rows have it), written so that an index
    on the flag serves it (``IS NOT TRUE`` makes MariaDB scan the whole table)."""
    return or_(flag == false(), flag.is_(None))


def not_indexed(column: Any, is_sqlite: bool) -> Any:
    """``column`` as SQLite's planner cannot look it up in an index (``column || ''``),
    so that it reads along the primary key instead: for the few rows above a mark,
    or the newest rows first, where it would rather scan an index over the whole
    history and sort. MariaDB's planner takes the primary key by itself."""
    return column.op("||")("") if is_sqlite else column


def rowcount(result: Any) -> int:
    """Rows a DELETE or UPDATE touched (a CursorResult's count; 0 if unknown)."""
    return int(getattr(result, "rowcount", 0) or 0)


def write_view(name: str) -> Any:
    """A per-person write view (``carebot_desktop.data.login_views``) as a Core table."""
    return write_table(name)


def inserted_index(result: Any) -> int:
    """The auto-increment ``index`` a Core INSERT made."""
    return int(result.inserted_primary_key[0])


def must_change(result: Any, what: str) -> None:
    """A write through a per-person write view that touched nothing: the row exists (it was
    read) but is not the person's to change."""
    if result is None or rowcount(result) == 0:
        from carebot_desktop.data.errors import PermissionDeniedError

        raise PermissionDeniedError(f"this {what} is not yours to change")


def get_or_404(session: Session, model: type[M], key: Any, what: str) -> M:
    obj = session.get(model, key) if isinstance(key, (str, int)) else None
    if obj is None:
        raise NotFoundError(f"no {what} with id {key!r}", what=what, key=key)
    return obj
