"""Chart roll-ups: per-minute sums of each series, kept incrementally by the desktops.

Design (see ``docs/scaling.md``):

- Rows are folded in by their auto-increment ``index``, never by time, so a robot that
  uploads an hour of readings late after an outage still counts: its rows have new
  indexes, whatever their ``reported_at``, and land in their old minutes.
- ``RollupMark.upto`` says how far a table is folded. A fold first moves ``upto`` from the
  value it read to the new one with a conditional UPDATE; if another desktop moved it
  first, nothing matches and this fold is rolled back (no double counting), and the
  UPDATE's row lock serialises the two.
- A fold only goes up to the largest index it saw at least ``GRACE`` ago (``seen``): a
  transaction holding a lower index that had not committed then has committed since.
- A chart reads, in one statement (one snapshot): the roll-up minutes inside the range,
  plus the raw rows above ``upto`` in them (not folded yet), plus the raw rows of the
  partial minutes at either edge. So a chart is exact whether or not a fold ran.
- ``delete_latest_*`` recomputes the deleted row's minute from the raw rows at or below
  ``upto``, in the deletion's transaction, after taking the mark's row lock.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Insert,
    Integer,
    Select,
    cast,
    delete,
    func,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.orm import Session

from carebot_desktop.data._base import Column, not_indexed
from carebot_desktop.data.models import (
    ActiveStatus,
    HealthStatus,
    HomeStatus,
    MentalStatus,
    RollupMark,
    StatusRollup,
)
from carebot_desktop.data.models.shared import StatusRow
from carebot_desktop.data.validation import utcnow

GRACE = timedelta(seconds=15)
CHUNK = 250_000  # rows of indexes per fold transaction

# Columns a chart may aggregate, by series name, and the series of each table.
SERIES_COLUMNS: dict[str, Any] = {
    "temperature": HomeStatus.temperature,
    "humidity": HomeStatus.humidity,
    "dust_level": HomeStatus.dust_level,
    "ethanol": HomeStatus.ethanol,
    "heart_rate": HealthStatus.heart_rate,
    "activity_score": ActiveStatus.score,
    "mental_score": MentalStatus.score,
}
TABLE_SERIES: dict[type[StatusRow], list[str]] = {}
for _name, _column in SERIES_COLUMNS.items():
    TABLE_SERIES.setdefault(_column.class_, []).append(_name)


def epoch_seconds(is_sqlite: bool, column: Column) -> ColumnElement[Any]:
    """A TIMESTAMP column as whole seconds since the epoch (UTC sessions)."""
    if is_sqlite:
        return cast(func.strftime("%s", column), Integer)
    return cast(func.unix_timestamp(column), BigInteger)


def _floor(expression: ColumnElement[Any], seconds: int) -> ColumnElement[Any]:
    return expression - (expression % seconds)


def _aggregates(column: Column) -> tuple[ColumnElement[Any], ...]:
    return (func.count(column), func.sum(column), func.min(column), func.max(column))


class Rollups:
    def __init__(self, is_sqlite: bool) -> None:
        self.is_sqlite = is_sqlite

    # --- folding ------------------------------------------------------------------------

    def _mark(self, session: Session, model: type[StatusRow]) -> RollupMark:
        mark = session.get(RollupMark, model.__tablename__)
        if mark is None:
            values = {"table_name": model.__tablename__, "upto": 0, "seen": 0}
            if self.is_sqlite:
                session.execute(sqlite.insert(RollupMark).values(values).on_conflict_do_nothing())
            else:
                session.execute(mysql.insert(RollupMark).values(values).prefix_with("IGNORE"))
            mark = session.get(RollupMark, model.__tablename__, populate_existing=True)
        assert mark is not None
        return mark

    def read_mark(
        self, session: Session, model: type[StatusRow]
    ) -> tuple[int, int, datetime | None]:
        """(upto, seen, seen_at)."""
        mark = self._mark(session, model)
        return int(mark.upto), int(mark.seen), mark.seen_at

    def fold_step(
        self, session: Session, model: type[StatusRow], old: int, new: int, wait: bool = True
    ) -> bool:
        """Fold rows ``old < index <= new`` into the roll-ups and move the mark, in the
        caller's transaction; False (and nothing done) if another fold moved it first,
        or, with ``wait`` False, is folding now (MariaDB: the mark's row is locked; a
        desk's periodic fold skips its turn instead of queueing behind the other's, as
        a hundred desks folding each minute did, each holding a connection meanwhile)."""
        if not wait and not self._free(session, model, old):
            return False
        moved = session.execute(
            update(RollupMark)
            .where(RollupMark.table_name == model.__tablename__, RollupMark.upto == old)
            .values(upto=new)
        )
        if getattr(moved, "rowcount", 0) != 1:
            return False
        source = self._minute_rows(model, model.index > old, model.index <= new)
        if source is not None:
            session.execute(self._upsert(source))
        return True

    def _free(self, session: Session, model: type[StatusRow], upto: int) -> bool:
        """Lock the mark's row if nobody holds it and it still says ``upto`` (SQLite: one
        writer at a time anyway, and no row locks)."""
        if self.is_sqlite:
            return True
        found = session.scalar(
            select(RollupMark.upto)
            .where(RollupMark.table_name == model.__tablename__, RollupMark.upto == upto)
            .with_for_update(skip_locked=True)
        )
        return found is not None

    def note_seen(
        self,
        session: Session,
        model: type[StatusRow],
        seen: int,
        seen_at: datetime | None,
        wait: bool = True,
    ) -> None:
        """Remember the table's largest index now, if the last sample is old enough
        (``wait`` False: not if another desk holds the mark's row: it is noting or
        folding, and this desk's turn comes again)."""
        if not wait and not self.is_sqlite:
            locked = session.scalar(
                select(RollupMark.seen)
                .where(RollupMark.table_name == model.__tablename__)
                .with_for_update(skip_locked=True)
            )
            if locked is None:
                return
        largest = session.scalar(select(func.max(model.index))) or 0
        condition = [RollupMark.table_name == model.__tablename__, RollupMark.seen == seen]
        condition.append(
            RollupMark.seen_at.is_(None) if seen_at is None else RollupMark.seen_at == seen_at
        )
        session.execute(update(RollupMark).where(*condition).values(seen=largest, seen_at=utcnow()))

    def _minute_rows(
        self, model: type[StatusRow], *where: ColumnElement[bool]
    ) -> Select[Any] | None:
        """Per (series, family, minute): count, sum, min, max of the rows ``where`` picks."""
        minute = _floor(epoch_seconds(self.is_sqlite, model.reported_at), 60)
        parts = []
        for name in TABLE_SERIES[model]:
            column = SERIES_COLUMNS[name]
            parts.append(
                select(
                    literal(name).label("series"),
                    model.family_id.label("family_id"),
                    minute.label("minute"),
                    *_labelled(_aggregates(column)),
                )
                .where(*where, column.is_not(None))
                .group_by(model.family_id, minute)
            )
        if not parts:
            return None
        return select(union_all(*parts).subquery())

    def _upsert(self, source: Select[Any]) -> Insert:
        names = ["series", "family_id", "minute", "n", "total", "low", "high"]
        table = StatusRollup.__table__
        if self.is_sqlite:
            # WHERE true: SQLite's parser needs it before ON CONFLICT of an INSERT..SELECT
            lite = sqlite.insert(StatusRollup).from_select(names, source.where(literal(True)))
            new = lite.excluded
            return lite.on_conflict_do_update(
                index_elements=["series", "family_id", "minute"],
                set_={
                    "n": table.c.n + new.n,
                    "total": table.c.total + new.total,
                    "low": func.min(table.c.low, new.low),
                    "high": func.max(table.c.high, new.high),
                },
            )
        maria = mysql.insert(StatusRollup).from_select(names, source)
        new = maria.inserted
        return maria.on_duplicate_key_update(
            n=table.c.n + new.n,
            total=table.c.total + new.total,
            low=func.least(table.c.low, new.low),
            high=func.greatest(table.c.high, new.high),
        )

    # --- correcting a deletion -----------------------------------------------------------

    def lock_mark(self, session: Session, model: type[StatusRow]) -> int:
        """Take the mark's row lock (a fold waits) and return ``upto``."""
        self._mark(session, model)
        session.execute(
            update(RollupMark)
            .where(RollupMark.table_name == model.__tablename__)
            .values(upto=RollupMark.upto)
        )
        return int(
            session.scalar(
                select(RollupMark.upto).where(RollupMark.table_name == model.__tablename__)
            )
            or 0
        )

    def lower_mark(self, session: Session, model: type[StatusRow], deleted: int) -> None:
        """After deleting row ``deleted``: if it was the table's largest index, no row is
        left above the largest remaining one, and the mark (and ``seen``) come down to it.
        Nothing folded is lost (no row is there) and a reused index is folded later."""
        remaining = session.scalar(select(func.max(model.index))) or 0
        if deleted <= remaining:
            return
        for column in (RollupMark.upto, RollupMark.seen):
            session.execute(
                update(RollupMark)
                .where(RollupMark.table_name == model.__tablename__, column > remaining)
                .values({column.key: remaining})
            )

    def recompute_minute(
        self,
        session: Session,
        model: type[StatusRow],
        family_id: str,
        reported_at: datetime,
        upto: int,
    ) -> None:
        """The roll-ups of one family's minute, again from the raw rows at or below upto."""
        epoch = int((reported_at - datetime(1970, 1, 1)).total_seconds())
        minute = epoch - epoch % 60
        session.execute(
            delete(StatusRollup).where(
                StatusRollup.series.in_(TABLE_SERIES[model]),
                StatusRollup.family_id == family_id,
                StatusRollup.minute == minute,
            )
        )
        start = datetime(1970, 1, 1) + timedelta(seconds=minute)
        source = self._minute_rows(
            model,
            model.family_id == family_id,
            model.reported_at >= start,
            model.reported_at < start + timedelta(seconds=60),
            model.index <= upto,
        )
        if source is not None:
            session.execute(self._upsert(source))

    # --- reading a chart -----------------------------------------------------------------

    def series_query(
        self,
        model: type[StatusRow],
        names: list[str],
        family_id: str,
        start: datetime,
        end: datetime,
        bucket: int,
    ) -> Select[Any]:
        """One statement: (series, bucket start, n, total, low, high) per bucket, exact.

        With a bucket of whole minutes, the minutes wholly inside ``[start, end]`` come
        from the roll-ups plus the raw rows above the mark; the partial minutes at the
        edges from raw rows. Otherwise (short ranges) everything is raw."""
        epoch = epoch_seconds(self.is_sqlite, model.reported_at)
        parts: list[Any] = []
        raw_where: list[Any] = [model.family_id == family_id]
        if bucket % 60 == 0:
            first = _epoch(start)
            a = math.ceil(first / 60) * 60
            b = (_epoch(end) + 1) // 60 * 60
            if a >= b:
                a = b = first
            a_time = datetime(1970, 1, 1) + timedelta(seconds=a)
            b_time = datetime(1970, 1, 1) + timedelta(seconds=b)
            if a < b:
                parts.append(
                    select(
                        StatusRollup.series,
                        StatusRollup.minute.label("at"),
                        StatusRollup.n,
                        StatusRollup.total,
                        StatusRollup.low,
                        StatusRollup.high,
                    ).where(
                        StatusRollup.series.in_(names),
                        StatusRollup.family_id == family_id,
                        StatusRollup.minute >= a,
                        StatusRollup.minute < b,
                    )
                )
                # Rows not folded yet, read by primary key above the mark (a one-row
                # lookup; no mark yet means nothing is folded).
                upto = func.coalesce(
                    select(RollupMark.upto)
                    .where(RollupMark.table_name == model.__tablename__)
                    .scalar_subquery(),
                    0,
                )
                family = not_indexed(model.family_id, self.is_sqlite)
                for name in names:
                    column = SERIES_COLUMNS[name]
                    minute = _floor(epoch, 60)
                    parts.append(
                        select(
                            literal(name).label("series"),
                            minute.label("at"),
                            *_labelled(_aggregates(column)),
                        )
                        .where(
                            model.index > upto,
                            family == family_id,
                            model.reported_at >= a_time,
                            model.reported_at < b_time,
                            column.is_not(None),
                        )
                        .group_by(minute)
                    )
                # The partial minutes at either edge: two ranges of the family's index
                # (one OR of both would make SQLite read the family's whole history).
                ranges = [
                    (model.reported_at >= start, model.reported_at < a_time),
                    (model.reported_at >= b_time, model.reported_at <= end),
                ]
            else:
                ranges = [(model.reported_at >= start, model.reported_at <= end)]
            grain = 60
        else:
            ranges = [(model.reported_at >= start, model.reported_at <= end)]
            grain = bucket
        for name in names:
            column = SERIES_COLUMNS[name]
            slot = _floor(epoch, grain)
            for low, high in ranges:
                parts.append(
                    select(
                        literal(name).label("series"),
                        slot.label("at"),
                        *_labelled(_aggregates(column)),
                    )
                    .where(*raw_where, low, high, column.is_not(None))
                    .group_by(slot)
                )
        union = union_all(*parts).subquery()
        series, at, n, total, low, high = union.c
        slot = _floor(at, bucket)
        return (
            select(series, slot, func.sum(n), func.sum(total), func.min(low), func.max(high))
            .group_by(series, slot)
            .order_by(series, slot)
        )


def _labelled(aggregates: tuple[Any, ...]) -> list[Any]:
    return [a.label(k) for a, k in zip(aggregates, ("n", "total", "low", "high"), strict=True)]


def _epoch(moment: datetime) -> int:
    return int((moment - datetime(1970, 1, 1)).total_seconds())
