"""The status screen's data: chart series aggregated by the database, the newest reading
of every series, and the bundle of everything the screen shows for one family (with the
elder's own usual, whose band the charts draw: ``services.usual.band_segments``)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from carebot_desktop.data.errors import NotFoundError, OfflineError
from carebot_desktop.services.access import action_of, replica_ok
from carebot_desktop.services.api import CarebotApi
from carebot_desktop.services.mental import MentalInsight, parse_mental
from carebot_desktop.services.overview import Reading, reading_of
from carebot_desktop.services.usual import ElderUsual, usual_by_family

CHART_POINTS = 600

SERIES = (
    "temperature",
    "humidity",
    "dust_level",
    "ethanol",
    "heart_rate",
    "activity_score",
    "mental_score",
)


@dataclass(frozen=True)
class ChartSeries:
    name: str
    times: list[float]  # bucket starts, seconds since the epoch (UTC)
    averages: list[float]
    minimums: list[float]
    maximums: list[float]
    bucket_seconds: int
    counts: list[int] = field(default_factory=list)  # readings per bucket

    def summary(self) -> tuple[float, float, float, int] | None:
        """(lowest, mean, highest, readings) over the whole range; None without data."""
        if not self.times:
            return None
        weights = self.counts if len(self.counts) == len(self.averages) else [1] * len(self.times)
        total = sum(weights)
        mean = sum(a * w for a, w in zip(self.averages, weights, strict=True)) / max(1, total)
        return min(self.minimums), mean, max(self.maximums), total


def bucket_for(start: datetime, end: datetime, points: int = CHART_POINTS) -> int:
    """Seconds per chart point: about ``points`` of them; whole minutes from a minute up,
    so the chart reads the per-minute roll-ups."""
    span = max(1.0, (end - start).total_seconds())
    bucket = max(1, math.ceil(span / points))
    return bucket if bucket < 60 else math.ceil(bucket / 60) * 60


def chart_series(
    api: CarebotApi,
    family_id: str,
    series: str,
    start: datetime,
    end: datetime,
    points: int = CHART_POINTS,
) -> ChartSeries:
    """At most about ``points`` buckets, aggregated by the database."""
    return chart_series_many(api, family_id, [series], start, end, points)[series]


def chart_series_many(
    api: CarebotApi,
    family_id: str,
    series: list[str] | tuple[str, ...],
    start: datetime,
    end: datetime,
    points: int = CHART_POINTS,
) -> dict[str, ChartSeries]:
    """:func:`chart_series` of several series: one statement per status table."""
    bucket = bucket_for(start, end, points)
    with replica_ok(api):
        found = api.status.get_status_series_many(family_id, list(series), start, end, bucket)
    return {name: _chart(name, rows, bucket) for name, rows in found.items()}


def _chart(series: str, rows: list[dict[str, Any]], bucket: int) -> ChartSeries:
    epoch = datetime(1970, 1, 1)
    return ChartSeries(
        name=series,
        times=[(r["bucket_start"] - epoch).total_seconds() for r in rows],
        averages=[r["avg"] for r in rows],
        minimums=[r["min"] for r in rows],
        maximums=[r["max"] for r in rows],
        bucket_seconds=bucket,
        counts=[int(r.get("count", 1)) for r in rows],
    )


@dataclass(frozen=True)
class StatusBundle:
    """Everything the status screen shows for one family and time range."""

    family_id: str
    start: datetime
    end: datetime
    series: dict[str, ChartSeries]
    latest: dict[str, Reading]
    mental: MentalInsight | None
    mental_at: datetime | None
    reports: list[dict[str, Any]]
    usual: ElderUsual | None = None  # the elder's own usual (None offline or unknown)


def latest_readings(
    api: CarebotApi, family_id: str
) -> tuple[dict[str, Reading], dict[str, Any] | None]:
    """The newest reading of every series, and the newest mental-status row."""
    home = _latest(api.status.get_latest_home_status, family_id)
    health = _latest(api.status.get_latest_health_status, family_id)
    active = _latest(api.status.get_latest_active_status, family_id)
    mental = _latest(api.status.get_latest_mental_status, family_id)
    latest = {
        "temperature": reading_of(home, "temperature"),
        "humidity": reading_of(home, "humidity"),
        "dust_level": reading_of(home, "dust_level"),
        "ethanol": reading_of(home, "ethanol"),
        "heart_rate": reading_of(health, "heart_rate"),
        "activity_score": reading_of(active, "score"),
        "mental_score": reading_of(mental, "score"),
    }
    return latest, mental


def status_bundle(api: CarebotApi, family_id: str, start: datetime, end: datetime) -> StatusBundle:
    """One action: one caller check and one transaction for the whole screen (its reads
    from the read replica when there is one: see ``replica_ok``)."""
    with action_of(api), replica_ok(api):
        return _status_bundle(api, family_id, start, end)


def _status_bundle(api: CarebotApi, family_id: str, start: datetime, end: datetime) -> StatusBundle:
    series = chart_series_many(api, family_id, SERIES, start, end)
    latest, mental = latest_readings(api, family_id)
    reports = api.status.get_mental_reports(
        family_id, start - timedelta(days=7), end, time_order="desc"
    )
    usual = usual_of(api, family_id)
    return StatusBundle(
        family_id,
        start,
        end,
        series,
        latest,
        parse_mental(mental["description"], mental["reported_at"]) if mental else None,
        mental["reported_at"] if mental else None,
        reports,
        usual,
    )


def usual_of(api: CarebotApi, family_id: str) -> ElderUsual | None:
    """One elder's usual (``api.watch.usual``); None from the offline copy, which keeps
    none, or when the elder has no history yet."""
    if getattr(api, "offline", False):
        return None
    try:
        found = api.watch.usual([family_id])
    except OfflineError:
        return None
    return usual_by_family(found).get(family_id)


def _latest(getter: Callable[[str], dict[str, Any]], family_id: str) -> dict[str, Any] | None:
    try:
        return getter(family_id)
    except NotFoundError:
        return None
