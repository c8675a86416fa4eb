"""Learning each elder's usual from the 28 days before a moment, for every family at
once (a fixed number of set-based queries), into ``desktop_watch_baselines``.

What is kept per family (JSON):

- ``gaps``: every time the elder went unseen for ``GAP_MINUTES`` or more, as
  ``[start (minutes since the epoch, UTC), length in minutes]``: "seen" is any activity,
  heart-rate or conversation (mental status) row or a message the elder sent. Found by the
  database (a window function over the seen times), so only the gaps travel.
- ``sleep``: bed and rise times learned from the nights' gaps.
- ``hr``: per UTC hour of day, ``[n, sum, sum of squares]`` of the plausible heart rates.
- ``series``: ``[n, sum, sum of squares]`` over the 28 days per reading (heart rate,
  temperature, humidity, activity score, mental score), for the screens' usual ranges.
- ``interval``: the robot's usual seconds between home-status rows (last 3 days).
- ``days``: days since the first row seen in the window (at most 28).
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, func, or_, select, true, union_all
from sqlalchemy.orm import Session

from carebot_desktop.data import watch_rules as rules
from carebot_desktop.data._base import Column
from carebot_desktop.data.care_escalation import ignore_duplicate
from carebot_desktop.data.models import (
    ActiveStatus,
    Family,
    HealthStatus,
    HomeStatus,
    MentalStatus,
    Message,
    WatchBaseline,
)
from carebot_desktop.data.models.shared import StatusRow
from carebot_desktop.data.rollups import epoch_seconds

RELEARN = timedelta(hours=6)
# Stale families learned again per check, the stalest first (a check stays quick; 200
# families take 20 checks). With no baseline at all (the first start) all are learned.
LEARN_BATCH = 10
INTERVAL_DAYS = 3
VERSION = 1


def seen_condition(model: type[StatusRow]) -> ColumnElement[bool] | None:
    """Which rows of a table say the elder was seen (None: none do, the home's own). A
    broken sensor's heart rate of 0 (or 230) or an activity score of 0 does not."""
    if model is HealthStatus:
        return HealthStatus.heart_rate.between(*rules.HR_PLAUSIBLE)
    if model is ActiveStatus:
        return or_(ActiveStatus.score.is_(None), ActiveStatus.score > 0)
    if model is MentalStatus:
        return true()
    return None


def _seen_or_all(model: type[StatusRow]) -> ColumnElement[bool]:
    sign = seen_condition(model)
    return true() if sign is None else sign


def is_stale(as_of: datetime, now: datetime) -> bool:
    """Learned too long before ``now``, or after it (a check of an earlier moment)."""
    return as_of > now or now - as_of >= RELEARN


class Learner:
    def __init__(self, is_sqlite: bool) -> None:
        self.is_sqlite = is_sqlite
        self.ids: list[str] = []

    def _epoch(self, column: Column) -> ColumnElement[Any]:
        return epoch_seconds(self.is_sqlite, column)

    def learn(
        self, session: Session, now: datetime, family_ids: list[str] | None = None
    ) -> dict[str, dict[str, Any]]:
        """Learn these families (None: every family) as of ``now``, store it, and return
        it by family. Every query names the families, so the database reads them by its
        (family, time) indexes: learning a few costs a few."""
        start = now - timedelta(days=rules.HISTORY_DAYS)
        families = (
            list(session.scalars(select(Family.id))) if family_ids is None else list(family_ids)
        )
        self.ids = families
        data: dict[str, dict[str, Any]] = {
            f: {"v": VERSION, "as_of": now.isoformat(sep=" "), "days": 0, "gaps": []}
            for f in families
        }
        seen = self._seen(start, now)
        for family_id, first in session.execute(
            select(seen.c.family_id, func.min(seen.c.at)).group_by(seen.c.family_id)
        ):
            if family_id in data and first is not None:
                data[family_id]["days"] = min(rules.HISTORY_DAYS, (now - first).days)
        gaps = self._gaps(seen)
        by_family: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
        for family_id, previous, current in session.execute(gaps):
            begin = int(previous) // 60
            length = (int(current) - int(previous)) // 60
            if family_id in data:
                data[family_id]["gaps"].append([begin, length])
                by_family[family_id].append((rules.from_epoch_minutes(begin), length))
        for family_id, found in by_family.items():
            data[family_id]["sleep"] = rules.learn_sleep(found)
        for family_id, hours in self._heart_hours(session, start, now).items():
            data[family_id]["hr"] = hours
        for family_id, series in self._series(session, start, now).items():
            data[family_id]["series"] = series
        for family_id, interval in self._intervals(session, now).items():
            data[family_id]["interval"] = interval
        self._store(session, data, now)
        return {f: d for f, d in data.items() if f in data}

    def _seen(self, start: datetime, now: datetime) -> Subquery:
        parts: list[Select[str, datetime | None]] = [
            select(model.family_id.label("family_id"), model.reported_at.label("at")).where(
                model.family_id.in_(self.ids),
                model.reported_at > start,
                model.reported_at <= now,
                _seen_or_all(model),
            )
            for model in (ActiveStatus, HealthStatus, MentalStatus)
        ]
        parts.append(
            select(Family.id.label("family_id"), Message.created_at.label("at"))
            .join(Family, Family.main_user == Message.from_id)
            .where(Family.id.in_(self.ids), Message.created_at > start, Message.created_at <= now)
        )
        return union_all(*parts).subquery("seen")

    def _gaps(self, seen: Subquery) -> Select[Any]:
        moment = self._epoch(seen.c.at)
        ordered = select(
            seen.c.family_id.label("family_id"),
            moment.label("t"),
            func.lag(moment)
            .over(partition_by=seen.c.family_id, order_by=seen.c.at)
            .label("previous"),
        ).subquery("ordered")
        return select(ordered.c.family_id, ordered.c.previous, ordered.c.t).where(
            ordered.c.previous.is_not(None),
            ordered.c.t - ordered.c.previous >= rules.GAP_MINUTES * 60,
        )

    def _heart_hours(
        self, session: Session, start: datetime, now: datetime
    ) -> dict[str, list[list[float] | None]]:
        moment = self._epoch(HealthStatus.reported_at)
        hour = ((moment % 86400) - (moment % 3600)) / 3600
        rate = HealthStatus.heart_rate
        query = (
            select(
                HealthStatus.family_id,
                hour.label("hour"),
                func.count(rate),
                func.sum(rate),
                func.sum(rate * rate),
            )
            .where(
                HealthStatus.family_id.in_(self.ids),
                HealthStatus.reported_at > start,
                HealthStatus.reported_at <= now,
                rate.between(*rules.HR_PLAUSIBLE),
            )
            .group_by(HealthStatus.family_id, hour)
        )
        result: dict[str, list[list[float] | None]] = {}
        for family_id, at_hour, n, total, squares in session.execute(query):
            cells = result.setdefault(family_id, [None] * 24)
            if n and total is not None and squares is not None:
                cells[int(at_hour) % 24] = [float(n), float(total), float(squares)]
        return result

    def _series(
        self, session: Session, start: datetime, now: datetime
    ) -> dict[str, dict[str, list[float]]]:
        result: dict[str, dict[str, list[float]]] = defaultdict(dict)
        plans: list[tuple[Any, dict[str, Any], list[Any]]] = [
            (
                HealthStatus,
                {"heart_rate": HealthStatus.heart_rate},
                [HealthStatus.heart_rate.between(*rules.HR_PLAUSIBLE)],
            ),
            (
                HomeStatus,
                {"temperature": HomeStatus.temperature, "humidity": HomeStatus.humidity},
                [
                    HomeStatus.temperature.between(*rules.ROOM_PLAUSIBLE),
                    ~((HomeStatus.temperature == 0) & (HomeStatus.humidity == 0)),
                ],
            ),
            (
                ActiveStatus,
                {"activity_score": ActiveStatus.score},
                [ActiveStatus.score.between(0, 100)],
            ),
            (
                MentalStatus,
                {"mental_score": MentalStatus.score},
                [MentalStatus.score.between(0, 100)],
            ),
        ]
        for model, columns, plausible in plans:
            aggregates = []
            for column in columns.values():
                aggregates += [func.count(column), func.sum(column), func.sum(column * column)]
            query = (
                select(model.family_id, *aggregates)
                .where(
                    model.family_id.in_(self.ids),
                    model.reported_at > start,
                    model.reported_at <= now,
                    *plausible,
                )
                .group_by(model.family_id)
            )
            for family_id, *values in session.execute(query):
                for number, name in enumerate(columns):
                    n, total, squares = values[number * 3 : number * 3 + 3]
                    if n:
                        result[family_id][name] = [float(n), float(total), float(squares)]
        return result

    def _intervals(self, session: Session, now: datetime) -> dict[str, float]:
        """The robot's usual seconds between two home-status rows over the last days."""
        since = now - timedelta(days=INTERVAL_DAYS)
        query = (
            select(
                HomeStatus.family_id,
                func.count(HomeStatus.index),
                func.min(HomeStatus.reported_at),
                func.max(HomeStatus.reported_at),
            )
            .where(
                HomeStatus.family_id.in_(self.ids),
                HomeStatus.reported_at > since,
                HomeStatus.reported_at <= now,
            )
            .group_by(HomeStatus.family_id)
        )
        result = {}
        for family_id, count, first, last in session.execute(query):
            if count and count >= 10 and first is not None and last is not None:
                result[family_id] = max(60.0, (last - first).total_seconds() / (count - 1))
        return result

    def _store(self, session: Session, data: dict[str, dict[str, Any]], now: datetime) -> None:
        stored = set(session.scalars(select(WatchBaseline.family_id)))
        for family_id, values in data.items():
            text = json.dumps(values, separators=(",", ":"))
            if family_id in stored:
                found = session.get(WatchBaseline, family_id)
                if found is not None:
                    found.as_of = now
                    found.days = int(values["days"])
                    found.data = text
            else:
                session.execute(
                    ignore_duplicate(
                        WatchBaseline.__table__.insert().values(  # type: ignore[attr-defined]
                            family_id=family_id, as_of=now, days=int(values["days"]), data=text
                        )
                    )
                )
        session.flush()
