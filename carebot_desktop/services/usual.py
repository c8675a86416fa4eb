"""The elder against their own usual: what ``api.watch.usual`` says, as the screens use it.

``db.watch.usual`` learns each elder's usual range of every reading from their last 28
days (about the 10th to the 90th percentile), the heart rate's by hour of day, and lists
the open episodes of the alerts the watcher derives (``carebot.<kind>``). Here that dict
becomes plain values: a trend per reading (the recent value above, below or inside the
usual range), the elder's unusual things now, the usual band a chart draws, and the
report's lines on what changed against the usual. No Qt: the UI words them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

# The derived alerts' kinds (``services.watch.KINDS``), in the order the screens list them.
WATCH_KINDS = ("inactivity", "robot_silent", "heart_rate", "room_temperature", "mood")

# The readings the overview gives a trend, in its columns' order.
TREND_SERIES = ("temperature", "heart_rate", "activity_score", "mental_score")

# The report's comparison: these readings, each compared by its period's mean.
REPORT_SERIES = ("heart_rate", "temperature", "humidity", "activity_score", "mental_score")

UP, DOWN, STEADY = "up", "down", "steady"
LATEST_FOR = timedelta(hours=12)  # the newest reading stands for a missing recent mean
ARROWS = {UP: "↑", DOWN: "↓", STEADY: "→"}


@dataclass(frozen=True)
class UsualRange:
    """One reading's usual range over the elder's last days (``low``..``high``), and the
    mean of the last few hours (``recent``; the mood score's: of the last week)."""

    series: str
    low: float
    high: float
    mean: float | None
    recent: float | None


@dataclass(frozen=True)
class Trend:
    """The recent value against the usual range: ``direction`` up (above the usual
    high), down (below the usual low) or steady (inside it); None without a recent value."""

    series: str
    usual: UsualRange
    value: float | None
    direction: str | None
    days: int
    basis: str = "recent"  # value is the recent mean, or ("latest") the newest reading

    @property
    def arrow(self) -> str:
        return ARROWS.get(self.direction or "", "")


@dataclass(frozen=True)
class Unusual:
    """An open episode of a derived alert: the elder is unusual for themself now."""

    kind: str  # one of WATCH_KINDS (another kind is kept as given)
    grade: str  # warn or crit
    message: str  # the watcher's Korean sentence, plain text
    since: datetime | None


@dataclass(frozen=True)
class ElderUsual:
    family_id: str
    days: int  # days of history learned from (0..28)
    learned_at: datetime | None
    ranges: dict[str, UsualRange]
    hourly_heart_rate: tuple[tuple[float, float] | None, ...]  # 24, by UTC hour of day
    unusual: tuple[Unusual, ...]
    sleep: tuple[str, str] | None  # ("22:00", "06:30"), local time

    def trend(self, series: str) -> Trend | None:
        usual = self.ranges.get(series)
        if usual is None:
            return None
        return Trend(series, usual, usual.recent, direction(usual.recent, usual), self.days)


@dataclass(frozen=True)
class UsualChange:
    """A line of the report: over its period, ``series`` averaged ``value``, which is
    ``direction`` (up, down, steady) against the elder's usual ``low``..``high``."""

    series: str
    direction: str
    low: float
    high: float
    value: float


def direction(value: float | None, usual: UsualRange) -> str | None:
    if value is None:
        return None
    if value > usual.high:
        return UP
    if value < usual.low:
        return DOWN
    return STEADY


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _range(series: str, raw: object) -> UsualRange | None:
    if not isinstance(raw, dict):
        return None
    low, high = _number(raw.get("low")), _number(raw.get("high"))
    if low is None or high is None or high < low:
        return None
    return UsualRange(series, low, high, _number(raw.get("mean")), _number(raw.get("recent")))


def _hourly(raw: object) -> tuple[tuple[float, float] | None, ...]:
    hours: list[tuple[float, float] | None] = [None] * 24
    if isinstance(raw, list | tuple):
        for hour, band in enumerate(list(raw)[:24]):
            if isinstance(band, list | tuple) and len(band) == 2:
                low, high = _number(band[0]), _number(band[1])
                if low is not None and high is not None and low <= high:
                    hours[hour] = (low, high)
    return tuple(hours)


def _unusual(raw: object) -> tuple[Unusual, ...]:
    found = []
    for item in raw if isinstance(raw, list | tuple) else ():
        if not isinstance(item, dict):
            continue
        since = item.get("since")
        found.append(
            Unusual(
                kind=str(item.get("kind") or ""),
                grade=str(item.get("grade") or "warn"),
                message=str(item.get("message") or "")[:1_000],
                since=since if isinstance(since, datetime) else None,
            )
        )
    order = {k: i for i, k in enumerate(WATCH_KINDS)}
    rank = {"crit": 0, "warn": 1}
    return tuple(sorted(found, key=lambda u: (rank.get(u.grade, 2), order.get(u.kind, 99))))


def _sleep(raw: object) -> tuple[str, str] | None:
    if isinstance(raw, dict) and raw.get("start") and raw.get("end"):
        return str(raw["start"]), str(raw["end"])
    return None


def elder_usual(family_id: str, raw: object) -> ElderUsual | None:
    """One family's entry of ``api.watch.usual`` (None if it is not a dict)."""
    if not isinstance(raw, dict):
        return None
    series = raw.get("series")
    ranges = {}
    for name, value in series.items() if isinstance(series, dict) else ():
        found = _range(str(name), value)
        if found is not None:
            ranges[str(name)] = found
    hourly = raw.get("hourly")
    days = raw.get("days")
    learned = raw.get("learned_at")
    return ElderUsual(
        family_id=family_id,
        days=int(days) if isinstance(days, int) and not isinstance(days, bool) else 0,
        learned_at=learned if isinstance(learned, datetime) else None,
        ranges=ranges,
        hourly_heart_rate=_hourly(hourly.get("heart_rate") if isinstance(hourly, dict) else None),
        unusual=_unusual(raw.get("unusual")),
        sleep=_sleep(raw.get("sleep")),
    )


def usual_by_family(raw: object) -> dict[str, ElderUsual]:
    """``api.watch.usual(...)`` as ElderUsual values by family id (odd entries skipped)."""
    found = {}
    for family_id, entry in raw.items() if isinstance(raw, dict) else ():
        usual = elder_usual(str(family_id), entry)
        if usual is not None:
            found[str(family_id)] = usual
    return found


def trends(
    usual: ElderUsual | None,
    latest: dict[str, tuple[float | None, datetime | None]] | None = None,
    now: datetime | None = None,
) -> dict[str, Trend]:
    """The overview's trends (TREND_SERIES) that the elder's history gives. Without a
    recent mean (a reading sent every few hours), the newest reading stands in for it
    when it is at most LATEST_FOR old (``latest``: series -> (value, reported at))."""
    if usual is None:
        return {}
    found = {}
    for series in TREND_SERIES:
        trend = usual.trend(series)
        if trend is None:
            continue
        value, at = (latest or {}).get(series, (None, None))
        fresh = at is not None and now is not None and now - at <= LATEST_FOR
        if trend.value is None and value is not None and fresh:
            span = trend.usual
            trend = Trend(series, span, value, direction(value, span), trend.days, "latest")
        found[series] = trend
    return found


def band_segments(
    usual: ElderUsual | None, series: str, start: datetime, end: datetime
) -> list[tuple[float, float, float, float]]:
    """The elder's usual band on a chart of ``series`` over [start, end] (naive UTC), as
    (x0, x1, low, high) rectangles, x in seconds since the epoch: the heart rate's by UTC
    hour of day (one per hour of the range that has a usual), the others' one across."""
    if usual is None or end <= start:
        return []
    epoch = datetime(1970, 1, 1)
    x0, x1 = (start - epoch).total_seconds(), (end - epoch).total_seconds()
    if series == "heart_rate" and any(usual.hourly_heart_rate):
        if end - start > timedelta(days=120):  # a band per hour of a year is noise
            span = usual.ranges.get(series)
            return [(x0, x1, span.low, span.high)] if span else []
        segments = []
        hour = start.replace(minute=0, second=0, microsecond=0)
        while hour < end:
            band = usual.hourly_heart_rate[hour.hour]
            after = hour + timedelta(hours=1)
            if band is not None:
                left = max(x0, (hour - epoch).total_seconds())
                right = min(x1, (after - epoch).total_seconds())
                segments.append((left, right, band[0], band[1]))
            hour = after
        return segments
    span = usual.ranges.get(series)
    return [(x0, x1, span.low, span.high)] if span else []


def changes(
    usual: ElderUsual | None, means: dict[str, float | None]
) -> tuple[list[UsualChange], list[str]]:
    """The report's comparison: each of REPORT_SERIES whose period mean (``means``) is
    outside the elder's usual range (up or down), and the names of those inside it."""
    if usual is None:
        return [], []
    outside, inside = [], []
    for series in REPORT_SERIES:
        span, value = usual.ranges.get(series), means.get(series)
        if span is None or value is None:
            continue
        found = direction(value, span)
        if found == STEADY:
            inside.append(series)
        elif found is not None:
            outside.append(UsualChange(series, found, span.low, span.high, value))
    return outside, inside
