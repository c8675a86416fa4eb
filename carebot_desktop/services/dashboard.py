"""What the screens show, computed below the UI from a permission-checked ``UserApi``.

Plain functions returning plain dataclasses: the Qt models only hold and paint them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from carebot_desktop.data.errors import NotFoundError
from carebot_desktop.data.parsing import as_text, load_json, load_mapping
from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.access import UserApi, action_of

# Healthy ranges the charts draw as bands and the overview checks against.
TEMPERATURE_RANGE = (18.0, 26.0)  # indoor comfort for older people, degC
HUMIDITY_RANGE = (40.0, 60.0)  # %
HEART_RATE_RANGE = (50.0, 100.0)  # resting bpm
# Fine dust (PM2.5, ug/m3) grades of the Korean air-quality index: good, moderate, bad,
# very bad from these lower bounds.
DUST_GRADES = ((0.0, "good"), (16.0, "moderate"), (36.0, "bad"), (76.0, "very_bad"))
MENTAL_CONCERN_BELOW = 40
SILENT_AFTER = timedelta(hours=3)
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


def _latest(getter: Callable[[str], dict[str, Any]], family_id: str) -> dict[str, Any] | None:
    try:
        return getter(family_id)
    except NotFoundError:
        return None


def _reading(row: dict[str, Any] | None, key: str) -> Reading:
    if row is None or row.get(key) is None:
        return Reading()
    return Reading(float(row[key]), row.get("reported_at"))


def _overview_row(snapshot: dict[str, Any], family_id: str, now: datetime) -> OverviewRow:
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
    temperature, humidity = _reading(home, "temperature"), _reading(home, "humidity")
    dust, heart = _reading(home, "dust_level"), _reading(health, "heart_rate")
    mental_score = _reading(mental, "score")

    concerns = []
    if unread["crit"]:
        concerns.append("crit_unread")
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
    if "crit_unread" in concerns:
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
    )


def overview(api: UserApi, now: datetime | None = None) -> list[OverviewRow]:
    """Every family the user belongs to, worst first: one set-based read, the same
    number of statements for 2 families or 200."""
    return overview_rows(api.desk.snapshot(), now or utcnow())


def overview_rows(snapshot: dict[str, Any], now: datetime) -> list[OverviewRow]:
    """The overview's rows from a desk snapshot at ``now`` (no database: the desk
    recomputes ages and "robot silent" flags from its last snapshot as time passes)."""
    rows = [_overview_row(snapshot, family_id, now) for family_id in snapshot["families"]]
    return sorted(
        rows,
        key=lambda r: (
            -r.severity,
            -r.unread["crit"],
            -r.unread["warn"],
            -len(r.concerns),
            r.elder_name,
        ),
    )


# --- charts ---------------------------------------------------------------------------


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
    api: UserApi,
    family_id: str,
    series: str,
    start: datetime,
    end: datetime,
    points: int = CHART_POINTS,
) -> ChartSeries:
    """At most about ``points`` buckets, aggregated by the database."""
    return chart_series_many(api, family_id, [series], start, end, points)[series]


def chart_series_many(
    api: UserApi,
    family_id: str,
    series: list[str] | tuple[str, ...],
    start: datetime,
    end: datetime,
    points: int = CHART_POINTS,
) -> dict[str, ChartSeries]:
    """:func:`chart_series` of several series: one statement per status table."""
    bucket = bucket_for(start, end, points)
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


def latest_readings(
    api: UserApi, family_id: str
) -> tuple[dict[str, Reading], dict[str, Any] | None]:
    """The newest reading of every series, and the newest mental-status row."""
    home = _latest(api.status.get_latest_home_status, family_id)
    health = _latest(api.status.get_latest_health_status, family_id)
    active = _latest(api.status.get_latest_active_status, family_id)
    mental = _latest(api.status.get_latest_mental_status, family_id)
    latest = {
        "temperature": _reading(home, "temperature"),
        "humidity": _reading(home, "humidity"),
        "dust_level": _reading(home, "dust_level"),
        "ethanol": _reading(home, "ethanol"),
        "heart_rate": _reading(health, "heart_rate"),
        "activity_score": _reading(active, "score"),
        "mental_score": _reading(mental, "score"),
    }
    return latest, mental


def status_bundle(api: UserApi, family_id: str, start: datetime, end: datetime) -> StatusBundle:
    """One action: one caller check and one transaction for the whole screen."""
    with action_of(api):
        return _status_bundle(api, family_id, start, end)


def _status_bundle(api: UserApi, family_id: str, start: datetime, end: datetime) -> StatusBundle:
    series = chart_series_many(api, family_id, SERIES, start, end)
    latest, mental = latest_readings(api, family_id)
    reports = api.status.get_mental_reports(
        family_id, start - timedelta(days=7), end, time_order="desc"
    )
    return StatusBundle(
        family_id,
        start,
        end,
        series,
        latest,
        parse_mental(mental["description"], mental["reported_at"]) if mental else None,
        mental["reported_at"] if mental else None,
        reports,
    )


# --- the AI's mental status -------------------------------------------------------------


# The AI server writes its times in Korean time (UTC+9 all year: Korea has no DST).
AI_TIME_ZONE = timezone(timedelta(hours=9), "KST")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def emotion_time(moment: str, analysed_at: datetime | None) -> datetime | None:
    """A moment of the AI's ``time_based_emotions`` as naive UTC, like every stored time:
    "13:42" is Korean time on the day of the analysis (the day before, if that clock time
    is later than the analysis itself); a full date and time is Korean time as written.
    None when it cannot be read."""
    text = moment.strip()
    clock = _CLOCK.fullmatch(text)
    if clock is None:
        try:
            written = datetime.fromisoformat(text)
        except ValueError:
            return None
        if written.tzinfo is None:
            written = written.replace(tzinfo=AI_TIME_ZONE)
        return written.astimezone(UTC).replace(tzinfo=None)
    hour, minute, second = int(clock[1]), int(clock[2]), int(clock[3] or 0)
    if analysed_at is None or hour > 23 or minute > 59 or second > 59:
        return None
    then = analysed_at.replace(tzinfo=UTC).astimezone(AI_TIME_ZONE)
    at = then.replace(hour=hour, minute=minute, second=second, microsecond=0)
    if at > then + timedelta(minutes=5):
        at -= timedelta(days=1)
    return at.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Emotion:
    time: str  # as the AI wrote it (Korean time)
    label: str
    score: float | None
    note: str
    at: datetime | None = None  # the same moment in naive UTC, when it could be read


@dataclass(frozen=True)
class MentalInsight:
    overall: str
    insights: str
    emotions: list[Emotion] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    readable: bool = True  # False: the text was not the AI's JSON; ``insights`` holds it


def parse_mental(
    description: str | None, analysed_at: datetime | None = None
) -> MentalInsight | None:
    """The AI server's JSON, tolerant of missing or malformed parts. Never raises: text
    that is not readable JSON comes back as plain text (``readable=False``); None only
    for no text at all. ``analysed_at`` (naive UTC) dates the emotions' clock times."""
    if not isinstance(description, str) or not description.strip():
        return None
    data = load_mapping(description)
    if data is None:
        return MentalInsight(overall="", insights=as_text(description.strip()), readable=False)
    emotions = []
    raw = data.get("time_based_emotions")
    if isinstance(raw, dict):
        for moment, value in sorted(raw.items(), key=lambda item: as_text(item[0])):
            if isinstance(value, list) and value:
                label = as_text(value[0], 200)
                score = value[1] if len(value) > 1 and _is_number(value[1]) else None
                note = as_text(value[2], 500) if len(value) > 2 else ""
                moment_text = as_text(moment, 40)
                emotions.append(
                    Emotion(moment_text, label, score, note, emotion_time(moment_text, analysed_at))
                )
    recommendations = data.get("recommendations")
    return MentalInsight(
        overall=as_text(data.get("overall_emotional_state") or ""),
        insights=as_text(data.get("emotional_insights") or ""),
        emotions=emotions,
        recommendations=[as_text(r, 500) for r in recommendations[:50]]
        if isinstance(recommendations, list)
        else [],
    )


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


# --- notifications ------------------------------------------------------------------------


@dataclass(frozen=True)
class Alert:
    index: int
    family_id: str
    created_at: datetime | None
    grade: str
    is_read: bool
    kind: str  # disaster, fall, fire, other
    title: str  # disaster type (대설...), or the robot's text
    message: str
    region: str = ""
    step: str = ""
    detail: str = ""
    image_url: str | None = None
    pending: bool = False  # acknowledged offline, waiting in the outbox


def parse_alert(row: dict[str, Any]) -> Alert:
    """Never raises on the description (other programs write it): JSON that is not a
    disaster alert, or not readable, is shown as plain text."""
    description = row.get("description")
    text = description.strip() if isinstance(description, str) else ""
    common = {
        "index": row["index"],
        "family_id": row["family_id"],
        "created_at": row.get("created_at"),
        "grade": row.get("notification_grade") or "none",
        "is_read": bool(row.get("is_read")),
        "pending": bool(row.get("pending")),
        "image_url": row.get("image_url")
        if row.get("image_url") not in (None, "", "NULL")
        else None,
    }
    if text.startswith("{"):
        data = load_json(text)
        if isinstance(data, dict) and ("MSG_CN" in data or "DST_SE_NM" in data):
            return Alert(
                kind="disaster",
                title=as_text(data.get("DST_SE_NM") or "", 200),
                message=as_text(data.get("MSG_CN") or ""),
                region=" ".join(as_text(data.get("RCPTN_RGN_NM") or "", 500).split()),
                step=as_text(data.get("EMRG_STEP_NM") or "", 100),
                detail=as_text(data.get("CRT_DT") or "", 100),
                **common,
            )
    head, _, detail = text.partition(",")
    if head.startswith("낙상"):
        return Alert(kind="fall", title=head, message=text, detail=detail, **common)
    if head.startswith("화재"):
        return Alert(kind="fire", title=head, message=text, detail=detail, **common)
    return Alert(kind="other", title=text[:60], message=text[:5_000], **common)


# --- messages -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Conversation:
    family_id: str
    partner_id: str
    partner_name: str
    nickname: str | None
    unread: int


def conversations(api: UserApi, user_id: str) -> list[Conversation]:
    """One conversation per person one may write to: the elder with each member, and a
    member with the elder of each of their families."""
    unread: dict[str, int] = {}
    for message in api.messages.get_new_received_messages(user_id):
        unread[message["from_id"]] = unread.get(message["from_id"], 0) + 1
    result = []
    for family in api.families.get_all_families():
        people = api.families.get_family_people(family["id"])
        elder = people[0]
        if elder["user_id"] == user_id:
            partners = people[1:]
        elif any(p["user_id"] == user_id for p in people[1:]):
            partners = [elder]
        else:
            partners = []  # a system account reads families but has no conversation
        for person in partners:
            result.append(
                Conversation(
                    family["id"],
                    person["user_id"],
                    person["user_name"] or "",
                    person["nickname"],
                    unread.get(person["user_id"], 0),
                )
            )
    return result


def conversation_messages(
    api: UserApi, user_id: str, partner_id: str, since: datetime | None = None
) -> list[dict[str, Any]]:
    received = [
        m
        for m in api.messages.get_all_received_messages(user_id, since)
        if m["from_id"] == partner_id
    ]
    sent = [
        m for m in api.messages.get_all_sent_messages(user_id, since) if m["to_id"] == partner_id
    ]
    return sorted(received + sent, key=lambda m: (m["created_at"] or datetime.min, m["index"]))


def unread_critical(api: UserApi) -> list[Alert]:
    """Unacknowledged ``crit`` alerts of all the user's families, oldest first: the banner
    stays until a person acknowledges each. One statement for all the families."""
    rows = api.notifications.get_unread_notifications(None, "crit")
    alerts = [parse_alert(r) for r in rows]
    return sorted(alerts, key=lambda a: (a.created_at or datetime.min, a.index))
