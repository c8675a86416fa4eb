"""The report's tables as rows of text: the document lays them out, the CSV export writes
them. The critical alerts carry what was done (who took each, the outcome, the note); the
public broadcasts have a table of their own, for the report's end."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carebot_desktop.services.dashboard import SERIES, Alert
from carebot_desktop.services.reports import ElderReport, ReportAlert
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import theme, watch_text
from carebot_desktop.ui.care.words import kind_text, outcome_text
from carebot_desktop.ui.status.chart_text import chart_title


def alert_headline(alert: Alert) -> str:
    if alert.kind == "disaster":
        return f"[{alert.title} · {alert.step}] {alert.message}"
    if alert.kind == "fall":
        return QCoreApplication.translate("ReportDialog", "Fall detected")
    if alert.kind == "fire":
        return QCoreApplication.translate("ReportDialog", "Fire detected") + (
            f" ({alert.detail})" if alert.detail else ""
        )
    if alert.kind == "watch":
        return watch_text.alert_text(alert)
    return str(alert.message or "")


def alert_rows(
    report: ElderReport, alerts: list[ReportAlert] | None = None
) -> tuple[list[str], list[list[str]]]:
    """The alerts (all of the report's by default: the CSV) with who acknowledged each."""
    header = [
        QCoreApplication.translate("ReportDialog", "Time"),
        QCoreApplication.translate("ReportDialog", "Grade"),
        QCoreApplication.translate("ReportDialog", "Alert"),
        QCoreApplication.translate("ReportDialog", "Acknowledged by"),
        QCoreApplication.translate("ReportDialog", "Acknowledged at"),
    ]
    rows = []
    for item in report.alerts if alerts is None else alerts:
        ack = item.acknowledged
        by = (
            ack.by
            if ack
            else (
                ""
                if not item.alert.is_read
                else QCoreApplication.translate("ReportDialog", "(not recorded)")
            )
        )
        rows.append(
            [
                fmt.local_text(item.alert.created_at),
                theme.grade_text(item.alert.grade),
                alert_headline(item.alert),
                by
                if item.alert.is_read or ack
                else QCoreApplication.translate("ReportDialog", "not yet"),
                fmt.local_text(ack.at) if ack else "",
            ]
        )
    return header, rows


def _care_cells(item: ReportAlert) -> list[str]:
    """Who took the alert, its outcome (or that it is still open, or was only
    acknowledged before alerts had outcomes) and the note."""
    care = item.care or {}
    state = care.get("state")
    if not care or state == "new":
        ack = item.acknowledged
        if ack is not None or item.alert.is_read:
            return [
                ack.by if ack else "",
                QCoreApplication.translate("ReportDialog", "acknowledged; no outcome recorded"),
                "",
            ]
        return ["", QCoreApplication.translate("ReportDialog", "nobody took it"), ""]
    taken = str(care.get("taken_by_name") or "")
    if care.get("taken_at"):
        taken += f" ({fmt.local_text(care['taken_at'])})"
    if state == "resolved":
        outcome = outcome_text(care.get("outcome"))
        closer = str(care.get("resolved_by_name") or "")
        when = fmt.local_text(care["resolved_at"]) if care.get("resolved_at") else ""
        outcome += f" · {closer} {when}".rstrip() if closer or when else ""
    else:
        outcome = QCoreApplication.translate("ReportDialog", "still open")
    return [taken, outcome, str(care.get("note") or "")]


def critical_rows(report: ElderReport) -> tuple[list[str], list[list[str]]]:
    """The elder's critical alerts and what was done about each: the report's first table."""
    header = [
        QCoreApplication.translate("ReportDialog", "Time"),
        QCoreApplication.translate("ReportDialog", "Alert"),
        QCoreApplication.translate("ReportDialog", "Taken by"),
        QCoreApplication.translate("ReportDialog", "Outcome"),
        QCoreApplication.translate("ReportDialog", "Note"),
    ]
    rows = [
        [fmt.local_text(item.alert.created_at), alert_headline(item.alert), *_care_cells(item)]
        for item in report.critical()
    ]
    return header, rows


def broadcast_rows(report: ElderReport) -> tuple[list[str], list[list[str]]]:
    """Public broadcasts (disaster, weather, fine dust), at the report's end."""
    header = [
        QCoreApplication.translate("ReportDialog", "Time"),
        QCoreApplication.translate("ReportDialog", "Type"),
        QCoreApplication.translate("ReportDialog", "Region"),
        QCoreApplication.translate("ReportDialog", "Message"),
    ]
    rows = [
        [
            fmt.local_text(item.alert.created_at),
            " · ".join(t for t in (item.alert.title, item.alert.step) if t),
            item.alert.region,
            item.alert.message,
        ]
        for item in report.broadcasts()
    ]
    return header, rows


def care_log_rows(report: ElderReport) -> tuple[list[str], list[list[str]]]:
    header = [
        QCoreApplication.translate("ReportDialog", "Time"),
        QCoreApplication.translate("ReportDialog", "Kind"),
        QCoreApplication.translate("ReportDialog", "Who"),
        QCoreApplication.translate("ReportDialog", "What"),
    ]
    rows = []
    for entry in report.care_log:
        who = entry.by_name + (f" → {entry.to_name}" if entry.to_name else "")
        what = entry.text
        if entry.kind == "alert":
            what = " · ".join(
                t for t in (entry.headline, outcome_text(entry.outcome), entry.text) if t
            )
        rows.append([fmt.local_text(entry.at), kind_text(entry.kind), who, what])
    return header, rows


def reading_rows(report: ElderReport) -> tuple[list[str], list[list[str]]]:
    header = [
        QCoreApplication.translate("ReportDialog", "Measure"),
        QCoreApplication.translate("ReportDialog", "Latest"),
        QCoreApplication.translate("ReportDialog", "Measured"),
        QCoreApplication.translate("ReportDialog", "Lowest"),
        QCoreApplication.translate("ReportDialog", "Average"),
        QCoreApplication.translate("ReportDialog", "Highest"),
    ]
    if report.previous:
        header.append(QCoreApplication.translate("ReportDialog", "Average, the week before"))
    rows = []
    for name in SERIES:
        latest = report.latest.get(name)
        summary = report.series[name].summary() if name in report.series else None
        row = [
            chart_title(name),
            fmt.value_text(name, latest.value if latest else None),
            fmt.local_text(latest.at) if latest and latest.at else "",
            fmt.value_text(name, summary[0] if summary else None),
            fmt.value_text(name, summary[1] if summary else None),
            fmt.value_text(name, summary[2] if summary else None),
        ]
        if report.previous:
            before = report.previous.get(name)
            earlier = before.summary() if before else None
            row.append(fmt.value_text(name, earlier[1] if earlier else None))
        rows.append(row)
    return header, rows


def mental_rows(report: ElderReport) -> tuple[list[str], list[list[str]]]:
    header = [
        QCoreApplication.translate("ReportDialog", "From"),
        QCoreApplication.translate("ReportDialog", "To"),
        QCoreApplication.translate("ReportDialog", "Average score"),
        QCoreApplication.translate("ReportDialog", "Critical days"),
        QCoreApplication.translate("ReportDialog", "Summary"),
    ]
    rows = [
        [
            fmt.local_date_text(r.get("start_time")),
            fmt.local_date_text(r.get("end_time")),
            "" if r.get("average_score") is None else f"{r['average_score']:g}",
            "" if r.get("critical_days") is None else str(r["critical_days"]),
            str(r.get("description") or r.get("summary") or ""),
        ]
        for r in report.reports
    ]
    return header, rows


def usual_lines(report: ElderReport) -> list[str]:
    """What changed against the elder's own usual over the period, a sentence each
    ("심박이 평소(62–78)보다 높았습니다: 평균 91"), then what stayed within it."""
    translate = QCoreApplication.translate
    if report.usual is None or not report.usual.ranges:
        return [translate("ReportDialog", "Not enough history yet to know the elder's usual.")]
    lines = [watch_text.change_text(change) for change in report.usual_changes]
    if report.usual_inside:
        names = ", ".join(chart_title(name) for name in report.usual_inside)
        lines.append(translate("ReportDialog", "Within the elder's usual: %1").replace("%1", names))
    if not lines:
        lines.append(translate("ReportDialog", "No readings in this period to compare."))
    lines.append(
        translate("ReportDialog", "The usual is learned from the elder's last %1 day(s).").replace(
            "%1", str(report.usual.days)
        )
    )
    return lines
