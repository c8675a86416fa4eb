"""Shared plumbing of the connector areas: row conversion, lookups, and the one place that
decides where a write goes (the table, or a person's own write view)."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Result,
    Table,
    delete,
    false,
    func,
    insert,
    inspect,
    or_,
    update,
)
from sqlalchemy.orm import QueryableAttribute, Session

from carebot_desktop.data.errors import NotFoundError, PermissionDeniedError
from carebot_desktop.data.login_views import write_table

if TYPE_CHECKING:  # Database builds the areas: only its type is needed here
    from carebot_desktop.data.database import Database

M = TypeVar("M")

# A column in a query: a mapped attribute (``Message.is_read``) or a Core column.
Column = QueryableAttribute[Any] | ColumnElement[Any]


class Area:
    """One group of connector functions sharing the database's units of work."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _tx(self) -> AbstractContextManager[Session]:
        """One unit of work (see ``Database.transaction``)."""
        return self._db.transaction()

    def _read_tx(self) -> AbstractContextManager[Session]:
        """A read that tolerates replication lag: on the replica when the caller asked
        for one (``Database.replica_reads``), else exactly :meth:`_tx`."""
        return self._db.read_transaction()

    # Through a person's own login (``Database.secured``) a write goes to the login's write
    # view, which lets through only the person's own rows: a write that touches nothing
    # there is refused. Otherwise it goes to the table, as the connector always did.

    def _update_row(
        self,
        session: Session,
        obj: object,
        view: str,
        key: str,
        values: Mapping[str, object],
        what: str,
    ) -> None:
        """Write ``values`` to ``obj``'s row (read in ``session``; ``key`` its key column)."""
        if not self._db.secured:
            for name, value in values.items():
                setattr(obj, name, value)
            return
        if values:
            own = write_view(view)
            result = session.execute(
                update(own).where(own.c[key] == getattr(obj, key)).values(dict(values))
            )
            must_change(result, what)

    def _delete_row(self, session: Session, obj: object, view: str, key: str, what: str) -> None:
        """Delete ``obj``'s row (read in ``session``; ``key`` its key column)."""
        model = type(obj)
        if self._db.secured:
            own = write_view(view)
            result = session.execute(delete(own).where(own.c[key] == getattr(obj, key)))
            must_change(result, what)
        else:
            session.execute(delete(model).where(getattr(model, key) == getattr(obj, key)))

    def _insert_row(
        self,
        session: Session,
        model: type[M],
        view: str,
        values: dict[str, object],
        *,
        server_time: str | None = None,
    ) -> int:
        """Insert a row and return its auto-increment ``index``. Through a login the
        ``server_time`` column is stamped by the database's clock, not this PC's."""
        if self._db.secured:
            if server_time is not None:
                values[server_time] = func.utc_timestamp()
            return inserted_index(session.execute(insert(write_view(view)).values(values)))
        obj = model(**values)
        session.add(obj)
        session.flush()
        identity = inspect(obj).identity  # the auto-increment key, known after the flush
        assert identity is not None
        return int(identity[0])

    def _insert_rows(
        self,
        session: Session,
        model: type[object],
        view: str,
        rows: list[dict[str, Any]],
        *,
        server_time: str,
    ) -> None:
        """Insert ``rows`` in one statement. Through a login their ``server_time`` column
        is the database's clock, not the time the rows carry."""
        if not self._db.secured:
            session.execute(insert(model), rows)
            return
        for values in rows:
            values.pop(server_time, None)
        session.execute(insert(write_view(view)).values({server_time: func.utc_timestamp()}), rows)


def plain(value: object) -> object:
    """A column value as plain data: enums as their lower-case values."""
    if isinstance(value, enum.Enum):
        return value.value
    return value


def row(obj: object, keys: Iterable[str], renames: dict[str, str] | None = None) -> dict[str, Any]:
    """A plain dict of ``obj``'s columns (``renames`` maps attribute -> output key)."""
    renames = renames or {}
    return {renames.get(key, key): plain(getattr(obj, key)) for key in keys}


def columns(model: type) -> list[str]:
    return [column.key for column in model.__table__.columns]  # type: ignore[attr-defined]


def unread(flag: Column) -> ColumnElement[bool]:
    """``flag`` is not true (false, or NULL as older rows have it), written so that an index
    on the flag serves it (``IS NOT TRUE`` makes MariaDB scan the whole table)."""
    return or_(flag == false(), flag.is_(None))


def not_indexed(column: Column, is_sqlite: bool) -> Column:
    """``column`` as SQLite's planner cannot look it up in an index (``column || ''``),
    so that it reads along the primary key instead: for the few rows above a mark,
    or the newest rows first, where it would rather scan an index over the whole
    history and sort. MariaDB's planner takes the primary key by itself."""
    return column.op("||")("") if is_sqlite else column


def rowcount(result: object) -> int:
    """Rows a DELETE or UPDATE touched (a CursorResult's count; 0 if unknown)."""
    return int(getattr(result, "rowcount", 0) or 0)


def write_view(name: str) -> Table:
    """A per-person write view (``carebot_desktop.data.login_views``) as a Core table."""
    return write_table(name)


def inserted_index(result: Result[Any]) -> int:
    """The auto-increment ``index`` a Core INSERT made."""
    assert isinstance(result, CursorResult)  # what an INSERT returns
    key = result.inserted_primary_key
    assert key is not None  # a single-row INSERT has one
    return int(key[0])


def must_change(result: object, what: str) -> None:
    """A write through a per-person write view that touched nothing: the row exists (it was
    read) but is not the person's to change."""
    if result is None or rowcount(result) == 0:
        raise PermissionDeniedError(f"this {what} is not yours to change")


def get_or_404(session: Session, model: type[M], key: object, what: str) -> M:
    obj = session.get(model, key) if isinstance(key, (str, int)) else None
    if obj is None:
        raise NotFoundError(f"no {what} with id {key!r}", what=what, key=key)
    return obj
