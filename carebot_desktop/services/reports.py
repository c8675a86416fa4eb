"""Reports for one elder over a chosen range (for a doctor's visit), and the weekly family
summary: plain data, gathered in one action; the UI lays it out as a document (PDF, print)
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
from carebot_desktop.services.access import action_of
from carebot_desktop.services.alert_rows import Alert, parse_alert
from carebot_desktop.services.api import CarebotApi
from carebot_desktop.services.charts import SERIES, ChartSeries, chart_series_many, latest_readings
from carebot_desktop.services.mental import MentalInsight, parse_mental
from carebot_desktop.services.overview import Reading, age_on

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
    previous: dict[str, ChartSeries] = field(default_factory=dict)  # the week before (summary)
    previous_alerts: dict[str, int] = field(default_factory=dict)

    def alert_counts(self) -> dict[str, int]:
        counts = {"crit": 0, "warn": 0, "info": 0}
        for item in self.alerts:
            if item.alert.grade in counts:
                counts[item.alert.grade] += 1
        return counts


def elder_report(
    api: CarebotApi,
    family_id: str,
    start: datetime,
    end: datetime,
    now: datetime | None = None,
    compare: bool = False,
) -> ElderReport:
    """One elder's report over [start, end] (naive UTC). ``compare``: also the same length
    of time just before (the weekly summary's "than last week")."""
    if not isinstance(start, datetime) or not isinstance(end, datetime) or end <= start:
        raise ValueError("a report needs a start before its end")
    if end - start > timedelta(days=366):
        raise ValueError("a report covers at most a year")
    now = now or utcnow()
    with action_of(api):
        people = api.families.get_family_people(family_id)
        family = api.families.get_one_family(family_id)
        elder = next((p for p in people if p["role"] == "main"), {})
        series = chart_series_many(api, family_id, SERIES, start, end, REPORT_POINTS)
        rows = api.notifications.get_notifications_list([family_id], start, end, limit=ALERT_LIMIT)
        acks = {
            a["notification_index"]: Acknowledged(a["user_name"] or "", a["acknowledged_at"])
            for a in api.notifications.get_acknowledgements(family_id, start, end)
        }
        latest, mental_row = latest_readings(api, family_id)
        reports = [
            r
            for r in api.status.get_mental_reports(family_id, start, end, time_order="asc")
            if r["start_time"] is None or r["start_time"] <= end
        ]
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
    alerts = [
        ReportAlert(alert, acks.get(alert.index))
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
        previous=previous,
        previous_alerts=previous_alerts,
    )


def weekly_summary(
    api: CarebotApi, family_id: str, week_end: datetime, now: datetime | None = None
) -> ElderReport:
    """The last seven days up to ``week_end``, compared with the seven before."""
    return elder_report(api, family_id, week_end - timedelta(days=7), week_end, now, True)


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
