"""The overview: every family of the user on one row, worst first, from one desk snapshot.

Plain functions returning plain dataclasses: the Qt models only hold and paint them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from carebot_desktop.data.errors import OfflineError
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.api import CarebotApi, Row
from carebot_desktop.services.usual import (
    ElderUsual,
    Trend,
    Unusual,
    trends,
    usual_by_family,
)

# Healthy ranges the charts draw as bands and the overview checks against.
TEMPERATURE_RANGE = (18.0, 26.0)  # indoor comfort for older people, degC
HUMIDITY_RANGE = (40.0, 60.0)  # %
HEART_RATE_RANGE = (50.0, 100.0)  # resting bpm
# Fine dust (PM2.5, ug/m3) grades of the Korean air-quality index: good, moderate, bad,
# very bad from these lower bounds.
DUST_GRADES = ((0.0, "good"), (16.0, "moderate"), (36.0, "bad"), (76.0, "very_bad"))
MENTAL_CONCERN_BELOW = 40
SILENT_AFTER = timedelta(hours=3)


@dataclass(frozen=True)
class Reading:
    value: float | None = None
    at: datetime | None = None


@dataclass(frozen=True)
class OverviewRow:
    family_id: str
    family_name: str
    elder_name: str
    elder_age: int | None
    temperature: Reading
    humidity: Reading
    dust: Reading
    heart_rate: Reading
    mental_score: Reading
    unread: dict[str, int]
    last_report_at: datetime | None
    silent_for: timedelta | None  # set when the robot has been silent too long
    concerns: tuple[str, ...]
    severity: int  # 3 crit alert, 2 robot silent, 1 warning or reading out of range, 0 calm
    # The open crit alert to name (the newest nobody took, else the newest taken: its
    # state dict, ``api.care.state``'s keys) and how many are open: a
    # family with one is never calm, whoever took it.
    crit_open: dict[str, Any] | None = None
    crit_open_count: int = 0
    # Against the elder's own usual (``api.watch.usual``): the open unusual episodes
    # (worst first) and a trend per reading (TREND_SERIES); empty when not known.
    activity: Reading = field(default_factory=Reading)
    unusual: tuple[Unusual, ...] = ()
    trends: dict[str, Trend] = field(default_factory=dict)


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def dust_grade(value: float | None) -> str | None:
    if value is None:
        return None
    grade = DUST_GRADES[0][1]
    for lower, name in DUST_GRADES:
        if value >= lower:
            grade = name
    return grade


def reading_of(row: dict[str, Any] | None, key: str) -> Reading:
    """Column ``key`` of a status row as a Reading (empty without the row or a value)."""
    if row is None or row.get(key) is None:
        return Reading()
    return Reading(float(row[key]), row.get("reported_at"))


def _open_crit(states: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The open crit alert a family's row names: one nobody is on first, the newest (the
    emergency of now, not last week's left open; the row counts the others)."""
    if not states:
        return None
    return max(states, key=lambda s: (s.get("state") == "new", s.get("created_at") or datetime.min))


def _overview_row(
    snapshot: dict[str, Any],
    family_id: str,
    now: datetime,
    open_crit: list[dict[str, Any]] | None = None,
    usual: ElderUsual | None = None,
) -> OverviewRow:
    family = snapshot["families"][family_id]
    latest = snapshot["latest"]
    home = latest["home"].get(family_id)
    health = latest["health"].get(family_id)
    mental = latest["mental"].get(family_id)
    active = latest["active"].get(family_id)
    unread = {"crit": 0, "warn": 0, "info": 0, "none": 0, **snapshot["unread"].get(family_id, {})}
    times = [r["reported_at"] for r in (home, health, mental, active) if r and r["reported_at"]]
    last = max(times) if times else None
    silent = now - last if last is not None and now - last >= SILENT_AFTER else None
    temperature, humidity = reading_of(home, "temperature"), reading_of(home, "humidity")
    dust, heart = reading_of(home, "dust_level"), reading_of(health, "heart_rate")
    mental_score = reading_of(mental, "score")
    activity = reading_of(active, "score")

    concerns = []
    if unread["crit"]:
        concerns.append("crit_unread")
    if open_crit:
        concerns.append("crit_open")
    if last is None:
        concerns.append("no_data")
    elif silent is not None:
        concerns.append("silent")
    if unread["warn"]:
        concerns.append("warn_unread")
    for name, reading, (low, high) in (
        ("temperature", temperature, TEMPERATURE_RANGE),
        ("humidity", humidity, HUMIDITY_RANGE),
        ("heart_rate", heart, HEART_RATE_RANGE),
    ):
        if reading.value is not None and not low <= reading.value <= high:
            concerns.append(name)
    if dust_grade(dust.value) in ("bad", "very_bad"):
        concerns.append("dust")
    if mental_score.value is not None and mental_score.value < MENTAL_CONCERN_BELOW:
        concerns.append("mental")
    unusual = usual.unusual if usual is not None else ()
    if unusual:  # never calm while the elder is unusual for themself
        concerns.append("unusual")
    if "crit_unread" in concerns or "crit_open" in concerns:
        severity = 3
    elif "silent" in concerns or "no_data" in concerns:
        severity = 2
    elif concerns:
        severity = 1
    else:
        severity = 0
    return OverviewRow(
        family_id=family_id,
        family_name=family["family_name"] or "",
        elder_name=family["elder_name"] or "",
        elder_age=age_on(family["elder_birth_date"], now.date()),
        temperature=temperature,
        humidity=humidity,
        dust=dust,
        heart_rate=heart,
        mental_score=mental_score,
        unread=unread,
        last_report_at=last,
        silent_for=silent,
        concerns=tuple(concerns),
        severity=severity,
        crit_open=_open_crit(open_crit or []),
        crit_open_count=len(open_crit or []),
        activity=activity,
        unusual=unusual,
        trends=trends(
            usual,
            {
                "temperature": (temperature.value, temperature.at),
                "heart_rate": (heart.value, heart.at),
                "activity_score": (activity.value, activity.at),
                "mental_score": (mental_score.value, mental_score.at),
            },
            now,
        ),
    )


def overview(api: CarebotApi, now: datetime | None = None) -> list[OverviewRow]:
    """Every family the user belongs to, worst first: one set-based read, the same
    number of statements for 2 families or 200, and one read of the open alerts."""
    with api.action():
        snapshot = {
            **api.desk.snapshot(),
            "care": api.care.open_alerts(),
            "usual": read_usual(api),
        }
    return overview_rows(snapshot, now or utcnow())


def read_usual(
    api: CarebotApi, recent: bool = True, family_ids: list[str] | None = None
) -> dict[str, Row]:
    """Every family's usual, or these families' (``api.watch.usual``: one call, whatever
    the families; ``recent`` False: without the recent means, see :func:`keep_recent`);
    {} from the offline copy, which keeps none."""
    if getattr(api, "offline", False):
        return {}
    try:
        return api.watch.usual(family_ids, recent=recent)
    except OfflineError:
        return {}


def keep_recent(earlier: dict[str, Row], light: dict[str, Row]) -> dict[str, Row]:
    """``light`` (a usual read without the recent means: its open episodes and ranges are
    new) with each series' recent mean taken from ``earlier`` where ``light`` has none.
    The overview reads the means (three hours of readings) every few minutes and only the
    rest at each new alert: at 200 families that read was most of a desk's load on the
    server (issue 21)."""
    merged: dict[str, Row] = {}
    for family_id, entry in light.items():
        before = (earlier.get(family_id) or {}).get("series") or {}
        series = entry.get("series") or {}
        if not isinstance(series, dict) or not isinstance(before, dict):
            merged[family_id] = entry
            continue
        kept = {}
        for name, values in series.items():
            old = before.get(name)
            if (
                isinstance(values, dict)
                and values.get("recent") is None
                and isinstance(old, dict)
                and old.get("recent") is not None
            ):
                values = {**values, "recent": old["recent"]}
            kept[name] = values
        merged[family_id] = {**entry, "series": kept}
    return merged


def merge_snapshot(
    base: dict[str, Any], part: dict[str, Any], family_ids: Iterable[str]
) -> dict[str, Any]:
    """``base`` (a whole desk snapshot) with what ``part`` read of ``family_ids`` (a desk
    snapshot of those families only: ``desk_snapshot(..., families=...)``): their rows,
    newest readings, unread counts and usual replace base's; the open alerts' states
    (always read whole) replace base's. Families base does not show are not added (a new
    family comes with the next whole read). A new alert reloads only its family: at 200
    families a whole read is 1,100 rows for every desk at every alert (issue 21)."""
    shown = [f for f in family_ids if f in base["families"]]
    merged = {**base, "families": dict(base["families"]), "unread": dict(base["unread"])}
    merged["latest"] = {kind: dict(rows) for kind, rows in base["latest"].items()}
    for family_id in shown:
        if family_id in part["families"]:
            merged["families"][family_id] = part["families"][family_id]
        for kind, rows in merged["latest"].items():
            newest = (part["latest"].get(kind) or {}).get(family_id)
            if newest is None:
                rows.pop(family_id, None)
            else:
                rows[family_id] = newest
        if family_id in part["unread"]:
            merged["unread"][family_id] = part["unread"][family_id]
    if "care" in part:
        merged["care"] = part["care"]
    if "usual" in part:
        earlier = base.get("usual") or {}
        light = {f: v for f, v in part["usual"].items() if f in shown}
        usual = dict(earlier)
        for family_id in shown:
            usual.pop(family_id, None)
        usual.update(keep_recent(earlier, light) if not part.get("recent", True) else light)
        merged["usual"] = usual
    return merged


def overview_rows(snapshot: dict[str, Any], now: datetime) -> list[OverviewRow]:
    """The overview's rows from a desk snapshot at ``now`` (no database: the desk
    recomputes ages and "robot silent" flags from its last snapshot as time passes).
    ``snapshot["care"]``, where present, holds the open alerts' states
    (``api.care.open_alerts``): a family with an open crit alert is urgent until it is
    resolved, and one nobody has taken goes before one someone is on.
    ``snapshot["usual"]``, where present, holds ``api.watch.usual``: the elders unusual
    for themselves now, and each reading's trend against their usual."""
    open_crit: dict[str, list[dict[str, Any]]] = {}
    for state in snapshot.get("care") or []:
        if state.get("grade") == "crit":
            open_crit.setdefault(str(state.get("family_id")), []).append(state)
    usual = usual_by_family(snapshot.get("usual"))
    rows = [
        _overview_row(snapshot, family_id, now, open_crit.get(family_id), usual.get(family_id))
        for family_id in snapshot["families"]
    ]
    return sorted(
        rows,
        key=lambda r: (
            -r.severity,
            not (r.crit_open is not None and r.crit_open.get("state") == "new"),
            -r.unread["crit"],
            -r.unread["warn"],
            -len(r.concerns),
            r.elder_name,
        ),
    )
