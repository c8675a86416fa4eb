"""The elders' recent readings (``watch.usual``'s "recent": each reading's mean over the
last hours, implausible readings left out), read from the chart roll-ups where a minute's
roll-up can stand for its rows.

At the robots' pace (a heart rate every 2 s and a home status every 3 s) three hours of
200 homes are 1.8 M rows. Every desk read them again for its overview at every new alert,
the largest cost of a server carrying many desks (issue 21). The per-minute roll-ups
(``rollups.py``) keep each minute's count, sum, lowest and highest reading; a minute whose
readings all lie inside the plausible range (``plausible``) counts from
its roll-up. Only the rest is read row by row:

- the partial minutes at the window's two edges;
- the rows not folded yet (above the table's mark; none when no desk folds, as through a
  person's own login: then every row is read, as before);
- every row of a family with any minute that is not plainly plausible (a broken sensor's
  zeros, a temperature of exactly 0), or whose temperatures and humidities do not count
  the same (a row with one but not the other): that family is read as before.

The result is the raw rows' mean, with one exception in the home table: a family whose
window holds rows with a humidity but no temperature and exactly as many with a
temperature but no humidity counts those humidities, which the row-by-row read leaves
out (the roll-ups keep each series' count, not the rows'). Robots send both or neither.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any, SupportsFloat

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from carebot_desktop.data import watch_rules as rules
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

EPOCH = datetime(1970, 1, 1)

# Per table: the series ``usual`` shows (name -> column), each over the same rows.
TABLES: dict[type[StatusRow], dict[str, Any]] = {
    HealthStatus: {"heart_rate": HealthStatus.heart_rate},
    HomeStatus: {"temperature": HomeStatus.temperature, "humidity": HomeStatus.humidity},
}


def plausible(model: type[Any]) -> list[Any]:
    """The rows of a status table that are readings (a broken sensor's are not)."""
    if model is HealthStatus:
        return [HealthStatus.heart_rate.between(*rules.HR_PLAUSIBLE)]
    if model is HomeStatus:
        return [
            HomeStatus.temperature.is_not(None),
            ~and_(HomeStatus.temperature == 0, HomeStatus.humidity == 0),
            HomeStatus.temperature.between(*rules.ROOM_PLAUSIBLE),
        ]
    if model is ActiveStatus:
        return [ActiveStatus.score.between(0, 100)]
    return [MentalStatus.score.between(0, 100)]


def summed(
    model: type[StatusRow],
    name: str,
    column: Column,
    family: ColumnElement[bool],
    where: list[Any],
) -> Select[str, str, int, Any]:
    """Per family, (family_id, series, count, sum) of one series' plausible readings in
    the rows ``family`` (a condition on the family) and ``where`` pick."""
    return (
        select(
            model.family_id.label("family_id"),
            literal(name).label("series"),
            func.count(column).label("n"),
            func.sum(column).label("total"),
        )
        .where(family, *where, *plausible(model))
        .group_by(model.family_id)
    )


Sums = dict[str, dict[str, list[float]]]  # family -> series -> [count, sum]


def recent_means(
    session: Session,
    is_sqlite: bool,
    family_ids: list[str],
    since: datetime,
    at: datetime,
    also: list[Any] | None = None,
) -> dict[str, dict[str, float]]:
    """family -> series -> mean of the plausible readings reported in ``(since, at]``,
    for the heart rate, the temperature and the humidity (rounded to 0.1); a series
    without readings is absent. ``also``: more selects of (family_id, series, count,
    sum) read in the same statement (the caller's other series)."""
    sums: Sums = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    first = (_epoch(since) // 60 + 1) * 60  # the first minute wholly after ``since``
    last = _epoch(at) // 60 * 60  # the minute ``at`` falls in (partial)
    marks, minutes = _rolled_up(session, family_ids, first, last)
    parts: list[Any] = list(also or [])
    for model, columns in TABLES.items():
        upto = marks.get(model.__tablename__, 0)
        whole = family_ids
        if upto > 0 and first < last:
            clean = _from_rollups(model, family_ids, minutes, sums)
            whole = [f for f in family_ids if f not in clean]
            if clean:
                parts += _rest_of_clean(
                    model, columns, sorted(clean), (since, at), (first, last), upto, is_sqlite
                )
        if whole:
            parts += _whole(model, columns, whole, since, at)
    if parts:
        for family_id, name, count, total in session.execute(union_all(*parts)):
            _add(sums, family_id, str(name), count, total)
    return {
        family_id: {
            name: round(total / count, 1) for name, (count, total) in series.items() if count
        }
        for family_id, series in sums.items()
        if any(count for count, _ in series.values())
    }


Minutes = dict[str, dict[str, tuple[Any, Any, Any]]]  # series -> family -> (n, sum, odd)


def _rolled_up(
    session: Session, family_ids: list[str], first: int, last: int
) -> tuple[dict[str, int], Minutes]:
    """In one statement: how far each table is folded (its mark), and per series and
    family the roll-up minutes ``[first, last)`` (one range of the primary key per
    family, in order: no sorting): count, sum, and how many minutes are not plainly
    plausible (the heart rate's and the temperature's; 0 for the humidity)."""
    names = [model.__tablename__ for model in TABLES]
    reads: list[Any] = [
        select(
            RollupMark.table_name.label("key"),
            literal("mark").label("series"),
            RollupMark.upto.label("n"),
            literal(0).label("total"),
            literal(0).label("odd"),
        ).where(RollupMark.table_name.in_(names))
    ]
    if first < last:
        r = StatusRollup
        beats, room = rules.HR_PLAUSIBLE, rules.ROOM_PLAUSIBLE
        for series, plain in (
            ("heart_rate", and_(r.low >= beats[0], r.high <= beats[1])),
            ("temperature", and_(r.low >= room[0], r.high <= room[1], or_(r.low > 0, r.high < 0))),
            ("humidity", literal(True)),
        ):
            reads.append(
                select(
                    r.family_id,
                    literal(series),
                    func.sum(r.n),
                    func.sum(r.total),
                    func.sum(case((plain, 0), else_=1)),
                )
                .where(
                    r.series == series,
                    r.family_id.in_(family_ids),
                    r.minute >= first,
                    r.minute < last,
                )
                .group_by(r.family_id)
            )
    marks: dict[str, int] = {}
    minutes: Minutes = defaultdict(dict)
    for key, series, n, total, odd in session.execute(union_all(*reads)):
        if series == "mark":
            marks[str(key)] = int(n or 0)
        else:
            minutes[str(series)][str(key)] = (n, total, odd)
    return marks, minutes


def _from_rollups(
    model: type[StatusRow], family_ids: list[str], minutes: Minutes, sums: Sums
) -> set[str]:
    """Add the whole minutes of the families whose every minute there is plainly
    plausible; those families (the others are read row by row). A family with no minute
    rolled up there adds nothing and counts as one of them."""
    dirty: set[str] = set()
    if model is HealthStatus:
        for family_id, (count, total, odd) in minutes["heart_rate"].items():
            if odd:
                dirty.add(family_id)
            else:
                _add(sums, family_id, "heart_rate", count, total)
        return set(family_ids) - dirty
    # A room's readings count where every minute's temperatures are plausible and none is
    # exactly 0 (0 degC with 0 % is no reading), and its temperatures and humidities count
    # the same (a row with one and not the other: the family is read row by row).
    temperatures, humidities = minutes["temperature"], minutes["humidity"]
    for family_id in set(temperatures) | set(humidities):
        t_count, t_total, odd = temperatures.get(family_id, (0, 0.0, 0))
        h_count, h_total, _ = humidities.get(family_id, (0, 0.0, 0))
        if odd or (h_count or 0) != (t_count or 0):
            dirty.add(family_id)
        else:
            _add(sums, family_id, "temperature", t_count, t_total)
            _add(sums, family_id, "humidity", h_count, h_total)
    return set(family_ids) - dirty


def _rest_of_clean(
    model: type[StatusRow],
    columns: dict[str, Any],
    family_ids: list[str],
    window: tuple[datetime, datetime],
    minutes: tuple[int, int],
    upto: int,
    is_sqlite: bool,
) -> list[Any]:
    """The rows the roll-ups of ``[first, last)`` do not hold: the two partial edges, and
    the rows inside not folded yet (above the mark, read along the primary key)."""
    (since, at), (first, last) = window, minutes
    start, end = EPOCH + timedelta(seconds=first), EPOCH + timedelta(seconds=last)
    edges = _raw(model, columns, family_ids, [model.reported_at > since, model.reported_at < start])
    edges += _raw(model, columns, family_ids, [model.reported_at >= end, model.reported_at <= at])
    family = not_indexed(model.family_id, is_sqlite)
    inside = [model.index > upto, model.reported_at >= start, model.reported_at < end]
    unfolded = [
        summed(model, name, column, family.in_(family_ids), inside)
        for name, column in columns.items()
    ]
    return edges + unfolded


def _whole(
    model: type[StatusRow],
    columns: dict[str, Any],
    family_ids: list[str],
    since: datetime,
    at: datetime,
) -> list[Any]:
    """Every row of the window, for families the roll-ups cannot stand for."""
    return _raw(model, columns, family_ids, [model.reported_at > since, model.reported_at <= at])


def _raw(
    model: type[StatusRow], columns: dict[str, Any], family_ids: list[str], window: list[Any]
) -> list[Any]:
    return [
        summed(model, name, column, model.family_id.in_(family_ids), window)
        for name, column in columns.items()
    ]


def _add(
    sums: Sums, family_id: str, name: str, count: SupportsFloat | None, total: SupportsFloat | None
) -> None:
    if count:
        entry = sums[family_id][name]
        entry[0] += float(count)
        entry[1] += float(total) if total is not None else 0.0


def _epoch(moment: datetime) -> int:
    return math.floor((moment - EPOCH).total_seconds())
