"""Reports for one elder over a chosen range (for a doctor's visit), and the weekly family
summary (each with what changed against the elder's own usual): plain data, gathered in
one action; the UI lays it out as a document (PDF, print)
and every table of it can be written as CSV (:func:`csv_text`).

Exporting health data is recorded (PIPA): :meth:`AuditApi.record_export` keeps who, when,
which families, what kind and the reason the person gave.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from carebot_desktop.data.validation import utcnow
from carebot_desktop.services.access import action_of, replica_ok
from carebot_desktop.services.alert_rows import Alert, parse_alert
from carebot_desktop.services.api import CarebotApi
from carebot_desktop.services.charts import (
    SERIES,
    ChartSeries,
    chart_series_many,
    latest_readings,
    usual_of,
)
from carebot_desktop.services.mental import MentalInsight, parse_mental
from carebot_desktop.services.overview import Reading, age_on
from carebot_desktop.services.usual import ElderUsual, UsualChange
from carebot_desktop.services.usual import changes as usual_changes

REPORT_POINTS = 240  # chart points on paper: enough for a page's width
ALERT_LIMIT = 2000


@dataclass(frozen=True)
class Acknowledged:
    by: str  # the person's name as it was then ("" when unknown)
    at: datetime  # naive UTC


@dataclass(frozen=True)
class ReportAlert:
    alert: Alert
    acknowledged: Acknowledged | None
    care: dict[str, Any] | None = None  # api.care's state: who took it, outcome, note


@dataclass(frozen=True)
class CareEntry:
    """A line of the elder's care log: a note, a resolved alert (its outcome and note)
    or a message between the family's people. Texts are others' words: plain text."""

    at: datetime  # naive UTC
    kind: str  # note, alert, message
    by_name: str
    text: str
    outcome: str = ""  # an alert's, one of care.OUTCOMES
    grade: str = ""  # an alert's
    headline: str = ""  # an alert's: what it was
    to_name: str = ""  # a message's recipient


@dataclass(frozen=True)
class ShiftSummary:
    """What a shift did since its sign-in, for the handover."""

    since: datetime  # naive UTC
    outcomes: dict[str, int]  # alerts resolved, by outcome
    open_alerts: int
    open_critical: int
    notes: int

    @property
    def resolved(self) -> int:
        return sum(self.outcomes.values())


@dataclass(frozen=True)
class ElderReport:
    family_id: str
    family_name: str
    elder_name: str
    birth_date: date | None
    age: int | None
    gender: str | None
    start: datetime  # naive UTC
    end: datetime
    made_at: datetime
    series: dict[str, ChartSeries]
    latest: dict[str, Reading]
    alerts: list[ReportAlert]
    alerts_truncated: bool
    mental: MentalInsight | None
    mental_at: datetime | None
    reports: list[dict[str, Any]]
    care_log: list[CareEntry] = field(default_factory=list)
    previous: dict[str, ChartSeries] = field(default_factory=dict)  # the week before (summary)
    previous_alerts: dict[str, int] = field(default_factory=dict)
    # Against the elder's own usual (None offline or without history): the readings
    # whose period average was outside it, and those inside it.
    usual: ElderUsual | None = None
    usual_changes: list[UsualChange] = field(default_factory=list)
    usual_inside: list[str] = field(default_factory=list)

    def critical(self) -> list[ReportAlert]:
        """The elder's critical alerts (not public broadcasts): the report's first table."""
        return [a for a in self.alerts if a.alert.grade == "crit" and not is_broadcast(a.alert)]

    def others(self) -> list[ReportAlert]:
        """The elder's other alerts (warn, info), after the critical ones."""
        return [a for a in self.alerts if a.alert.grade != "crit" and not is_broadcast(a.alert)]

    def broadcasts(self) -> list[ReportAlert]:
        """Public broadcasts (disaster, weather, fine dust), grouped apart at the end."""
        return [a for a in self.alerts if is_broadcast(a.alert)]

    def alert_counts(self) -> dict[str, int]:
        counts = {"crit": 0, "warn": 0, "info": 0}
        for item in self.alerts:
            if item.alert.grade in counts:
                counts[item.alert.grade] += 1
        return counts


def is_broadcast(alert: Alert) -> bool:
    """A public broadcast (the safety agency's disaster, weather and fine-dust messages,
    told apart by their JSON, as the notification list does), not the elder's own alert."""
    return alert.kind == "disaster"


def _alert_headline(alert: Alert) -> str:
    return alert.title if alert.kind in ("fall", "fire") else alert.message[:200]


def _closed(entry: dict[str, Any]) -> dict[str, Any]:
    """A care-log alert entry in the shape of ``api.care.state`` (what the report reads)."""
    return {
        "state": "resolved",
        "taken_by_name": entry.get("taken_by_name"),
        "taken_at": entry.get("taken_at"),
        "resolved_by_name": entry.get("by_name"),
        "resolved_at": entry.get("at"),
        "outcome": entry.get("outcome"),
        "note": entry.get("text"),
    }


def care_log(
    api: CarebotApi,
    family_id: str,
    start: datetime | None,
    end: datetime | None,
    user_id: str | None = None,
) -> list[CareEntry]:
    """The elder's care log, oldest first: notes, resolved alerts and the messages between
    the family's people that ``user_id`` sent or received (each person reads only their
    own messages), in four statements whatever the length of the period."""
    with action_of(api):
        rows = api.care.notes(family_id, start, end)
        names = {
            str(p["user_id"]): str(p.get("user_name") or "")
            for p in api.families.get_family_people(family_id)
        }
        messages: list[dict[str, Any]] = []
        if user_id is not None and user_id in names:
            messages = api.messages.get_all_received_messages(user_id, start, end)
            messages += api.messages.get_all_sent_messages(user_id, start, end)
    entries = []
    for row in rows:
        if row.get("kind") == "alert":
            alert = parse_alert(
                {
                    "index": row.get("index"),
                    "family_id": family_id,
                    "description": row.get("description"),
                    "notification_grade": row.get("grade"),
                }
            )
            headline = _alert_headline(alert)
        else:
            headline = ""
        entries.append(
            CareEntry(
                at=row["at"],
                kind=str(row.get("kind") or "note"),
                by_name=str(row.get("by_name") or ""),
                text=str(row.get("text") or ""),
                outcome=str(row.get("outcome") or ""),
                grade=str(row.get("grade") or ""),
                headline=headline,
            )
        )
    for m in messages:
        sender, recipient = str(m.get("from_id")), str(m.get("to_id"))
        if sender not in names or recipient not in names or m.get("created_at") is None:
            continue  # a message with someone outside the family
        entries.append(
            CareEntry(
                at=m["created_at"],
                kind="message",
                by_name=names[sender],
                text=str(m.get("content") or ""),
                to_name=names[recipient],
            )
        )
    return sorted(entries, key=lambda e: (e.at, e.kind))


def shift_summary(api: CarebotApi, since: datetime) -> ShiftSummary:
    """The handover's automatic part: since this person's sign-in, the alerts resolved by
    outcome, the alerts still open and the notes written, in one's families."""
    with action_of(api):
        counts = api.care.shift_summary(since)
        still_open = api.care.open_alerts()
    return ShiftSummary(
        since=since,
        outcomes={str(k): int(v) for k, v in dict(counts.get("outcomes") or {}).items()},
        open_alerts=len(still_open),
        open_critical=sum(1 for a in still_open if a.get("grade") == "crit"),
        notes=int(counts.get("notes") or 0),
    )


def make_report(
    api: CarebotApi,
    user_id: str | None,
    family_id: str,
    start: datetime,
    end: datetime,
    summary: bool,
) -> ElderReport:
    """The weekly family summary up to ``end``, or the care report over start-end (with
    the messages ``user_id`` exchanged with the family in its care log)."""
    if summary:
        return weekly_summary(api, family_id, end, user_id=user_id)
    return elder_report(api, family_id, start, end, user_id=user_id)


def elder_report(
    api: CarebotApi,
    family_id: str,
    start: datetime,
    end: datetime,
    now: datetime | None = None,
    compare: bool = False,
    user_id: str | None = None,
) -> ElderReport:
    """One elder's report over [start, end] (naive UTC). ``compare``: also the same length
    of time just before (the weekly summary's "than last week")."""
    if not isinstance(start, datetime) or not isinstance(end, datetime) or end <= start:
        raise ValueError("a report needs a start before its end")
    if end - start > timedelta(days=366):
        raise ValueError("a report covers at most a year")
    now = now or utcnow()
    with action_of(api), replica_ok(api):
        people = api.families.get_family_people(family_id)
        family = api.families.get_one_family(family_id)
        elder = next((p for p in people if p["role"] == "main"), {})
        series = chart_series_many(api, family_id, SERIES, start, end, REPORT_POINTS)
        rows = api.notifications.get_notifications_list([family_id], start, end, limit=ALERT_LIMIT)
        acks = {
            a["notification_index"]: Acknowledged(a["user_name"] or "", a["acknowledged_at"])
            for a in api.notifications.get_acknowledgements(family_id, start, end)
        }
        # What was done about each alert: resolved ones (since the start: an alert of the
        # period may be closed after it) and the ones still open.
        care = {
            int(r["index"]): _closed(r)
            for r in api.care.notes(family_id, start, None)
            if r.get("kind") == "alert"
        }
        care.update(
            (int(r["index"]), r) for r in api.care.open_alerts() if r["family_id"] == family_id
        )
        log = care_log(api, family_id, start, end, user_id)
        latest, mental_row = latest_readings(api, family_id)
        reports = [
            r
            for r in api.status.get_mental_reports(family_id, start, end, time_order="asc")
            if r["start_time"] is None or r["start_time"] <= end
        ]
        usual = usual_of(api, family_id)
        previous: dict[str, ChartSeries] = {}
        previous_alerts: dict[str, int] = {}
        if compare:
            before = start - (end - start)
            previous = chart_series_many(api, family_id, SERIES, before, start, REPORT_POINTS)
            digest = api.notifications.get_notifications_list(
                [family_id], before, start - timedelta(microseconds=1), limit=ALERT_LIMIT
            )
            for row in digest:
                grade = str(row.get("notification_grade") or "")
                previous_alerts[grade] = previous_alerts.get(grade, 0) + 1
    birth = elder.get("birth_date")
    means: dict[str, float | None] = {}
    for name, data in series.items():
        summary = data.summary()
        means[name] = summary[1] if summary else None
    outside, inside = usual_changes(usual, means)
    alerts = [
        ReportAlert(alert, acks.get(alert.index), care.get(alert.index))
        for alert in sorted((parse_alert(r) for r in rows), key=lambda a: a.index)
    ]
    return ElderReport(
        family_id=family_id,
        family_name=str(family.get("family_name") or ""),
        elder_name=str(elder.get("user_name") or ""),
        birth_date=birth,
        age=age_on(birth, now.date()) if birth else None,
        gender=elder.get("gender"),
        start=start,
        end=end,
        made_at=now,
        series=series,
        latest=latest,
        alerts=alerts,
        alerts_truncated=len(rows) >= ALERT_LIMIT,
        mental=parse_mental(mental_row["description"], mental_row["reported_at"])
        if mental_row
        else None,
        mental_at=mental_row["reported_at"] if mental_row else None,
        reports=reports,
        care_log=log,
        previous=previous,
        previous_alerts=previous_alerts,
        usual=usual,
        usual_changes=outside,
        usual_inside=inside,
    )


def weekly_summary(
    api: CarebotApi,
    family_id: str,
    week_end: datetime,
    now: datetime | None = None,
    user_id: str | None = None,
) -> ElderReport:
    """The last seven days up to ``week_end``, compared with the seven before."""
    start = week_end - timedelta(days=7)
    return elder_report(api, family_id, start, week_end, now, True, user_id)


def csv_text(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """CSV with a byte-order mark, so that a spreadsheet on a Korean PC reads the Hangul.
    A cell that a spreadsheet would run as a formula (= + - @ at its start) is quoted
    with a leading apostrophe (CSV injection)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([_safe_cell(cell) for cell in row])
    return out.getvalue()


def _safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
