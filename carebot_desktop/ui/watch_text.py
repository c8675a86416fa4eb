"""The words of "watching the elder": the derived alerts' kinds (움직임 없음, 로봇 응답
없음...), the trend arrows' tooltips ("평소 62–78"), and the report's lines on what changed
against the elder's usual. Each call is written out: lupdate finds only literal
``translate`` calls, never a helper's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carebot_desktop.services.alert_rows import Alert
from carebot_desktop.services.usual import DOWN, UP, Trend, UsualChange
from carebot_desktop.ui import format as fmt


def kind_label(kind: str) -> str:
    """A derived alert's kind as a short word (never colour or icon alone)."""
    translate = QCoreApplication.translate
    return {
        "inactivity": translate("NotificationsModel", "No movement"),
        "robot_silent": translate("NotificationsModel", "Robot not responding"),
        "heart_rate": translate("NotificationsModel", "Unusual heart rate"),
        "room_temperature": translate("NotificationsModel", "Room temperature"),
        "mood": translate("NotificationsModel", "Low mood"),
    }.get(kind, translate("NotificationsModel", "Unusual"))


def alert_text(alert: Alert) -> str:
    """A derived alert's line: its kind and the watcher's sentence (plain text)."""
    label = kind_label(alert.watch_kind)
    return f"{label} · {alert.message}" if alert.message else label


def span_text(series: str, low: float, high: float) -> str:
    """ "62–78 bpm": a range with its unit once."""
    low_text, high_text = fmt.value_text(series, low), fmt.value_text(series, high)
    unit = fmt.UNITS.get(series, "")
    if unit and low_text.endswith(unit):
        low_text = low_text[: -len(unit)].rstrip()
    return f"{low_text}–{high_text}"


def usual_range_text(series: str, low: float, high: float) -> str:
    """ "평소 62–78 bpm" (the elder's own usual range)."""
    span = span_text(series, low, high)
    return QCoreApplication.translate("NotificationsModel", "usual %1").replace("%1", span)


def trend_tooltip(trend: Trend) -> str:
    """The arrow's tooltip: the usual range, the recent value and what it is."""
    translate = QCoreApplication.translate
    lines = [usual_range_text(trend.series, trend.usual.low, trend.usual.high)]
    if trend.value is None:
        lines.append(translate("NotificationsModel", "No recent reading to compare"))
    else:
        recent = fmt.value_text(trend.series, trend.value)
        word = {
            UP: translate("NotificationsModel", "above the usual"),
            DOWN: translate("NotificationsModel", "below the usual"),
        }.get(trend.direction or "", translate("NotificationsModel", "within the usual"))
        if trend.basis == "latest":
            what = translate("NotificationsModel", "latest reading %1")
        elif trend.series == "mental_score":
            what = translate("NotificationsModel", "last 7 days %1")
        else:
            what = translate("NotificationsModel", "last 3 hours %1")
        lines.append(f"{what.replace('%1', recent)} · {word}")
    lines.append(
        translate("NotificationsModel", "based on %1 day(s) of history").replace(
            "%1", str(trend.days)
        )
    )
    return "\n".join(lines)


def change_text(change: UsualChange) -> str:
    """A report's line: "심박이 평소(62–78)보다 높았습니다: 평균 91"."""
    translate = QCoreApplication.translate
    span = span_text(change.series, change.low, change.high)
    up = change.direction == UP
    text = {
        "heart_rate": translate(
            "NotificationsModel", "Heart rate was higher than usual (%1): average %2"
        )
        if up
        else translate("NotificationsModel", "Heart rate was lower than usual (%1): average %2"),
        "temperature": translate(
            "NotificationsModel", "The room was warmer than usual (%1): average %2"
        )
        if up
        else translate("NotificationsModel", "The room was colder than usual (%1): average %2"),
        "humidity": translate(
            "NotificationsModel", "The air was more humid than usual (%1): average %2"
        )
        if up
        else translate("NotificationsModel", "The air was drier than usual (%1): average %2"),
        "activity_score": translate(
            "NotificationsModel", "Activity rose above usual (%1): average %2"
        )
        if up
        else translate("NotificationsModel", "Activity fell below usual (%1): average %2"),
        "mental_score": translate(
            "NotificationsModel", "Mood was better than usual (%1): average %2"
        )
        if up
        else translate("NotificationsModel", "Mood was lower than usual (%1): average %2"),
    }.get(change.series, "%1 %2")
    return text.replace("%1", span).replace("%2", fmt.value_text(change.series, change.value))
